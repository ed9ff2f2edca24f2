"""Model cards: `GET /v1/models` and `GET /v1/models/{id}`."""

from __future__ import annotations

from typing import Any, Literal

from ._base import APIObject

__all__ = ["FeatureDrift", "ModelCard", "ModelList", "ModelMonitoring"]


class ModelCard(APIObject):
    """What a model is, what it takes and returns, how it was measured and where it stops."""

    id: str
    object: Literal["model"] = "model"
    task: Literal["diagnosis", "summarization", "embedding"]
    version: str
    description: str
    inputs: dict[str, Any]
    outputs: dict[str, Any]
    metrics: dict[str, Any]
    training_data: str | dict[str, Any]
    intended_use: str
    limitations: str | list[str]
    created: int


class ModelList(APIObject):
    """`{"object": "list", "data": [ModelCard, ...]}`."""

    object: Literal["list"] = "list"
    data: list[ModelCard]


class FeatureDrift(APIObject):
    """One monitored input of a model: its rolling window against the training reference."""

    name: str
    window_size: int
    psi: float | None
    """Population stability index over the reference deciles; None while the window is empty."""
    ks: float | None
    """Kolmogorov–Smirnov statistic on the reference's quantile grid; None while empty."""
    drifted: bool
    """PSI at or above the alert threshold on a window large enough to judge."""
    alerted: bool = False


class ModelMonitoring(APIObject):
    """`GET /v1/models/{id}/monitoring`: input drift of one model (summary statistics only)."""

    object: Literal["model.monitoring"] = "model.monitoring"
    model: str
    monitored: bool = True
    """False for a model the server does not monitor (then `features` is empty)."""
    window_size: int
    window_capacity: int
    reference_size: int | None = None
    thresholds: dict[str, float]
    features: list[FeatureDrift]
