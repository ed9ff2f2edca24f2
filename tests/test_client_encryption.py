"""End-to-end encryption (Oblivious HTTP) in both clients.

Unit tests drive the I/O-free stage (key cache, seal, open) and the drivers over respx with a
small in-test gateway; live tests run every route sealed through the real reference server
(session fixture `maas_server`), read the bytes on the wire, tamper with them, and rotate the
server's keys under a client.
"""

from __future__ import annotations

import base64
import inspect
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import respx

from maas_client import (
    APIConnectionError,
    AsyncMaaSClient,
    AuthenticationError,
    EncryptionError,
    InvalidParametersError,
    MaaSClient,
    NotFoundError,
    Privacy,
    RetryEvent,
    ServiceUnavailableError,
)
from maas_client._sealing_stage import (
    FAILURE_TTL,
    GATEWAY_PATH,
    NO_KEYS_TTL,
    KeyCache,
    SealedOpener,
    StaleKeyError,
    parse_server_keys,
    seal_parts,
)
from maas_client.sealing import (
    BinaryResponse,
    KeyConfig,
    ServerKeyPair,
    decapsulate_request,
    decode_request,
    encapsulate_request,
    encode_key_configs,
    encode_response,
)
from maas_client.testing import ReferenceServer
from maas_client.types import KeyList

from .conftest import DEV_KEY

BASE = "http://127.0.0.1:8000"
FAR = datetime(2100, 1, 1, tzinfo=UTC)
EMB_OK = {"object": "list", "model": "minilm-l6-v2",
          "data": [{"object": "embedding", "index": 0, "embedding": [0.6, 0.8]}],
          "usage": {"prompt_tokens": 3, "total_tokens": 3}}
