"""Model cards and input-drift monitoring."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from maas_client.types import ModelCard, ModelList, ModelMonitoring

from ..http.errors import ServerError
from ..policy.auth import require_scope

router = APIRouter(tags=["models"], dependencies=[Depends(require_scope(None))])


@router.get("/v1/models", response_model=ModelList)
async def list_models(request: Request) -> dict[str, Any]:
    """Every served model's card."""
    return {"object": "list", "data": list(request.app.state.registry.cards.values())}


def _card(request: Request, model_id: str) -> dict[str, Any]:
    card: dict[str, Any] | None = request.app.state.registry.cards.get(model_id)
    if card is None:
        raise ServerError(404, "model_not_found", "no model with that id; see GET /v1/models",
                          param="model_id")
    return card


@router.get("/v1/models/{model_id}", response_model=ModelCard)
async def retrieve_model(model_id: str, request: Request) -> dict[str, Any]:
    """One model's card; 404 if unknown."""
    return _card(request, model_id)


@router.get("/v1/models/{model_id}/monitoring", response_model=ModelMonitoring)
async def model_monitoring(model_id: str, request: Request) -> dict[str, Any]:
    """Input drift of one model: per feature PSI and KS of the rolling window against the
    training reference, and the window size. A served model without a drift reference answers
    `monitored: false` with no features; 404 if unknown."""
    _card(request, model_id)
    monitor = getattr(request.app.state, "monitors", {}).get(model_id)
    if monitor is None:
        return {"object": "model.monitoring", "model": model_id, "monitored": False,
                "window_size": 0, "window_capacity": 0, "thresholds": {}, "features": []}
    report: dict[str, Any] = monitor.report()
    return report
