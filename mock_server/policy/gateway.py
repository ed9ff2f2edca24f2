"""Oblivious HTTP gateway (RFC 9458, RFC 9540 style) for the reference server.

`GET /.well-known/ohttp-gateway` publishes the key configurations (`application/ohttp-keys`,
newest first) and `GET /v1/keys` the same keys as JSON. `POST /.well-known/ohttp-gateway` takes
a `message/ohttp-req`: the outer `Authorization` is checked before anything is decrypted, the
inner Binary HTTP request is dispatched in-process to the same ASGI app (so it meets the same
auth, scopes, rate limits, idempotency and routes as a plain request), and the inner response
comes back sealed as `message/ohttp-res` with outer status 200. Unknown or expired key id: 422
`unknown_key`; anything that fails to open: 400 `decryption_failed`, the same for every cause
(the SDK refetches the keys once after either). An inner answer that did not complete (cut
short, or no answer at all) is an outer 502 `inner_response_incomplete`, which clients retry:
never a sealed "success". Every gateway error carries the outer request id. The caller's
`MaaS-Timeout` reaches the inner request as what is left of it.

Keys persist in a key file (under the state directory, or configured) so a restart keeps them,
and a key id is never reused for a different key: the file remembers the last id handed out.
Replicas of a scaled-out server share one key document in Redis instead (the first replica
creates it; rotations are made under a shared lock and reach the others within seconds).
Logs and errors carry no bodies, keys or header values.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from fastapi import APIRouter, FastAPI, Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import (
    CODE_DECRYPTION_FAILED,
    CODE_INNER_RESPONSE_INCOMPLETE,
    CODE_INVALID_INNER_REQUEST,
    CODE_UNKNOWN_KEY,
    GATEWAY_PATH,
    KEYS_PATH,
    MEDIA_TYPE_JSON,
    MEDIA_TYPE_OHTTP_KEYS,
    MEDIA_TYPE_OHTTP_REQ,
    MEDIA_TYPE_OHTTP_RES,
    OHTTP_OUTER_ONLY_HEADERS,
    RATE_LIMIT_HEADERS,
    REQUEST_ID_HEADER,
    TIMEOUT_HEADER,
    format_timeout,
)
from maas_client.sealing import (
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
from ..http.middleware import INNER_EXTENSION
from .auth import authenticate

__all__ = ["GATEWAY_PATH", "GatewayKeyStore", "KeyDocument", "KeyFile", "OHTTPGatewayMiddleware",
           "install_gateway", "router"]

log = logging.getLogger("mock_server.gateway")
#: Outer headers handed to the inner request (the deadline is recomputed, not copied).
_FORWARDED = tuple(h.encode() for h in OHTTP_OUTER_ONLY_HEADERS if h != TIMEOUT_HEADER.lower())
_RATE_HEADERS = tuple(h.lower().encode() for h in RATE_LIMIT_HEADERS)
_REQUEST_ID = REQUEST_ID_HEADER.lower().encode()


def _utcnow() -> datetime:
    return datetime.now(UTC)


class KeyDocument(Protocol):
    """Where the gateway's keys persist, as one JSON-able document (`last_id` and `keys`): a
    key file, or the store the replicas share (`policy/shared_state.py`)."""

    def read(self) -> dict[str, Any] | None:
        """The document, or None when there is none yet."""

    def create(self, data: dict[str, Any]) -> dict[str, Any]:
        """Store `data` unless a document exists; return the one that holds afterwards (so
        replicas starting together all end up with the same keys)."""

    def write(self, data: dict[str, Any]) -> None:
        """Replace the document."""

    def lock(self) -> AbstractContextManager[object]:
        """Held around read-modify-write (a rotation), across every process sharing it."""


class KeyFile:
    """A `KeyDocument` in an owner-only JSON file (written atomically, mode 0600)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, Any] | None:
        """The file's document, or None when there is no file."""
        try:
            data: dict[str, Any] = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        return data

    def _write_tmp(self, data: dict[str, Any]) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        return tmp

    def create(self, data: dict[str, Any]) -> dict[str, Any]:
        """Link a complete file into place unless one exists (atomic: the first one wins)."""
        tmp = self._write_tmp(data)
        try:
            os.link(tmp, self.path)
        except FileExistsError:
            data = self.read() or data
        finally:
            tmp.unlink(missing_ok=True)
        return data

    def write(self, data: dict[str, Any]) -> None:
        """Replace the file atomically."""
        os.replace(self._write_tmp(data), self.path)

    def lock(self) -> AbstractContextManager[object]:
        """One process owns a key file's rotations: nothing to coordinate."""
        return contextlib.nullcontext()


