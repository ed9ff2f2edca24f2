"""with_raw_response, per-call max_retries, MAAS_LOG, reprs, connection error messages,
`replayed`, `dimensions`/`user`, and the numpy extra hint."""

from __future__ import annotations

import importlib.util
import io
import logging
import os
import socket
import subprocess
import sys
import uuid
from typing import Any

import httpx
import pytest
import respx

from maas_client import (
    APIConnectionError,
    AsyncMaaSClient,
    MaaSClient,
    RawResponse,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from maas_client._logging import configure_from_env, logger
from maas_client.testing import ReferenceServer
from maas_client.testing.mock import MockMaaS

BASE = "http://127.0.0.1:8000"
SECRET = "sk-very-secret-key-1234"


def client(**kw: Any) -> MaaSClient:
    return MaaSClient(api_key=SECRET, base_url=BASE, encryption="off", **kw)


def test_with_raw_response_gives_status_headers_and_the_parsed_object() -> None:
    with MockMaaS(), client() as c:
        raw = c.with_raw_response.embeddings.create(model="minilm-l6-v2", input=["a", "b"])
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "application/json"
        parsed = raw.parse()
        assert len(parsed.data) == 2 and raw.request_id == parsed.request_id is not None
        card = c.with_raw_response.models.retrieve("wdbc-mlp").parse()
        assert card.id == "wdbc-mlp"
        assert c.with_raw_response.models.list().parse().data
        assert c.with_raw_response.summaries.create(
            model="clinical-extractive", text="Chest pain. Plan: rest.").status_code == 200
        assert c.with_raw_response.diagnosis.create(
            model="wdbc-mlp", inputs=[{"features": {"worst_area": 1.0}}]).parse().results
        long = c.with_raw_response.embeddings.create(model="minilm-l6-v2",
                                                     input=["x"] * 2100)
        assert len(long.responses) == 2 and len(long.parse().data) == 2100


async def test_async_with_raw_response() -> None:
    async with MockMaaS(), AsyncMaaSClient(api_key="k", base_url=BASE, encryption="off") as c:
        raw = await c.with_raw_response.embeddings.create(model="minilm-l6-v2",
                                                          input=["x"] * 5000)
        assert raw.status_code == 200 and len(raw.responses) == 3
        assert len(raw.parse().data) == 5000
        # an ordinary call after a raw one records nothing
        assert (await c.models.list()).data


def test_per_call_max_retries_overrides_the_client() -> None:
    with MockMaaS() as mock, client(max_retries=5) as c:
        mock.fail("embeddings", times=3, status=503, retry_after=0)
        with pytest.raises(ServiceUnavailableError):
            c.embeddings.create(model="minilm-l6-v2", input="x", max_retries=1)
        assert len(mock.calls_to("embeddings")) == 2
        assert c.options.max_retries == 5
        mock.calls.clear()
        assert c.embeddings.create(model="minilm-l6-v2", input="x").data  # 1 fault left
        assert len(mock.calls_to("embeddings")) == 2
        with pytest.raises(ValueError, match="max_retries"):
            c.embeddings.create(model="minilm-l6-v2", input="x", max_retries=-1)


async def test_async_per_call_max_retries() -> None:
    async with MockMaaS() as mock, AsyncMaaSClient(api_key="k", base_url=BASE,
                                                   encryption="off", max_retries=0) as c:
        mock.fail("summaries", times=2, status=503, retry_after=0)
        s = await c.summaries.create(model="clinical-extractive", text="Plan: rest.",
                                     max_retries=2)
        assert s.sentences and len(mock.calls_to("summaries")) == 3


@pytest.fixture
def env_logging(monkeypatch: pytest.MonkeyPatch) -> Any:
    level, handlers = logger.level, list(logger.handlers)
    stream = io.StringIO()

    def configure(value: str | None) -> io.StringIO:
        if value is None:
            monkeypatch.delenv("MAAS_LOG", raising=False)
        else:
            monkeypatch.setenv("MAAS_LOG", value)
        handler = configure_from_env()
        if handler is not None:  # it writes to stderr; read it here instead
            assert isinstance(handler, logging.StreamHandler)
            handler.setStream(stream)
        return stream

    yield configure
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_maas_log_debug_logs_every_attempt_metadata_only(env_logging: Any) -> None:
    stream = env_logging("debug")
    with MockMaaS() as mock, client() as c:
        mock.fail("embeddings", times=1, status=503, retry_after=0)
        c.embeddings.create(model="minilm-l6-v2", input="Jane Roe has chest pain")
    text = stream.getvalue()
    assert "POST /v1/embeddings -> 503" in text and "POST /v1/embeddings -> 200" in text
    assert "Jane Roe" not in text and "chest pain" not in text and SECRET not in text


def test_maas_log_info_logs_failures_only_and_unset_logs_nothing(env_logging: Any) -> None:
    stream = env_logging("info")
    with MockMaaS() as mock, client() as c:
        mock.fail("embeddings", times=1, status=503, retry_after=0)
        c.embeddings.create(model="minilm-l6-v2", input="x")
    assert "-> 503" in stream.getvalue() and "-> 200" not in stream.getvalue()
    assert sum(getattr(h, "_maas_log_env", False) for h in logger.handlers) == 1
    env_logging("info")  # configuring twice adds no second handler
    assert sum(getattr(h, "_maas_log_env", False) for h in logger.handlers) == 1


def test_maas_log_unset_attaches_nothing(env_logging: Any) -> None:
    before = list(logger.handlers)
    env_logging(None)
    assert logger.handlers == before


def test_maas_log_from_the_environment_at_import() -> None:
    code = ("import logging, maas_client; "
            "print(logging.getLogger('maas_client').level)")
    env = {**os.environ, "MAAS_LOG": "debug"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True, timeout=60).stdout
    assert out.strip() == str(logging.DEBUG)


def test_client_repr_hides_the_key() -> None:
    with client() as c:
        text = repr(c)
    assert text.startswith("MaaSClient(base_url='http://127.0.0.1:8000'")
    assert SECRET not in text and "api_key='***'" in text and "privacy=on" in text
    assert "max_retries=2" in text
    a = AsyncMaaSClient(api_key=SECRET, base_url=BASE, privacy=None)
    assert "AsyncMaaSClient(" in repr(a) and SECRET not in repr(a) and "privacy=off" in repr(a)


def test_reference_server_repr(maas_server: ReferenceServer) -> None:
    text = repr(maas_server)
    assert text.startswith(f"ReferenceServer(base_url='{maas_server.base_url}', running")
    assert maas_server.api_key not in text
    assert "stopped" in repr(ReferenceServer())


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_error_names_host_and_cause() -> None:
    port = _closed_port()
    with MaaSClient(api_key=SECRET, base_url=f"http://127.0.0.1:{port}", max_retries=0,
                    encryption="off") as c, pytest.raises(APIConnectionError) as exc:
        c.models.list()
    message = str(exc.value)
    assert f"127.0.0.1:{port}" in message
    assert "refused" in message.lower() and "ConnectError" in message
    assert SECRET not in message


def test_connection_error_without_detail_still_names_the_host() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("", request=request)

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    with MaaSClient(api_key="k", base_url="http://db.example:9000", max_retries=0,
                    encryption="off", http_client=http) as c, pytest.raises(
            APIConnectionError, match=r"db\.example:9000: no detail"):
        c.models.list()


@respx.mock
def test_dimensions_and_user_are_sent() -> None:
    route = respx.post(f"{BASE}/v1/embeddings").mock(return_value=httpx.Response(200, json={
        "object": "list", "model": "m", "data": [{"object": "embedding", "index": 0,
                                                  "embedding": [0.0] * 384}],
        "usage": {"prompt_tokens": 1, "total_tokens": 1}}))
    with client(privacy=None) as c:
        c.embeddings.create(model="m", input="x", dimensions=384, user="clinic-7")
        c.embeddings.create(model="m", input="x")
        with pytest.raises(ValueError, match="dimensions"):
            c.embeddings.create(model="m", input="x", dimensions=0)
    import json

    assert json.loads(route.calls[0].request.content)["dimensions"] == 384
    assert json.loads(route.calls[0].request.content)["user"] == "clinic-7"
    assert "dimensions" not in json.loads(route.calls[1].request.content)


@pytest.mark.integration
def test_dimensions_end_to_end(maas_client: MaaSClient) -> None:
    emb = maas_client.embeddings.create(model="minilm-l6-v2", input="x", dimensions=384,
                                        user="clinic-7")
    assert len(emb.data[0].embedding) == 384
    with pytest.raises(UnprocessableEntityError) as exc:
        maas_client.embeddings.create(model="minilm-l6-v2", input="x", dimensions=128)
    assert exc.value.code == "unsupported_dimensions"


@pytest.mark.integration
def test_replayed_marks_answers_from_the_idempotency_store(maas_client: MaaSClient) -> None:
    key = f"test-{uuid.uuid4()}"
    first = maas_client.embeddings.create(model="minilm-l6-v2", input="x",
                                          idempotency_key=key)
    again = maas_client.embeddings.create(model="minilm-l6-v2", input="x",
                                          idempotency_key=key)
    assert not first.replayed and again.replayed
    assert again.data[0].embedding == first.data[0].embedding
    raw = maas_client.with_raw_response.embeddings.create(model="minilm-l6-v2", input="x",
                                                          idempotency_key=key)
    assert raw.headers["idempotent-replayed"] == "true" and raw.parse().replayed


def test_to_numpy_names_the_extra_when_numpy_is_missing(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    with MockMaaS(), client() as c:
        emb = c.embeddings.create(model="minilm-l6-v2", input=["a", "b"])
    if importlib.util.find_spec("numpy") is not None:  # an SDK-only install has none
        assert emb.to_numpy().shape == (2, 384)
    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(ImportError, match=r'pip install "maas-client\[numpy\]"'):
        emb.to_numpy()
