"""The idempotency store: Stripe-style replay of POST answers under an `Idempotency-Key`.

Records live in memory, or, when the server has a state directory, in SQLite (WAL mode) so a
key replayed after a restart still returns the stored answer for the whole TTL. Work in flight
does not survive a restart: a retry after one runs the request again. Replicas of a
scaled-out server share records and in-flight markers in Redis instead
(`policy/shared_state.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import (
    CODE_IDEMPOTENCY_CONFLICT,
    CODE_IDEMPOTENCY_IN_PROGRESS,
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENT_REPLAYED_HEADER,
    RATE_LIMIT_HEADERS,
    REQUEST_ID_HEADER,
    RETRY_AFTER_MS_HEADER,
)

from ..http.errors import send_error

__all__ = ["IdempotencyMiddleware", "IdempotencyStore", "InFlight", "LocalStore",
           "MemoryRecords", "SQLiteRecords", "StoredAnswer", "local_store"]

_KEY = IDEMPOTENCY_KEY_HEADER.lower().encode()
#: Response headers that describe one answer, not the stored result: never replayed.
_NOT_STORED = frozenset(h.lower().encode() for h in (REQUEST_ID_HEADER, *RATE_LIMIT_HEADERS))
#: Seconds a retry is told to wait when nothing is known about how long the route takes.
_DEFAULT_ESTIMATE = 1.0


@dataclass
class StoredAnswer:
    """One stored answer, with the hash of the request body it answered."""

    body_hash: str
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    expires: float  # wall-clock (time.time()) seconds, so it means the same after a restart


class Records(Protocol):
    """Where stored answers live."""

    def get(self, key: str, now: float) -> StoredAnswer | None:
        """The live answer stored under `key`, if any."""

    def put(self, key: str, answer: StoredAnswer) -> None:
        """Store `answer` under `key` (evicting the oldest beyond the size limit)."""


class MemoryRecords:
    """Answers in process memory (lost on restart), oldest evicted first."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._store: OrderedDict[str, StoredAnswer] = OrderedDict()

    def get(self, key: str, now: float) -> StoredAnswer | None:
        """The live answer stored under `key`, if any (expired ones are dropped)."""
        while self._store:
            first_key, first = next(iter(self._store.items()))
            if first.expires > now:
                break
            del self._store[first_key]
        return self._store.get(key)

    def put(self, key: str, answer: StoredAnswer) -> None:
        """Store `answer` under `key`."""
        self._store[key] = answer
        while len(self._store) > self.max_entries:
            self._store.popitem(last=False)


