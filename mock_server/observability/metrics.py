"""Prometheus metrics on a per-app `CollectorRegistry` (`app.state.metrics_registry`).

Labels only ever hold values the server chose: route templates, status codes, error codes,
model ids and API-key fingerprints. A request's path, body, headers and key never become a
label (a test sends a canary in every field and scrapes for it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from ..policy.auth import require_scope

__all__ = ["ServerMetrics", "install_metrics", "router"]

log = logging.getLogger("mock_server")
_LATENCY_BUCKETS = (.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30)
_SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048)
_TOKEN_BUCKETS = (16, 64, 256, 1024, 4096, 16384, 65536)

router = APIRouter(tags=["operations"])


class ServerMetrics:
    """The server's own metric families, registered on `registry`."""

    def __init__(self, registry: CollectorRegistry) -> None:
        """Create and register every family."""
        self.registry = registry
        self.requests = Counter(
            "maas_requests", "Requests answered, by route template, status and API-key id.",
            ["method", "route", "status", "key_id"], registry=registry)
        self.latency = Histogram(
            "maas_request_duration_seconds", "Time from arrival to the end of the answer.",
            ["method", "route"], buckets=_LATENCY_BUCKETS, registry=registry)
        self.errors = Counter(
            "maas_errors", "Error answers by route template and error code.",
            ["route", "code"], registry=registry)
        self.retries = Counter(
            "maas_retries_seen", "Requests that were a retry (MaaS-Retry-Count >= 1).",
            ["route"], registry=registry)
        self.rate_limited = Counter(
            "maas_rate_limit_refusals", "Requests refused with 429 rate_limit_exceeded.",
            ["key_id"], registry=registry)
        self.replays = Counter(
            "maas_idempotent_replays", "Answers replayed from the idempotency store.",
            ["route"], registry=registry)
        self.decryption_failures = Counter(
            "maas_gateway_decryption_failures", "OHTTP requests that failed to decrypt.",
            registry=registry)
        self.batch_size = Histogram(
            "maas_batch_size", "Items per model batch.", ["queue"], buckets=_SIZE_BUCKETS,
            registry=registry)
        self.batch_tokens = Histogram(
            "maas_batch_tokens", "Tokens per model batch.", ["queue"], buckets=_TOKEN_BUCKETS,
            registry=registry)
        self.inference = Histogram(
            "maas_inference_seconds", "Model compute time per batch or call, by model.",
            ["model"], buckets=_LATENCY_BUCKETS, registry=registry)
        self.queue_wait = Histogram(
            "maas_queue_wait_seconds", "Time requests waited in a model queue.",
            ["queue"], buckets=_LATENCY_BUCKETS, registry=registry)

    def observe_batch(self, queue: str, model: str, items: int, tokens: int,
                      seconds: float) -> None:
        """One batch ran: its size, tokens and compute time."""
        self.batch_size.labels(queue).observe(items)
        self.batch_tokens.labels(queue).observe(tokens)
        self.inference.labels(model).observe(seconds)


class _AppStateCollector(Collector):
    """Numbers read at scrape time: queue depth and estimated wait of each batcher, and model
    load and compile times from the registry."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        depth = GaugeMetricFamily("maas_queue_depth", "Items waiting in a model queue.",
                                  labels=["queue"])
        wait = GaugeMetricFamily("maas_queue_estimated_wait_seconds",
                                 "Estimated wait for a new item in a model queue.",
                                 labels=["queue"])
        for batcher in getattr(self.app.state, "batchers", {}).values():
            name = str(getattr(batcher, "name", "batcher"))
            depth.add_metric([name], float(getattr(batcher, "queued", 0)))
            wait.add_metric([name], _estimated_wait(batcher))
        yield depth
        yield wait
        load = GaugeMetricFamily("maas_model_load_seconds",
                                 "Seconds to load a model's weights.", labels=["model"])
        compile_ = GaugeMetricFamily("maas_model_compile_seconds",
                                     "Seconds to warm up (JIT-compile) a model.", labels=["model"])
        registry = getattr(self.app.state, "registry", None)
        for model, (load_s, compile_s) in getattr(registry, "timings", {}).items():
            load.add_metric([model], load_s)
            compile_.add_metric([model], compile_s)
        yield load
        yield compile_


def _estimated_wait(batcher: Any) -> float:
    """The batcher's own estimate when it has one, else queued batches × mean batch time."""
    estimate = getattr(batcher, "estimated_wait", None)
    if estimate is not None:
        return float(estimate() if callable(estimate) else estimate)
    batches = getattr(batcher, "queued", 0) / max(1, getattr(batcher, "max_batch", 1))
    return float(batches * getattr(batcher, "_batch_seconds", 0.0))


@router.get("/metrics", dependencies=[Depends(require_scope("metrics"))],
            response_class=Response,
            responses={200: {"content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}},
                             "description": "Prometheus text exposition format."}})
async def metrics(request: Request) -> Response:
    """The server's metrics in Prometheus text format (needs the `metrics` scope)."""
    return Response(generate_latest(request.app.state.metrics_registry),
                    media_type=CONTENT_TYPE_LATEST)


def install_metrics(app: FastAPI, port: int | None) -> ServerMetrics:
    """Give `app` its registry and metrics; serve them on `GET /metrics` (main port, `metrics`
    scope) or, when `port` is set, on 127.0.0.1:`port` started by :func:`serve_metrics_port`."""
    registry = CollectorRegistry()
    app.state.metrics_registry = registry
    metrics_ = ServerMetrics(registry)
    app.state.metrics = metrics_
    registry.register(_AppStateCollector(app))
    if port is None:
        app.include_router(router)
    return metrics_


def serve_metrics_port(app: FastAPI, port: int) -> Any:
    """Start the separate metrics listener on 127.0.0.1; returns the server to shut down."""
    server, _thread = start_http_server(port, addr="127.0.0.1",
                                        registry=app.state.metrics_registry)
    log.info("metrics served on http://127.0.0.1:%d/metrics", port)
    return server
