"""Input drift monitoring: a rolling window per model, PSI and KS against the training reference.

Privacy: the window never holds an input value. Each case only increments per-feature counts
of the reference's quantile bins; the window is a ring of blocks of such counts (`BLOCK` cases
each), so what is kept is a histogram, and the oldest block is dropped as new ones fill.

* PSI (population stability index) over the reference deciles (pairs of the 20 bins):
  ``Σ (w − r) · ln(w / r)``, proportions floored at `PSI_FLOOR`. Rules of thumb (Evidently,
  NannyML): < 0.1 stable, 0.1–0.25 moderate, > 0.25 significant shift.
* KS: the largest gap between the window's and the reference's cumulative proportions at the
  reference's 5% quantile cut points (the two-sample statistic evaluated on that grid, so never
  larger than the exact one).

A feature whose PSI crosses `PSI_ALERT` on a window of at least `MIN_WINDOW` cases is logged
once, with its numbers; it is logged again only after falling back below `PSI_STABLE`.
Metrics: a collector on the app's `metrics_registry` exposes the current figures at scrape time.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "BINS",
    "MIN_WINDOW",
    "PSI_ALERT",
    "PSI_STABLE",
    "TEXT_FEATURES",
    "WINDOW",
    "DriftMonitor",
    "DriftReference",
    "TextDriftMonitor",
    "install_monitors",
    "ks_statistic",
    "metrics_registry",
    "observe_texts",
    "psi",
]

log = logging.getLogger("mock_server.monitoring")

BINS = 20
"""Reference bins per feature: between the training split's 5% quantiles."""
WINDOW = 500
"""Cases in the rolling window (once full)."""
BLOCK = 50
"""Cases per block of counts; the window drops its oldest block when a new one fills."""
MIN_WINDOW = 200
"""Fewer cases than this give PSI too noisy to alert on."""
PSI_STABLE = 0.1
PSI_ALERT = 0.25
PSI_FLOOR = 1e-4


@dataclass(frozen=True)
class DriftReference:
    """Per feature: the interior cut points of `BINS` quantile bins and their proportions."""

    names: Sequence[str]
    cuts: np.ndarray
    """(features, BINS − 1) cut points; a value v falls in bin ``#(cuts < v)``."""
    proportions: np.ndarray
    """(features, BINS) share of the reference sample in each bin."""
    n: int

    @classmethod
    def fit(cls, x: np.ndarray, names: Sequence[str]) -> DriftReference:
        """Quantile cut points of the reference sample x (n, features) and its bin shares."""
        x = np.asarray(x, np.float64)
        cuts = np.quantile(x, np.arange(1, BINS) / BINS, axis=0).T
        ref = cls(list(names), cuts, np.zeros((x.shape[1], BINS)), len(x))
        counts = ref.bin_counts(x)
        return cls(ref.names, cuts, counts / len(x), len(x))

    @classmethod
    def from_reference(cls, ref: Mapping[str, Any]) -> DriftReference:
        """From the ``drift`` section of a reference artifact."""
        return cls(list(ref["features"]), np.asarray(ref["cuts"], np.float64),
                   np.asarray(ref["proportions"], np.float64), int(ref["n"]))

    def to_reference(self) -> dict[str, Any]:
        """JSON-ready: feature names, cut points (10 significant digits), proportions."""
        return {"features": list(self.names), "n": self.n,
                "cuts": [[float(f"{v:.10g}") for v in row] for row in self.cuts],
                "proportions": np.round(self.proportions, 6).tolist()}

    def bin_counts(self, x: np.ndarray) -> np.ndarray:
        """(features, BINS) counts of the rows of x."""
        x = np.asarray(x, np.float64).reshape(-1, len(self.names))
        out = np.zeros((len(self.names), BINS), np.int64)
        for j in range(len(self.names)):
            idx = np.searchsorted(self.cuts[j], x[:, j], side="left")
            out[j] = np.bincount(idx, minlength=BINS)
        return out


