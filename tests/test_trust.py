"""Conformal prediction sets and the OOD check of `wdbc-mlp` (model level, committed artifacts)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import hashlib
import json

import numpy as np
import pytest

from mock_server.models.trust import (
    ConformalSets,
    OODDetector,
    clopper_pearson,
    coverage_report,
)
from mock_server.models.wdbc import WDBCModel
from mock_server.serving.registry import ARTIFACTS_DIR
from mock_server.training import conformal
from mock_server.training import wdbc as training

TOL = 1e-4
"""Recomputed trained figures agree with the committed card to this (never bit-exact)."""


@pytest.fixture(scope="module")
def model() -> WDBCModel:
    return WDBCModel.load()


@pytest.fixture(scope="module")
def split() -> training.Split:
    return training.load_split()


@pytest.fixture(scope="module")
def p_test(model: WDBCModel, split: training.Split) -> np.ndarray:
    """P(malignant) of each conformal fold model on the held-out split, (K, 114)."""
    return model.fold_probabilities(split.x_test)


def _sets(scores: dict[str, np.ndarray]) -> ConformalSets:
    return ConformalSets.from_reference({"scores": {k: [v] for k, v in scores.items()}})


def test_one_fold_is_split_conformal_at_the_finite_sample_rank() -> None:
    """K = 1: a label joins iff its score is at most the ⌈(n + 1)·level⌉-th smallest score."""
    cal = np.arange(1, 11, dtype=float) / 20  # n = 10 benign scores = P(malignant)
    sets = ConformalSets.from_reference({"scores": {"malignant": [[]], "benign": [cal]}})
    p = np.array([0.5, 0.5 + 1e-9, 0.45, 0.45 + 1e-9])
    benign_in = [["benign" in s for s in sets.sets(p, c)] for c in (0.9, 0.8, 0.95)]
    assert benign_in[0] == [True, False, True, True]  # ⌈9.9⌉ = 10th smallest = 0.5
    assert benign_in[1] == [False, False, True, False]  # ⌈8.8⌉ = 9th = 0.45
    assert benign_in[2] == [True] * 4  # ⌈10.45⌉ = 11 > n: every label kept


@pytest.mark.parametrize("coverage", [0.8, 0.9, 0.95])
def test_split_sets_cover_exchangeable_cases_per_class(coverage: float) -> None:
    """Calibration and test cases from one distribution: averaged over 200 calibration draws,
    the coverage of each class lies in [level, level + 1/(n_c + 1)] (plus Monte Carlo slack)."""
    rng = np.random.default_rng(7)
    n_cal, n_test, draws = 200, 1000, 200

    def sample(n: int) -> tuple[np.ndarray, np.ndarray]:
        y = rng.integers(0, 2, n)
        return y, rng.beta(2 + 3 * y, 5 - 3 * y)  # P(malignant), informative but noisy

    hits: dict[str, list[float]] = {"malignant": [], "benign": []}
    for _ in range(draws):
        y_cal, p_cal = sample(n_cal)
        y, p = sample(n_test)
        sets = _sets({"malignant": 1 - p_cal[y_cal == 1], "benign": p_cal[y_cal == 0]})
        for label, v in coverage_report(y, p, sets, coverage)["class_conditional"].items():
            hits[label].append(v)
    for label, values in hits.items():
        mean = float(np.mean(values))
        assert coverage - 0.005 <= mean <= coverage + 1 / (n_cal / 2 + 1) + 0.005, label


@pytest.mark.parametrize("coverage", [0.9, 0.95])
def test_cross_conformal_sets_cover_per_class(coverage: float) -> None:
    """K = 5 fold models that differ (as fitted models do): each calibration case scored by
    its own fold's model, new cases by all five. Coverage per class is near the level (the
    worst-case bound is 1 − 2α; in practice ≈ 1 − α), averaged over 100 draws."""
    rng = np.random.default_rng(11)
    k, n_cal, n_test, draws = 5, 300, 500, 100
    hits: dict[str, list[float]] = {"malignant": [], "benign": []}
    for _ in range(draws):
        slopes = 2.0 + rng.normal(0, 0.3, k)  # five slightly different fitted models

        def prob(x: np.ndarray, slope: float) -> np.ndarray:
            return np.asarray(1 / (1 + np.exp(-slope * x)))

        y_cal = rng.integers(0, 2, n_cal)
        x_cal = rng.normal(2 * y_cal - 1, 1.2)
        fold = rng.permutation(n_cal) % k
        p_cal = np.array([prob(np.array([x]), slopes[f])[0] for x, f in zip(x_cal, fold,
                                                                                 strict=True)])
        scores = conformal.calibration_scores(y_cal, p_cal,
                                              [np.flatnonzero(fold == f) for f in range(k)])
        sets = ConformalSets.from_reference({"scores": scores})
        y = rng.integers(0, 2, n_test)
        x = rng.normal(2 * y - 1, 1.2)
        p = np.stack([prob(x, s) for s in slopes])
        for label, v in coverage_report(y, p, sets, coverage)["class_conditional"].items():
            hits[label].append(v)
    for label, values in hits.items():
        assert coverage - 0.01 <= float(np.mean(values)) <= coverage + 0.02, label


def test_sets_need_every_fold_model(model: WDBCModel) -> None:
    assert model.conformal is not None
    with pytest.raises(ValueError, match="fold models"):
        model.conformal.sets(np.array([[0.5]]), 0.9)


def test_selection_rule_excludes_invalid_and_prefers_simpler_on_ties() -> None:
    def level(mean: float, rmse: float, c: float) -> dict[str, object]:
        return {"coverage": c, "mean": mean, "rmse": rmse,
                "class_conditional_mean": {"malignant": mean, "benign": mean}}

    results = {"split": [level(0.85, 0.01, 0.9), level(0.95, 0.01, 0.95)],  # under-covers
               "cross-5": [level(0.9, 0.031, 0.9), level(0.95, 0.02, 0.95)],
               "cross-10": [level(0.9, 0.030, 0.9), level(0.95, 0.02, 0.95)]}
    chosen, verdict = conformal.choose(results)  # type: ignore[arg-type]
    assert not verdict["split"]["admissible"]
    assert chosen == "cross-5"  # 0.0005 behind cross-10: a tie, and the simpler wins


def test_card_records_the_selection_from_the_training_split(model: WDBCModel) -> None:
    sets = model.card["trust"]["prediction_sets"]
    study = sets["selection"]
    assert study["chosen"] == model.reference["conformal"]["method"]  # type: ignore[index]
    assert "training split only" in study["data"]
    assert set(study["candidates"]) == {*conformal.CANDIDATES, "oof-refit"}
    assert not study["candidates"]["oof-refit"]["eligible"]
    assert sets["repeated_random_splits"]["method"] == study["chosen"]


def test_reference_artifact_matches_the_card(model: WDBCModel) -> None:
    ref = model.card["trust"]["reference_artifact"]
    raw = (ARTIFACTS_DIR / ref["file"]).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == ref["sha256"]
    data = json.loads(raw)
    assert set(data) >= {"conformal", "ood", "drift"}
    cal = data["conformal"]
    assert cal["counts"] == {"malignant": 170, "benign": 285}
    # every training case calibrates once, in its own fold, scored by the model without it
    assert len(cal["models"]) == cal["folds"] == len(cal["scores"]["malignant"])
    assert sum(map(len, cal["scores"]["malignant"])) == 170
    assert sum(map(len, cal["scores"]["benign"])) == 285


@pytest.fixture(scope="module")
def refitted(model: WDBCModel, split: training.Split) -> training.ConformalModels:
    """The fold models refitted from the training split (no residual: no network training)."""
    if model.card["metrics"]["model_selection"]["chosen_residual_l2"] is not None:
        pytest.skip("refitting a residual's fold models needs the full training run")
    assert model.reference is not None
    return training._conformal_models(split, None, model.reference["conformal"]["method"],
                                      model.network, 1.0)


def test_committed_reference_reproduces(model: WDBCModel, split: training.Split,
                                        refitted: training.ConformalModels) -> None:
    """The reference artifact is recomputed from the training split within `TOL`."""
    assert model.reference is not None
    fresh = training.trust_reference(split, refitted)
    for label in ("malignant", "benign"):
        for a, b in zip(fresh["conformal"]["scores"][label],
                        model.reference["conformal"]["scores"][label], strict=True):
            np.testing.assert_allclose(a, b, atol=TOL)
    for key in ("mean", "std", "low", "high", "threshold"):
        np.testing.assert_allclose(fresh["ood"][key], model.reference["ood"][key], rtol=TOL)
    np.testing.assert_allclose(fresh["ood"]["precision"], model.reference["ood"]["precision"],
                               rtol=TOL, atol=TOL)
    np.testing.assert_allclose(fresh["drift"]["cuts"], model.reference["drift"]["cuts"],
                               rtol=TOL)
    np.testing.assert_allclose(fresh["drift"]["proportions"],
                               model.reference["drift"]["proportions"], atol=TOL)


def test_served_fold_models_are_the_trained_ones(model: WDBCModel, split: training.Split,
                                                 refitted: training.ConformalModels) -> None:
    """The fold models, re-expressed on the served Normalization and run through the served
    graph, give the fold networks' probabilities (float32 tolerance)."""
    np.testing.assert_allclose(model.fold_probabilities(split.x_test),
                               training._fold_probabilities(refitted, split.x_test), atol=1e-4)


