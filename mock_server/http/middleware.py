"""Pure ASGI middleware: request ids, deadlines and cancellation, body limits, crash guard
(the access log is written by observability/, from the outcome recorded here)."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import time
import uuid
from collections.abc import Callable, MutableMapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import (
    CODE_DEADLINE_EXCEEDED,
    CODE_SHUTTING_DOWN,
    REPLICA_HEADER,
    REQUEST_ID_HEADER,
    RETRY_COUNT_HEADER,
    TIMEOUT_HEADER,
    parse_timeout,
)

from ..serving.lifecycle import Lifecycle
from .errors import send_error

__all__ = ["INNER_EXTENSION", "BodyLimitMiddleware", "RequestContextMiddleware", "new_request_id"]

log = logging.getLogger("mock_server")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_REQUEST_ID = REQUEST_ID_HEADER.lower().encode()
_RETRY_COUNT = RETRY_COUNT_HEADER.lower().encode()
_TIMEOUT = TIMEOUT_HEADER.lower().encode()
#: Marks a scope as the inner request of a sealed call, dispatched in-process by the gateway:
#: its client is the outer request (whose own middleware watches the connection).
INNER_EXTENSION = "maas.inner"
#: The access log's status for a request whose client went away before any answer (nginx's).
STATUS_CLIENT_CLOSED = 499


def new_request_id() -> str:
    """A fresh `req_...` id."""
    return f"req_{uuid.uuid4().hex}"


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value)
    return None


class RequestContextMiddleware:
    """Per request: an id (`X-Request-Id` on every response, with the rate-limit headers and
    `MaaS-Replica`, the `host/pid` of the process that answered), the
    caller's deadline, cancellation, its outcome for the access log, and a crash guard.

    - `MaaS-Timeout` becomes `scope["state"]["deadline"]` (an absolute `time.monotonic()`
      time, or None). Work whose deadline has already passed is answered 504
      `deadline_exceeded` without starting; a handler still running when it passes is
      cancelled (its queued model work is dropped) and answered the same way.
    - Once the body has been read, a client that disconnects cancels the handler: nobody is
      left to read the answer. Logged as status 499, outcome `client_disconnected`.
    - While the server drains for shutdown, new requests get 503 `shutting_down`, and those
      still running when the grace period ends are cancelled and answered 503.
    - An unhandled exception becomes a 500 envelope. Nothing logged holds a body, header
      value or key.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.replica = (REPLICA_HEADER.lower().encode(),
                        f"{socket.gethostname()}/{os.getpid()}".encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = _header(scope, _REQUEST_ID)
        candidate = sent.decode("latin-1") if sent else ""
        request_id = candidate if _SAFE_ID.match(candidate) else new_request_id()
        timeout = parse_timeout(_header(scope, _TIMEOUT))
        state: MutableMapping[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["extra_headers"] = {}
        state["deadline"] = None if timeout is None else time.monotonic() + timeout
        state["timeout"] = timeout
        outcome = "ok"
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() != _REQUEST_ID
                ]
                headers.append((_REQUEST_ID, request_id.encode()))
                headers.append(self.replica)
                headers.extend(
                    (k.lower().encode(), str(v).encode())
                    for k, v in state.get("extra_headers", {}).items()
                )
                message = {**message, "headers": headers}
            await send(message)

        lifecycle: Lifecycle | None = getattr(getattr(scope.get("app"), "state", None),
                                              "lifecycle", None)
        inner = bool(scope.get("extensions", {}).get(INNER_EXTENSION))
        try:
            if lifecycle is not None and lifecycle.draining and not inner:
                outcome = CODE_SHUTTING_DOWN
                await _refuse_shutting_down(send_with_headers, request_id)
            elif timeout is not None and timeout <= 0:
                outcome = CODE_DEADLINE_EXCEEDED
                await _deadline_exceeded(send_with_headers, request_id)
            else:
                outcome = await self._run(scope, receive, send_with_headers, lifecycle,
                                          lambda: response_started, inner)
                if outcome == CODE_DEADLINE_EXCEEDED and not response_started:
                    await _deadline_exceeded(send_with_headers, request_id)
                elif outcome == CODE_SHUTTING_DOWN and not response_started:
                    await _refuse_shutting_down(send_with_headers, request_id)
        except Exception as exc:  # the crash guard: the client still gets the envelope
            outcome = "error"
            log.error("unhandled %s request_id=%s", type(exc).__name__, request_id)
            if not response_started:
                await send_error(send_with_headers, 500, "internal_error",
                                 "the server failed to handle the request",
                                 request_id=request_id)
        finally:
            # Read by the access log (observability/): how the request ended, beyond its status.
            state["outcome"] = outcome
            if outcome == "client_disconnected" and not response_started:
                state["status_override"] = STATUS_CLIENT_CLOSED

    async def _run(self, scope: Scope, receive: Receive, send: Send,
                   lifecycle: Lifecycle | None, response_started: Callable[[], bool],
                   inner: bool) -> str:
        """Run the handler as a child task that the deadline, a client disconnect or the end
        of the shutdown grace period cancel (only before its answer has started). Returns the
        outcome: `ok`, `deadline_exceeded`, `client_disconnected` or `shutting_down`."""
        loop = asyncio.get_running_loop()
        body_read = asyncio.Event()
        reason: str | None = None
        disconnected = False

        async def watched_receive() -> Message:
            nonlocal disconnected
            message = await receive()
            if message["type"] == "http.disconnect":
                disconnected = True
            elif not message.get("more_body"):
                body_read.set()
            return message

        task = asyncio.ensure_future(self.app(scope, watched_receive, send))

        def stop(why: str) -> None:
            nonlocal reason
            if not task.done() and not response_started() and reason is None:
                reason = why
                task.cancel()

        async def watch_disconnect() -> None:
            await body_read.wait()
            while True:  # only a disconnect (or the end of the response) ends this wait
                message = await receive()
                if message["type"] == "http.disconnect":
                    stop("client_disconnected")
                    return

        deadline = scope["state"]["deadline"]
        timer = None if deadline is None else loop.call_later(
            max(0.0, deadline - time.monotonic()), stop, CODE_DEADLINE_EXCEEDED)
        watcher = None if inner else asyncio.ensure_future(watch_disconnect())
        token = None if lifecycle is None or inner else lifecycle.admit(
            lambda: stop(CODE_SHUTTING_DOWN))
        try:
            await task
        except asyncio.CancelledError:
            if reason is None:  # we were cancelled from outside: pass it on
                raise
            return reason
        except Exception:
            if disconnected:  # e.g. the body reader's ClientDisconnect: nobody to answer
                return "client_disconnected"
            raise
        finally:
            if timer is not None:
                timer.cancel()
            if watcher is not None:
                watcher.cancel()
            if token is not None and lifecycle is not None:
                lifecycle.release(token)
            if not task.done():
                task.cancel()
        return "client_disconnected" if disconnected else "ok"


async def _deadline_exceeded(send: Send, request_id: str) -> None:
    await send_error(send, 504, CODE_DEADLINE_EXCEEDED,
                     f"the caller's {TIMEOUT_HEADER} ran out before the work could finish",
                     request_id=request_id)


async def _refuse_shutting_down(send: Send, request_id: str) -> None:
    await send_error(send, 503, CODE_SHUTTING_DOWN,
                     "the server is shutting down; retry on another instance",
                     request_id=request_id,
                     headers=[(b"retry-after", b"1"), (b"connection", b"close")])


class BodyLimitMiddleware:
    """Answers 413 for a body over the limit, by `Content-Length` or while streaming."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def _reject(self, scope: Scope, send: Send) -> None:
        await send_error(send, 413, "payload_too_large",
                         f"request body exceeds the limit of {self.max_body_bytes} bytes",
                         request_id=scope.get("state", {}).get("request_id"),
                         headers=[(b"connection", b"close")])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _header(scope, b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_body_bytes
            except ValueError:
                too_big = False
            if too_big:
                await self._reject(scope, send)
                return
        received = 0
        started = False
        rejected = False

        async def limited_receive() -> Message:
            nonlocal received, rejected
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    rejected = True
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await self._reject(scope, send)
        except Exception:
            if rejected and not started:
                await self._reject(scope, send)
            else:
                raise


class _BodyTooLarge(Exception):
    pass
