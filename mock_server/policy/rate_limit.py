"""Per-key token buckets: the server's rate limits and their `RateLimit-*` headers."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from maas_client.protocol import RATE_LIMIT_HEADERS

__all__ = ["RateLimiter"]

LIMIT, REMAINING, RESET = RATE_LIMIT_HEADERS


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
            LIMIT: str(self.per_minute),
            REMAINING: str(int(bucket.tokens)),
            RESET: str(math.ceil(reset)),
        }
        return allowed, headers, wait
