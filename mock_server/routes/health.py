"""Liveness and readiness (no auth)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from maas_client.types import Health, Readiness

router = APIRouter(tags=["health"])


@router.get("/v1/health", response_model=Health)
async def health() -> Health:
    """The process is up."""
    return Health()


@router.get("/v1/ready", response_model=Readiness, responses={503: {"model": Readiness}})
async def ready(request: Request) -> JSONResponse:
    """200 once every model is loaded and warm, else 503 (with `Retry-After`)."""
    registry = request.app.state.registry
    body = Readiness(status="ready" if registry.ready else "loading",
                     models=list(registry.model_ids)).model_dump()
    if registry.ready:
        return JSONResponse(body)
    return JSONResponse(body, status_code=503, headers={"Retry-After": "1"})
