"""Per-key token buckets: the server's rate limits and their `RateLimit-*` headers.

The buckets live in this process; replicas of a scaled-out server share them in Redis
(`policy/shared_state.py`), with the same arithmetic."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from maas_client.protocol import RATE_LIMIT_HEADERS

__all__ = ["Limiter", "RateLimiter", "rate_limit_headers"]

LIMIT, REMAINING, RESET = RATE_LIMIT_HEADERS


class Limiter(Protocol):
    """Where the buckets live: this process (`RateLimiter`) or the replicas' shared store."""

    per_minute: int
    burst: int

    async def take(self, key_id: str) -> tuple[bool, dict[str, str], float]:
        """Spend one token. Returns (allowed, RateLimit-* headers, seconds until a token)."""


def rate_limit_headers(per_minute: int, burst: int, tokens: float
                       ) -> tuple[dict[str, str], float]:
    """The `RateLimit-*` headers for a bucket left with `tokens`, and the seconds until it
    holds a whole token again."""
    rate = per_minute / 60.0
    wait = 0.0 if tokens >= 1.0 else (1.0 - tokens) / rate
    reset = (burst - tokens) / rate
    headers = {LIMIT: str(per_minute), REMAINING: str(int(tokens)), RESET: str(math.ceil(reset))}
    return headers, wait


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

    async def take(self, key_id: str) -> tuple[bool, dict[str, str], float]:
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
            tokens = bucket.tokens
        return (allowed, *rate_limit_headers(self.per_minute, self.burst, tokens))
