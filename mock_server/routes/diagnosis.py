"""Diagnosis: `POST /v1/diagnosis` with optional integrated-gradient explanations, conformal
prediction sets (`coverage`) and an out-of-distribution verdict per case; every validated case
is counted into the model's drift window (as bin counts, never as values)."""

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
from ..serving.monitoring import DriftMonitor
from ..serving.registry import load_card

__all__ = ["router"]

router = APIRouter(tags=["diagnosis"])
#: Feature names an error may repeat: the model card's, never a key the caller made up.
_CARD_FEATURES = frozenset(f["name"] for f in load_card("wdbc-mlp")["inputs"]["features"])


def _result(i: int, p: Prediction) -> dict[str, Any]:
    out: dict[str, Any] = {"index": i, "label": p.label, "probability": p.probability,
                           "probabilities": p.probabilities, "explanation": p.explanation,
                           "prediction_set": p.prediction_set}
    if p.ood is not None:
        out["ood"] = {"flagged": p.ood.flagged, "distance": p.ood.distance,
                      "features": p.ood.features}
    return out


def _render(model: str, version: str, coverage: float | None,
            predictions: list[Prediction]) -> bytes:
    return json.dumps({
        "id": new_object_id("diag"),
        "object": "diagnosis",
        "model": model,
        "model_version": version,
        "coverage": coverage,
        "results": [_result(i, p) for i, p in enumerate(predictions)],
    }, separators=(",", ":")).encode()


def _run(wdbc: WDBCModel, params: DiagnosisCreateParams,
         monitor: DriftMonitor | None) -> list[Prediction]:
    """Validate against the card, predict, then count the cases into the drift window (CPU
    work: called off the event loop)."""
    features = [item.features for item in params.inputs]
    try:
        x = wdbc.to_array(features)
    except FeatureError as exc:
        raise ServerError(422, exc.code, exc.message, param=exc.param) from None
    if params.coverage is not None and wdbc.conformal is None:
        raise ServerError(422, "coverage_unsupported", "this model has no conformal "
                          "calibration; omit coverage", param="coverage")
    predictions = wdbc.predict(x, explain=params.explain, coverage=params.coverage)
    if monitor is not None:
        monitor.observe(x)
    return predictions


@router.post(
    "/v1/diagnosis",
    response_model=Diagnosis,
    dependencies=[Depends(require_scope("diagnosis"))],
    openapi_extra=openapi_body(DiagnosisCreateParams),
)
async def create_diagnosis(
    request: Request,
    params: Annotated[DiagnosisCreateParams,
                      Depends(json_body(DiagnosisCreateParams, public_keys=_CARD_FEATURES))],
) -> Response:
    """Classify 1–256 cases as malignant or benign. Each result carries `ood`: the case's
    Mahalanobis distance from the training data and the features outside their training range.
    With `explain`, integrated-gradient attributions (largest first) that sum to the probability
    minus the model's baseline probability; with `coverage`, the conformal `prediction_set`
    (see the model card's `trust` section). Bad features: 422 naming the field."""
    registry = serving_registry(request, params.model, "diagnosis")
    wdbc = registry.wdbc
    assert wdbc is not None  # a ready registry holds every model it has a card for
    monitor = getattr(request.app.state, "monitors", {}).get(params.model)
    predictions = await asyncio.to_thread(_run, wdbc, params, monitor)
    body = _render(params.model, str(wdbc.card["version"]), params.coverage, predictions)
    return Response(body, media_type="application/json")
