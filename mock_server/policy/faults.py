"""Fault injection for tests: script the next answers of a route. Off unless enabled in settings.

A plan is a queue of `Fault`s per (method, path). Each request to that route takes the next
fault: an error status (with `Retry-After`), an added delay, or a real answer whose body is cut
short (`truncated`), never sent (`dropped`: headers, then the connection closes) or replaced by
malformed JSON. Scripts come from `Settings.faults` or the admin route `/v1/_faults` (only
mounted when fault injection is enabled; it needs a key with the `admin` scope).
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import ADMIN_SCOPE, ERROR_TYPES

from ..http.body import json_body
from ..http.errors import send_error
from .auth import require_scope

__all__ = ["Fault", "FaultInjectionMiddleware", "FaultPlan", "FaultScript", "router"]

#: The code of an injected error: its status's error type (502: `bad_gateway`).
_CODES = {**ERROR_TYPES, 502: "bad_gateway"}


class Fault(BaseModel):
    """One scripted answer. `status` alone answers with that error envelope; `body` instead
    lets the real handler run and then damages its answer; `delay` waits first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status: int | None = Field(default=None, ge=400, le=599)
    retry_after: float | None = Field(default=None, ge=0)
    delay: float = Field(default=0.0, ge=0, le=60)
    body: Literal["truncated", "dropped", "malformed"] | None = None
    headers: dict[str, str] = Field(default_factory=dict)


class FaultScript(BaseModel):
    """The admin route's body: `times` copies of `fault` for `method path`, queued."""

    model_config = ConfigDict(extra="forbid")

    method: str = "POST"
    path: str = Field(pattern=r"^/")
    fault: Fault
    times: int = Field(default=1, ge=1, le=1000)


class FaultPlan:
    """Thread-safe queues of faults per route."""

    def __init__(self) -> None:
        self._queues: dict[tuple[str, str], deque[Fault]] = {}
        self._lock = threading.Lock()

    def add(self, method: str, path: str, fault: Fault, times: int = 1) -> None:
        """Queue `times` copies of `fault` for `method path`."""
        with self._lock:
            self._queues.setdefault((method.upper(), path), deque()).extend([fault] * times)

    def take(self, method: str, path: str) -> Fault | None:
        """The next fault for this route, if any."""
        with self._lock:
            queue = self._queues.get((method.upper(), path))
            return queue.popleft() if queue else None

    def clear(self) -> None:
        """Forget every scripted fault."""
        with self._lock:
            self._queues.clear()

    def pending(self) -> dict[str, int]:
        """`"POST /v1/embeddings"` → faults left."""
        with self._lock:
            return {f"{m} {p}": len(q) for (m, p), q in self._queues.items() if q}


class FaultInjectionMiddleware:
    """Applies the next scripted fault of a route (pure ASGI, so it can damage real bodies)."""

    def __init__(self, app: ASGIApp, plan: FaultPlan) -> None:
        self.app = app
        self.plan = plan

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = None
        if scope["type"] == "http" and not scope.get("path", "").startswith("/v1/_faults"):
            fault = self.plan.take(scope.get("method", ""), scope.get("path", ""))
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.delay:
            await asyncio.sleep(fault.delay)
        extra = [(k.lower().encode(), v.encode()) for k, v in fault.headers.items()]
        if fault.retry_after is not None:
            extra.append((b"retry-after", _format_seconds(fault.retry_after)))
        if fault.status is not None and fault.body is None:
            await send_error(send, fault.status, _CODES.get(fault.status, "injected_fault"),
                             "injected fault", request_id=scope.get("state", {}).get("request_id"),
                             headers=extra)
            return
        if fault.body is None:  # delay (and headers) only
            await self.app(scope, receive, _adding_headers(send, extra))
            return
        await self._damaged(scope, receive, send, fault, extra)

    async def _damaged(self, scope: Scope, receive: Receive, send: Send, fault: Fault,
                       extra: list[tuple[bytes, bytes]]) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if fault.body == "malformed":
            body = b'{"object": "list", "data": [{"object": "emb'
            headers.append((b"content-length", str(len(body)).encode()))
        else:  # truncated/dropped: promise the full length, send half/none, drop the connection
            headers.append((b"content-length", str(len(body)).encode()))
            body = body[: max(1, len(body) // 2)] if fault.body == "truncated" else b""
        await send({"type": "http.response.start", "status": fault.status or start["status"],
                    "headers": [*headers, *extra]})
        # A cut-short answer ends with more_body=True: the server then drops the connection.
        await send({"type": "http.response.body", "body": body,
                    "more_body": fault.body != "malformed"})


def _adding_headers(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return wrapped


def _format_seconds(value: float) -> bytes:
    return (str(int(value)) if float(value).is_integer() else f"{value:g}").encode()


#: Only keys with the `admin` scope may script faults: they affect every tenant.
router = APIRouter(tags=["testing"], include_in_schema=False,
                   dependencies=[Depends(require_scope(ADMIN_SCOPE))])


@router.get("/v1/_faults")
async def list_faults(request: Request) -> dict[str, int]:
    """Faults still queued per route."""
    plan: FaultPlan = request.app.state.fault_plan
    return plan.pending()


@router.post("/v1/_faults", status_code=201)
async def add_faults(
    request: Request, script: Annotated[FaultScript, Depends(json_body(FaultScript))]
) -> dict[str, int]:
    """Queue faults for a route."""
    plan: FaultPlan = request.app.state.fault_plan
    plan.add(script.method, script.path, script.fault, script.times)
    return plan.pending()


@router.delete("/v1/_faults", status_code=204)
async def clear_faults(request: Request) -> Response:
    """Drop every queued fault."""
    request.app.state.fault_plan.clear()
    return Response(status_code=204)
