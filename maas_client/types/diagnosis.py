"""Diagnosis: `POST /v1/diagnosis`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ._base import APIObject, RequestModel, StrictBool, StrictFloat

__all__ = [
    "MAX_DIAGNOSIS_INPUTS",
    "Diagnosis",
    "DiagnosisCreateParams",
    "DiagnosisInput",
    "DiagnosisResult",
    "FeatureAttribution",
]

MAX_DIAGNOSIS_INPUTS = 256


class DiagnosisInput(RequestModel):
    """One case: feature name → finite value. Names and ranges are in the model card."""

    features: dict[Annotated[str, Field(max_length=64)], StrictFloat]


class DiagnosisCreateParams(RequestModel):
    """The body of `POST /v1/diagnosis`."""

    model: str = Field(min_length=1, max_length=128)
    inputs: list[DiagnosisInput] = Field(min_length=1, max_length=MAX_DIAGNOSIS_INPUTS)
    explain: StrictBool = False


class FeatureAttribution(APIObject):
    """How much one feature moved the output away from the baseline output."""

    feature: str
    value: float
    attribution: float


class DiagnosisResult(APIObject):
    """The prediction for `inputs[index]`."""

    index: int
    label: Literal["malignant", "benign"]
    probability: float
    probabilities: dict[str, float]
    explanation: list[FeatureAttribution] | None = None


class Diagnosis(APIObject):
    """`{"id": "diag_...", "object": "diagnosis", ...}`."""

    id: str
    object: Literal["diagnosis"] = "diagnosis"
    model: str
    model_version: str
    results: list[DiagnosisResult]
