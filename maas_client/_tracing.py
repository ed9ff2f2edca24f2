"""The W3C `traceparent` the SDK sends: the caller's OpenTelemetry span when there is one.

`opentelemetry-api` is optional. When it is installed and a span is current, requests continue
that trace (the server's span becomes its child); otherwise each attempt starts a fresh trace.
"""

from __future__ import annotations

import secrets
from functools import cache
from typing import Any

from .protocol import format_traceparent

__all__ = ["current_traceparent"]


@cache
def _otel_trace() -> Any:
    try:
        from opentelemetry import trace
    except ImportError:
        return None
    return trace


def current_traceparent() -> str:
    """A `traceparent` for the next attempt: the current OpenTelemetry span's context if one is
    valid, else a fresh sampled trace id and span id."""
    trace = _otel_trace()
    if trace is not None:
        context = trace.get_current_span().get_span_context()
        if context.is_valid:
            return format_traceparent(f"{context.trace_id:032x}", f"{context.span_id:016x}",
                                      f"{int(context.trace_flags):02x}")
    return format_traceparent(secrets.token_hex(16), secrets.token_hex(8))
