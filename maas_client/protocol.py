"""The wire protocol's names, defined once for the SDK and the reference server.

Both sides import header names, paths, media types and codes from here, so the two can never
drift apart.
"""

from __future__ import annotations

import math
import re

__all__ = ["REPLAYED_HEADER", "TIMEOUT_HEADER", "format_timeout", "parse_timeout"]

#: How long the caller will still wait for this attempt, sent on every attempt. The value uses
#: gRPC's `grpc-timeout` syntax: at most 8 digits and a unit, `H` hours, `M` minutes, `S`
#: seconds, `m` milliseconds, `u` microseconds, `n` nanoseconds (e.g. `2500m` = 2.5 s). A
#: relative time, so client and server clocks need not agree.
TIMEOUT_HEADER = "MaaS-Timeout"

#: Set to `true` on an answer the server replayed from its idempotency store (the same
#: `Idempotency-Key` and body were seen before); the SDK exposes it as `response.replayed`.
REPLAYED_HEADER = "Idempotent-Replayed"

_TIMEOUT_UNITS = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}
_TIMEOUT_RE = re.compile(r"([0-9]{1,8})([HMSmun])")
_MAX_DIGITS_VALUE = 99_999_999


def format_timeout(seconds: float) -> str:
    """`seconds` as a `MaaS-Timeout` value: whole milliseconds, rounded down (never promising
    more time than is left), in the coarsest unit that keeps 8 digits."""
    millis = max(0, math.floor(seconds * 1000.0))
    if millis <= _MAX_DIGITS_VALUE:
        return f"{millis}m"
    return f"{min(_MAX_DIGITS_VALUE, math.floor(seconds))}S"


def parse_timeout(value: str | bytes | None) -> float | None:
    """Seconds from a `MaaS-Timeout` value; None when absent or not of the documented form
    (a malformed value is ignored, as gRPC servers do, rather than failing the request)."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    match = _TIMEOUT_RE.fullmatch(text.strip())
    if match is None:
        return None
    return int(match.group(1)) * _TIMEOUT_UNITS[match.group(2)]
