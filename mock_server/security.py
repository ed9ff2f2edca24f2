"""Auth with scopes, per-key rate limits and the idempotency store."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ServerError, send_error

__all__ = [
    "IdempotencyMiddleware",
    "Principal",
    "RateLimiter",
    "authenticate",
    "require_scope",
]


@dataclass(frozen=True)
class Principal:
    """Who is calling: a fingerprint of the key (never the key) and its scopes."""

    key_id: str
    scopes: frozenset[str]


def _fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def authenticate(authorization: str | None, keys: Mapping[str, frozenset[str]]) -> Principal:
    """Check `Authorization: Bearer <key>` against the configured keys (constant-time)."""
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ServerError(401, "missing_api_key",
                          "provide an API key as 'Authorization: Bearer <key>'",
                          headers={"WWW-Authenticate": "Bearer"})
    for key, scopes in keys.items():
        if hmac.compare_digest(key.encode(), token.encode()):
            return Principal(_fingerprint(key), scopes)
    raise ServerError(401, "invalid_api_key", "the API key is not valid",
                      headers={"WWW-Authenticate": "Bearer"})


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class RateLimiter:
    """A token bucket per key: `per_minute` sustained, `burst` at once."""

    per_minute: int
    burst: int
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, key_id: str) -> tuple[bool, dict[str, str], float]:
        """Spend one token. Returns (allowed, RateLimit-* headers, seconds until a token)."""
        rate = self.per_minute / 60.0
        with self._lock:
            now = self.clock()
            bucket = self._buckets.setdefault(key_id, _Bucket(float(self.burst), now))
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            allowed = bucket.tokens >= 1.0
            if allowed:
                bucket.tokens -= 1.0
            wait = 0.0 if bucket.tokens >= 1.0 else (1.0 - bucket.tokens) / rate
            reset = (self.burst - bucket.tokens) / rate
        headers = {
            "RateLimit-Limit": str(self.per_minute),
            "RateLimit-Remaining": str(int(bucket.tokens)),
            "RateLimit-Reset": str(math.ceil(reset)),
        }
        return allowed, headers, wait


def require_scope(scope: str | None) -> Callable[[Request], Awaitable[Principal]]:
    """A FastAPI dependency: authenticate, check `scope` (None: any valid key), rate-limit."""

    async def dependency(request: Request) -> Principal:
        state = request.app.state
        principal = authenticate(request.headers.get("authorization"),
                                 state.settings.effective_api_keys)
        allowed, headers, wait = state.rate_limiter.take(principal.key_id)
        request.state.extra_headers.update(headers)
        request.state.principal = principal
        if not allowed:
            raise ServerError(429, "rate_limit_exceeded", "too many requests for this API key",
                              headers={"Retry-After": str(max(1, math.ceil(wait)))})
        if scope is not None and scope not in principal.scopes:
            raise ServerError(403, "insufficient_scope",
                              f"this API key lacks the '{scope}' scope")
        return principal

    return dependency


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
                        "headers": [*stored.headers, (b"idempotent-replayed", b"true")]})
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

