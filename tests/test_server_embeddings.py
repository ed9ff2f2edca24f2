"""`POST /v1/embeddings` on the live reference server: contract, OpenAI compatibility, bad input."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

import httpx
import numpy as np
import openai
import pytest

from maas_client.testing import ReferenceServer
from tests.conftest import DEV_KEY, EMBED_ONLY_KEY, NO_EMBED_KEY

pytestmark = pytest.mark.integration
REFERENCE = json.loads((Path(__file__).parent / "data" / "minilm_reference.json").read_text())


@pytest.fixture(scope="module")
def http(maas_server: ReferenceServer) -> httpx.Client:
    with httpx.Client(base_url=maas_server.base_url, timeout=60,
                      headers={"Authorization": f"Bearer {DEV_KEY}"}) as client:
        yield client


def _reference_items(n: int = 8) -> list[dict]:
    return REFERENCE["entries"][:n]


def _vec(item: dict) -> np.ndarray:
    return np.asarray(item["vector"], dtype=np.float64)


def test_float_and_base64_agree_and_match_reference(http: httpx.Client) -> None:
    items = _reference_items()
    texts = [i["text"] for i in items]
    floats = http.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": texts}).json()
    b64 = http.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": texts,
                                            "encoding_format": "base64"}).json()
    assert floats["object"] == "list" and floats["model"] == "minilm-l6-v2"
    assert [d["index"] for d in floats["data"]] == list(range(len(texts)))
    for item, f, b in zip(items, floats["data"], b64["data"], strict=True):
        raw = base64.b64decode(b["embedding"])
        decoded = np.asarray(struct.unpack(f"<{len(raw) // 4}f", raw))
        got = np.asarray(f["embedding"])
        assert got.shape == (384,)
        np.testing.assert_allclose(decoded, got, atol=1e-6)
        ref = _vec(item)
        cos = float(got @ ref / np.linalg.norm(got) / np.linalg.norm(ref))
        assert cos >= 0.99999
    assert floats["usage"]["prompt_tokens"] == floats["usage"]["total_tokens"] > len(texts)


def test_usage_counts_truncated_tokens(http: httpx.Client) -> None:
    long_text = "pneumonia " * 1000
    r = http.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": long_text}).json()
    assert r["usage"]["prompt_tokens"] == 256
    one = http.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": "fever"}).json()
    assert one["usage"]["prompt_tokens"] == 3  # [CLS] fever [SEP]


def test_stock_openai_client_gets_the_same_vectors(
    maas_server: ReferenceServer, http: httpx.Client
) -> None:
    texts = [i["text"] for i in _reference_items(4)]
    ours = http.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": texts}).json()
    client = openai.OpenAI(api_key=DEV_KEY, base_url=f"{maas_server.base_url}/v1",
                           max_retries=0)
    for fmt in ("float", "base64"):
        got = client.embeddings.create(model="minilm-l6-v2", input=texts, encoding_format=fmt)
        assert got.model == "minilm-l6-v2" and got.usage.total_tokens > 0
        for mine, theirs in zip(ours["data"], got.data, strict=True):
            vec = theirs.embedding
            if fmt == "base64":  # asked for explicitly, the openai client hands back the string
                assert isinstance(vec, str)
                vec = np.frombuffer(base64.b64decode(vec), dtype="<f4")
            np.testing.assert_allclose(vec, mine["embedding"], atol=1e-6)
    default = client.embeddings.create(model="minilm-l6-v2", input=texts[0])
    np.testing.assert_allclose(default.data[0].embedding, ours["data"][0]["embedding"],
                               atol=1e-6)


def test_stock_openai_client_sees_typed_errors(maas_server: ReferenceServer) -> None:
    client = openai.OpenAI(api_key="wrong", base_url=f"{maas_server.base_url}/v1",
                           max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.embeddings.create(model="minilm-l6-v2", input="x")
    client = openai.OpenAI(api_key=DEV_KEY, base_url=f"{maas_server.base_url}/v1",
                           max_retries=0)
    with pytest.raises(openai.NotFoundError):
        client.embeddings.create(model="text-embedding-3-small", input="x")


BAD_INPUTS = [
    ("zero inputs", {"json": {"model": "minilm-l6-v2", "input": []}}, DEV_KEY, 422, "input"),
    ("2049 inputs", {"json": {"model": "minilm-l6-v2", "input": ["a"] * 2049}}, DEV_KEY, 422,
     "input"),
    ("non-string input", {"json": {"model": "minilm-l6-v2", "input": ["ok", {"x": 1}]}},
     DEV_KEY, 422, "input[1]"),
    ("2 MiB body", {"content": b'{"model": "minilm-l6-v2", "input": "' + b"a" * (2 << 20)
                    + b'"}', "headers": {"Content-Type": "application/json"}}, DEV_KEY, 413,
     None),
    ("missing key", {"json": {"model": "minilm-l6-v2", "input": "x"}}, None, 401, None),
    ("key without embed scope", {"json": {"model": "minilm-l6-v2", "input": "x"}},
     NO_EMBED_KEY, 403, None),
    ("invalid JSON", {"content": b'{"model": "minilm-l6-v2", "input": [',
                      "headers": {"Content-Type": "application/json"}}, DEV_KEY, 400, None),
]


@pytest.mark.parametrize(("case", "kwargs", "key", "status", "param"), BAD_INPUTS,
                         ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_gets_its_status_and_envelope_and_server_keeps_serving(
    maas_server: ReferenceServer, case: str, kwargs: dict, key: str | None, status: int,
    param: str | None,
) -> None:
    headers = dict(kwargs.pop("headers", {}))
    if key:
        headers["Authorization"] = f"Bearer {key}"
    with httpx.Client(base_url=maas_server.base_url, timeout=60) as client:
        r = client.post("/v1/embeddings", headers=headers, **kwargs)
        assert r.status_code == status, r.text
        err = r.json()["error"]
        assert err["request_id"] == r.headers["x-request-id"]
        assert err["type"] and err["code"] and err["message"]
        if param is not None:
            assert err["param"] == param
        ok = client.post("/v1/embeddings", headers={"Authorization": f"Bearer {EMBED_ONLY_KEY}"},
                         json={"model": "minilm-l6-v2", "input": "still serving"})
        assert ok.status_code == 200


def test_rate_limit_headers_on_authenticated_responses(http: httpx.Client) -> None:
    r = http.get("/v1/models")
    assert {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"} <= set(r.headers)
