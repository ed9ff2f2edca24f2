"""W3C trace context: the SDK's `traceparent`, continued by the server into its log, audit
record and response, and (with OpenTelemetry's SDK) a server span child of the caller's."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from maas_client import MaaSClient
from maas_client.protocol import format_traceparent, parse_traceparent
from maas_client.testing import ReferenceServer
from mock_server.observability.access_log import ACCESS_LOGGER

from .conftest import DEV_KEY

TRACEPARENT = re.compile(r"00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")
HEX = "0123456789abcdef"


@given(st.text(HEX, min_size=32, max_size=32), st.text(HEX, min_size=16, max_size=16),
       st.text(HEX, min_size=2, max_size=2))
def test_traceparent_round_trip(trace_id: str, span_id: str, flags: str) -> None:
    parsed = parse_traceparent(format_traceparent(trace_id, span_id, flags))
    if set(trace_id) == {"0"} or set(span_id) == {"0"}:
        assert parsed is None  # all-zero ids are invalid by the spec
    else:
        assert parsed == (trace_id, span_id, flags)


@pytest.mark.parametrize("bad", [None, "", "01-" + "a" * 32 + "-" + "b" * 16 + "-01",
                                 "00-" + "A" * 32 + "-" + "b" * 16 + "-01",
                                 "00-" + "a" * 31 + "-" + "b" * 16 + "-01",
                                 "00-" + "0" * 32 + "-" + "b" * 16 + "-01", "garbage"])
def test_malformed_traceparent_is_ignored(bad: str | None) -> None:
    assert parse_traceparent(bad) is None


@pytest.fixture(scope="module")
def spans() -> Iterator[InMemorySpanExporter]:
    """OpenTelemetry's SDK as the process's tracer provider, recording spans in memory (the
    session server runs in this process, so its spans land here too)."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    yield exporter
    exporter.clear()


def _sent_traceparents(**client_kw: Any) -> list[str]:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["traceparent"])
        if len(seen) == 1:
            return httpx.Response(503, headers={"Retry-After": "0"}, json={"error": {
                "type": "server_error", "code": "overloaded", "message": "busy",
                "param": None, "request_id": "req_1"}})
        return httpx.Response(200, json={"object": "list", "data": []})

    with respx.mock(base_url="http://maas.test") as router:
        router.get("/v1/models").mock(side_effect=answer)
        MaaSClient(base_url="http://maas.test", api_key="k", privacy=None, encryption="off",
                   _sleep=lambda s: None, **client_kw).models.list()
    return seen


def test_sdk_sends_a_fresh_traceparent_without_a_current_span() -> None:
    first, second = _sent_traceparents()
    assert TRACEPARENT.fullmatch(first) and TRACEPARENT.fullmatch(second)
    assert parse_traceparent(first) is not None


def test_sdk_continues_the_current_opentelemetry_span(spans: InMemorySpanExporter) -> None:
    with trace.get_tracer("test").start_as_current_span("caller") as caller:
        sent = _sent_traceparents()
    ctx = caller.get_span_context()
    flags = f"{int(ctx.trace_flags):02x}"
    assert sent == [format_traceparent(f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}", flags)] * 2


def _audit(server: ReferenceServer) -> list[dict[str, Any]]:
    path = Path(server.app.state.settings.audit_log)
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.integration
@pytest.mark.parametrize("encryption", ["off", "required"])
def test_server_span_is_a_child_of_the_callers_span(
        encryption: str, spans: InMemorySpanExporter, maas_server: ReferenceServer,
        caplog: pytest.LogCaptureFixture) -> None:
    spans.clear()
    client = MaaSClient(base_url=maas_server.base_url, api_key=DEV_KEY, privacy=None,
                        encryption=encryption)  # type: ignore[arg-type]
    tracer = trace.get_tracer("test")
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER), \
            tracer.start_as_current_span("caller") as caller:
        result = client.embeddings.create(model="minilm-l6-v2", input="synthetic text")
    caller_ctx = caller.get_span_context()
    trace_id, caller_span = f"{caller_ctx.trace_id:032x}", f"{caller_ctx.span_id:016x}"

    server_spans = [s for s in spans.get_finished_spans() if s.kind == trace.SpanKind.SERVER
                    and s.context.trace_id == caller_ctx.trace_id]
    assert len(server_spans) == 1
    server = server_spans[0]
    assert server.parent is not None and server.parent.span_id == caller_ctx.span_id
    assert server.name == "POST /v1/embeddings"
    assert server.attributes is not None and server.attributes["http.response.status_code"] == 200

    access = [json.loads(r.getMessage()) for r in caplog.records if r.name == ACCESS_LOGGER]
    mine = [a for a in access if a["request_id"] == result.request_id]
    assert len(mine) == 1
    assert mine[0]["trace_id"] == trace_id and mine[0]["parent_span_id"] == caller_span
    assert mine[0]["span_id"] == f"{server.context.span_id:016x}"
    assert mine[0]["sealed"] is (encryption == "required")
    record = next(r for r in _audit(maas_server) if r["request_id"] == result.request_id)
    assert record["trace_id"] == trace_id


@pytest.mark.integration
def test_traceparent_response_header_continues_the_trace(maas_server: ReferenceServer) -> None:
    sent = format_traceparent("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "01")
    answer = httpx.get(maas_server.base_url + "/v1/models",
                       headers={"Authorization": f"Bearer {DEV_KEY}", "traceparent": sent})
    parsed = parse_traceparent(answer.headers["traceparent"])
    assert parsed is not None
    assert parsed[0] == "4bf92f3577b34da6a3ce929d0e0e4736" and parsed[1] != "00f067aa0ba902b7"
    fresh = httpx.get(maas_server.base_url + "/v1/health", headers={"traceparent": "junk"})
    assert TRACEPARENT.fullmatch(fresh.headers["traceparent"])
