"""Diagnosis: `POST /v1/diagnosis` with optional integrated-gradient explanations."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from maas_client.types import Diagnosis, DiagnosisCreateParams

from ..http.body import json_body, openapi_body
from ..http.deps import new_object_id, serving_registry
from ..http.errors import ServerError
from ..models.wdbc import FeatureError, Prediction, WDBCModel
from ..policy.auth import require_scope

__all__ = ["router"]

router = APIRouter(tags=["diagnosis"])


def _render(model: str, version: str, predictions: list[Prediction]) -> bytes:
    results: list[dict[str, Any]] = [
        {"index": i, "label": p.label, "probability": p.probability,
         "probabilities": p.probabilities, "explanation": p.explanation}
        for i, p in enumerate(predictions)
    ]
    return json.dumps({
        "id": new_object_id("diag"),
        "object": "diagnosis",
        "model": model,
        "model_version": version,
        "results": results,
    }, separators=(",", ":")).encode()


def _run(wdbc: WDBCModel, params: DiagnosisCreateParams) -> list[Prediction]:
    """Validate against the card and predict (CPU work: called off the event loop)."""
    features = [item.features for item in params.inputs]
    try:
        x = wdbc.to_array(features)
    except FeatureError as exc:
        raise ServerError(422, exc.code, exc.message, param=exc.param) from None
    return wdbc.predict(x, explain=params.explain)


@router.post(
    "/v1/diagnosis",
    response_model=Diagnosis,
    dependencies=[Depends(require_scope("diagnosis"))],
    openapi_extra=openapi_body(DiagnosisCreateParams),
)
async def create_diagnosis(
    request: Request,
    params: Annotated[DiagnosisCreateParams, Depends(json_body(DiagnosisCreateParams))],
) -> Response:
    """Classify 1–256 cases as malignant or benign. With `explain`, each result carries
    integrated-gradient attributions (largest first) that sum to the probability minus the
    model's baseline probability (see the model card). Bad features: 422 naming the field."""
    registry = serving_registry(request, params.model, "diagnosis")
    wdbc = registry.wdbc
    assert wdbc is not None  # a ready registry holds every model it has a card for
    with request.app.state.metrics.inference.labels(params.model).time():
        predictions = await asyncio.to_thread(_run, wdbc, params)
    body = _render(params.model, str(wdbc.card["version"]), predictions)
    return Response(body, media_type="application/json")
