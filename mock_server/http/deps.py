"""Shared FastAPI dependencies: the registry, readiness, ids."""

from __future__ import annotations

import uuid

from fastapi import Request

from ..observability.context import note_model
from ..serving.registry import ModelRegistry
from .errors import ServerError

__all__ = ["model_admission", "new_object_id", "serving_registry"]


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


async def model_admission(request: Request) -> None:
    """Refuse at once (503 `overloaded`, `Retry-After`) when the model queue cannot take work
    from this caller: runs after authentication and before the body is read or parsed."""
    try:
        request.app.state.embedder.precheck(request.state.principal.key_id,
                                            getattr(request.state, "deadline", None))
    except ServerError:
        # Read (not parse) the body first: closing a socket with unread data makes the kernel
        # reset the connection, and the client would see that instead of the 503.
        async for _ in request.stream():
            pass
        raise
