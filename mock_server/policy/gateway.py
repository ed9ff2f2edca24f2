"""Oblivious HTTP gateway (RFC 9458, RFC 9540 style) for the reference server.

`GET /.well-known/ohttp-gateway` publishes the key configurations (`application/ohttp-keys`,
newest first) and `GET /v1/keys` the same keys as JSON. `POST /.well-known/ohttp-gateway` takes
a `message/ohttp-req`: the outer `Authorization` is checked before anything is decrypted, the
inner Binary HTTP request is dispatched in-process to the same ASGI app (so it meets the same
auth, scopes, rate limits, idempotency and routes as a plain request), and the inner response
comes back sealed as `message/ohttp-res` with outer status 200. Unknown or expired key id: 422
`unknown_key`; anything that fails to open: 400 `decryption_failed`, the same for every cause.
Logs and errors carry no bodies, keys or header values.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.sealing import (
    MEDIA_TYPE_OHTTP_KEYS,
    MEDIA_TYPE_OHTTP_REQ,
    MEDIA_TYPE_OHTTP_RES,
    BHTTPDecodeError,
    BinaryResponse,
    DecryptionError,
    ServerKeyPair,
    UnknownKeyError,
    decapsulate_request,
    decode_request,
    encode_key_configs,
    encode_response,
    hpke,
)

from ..http.errors import ServerError, error_body, send_error
from .auth import authenticate

__all__ = ["GATEWAY_PATH", "GatewayKeyStore", "OHTTPGatewayMiddleware", "install_gateway",
           "router"]

GATEWAY_PATH = "/.well-known/ohttp-gateway"
_FORWARDED = (b"authorization", b"idempotency-key", b"maas-retry-count")
_RATE_HEADERS = (b"ratelimit-limit", b"ratelimit-remaining", b"ratelimit-reset")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class GatewayKeyStore:
    """The gateway's keys. During a rotation two are live: the old one until its `not_after`,
    and the new one that clients are told to prefer (published first)."""

    def __init__(self, keys: Iterable[ServerKeyPair] = (), *,
                 clock: Callable[[], datetime] = _utcnow) -> None:
        self._keys: dict[int, ServerKeyPair] = {k.key_id: k for k in keys}
        self._last_id = max(self._keys, default=0)
        self._clock = clock
        self._lock = threading.Lock()

    @classmethod
    def bootstrap(cls, *, lifetime: timedelta = timedelta(days=1),
                  clock: Callable[[], datetime] = _utcnow) -> GatewayKeyStore:
        """A store mid-rotation: key 1 expires after half of `lifetime`, key 2 after all of it."""
        now = clock()
        return cls([ServerKeyPair.generate(1, now + lifetime / 2),
                    ServerKeyPair.generate(2, now + lifetime)], clock=clock)

    def now(self) -> datetime:
        """The store's clock."""
        return self._clock()

    def add(self, key: ServerKeyPair) -> None:
        """Add (or replace) a key."""
        with self._lock:
            self._keys[key.key_id] = key
            self._last_id = key.key_id

    def rotate(self, lifetime: timedelta = timedelta(days=1)) -> ServerKeyPair:
        """Generate a new key valid for `lifetime`, drop expired ones; the old stays live."""
        now = self._clock()
        with self._lock:
            self._keys = {i: k for i, k in self._keys.items() if k.is_live(now)}
            # Ids only move forward (mod 256), skipping ids still held: a client holding a
            # retired key then gets `unknown_key` (and refreshes), never a reused id's 400.
            key_id = next(i % 256 for i in range(self._last_id + 1, self._last_id + 257)
                          if i % 256 not in self._keys)
            self._last_id = key_id
            key = ServerKeyPair.generate(key_id, now + lifetime)
            self._keys[key_id] = key
        return key

    def live(self) -> list[ServerKeyPair]:
        """The keys that open requests now, newest (latest `not_after`) first."""
        now = self._clock()
        with self._lock:
            keys = [k for k in self._keys.values() if k.is_live(now)]
        return sorted(keys, key=lambda k: k.not_after, reverse=True)

    def by_id(self) -> dict[int, ServerKeyPair]:
        """Every key held, expired ones included (they answer `unknown_key`)."""
        with self._lock:
            return dict(self._keys)

    def keys_document(self) -> bytes:
        """The `application/ohttp-keys` body: live configurations, newest first."""
        return encode_key_configs(k.config for k in self.live())

    def keys_json(self) -> dict[str, Any]:
        """The `GET /v1/keys` body of API.md."""
        out = []
        for key in self.live():
            kdf_id, aead_id = key.config.suites[0]
            out.append({
                "key_id": key.key_id, "kem": "X25519",
                "kdf": hpke.KDF_NAMES.get(kdf_id, str(kdf_id)),
                "aead": hpke.AEAD_NAMES.get(aead_id, str(aead_id)),
                "public_key": base64.urlsafe_b64encode(key.config.public_key).rstrip(b"=")
                .decode(),
                "not_after": key.not_after.isoformat().replace("+00:00", "Z"),
            })
        return {"keys": out}


router = APIRouter()


def _store(request: Request) -> GatewayKeyStore:
    store: GatewayKeyStore = request.app.state.ohttp_key_store
    return store


@router.get(GATEWAY_PATH, include_in_schema=False)
async def ohttp_keys(request: Request) -> Response:
    """The key configurations in the `application/ohttp-keys` format (RFC 9458 section 3)."""
    return Response(_store(request).keys_document(), media_type=MEDIA_TYPE_OHTTP_KEYS,
                    headers={"Cache-Control": "max-age=300"})


