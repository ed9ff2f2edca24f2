"""`create_app(settings)`: the FastAPI factory. Nothing global happens at import time."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI

from .http.admission import AdmissionMiddleware
from .http.errors import install_error_handlers
from .http.middleware import BodyLimitMiddleware, RequestContextMiddleware
from .http.openapi import build_openapi
from .observability.context import note_queue_wait
from .observability.install import install_observability
from .observability.middleware import (
    ObservabilityMiddleware,
    RequestCaptureMiddleware,
    route_patterns,
)
from .observability.tracing import fastapi_telemetry_off
from .policy.faults import FaultInjectionMiddleware, FaultPlan
from .policy.faults import router as faults_router
from .policy.gateway import GatewayKeyStore, install_gateway
from .policy.idempotency import IdempotencyMiddleware, IdempotencyStore, local_store
from .policy.rate_limit import Limiter, RateLimiter
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


def _embedder(app: FastAPI, service: EmbeddingService) -> None:
    """The scheduler-backed service that feeds the encoder; routes call `app.state.embed`.

    Work is admitted by estimated seconds (503 `overloaded` with `Retry-After` at once), cut
    into slices served round-robin across API keys, and run in one worker thread (JAX is never
    entered concurrently). Its stats are exported on `app.state.metrics_registry`; each batch
    and each request's queue wait also reach the server's own metrics and access log."""
    metrics = app.state.metrics
    last_batch_seconds = 0.0

    def on_batch(items: int, tokens: int, seconds: float) -> None:
        nonlocal last_batch_seconds
        last_batch_seconds = seconds
        metrics.observe_batch("embeddings", "minilm-l6-v2", items, tokens, seconds)

    async def embed(texts: list[str], *, key: str = "", deadline: float | None = None
                    ) -> tuple[Any, list[int]]:
        submitted = time.perf_counter()
        result = await service.embed(texts, key=key, deadline=deadline)
        # Our batch is the last one that finished: the rest of the wait was queueing.
        waited = max(0.0, time.perf_counter() - submitted - last_batch_seconds)
        metrics.queue_wait.labels("embeddings").observe(waited)
        note_queue_wait(waited)
        return result

    service.on_batch = on_batch
    app.state.embedder = service
    app.state.embed = embed
    app.state.batchers = {"embeddings": service.scheduler}
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


def _openapi(app: FastAPI, registry: ModelRegistry, settings: Settings) -> dict[str, Any]:
    if app.openapi_schema is None:
        app.openapi_schema = build_openapi(app, registry.cards, settings.max_body_bytes)
    return app.openapi_schema


def _shared_stores(settings: Settings, key_store: GatewayKeyStore | None
                   ) -> tuple[Limiter, IdempotencyStore, GatewayKeyStore | None]:
    """The rate limiter, the idempotency store and the gateway's keys: in this process (and
    the state directory) by default, in Redis when `MAAS_SERVER_SHARED_STATE` names one."""
    per_minute = settings.rate_limit_per_minute
    burst = settings.rate_limit_burst or max(1, per_minute // 6)
    url = settings.shared_state
    if url is None:
        return (RateLimiter(per_minute=per_minute, burst=burst),
                local_store(settings.idempotency_db, settings.idempotency_max_entries),
                key_store)
    from .policy import shared_state  # the `ray` extra (the redis client)

    prefix = settings.shared_state_prefix
    client = shared_state.connect_async(url)
    if key_store is None:
        key_store = GatewayKeyStore.from_document(
            shared_state.RedisKeyDocument(shared_state.connect(url), prefix),
            refresh_seconds=settings.shared_keys_refresh_seconds)
    return (shared_state.RedisRateLimiter(client, per_minute=per_minute, burst=burst,
                                          prefix=prefix),
            shared_state.RedisIdempotencyStore(client, ttl_seconds=settings.idempotency_ttl_seconds,
                                               prefix=prefix),
            key_store)


def create_app(settings: Settings | None = None, *,
               key_store: GatewayKeyStore | None = None) -> FastAPI:
    """Build the reference server. Models load in a background thread at start-up;
    `/v1/ready` turns 200 once they are loaded and warm. `key_store` holds the OHTTP gateway's
    keys (a fresh pair, mid-rotation, unless given). With `MAAS_SERVER_SHARED_STATE` the
    rate limits, idempotency records and gateway keys live in Redis, shared by replicas."""
    settings = settings or Settings.from_env()
    limiter, idempotency, key_store = _shared_stores(settings, key_store)
    service = EmbeddingService(settings)
    registry = ModelRegistry(settings.models, settings.model_dir, settings.warmup,
                             encoder_shapes=service.shapes.all(), prepare=service.prepare)
    service.registry = registry

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.uses_dev_key:
            log.warning("no API keys configured: accepting the development key %r with every "
                        "scope (set MAAS_SERVER_API_KEYS to configure keys)", DEV_API_KEY)
        observability.start()
        await asyncio.to_thread(route_patterns, app)
        loader = asyncio.create_task(asyncio.to_thread(registry.load))
        app.state.loader = loader
        await service.scheduler.start()
        try:
            yield
        finally:
            await service.scheduler.aclose()
            await idempotency.aclose()
            observability.stop()
            if not loader.done():
                loader.cancel()

    app = FastAPI(
        title="maas reference server",
        version="1.0.0",
        description="Reference implementation of the maas wire contract v1.",
        lifespan=lifespan,
        **fastapi_telemetry_off(),
    )
    app.state.settings = settings
    app.state.registry = registry
    app.state.lifecycle = Lifecycle(settings.shutdown_grace_seconds)
    app.state.rate_limiter = limiter
    app.state.idempotency_store = idempotency
    observability = install_observability(app, settings)
    _embedder(app, service)
    install_monitors(app.state, _drift_monitors(settings.models))
    install_error_handlers(app)
    for router in (health.router, models.router, embeddings.router, summaries.router,
                   diagnosis.router):
        app.include_router(router)
    app.openapi = lambda: _openapi(app, registry, settings)  # type: ignore[method-assign]
    # Outermost last: observability (trace, access log, metrics, audit) → context (ids, crash
    # guard) → body limit → [faults] → OHTTP gateway → request capture (input size and HMAC,
    # key id, route) → admission (503 at once when the model queue is full) → idempotency →
    # routes. The gateway sits outside idempotency because every attempt of a sealed request
    # carries fresh ciphertext: idempotency applies to the inner request.
    app.add_middleware(IdempotencyMiddleware, ttl_seconds=settings.idempotency_ttl_seconds,
                       store=idempotency)
    app.add_middleware(AdmissionMiddleware)
    app.add_middleware(RequestCaptureMiddleware, audit=observability.audit)
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
    app.add_middleware(ObservabilityMiddleware, metrics=observability.metrics,
                       audit=observability.audit)
    return app
