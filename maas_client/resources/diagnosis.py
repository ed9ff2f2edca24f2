"""`client.diagnosis`: `POST /v1/diagnosis`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._core import CallPlan, PreparedRequest, validate_params
from ..types import Diagnosis as DiagnosisObject
from ..types import DiagnosisCreateParams, DiagnosisInput
from ._base import AsyncAPIResource, Headers, SyncAPIResource, single

__all__ = ["AsyncDiagnosis", "Diagnosis", "create_plan"]

Inputs = Sequence[Mapping[str, Any] | DiagnosisInput]


def create_plan(*, model: str, inputs: Inputs, explain: bool, idempotency_key: str | None,
                extra_headers: Headers | None,
                coverage: float | None = None) -> CallPlan[DiagnosisObject]:
    """Validate (before any I/O) and build the plan of `diagnosis.create(...)`."""
    params = validate_params(DiagnosisCreateParams, "diagnosis", model=model, inputs=inputs,
                             explain=explain, coverage=coverage)
    req = PreparedRequest.post("/v1/diagnosis", params, DiagnosisObject,
                               idempotency_key=idempotency_key, extra_headers=extra_headers)
    return single(req, DiagnosisObject)


class Diagnosis(SyncAPIResource):
    """Diagnosis models over tabular features (no free text, so nothing to de-identify)."""

    def create(self, *, model: str, inputs: Inputs, explain: bool = False,
               coverage: float | None = None, timeout: float | None = None,
               idempotency_key: str | None = None,
               extra_headers: Headers | None = None) -> DiagnosisObject:
        """Predict 1 to 256 cases: `inputs=[{"features": {"mean_radius": 17.99, ...}}]`.

        Every result carries `ood` (is the case like the training data?); with `coverage`
        (0.5–0.99) each also carries `prediction_set`, the conformal set of labels that holds
        the true label with that probability; `explain=True` adds attributions."""
        return self._client._execute(
            create_plan(model=model, inputs=inputs, explain=explain, coverage=coverage,
                        idempotency_key=idempotency_key, extra_headers=extra_headers), timeout)


class AsyncDiagnosis(AsyncAPIResource):
    """Diagnosis models (async)."""

    async def create(self, *, model: str, inputs: Inputs, explain: bool = False,
                     coverage: float | None = None, timeout: float | None = None,
                     idempotency_key: str | None = None,
                     extra_headers: Headers | None = None) -> DiagnosisObject:
        """Predict 1 to 256 cases; see `Diagnosis.create` for `coverage` and `ood`."""
        return await self._client._execute(
            create_plan(model=model, inputs=inputs, explain=explain, coverage=coverage,
                        idempotency_key=idempotency_key, extra_headers=extra_headers), timeout)
