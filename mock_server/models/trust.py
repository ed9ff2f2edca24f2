"""How far to trust one diagnosis: conformal prediction sets and an out-of-distribution check.

Both are plain numpy over reference statistics that training writes to
``wdbc-mlp.reference.json`` (never the test split):

* `ConformalSets` — label-conditional ("Mondrian") split-conformal sets (Vovk et al. 2005;
  Angelopoulos & Bates, "A Gentle Introduction to Conformal Prediction", §4.1). The score of a
  label is ``1 − P(label)``; for each class the calibration scores are the out-of-fold scores
  of that class's training cases (cross-validation inside the training split), and a label
  joins the set when its score is at most the class's conformal quantile
  ``⌈(n_c + 1) · coverage⌉ / n_c``. Coverage then holds per class, hence also marginally. A set
  can be empty (no label plausible at that level: the case is less typical than the
  calibration cases) or hold both labels (ambiguous).
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


def conformal_quantile(scores: np.ndarray, n: int, coverage: float) -> float:
    """The ⌈(n + 1) · coverage⌉ / n empirical quantile of `scores` (the k-th smallest of n).

    `n` is the number of calibration cases; `scores` may pool several cross-validation repeats
    of them (each repeat scores every case once). Above level 1 the threshold is infinite."""
    level = math.ceil((n + 1) * coverage - 1e-9) / n
    if level > 1:
        return math.inf
    return float(np.quantile(scores, level, method="inverted_cdf"))


@dataclass(frozen=True)
class ConformalSets:
    """Label-conditional conformal sets from per-class calibration scores."""

    scores: Mapping[str, np.ndarray]
    """label → out-of-fold scores ``1 − P(label)`` of the calibration cases of that label."""
    counts: Mapping[str, int]
    """label → number of calibration cases (the pooled scores hold every repeat)."""

    @classmethod
    def from_reference(cls, ref: Mapping[str, Any]) -> ConformalSets:
        """From the ``conformal`` section of the reference artifact."""
        return cls({k: np.asarray(v, np.float64) for k, v in ref["scores"].items()},
                   {k: int(v) for k, v in ref["counts"].items()})

    def thresholds(self, coverage: float) -> dict[str, float]:
        """label → the largest score a label may have to join the set."""
        return {label: conformal_quantile(self.scores[label], self.counts[label], coverage)
                for label in LABELS}

    def sets(self, p_malignant: np.ndarray, coverage: float) -> list[list[str]]:
        """The prediction set of every case (labels in `LABELS` order)."""
        q = self.thresholds(coverage)
        p = np.asarray(p_malignant, np.float64)
        keep_mal = 1.0 - p <= q["malignant"]
        keep_ben = p <= q["benign"]
        return [[label for label, keep in zip(LABELS, pair, strict=True) if keep]
                for pair in zip(keep_mal.tolist(), keep_ben.tolist(), strict=True)]


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


def coverage_report(y: np.ndarray, p_malignant: np.ndarray, sets: ConformalSets,
                    coverage: float) -> dict[str, Any]:
    """Empirical coverage (overall with a 95% Clopper–Pearson interval, per class) and sizes."""
    y = np.asarray(y).astype(int)
    chosen = sets.sets(p_malignant, coverage)
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
        "thresholds": {k2: round(v, 6) for k2, v in sets.thresholds(coverage).items()},
    }
