"""Diagnosis: `POST /v1/diagnosis`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ._base import APIObject, RequestModel, StrictBool, StrictFloat

__all__ = [
    "COVERAGE_MAX",
    "COVERAGE_MIN",
    "MAX_DIAGNOSIS_INPUTS",
    "Diagnosis",
    "DiagnosisCreateParams",
    "DiagnosisInput",
    "DiagnosisResult",
    "FeatureAttribution",
    "OutOfDistribution",
]

MAX_DIAGNOSIS_INPUTS = 256
COVERAGE_MIN = 0.5
COVERAGE_MAX = 0.99
"""The `coverage` levels a diagnosis request may ask for (inclusive)."""


class DiagnosisInput(RequestModel):
    """One case: feature name → finite value. Names and ranges are in the model card."""

    features: dict[Annotated[str, Field(max_length=64)], StrictFloat]


class DiagnosisCreateParams(RequestModel):
    """The body of `POST /v1/diagnosis`."""

    model: str = Field(min_length=1, max_length=128)
    inputs: list[DiagnosisInput] = Field(min_length=1, max_length=MAX_DIAGNOSIS_INPUTS)
    explain: StrictBool = False
    coverage: StrictFloat | None = Field(default=None, ge=COVERAGE_MIN, le=COVERAGE_MAX)
    """Ask for conformal prediction sets that contain the true label with this probability."""


class FeatureAttribution(APIObject):
    """How much one feature moved the output away from the baseline output."""

    feature: str
    value: float
    attribution: float


class OutOfDistribution(APIObject):
    """How far a case is from the training data (see the model card's `trust` section)."""

    flagged: bool
    """True if `distance` is above the card's threshold or any feature is out of range."""
    distance: float
    """Mahalanobis distance from the training mean in the normalised feature space."""
    features: list[str]
    """The features outside their (widened) training range, in card order."""


class DiagnosisResult(APIObject):
    """The prediction for `inputs[index]`."""

    index: int
    label: Literal["malignant", "benign"]
    probability: float
    probabilities: dict[str, float]
    explanation: list[FeatureAttribution] | None = None
    prediction_set: list[Literal["malignant", "benign"]] | None = None
    """With `coverage`: the conformal set of labels; empty or both labels = uncertain."""
    ood: OutOfDistribution | None = None


class Diagnosis(APIObject):
    """`{"id": "diag_...", "object": "diagnosis", ...}`."""

    id: str
    object: Literal["diagnosis"] = "diagnosis"
    model: str
    model_version: str
    coverage: float | None = None
    """The requested coverage of `prediction_set`, echoed; None if not asked."""
    results: list[DiagnosisResult]