def test_calibration_does_not_touch_the_test_split(split: training.Split,
                                                   refitted: training.ConformalModels) -> None:
    """The reference is a function of the training split alone: shuffling the test split's
    features (and labels) changes nothing."""
    rng = np.random.default_rng(0)
    shuffled = training.Split(split.x_train, split.y_train, rng.permutation(split.x_test) * 2,
                              1 - split.y_test, split.names)
    a = training.trust_reference(split, refitted)
    b = training.trust_reference(shuffled, refitted)
    assert training.reference_bytes(a) == training.reference_bytes(b)


def test_card_trust_figures_reproduce(model: WDBCModel, split: training.Split,
                                      p_test: np.ndarray) -> None:
    trust = model.card["trust"]
    assert model.conformal is not None and model.ood is not None
    for row in trust["prediction_sets"]["held_out"]:
        fresh = coverage_report(split.y_test, p_test, model.conformal, row["coverage"])
        assert fresh["covered"] == row["covered"]
        assert fresh["mean_set_size"] == pytest.approx(row["mean_set_size"], abs=TOL)
        for label, v in row["class_conditional"].items():
            assert fresh["class_conditional"][label] == pytest.approx(v, abs=TOL)
    ood = trust["out_of_distribution"]
    assert ood["threshold"] == pytest.approx(model.ood.threshold, abs=TOL)
    flagged = int(model.ood.flags(split.x_test).sum())
    assert ood["false_alarm_rate"]["held_out"]["flagged"] == f"{flagged}/{len(split.y_test)}"


