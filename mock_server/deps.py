"""Shared FastAPI dependencies: the registry, readiness, ids."""

from __future__ import annotations

import uuid

from fastapi import Request

from .errors import ServerError
from .models.registry import ModelRegistry

__all__ = ["new_object_id", "ready_registry", "require_model"]


def new_object_id(prefix: str) -> str:
    """`diag_...`, `sum_...`: a fresh object id."""
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def ready_registry(request: Request) -> ModelRegistry:
    """The app's registry, or a 503 with `Retry-After` while the models are still warming."""
    registry: ModelRegistry = request.app.state.registry
    if not registry.ready:
        raise ServerError(503, "model_loading", "the models are still loading; retry shortly",
                          headers={"Retry-After": "2"})
    return registry


def require_model(registry: ModelRegistry, model: str, task: str) -> None:
    """404 `model_not_found` unless `model` is served for `task`."""
    card = registry.cards.get(model)
    if card is None or card.get("task") != task:
        raise ServerError(404, "model_not_found",
                          f"no {task} model with that id; see GET /v1/models", param="model")
