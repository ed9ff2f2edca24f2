"""Deadlines and disconnects on the real reference server: `MaaS-Timeout` reaches the server,
queued work whose caller gave up (deadline passed or client gone) is dropped before the model
sees it, and the access log says so instead of logging a 500."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from maas_client import APITimeoutError, AsyncMaaSClient, ConflictError
from maas_client.testing import ReferenceServer

from .conftest import DEV_KEY

pytestmark = pytest.mark.integration
AUTH = {"Authorization": f"Bearer {DEV_KEY}"}


class GatedEncoder:
    """Wraps the served encoder: records every text the model is given, and blocks a batch
    holding the gate text until released (so other requests queue behind it)."""

    def __init__(self, inner: Any, gate_text: str) -> None:
        self.inner = inner
        self.gate_text = gate_text
        self.release = threading.Event()
        self.entered = threading.Event()
        self.seen: list[str] = []
        self._texts: dict[tuple[int, ...], str] = {}

    def encode(self, texts: list[str], *args: Any, **kwargs: Any) -> Any:
        self.seen.extend(texts)
        if self.gate_text in texts:
            self.entered.set()
            self.release.wait(timeout=30)
        return self.inner.encode(texts, *args, **kwargs)

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        ids: list[list[int]] = self.inner.tokenize(texts)
        self._texts.update((tuple(row), text) for row, text in zip(ids, texts, strict=True))
        return ids

    def encode_ids(self, ids: list[list[int]], *args: Any, **kwargs: Any) -> Any:
        """The scheduler's entry point: rows of token ids, mapped back to their texts."""
        texts = [self._texts.get(tuple(row), "") for row in ids]
        self.seen.extend(texts)
        if self.gate_text in texts:
            self.entered.set()
            self.release.wait(timeout=30)
        return self.inner.encode_ids(ids, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.fixture
def gate(maas_server: ReferenceServer) -> Iterator[GatedEncoder]:
    registry = maas_server.app.state.registry
    gated = GatedEncoder(registry.encoder, f"gate {uuid.uuid4().hex}")
    registry.encoder = gated
    try:
        yield gated
    finally:
        gated.release.set()
        registry.encoder = gated.inner


def _embed(text: str) -> dict[str, Any]:
    return {"model": "minilm-l6-v2", "input": text}


async def _hold_the_model(http: httpx.AsyncClient, gate: GatedEncoder) -> asyncio.Task[Any]:
    """Start a request whose batch blocks the model's worker until the gate is released."""
    task = asyncio.ensure_future(http.post("/v1/embeddings", json=_embed(gate.gate_text),
                                           headers=AUTH, timeout=60))
    await asyncio.to_thread(gate.entered.wait, 30)
    assert gate.entered.is_set()
    return task


def _access_lines(caplog: pytest.LogCaptureFixture, request_id: str) -> list[dict[str, Any]]:
    """The JSON access-log records of `request_id`."""
    records = [json.loads(r.getMessage()) for r in caplog.records
               if r.name == "mock_server.access"]
    return [record for record in records if record["request_id"] == request_id]


async def test_the_deadline_header_reaches_the_server(
    maas_server: ReferenceServer, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[float | None] = []
    app = maas_server.app
    original = app.state.embed

    async def spy(texts: list[str], *, deadline: float | None = None, **kwargs: Any) -> Any:
        seen.append(deadline)
        return await original(texts, deadline=deadline, **kwargs)

    app.state.embed = spy
    caplog.set_level(logging.INFO, logger="mock_server.access")
    try:
        async with AsyncMaaSClient(api_key=DEV_KEY, base_url=maas_server.base_url,
                                   encryption="off", deadline=20.0, timeout=15.0) as client:
            plain = await client.embeddings.create(model="minilm-l6-v2", input="deadline plain")
            sealed = await client.with_options(encryption="required").embeddings.create(
                model="minilm-l6-v2", input="deadline sealed")
    finally:
        app.state.embed = original
    # both the plain and the sealed (inner) request carried a monotonic deadline to the model
    assert len(seen) == 2 and all(d is not None for d in seen)
    for request_id in (plain.request_id, sealed.request_id):
        assert request_id is not None
        lines = _access_lines(caplog, request_id)
        assert lines and all(0 < line["timeout_ms"] <= 15000 for line in lines)


async def test_queued_work_is_dropped_when_its_client_disconnects(
    maas_server: ReferenceServer, gate: GatedEncoder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mock_server.access")
    abandoned = f"abandoned {uuid.uuid4().hex}"
    rid = f"req_gone_{uuid.uuid4().hex[:8]}"
    async with httpx.AsyncClient(base_url=maas_server.base_url) as http:
        holder = await _hold_the_model(http, gate)
        with pytest.raises(httpx.ReadTimeout):  # the client gives up and closes the connection
            await http.post("/v1/embeddings", json=_embed(abandoned), timeout=0.5,
                            headers={**AUTH, "X-Request-Id": rid})
        await _until(lambda: any(line["outcome"] == "client_disconnected"
                                 for line in _access_lines(caplog, rid)))
        gate.release.set()
        assert (await holder).status_code == 200
        after = await http.post("/v1/embeddings", json=_embed("after the gate"), headers=AUTH)
        assert after.status_code == 200
    assert abandoned not in gate.seen  # the model never saw the abandoned text
    line = _access_lines(caplog, rid)[0]
    assert line["status"] == 499


async def test_queued_work_is_dropped_when_its_deadline_passes(
    maas_server: ReferenceServer, gate: GatedEncoder
) -> None:
    late = f"too late {uuid.uuid4().hex}"
    async with httpx.AsyncClient(base_url=maas_server.base_url) as http:
        holder = await _hold_the_model(http, gate)
        # the caller will wait 300 ms; the connection stays open, so only the deadline acts
        answer = await http.post("/v1/embeddings", json=_embed(late), timeout=30,
                                 headers={**AUTH, "MaaS-Timeout": "300m"})
        gate.release.set()
        assert (await holder).status_code == 200
    assert answer.status_code == 504
    error = answer.json()["error"]
    assert error["code"] == "deadline_exceeded" and error["request_id"]
    assert late not in gate.seen


async def test_an_expired_deadline_never_starts_work(maas_server: ReferenceServer) -> None:
    async with httpx.AsyncClient(base_url=maas_server.base_url) as http:
        answer = await http.post("/v1/embeddings", json=_embed("expired"),
                                 headers={**AUTH, "MaaS-Timeout": "0m"})
    assert answer.status_code == 504
    assert answer.json()["error"]["code"] == "deadline_exceeded"


@pytest.mark.parametrize("encryption", ["off", "required"])
async def test_timeout_then_retry_ends_in_success_or_timeout_never_conflict(
    maas_server: ReferenceServer, gate: GatedEncoder, encryption: str
) -> None:
    # The first attempt of the call waits behind the gate and times out; its retries meet it
    # still running (409 in progress) or find it dropped; the gate opens in the meantime.
    async with AsyncMaaSClient(api_key=DEV_KEY, base_url=maas_server.base_url, privacy=None,
                               encryption=encryption,  # type: ignore[arg-type]
                               timeout=0.4, deadline=6.0) as client, \
            httpx.AsyncClient(base_url=maas_server.base_url) as http:
        holder = await _hold_the_model(http, gate)
        threading.Timer(1.0, gate.release.set).start()
        try:
            result = await client.embeddings.create(model="minilm-l6-v2", input="wait for me")
        except APITimeoutError as exc:
            assert "attempts" in str(exc)
        except ConflictError:  # pragma: no cover - the behaviour under test
            pytest.fail("a call got a ConflictError for its own attempt")
        else:
            assert len(result.data) == 1
        assert (await holder).status_code == 200


def test_a_client_gone_before_its_body_is_read_is_not_a_500(
    maas_server: ReferenceServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mock_server.access")
    rid = f"req_cut_{uuid.uuid4().hex[:8]}"
    host, port = maas_server.host, maas_server.port
    with socket.create_connection((host, port)) as sock:
        sock.sendall((f"POST /v1/embeddings HTTP/1.1\r\nHost: {host}\r\n"
                      f"Authorization: Bearer {DEV_KEY}\r\nContent-Type: application/json\r\n"
                      f"Idempotency-Key: {rid}\r\nX-Request-Id: {rid}\r\n"
                      "Content-Length: 400\r\n\r\n{\"model\": ").encode())
    asyncio.run(_until(lambda: bool(_access_lines(caplog, rid))))
    line = _access_lines(caplog, rid)[0]
    assert line["status"] == 499 and line["outcome"] == "client_disconnected"


async def _until(condition: Any, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def test_in_progress_409_carries_a_retry_after_estimate(
    maas_server: ReferenceServer, gate: GatedEncoder
) -> None:
    key = {"Idempotency-Key": f"busy-{uuid.uuid4().hex}", **AUTH}
    async with httpx.AsyncClient(base_url=maas_server.base_url, timeout=30) as http:
        first = asyncio.ensure_future(http.post("/v1/embeddings", json=_embed(gate.gate_text),
                                                headers=key))
        await asyncio.to_thread(gate.entered.wait, 30)
        second = await http.post("/v1/embeddings", json=_embed(gate.gate_text),
                                 headers={**key, "MaaS-Timeout": "5S"})
        gate.release.set()
        assert (await first).status_code == 200
        replay = await http.post("/v1/embeddings", json=_embed(gate.gate_text), headers=key)
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "idempotency_in_progress"
    wait_ms = int(second.headers["retry-after-ms"])
    assert wait_ms > 0 and int(second.headers["retry-after"]) >= 1
    assert replay.headers.get("idempotent-replayed") == "true"
