"""The access log: one JSON object per line per request, on the `mock_server.access` logger.

Schema (every key always present, `null` when unknown):

| key | meaning |
|---|---|
| `time` | UTC ISO 8601 time the answer was sent |
| `request_id` | the `X-Request-Id` of the answer |
| `trace_id`, `span_id`, `parent_span_id` | the trace, the server's span, the caller's span |
| `key_id` | fingerprint of the API key (never the key) |
| `method`, `route` | the route template (`/v1/models/{model_id}`), never the raw path |
| `status`, `error_code` | HTTP status (499: client gone before any answer); an error's `code` |
| `outcome` | `ok`, `deadline_exceeded`, `client_disconnected`, `shutting_down` or `error` |
| `timeout_ms` | the caller's `MaaS-Timeout` for this attempt |
| `latency_ms` | time from the request's arrival to the end of the answer |
| `attempt` | the SDK's `MaaS-Retry-Count` (0 = first try) |
| `queue_wait_ms` | time spent waiting in a model queue |
| `model` | the model that served the request |
| `sealed` | whether the request came through the OHTTP gateway |
| `idempotent_replay` | whether the answer was replayed from the idempotency store |
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .context import Observation

__all__ = ["ACCESS_LOGGER", "access_record", "configure_logging", "log_access"]

ACCESS_LOGGER = "mock_server.access"
_log = logging.getLogger(ACCESS_LOGGER)


def access_record(obs: Observation, state: Mapping[str, Any], route: str, status: int,
                  error_code: str | None, latency: float) -> dict[str, Any]:
    """The access-log object for one finished request (`state`: the ASGI scope's state)."""
    timeout = state.get("timeout")
    return {
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "request_id": state.get("request_id"),
        "trace_id": obs.span.trace_id,
        "span_id": obs.span.span_id,
        "parent_span_id": obs.span.parent_span_id,
        "key_id": obs.key_id,
        "method": obs.method,
        "route": route,
        "status": status,
        "error_code": error_code,
        "outcome": state.get("outcome", "ok"),
        "timeout_ms": None if timeout is None else round(timeout * 1000),
        "latency_ms": round(latency * 1000, 3),
        "attempt": obs.attempt,
        "queue_wait_ms": round(obs.queue_wait_seconds * 1000, 3),
        "model": obs.model,
        "sealed": obs.sealed,
        "idempotent_replay": obs.idempotent_replay,
    }


def log_access(record: dict[str, Any]) -> None:
    """Write one access-log line."""
    if _log.isEnabledFor(logging.INFO):
        _log.info(json.dumps(record, separators=(",", ":")))


def configure_logging(level: str = "info") -> None:
    """A server process's logging: the server's own lines (`LEVEL logger message`) on stderr
    at `level`, and the access log as bare JSON lines on stdout. Called by each process that
    serves: `python -m mock_server`, and every Ray Serve replica (whose host configures
    logging for itself only)."""
    logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s %(message)s")
    # A host that set up the root logger itself (Ray does) keeps its handlers; our level holds.
    logging.getLogger("mock_server").setLevel(level.upper())
    access = logging.getLogger(ACCESS_LOGGER)
    if not any(getattr(h, "maas_access", False) for h in access.handlers):
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler.maas_access = True  # type: ignore[attr-defined]
        access.addHandler(handler)
    access.propagate = False