# Synthetic. A phrase no model or header would produce by chance.
PHRASE = "Quirinus Fenwick-Abernathy reported marmalade-coloured sputum on Tuesday"
NOTE = ("HPI: The patient reports three days of productive cough. "
        f"{PHRASE}. He denies fever or chest pain. "
        "Assessment: Likely community-acquired bronchitis; lungs clear on exam. "
        "Plan: Supportive care, fluids, return if breathing worsens.")


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def run(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def close(client: MaaSClient | AsyncMaaSClient) -> None:
    await run(client.close())


async def _nosleep(_: float) -> None:
    return None


# -- a small gateway for respx -----------------------------------------------------------------
class MiniGateway:
    """Opens sealed requests with `key`, answers each with the next scripted inner response."""

    def __init__(self, key: ServerKeyPair, answers: list[tuple[int, dict[str, Any]]]) -> None:
        self.key = key
        self.answers = answers
        self.inner: list[Any] = []
        self.outer: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.outer.append(request)
        try:
            plain, context = decapsulate_request({self.key.key_id: self.key}, request.content)
        except Exception:
            return httpx.Response(422, json={"error": {"type": "validation_error",
                                                       "code": "unknown_key", "message": "x"}})
        self.inner.append(decode_request(plain))
        status, body = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(body):
            body = body(self.inner[-1])
        inner = BinaryResponse(status, [(b"content-type", b"application/json"),
                                        (b"x-request-id", b"req_inner"),
                                        (b"ratelimit-limit", b"60")], json.dumps(body).encode())
        return httpx.Response(200, headers={"content-type": "message/ohttp-res",
                                            "x-request-id": "req_inner"},
                              content=context.seal(encode_response(inner)))


def _keys_doc(*keys: ServerKeyPair) -> bytes:
    return encode_key_configs(k.config for k in keys)


def _client(kind: str, **kw: Any) -> MaaSClient | AsyncMaaSClient:
    kw.setdefault("api_key", "sk-test")
    kw.setdefault("privacy", None)
    if kind == "sync":
        return MaaSClient(base_url=BASE, _sleep=lambda s: None, **kw)
    return AsyncMaaSClient(base_url=BASE, _sleep=_nosleep, **kw)


# -- I/O-free parts ------------------------------------------------------------------------------
def test_key_cache_decisions() -> None:
    cache = KeyCache()
    assert cache.needs_fetch("auto", 0.0) and cache.needs_fetch("required", 0.0)
    assert not cache.needs_fetch("off", 0.0)
    assert not cache.needs_fetch("auto", 0.0, has_body=False)  # a GET never triggers it
    assert cache.needs_fetch("required", 0.0, has_body=False)
    assert cache.key_for("auto", 0.0) is None
    with pytest.raises(EncryptionError):
        cache.key_for("required", 0.0)

    cache.record_answer(404, httpx.Headers(), b"", now=10.0)
    assert cache.key_for("auto", 10.0) is None and not cache.needs_fetch("auto", 11.0)
    assert cache.needs_fetch("auto", 10.0 + NO_KEYS_TTL)
    with pytest.raises(EncryptionError, match="publishes no encryption keys"):
        cache.key_for("required", 11.0)

    key = ServerKeyPair.generate(7, FAR)
    cache.record_answer(200, httpx.Headers(), _keys_doc(key), now=20.0)
    assert cache.key_for("required", 20.0) == key.config and cache.configs == (key.config,)
    assert not cache.needs_fetch("required", 1e9)  # held until refused
    assert cache.invalidate(7) and cache.needs_fetch("auto", 21.0)

    cache.record_answer(503, httpx.Headers({"x-request-id": "req_k"}), b"", now=30.0)
    assert cache.key_for("auto", 30.0) is None
    assert not cache.needs_fetch("auto", 31.0) and cache.needs_fetch("auto", 30.0 + FAILURE_TTL)
    assert cache.needs_fetch("required", 31.0)  # "required" tries again on the next attempt
    with pytest.raises(ServiceUnavailableError) as info:
        cache.key_for("required", 31.0)
    assert info.value.request_id == "req_k"

    cache.record_answer(200, httpx.Headers(), b"\x00\x05abc", now=40.0)  # malformed framing
    with pytest.raises(EncryptionError, match="malformed"):
        cache.key_for("required", 40.0)


def test_pinned_keys_in_every_form() -> None:
    key = ServerKeyPair.generate(3, FAR)
    doc = _keys_doc(key)
    as_json = KeyList.model_validate({"keys": [{
        "key_id": 3, "kem": "X25519", "kdf": "HKDF-SHA256", "aead": "AES-128-GCM",
        "public_key": base64.urlsafe_b64encode(key.config.public_key).rstrip(b"=").decode(),
        "not_after": "2100-01-01T00:00:00Z"}]})
    for value in (doc, [key.config], as_json):
        (config,) = parse_server_keys(value)
        assert config.key_id == 3 and config.public_key == key.config.public_key
    cache = KeyCache.for_options(doc)
    assert cache.pinned and not cache.needs_fetch("required", 0.0)
    assert not cache.invalidate(3) and cache.key_for("required", 0.0) == key.config
    for bad in (b"\x00\x09nonsense", b"", [], ["not a key"],
                [KeyConfig(1, 0x20, bytes(32), [(1, 0x99)])]):
        with pytest.raises(InvalidParametersError):
            parse_server_keys(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidParametersError):
        MaaSClient(api_key="k", server_keys=b"\x00\x09nonsense")


def test_seal_parts_keeps_credentials_outside() -> None:
    key = ServerKeyPair.generate(5, FAR)
    headers = {"Authorization": "Bearer sk-secret", "Idempotency-Key": "idem-1",
               "MaaS-Retry-Count": "2", "User-Agent": "ua/1", "Content-Type": "application/json",
               "Accept": "application/json", "X-Custom": "inside"}
    url, outer, sealed, opener = seal_parts("https://maas.example", "POST", "/v1/summaries",
                                            headers, b'{"text": "x"}', key.config)
    assert url == "https://maas.example" + GATEWAY_PATH
    assert outer == {"Authorization": "Bearer sk-secret", "Idempotency-Key": "idem-1",
                     "MaaS-Retry-Count": "2", "User-Agent": "ua/1",
                     "Content-Type": "message/ohttp-req", "Accept": "message/ohttp-res"}
    assert b"sk-secret" not in sealed and b"inside" not in sealed
    plain, context = decapsulate_request({5: key}, sealed)
    inner = decode_request(plain)
    assert (inner.method, inner.scheme, inner.authority, inner.path) == (
        b"POST", b"https", b"maas.example", b"/v1/summaries")
    names = dict(inner.headers)
    assert names[b"x-custom"] == b"inside" and names[b"content-type"] == b"application/json"
    assert not {b"authorization", b"idempotency-key", b"maas-retry-count"} & set(names)
    assert inner.body == b'{"text": "x"}'
    # the opener: a sealed 200 opens to the inner answer; tampering never does
    answer = context.seal(encode_response(BinaryResponse(404, [(b"x-a", b"1")], b"{}")))
    status, got, body = opener(200, httpx.Headers({"content-type": "message/ohttp-res"}),
                               answer)
    assert (status, got["x-a"], body) == (404, "1", b"{}")
    flipped = answer[:20] + bytes([answer[20] ^ 1]) + answer[21:]
    with pytest.raises(EncryptionError) as info:
        opener(200, httpx.Headers({"content-type": "message/ohttp-res"}), flipped)
    assert "could not be opened" in str(info.value) and "{}" not in str(info.value)


def test_opener_on_outer_answers() -> None:
    key = ServerKeyPair.generate(9, FAR)
    _, context = encapsulate_request(key.config, b"\x00")
    opener = SealedOpener(context, 9)
    h = httpx.Headers({"content-type": "application/json", "x-request-id": "req_o"})
    body = b'{"error": {"type": "rate_limit_exceeded", "message": "slow down"}}'
    assert opener(429, h, body) == (429, h, body)  # outer errors go to the normal mapping
    unknown = b'{"error": {"type": "validation_error", "code": "unknown_key", "message": "m"}}'
    with pytest.raises(StaleKeyError) as info:
        opener(422, h, unknown)
    assert info.value.key_id == 9 and info.value.request_id == "req_o"
    with pytest.raises(EncryptionError, match="not sealed"):
        opener(200, h, b'{"object": "list"}')  # a plain 200 to a sealed request


# -- drivers over respx ---------------------------------------------------------------------------
async def test_auto_seals_when_keys_are_published(kind: str) -> None:
    key = ServerKeyPair.generate(4, FAR)
    gateway = MiniGateway(key, [(200, EMB_OK)])
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        keys = router.get(GATEWAY_PATH).respond(200, content=_keys_doc(key))
        router.post(GATEWAY_PATH).mock(side_effect=gateway)
        plain = router.post("/v1/embeddings")
        client = _client(kind)
        copy = client.with_options(timeout=5.0)
        for c in (client, copy, client):
            result = await run(c.embeddings.create(model="minilm-l6-v2", input="cough"))
            assert result.request_id == "req_inner" and result.rate_limit is not None
        await close(client)
    assert keys.call_count == 1 and not plain.called  # fetched once, shared by the copy
    assert len(gateway.inner) == 3
    inner = gateway.inner[0]
    assert (inner.method, inner.path) == (b"POST", b"/v1/embeddings")
    assert json.loads(inner.body)["input"] == "cough"
    outer = gateway.outer[0].headers
    assert outer["authorization"] == "Bearer sk-test" and outer["maas-retry-count"] == "0"
    assert outer["content-type"] == "message/ohttp-req" and "idempotency-key" in outer


def _embeddings_for(inner: Any) -> dict[str, Any]:
    count = len(json.loads(inner.body)["input"])
    return {"object": "list", "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1},
            "data": [{"object": "embedding", "index": i, "embedding": [1.0, 0.0]}
                     for i in range(count)]}


async def test_concurrent_chunks_fetch_the_keys_once() -> None:
    key = ServerKeyPair.generate(4, FAR)
    gateway = MiniGateway(key, [(200, _embeddings_for)])  # type: ignore[list-item]
    with respx.mock(base_url=BASE) as router:
        keys = router.get(GATEWAY_PATH).respond(200, content=_keys_doc(key))
        router.post(GATEWAY_PATH).mock(side_effect=gateway)
        client = _client("async", encryption="required")
        result = await run(client.embeddings.create(model="m", input=["t"] * 5000))
        await close(client)
    assert len(result.data) == 5000 and len(gateway.inner) == 3  # three concurrent chunks
    assert keys.call_count == 1


async def test_auto_without_keys_sends_plain_and_remembers(kind: str) -> None:
    with respx.mock(base_url=BASE) as router:
        keys = router.get(GATEWAY_PATH).respond(404)
        plain = router.post("/v1/embeddings").respond(200, json=EMB_OK)
        client = _client(kind)
        for _ in range(2):
            await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
        await close(client)
    assert keys.call_count == 1 and plain.call_count == 2


async def test_required_without_keys_sends_nothing(kind: str) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        keys = router.get(GATEWAY_PATH).respond(404)
        plain = router.post("/v1/embeddings").respond(200, json=EMB_OK)
        gateway = router.post(GATEWAY_PATH).respond(500)
        client = _client(kind, encryption="required")
        with pytest.raises(EncryptionError, match="publishes no encryption keys"):
            await run(client.embeddings.create(model="m", input="x"))
        with pytest.raises(EncryptionError):
            await run(client.models.list())  # GETs are sealed (or refused) too
        await close(client)
    assert keys.call_count == 1 and not plain.called and not gateway.called


async def test_required_key_fetch_connection_error_is_retried(kind: str) -> None:
    key = ServerKeyPair.generate(4, FAR)
    gateway = MiniGateway(key, [(200, EMB_OK)])
    with respx.mock(base_url=BASE) as router:
        keys = router.get(GATEWAY_PATH).mock(side_effect=[
            httpx.ConnectError("refused"), httpx.Response(200, content=_keys_doc(key))])
        router.post(GATEWAY_PATH).mock(side_effect=gateway)
        events: list[RetryEvent] = []
        client = _client(kind, encryption="required", on_retry=events.append)
        await run(client.embeddings.create(model="m", input="x"))
        await close(client)
    assert keys.call_count == 2 and [e.reason for e in events] == ["APIConnectionError"]
    with respx.mock(base_url=BASE) as router:
        router.get(GATEWAY_PATH).mock(side_effect=httpx.ConnectError("refused"))
        client = _client(kind, encryption="required", max_retries=0)
        with pytest.raises(APIConnectionError):
            await run(client.embeddings.create(model="m", input="x"))
        await close(client)


async def test_inner_status_maps_and_retries_with_fresh_seals(kind: str) -> None:
    key = ServerKeyPair.generate(4, FAR)
    busy = {"error": {"type": "overloaded", "code": "queue_full", "message": "busy"}}
    gateway = MiniGateway(key, [(503, busy), (200, EMB_OK)])
    with respx.mock(base_url=BASE) as router:
        router.get(GATEWAY_PATH).respond(200, content=_keys_doc(key))
        router.post(GATEWAY_PATH).mock(side_effect=gateway)
        events: list[RetryEvent] = []
        client = _client(kind, encryption="required", on_retry=events.append)
        await run(client.embeddings.create(model="m", input="x"))
        gateway.answers = [(404, {"error": {"type": "not_found", "code": "model_not_found",
                                            "message": "no such model", "param": "model"}})]
        with pytest.raises(NotFoundError) as info:
            await run(client.embeddings.create(model="nope", input="x"))
        await close(client)
    assert [e.reason for e in events] == ["503"]
    assert info.value.param == "model" and info.value.request_id == "req_inner"
    first, second = gateway.outer[0], gateway.outer[1]
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert [first.headers["maas-retry-count"], second.headers["maas-retry-count"]] == ["0", "1"]
    assert first.content[7:39] != second.content[7:39]  # a fresh HPKE context per attempt


async def test_unknown_key_refetches_once(kind: str) -> None:
    old, new = ServerKeyPair.generate(1, FAR), ServerKeyPair.generate(2, FAR)
    gateway = MiniGateway(new, [(200, EMB_OK)])
    with respx.mock(base_url=BASE) as router:
        keys = router.get(GATEWAY_PATH).mock(side_effect=[
            httpx.Response(200, content=_keys_doc(old)),
            httpx.Response(200, content=_keys_doc(new, old))])
        router.post(GATEWAY_PATH).mock(side_effect=gateway)
        client = _client(kind, encryption="required", max_retries=0)
        await run(client.embeddings.create(model="m", input="x"))
        await close(client)
    assert keys.call_count == 2 and [r.content[0] for r in gateway.outer] == [1, 2]
    assert [r.headers["maas-retry-count"] for r in gateway.outer] == ["0", "1"]


async def test_unknown_key_twice_and_pinned_fail_clearly(kind: str) -> None:
    old, new = ServerKeyPair.generate(1, FAR), ServerKeyPair.generate(2, FAR)
    gateway = MiniGateway(new, [(200, EMB_OK)])
    with respx.mock(base_url=BASE) as router:
        keys = router.get(GATEWAY_PATH).respond(200, content=_keys_doc(old))  # stale twice
        router.post(GATEWAY_PATH).mock(side_effect=gateway)
        client = _client(kind, encryption="required")
        with pytest.raises(EncryptionError, match="even after the keys were fetched again"):
            await run(client.embeddings.create(model="m", input="x"))
        assert keys.call_count == 2 and len(gateway.outer) == 2
        pinned = _client(kind, server_keys=_keys_doc(old))
        with pytest.raises(EncryptionError, match="pinned encryption key 1"):
            await run(pinned.embeddings.create(model="m", input="x"))
        assert keys.call_count == 2 and len(gateway.outer) == 3  # pinned: no fetch at all
        await close(client)
        await close(pinned)


# -- live: the real reference server ------------------------------------------------------------
class Exchange:
    """One request/response pair as it crossed the wire."""

    def __init__(self, request: httpx.Request, status: int, headers: httpx.Headers,
                 body: bytes) -> None:
        self.method, self.path = request.method, request.url.path
        self.request_headers, self.request_body = request.headers, request.content
        self.status, self.headers, self.body = status, headers, body


class Wire:
    """Records every exchange; can corrupt sealed answers or serve a stale key document."""

    def __init__(self, tamper: bool = False, stale_keys: bytes | None = None) -> None:
        self.tamper = tamper
        self.stale_keys = stale_keys
        self.log: list[Exchange] = []

    def short_circuit(self, request: httpx.Request) -> httpx.Response | None:
        if self.stale_keys is not None and request.method == "GET" and (
                request.url.path == GATEWAY_PATH):
            return self.finish(request, 200, httpx.Headers(
                {"content-type": "application/ohttp-keys"}), self.stale_keys)
        return None

    def finish(self, request: httpx.Request, status: int, headers: httpx.Headers,
               body: bytes) -> httpx.Response:
        self.log.append(Exchange(request, status, headers, body))
        if self.tamper and headers.get("content-type") == "message/ohttp-res":
            middle = len(body) // 2
            body = body[:middle] + bytes([body[middle] ^ 0x01]) + body[middle + 1:]
        kept = [(k, v) for k, v in headers.multi_items()
                if k.lower() not in ("content-length", "transfer-encoding", "content-encoding")]
        return httpx.Response(status, headers=kept, content=body)

    def everything(self) -> bytes:
        parts = []
        for x in self.log:
            parts += [x.path.encode(), *(f"{k}: {v}".encode() for k, v in
                                         x.request_headers.multi_items()),
                      x.request_body, *(f"{k}: {v}".encode() for k, v in x.headers.multi_items()),
                      x.body]
        return b"\n".join(parts)

    def sync(self) -> httpx.Client:
        wire, inner = self, httpx.HTTPTransport()

        class Transport(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                request.read()
                early = wire.short_circuit(request)
                if early is not None:
                    return early
                response = inner.handle_request(request)
                body = response.read()
                response.close()
                return wire.finish(request, response.status_code, response.headers, body)

            def close(self) -> None:
                inner.close()

        return httpx.Client(transport=Transport(), timeout=120.0)

    def async_(self) -> httpx.AsyncClient:
        wire, inner = self, httpx.AsyncHTTPTransport()

        class Transport(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                await request.aread()
                early = wire.short_circuit(request)
                if early is not None:
                    return early
                response = await inner.handle_async_request(request)
                body = await response.aread()
                await response.aclose()
                return wire.finish(request, response.status_code, response.headers, body)

            async def aclose(self) -> None:
                await inner.aclose()

        return httpx.AsyncClient(transport=Transport(), timeout=120.0)


def live(kind: str, server: ReferenceServer, wire: Wire, **kw: Any
         ) -> MaaSClient | AsyncMaaSClient:
    kw.setdefault("api_key", DEV_KEY)
    kw.setdefault("encryption", "required")
    if kind == "sync":
        return MaaSClient(base_url=server.base_url, http_client=wire.sync(), timeout=120.0, **kw)
    return AsyncMaaSClient(base_url=server.base_url, http_client=wire.async_(), timeout=120.0,
                           **kw)


async def close_live(client: MaaSClient | AsyncMaaSClient) -> None:
    http = client._http
    await close(client)
    await run(http.close() if isinstance(http, httpx.Client) else http.aclose())


def _sealed_only(wire: Wire) -> None:
    """Every exchange is the key fetch or a sealed POST to the gateway."""
    for x in wire.log:
        assert x.path == GATEWAY_PATH, x.path
        if x.method == "POST":
            assert x.request_headers["content-type"] == "message/ohttp-req"
            assert x.status != 200 or x.headers["content-type"] == "message/ohttp-res"
        else:
            assert x.method == "GET" and x.headers["content-type"] == "application/ohttp-keys"


@pytest.mark.integration
async def test_every_route_sealed_end_to_end(kind: str, maas_server: ReferenceServer) -> None:
    wire = Wire()
    client = live(kind, maas_server, wire, privacy=None)
    listed = await run(client.models.list())
    assert {"minilm-l6-v2", "clinical-extractive"} <= {m.id for m in listed.data}
    card = await run(client.models.retrieve("minilm-l6-v2"))
    emb = await run(client.embeddings.create(model="minilm-l6-v2", input=["cough", "fever"]))
    summary = await run(client.summaries.create(model="clinical-extractive", text=NOTE,
                                                max_sentences=2))
    results = [listed, card, emb, summary]
    try:
        wdbc = await run(client.models.retrieve("wdbc-mlp"))
    except NotFoundError:
        wdbc = None  # a server started without the diagnosis model
    results.append(wdbc)
    if wdbc is not None:
        feats = {f["name"]: (f["min"] + f["max"]) / 2 for f in wdbc.inputs["features"]}
        diag = await run(client.diagnosis.create(model="wdbc-mlp",
                                                 inputs=[{"features": feats}], explain=True))
        assert diag.results[0].label in ("malignant", "benign")
        results.append(diag)
    with pytest.raises(NotFoundError) as info:  # an inner 404 maps to the usual exception
        await run(client.embeddings.create(model="no-such-model", input="x"))
    await close_live(client)
    assert info.value.param == "model" and info.value.request_id
    assert emb.to_numpy().shape == (2, 384)
    for s in summary.sentences:
        assert NOTE[s.start:s.end] == s.text
    assert all(r.request_id for r in results if r is not None) and emb.rate_limit is not None
    _sealed_only(wire)
    assert sum(x.method == "GET" for x in wire.log) == 1  # the keys, once
    assert sum(x.method == "POST" for x in wire.log) == len(results) + 1


@pytest.mark.integration
async def test_wire_carries_neither_request_nor_response_text(
        kind: str, maas_server: ReferenceServer) -> None:
    texts: dict[str, list[str]] = {}
    for mode in ("off", "required"):
        wire = Wire()
        client = live(kind, maas_server, wire, encryption=mode, privacy=None)
        summary = await run(client.summaries.create(model="clinical-extractive", text=NOTE,
                                                    max_sentences=3))
        await run(client.embeddings.create(model="minilm-l6-v2", input=PHRASE))
        await close_live(client)
        texts[mode] = [s.text for s in summary.sentences]
        seen = wire.everything()
        needles = [PHRASE, "marmalade", "Abernathy", *texts[mode]]
        found = [n for n in needles if n.encode() in seen]
        if mode == "off":  # the control: the same capture does see plain traffic
            assert PHRASE.encode() in seen and texts["off"][0].encode() in seen
        else:
            assert found == [], f"{len(found)} plaintext fragments on the wire"
            assert b"/v1/summaries" not in seen and b"clinical-extractive" not in seen
    assert texts["required"] == texts["off"] and texts["required"]


@pytest.mark.integration
async def test_tampered_response_is_refused(kind: str, maas_server: ReferenceServer) -> None:
    wire = Wire(tamper=True)
    client = live(kind, maas_server, wire)
    with pytest.raises(EncryptionError, match="could not be opened") as info:
        await run(client.summaries.create(model="clinical-extractive", text=NOTE))
    await close_live(client)
    assert PHRASE not in str(info.value) and "HPI" not in str(info.value)
    assert sum(x.method == "POST" for x in wire.log) == 1  # not retried


@pytest.mark.integration
async def test_outer_errors_map_as_usual(kind: str, maas_server: ReferenceServer) -> None:
    wire = Wire()
    client = live(kind, maas_server, wire, api_key="wrong-key")
    with pytest.raises(AuthenticationError):  # 401 before anything is decrypted
        await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
    await close_live(client)
    assert wire.log[-1].status == 401 and wire.log[-1].path == GATEWAY_PATH


@pytest.mark.integration
async def test_inner_faults_are_retried(kind: str, maas_server: ReferenceServer) -> None:
    events: list[RetryEvent] = []
    wire = Wire()
    client = live(kind, maas_server, wire, on_retry=events.append)
    maas_server.inject_fault("/v1/embeddings", status=503, retry_after=0.05, times=2)
    try:
        result = await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
    finally:
        maas_server.clear_faults()
        await close_live(client)
    assert len(result.data) == 1 and [e.reason for e in events] == ["503", "503"]
    posts = [x for x in wire.log if x.method == "POST"]
    assert [x.status for x in posts] == [200, 200, 200]  # outer 200: the 503s were inside
    assert len({x.request_headers["idempotency-key"] for x in posts}) == 1


def _retire(server: ReferenceServer, key_id: int) -> ServerKeyPair:
    """Rotate in a new key, then expire `key_id` early (a revocation): it answers
    unknown_key from now on. Rotating first keeps the new key from reusing its id."""
    store = server.app.state.ohttp_key_store
    new = store.rotate()
    old = store.by_id()[key_id]
    store.add(ServerKeyPair(old.key_id, old.private_key, old.config,
                            store.now() - timedelta(seconds=1)))
    return new


@pytest.mark.integration
async def test_rotation_refreshes_once_then_fails_clearly(kind: str,
                                                          maas_server: ReferenceServer) -> None:
    wire = Wire()
    client = live(kind, maas_server, wire)
    await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
    used = wire.log[-1].request_body[0]
    new = _retire(maas_server, used)
    result = await run(client.embeddings.create(model="minilm-l6-v2", input="y"))
    await close_live(client)
    assert len(result.data) == 1
    tail = [(x.method, x.status) for x in wire.log[2:]]
    assert tail == [("POST", 422), ("GET", 200), ("POST", 200)]
    assert wire.log[2].request_body[0] == used and wire.log[4].request_body[0] == new.key_id
    assert wire.log[4].request_headers["maas-retry-count"] == "1"

    # A stale key document (say, a cache that kept the retired key) is refused twice: fail.
    old = maas_server.app.state.ohttp_key_store.by_id()[used].config
    stale = Wire(stale_keys=encode_key_configs([old]))
    client = live(kind, maas_server, stale)
    with pytest.raises(EncryptionError, match="even after the keys were fetched again"):
        await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
    await close_live(client)
    assert [(x.method, x.status) for x in stale.log] == [
        ("GET", 200), ("POST", 422), ("GET", 200), ("POST", 422)]

    pinned = Wire()
    client = live(kind, maas_server, pinned, server_keys=encode_key_configs([old]))
    with pytest.raises(EncryptionError, match="pinned"):
        await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
    await close_live(client)
    assert [(x.method, x.status) for x in pinned.log] == [("POST", 422)]


# Synthetic identifiers only.
PHI_NOTE = ("Patient: Rosalind Featherstonehaugh (MRN 40917733) seen on 03/11/2026. "
            "HPI: Rosalind Featherstonehaugh reports two days of dysuria and low back pain. "
            "Assessment: Rosalind Featherstonehaugh likely has cystitis; afebrile. "
            "Plan: Nitrofurantoin for five days; call (508) 555-0142 if fever develops.")
PHI = ["Rosalind", "Featherstonehaugh", "40917733", "03/11/2026", "555-0142"]


@pytest.mark.integration
async def test_privacy_and_encryption_together(kind: str, maas_server: ReferenceServer,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import mock_server.policy.gateway as gateway

    opened: list[bytes] = []
    real: Callable[..., Any] = gateway.decapsulate_request

    def spy(*args: Any, **kwargs: Any) -> Any:
        plain, context = real(*args, **kwargs)
        opened.append(plain)  # exactly what the server sees once it has decrypted
        return plain, context

    monkeypatch.setattr(gateway, "decapsulate_request", spy)
    wire = Wire()
    client = live(kind, maas_server, wire, privacy=Privacy())
    summary = await run(client.summaries.create(model="clinical-extractive", text=PHI_NOTE,
                                                max_sentences=3))
    await close_live(client)
    server_view, on_wire = b"\n".join(opened), wire.everything()
    assert opened and b"/v1/summaries" in server_view and b"[NAME_" in server_view
    for secret in PHI:
        assert secret.encode() not in server_view and secret.encode() not in on_wire
    assert "Featherstonehaugh" in summary.summary and "[NAME_" not in summary.summary
    for s in summary.sentences:
        assert PHI_NOTE[s.start:s.end] == s.text
