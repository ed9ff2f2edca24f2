"""`create_app(settings)`: the FastAPI factory. Nothing global happens at import time."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from maas_client.types import DiagnosisCreateParams, EmbeddingCreateParams, SummaryCreateParams

from .http.errors import install_error_handlers
from .http.middleware import BodyLimitMiddleware, RequestContextMiddleware
from .policy.faults import FaultInjectionMiddleware, FaultPlan
from .policy.faults import router as faults_router
from .policy.gateway import GatewayKeyStore, install_gateway
from .policy.idempotency import IdempotencyMiddleware
from .policy.rate_limit import RateLimiter
from .routes import diagnosis, embeddings, health, models, summaries
from .serving.embedder import EmbeddingService, SchedulerCollector
from .serving.lifecycle import Lifecycle
from .serving.monitoring import (
    DriftMonitor,
    DriftReference,
    TextDriftMonitor,
    install_monitors,
    metrics_registry,
)
from .serving.registry import ModelRegistry, load_reference
from .settings import DEV_API_KEY, Settings

__all__ = ["create_app"]

log = logging.getLogger("mock_server")
_BODY_MODELS: tuple[type[BaseModel], ...] = (
    EmbeddingCreateParams, DiagnosisCreateParams, SummaryCreateParams,
)


def _embedder(app: FastAPI, service: EmbeddingService) -> None:
    """The scheduler-backed service that feeds the encoder; routes call `app.state.embed`.

    Work is admitted by estimated seconds (503 `overloaded` with `Retry-After` at once), cut
    into slices served round-robin across API keys, and run in one worker thread (JAX is never
    entered concurrently). Its stats are exported on `app.state.metrics_registry`."""
    app.state.embedder = service
    app.state.embed = service.embed
    metrics_registry(app.state).register(SchedulerCollector(service.scheduler))


def _drift_monitors(models: tuple[str, ...]) -> dict[str, DriftMonitor | TextDriftMonitor]:
    """One rolling-window monitor per served model: against the training reference when the
    model has one, else (text models) against a reference period."""
    monitors: dict[str, DriftMonitor | TextDriftMonitor] = {}
    for model in models:
        reference = load_reference(model)
        if reference is not None and "drift" in reference:
            monitors[model] = DriftMonitor(model, DriftReference.from_reference(
                reference["drift"]))
        else:
            monitors[model] = TextDriftMonitor(model)
    return monitors


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in _BODY_MODELS:
            body = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(body.pop("$defs", {}))
            components[model.__name__] = body
        app.openapi_schema = schema
    return app.openapi_schema


def create_app(settings: Settings | None = None, *,
               key_store: GatewayKeyStore | None = None) -> FastAPI:
    """Build the reference server. Models load in a background thread at start-up;
    `/v1/ready` turns 200 once they are loaded and warm. `key_store` holds the OHTTP gateway's
    keys (a fresh pair, mid-rotation, unless given)."""
    settings = settings or Settings.from_env()
    service = EmbeddingService(settings)
    registry = ModelRegistry(settings.models, settings.model_dir, settings.warmup,
                             encoder_shapes=service.shapes.all(), prepare=service.prepare)
    service.registry = registry

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.uses_dev_key:
            log.warning("no API keys configured: accepting the development key %r with every "
                        "scope (set MAAS_SERVER_API_KEYS to configure keys)", DEV_API_KEY)
        loader = asyncio.create_task(asyncio.to_thread(registry.load))
        app.state.loader = loader
        await service.scheduler.start()
        try:
            yield
        finally:
            await service.scheduler.aclose()
            if not loader.done():
                loader.cancel()

    app = FastAPI(
        title="maas reference server",
        version="1.0.0",
        description="Reference implementation of the maas wire contract v1.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.registry = registry
    app.state.lifecycle = Lifecycle(settings.shutdown_grace_seconds)
    app.state.rate_limiter = RateLimiter(
        per_minute=settings.rate_limit_per_minute,
        burst=settings.rate_limit_burst or max(1, settings.rate_limit_per_minute // 6),
    )
    _embedder(app, service)
    install_monitors(app.state, _drift_monitors(settings.models))
    install_error_handlers(app)
    for router in (health.router, models.router, embeddings.router, summaries.router,
                   diagnosis.router):
        app.include_router(router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    # Outermost last: context (ids, logs, crash guard) → body limit → [faults] → OHTTP gateway
    # → idempotency → routes. The gateway sits outside idempotency because every attempt of a
    # sealed request carries fresh ciphertext: idempotency applies to the inner request.
    app.add_middleware(IdempotencyMiddleware, ttl_seconds=settings.idempotency_ttl_seconds,
                       max_entries=settings.idempotency_max_entries,
                       db_path=settings.idempotency_db)
    install_gateway(app, key_store, key_file=settings.key_file)
    if settings.enable_fault_injection:
        plan = FaultPlan()
        for script in settings.faults:
            plan.add(script.method, script.path, script.fault, script.times)
        app.state.fault_plan = plan
        app.include_router(faults_router)
        app.add_middleware(FaultInjectionMiddleware, plan=plan)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContextMiddleware)
    return app
