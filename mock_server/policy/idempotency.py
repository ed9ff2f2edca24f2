"""The idempotency store: Stripe-style replay of POST answers under an `Idempotency-Key`."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import REPLAYED_HEADER

from ..http.errors import send_error

__all__ = ["IdempotencyMiddleware"]

_REPLAYED = (REPLAYED_HEADER.lower().encode("latin-1"), b"true")


@dataclass
class _Stored:
    body_hash: str
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    expires: float


class IdempotencyMiddleware:
    """Stripe-style idempotency for POST: same key + same body replays the stored response with
    `Idempotent-Replayed: true`; same key + different body is a 409 `idempotency_conflict`;
    a retry while the first attempt is still running is a 409 `idempotency_in_progress`
    (which the SDK retries). Keys are scoped to the caller's API key; 5xx, 401, 403 and 429
    answers are not stored, so a retry runs again."""

    def __init__(self, app: ASGIApp, ttl_seconds: float, max_entries: int) -> None:
        self.app = app
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self._store: OrderedDict[str, _Stored] = OrderedDict()
        self._in_flight: set[str] = set()
        self._lock = asyncio.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", ()))
        idem = headers.get(b"idempotency-key")
        if not idem:
            await self.app(scope, receive, send)
            return
        request_id = scope.get("state", {}).get("request_id")
        if len(idem) > 255:
            await send_error(send, 400, "invalid_idempotency_key",
                             "Idempotency-Key must be at most 255 characters",
                             param="Idempotency-Key", request_id=request_id)
            return
        # Read the whole body (the body-limit middleware outside bounds it) to hash it.
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        auth = headers.get(b"authorization", b"")
        store_key = hashlib.sha256(
            auth + b"\0" + idem + b"\0" + scope.get("path", "").encode()
        ).hexdigest()
        body_hash = hashlib.sha256(_canonical(body)).hexdigest()
        now = time.monotonic()
        async with self._lock:
            self._expire(now)
            stored = self._store.get(store_key)
            in_flight = store_key in self._in_flight
            if stored is None and not in_flight:
                self._in_flight.add(store_key)
        if stored is not None:
            if stored.body_hash != body_hash:
                await send_error(send, 409, "idempotency_conflict",
                                 "this Idempotency-Key was used with a different request body",
                                 param="Idempotency-Key", request_id=request_id)
                return
            await send({"type": "http.response.start", "status": stored.status,
                        "headers": [*stored.headers, _REPLAYED]})
            await send({"type": "http.response.body", "body": stored.body})
            return
        if in_flight:
            await send_error(send, 409, "idempotency_in_progress",
                             "a request with this Idempotency-Key is still being processed",
                             param="Idempotency-Key", request_id=request_id,
                             headers=[(b"retry-after", b"1")])
            return

        sent_body = False

        async def replay_receive() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = 0
        resp_headers: list[tuple[bytes, bytes]] = []
        resp_body: list[bytes] = []

        async def capture_send(message: Message) -> None:
            nonlocal status, resp_headers
            if message["type"] == "http.response.start":
                status = message["status"]
                resp_headers = [
                    (k, v) for k, v in message.get("headers", [])
                    if k.lower() not in (b"x-request-id", b"ratelimit-remaining",
                                         b"ratelimit-reset", b"ratelimit-limit")
                ]
            elif message["type"] == "http.response.body":
                resp_body.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_receive, capture_send)
        finally:
            async with self._lock:
                self._in_flight.discard(store_key)
                if status and status < 500 and status not in (401, 403, 409, 429):
                    self._store[store_key] = _Stored(body_hash, status, resp_headers,
                                                     b"".join(resp_body), now + self.ttl)
                    while len(self._store) > self.max_entries:
                        self._store.popitem(last=False)

    def _expire(self, now: float) -> None:
        while self._store:
            key, first = next(iter(self._store.items()))
            if first.expires > now:
                break
            del self._store[key]


def _canonical(body: bytes) -> bytes:
    """JSON bodies compare by meaning (key order, spacing); anything else byte for byte."""
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError):
        return body
