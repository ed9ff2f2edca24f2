"""W3C Trace Context on the server: continue the caller's trace, one server span per request.

With `opentelemetry-api` installed and a tracer provider configured (OpenTelemetry's SDK), the
server span is a real OpenTelemetry span, child of the caller's. Without one, the ids are made
here and the span exists only in the access log, the audit record and the `traceparent`
response header.
"""

from __future__ import annotations

import contextlib
import inspect
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from fastapi import FastAPI

from maas_client.protocol import TRACEPARENT_HEADER, format_traceparent, parse_traceparent

__all__ = ["ServerSpan", "fastapi_telemetry_off", "server_span"]


@dataclass
class ServerSpan:
    """The server's span for one request: its trace, its own id, and the caller's span id."""

    trace_id: str
    span_id: str
    parent_span_id: str | None
    flags: str
    otel_span: Any = None

    @property
    def traceparent(self) -> str:
        """The `traceparent` response header: this trace, the server's span."""
        return format_traceparent(self.trace_id, self.span_id, self.flags)

    def finish(self, method: str, route: str, status: int) -> None:
        """Name the OpenTelemetry span after its route, record the status and end it (no-op
        without OpenTelemetry). Called before the answer's last byte, so a caller that has the
        answer can already see the span."""
        if self.otel_span is not None and self.otel_span.is_recording():
            self.otel_span.update_name(f"{method} {route}")
            self.otel_span.set_attribute("http.request.method", method)
            self.otel_span.set_attribute("http.route", route)
            self.otel_span.set_attribute("http.response.status_code", status)
            self.otel_span.end()


@cache
def _otel() -> tuple[Any, Any] | None:
    try:
        from opentelemetry import trace
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
    except ImportError:
        return None
    return trace, TraceContextTextMapPropagator()


@contextlib.contextmanager
def server_span(traceparent: bytes | None, method: str) -> Iterator[ServerSpan]:
    """The span of one request, current for its duration. A valid incoming `traceparent` is
    continued (same trace id, the caller's span as parent); otherwise a fresh trace starts."""
    parsed = parse_traceparent(traceparent)
    parent = parsed[1] if parsed else None
    otel = _otel()
    if otel is not None:
        trace, propagator = otel
        carrier = {TRACEPARENT_HEADER: traceparent.decode("latin-1")} if parsed and traceparent \
            else {}
        tracer = trace.get_tracer("mock_server")
        with tracer.start_as_current_span(f"{method}", context=propagator.extract(carrier),
                                          kind=trace.SpanKind.SERVER, end_on_exit=False) as span:
            ctx = span.get_span_context()
            own = f"{ctx.span_id:016x}"
            # The API without an SDK hands back the parent's context: then we make our own ids.
            if ctx.is_valid and own != parent:
                try:
                    yield ServerSpan(f"{ctx.trace_id:032x}", own, parent,
                                     f"{int(ctx.trace_flags):02x}", span)
                finally:
                    if span.is_recording():  # `finish` was not reached
                        span.end()
                return
            span.end()
    if parsed:
        yield ServerSpan(parsed[0], secrets.token_hex(8), parent, parsed[2])
    else:
        yield ServerSpan(secrets.token_hex(16), secrets.token_hex(8), None, "01")


def fastapi_telemetry_off() -> dict[str, Any]:
    """`FastAPI(**fastapi_telemetry_off())`: switch off FastAPI's own OpenTelemetry spans, metrics
    and logs (FastAPI >= 0.16x makes them whenever OpenTelemetry is installed). They would
    duplicate the server span made here and record raw paths, which may hold patient data; the
    server's spans, metrics and logs come from this package instead."""
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters:
        return {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    return {}
