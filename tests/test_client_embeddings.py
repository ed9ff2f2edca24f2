"""Embeddings through both clients: chunking past 2048 inputs, base64, to_numpy, validation."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import numpy as np
import pytest
import respx

from maas_client import (
    APIResponseValidationError,
    AsyncMaaSClient,
    EmbeddingsResponse,
    InvalidParametersError,
    MaaSClient,
    Privacy,
)
from maas_client.testing.mock import MockMaaS, _embedding

BASE = "http://127.0.0.1:8000"


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> MaaSClient | AsyncMaaSClient:
    cls = MaaSClient if request.param == "sync" else AsyncMaaSClient
    return cls(api_key="k", base_url=BASE, privacy=None)


async def call(client: MaaSClient | AsyncMaaSClient, **kw: Any) -> Any:
    kw.setdefault("model", "minilm-l6-v2")
    result = client.embeddings.create(**kw)
    return await result if inspect.isawaitable(result) else result


async def test_5000_inputs_are_chunked_in_order(client: Any) -> None:
    texts = [f"note {i}" for i in range(5000)]
    with MockMaaS() as mock:
        result = await call(client, input=texts, idempotency_key="batch-7")
    calls = mock.calls_to("embeddings")
    assert [len(c.json["input"]) for c in calls] == [2048, 2048, 904]
    sent = [t for c in sorted(calls, key=lambda c: c.json["input"][0] != "note 0")
            for t in c.json["input"]]
    assert sorted(sent) == sorted(texts)
    assert [d.index for d in result.data] == list(range(5000))
    for i in (0, 2047, 2048, 4095, 4096, 4999):
        assert result.data[i].embedding == pytest.approx(_embedding(texts[i]), abs=1e-9)
    per_call = [c.json for c in calls]
    assert result.usage.prompt_tokens == sum(min(256, len(t.split()) + 2)
                                             for body in per_call for t in body["input"])
    keys = {c.headers["idempotency-key"] for c in calls}
    assert keys == {"batch-7-0", "batch-7-1", "batch-7-2"}
    assert result.request_id is not None
    assert result.to_numpy().shape == (5000, 384)


async def test_async_chunks_run_concurrently_bounded() -> None:
    active = peak = 0
    lock = asyncio.Lock()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        async with lock:
            active += 1
            peak = max(peak, active)
        await asyncio.sleep(0.01)
        n = len(json.loads(request.content)["input"])
        async with lock:
            active -= 1
        return httpx.Response(200, json={
            "object": "list", "model": "m",
            "data": [{"object": "embedding", "index": i, "embedding": [1.0]} for i in range(n)],
            "usage": {"prompt_tokens": n, "total_tokens": n}})

    with respx.mock(base_url=BASE) as router:
        router.post("/v1/embeddings").mock(side_effect=handler)
        client = AsyncMaaSClient(api_key="k", privacy=None)
        result = await client.embeddings.create(model="m", input=["x"] * (2048 * 10 + 1))
    assert len(result.data) == 2048 * 10 + 1 and result.usage.total_tokens == 20481
    assert 2 <= peak <= 4


async def test_single_string_and_base64(client: Any) -> None:
    with MockMaaS() as mock:
        one = await call(client, input="chest pain")
        b64 = await call(client, input=["chest pain", "fever"], encoding_format="base64")
    assert len(one.data) == 1 and isinstance(one, EmbeddingsResponse)
    assert mock.calls[0].json["input"] == "chest pain"
    assert mock.calls[1].json["encoding_format"] == "base64"
    assert b64.data[0].embedding == pytest.approx(one.data[0].embedding, abs=1e-6)
    arr = b64.to_numpy()
    assert arr.dtype == np.float32 and arr.shape == (2, 384)


@pytest.mark.parametrize("kwargs", [
    {"input": []}, {"input": [""]}, {"input": ["ok", 3]}, {"input": None},
    {"input": "x", "encoding_format": "hex"}, {"input": "x", "model": ""},
    {"input": ["ok"] * 3000 + [""]},
])
async def test_bad_arguments_raise_before_io(client: Any, kwargs: dict[str, Any]) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post("/v1/embeddings")
        with pytest.raises(InvalidParametersError):
            await call(client, **kwargs)
        assert not route.called


async def test_chunk_validation_error_names_the_global_index(client: Any) -> None:
    with pytest.raises(InvalidParametersError) as info:
        await call(client, input=["ok"] * 3000 + [""])
    assert any(3000 in e["loc"] for e in info.value.errors)


async def test_wrong_vector_count_is_a_validation_error(client: Any) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v1/embeddings").mock(return_value=httpx.Response(200, json={
            "object": "list", "model": "m",
            "data": [{"object": "embedding", "index": 0, "embedding": [1.0]}],
            "usage": {"prompt_tokens": 1, "total_tokens": 1}}))
        with pytest.raises(APIResponseValidationError):
            await call(client, input=["a", "b"])


async def test_malformed_and_truncated_bodies(client: Any) -> None:
    with MockMaaS() as mock:
        mock.malformed("embeddings").truncated("embeddings")
        for _ in range(2):
            with pytest.raises(APIResponseValidationError):
                await call(client, input="x")
        assert len(mock.calls) == 2  # not retried


async def test_privacy_de_identifies_before_sending() -> None:
    with MockMaaS() as mock:
        client = MaaSClient(api_key="k", privacy=Privacy())
        client.embeddings.create(model="m", input=["Patient: Zebediah Smith, MRN 12345678."])
        sent = mock.calls[0].json["input"][0]
        assert "Zebediah" not in sent and "[NAME_1]" in sent
        client.with_options(privacy=None).embeddings.create(model="m", input="Zebediah Smith")
        assert mock.calls[1].json["input"] == "Zebediah Smith"
