"""What is learnt about one request while it runs, for the metrics, access log and audit record.

The outermost middleware opens an :class:`Observation` in a context variable; inner layers (the
request-capture middleware, the batcher hook, `serving_registry`) fill it in. A context variable
reaches through the OHTTP gateway, whose inner request runs in the same task with a fresh scope.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from .tracing import ServerSpan

__all__ = ["Observation", "current_observation", "note_model", "note_queue_wait"]


@dataclass
class Observation:
    """Metadata only: ids, sizes, digests and timings, never a body, key or header value."""

    span: ServerSpan
    method: str
    attempt: int | None = None
    route: str | None = None
    key_id: str | None = None
    model: str | None = None
    model_version: str | None = None
    idempotency_key: str | None = None
    idempotent_replay: bool = False
    input_bytes: int | None = None
    input_items: int | None = None
    input_hmac: str | None = None
    queue_wait_seconds: float = 0.0
    sealed: bool = False
    inner_status: int | None = None
    inner_error_code: str | None = None


_current: contextvars.ContextVar[Observation | None] = contextvars.ContextVar(
    "maas_observation", default=None)


def current_observation() -> Observation | None:
    """The observation of the request being handled, if any."""
    return _current.get()


def note_model(model: str, version: str) -> None:
    """Record which model (and version) serves the current request."""
    obs = _current.get()
    if obs is not None:
        obs.model, obs.model_version = model, version


def note_queue_wait(seconds: float) -> None:
    """Add time the current request spent waiting in a model queue."""
    obs = _current.get()
    if obs is not None:
        obs.queue_wait_seconds += max(0.0, seconds)
