"""Shared FastAPI dependencies: the registry, readiness, ids."""

from __future__ import annotations

import uuid

from fastapi import Request

from ..observability.context import note_model
from ..serving.registry import ModelRegistry
from .errors import ServerError

__all__ = ["new_object_id", "serving_registry"]


def new_object_id(prefix: str) -> str:
    """`diag_...`, `sum_...`: a fresh object id."""
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def serving_registry(request: Request, model: str, task: str) -> ModelRegistry:
    """The app's registry once `model` is known for `task` (else 404 `model_not_found`) and
    loaded (else 503 `model_loading` with `Retry-After`)."""
    registry: ModelRegistry = request.app.state.registry
    card = registry.cards.get(model)
    if card is None or card.get("task") != task:
        raise ServerError(404, "model_not_found",
                          f"no {task} model with that id; see GET /v1/models", param="model")
    if not registry.ready:
        raise ServerError(503, "model_loading", "the models are still loading; retry shortly",
                          headers={"Retry-After": "2"})
    note_model(model, str(card.get("version", "")))
    return registry