class GatewayKeyStore:
    """The gateway's keys. During a rotation two are live: the old one until its `not_after`,
    and the new one that clients are told to prefer (published first).

    With a `document` every change is written there before it is used; with `refresh_seconds`
    the keys are read from it again when older than that (replicas sharing a document see
    each other's rotations)."""

    def __init__(self, keys: Iterable[ServerKeyPair] = (), *,
                 clock: Callable[[], datetime] = _utcnow, path: Path | None = None,
                 last_id: int | None = None, document: KeyDocument | None = None,
                 refresh_seconds: float | None = None) -> None:
        self._keys: dict[int, ServerKeyPair] = {k.key_id: k for k in keys}
        self._last_id = max(self._keys, default=0) if last_id is None else last_id
        self._clock = clock
        self._lock = threading.Lock()
        self.path = path
        self.document = document if document is not None or path is None else KeyFile(path)
        self._refresh = refresh_seconds
        self._read_at = time.monotonic()

    @classmethod
    def bootstrap(cls, *, lifetime: timedelta = timedelta(days=1),
                  clock: Callable[[], datetime] = _utcnow,
                  first_id: int | None = None) -> GatewayKeyStore:
        """A store mid-rotation: key `first_id` expires after half of `lifetime`, the next id
        after all of it. Ids start at a random point unless given, so a restarted server
        without a key file rarely reuses an id a client still holds (and if it does, the
        client's refetch after `decryption_failed` recovers)."""
        now = clock()
        first = secrets.randbelow(256) if first_id is None else first_id % 256
        # The last id handed out is the second one, also when it wrapped round to 0.
        return cls([ServerKeyPair.generate(first, now + lifetime / 2),
                    ServerKeyPair.generate((first + 1) % 256, now + lifetime)], clock=clock,
                   last_id=(first + 1) % 256)

    @classmethod
    def load_or_create(cls, path: Path, *, lifetime: timedelta = timedelta(days=1),
                       clock: Callable[[], datetime] = _utcnow) -> GatewayKeyStore:
        """The keys in `path` (an owner-only JSON file), created mid-rotation if absent. Keys
        that expired while the server was down are dropped; if none is left a new one is made
        with the next id. Every change is written back before it is used."""
        store = cls.from_document(KeyFile(path), lifetime=lifetime, clock=clock)
        store.path = path
        return store

    @classmethod
    def from_document(cls, document: KeyDocument, *, lifetime: timedelta = timedelta(days=1),
                      clock: Callable[[], datetime] = _utcnow,
                      refresh_seconds: float | None = None) -> GatewayKeyStore:
        """The keys of `document`, created mid-rotation if there are none (by whichever
        process gets there first); rotated when none is live any more."""
        data = document.read()
        if data is None:
            data = document.create(cls.bootstrap(lifetime=lifetime, clock=clock)._document())
        store = cls(clock=clock, document=document, refresh_seconds=refresh_seconds)
        store._load(data)
        if not store._live_now():
            store.rotate(lifetime)
        return store

    def _document(self) -> dict[str, Any]:
        with self._lock:
            return {"last_id": self._last_id, "keys": [
                {"key_id": k.key_id, "not_after": k.not_after.isoformat(),
                 "private_key": base64.b64encode(k.private_key).decode("ascii")}
                for k in self._keys.values()]}

    def _load(self, data: dict[str, Any]) -> None:
        keys = [ServerKeyPair.from_private_bytes(
                    int(k["key_id"]), base64.b64decode(k["private_key"]),
                    datetime.fromisoformat(k["not_after"]))
                for k in data["keys"]]
        with self._lock:
            self._keys = {k.key_id: k for k in keys}
            self._last_id = int(data["last_id"])
        self._read_at = time.monotonic()

    def _fresh(self) -> None:
        """Read the document again when the copy held is older than `refresh_seconds`."""
        if (self._refresh is None or self.document is None
                or time.monotonic() - self._read_at < self._refresh):
            return
        data = self.document.read()
        if data is not None:
            self._load(data)
        if not self._live_now():
            self.rotate()

    def save(self) -> None:
        """Write the keys and the last id handed out to the document (if any)."""
        if self.document is not None:
            self.document.write(self._document())
            self._read_at = time.monotonic()

    def now(self) -> datetime:
        """The store's clock."""
        return self._clock()

    def add(self, key: ServerKeyPair) -> None:
        """Add (or replace) a key."""
        with self._lock:
            self._keys[key.key_id] = key
            self._last_id = key.key_id
        self.save()

    def rotate(self, lifetime: timedelta = timedelta(days=1)) -> ServerKeyPair:
        """Generate a new key valid for `lifetime`, drop expired ones; the old stays live.
        With a shared document the rotation starts from its latest copy, under its lock."""
        with contextlib.ExitStack() as held:
            if self.document is not None:
                held.enter_context(self.document.lock())
                data = self.document.read()
                if data is not None:
                    self._load(data)
            return self._rotate(lifetime)

    def _rotate(self, lifetime: timedelta) -> ServerKeyPair:
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
        self.save()
        return key

    def live(self) -> list[ServerKeyPair]:
        """The keys that open requests now, newest (latest `not_after`) first."""
        self._fresh()
        return self._live_now()

    def _live_now(self) -> list[ServerKeyPair]:
        now = self._clock()
        with self._lock:
            keys = [k for k in self._keys.values() if k.is_live(now)]
        return sorted(keys, key=lambda k: k.not_after, reverse=True)

    def by_id(self) -> dict[int, ServerKeyPair]:
        """Every key held, expired ones included (they answer `unknown_key`)."""
        self._fresh()
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


