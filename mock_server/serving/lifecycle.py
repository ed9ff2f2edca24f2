"""Graceful shutdown: stop admitting, finish what fits in the grace period, answer the rest 503.

:class:`Lifecycle` (at `app.state.lifecycle`) knows the requests in flight. When a shutdown
begins (:meth:`Lifecycle.begin_drain`, called by :class:`DrainingServer` as uvicorn starts its
shutdown), new requests are answered 503 `shutting_down` by the request-context middleware;
requests still running when the grace period ends are cancelled (their queued model work is
dropped) and answered 503 too, so the process exits within the orchestrator's limit.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable
from typing import Any

import uvicorn

__all__ = ["DrainingServer", "Lifecycle"]

log = logging.getLogger("mock_server")


class Lifecycle:
    """The server's admission state and the cancel callbacks of the requests in flight."""

    def __init__(self, grace_seconds: float) -> None:
        self.grace_seconds = grace_seconds
        self.draining = False
        self._in_flight: dict[int, Callable[[], None]] = {}
        self._ids = itertools.count()
        self._timer: asyncio.TimerHandle | None = None

    @property
    def in_flight(self) -> int:
        """Requests admitted and not finished."""
        return len(self._in_flight)

    def admit(self, cancel: Callable[[], None]) -> int:
        """Register a request; `cancel()` is called if it is still running after the grace."""
        token = next(self._ids)
        self._in_flight[token] = cancel
        return token

    def release(self, token: int) -> None:
        """The request finished."""
        self._in_flight.pop(token, None)

    def begin_drain(self) -> None:
        """Stop admitting; after the grace period, cancel what still runs (it answers 503)."""
        if self.draining:
            return
        self.draining = True
        log.info("shutting down: %d requests in flight, grace %.1fs", self.in_flight,
                 self.grace_seconds)
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self.grace_seconds, self.cancel_remaining)

    def cancel_remaining(self) -> None:
        """Cancel every request still in flight (each answers 503 `shutting_down`)."""
        if self._in_flight:
            log.warning("grace period over: cancelling %d requests", len(self._in_flight))
        for cancel in list(self._in_flight.values()):
            cancel()


class DrainingServer(uvicorn.Server):
    """uvicorn's server, telling the app's :class:`Lifecycle` when its shutdown begins (then
    uvicorn waits for the open connections, which the grace period bounds)."""

    async def shutdown(self, sockets: Any = None) -> None:
        """Begin draining the app, then shut down as uvicorn does."""
        lifecycle = getattr(getattr(self.config.app, "state", None), "lifecycle", None)
        if isinstance(lifecycle, Lifecycle):
            lifecycle.begin_drain()
        await super().shutdown(sockets=sockets)
