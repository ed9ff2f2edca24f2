"""The wire protocol's names, defined once for the SDK and the reference server.

Both sides import header names, paths, media types and codes from here, so the two can never
drift apart.
"""

from __future__ import annotations

import math
import re

__all__ = [
    "RETRY_COUNT_HEADER",
    "TIMEOUT_HEADER",
    "TRACEPARENT_HEADER",
    "format_timeout",
    "format_traceparent",
    "parse_timeout",
    "parse_traceparent",
]

#: How long the caller will still wait for this attempt, sent on every attempt. The value uses
#: gRPC's `grpc-timeout` syntax: at most 8 digits and a unit, `H` hours, `M` minutes, `S`
#: seconds, `m` milliseconds, `u` microseconds, `n` nanoseconds (e.g. `2500m` = 2.5 s). A
#: relative time, so client and server clocks need not agree.
TIMEOUT_HEADER = "MaaS-Timeout"

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

#: W3C Trace Context: `00-<32 hex trace id>-<16 hex parent span id>-<2 hex flags>`. The SDK sends
#: it on every attempt; the server continues the trace and returns its own span in the response.
TRACEPARENT_HEADER = "traceparent"
#: The 0-based attempt number the SDK sends on every attempt (0 = first try).
RETRY_COUNT_HEADER = "MaaS-Retry-Count"

_TRACEPARENT_RE = re.compile(r"00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})")


def parse_traceparent(value: str | bytes | None) -> tuple[str, str, str] | None:
    """(trace id, parent span id, flags) from a version-00 `traceparent`; None when absent,
    malformed, or carrying the all-zero ids the spec forbids."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    match = _TRACEPARENT_RE.fullmatch(text.strip())
    if match is None or set(match.group(1)) == {"0"} or set(match.group(2)) == {"0"}:
        return None
    return match.group(1), match.group(2), match.group(3)


def format_traceparent(trace_id: str, span_id: str, flags: str = "01") -> str:
    """A version-00 `traceparent` value."""
    return f"00-{trace_id}-{span_id}-{flags}"
