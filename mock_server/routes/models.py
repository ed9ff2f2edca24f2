"""Model cards."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from maas_client.types import ModelCard, ModelList

from ..http.errors import ServerError
from ..policy.auth import require_scope

router = APIRouter(tags=["models"], dependencies=[Depends(require_scope(None))])


@router.get("/v1/models", response_model=ModelList)
async def list_models(request: Request) -> dict[str, Any]:
    """Every served model's card."""
    return {"object": "list", "data": list(request.app.state.registry.cards.values())}


@router.get("/v1/models/{model_id}", response_model=ModelCard)
async def retrieve_model(model_id: str, request: Request) -> dict[str, Any]:
    """One model's card; 404 if unknown."""
    card: dict[str, Any] | None = request.app.state.registry.cards.get(model_id)
    if card is None:
        raise ServerError(404, "model_not_found", "no model with that id; see GET /v1/models",
                          param="model_id")
    return card