@pytest.mark.parametrize("coverage", [0.9, 0.95])
def test_held_out_coverage(model: WDBCModel, split: training.Split, p_test: np.ndarray,
                           coverage: float) -> None:
    """114 cases: the requested level must lie in the 95% Clopper–Pearson interval of the
    held-out coverage (a ±3-point band is about ±1 standard error here; the benchmark shows
    the figures and repeated random splits)."""
    assert model.conformal is not None
    rep = coverage_report(split.y_test, p_test, model.conformal, coverage)
    lo, hi = rep["ci95"]
    assert lo <= coverage <= hi


def test_sets_grow_with_the_requested_coverage(model: WDBCModel, p_test: np.ndarray) -> None:
    assert model.conformal is not None
    sizes = [sum(len(s) for s in model.conformal.sets(p_test, c)) for c in (0.5, 0.8, 0.9,
                                                                           0.95, 0.99)]
    assert sizes == sorted(sizes) and sizes[-1] > p_test.shape[1]  # 0.99 needs two-label sets


def test_held_out_false_alarms_at_most_5_percent(model: WDBCModel,
                                                 split: training.Split) -> None:
    assert model.ood is not None
    assert model.ood.flags(split.x_test).mean() <= 0.05


def test_features_times_three_are_flagged(model: WDBCModel, split: training.Split) -> None:
    assert model.ood is not None
    assert model.ood.flags(split.x_test * 3.0).mean() >= 0.95


def test_a_value_outside_the_training_range_is_flagged_and_named(
    model: WDBCModel, split: training.Split
) -> None:
    assert model.ood is not None
    rng = np.random.default_rng(3)
    x = split.x_test.astype(np.float64).copy()
    cols = rng.integers(0, x.shape[1], len(x))
    span = model.ood.high - model.ood.low
    x[np.arange(len(x)), cols] = model.ood.high[cols] + 0.05 * span[cols]
    results = model.ood.check(x)
    assert all(r.flagged for r in results)
    assert all(model.feature_names[c] in r.features for r, c in zip(results, cols, strict=True))


def test_predict_returns_sets_and_ood_with_explanations(model: WDBCModel,
                                                        split: training.Split) -> None:
    out = model.predict(split.x_test[:8], explain=True, coverage=0.95)
    plain = model.predict(split.x_test[:8])
    for a, b in zip(out, plain, strict=True):
        assert a.probability == pytest.approx(b.probability, abs=1e-9)
        assert a.explanation is not None and a.ood is not None and b.ood is not None
        assert a.prediction_set is not None and b.prediction_set is None
        assert set(a.prediction_set) <= {"malignant", "benign"}
        assert a.ood.distance == pytest.approx(b.ood.distance)
    sets = model.conformal_sets(split.x_test[:8], 0.95)  # a batch of 8 or one by one: same
    assert [r.prediction_set for r in out] == sets
    assert [model.predict(split.x_test[i:i + 1], coverage=0.95)[0].prediction_set
            for i in range(8)] == sets


def test_ood_detector_reference_round_trip(model: WDBCModel) -> None:
    assert model.ood is not None
    again = OODDetector.from_reference(model.ood.to_reference(), model.feature_names)
    x = np.asarray(model.baseline, np.float64)[None] * np.array([[1.0], [2.0], [0.5]])
    np.testing.assert_allclose(again.distances(x), model.ood.distances(x), rtol=1e-6)


def test_clopper_pearson_bounds() -> None:
    lo, hi = clopper_pearson(98, 114)
    assert 0.77 < lo < 0.79 and 0.91 < hi < 0.93
    assert clopper_pearson(0, 10)[0] == 0.0 and clopper_pearson(10, 10)[1] == 1.0
