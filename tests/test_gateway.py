"""The OHTTP gateway end to end: create_app + install_gateway over httpx.ASGITransport."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from maas_client.sealing import (
    BinaryRequest,
    ClientResponseContext,
    KeyConfig,
    decode_response,
    encapsulate_request,
    encode_request,
    parse_key_configs,
)
from maas_client.sealing.bhttp import BinaryResponse
from mock_server.app import create_app
from mock_server.policy.faults import Fault, FaultScript
from mock_server.policy.gateway import GatewayKeyStore
from mock_server.settings import ALL_SCOPES, Settings

KEY = "gw-test-key"
NO_EMBED = "gw-no-embed"
KEYS = {KEY: ALL_SCOPES, NO_EMBED: frozenset({"summarize"})}
AUTH = {"Authorization": f"Bearer {KEY}"}


class Clock:
    """A settable clock for the key store."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> GatewayKeyStore:
    return GatewayKeyStore.bootstrap(lifetime=timedelta(hours=2), clock=clock, first_id=1)


@pytest.fixture
async def client(store: GatewayKeyStore) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(models=(), api_keys=KEYS, warmup=False), key_store=store)
    names = [m.cls.__name__ for m in app.user_middleware]
    # outermost first: the gateway inside request-context/body-limit, outside idempotency (with
    # only the observability capture of the inner request and its admission in between)
    gateway, idempotency = (names.index("OHTTPGatewayMiddleware"),
                            names.index("IdempotencyMiddleware"))
    assert names[gateway + 1:idempotency] == ["RequestCaptureMiddleware", "AdmissionMiddleware"]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as c:
        yield c


async def _configs(client: httpx.AsyncClient) -> list[KeyConfig]:
    answer = await client.get("/.well-known/ohttp-gateway")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/ohttp-keys"
    return parse_key_configs(answer.content)


def _inner(method: str, path: str, body: bytes = b"", **headers: str) -> bytes:
    return encode_request(BinaryRequest(
        method.encode(), b"https", b"maas.test", path.encode(),
        [(k.replace("_", "-").lower().encode(), v.encode()) for k, v in headers.items()], body))


async def _sealed(client: httpx.AsyncClient, config: KeyConfig, inner: bytes,
                  headers: dict[str, str] | None = None, aead_id: int = 1
                  ) -> tuple[httpx.Response, ClientResponseContext]:
    sealed, context = encapsulate_request(config, inner, aead_id=aead_id)
    answer = await client.post("/.well-known/ohttp-gateway", content=sealed, headers={
        "Content-Type": "message/ohttp-req", **(headers if headers is not None else AUTH)})
    return answer, context


def _open(answer: httpx.Response, context: ClientResponseContext) -> BinaryResponse:
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "message/ohttp-res"
    return decode_response(context.open(answer.content))


async def test_keys_published_newest_first(client: httpx.AsyncClient,
                                           store: GatewayKeyStore) -> None:
    configs = await _configs(client)
    assert [c.key_id for c in configs] == [2, 1]  # two live keys during the rotation
    data = (await client.get("/v1/keys")).json()
    assert [k["key_id"] for k in data["keys"]] == [2, 1]
    for entry, config in zip(data["keys"], configs, strict=True):
        assert entry["kem"] == "X25519" and entry["kdf"] == "HKDF-SHA256"
        assert entry["aead"] == "AES-128-GCM"
        assert base64.urlsafe_b64decode(entry["public_key"] + "=") == config.public_key
        key = store.by_id()[entry["key_id"]]
        assert datetime.fromisoformat(entry["not_after"]) == key.not_after


@pytest.mark.parametrize("aead_id", [1, 3])
async def test_sealed_request_round_trip(client: httpx.AsyncClient, aead_id: int) -> None:
    config = (await _configs(client))[0]
    answer, context = await _sealed(client, config, _inner("GET", "/v1/models"), aead_id=aead_id)
    assert "ratelimit-remaining" in answer.headers  # copied from the inner response
    inner = _open(answer, context)
    assert inner.status == 200
    assert json.loads(inner.body)["object"] == "list"
    names = {n for n, _ in inner.headers}
    assert b"x-request-id" in names and b"ratelimit-limit" in names


async def test_older_live_key_still_opens(client: httpx.AsyncClient) -> None:
    older = (await _configs(client))[1]
    answer, context = await _sealed(client, older, _inner("GET", "/v1/health"))
    assert _open(answer, context).status == 200


