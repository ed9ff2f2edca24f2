"""Pure ASGI middleware: request ids, body limits, crash guard (access log: observability/)."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import MutableMapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import send_error

__all__ = ["BodyLimitMiddleware", "RequestContextMiddleware", "new_request_id"]

log = logging.getLogger("mock_server")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


def new_request_id() -> str:
    """A fresh `req_...` id."""
    return f"req_{uuid.uuid4().hex}"


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value)
    return None


class RequestContextMiddleware:
    """Gives every request an id, adds `X-Request-Id` and rate-limit headers to every response
    and turns an unhandled exception into a 500 envelope. Never logs a body, header value or
    key."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = _header(scope, b"x-request-id")
        candidate = sent.decode("latin-1") if sent else ""
        request_id = candidate if _SAFE_ID.match(candidate) else new_request_id()
        state: MutableMapping[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["extra_headers"] = {}
        status = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() != b"x-request-id"
                ]
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(
                    (k.lower().encode(), str(v).encode())
                    for k, v in state.get("extra_headers", {}).items()
                )
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:  # the crash guard: the client still gets the envelope
            log.error("unhandled %s request_id=%s", type(exc).__name__, request_id)
            if not response_started:
                await send_error(send_with_headers, 500, "internal_error",
                                 "the server failed to handle the request", request_id=request_id)
        # The access log (JSON lines) is written by observability.middleware, outside this one.


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