def psi(window: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """PSI per feature from (features, BINS) window counts and reference proportions, deciles."""
    w = window.reshape(len(window), -1, 2).sum(axis=2).astype(np.float64)
    r = reference.reshape(len(reference), -1, 2).sum(axis=2)
    w = np.maximum(w / np.maximum(w.sum(axis=1, keepdims=True), 1), PSI_FLOOR)
    r = np.maximum(r, PSI_FLOOR)
    return np.asarray(np.sum((w - r) * np.log(w / r), axis=1))


def ks_statistic(window: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """Max |window CDF − reference CDF| per feature on the reference's cut points."""
    w = window.astype(np.float64)
    w = w / np.maximum(w.sum(axis=1, keepdims=True), 1)
    return np.asarray(np.max(np.abs(np.cumsum(w, axis=1) - np.cumsum(reference, axis=1)), axis=1))


class DriftMonitor:
    """The rolling window of one model's inputs (as bin counts) and its drift figures."""

    def __init__(self, model: str, reference: DriftReference, *, window: int = WINDOW,
                 block: int = BLOCK) -> None:
        self.model = model
        self.reference = reference
        self.block = block
        self._blocks: deque[np.ndarray] = deque(maxlen=max(1, window // block))
        self._filled: deque[int] = deque(maxlen=max(1, window // block))
        self._alerted: set[str] = set()
        self._lock = threading.Lock()

    @property
    def capacity(self) -> int:
        """The window's size once full."""
        return self.block * (self._blocks.maxlen or 1)

    def observe(self, x: np.ndarray) -> None:
        """Add the rows of x (n, features) to the window, then check the alert thresholds."""
        x = np.asarray(x, np.float64).reshape(-1, len(self.reference.names))
        with self._lock:
            start = 0
            while start < len(x):
                if not self._blocks or self._filled[-1] >= self.block:
                    self._blocks.append(np.zeros((len(self.reference.names), BINS), np.int64))
                    self._filled.append(0)
                take = min(self.block - self._filled[-1], len(x) - start)
                self._blocks[-1] += self.reference.bin_counts(x[start:start + take])
                self._filled[-1] += take
                start += take
            self._check()

    def _counts(self) -> tuple[np.ndarray, int]:
        if not self._blocks:
            return np.zeros((len(self.reference.names), BINS), np.int64), 0
        return np.sum(self._blocks, axis=0), int(sum(self._filled))

    def _check(self) -> None:
        counts, size = self._counts()
        if size < MIN_WINDOW:
            return
        p, k = psi(counts, self.reference.proportions), ks_statistic(
            counts, self.reference.proportions)
        for name, p_j, k_j in zip(self.reference.names, p, k, strict=True):
            if p_j >= PSI_ALERT and name not in self._alerted:
                self._alerted.add(name)
                log.warning("input drift: model=%s feature=%s psi=%.3f ks=%.3f window=%d "
                            "(alert at psi >= %.2f)", self.model, name, p_j, k_j, size,
                            PSI_ALERT)
            elif p_j < PSI_STABLE:
                self._alerted.discard(name)

    def report(self) -> dict[str, Any]:
        """`GET /v1/models/{id}/monitoring`: per feature psi and ks (null while empty)."""
        with self._lock:
            counts, size = self._counts()
            alerted = set(self._alerted)
        empty = size == 0
        p = psi(counts, self.reference.proportions)
        k = ks_statistic(counts, self.reference.proportions)
        return {
            "object": "model.monitoring",
            "model": self.model,
            "window_size": size,
            "window_capacity": self.capacity,
            "reference_size": self.reference.n,
            "thresholds": {"psi_stable": PSI_STABLE, "psi_alert": PSI_ALERT,
                           "min_window": MIN_WINDOW},
            "features": [
                {"name": name, "window_size": size,
                 "psi": None if empty else round(float(p_j), 6),
                 "ks": None if empty else round(float(k_j), 6),
                 "drifted": not empty and size >= MIN_WINDOW and float(p_j) >= PSI_ALERT,
                 "alerted": name in alerted}
                for name, p_j, k_j in zip(self.reference.names, p, k, strict=True)],
        }


TEXT_FEATURES = ("token_length", "unknown_token_rate")
"""What a text model's monitor watches per embedded text."""


class TextDriftMonitor:
    """Drift of a text model's inputs (token length, unknown-token rate per embedded text).

    No training distribution of user text exists, so the reference is a *reference period*
    (NannyML's term): the first `window` texts after start-up. Until then only those two
    numbers per text are held (never text); then they are reduced to quantile bins and
    dropped, and later traffic is compared with them like a diagnosis model's."""

    def __init__(self, model: str, *, window: int = WINDOW, block: int = BLOCK) -> None:
        self.model = model
        self.window = window
        self.block = block
        self._baseline: list[np.ndarray] = []
        self._collected = 0
        self._monitor: DriftMonitor | None = None
        self._lock = threading.Lock()

    def observe(self, stats: np.ndarray) -> None:
        """Add (n, 2) rows of [token length, unknown-token rate]."""
        stats = np.asarray(stats, np.float64).reshape(-1, len(TEXT_FEATURES))
        with self._lock:
            if self._monitor is None:
                self._baseline.append(stats)
                self._collected += len(stats)
                if self._collected < self.window:
                    return
                rows = np.concatenate(self._baseline)
                self._baseline, stats = [], rows[self.window:]
                self._monitor = DriftMonitor(self.model, DriftReference.fit(
                    rows[:self.window], TEXT_FEATURES), window=self.window, block=self.block)
        if len(stats):
            self._monitor.observe(stats)

    def report(self) -> dict[str, Any]:
        """As `DriftMonitor.report`; while the reference period fills, empty figures."""
        monitor = self._monitor
        if monitor is not None:
            return {**monitor.report(), "reference": "the first texts after start-up"}
        return {"object": "model.monitoring", "model": self.model, "window_size": 0,
                "window_capacity": self.window, "reference_size": self._collected,
                "reference": f"collecting the first {self.window} texts after start-up",
                "thresholds": {"psi_stable": PSI_STABLE, "psi_alert": PSI_ALERT,
                               "min_window": MIN_WINDOW},
                "features": [{"name": n, "window_size": 0, "psi": None, "ks": None,
                              "drifted": False, "alerted": False} for n in TEXT_FEATURES]}


async def observe_texts(state: Any, model: str, texts: Sequence[str]) -> None:
    """Count the token statistics of the texts a text model embedded into its monitor
    (tokenising again: CPU work, off the event loop). Best effort: monitoring never fails the
    request that fed it."""
    monitor = getattr(state, "monitors", {}).get(model)
    stats = getattr(state.registry.encoder, "token_stats", None)
    if not isinstance(monitor, TextDriftMonitor) or stats is None or not texts:
        return
    try:
        monitor.observe(await asyncio.to_thread(stats, texts))
    except Exception as exc:  # the answer is already computed: keep serving
        log.error("drift monitoring failed: model=%s %s", model, type(exc).__name__)


class _DriftCollector:
    """Prometheus collector: the monitors' current figures, computed at scrape time."""

    def __init__(self, monitors: Mapping[str, DriftMonitor | TextDriftMonitor]) -> None:
        self.monitors = monitors

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import GaugeMetricFamily

        psi_g = GaugeMetricFamily("maas_model_drift_psi", "PSI of an input feature's rolling "
                                  "window against the training reference", labels=["model",
                                                                                   "feature"])
        ks_g = GaugeMetricFamily("maas_model_drift_ks", "KS statistic of an input feature's "
                                 "rolling window against the training reference",
                                 labels=["model", "feature"])
        size_g = GaugeMetricFamily("maas_model_monitoring_window_size", "cases in the model's "
                                   "rolling input window", labels=["model"])
        for model, monitor in self.monitors.items():
            rep = monitor.report()
            size_g.add_metric([model], rep["window_size"])
            for f in rep["features"]:
                if f["psi"] is not None:
                    psi_g.add_metric([model, f["name"]], f["psi"])
                    ks_g.add_metric([model, f["name"]], f["ks"])
        yield psi_g
        yield ks_g
        yield size_g


def metrics_registry(state: Any) -> Any:
    """The app's `metrics_registry` (a per-app CollectorRegistry), created if absent."""
    registry = getattr(state, "metrics_registry", None)
    if registry is None:
        from prometheus_client import CollectorRegistry

        registry = CollectorRegistry(auto_describe=True)
        state.metrics_registry = registry
    return registry


def install_monitors(state: Any,
                     monitors: Mapping[str, DriftMonitor | TextDriftMonitor]) -> None:
    """Keep the monitors on `state.monitors` and register their collector on the registry."""
    state.monitors = dict(monitors)
    metrics_registry(state).register(_DriftCollector(state.monitors))