class SQLiteRecords:
    """Answers in a SQLite file in WAL mode: they survive a restart of the server.

    Each write is one short transaction (WAL, `synchronous=NORMAL`: durable across a process
    crash, and across power loss up to the last checkpoint)."""

    def __init__(self, path: Path, max_entries: int) -> None:
        self.max_entries = max_entries
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, body_hash TEXT, "
                "status INTEGER, headers TEXT, body BLOB, expires REAL)")
            self._db.execute("CREATE INDEX IF NOT EXISTS answers_expires ON answers(expires)")

    def get(self, key: str, now: float) -> StoredAnswer | None:
        """The live answer stored under `key`, if any."""
        with self._lock:
            row = self._db.execute(
                "SELECT body_hash, status, headers, body, expires FROM answers "
                "WHERE key = ? AND expires > ?", (key, now)).fetchone()
        if row is None:
            return None
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in json.loads(row[2])]
        return StoredAnswer(row[0], row[1], headers, bytes(row[3]), row[4])

    def put(self, key: str, answer: StoredAnswer) -> None:
        """Store `answer` under `key`, dropping expired answers and the oldest over the limit."""
        headers = json.dumps([(k.decode("latin-1"), v.decode("latin-1"))
                              for k, v in answer.headers])
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                                 (key, answer.body_hash, answer.status, headers, answer.body,
                                  answer.expires))
                self._db.execute("DELETE FROM answers WHERE expires <= ?", (time.time(),))
                self._db.execute(
                    "DELETE FROM answers WHERE rowid IN (SELECT rowid FROM answers "
                    "ORDER BY expires LIMIT max(0, (SELECT count(*) FROM answers) - ?))",
                    (self.max_entries,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


@dataclass
class InFlight:
    """The marker of an attempt still running under a key (wall-clock times, so every replica
    reads them alike)."""

    started: float  # time.time()
    deadline: float | None  # time.time() when the attempt's own deadline passes, or None
    token: str = ""  # who holds it (the shared store releases only its own marker)
    #: Seconds until a shared marker expires unless its holder renews it (None: held in this
    #: process, it lives as long as the process). Read by `claim`, never stored.
    expires_in: float | None = None


class IdempotencyStore(Protocol):
    """Stored answers and in-flight markers: one implementation per place they can live.

    `claim` is atomic: of any number of attempts under one key (in this process or, for a
    shared store, in any replica) exactly one gets `(None, None)` and runs; the others see the
    stored answer or the running attempt's marker."""

    async def claim(self, key: str, marker: InFlight) -> tuple[StoredAnswer | None,
                                                                InFlight | None]:
        """The live stored answer, else the running attempt's marker, else (None, None)
        with `marker` now held under `key`."""

    def holding(self, key: str, marker: InFlight) -> AbstractAsyncContextManager[None]:
        """Keep the held `marker` alive while the attempt runs."""

    async def finish(self, key: str, marker: InFlight, answer: StoredAnswer | None) -> None:
        """Release the held `marker` and store `answer` (if any) under `key`."""

    async def aclose(self) -> None:
        """Release connections and files."""


class LocalStore:
    """An `IdempotencyStore` in this process: markers in memory, answers in `records` (memory
    or SQLite). Right for one server process; replicas need the shared store."""

    def __init__(self, records: MemoryRecords | SQLiteRecords) -> None:
        self.records = records
        self._in_flight: dict[str, InFlight] = {}
        self._lock = asyncio.Lock()

    async def claim(self, key: str, marker: InFlight) -> tuple[StoredAnswer | None,
                                                                InFlight | None]:
        """See `IdempotencyStore.claim`."""
        async with self._lock:
            stored = self.records.get(key, time.time())
            running = self._in_flight.get(key)
            if stored is None and running is None:
                self._in_flight[key] = marker
        return stored, running

    @contextlib.asynccontextmanager
    async def holding(self, key: str, marker: InFlight) -> AsyncIterator[None]:
        """Nothing to keep alive: a marker in memory lives as long as the process."""
        yield

    async def finish(self, key: str, marker: InFlight, answer: StoredAnswer | None) -> None:
        """See `IdempotencyStore.finish`."""
        async with self._lock:
            self._in_flight.pop(key, None)
            if answer is not None:
                self.records.put(key, answer)

    async def aclose(self) -> None:
        """Nothing to release (a SQLite file closes with the process)."""


def local_store(db_path: Path | None, max_entries: int) -> LocalStore:
    """The single-process store: SQLite at `db_path` (survives restarts), else memory."""
    return LocalStore(MemoryRecords(max_entries) if db_path is None
                      else SQLiteRecords(db_path, max_entries))


class IdempotencyMiddleware:
    """Stripe-style idempotency for POST: same key + same body replays the stored response with
    `Idempotent-Replayed: true`; same key + different body is a 409 `idempotency_conflict`;
    a retry while the first attempt is still running is a 409 `idempotency_in_progress` whose
    `Retry-After` (and `retry-after-ms`) estimates when the first attempt's answer will be
    stored (the SDK waits that long for its own attempt). Keys are scoped to the caller's API
    key and the path; 5xx, 401, 403, 409 and 429 answers are not stored, so a retry runs
    again. `store` holds records and markers (default: in memory)."""

    def __init__(self, app: ASGIApp, ttl_seconds: float, max_entries: int = 10_000,
                 store: IdempotencyStore | None = None) -> None:
        self.app = app
        self.ttl = ttl_seconds
        self.store: IdempotencyStore = store or local_store(None, max_entries)
        self._durations: dict[str, float] = {}  # path → moving average of handler seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", ()))
        idem = headers.get(_KEY)
        if not idem:
            await self.app(scope, receive, send)
            return
        state = scope.get("state", {})
        request_id = state.get("request_id")
        if len(idem) > 255:
            await send_error(send, 400, "invalid_idempotency_key",
                             "Idempotency-Key must be at most 255 characters",
                             param=IDEMPOTENCY_KEY_HEADER, request_id=request_id)
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
        path = scope.get("path", "")
        auth = headers.get(b"authorization", b"")
        store_key = hashlib.sha256(auth + b"\0" + idem + b"\0" + path.encode()).hexdigest()
        body_hash = hashlib.sha256(_canonical(body)).hexdigest()
        deadline = state.get("deadline")
        marker = InFlight(time.time(), None if deadline is None
                          else time.time() + deadline - time.monotonic(), uuid.uuid4().hex)
        stored, running = await self.store.claim(store_key, marker)
        if stored is not None:
            if stored.body_hash != body_hash:
                await send_error(send, 409, CODE_IDEMPOTENCY_CONFLICT,
                                 "this Idempotency-Key was used with a different request body",
                                 param=IDEMPOTENCY_KEY_HEADER, request_id=request_id)
                return
            replayed = (IDEMPOTENT_REPLAYED_HEADER.lower().encode(), b"true")
            await send({"type": "http.response.start", "status": stored.status,
                        "headers": [*stored.headers, replayed]})
            await send({"type": "http.response.body", "body": stored.body})
            return
        if running is not None:
            wait = self._estimate(path, running)
            await send_error(send, 409, CODE_IDEMPOTENCY_IN_PROGRESS,
                             "a request with this Idempotency-Key is still being processed",
                             param=IDEMPOTENCY_KEY_HEADER, request_id=request_id,
                             headers=[(b"retry-after", str(max(1, math.ceil(wait))).encode()),
                                      (RETRY_AFTER_MS_HEADER.encode(),
                                       str(round(wait * 1000)).encode())])
            return
        await self._run(scope, receive, send, store_key, marker, body_hash, body, path)

    async def _run(self, scope: Scope, receive: Receive, send: Send, store_key: str,
                   marker: InFlight, body_hash: str, body: bytes, path: str) -> None:
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
        started = time.monotonic()
        finished = False

        async def finish(complete: bool) -> None:
            nonlocal finished
            finished = True
            answer = None
            if complete and status < 500 and status not in (401, 403, 409, 429):
                answer = StoredAnswer(body_hash, status, resp_headers, b"".join(resp_body),
                                      time.time() + self.ttl)
                elapsed = time.monotonic() - started
                old = self._durations.get(path)
                self._durations[path] = elapsed if old is None else 0.8 * old + 0.2 * elapsed
            # Shielded: a cancelled handler (deadline, disconnect) still releases its marker.
            await asyncio.shield(self.store.finish(store_key, marker, answer))

        held_start: Message | None = None

        async def capture_send(message: Message) -> None:
            nonlocal status, resp_headers, held_start
            if message["type"] == "http.response.start":
                status = message["status"]
                resp_headers = [(k, v) for k, v in message.get("headers", [])
                                if k.lower() not in _NOT_STORED]
                held_start = message  # sent with the first body chunk
                return
            if message["type"] == "http.response.body":
                resp_body.append(message.get("body", b""))
                if not message.get("more_body") and not finished:
                    # Stored before any byte of a one-piece answer leaves: a process that dies
                    # in between has sent nothing (the caller's retry replays the answer), and
                    # one that dies after answering still has it replayed to a retry.
                    await finish(complete=True)
                if held_start is not None:
                    await send(held_start)
                    held_start = None
            await send(message)

        try:
            async with self.store.holding(store_key, marker):
                await self.app(scope, replay_receive, capture_send)
        finally:
            if not finished:  # no complete answer: nothing stored, a retry runs the work
                await finish(complete=False)
        if held_start is not None:  # an answer without a body message
            await send(held_start)

    def _estimate(self, path: str, running: InFlight) -> float:
        """Seconds until the running attempt's answer is likely stored: the route's typical
        duration minus what has passed, never past that attempt's own deadline. A shared
        marker may belong to a replica that died: then the key is free once the marker
        expires, so the retry is not told to come back before that (a live holder renews its
        marker, and has usually answered by then: the retry replays its answer)."""
        now = time.time()
        typical = self._durations.get(path, _DEFAULT_ESTIMATE)
        wait = max(0.05, typical - (now - running.started))
        if running.deadline is not None:
            wait = min(wait, max(0.05, running.deadline - now))
        if running.expires_in is not None:
            wait = max(wait, running.expires_in + 0.05)
        return wait


def _canonical(body: bytes) -> bytes:
    """JSON bodies compare by meaning (key order, spacing); anything else byte for byte."""
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return body
