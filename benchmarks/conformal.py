"""Trust figures of `wdbc-mlp`: conformal coverage and set sizes, OOD flags, drift PSI.

Everything runs in this process on the committed artifacts (no server, no network):

* selection: the evidence that chose the calibration method (card ``trust.prediction_sets.
  selection``: repeated re-splits of the *training* split only, never the test split), rerun
  here with ``--selection`` (about two minutes);
* coverage: the held-out test split (114 cases) at 0.80/0.90/0.95/0.99 — empirical coverage
  with its 95% Clopper–Pearson interval, per class, set sizes (0 = empty, 2 = both labels);
  then the same method rerun on ``--repeats`` fresh random 80/20 splits (logistic
  regression = the chosen model) for the sampling spread of a 114-case figure;
* OOD: share of held-out cases flagged at the card's threshold; share flagged of synthetic
  shifted cases (every feature × 3; one feature beyond the training range; all features drawn
  uniformly outside the training ranges);
* drift: PSI/KS of a 500-case window (the server's `DriftMonitor`) for in-distribution traffic
  (resampled from the training split, and — for honesty — bootstrapped from the 114 held-out
  cases, whose own sampling noise PSI sees) and for shifted traffic (three features × 1.3);
* cost: predict with `coverage` + OOD vs the bare forward, same batch, same run (a ratio).

Run: ``.venv/bin/python benchmarks/conformal.py [--repeats 50]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mock_server.models.trust import coverage_report  # noqa: E402
from mock_server.models.wdbc import WDBCModel  # noqa: E402
from mock_server.serving.monitoring import DriftMonitor, DriftReference  # noqa: E402
from mock_server.training import conformal as selection  # noqa: E402
from mock_server.training import wdbc as training  # noqa: E402

LEVELS = (0.8, 0.9, 0.95, 0.99)
SHIFTED = ("mean_radius", "mean_texture", "worst_area")


def _selection(model: WDBCModel, split: training.Split, rerun: bool) -> str:
    study = model.card["trust"]["prediction_sets"]["selection"]
    if rerun:
        study = selection.select(split.x_train, split.y_train)
    print("== calibration method, chosen on the training split only ("
          + ("rerun now" if rerun else "as recorded in the card") + ")")
    print(f"   {study['data']}")
    print(f"   rule: {study['rule']}")
    print(f"{'method':>10} {'level':>6} {'mean':>7} {'sd':>6} {'rmse':>6} {'±3 pts':>7} "
          f"{'malignant':>9} {'benign':>7} {'size':>6} {'empty':>6}  admissible")
    for name, c in study["candidates"].items():
        for r in c["levels"]:
            cc = r["class_conditional_mean"]
            print(f"{name:>10} {r['coverage']:>6.2f} {r['mean']:>7.3f} {r['sd']:>6.3f} "
                  f"{r['rmse']:>6.3f} {r['within_3_points']:>7.0%} {cc['malignant']:>9.3f} "
                  f"{cc['benign']:>7.3f} {r['mean_set_size']:>6.3f} {r['empty_share']:>6.3f}  "
                  + (str(c["admissible"]) if c["eligible"] else "not eligible"))
    print(f"   chosen: {study['chosen']}")
    return str(study["chosen"])


def _coverage(model: WDBCModel, split: training.Split, repeats: int, method: str) -> None:
    assert model.conformal is not None
    p = model.fold_probabilities(split.x_test)
    print(f"== conformal coverage ({method}), held-out test split (n={p.shape[1]}, "
          f"{int(split.y_test.sum())} malignant)")
    print(f"{'level':>6} {'empirical':>9} {'95% CI':>15} {'±3 pts':>6} {'malignant':>9} "
          f"{'benign':>7} {'mean size':>9}  sizes 0/1/2")
    for c in LEVELS:
        r = coverage_report(split.y_test, p, model.conformal, c)
        s = r["set_sizes"]
        ok = "yes" if abs(r["empirical"] - c) <= 0.03 + 1e-9 else "NO"
        print(f"{c:>6.2f} {r['empirical']:>9.3f} [{r['ci95'][0]:.3f}, {r['ci95'][1]:.3f}] "
              f"{ok:>6} {r['class_conditional']['malignant']:>9.3f} "
              f"{r['class_conditional']['benign']:>7.3f} {r['mean_set_size']:>9.3f}  "
              f"{s['0']}/{s['1']}/{s['2']}")
    started = time.perf_counter()
    rep = training.repeated_split_trust(method, LEVELS, repeats=repeats)
    print(f"== same method on {repeats} random 80/20 splits (logistic regression; "
          f"{time.perf_counter() - started:.0f}s)")
    print(f"{'level':>6} {'mean':>7} {'sd':>6} {'5%-95%':>15} {'±3 pts':>7} {'malignant':>9} "
          f"{'benign':>7} {'mean size':>9} {'empty':>6}")
    for r in rep["coverage"]:
        print(f"{r['coverage']:>6.2f} {r['mean']:>7.3f} {r['sd']:>6.3f} "
              f"[{r['p05_p95'][0]:.3f}, {r['p05_p95'][1]:.3f}] {r['within_3_points']:>7.0%} "
              f"{r['class_conditional_mean']['malignant']:>9.3f} "
              f"{r['class_conditional_mean']['benign']:>7.3f} {r['mean_set_size']:>9.3f} "
              f"{r['empty_sets_mean']:>6.1f}")
    fa = rep["ood_false_alarm_rate"]
    print(f"   OOD false alarms over the splits: mean {fa['mean']:.3f}, max {fa['max']:.3f}")


def _ood(model: WDBCModel, split: training.Split) -> None:
    ood = model.ood
    assert ood is not None
    rng = np.random.default_rng(0)
    x = split.x_test.astype(np.float64)
    one = x.copy()
    cols = rng.integers(0, x.shape[1], len(x))
    span = ood.high - ood.low
    one[np.arange(len(x)), cols] = ood.high[cols] + rng.uniform(0.01, 0.5, len(x)) * span[cols]
    side = rng.integers(0, 2, x.shape)
    outside = np.where(side == 1, ood.high + rng.uniform(0.01, 0.5, x.shape) * span,
                       np.maximum(ood.low - rng.uniform(0.01, 0.5, x.shape) * span, 0.0))
    print(f"== OOD (threshold {ood.threshold:.3f} = 99% of cross-fitted training distances; "
          "ranges = training ±10% of span)")
    print(f"   held-out flagged (false alarms): {ood.flags(x).mean():.3f} "
          f"({int(ood.flags(x).sum())}/{len(x)}; distance only "
          f"{(ood.distances(x) > ood.threshold).mean():.3f})")
    print(f"   features ×3 flagged:             {ood.flags(x * 3).mean():.3f}")
    print(f"   one feature beyond range:        {ood.flags(one).mean():.3f}")
    lows = (ood.low > 0).mean()
    print(f"   all features outside ranges:     {ood.flags(outside).mean():.3f} "
          f"(values below 0 clipped; {lows:.0%} of features have a positive lower bound)")


def _drift(model: WDBCModel, split: training.Split) -> None:
    assert model.reference is not None
    ref = DriftReference.from_reference(model.reference["drift"])
    rng = np.random.default_rng(1)
    names = list(ref.names)

    def window(x: np.ndarray) -> dict[str, dict[str, float]]:
        monitor = DriftMonitor("bench", ref)
        monitor.observe(x)
        return {f["name"]: f for f in monitor.report()["features"]}

    train_like = split.x_train[rng.integers(0, len(split.x_train), 500)]
    held_out = split.x_test[rng.integers(0, len(split.x_test), 500)]
    shifted = split.x_train[rng.integers(0, len(split.x_train), 500)].astype(np.float64)
    for name in SHIFTED:
        shifted[:, names.index(name)] *= 1.3
    print("== drift: 500-case window, PSI over training deciles (stable < 0.1, alert ≥ 0.25)")
    for label, x in (("in-distribution (resampled training split)", train_like),
                     ("held-out bootstrap (114 distinct cases)", held_out),
                     ("shifted (3 features × 1.3)", shifted)):
        w = window(x)
        worst = max(w.values(), key=lambda f: f["psi"])
        print(f"   {label}: max PSI {worst['psi']:.3f} ({worst['name']}), "
              f"features ≥ 0.1: {sum(f['psi'] >= 0.1 for f in w.values())}")
        if "shifted" in label:
            for name in SHIFTED:
                print(f"      {name}: PSI {w[name]['psi']:.3f}, KS {w[name]['ks']:.3f}")


def _cost(model: WDBCModel, split: training.Split) -> None:
    model.warmup()
    x = split.x_test[:32]

    def best(fn: object, n: int = 30) -> float:
        times = []
        for _ in range(n):
            t = time.perf_counter()
            fn()  # type: ignore[operator]
            times.append(time.perf_counter() - t)
        return min(times)

    plain = best(lambda: model._prob(np.asarray(np.vstack([x]), np.float32)).block_until_ready())
    full = best(lambda: model.predict(x, coverage=0.95))
    print(f"== cost, batch 32: predict with sets + OOD {full * 1e3:.2f} ms vs bare forward "
          f"{plain * 1e3:.2f} ms (×{full / plain:.1f}; same run, shared 2-core machine)")


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50, help="random splits (default 50)")
    parser.add_argument("--selection", action="store_true",
                        help="rerun the method selection instead of printing the card's")
    args = parser.parse_args()
    model, split = WDBCModel.load(), training.load_split()
    method = _selection(model, split, args.selection)
    _coverage(model, split, args.repeats, method)
    _ood(model, split)
    _drift(model, split)
    _cost(model, split)


if __name__ == "__main__":
    main()