async def test_outer_auth_is_checked_before_decrypting(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        answer = await client.post("/.well-known/ohttp-gateway", content=b"\x00garbage",
                                   headers={"Content-Type": "message/ohttp-req", **headers})
        assert answer.status_code == 401
        assert answer.json()["error"]["type"] == "authentication_error"


async def test_wrong_media_type(client: httpx.AsyncClient) -> None:
    answer = await client.post("/.well-known/ohttp-gateway", content=b"{}",
                               headers={"Content-Type": "application/json", **AUTH})
    assert answer.status_code == 415


async def test_unknown_and_expired_key(client: httpx.AsyncClient, clock: Clock) -> None:
    configs = await _configs(client)
    unknown = KeyConfig(9, configs[0].kem_id, configs[0].public_key, configs[0].suites)
    answer, _ = await _sealed(client, unknown, _inner("GET", "/v1/health"))
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "unknown_key"
    clock.now += timedelta(hours=1, minutes=1)  # key 1 (half the lifetime) has expired
    assert [c.key_id for c in await _configs(client)] == [2]
    answer, _ = await _sealed(client, configs[1], _inner("GET", "/v1/health"))
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "unknown_key"


async def test_decryption_failures_look_identical(client: httpx.AsyncClient) -> None:
    config = (await _configs(client))[0]
    sealed, _ = encapsulate_request(config, _inner("GET", "/v1/health"))
    bodies = []
    for bad in (sealed[:-1] + bytes([sealed[-1] ^ 1]), sealed[:20], sealed[:7] + bytes(32)
                + sealed[39:], sealed[:3]):
        answer = await client.post("/.well-known/ohttp-gateway", content=bad, headers={
            "Content-Type": "message/ohttp-req", **AUTH})
        assert answer.status_code == 400
        error = answer.json()["error"]
        bodies.append((error["type"], error["code"], error["message"]))
    assert bodies == [("invalid_request", "decryption_failed", bodies[0][2])] * 4


async def test_inner_auth_scope_and_headers(client: httpx.AsyncClient) -> None:
    config = (await _configs(client))[0]
    body = json.dumps({"model": "minilm-l6-v2", "input": "synthetic text"}).encode()
    inner = _inner("POST", "/v1/embeddings", body, content_type="application/json")
    answer, context = await _sealed(client, config, inner,
                                    headers={"Authorization": f"Bearer {NO_EMBED}"})
    response = _open(answer, context)
    assert response.status == 403  # the outer key is the one the inner request is judged by
    assert json.loads(response.body)["error"]["type"] == "permission_denied"


async def test_idempotency_applies_to_the_inner_request(client: httpx.AsyncClient) -> None:
    config = (await _configs(client))[0]
    body = json.dumps({"model": "minilm-l6-v2"}).encode()  # missing input: a stored 422
    inner = _inner("POST", "/v1/embeddings", body, content_type="application/json")
    statuses, replayed = [], []
    for attempt in range(2):  # fresh ciphertext each attempt, same Idempotency-Key
        answer, context = await _sealed(client, config, inner, headers={
            **AUTH, "Idempotency-Key": "idem-gw-1", "MaaS-Retry-Count": str(attempt)})
        response = _open(answer, context)
        statuses.append(response.status)
        replayed.append(dict(response.headers).get(b"idempotent-replayed"))
    assert statuses == [422, 422]
    assert replayed == [None, b"true"]


async def test_bad_inner_message_is_a_sealed_400(client: httpx.AsyncClient) -> None:
    config = (await _configs(client))[0]
    answer, context = await _sealed(client, config, b"\x07not bhttp")
    response = _open(answer, context)
    assert response.status == 400
    assert json.loads(response.body)["error"]["code"] == "invalid_inner_request"


def test_rotation_keeps_old_key_live(clock: Clock) -> None:
    store = GatewayKeyStore.bootstrap(lifetime=timedelta(hours=2), clock=clock, first_id=1)
    new = store.rotate(timedelta(hours=4))
    assert new.key_id == 3
    assert [k.key_id for k in store.live()] == [3, 2, 1]
    clock.now += timedelta(hours=3)
    assert [k.key_id for k in store.live()] == [3]
    assert store.rotate(timedelta(hours=4)).key_id == 4
    assert sorted(store.by_id()) == [3, 4]


def test_rotation_never_reuses_the_id_of_a_retired_key(clock: Clock) -> None:
    store = GatewayKeyStore.bootstrap(lifetime=timedelta(hours=2), clock=clock, first_id=1)
    ids = [k.key_id for k in store.live()]
    newest = store.rotate(timedelta(minutes=30))
    clock.now += timedelta(hours=3)  # every key so far has expired
    fresh = store.rotate()
    assert fresh.key_id not in {*ids, newest.key_id}


async def test_every_single_byte_flip_of_a_sealed_request_is_refused_identically(
    client: httpx.AsyncClient,
) -> None:
    config = (await _configs(client))[0]
    body = json.dumps({"model": "minilm-l6-v2", "input": "tamper me"}).encode()
    sealed, _ = encapsulate_request(config, _inner("POST", "/v1/embeddings", body,
                                                   content_type="application/json"))
    header = 7  # key id (1) + KEM (2) + KDF (2) + AEAD (2): an unknown key or suite
    seen = set()
    for i in range(len(sealed)):
        bad = sealed[:i] + bytes([sealed[i] ^ 0x01]) + sealed[i + 1:]
        answer = await client.post("/.well-known/ohttp-gateway", content=bad, headers={
            "Content-Type": "message/ohttp-req", **AUTH})
        error = answer.json()["error"]
        if i < header:
            assert (answer.status_code, error["code"]) == (422, "unknown_key"), i
        else:
            assert answer.status_code == 400, i
            seen.add((error["type"], error["code"], error["message"], error["param"]))
    assert len(seen) == 1 and next(iter(seen))[1] == "decryption_failed"


async def test_inner_bodies_with_huge_integers_are_a_sealed_400(
    client: httpx.AsyncClient,
) -> None:
    config = (await _configs(client))[0]
    body = b'{"model": "minilm-l6-v2", "input": "x", "dimensions": ' + b"7" * 10_000 + b"}"
    answer, context = await _sealed(client, config, _inner(
        "POST", "/v1/embeddings", body, content_type="application/json"))
    response = _open(answer, context)
    assert response.status == 400
    assert json.loads(response.body)["error"]["code"] == "invalid_json"


async def test_gateway_errors_carry_the_outer_request_id(client: httpx.AsyncClient) -> None:
    config = (await _configs(client))[0]
    answer, context = await _sealed(client, config, b"\x07not bhttp")
    error = json.loads(_open(answer, context).body)["error"]
    assert error["code"] == "invalid_inner_request"
    assert error["request_id"] == answer.headers["x-request-id"]
    bad = await client.post("/.well-known/ohttp-gateway", content=b"\x00" * 40, headers={
        "Content-Type": "message/ohttp-req", **AUTH})
    assert bad.json()["error"]["request_id"] == bad.headers["x-request-id"]


@pytest.mark.parametrize("damage", ["truncated", "dropped"])
async def test_an_incomplete_inner_answer_is_an_outer_502_not_a_sealed_success(
    store: GatewayKeyStore, damage: str
) -> None:
    settings = Settings(models=(), api_keys=KEYS, warmup=False, enable_fault_injection=True,
                        faults=(FaultScript(method="GET", path="/v1/models",
                                            fault=Fault(body=damage)),))
    app = create_app(settings, key_store=store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as c:
        config = (await _configs(c))[0]
        answer, _ = await _sealed(c, config, _inner("GET", "/v1/models"))
        assert answer.status_code == 502
        error = answer.json()["error"]
        assert error["code"] == "inner_response_incomplete"
        assert error["request_id"] == answer.headers["x-request-id"]
        again, context = await _sealed(c, config, _inner("GET", "/v1/models"))
        assert _open(again, context).status == 200  # the retry gets the whole answer


def test_keys_persist_in_the_key_file_and_ids_are_never_reused(tmp_path: Path,
                                                               clock: Clock) -> None:
    path = tmp_path / "keys.json"
    first = GatewayKeyStore.load_or_create(path, lifetime=timedelta(hours=2), clock=clock)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = GatewayKeyStore.load_or_create(path, clock=clock)
    assert {i: k.private_key for i, k in again.by_id().items()} == {
        i: k.private_key for i, k in first.by_id().items()}
    used = set(first.by_id())
    clock.now += timedelta(days=3)  # every key expired while the server was down
    later = GatewayKeyStore.load_or_create(path, clock=clock)
    fresh = {k.key_id for k in later.live()}
    assert fresh and not fresh & used


def test_ids_that_wrap_round_are_not_reused_after_a_restart(tmp_path: Path, clock: Clock,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import mock_server.policy.gateway as gateway

    monkeypatch.setattr(gateway.secrets, "randbelow", lambda n: 255)  # ids 255, then 0
    path = tmp_path / "keys.json"
    used = set(GatewayKeyStore.load_or_create(path, clock=clock).by_id())
    assert used == {255, 0}
    clock.now += timedelta(days=3)
    assert {k.key_id for k in GatewayKeyStore.load_or_create(path, clock=clock).live()} == {1}
