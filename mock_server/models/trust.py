"""How far to trust one diagnosis: conformal prediction sets and an out-of-distribution check.

Both are plain numpy over reference statistics that training writes to
``wdbc-mlp.reference.json`` (never the test split):

* `ConformalSets` — label-conditional ("Mondrian") cross-conformal sets (Vovk, "Cross-conformal
  predictors", 2015; the classification form of CV+, Romano, Sesia & Candès 2020; MAPIE's
  cross-conformal classifier), with the LAC score ``1 − P(label)`` (Sadinle et al. 2019). The
  training split is cut into K folds; fold model k is fitted without fold k and scores the
  cases of fold k (their calibration scores). For a new case, each fold model scores each
  label, and the label's p-value is ``(1 + #{calibration cases i of that label:
  s_i ≥ s_k(i)(x, label)}) / (n_label + 1)``, each case compared under its own fold's model.
  A label joins the set when its p-value exceeds ``1 − coverage``. With K = 1 (one model, a
  carved-out calibration split) this is plain split conformal. A set can be empty (no label
  is as typical as the calibration cases at that level) or hold both labels (ambiguous).
* `OODDetector` — Mahalanobis distance in the normalised feature space (the Normalization
  layer's mean and standard deviation) with a Ledoit–Wolf shrunk covariance, flagged above a
  threshold set at a stated quantile of cross-fitted training distances, plus per-feature
  range checks against the training range widened by a stated margin.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from maas_client.types import COVERAGE_MAX, COVERAGE_MIN

__all__ = [
    "COVERAGE_MAX",
    "COVERAGE_MIN",
    "LABELS",
    "ConformalSets",
    "OODDetector",
    "OODResult",
    "clopper_pearson",
    "coverage_report",
]

LABELS = ("malignant", "benign")
"""Label names; label 1 (malignant) is the positive class."""


def _fold_rows(p_folds: np.ndarray) -> np.ndarray:
    """P(malignant) as (K, n): one row per fold model (a 1-D array is one model)."""
    p = np.asarray(p_folds, np.float64)
    return p[None] if p.ndim == 1 else p


@dataclass(frozen=True)
class ConformalSets:
    """Label-conditional cross-conformal sets from per-fold, per-class calibration scores."""

    scores: Mapping[str, Sequence[np.ndarray]]
    """label → one sorted array per fold: the scores ``1 − P(label)`` that fold's model gave
    the calibration cases of that label in the fold (cases it did not see)."""

    @classmethod
    def from_reference(cls, ref: Mapping[str, Any]) -> ConformalSets:
        """From the ``conformal`` section of the reference artifact."""
        return cls({label: [np.sort(np.asarray(fold, np.float64)) for fold in folds]
                    for label, folds in ref["scores"].items()})

    @property
    def folds(self) -> int:
        """K, the number of fold models the sets need P(malignant) from."""
        return len(self.scores[LABELS[0]])

    @property
    def counts(self) -> dict[str, int]:
        """label → number of calibration cases."""
        return {label: sum(len(f) for f in folds) for label, folds in self.scores.items()}

    def p_values(self, p_folds: np.ndarray) -> dict[str, np.ndarray]:
        """label → the conformal p-value of every case, from the fold models' P(malignant)
        (shape (K, n), row k from fold model k)."""
        p = _fold_rows(p_folds)
        if p.shape[0] != self.folds:
            raise ValueError(f"need P(malignant) from {self.folds} fold models, got {p.shape[0]}")
        test = {LABELS[0]: 1.0 - p, LABELS[1]: p}
        out = {}
        for label in LABELS:
            at_least = np.zeros(p.shape[1])
            for cal, s in zip(self.scores[label], test[label], strict=True):
                at_least += len(cal) - np.searchsorted(cal, s, side="left")
            out[label] = (1.0 + at_least) / (self.counts[label] + 1.0)
        return out

    def sets(self, p_folds: np.ndarray, coverage: float) -> list[list[str]]:
        """The prediction set of every case (labels in `LABELS` order)."""
        pv = self.p_values(p_folds)
        keep = [pv[label] > 1.0 - coverage + 1e-12 for label in LABELS]
        return [[label for label, k in zip(LABELS, pair, strict=True) if k]
                for pair in zip(*(k.tolist() for k in keep), strict=True)]


@dataclass(frozen=True)
class OODResult:
    """One case: flagged if far (Mahalanobis) or any feature is outside its range."""

    flagged: bool
    distance: float
    features: list[str]


@dataclass(frozen=True)
class OODDetector:
    """Mahalanobis distance in normalised space plus per-feature range checks."""

    names: Sequence[str]
    mean: np.ndarray
    std: np.ndarray
    precision: np.ndarray
    low: np.ndarray
    high: np.ndarray
    threshold: float

    @classmethod
    def fit(cls, x: np.ndarray, names: Sequence[str], *, threshold: float = math.inf,
            range_margin: float = 0.0) -> OODDetector:
        """Mean, std (population), Ledoit–Wolf precision of z, and widened ranges from x."""
        from sklearn.covariance import LedoitWolf

        x = np.asarray(x, np.float64)
        mean, std = x.mean(axis=0), np.maximum(x.std(axis=0), 1e-7)
        precision = LedoitWolf().fit((x - mean) / std).precision_
        lo, hi = x.min(axis=0), x.max(axis=0)
        span = hi - lo
        return cls(list(names), mean, std, precision, lo - range_margin * span,
                   hi + range_margin * span, threshold)

    @classmethod
    def from_reference(cls, ref: Mapping[str, Any], names: Sequence[str]) -> OODDetector:
        """From the ``ood`` section of the reference artifact."""
        return cls(list(names), *(np.asarray(ref[k], np.float64)
                                  for k in ("mean", "std", "precision", "low", "high")),
                   float(ref["threshold"]))

    def to_reference(self) -> dict[str, Any]:
        """The arrays `from_reference` reads, as JSON-ready lists (10 significant digits)."""
        def r(a: np.ndarray) -> Any:
            return np.vectorize(lambda v: float(f"{v:.10g}"))(a).tolist()

        return {"mean": r(self.mean), "std": r(self.std), "precision": r(self.precision),
                "low": r(self.low), "high": r(self.high), "threshold": round(self.threshold, 6)}

    def distances(self, x: np.ndarray) -> np.ndarray:
        """Mahalanobis distance of every row of x from the training mean."""
        z = (np.asarray(x, np.float64) - self.mean) / self.std
        return np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", z, self.precision, z), 0.0))

    def out_of_range(self, x: np.ndarray) -> np.ndarray:
        """Boolean (n, features): value outside the widened training range."""
        x = np.asarray(x, np.float64)
        return np.asarray((x < self.low) | (x > self.high))

    def flags(self, x: np.ndarray) -> np.ndarray:
        """Boolean per row: far or out of range."""
        return np.asarray((self.distances(x) > self.threshold) | self.out_of_range(x).any(axis=1))

    def check(self, x: np.ndarray) -> list[OODResult]:
        """The per-case verdicts, naming the out-of-range features in card order."""
        dist, outside = self.distances(x), self.out_of_range(x)
        return [OODResult(bool(d > self.threshold or row.any()), float(d),
                          [self.names[j] for j in np.flatnonzero(row)])
                for d, row in zip(dist, outside, strict=True)]


def clopper_pearson(k: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Exact binomial confidence interval for k successes in n trials."""
    from scipy.stats import beta

    a = (1 - level) / 2
    lo = 0.0 if k == 0 else float(beta.ppf(a, k, n - k + 1))
    hi = 1.0 if k == n else float(beta.ppf(1 - a, k + 1, n - k))
    return lo, hi


def coverage_report(y: np.ndarray, p_folds: np.ndarray, sets: ConformalSets,
                    coverage: float) -> dict[str, Any]:
    """Empirical coverage (overall with a 95% Clopper–Pearson interval, per class) and sizes;
    `p_folds` is P(malignant) from each fold model, shape (K, n)."""
    y = np.asarray(y).astype(int)
    chosen = sets.sets(p_folds, coverage)
    truth = [LABELS[0] if v == 1 else LABELS[1] for v in y]
    hit = np.array([t in s for t, s in zip(truth, chosen, strict=True)])
    size = np.array([len(s) for s in chosen])
    k, n = int(hit.sum()), len(hit)
    lo, hi = clopper_pearson(k, n)
    return {
        "coverage": coverage,
        "empirical": round(k / n, 6),
        "covered": f"{k}/{n}",
        "ci95": [round(lo, 4), round(hi, 4)],
        "class_conditional": {
            label: round(float(hit[y == cls].mean()), 6)
            for label, cls in zip(LABELS, (1, 0), strict=True)},
        "mean_set_size": round(float(size.mean()), 6),
        "set_sizes": {str(s): int((size == s).sum()) for s in (0, 1, 2)},
    }
