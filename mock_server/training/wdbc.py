"""Train `wdbc-mlp` and write its weights and model card: ``python -m mock_server.training wdbc``.

Protocol (the held-out 20% is touched only once, for the reported metrics):

1. scikit-learn's ``load_breast_cancer()``; stratified 80/20 split on sklearn's target with
   ``random_state=42``. Our label is 1 = malignant (sklearn's target 0).
2. Baseline: StandardScaler + LogisticRegression on the training split.
3. Model selection: for every configuration in ``GRID``, 5-fold stratified CV inside the
   training split. Each fold trains one member on four folds, with early stopping on the fifth
   (its validation part); the out-of-fold logits score the configuration (log loss).
4. The five members of the chosen configuration are folded exactly into one
   Normalization → Dense(5·h) → Dense(1) → sigmoid network whose logit is the mean of the
   members' logits (a cross-validation bag written as one MLP).
5. Calibration: one temperature T minimising the log loss of the out-of-fold logits, folded into
   the last Dense layer (kernel and bias divided by T).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("KERAS_BACKEND", "jax")

import numpy as np

from ..models.wdbc import IG_STEPS, MODEL_ID, build_network

__all__ = [
    "CREATED",
    "GRID",
    "Split",
    "evaluate",
    "expected_calibration_error",
    "load_split",
    "main",
    "train",
]

SEED = 42
CREATED = 1764288000  # 2025-11-28T00:00:00Z, fixed so a rerun writes identical bytes
VERSION = "1.0.0"
FOLDS = 5
REPEATS = 2
MAX_EPOCHS = 1000
PATIENCE = 50
BATCH_SIZE = 512  # full batch: the training folds hold under 300 cases
LEARNING_RATE = 1e-2
EARLY_STOP_FRACTION = 0.2
GRID: tuple[dict[str, Any], ...] = tuple(
    {"hidden": 16, "l2": l2, "dropout": d} for l2 in (1e-3, 3e-3) for d in (0.0, 0.3)
)
RANGE_MARGIN = 1.5
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@dataclass(frozen=True)
class Split:
    """The fixed split: float32 features, labels 1 = malignant, sklearn's feature names."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    names: list[str]


