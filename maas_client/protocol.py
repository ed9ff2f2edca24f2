"""The wire protocol's names, defined once for the SDK and the reference server.

Both sides import header names, paths, media types and codes from here, so the two can never
drift apart.
"""

from __future__ import annotations

import math
import re

__all__ = [
    "ADMIN_SCOPE",
    "CODE_DEADLINE_EXCEEDED",
    "CODE_DECRYPTION_FAILED",
    "CODE_IDEMPOTENCY_CONFLICT",
    "CODE_IDEMPOTENCY_IN_PROGRESS",
    "CODE_INNER_RESPONSE_INCOMPLETE",
    "CODE_INVALID_INNER_REQUEST",
    "CODE_INVALID_JSON",
    "CODE_SHUTTING_DOWN",
    "CODE_UNKNOWN_KEY",
    "EMBEDDING_DIMENSIONS",
    "ERROR_TYPES",
    "GATEWAY_PATH",
    "HPKE_SUITES",
    "IDEMPOTENCY_KEY_HEADER",
    "IDEMPOTENT_REPLAYED_HEADER",
    "KEYS_PATH",
    "MEDIA_TYPE_BHTTP",
    "MEDIA_TYPE_JSON",
    "MEDIA_TYPE_OHTTP_KEYS",
    "MEDIA_TYPE_OHTTP_REQ",
    "MEDIA_TYPE_OHTTP_RES",
    "OHTTP_OUTER_ONLY_HEADERS",
    "RATE_LIMIT_HEADERS",
    "REPLICA_HEADER",
    "REQUEST_ID_HEADER",
    "RETRY_AFTER_HEADER",
    "RETRY_AFTER_MS_HEADER",
    "RETRY_COUNT_HEADER",
    "SHOULD_RETRY_HEADER",
    "TIMEOUT_HEADER",
    "TRACEPARENT_HEADER",
    "format_timeout",
    "format_traceparent",
    "parse_timeout",
    "parse_traceparent",
]

# -- headers (canonical spelling; compare lower-cased) -------------------------------------------
#: The client's key that makes a POST safe to retry (Stripe-style; scoped to the API key).
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
#: `true` on an answer replayed from the idempotency store.
IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed"
#: The 0-based number of this attempt of one logical request.
RETRY_COUNT_HEADER = "MaaS-Retry-Count"
#: `true`/`false`: the server's override of the client's retry rule for this answer.
SHOULD_RETRY_HEADER = "MaaS-Should-Retry"
#: The request id, sent back on every answer (and accepted from the client when well formed).
REQUEST_ID_HEADER = "X-Request-Id"
#: `host/pid` of the server process (replica) that answered: on every answer.
REPLICA_HEADER = "MaaS-Replica"
#: Seconds (or an HTTP date) to wait before retrying; `retry-after-ms` is the precise form.
RETRY_AFTER_HEADER = "Retry-After"
RETRY_AFTER_MS_HEADER = "retry-after-ms"
#: The rate-limit headers of every answer (IETF draft `RateLimit` fields).
RATE_LIMIT_HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")

#: Headers that travel on the outer request of a sealed call only: the gateway needs them
#: before anything is decrypted and hands them to the inner request (lower-case).
OHTTP_OUTER_ONLY_HEADERS = ("authorization", "idempotency-key", "maas-retry-count",
                            "maas-timeout")

# -- paths and media types ----------------------------------------------------------------------
#: The Oblivious HTTP gateway resource and its key configurations (RFC 9540 section 3).
GATEWAY_PATH = "/.well-known/ohttp-gateway"
#: The gateway's public keys as JSON.
KEYS_PATH = "/v1/keys"
MEDIA_TYPE_JSON = "application/json"
#: Content type of an Encapsulated Request (RFC 9458 section 9.2).
MEDIA_TYPE_OHTTP_REQ = "message/ohttp-req"
#: Content type of an Encapsulated Response (RFC 9458 section 9.3).
MEDIA_TYPE_OHTTP_RES = "message/ohttp-res"
#: Content type of a list of key configurations (RFC 9458 section 9.1).
MEDIA_TYPE_OHTTP_KEYS = "application/ohttp-keys"
#: Content type of the inner, Binary HTTP (RFC 9292) message.
MEDIA_TYPE_BHTTP = "message/bhttp"

# -- error codes the SDK acts on ---------------------------------------------------------------
CODE_INVALID_JSON = "invalid_json"
CODE_IDEMPOTENCY_CONFLICT = "idempotency_conflict"
CODE_IDEMPOTENCY_IN_PROGRESS = "idempotency_in_progress"
CODE_UNKNOWN_KEY = "unknown_key"
CODE_DECRYPTION_FAILED = "decryption_failed"
CODE_INVALID_INNER_REQUEST = "invalid_inner_request"
CODE_INNER_RESPONSE_INCOMPLETE = "inner_response_incomplete"
CODE_DEADLINE_EXCEEDED = "deadline_exceeded"
CODE_SHUTTING_DOWN = "shutting_down"

#: The `type` of an error by HTTP status, per the wire contract (any other 5xx:
#: `internal_error`, any other 4xx: `invalid_request`).
ERROR_TYPES: dict[int, str] = {
    400: "invalid_request",
    401: "authentication_error",
    403: "permission_denied",
    404: "not_found",
    405: "invalid_request",
    408: "timeout",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limit_exceeded",
    500: "internal_error",
    503: "overloaded",
    504: "timeout",
}

# -- scopes, suites, models ---------------------------------------------------------------------
#: The scope the fault-injection admin routes require (never granted by `*`).
ADMIN_SCOPE = "admin"
#: HPKE suites (kdf_id, aead_id) the SDK offers and the gateway's keys publish, preferred
#: first: HKDF-SHA256 with AES-128-GCM, then with ChaCha20-Poly1305 (RFC 9180 ids).
HPKE_SUITES: tuple[tuple[int, int], ...] = ((0x0001, 0x0001), (0x0001, 0x0003))
#: The width of the embedding model's vectors (all-MiniLM-L6-v2).
EMBEDDING_DIMENSIONS = 384

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
