"""The wire contract's cross-cutting rules, on an app with no models (fast, in-process ASGI)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from mock_server.app import create_app
from mock_server.settings import Settings, parse_api_keys

KEYS = {"k-embed": frozenset({"embed"}), "k-diag": frozenset({"diagnosis"})}


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(models=("minilm-l6-v2",), api_keys=KEYS, max_body_bytes=4096,
                        rate_limit_per_minute=60, rate_limit_burst=5)
    app = create_app(settings)
    # No lifespan: the registry never loads, so model routes answer 503 model_loading.
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


def envelope(r: httpx.Response, status: int, type_: str, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["type"] == type_
    assert set(err) >= {"type", "code", "message", "param", "request_id"}
    assert err["request_id"] == r.headers["x-request-id"]
    if code is not None:
        assert err["code"] == code
    return err


async def test_health_needs_no_key_and_has_request_id(client: httpx.AsyncClient) -> None:
    r = await client.get("/v1/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}
    assert r.headers["x-request-id"].startswith("req_")


async def test_ready_is_503_until_models_load(client: httpx.AsyncClient) -> None:
    r = await client.get("/v1/ready")
    assert r.status_code == 503 and r.json()["status"] == "loading"


@pytest.mark.parametrize(
    ("sent", "echoed"),
    [("abc-123", True), ("x" * 128, True), ("x" * 129, False), ("bad id!", False)],
)
async def test_request_id_echo_rules(client: httpx.AsyncClient, sent: str, echoed: bool) -> None:
    r = await client.get("/v1/health", headers={"X-Request-Id": sent})
    assert (r.headers["x-request-id"] == sent) is echoed


async def test_missing_and_unknown_key_are_401(client: httpx.AsyncClient) -> None:
    envelope(await client.get("/v1/models"), 401, "authentication_error", "missing_api_key")
    r = await client.get("/v1/models", headers={"Authorization": "Bearer nope"})
    err = envelope(r, 401, "authentication_error", "invalid_api_key")
    assert "nope" not in err["message"]


async def test_key_without_scope_is_403(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/embeddings", headers={"Authorization": "Bearer k-diag"},
                          json={"model": "minilm-l6-v2", "input": "x"})
    envelope(r, 403, "permission_denied", "insufficient_scope")


async def test_models_list_and_cards(client: httpx.AsyncClient) -> None:
    h = {"Authorization": "Bearer k-diag"}
    r = await client.get("/v1/models", headers=h)
    assert r.status_code == 200
    ids = [m["id"] for m in r.json()["data"]]
    assert ids == ["minilm-l6-v2"]
    assert r.headers["ratelimit-limit"] == "60"
    card = (await client.get("/v1/models/minilm-l6-v2", headers=h)).json()
    assert card["task"] == "embedding" and card["object"] == "model"
    envelope(await client.get("/v1/models/nope", headers=h), 404, "not_found", "model_not_found")


async def test_unknown_route_uses_envelope(client: httpx.AsyncClient) -> None:
    envelope(await client.get("/v2/nothing"), 404, "not_found")


@pytest.mark.parametrize(
    ("body", "param", "code"),
    [
        ({"model": "minilm-l6-v2", "input": []}, "input", "too_short"),
        ({"model": "minilm-l6-v2", "input": ["a"] * 2049}, "input", "too_long"),
        ({"model": "minilm-l6-v2", "input": [1]}, "input[0]", "string_type"),
        ({"model": "minilm-l6-v2", "input": 5}, "input", "string_type"),
        ({"model": "minilm-l6-v2", "input": "x", "encoding_format": "hex"}, "encoding_format",
         "literal_error"),
        ({"model": "minilm-l6-v2", "input": "x", "surprise": 1}, "surprise", "extra_forbidden"),
        ({"input": "x"}, "model", "missing"),
    ],
)
async def test_embedding_validation_names_the_field(
    client: httpx.AsyncClient, body: dict, param: str, code: str
) -> None:
    settings_limit = 4096
    content = httpx.Request("POST", "/", json=body).content
    if len(content) > settings_limit:  # the 2049-input case is checked with a roomier server
        app = create_app(Settings(models=("minilm-l6-v2",), api_keys=KEYS))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://test") as big:
            r = await big.post("/v1/embeddings", headers={"Authorization": "Bearer k-embed"},
                               json=body)
    else:
        r = await client.post("/v1/embeddings", headers={"Authorization": "Bearer k-embed"},
                              json=body)
    err = envelope(r, 422, "validation_error", code)
    assert err["param"] == param


async def test_non_finite_numbers_are_422(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/v1/diagnosis", headers={"Authorization": "Bearer k-diag",
                                  "Content-Type": "application/json"},
        content=b'{"model": "wdbc-mlp", "inputs": [{"features": {"mean_radius": NaN}}]}',
    )
    # Without the diagnosis route mounted this is a 404; the validation itself is unit-tested
    # on the model below.
    assert r.status_code in (404, 422)
    from pydantic import ValidationError

    from maas_client.types import DiagnosisCreateParams

    with pytest.raises(ValidationError) as info:
        DiagnosisCreateParams.model_validate(
            {"model": "wdbc-mlp", "inputs": [{"features": {"mean_radius": float("inf")}}]})
    assert info.value.errors()[0]["type"] == "finite_number"


async def test_invalid_json_is_400_and_wrong_media_type_is_415(client: httpx.AsyncClient) -> None:
    h = {"Authorization": "Bearer k-embed"}
    r = await client.post("/v1/embeddings", headers={**h, "Content-Type": "application/json"},
                          content=b'{"model": ')
    envelope(r, 400, "invalid_request", "invalid_json")
    r = await client.post("/v1/embeddings", headers={**h, "Content-Type": "text/plain"},
                          content=b"hello")
    envelope(r, 415, "unsupported_media_type")
    r = await client.post("/v1/embeddings", headers={**h, "Content-Type": "application/json"},
                          content='{"model": "é"}'.encode("latin-1"))
    envelope(r, 400, "invalid_request", "invalid_encoding")


async def test_body_over_limit_is_413_by_length_and_by_stream(client: httpx.AsyncClient) -> None:
    h = {"Authorization": "Bearer k-embed", "Content-Type": "application/json"}
    envelope(await client.post("/v1/embeddings", headers=h, content=b" " * 5000), 413,
             "payload_too_large")

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b" " * 1000

    envelope(await client.post("/v1/embeddings", headers=h, content=chunks()), 413,
             "payload_too_large")
    assert (await client.get("/v1/health")).status_code == 200


async def test_model_routes_answer_503_while_loading(client: httpx.AsyncClient) -> None:
    r = await client.post("/v1/embeddings", headers={"Authorization": "Bearer k-embed"},
                          json={"model": "minilm-l6-v2", "input": "x"})
    envelope(r, 503, "overloaded", "model_loading")
    assert int(r.headers["retry-after"]) >= 1


async def test_rate_limit_429_with_retry_after() -> None:
    app = create_app(Settings(models=(), api_keys=KEYS, rate_limit_per_minute=60,
                              rate_limit_burst=3))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as c:
        h = {"Authorization": "Bearer k-embed"}
        statuses = [(await c.get("/v1/models", headers=h)) for _ in range(4)]
    assert [r.status_code for r in statuses] == [200, 200, 200, 429]
    assert [r.headers["ratelimit-remaining"] for r in statuses[:3]] == ["2", "1", "0"]
    err = envelope(statuses[3], 429, "rate_limit_exceeded")
    assert err["code"] == "rate_limit_exceeded"
    assert int(statuses[3].headers["retry-after"]) >= 1


async def test_idempotency_replay_and_conflict(client: httpx.AsyncClient) -> None:
    h = {"Authorization": "Bearer k-embed", "Idempotency-Key": "idem-1"}
    body = {"model": "nope", "input": "x"}
    first = await client.post("/v1/embeddings", headers=h, json=body)
    # a 404 is a final answer: stored and replayed
    again = await client.post("/v1/embeddings", headers=h, json=dict(reversed(body.items())))
    assert first.status_code == again.status_code == 404
    assert again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content
    other = await client.post("/v1/embeddings", headers=h, json={"model": "nope", "input": "y"})
    envelope(other, 409, "conflict", "idempotency_conflict")
    # another API key with the same idempotency key is a different request
    h2 = {"Authorization": "Bearer k-diag", "Idempotency-Key": "idem-1"}
    r = await client.post("/v1/embeddings", headers=h2, json=body)
    assert r.status_code == 403 and "idempotent-replayed" not in r.headers


async def test_openapi_documents_request_bodies(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    assert {"EmbeddingCreateParams", "CreateEmbeddingResponse", "ModelCard"} <= set(schemas)
    op = spec["paths"]["/v1/embeddings"]["post"]
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.endswith("/EmbeddingCreateParams")


def test_parse_api_keys() -> None:
    keys = parse_api_keys("key-a:embed,summarize;key-b:*")
    assert keys["key-a"] == {"embed", "summarize"}
    assert keys["key-b"] == {"embed", "summarize", "diagnosis", "metrics"}
    with pytest.raises(ValueError):
        parse_api_keys("key-c:everything")
    assert Settings().effective_api_keys == {"maas-dev-key": frozenset(
        {"embed", "summarize", "diagnosis", "metrics"})}