def load_split() -> Split:
    """The stratified 80/20 split (random_state=42, stratified on sklearn's target)."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    data = load_breast_cancer()
    x = data.data.astype(np.float32)
    x_tr, x_te, t_tr, t_te = train_test_split(
        x, data.target, test_size=0.2, stratify=data.target, random_state=SEED)
    return Split(x_tr, (t_tr == 0).astype(np.float32), x_te, (t_te == 0).astype(np.float32),
                 [str(n) for n in data.feature_names])


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """ECE of P(malignant): equal-width bins on [0, 1], weighted |mean p − observed rate|."""
    idx = np.minimum((p * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            total += mask.mean() * abs(float(p[mask].mean()) - float(y[mask].mean()))
    return total


def evaluate(y: np.ndarray, p: np.ndarray) -> dict[str, float | int]:
    """n, accuracy (threshold 0.5), ROC AUC, Brier score, log loss and ECE (10 bins)."""
    from sklearn.metrics import accuracy_score, brier_score_loss, log_loss, roc_auc_score

    p = np.asarray(p, dtype=np.float64)
    return {
        "n": len(y),
        "accuracy": round(float(accuracy_score(y, p >= 0.5)), 6),
        "roc_auc": round(float(roc_auc_score(y, p)), 6),
        "brier": round(float(brier_score_loss(y, p)), 6),
        "log_loss": round(float(log_loss(y, p, labels=[0, 1])), 6),
        "ece": round(float(expected_calibration_error(y, p)), 6),
    }


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def _logits(network: Any, x: np.ndarray) -> np.ndarray:
    import keras

    head = keras.Model(network.input, network.get_layer("logit").output)
    return np.asarray(head(x, training=False), dtype=np.float64).reshape(-1)


def _train_member(x: np.ndarray, y: np.ndarray, xv: np.ndarray, yv: np.ndarray,
                  cfg: dict[str, Any], seed: int) -> Any:
    import keras

    keras.utils.set_random_seed(seed)
    net = build_network(cfg["hidden"], dropout=cfg["dropout"], l2=cfg["l2"])
    net.get_layer("normalization").adapt(x)
    net.compile(optimizer=keras.optimizers.Adam(LEARNING_RATE), loss="binary_crossentropy")
    stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=PATIENCE,
                                         restore_best_weights=True)
    net.fit(x, y, validation_data=(xv, yv), epochs=MAX_EPOCHS, batch_size=BATCH_SIZE,
            shuffle=True, verbose=0, callbacks=[stop])
    return net


def _cross_validate(split: Split, cfg: dict[str, Any]) -> tuple[list[Any], np.ndarray]:
    """One member per fold of the repeated CV and the out-of-fold logits (mean over repeats).

    Each member early-stops on a stratified part of its own training folds, so the held-out
    fold that scores it (and calibrates the bag) never steered its training.
    """
    from sklearn.model_selection import RepeatedStratifiedKFold, train_test_split

    x, y = split.x_train, split.y_train
    oof = np.zeros(len(y))
    members = []
    folds = RepeatedStratifiedKFold(n_splits=FOLDS, n_repeats=REPEATS, random_state=SEED)
    for k, (rest, val_idx) in enumerate(folds.split(x, y)):
        fit_idx, stop_idx = train_test_split(rest, test_size=EARLY_STOP_FRACTION,
                                             stratify=y[rest], random_state=SEED + k)
        net = _train_member(x[fit_idx], y[fit_idx], x[stop_idx], y[stop_idx], cfg, SEED + k)
        oof[val_idx] += _logits(net, x[val_idx]) / REPEATS
        members.append(net)
    return members, oof


def _fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    from scipy.optimize import minimize_scalar

    def nll(t: float) -> float:
        p = np.clip(_sigmoid(logits / t), 1e-12, 1 - 1e-12)
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    res = minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded",
                          options={"xatol": 1e-6})
    return float(res.x)


def _fold(members: list[Any], x_train: np.ndarray, temperature: float) -> Any:
    """One network equal to sigmoid(mean of member logits / T), normalised on all of x_train."""
    final = build_network(sum(m.get_layer("hidden").units for m in members))
    norm = final.get_layer("normalization")
    norm.adapt(x_train)
    mu = np.asarray(norm.adapt_mean, np.float64).reshape(-1)
    sd = np.maximum(np.sqrt(np.asarray(norm.adapt_variance, np.float64).reshape(-1)), 1e-7)
    kernels, biases, outs = [], [], []
    for m in members:
        mn = m.get_layer("normalization")
        mu_k = np.asarray(mn.adapt_mean, np.float64).reshape(-1)
        sd_k = np.maximum(np.sqrt(np.asarray(mn.adapt_variance, np.float64).reshape(-1)), 1e-7)
        w, b = (np.asarray(a, np.float64) for a in m.get_layer("hidden").get_weights())
        # W·(x − mu_k)/sd_k = (W·sd/sd_k)·(x − mu)/sd + W·(mu − mu_k)/sd_k
        kernels.append(w * (sd / sd_k)[:, None])
        biases.append(b + ((mu - mu_k) / sd_k) @ w)
        outs.append(m.get_layer("logit").get_weights())
    scale = 1.0 / (len(members) * temperature)
    final.get_layer("hidden").set_weights([np.concatenate(kernels, 1).astype(np.float32),
                                           np.concatenate(biases).astype(np.float32)])
    final.get_layer("logit").set_weights([
        (np.concatenate([o[0] for o in outs], 0) * scale).astype(np.float32),
        (sum(o[1] for o in outs) * scale).astype(np.float32),
    ])
    return final


def _logistic_baseline(split: Split) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    lr = make_pipeline(StandardScaler(), LogisticRegression(max_iter=10_000))
    lr.fit(split.x_train, split.y_train)
    return np.asarray(lr.predict_proba(split.x_test)[:, 1])


def weights_digest(network: Any) -> str:
    """SHA-256 over the float32 bytes of every weight, in layer order."""
    h = hashlib.sha256()
    for w in network.get_weights():
        h.update(np.ascontiguousarray(w, dtype=np.float32).tobytes())
    return h.hexdigest()


def train(log: Any = print) -> tuple[Any, dict[str, Any]]:
    """Run the whole protocol; return the final network and the model card."""
    split = load_split()
    selection = []
    best: tuple[float, dict[str, Any], list[Any], np.ndarray] | None = None
    for cfg in GRID:
        members, oof = _cross_validate(split, cfg)
        score = evaluate(split.y_train, _sigmoid(oof))
        selection.append({**cfg, "oof_log_loss": score["log_loss"], "oof_brier": score["brier"]})
        log(f"cv {cfg}: oof log loss {score['log_loss']:.4f} brier {score['brier']:.4f}")
        if best is None or score["log_loss"] < best[0]:
            best = (score["log_loss"], cfg, members, oof)
    assert best is not None
    _, cfg, members, oof = best
    temperature = _fit_temperature(oof, split.y_train)
    network = _fold(members, split.x_train, temperature)
    bagged = np.mean([_logits(m, split.x_test) for m in members], axis=0) / temperature
    if not np.allclose(_logits(network, split.x_test), bagged, atol=1e-4):
        raise RuntimeError("folded network disagrees with its members")
    p_model = np.asarray(network(split.x_test, training=False), np.float64).reshape(-1)
    metrics = {"model": evaluate(split.y_test, p_model),
               "logistic_baseline": evaluate(split.y_test, _logistic_baseline(split))}
    log(f"held-out: {metrics}")
    base = network.get_layer("normalization").adapt_mean.numpy().reshape(1, -1)
    p_base = float(np.asarray(network(base, training=False)).reshape(-1)[0])
    card = build_card(split, cfg, temperature, metrics, selection, weights_digest(network),
                      p_base)
    return network, card


def main(artifacts_dir: Path | None = None) -> dict[str, Any]:
    """Train and write ``wdbc-mlp.weights.h5`` and ``wdbc-mlp.card.json``; return the card."""
    root = artifacts_dir or ARTIFACTS
    network, card = train()
    root.mkdir(parents=True, exist_ok=True)
    network.save_weights(root / f"{MODEL_ID}.weights.h5")
    (root / f"{MODEL_ID}.card.json").write_text(json.dumps(card, indent=2) + "\n")
    return card


_BASE = {
    "radius": ("mean distance from the centre to points on the nucleus contour", "pixels"),
    "texture": ("standard deviation of grey-scale values inside the contour", "grey levels"),
    "perimeter": ("length of the nucleus contour", "pixels"),
    "area": ("area inside the nucleus contour", "pixels²"),
    "smoothness": ("local variation in radius lengths (relative to the radius)", "unitless"),
    "compactness": ("perimeter² / area − 1", "unitless"),
    "concavity": ("severity of concave portions of the contour (relative)", "unitless"),
    "concave_points": ("number of concave portions of the contour, normalised by the contour "
                       "length", "unitless"),
    "symmetry": ("asymmetry of chord lengths through the centre (relative)", "unitless"),
    "fractal_dimension": ("coastline approximation of the contour − 1", "unitless"),
}
_STAT = {
    "mean": "mean over the nuclei in the image of the {}",
    "error": "standard error over the nuclei in the image of the {}",
    "worst": "mean of the three largest values over the nuclei in the image of the {}",
}


def _feature_spec(sklearn_name: str, x: np.ndarray) -> dict[str, Any]:
    """Name, description, unit and the accepted range [0, 1.5 × training max] (4 sig. digits)."""
    words = sklearn_name.split()
    stat = words[0] if words[0] in ("mean", "worst") else words[-1]
    base = "_".join(w for w in words if w not in ("mean", "worst", "error"))
    what, unit = _BASE[base]
    hi = float(np.max(x)) * RANGE_MARGIN
    step = 10.0 ** (math.floor(math.log10(hi)) - 3)
    hi = float(f"{math.ceil(hi / step) * step:.4g}")
    return {"name": sklearn_name.replace(" ", "_"), "description": _STAT[stat].format(what),
            "unit": unit, "min": 0.0, "max": hi}


def build_card(split: Split, cfg: dict[str, Any], temperature: float,
               metrics: dict[str, Any], selection: list[dict[str, Any]],
               digest: str, baseline_probability: float) -> dict[str, Any]:
    """The ModelCard of API.md for the trained network."""
    features = [_feature_spec(n, split.x_train[:, j]) for j, n in enumerate(split.names)]
    n_mal = int(split.y_test.sum())
    held_out = (f"stratified 20% test split of load_breast_cancer() (train_test_split, "
                f"test_size=0.2, random_state={SEED}, stratified on sklearn's target): "
                f"{len(split.y_test)} cases, {n_mal} malignant; never used for training or "
                f"model selection")
    return {
        "id": MODEL_ID,
        "object": "model",
        "task": "diagnosis",
        "version": VERSION,
        "description": (
            "Keras 3 MLP (JAX backend) classifying a breast fine-needle aspirate as malignant or "
            "benign from 30 nucleus features of the Wisconsin Diagnostic Breast Cancer data. "
            "Normalization → Dense(gelu) → Dense(1) → sigmoid; the hidden layer is a "
            f"bag of {FOLDS * REPEATS} {cfg['hidden']}-unit members ({REPEATS}× repeated "
            f"{FOLDS}-fold cross-validation) folded into one network whose logit is the mean of "
            "the members' logits, temperature-calibrated."),
        "inputs": {
            "features": features,
            "range_rule": (f"each feature must lie in [0, {RANGE_MARGIN} × its maximum in the "
                           "training split], the upper bound rounded up to 4 significant "
                           "digits; every feature is non-negative by construction"),
            "all_required": True,
        },
        "outputs": {
            "labels": ["malignant", "benign"],
            "probability": "calibrated P(malignant | features) under the WDBC case mix "
                           "(37% malignant); probabilities.benign = 1 − probability",
            "label_rule": "malignant if probability >= 0.5, else benign",
        },
        "metrics": {
            "held_out_split": held_out,
            "threshold": 0.5,
            "model": metrics["model"],
            "logistic_baseline": {
                "description": "StandardScaler + LogisticRegression (sklearn defaults, "
                               "C=1.0) fitted on the same training split",
                **metrics["logistic_baseline"],
            },
            "ece_definition": "10 equal-width bins of P(malignant), weighted mean "
                              "|mean predicted − observed malignant rate|",
            "model_selection": {
                "method": (f"{REPEATS}× repeated {FOLDS}-fold stratified CV inside the "
                           "training split; each member early-stopped on a stratified "
                           f"{EARLY_STOP_FRACTION:.0%} part of its own training folds; the "
                           "configuration with the lowest out-of-fold log loss is chosen"),
                "grid": selection,
                "chosen": cfg,
            },
        },
        "architecture": {
            "hidden_units": FOLDS * REPEATS * cfg["hidden"],
            "activation": "gelu",
            "members": FOLDS * REPEATS,
            "member": {**cfg, "optimizer": f"Adam(lr={LEARNING_RATE})",
                       "batch_size": BATCH_SIZE, "max_epochs": MAX_EPOCHS,
                       "early_stopping": f"val_loss, patience {PATIENCE}, best weights"},
            "weights_sha256": digest,
        },
        "calibration": {
            "method": "temperature scaling of the logit, fitted on the out-of-fold logits "
                      "of the training split (mean over repeats) and folded into the last Dense "
                      "layer",
            "temperature": round(temperature, 6),
        },
        "explanation": {
            "method": "integrated gradients (Sundararajan et al., 2017) of P(malignant) with "
                      "respect to the raw features",
            "baseline": "the training-split mean of every feature (zero after normalisation)",
            "baseline_probability": round(baseline_probability, 6),
            "integration": f"trapezoid rule, {IG_STEPS} intervals on the straight path",
            "completeness": "sum of attributions = probability − baseline_probability, within "
                            "1% of |probability − baseline_probability| or 0.001, "
                            "whichever is larger",
            "order": "sorted by |attribution|, largest first",
        },
        "training_data": {
            "name": "Breast Cancer Wisconsin (Diagnostic), as shipped in scikit-learn "
                    "(load_breast_cancer)",
            "source": "W. N. Street, W. H. Wolberg, O. L. Mangasarian, 1995; UCI ML repository",
            "cases": 569,
            "malignant": 212,
            "benign": 357,
            "features": "30 = 10 nucleus measurements × (mean, standard error, worst) computed "
                        "from a digitised image of a fine-needle aspirate",
            "training_split": f"{len(split.y_train)} cases ({int(split.y_train.sum())} "
                              "malignant)",
        },
        "intended_use": (
            "Demonstrating and testing the MaaS SDK and reference server with a real, "
            "explainable classifier: integration tests, examples and teaching."),
        "limitations": [
            "Teaching data set from a single institution (University of Wisconsin, early 1990s); "
            "performance on other populations, imaging set-ups or segmentation software is "
            "unknown.",
            "Not a medical device and not clinically validated: never use it to diagnose or "
            "to guide care.",
            "Features must be computed exactly as in the original study (same digitiser, "
            "contour method and pixel scale); pixel units are not calibrated to micrometres.",
            f"Metrics come from {len(split.y_test)} held-out cases, so their uncertainty is "
            "large (one misclassified case moves accuracy by about 0.009).",
            "Probabilities reflect the data set's 37% malignant prevalence, not that of any "
            "screening population.",
            "Integrated-gradient attributions explain the model, not the disease; correlated "
            "features share credit arbitrarily.",
        ],
        "created": CREATED,
    }