@router.get("/v1/keys")
async def keys(request: Request) -> dict[str, Any]:
    """The server's public encryption keys as JSON, newest first."""
    return _store(request).keys_json()


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _send_error(send: Send, scope: Scope, status: int, code: str, message: str,
                      headers: dict[str, str] | None = None) -> None:
    await send_error(send, status, code, message,
                     request_id=scope.get("state", {}).get("request_id"),
                     headers=[(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()])


class OHTTPGatewayMiddleware:
    """Answers `POST /.well-known/ohttp-gateway`; everything else passes through.

    Place it outside the idempotency middleware (the outer body is ciphertext, fresh on every
    attempt; idempotency applies to the inner request, which passes through the whole stack)."""

    def __init__(self, app: ASGIApp, key_store: GatewayKeyStore) -> None:
        self.app = app
        self.key_store = key_store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope.get("path") != GATEWAY_PATH
                or scope.get("method") != "POST"):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", ())}
        root = scope["app"]
        try:  # 401 before anything is decrypted
            authenticate(headers.get(b"authorization", b"").decode("latin-1") or None,
                         root.state.settings.effective_api_keys)
        except ServerError as exc:
            await _send_error(send, scope, exc.status, exc.code, exc.message, exc.headers)
            return
        media_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if media_type != MEDIA_TYPE_OHTTP_REQ.encode():
            await _send_error(send, scope, 415, "unsupported_media_type",
                              f"the gateway accepts {MEDIA_TYPE_OHTTP_REQ}")
            return
        body = await _read_body(receive)
        if body is None:
            return
        try:
            inner, context = decapsulate_request(self.key_store.by_id(), body,
                                                 now=self.key_store.now())
        except UnknownKeyError:
            await _send_error(send, scope, 422, "unknown_key",
                              "unknown or expired key id; fetch the keys again")
            return
        except DecryptionError:
            await _send_error(send, scope, 400, "decryption_failed",
                              "the request could not be decrypted")
            return
        response, rate_headers = await self._dispatch(scope, headers, inner)
        sealed = context.seal(encode_response(response))
        raw = [(b"content-type", MEDIA_TYPE_OHTTP_RES.encode()),
               (b"content-length", str(len(sealed)).encode()),
               (b"cache-control", b"no-store"), *rate_headers]
        await send({"type": "http.response.start", "status": 200, "headers": raw})
        await send({"type": "http.response.body", "body": sealed})

    async def _dispatch(self, scope: Scope, outer: dict[bytes, bytes],
                        inner_bytes: bytes) -> tuple[BinaryResponse, list[tuple[bytes, bytes]]]:
        """Run the inner request through the whole app; returns its response and the
        rate-limit headers to copy to the outer response."""
        try:
            request = decode_request(inner_bytes)
            path, _, query = request.path.partition(b"?")
            if not path.startswith(b"/") or path.startswith(GATEWAY_PATH.encode()):
                raise BHTTPDecodeError("bad inner path")
            method, raw_path = request.method.decode("ascii"), path.decode("ascii")
        except (BHTTPDecodeError, UnicodeDecodeError):
            body = error_body(400, "invalid_inner_request", "the inner request is not a valid "
                              "Binary HTTP request", None, None)
            return BinaryResponse(400, [(b"content-type", b"application/json")], body), []
        headers = [(n.lower(), v) for n, v in request.headers
                   if n.lower() not in (*_FORWARDED, b"content-length", b"x-request-id")]
        headers += [(n, outer[n]) for n in _FORWARDED if n in outer]
        headers.append((b"content-length", str(len(request.body)).encode()))
        request_id = scope.get("state", {}).get("request_id")
        if request_id:
            headers.append((b"x-request-id", str(request_id).encode()))
        if request.authority and not any(n == b"host" for n, _ in headers):
            headers.append((b"host", request.authority))
        inner_scope: dict[str, Any] = {
            "type": "http", "asgi": scope.get("asgi", {"version": "3.0"}),
            "http_version": "1.1", "method": method,
            "scheme": request.scheme.decode("ascii", "replace") or scope.get("scheme", "https"),
            "path": raw_path, "raw_path": path, "query_string": query, "root_path": "",
            "headers": headers, "client": scope.get("client"), "server": scope.get("server"),
            "state": {}, "extensions": {},
        }
        sent = False

        async def inner_receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": request.body, "more_body": False}
            return {"type": "http.disconnect"}

        status, out_headers, chunks = 500, [], []

        async def inner_send(message: Message) -> None:
            nonlocal status, out_headers
            if message["type"] == "http.response.start":
                status = message["status"]
                out_headers = [(bytes(k).lower(), bytes(v)) for k, v in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await scope["app"](inner_scope, inner_receive, inner_send)
        rate = [(k, v) for k, v in out_headers if k in _RATE_HEADERS]
        return BinaryResponse(status, out_headers, b"".join(chunks)), rate


def install_gateway(app: FastAPI, key_store: GatewayKeyStore | None = None) -> GatewayKeyStore:
    """Mount the gateway on `app`: the two key routes and the POST middleware.

    Call it in `create_app` right after adding the idempotency middleware, so the gateway sits
    inside the request-context and body-limit middleware and outside idempotency. Returns the
    key store (a fresh mid-rotation one unless given)."""
    store = key_store or GatewayKeyStore.bootstrap()
    app.state.ohttp_key_store = store
    app.include_router(router)
    app.add_middleware(OHTTPGatewayMiddleware, key_store=store)
    return store