@router.get(KEYS_PATH)
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


def _request_id(scope: Scope) -> str | None:
    request_id = scope.get("state", {}).get("request_id")
    return None if request_id is None else str(request_id)


async def _send_error(send: Send, scope: Scope, status: int, code: str, message: str,
                      headers: dict[str, str] | None = None) -> None:
    await send_error(send, status, code, message,
                     request_id=_request_id(scope),
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
            await _send_error(send, scope, 422, CODE_UNKNOWN_KEY,
                              "unknown or expired key id; fetch the keys again")
            return
        except DecryptionError:
            await _send_error(send, scope, 400, CODE_DECRYPTION_FAILED,
                              "the request could not be decrypted; fetch the keys again")
            return
        response, rate_headers = await self._dispatch(scope, headers, inner)
        if response is None:
            log.warning("inner answer incomplete request_id=%s", _request_id(scope))
            await _send_error(send, scope, 502, CODE_INNER_RESPONSE_INCOMPLETE,
                              "the inner answer did not complete; retry the request")
            return
        sealed = context.seal(encode_response(response))
        raw = [(b"content-type", MEDIA_TYPE_OHTTP_RES.encode()),
               (b"content-length", str(len(sealed)).encode()),
               (b"cache-control", b"no-store"), *rate_headers]
        await send({"type": "http.response.start", "status": 200, "headers": raw})
        await send({"type": "http.response.body", "body": sealed})

    async def _dispatch(self, scope: Scope, outer: dict[bytes, bytes],
                        inner_bytes: bytes
                        ) -> tuple[BinaryResponse | None, list[tuple[bytes, bytes]]]:
        """Run the inner request through the whole app; returns its response (None when it
        did not complete) and the rate-limit headers to copy to the outer response."""
        request_id = _request_id(scope)
        try:
            request = decode_request(inner_bytes)
            path, _, query = request.path.partition(b"?")
            if not path.startswith(b"/") or path.startswith(GATEWAY_PATH.encode()):
                raise BHTTPDecodeError("bad inner path")
            method, raw_path = request.method.decode("ascii"), path.decode("ascii")
        except (BHTTPDecodeError, UnicodeDecodeError):
            body = error_body(400, CODE_INVALID_INNER_REQUEST, "the inner request is not a "
                              "valid Binary HTTP request", None, request_id)
            return BinaryResponse(400, [(b"content-type", MEDIA_TYPE_JSON.encode())], body), []
        skip = (*_FORWARDED, b"content-length", _REQUEST_ID, TIMEOUT_HEADER.lower().encode())
        headers = [(n.lower(), v) for n, v in request.headers if n.lower() not in skip]
        headers += [(n, outer[n]) for n in _FORWARDED if n in outer]
        headers.append((b"content-length", str(len(request.body)).encode()))
        if request_id:
            headers.append((_REQUEST_ID, request_id.encode()))
        deadline = scope.get("state", {}).get("deadline")
        if deadline is not None:
            headers.append((TIMEOUT_HEADER.lower().encode(),
                            format_timeout(deadline - time.monotonic()).encode()))
        if request.authority and not any(n == b"host" for n, _ in headers):
            headers.append((b"host", request.authority))
        inner_scope: dict[str, Any] = {
            "type": "http", "asgi": scope.get("asgi", {"version": "3.0"}),
            "http_version": "1.1", "method": method,
            "scheme": request.scheme.decode("ascii", "replace") or scope.get("scheme", "https"),
            "path": raw_path, "raw_path": path, "query_string": query, "root_path": "",
            "headers": headers, "client": scope.get("client"), "server": scope.get("server"),
            "state": {}, "extensions": {INNER_EXTENSION: True},
        }
        sent = False

        async def inner_receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": request.body, "more_body": False}
            # Like a live connection: nothing more until the outer request ends (the outer
            # request-context middleware cancels all of this if the client goes away).
            await asyncio.Event().wait()
            raise AssertionError("unreachable")

        status, out_headers, chunks, complete = 0, [], [], False

        async def inner_send(message: Message) -> None:
            nonlocal status, out_headers, complete
            if message["type"] == "http.response.start":
                status = message["status"]
                out_headers = [(bytes(k).lower(), bytes(v)) for k, v in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                complete = not message.get("more_body", False)

        await scope["app"](inner_scope, inner_receive, inner_send)
        body = b"".join(chunks)
        if not status or not complete or not _length_matches(out_headers, body):
            return None, []
        rate = [(k, v) for k, v in out_headers if k in _RATE_HEADERS]
        return BinaryResponse(status, out_headers, body), rate


def _length_matches(headers: list[tuple[bytes, bytes]], body: bytes) -> bool:
    declared = next((v for k, v in headers if k == b"content-length"), None)
    try:
        return declared is None or int(declared) == len(body)
    except ValueError:
        return False


def install_gateway(app: FastAPI, key_store: GatewayKeyStore | None = None, *,
                    key_file: Path | None = None) -> GatewayKeyStore:
    """Mount the gateway on `app`: the two key routes and the POST middleware.

    Call it in `create_app` right after adding the idempotency middleware, so the gateway sits
    inside the request-context and body-limit middleware and outside idempotency. Returns the
    key store: `key_store` if given, else the keys of `key_file` (created if absent), else a
    fresh mid-rotation pair that lives as long as the process."""
    if key_store is not None:
        store = key_store
    elif key_file is not None:
        store = GatewayKeyStore.load_or_create(key_file)
    else:
        store = GatewayKeyStore.bootstrap()
    app.state.ohttp_key_store = store
    app.include_router(router)
    app.add_middleware(OHTTPGatewayMiddleware, key_store=store)
    return store
