"""The scheduler behind the routes: 503 at admission, 504 on deadline, limits (413/422), health.

A fake encoder stands in for MiniLM (no models load), so these run in milliseconds; the
scheduler itself is the real one.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import numpy as np
import pytest

from maas_client.protocol import TIMEOUT_HEADER
from maas_client.sealing import (
    BinaryRequest,
    decode_response,
    encapsulate_request,
    encode_request,
    parse_key_configs,
)
from maas_client.sealing.bhttp import BinaryResponse
from mock_server.app import create_app
from mock_server.policy.auth import authenticate
from mock_server.serving.scheduler import CostModel
from mock_server.settings import Settings

KEYS = {"k-one": frozenset({"embed", "summarize"}), "k-two": frozenset({"embed"})}


class FakeEncoder:
    """Token ids = one per word (+2); vectors = unit rows. Batches can be held on ``gate``."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.seen: list[int] = []

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        return [[101, *[len(w) for w in t.split()][:254], 102] for t in texts]

    def encode_ids(self, ids: list[list[int]], batch: int, length: int) -> np.ndarray:
        self.entered.set()
        self.gate.wait(30)
        self.seen.extend(len(row) for row in ids)
        out = np.zeros((len(ids), 384), np.float32)
        out[:, 0] = 1.0
        return out

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(r) for r in self.tokenize(texts)]


@pytest.fixture
async def served() -> AsyncIterator[tuple[httpx.AsyncClient, Any, FakeEncoder]]:
    settings = Settings(models=("minilm-l6-v2", "clinical-extractive"), api_keys=KEYS,
                        warmup=False, queue_max_wait_seconds=1.0, batch_max_wait_ms=0,
                        max_request_tokens=50, max_note_chars=300)
    app = create_app(settings)
    encoder = FakeEncoder()
    registry = app.state.registry
    registry.encoder = encoder
    from mock_server.models.summarizer import ExtractiveSummarizer

    registry.summarizer = ExtractiveSummarizer.from_encoder(encoder)  # type: ignore[arg-type]
    registry._ready.set()
    scheduler = app.state.embedder.scheduler
    scheduler.cost = CostModel(per_batch=0.0, per_token=0.01)  # 16-token item: 0.16 s
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test", timeout=30) as client:
        yield client, app, encoder
    encoder.gate.set()
    await scheduler.aclose()


async def until(condition: Callable[[], bool]) -> None:
    """Poll (bounded) until ``condition`` holds; fails instead of hanging."""
    for _ in range(5000):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("condition never held")


def body(n: int, words: int = 3) -> dict[str, Any]:
    return {"model": "minilm-l6-v2", "input": [" ".join(["word"] * words)] * n}


H1 = {"Authorization": "Bearer k-one"}
H2 = {"Authorization": "Bearer k-two"}


async def test_overload_is_503_at_once_with_retry_after_and_health_stays_up(served: Any) -> None:
    client, app, encoder = served
    encoder.gate.clear()
    first = asyncio.create_task(client.post("/v1/embeddings", headers=H1, json=body(4)))
    await until(encoder.entered.is_set)
    # The model is busy (gated); queue 0.16 s x 6 = 0.96 s <= 1.0 s of work: admitted.
    second = asyncio.create_task(client.post("/v1/embeddings", headers=H2, json=body(6)))
    await until(lambda: app.state.embedder.scheduler.stats().queued_items == 6)
    refused = await client.post("/v1/embeddings", headers=H2, json=body(2))
    assert refused.status_code == 503, refused.text
    err = refused.json()["error"]
    assert err["code"] == "overloaded" and err["type"] == "overloaded"
    wait = app.state.embedder.scheduler.estimated_wait()
    assert 1 <= int(refused.headers["retry-after"]) <= max(1, int(wait) + 1)
    # Refused before routing, yet counted under its route and key like any other answer.
    key_id = authenticate("Bearer k-two", KEYS).key_id
    metrics = app.state.metrics_registry
    assert metrics.get_sample_value("maas_requests_total", {
        "method": "POST", "route": "/v1/embeddings", "status": "503", "key_id": key_id}) == 1
    assert metrics.get_sample_value("maas_errors_total", {
        "route": "/v1/embeddings", "code": "overloaded"}) == 1
    # Health and readiness answer while the model is held.
    assert (await client.get("/v1/health")).status_code == 200
    assert (await client.get("/v1/ready")).status_code == 200
    encoder.gate.set()
    assert (await first).status_code == 200 and (await second).status_code == 200
    # Full recovery: the queue is empty and new work is admitted.
    assert (await client.post("/v1/embeddings", headers=H1, json=body(2))).status_code == 200


async def test_a_deadline_too_short_for_the_queue_is_refused(served: Any) -> None:
    client, _, encoder = served
    encoder.gate.clear()
    first = asyncio.create_task(client.post("/v1/embeddings", headers=H1, json=body(4)))
    await until(encoder.entered.is_set)
    short = await client.post("/v1/embeddings", headers={**H2, TIMEOUT_HEADER: "100m"},
                              json=body(1))
    assert short.status_code == 503 and short.json()["error"]["code"] == "overloaded"
    encoder.gate.set()
    assert (await first).status_code == 200


async def test_queued_work_whose_deadline_passes_is_dropped_with_504(served: Any) -> None:
    client, app, encoder = served
    scheduler = app.state.embedder.scheduler
    # The request-context middleware sets the deadline from time.monotonic(); the scheduler's
    # clock starts there and is moved by hand.
    now = [time.monotonic()]
    scheduler._clock = lambda: now[0]
    encoder.gate.clear()
    first = asyncio.create_task(client.post("/v1/embeddings", headers=H1, json=body(1)))
    await until(encoder.entered.is_set)
    late = asyncio.create_task(client.post(
        "/v1/embeddings", headers={**H2, TIMEOUT_HEADER: "5S"}, json=body(3, words=7)))
    await until(lambda: scheduler.stats().queued_items == 3)
    now[0] += 60  # the fake clock passes the deadline while the model is busy
    encoder.gate.set()
    assert (await first).status_code == 200
    reply = await late
    assert reply.status_code == 504 and reply.json()["error"]["code"] == "deadline_exceeded"
    assert 9 not in encoder.seen  # the 7-word texts (9 tokens) never reached the model


async def test_limits_name_the_limit(served: Any) -> None:
    client, _, _ = served
    too_many_tokens = await client.post("/v1/embeddings", headers=H1, json=body(6, words=10))
    assert too_many_tokens.status_code == 413
    err = too_many_tokens.json()["error"]
    assert err["code"] == "too_many_tokens" and "max_request_tokens=50" in err["message"]
    assert err["param"] == "input"
    too_many_inputs = await client.post("/v1/embeddings", headers=H1, json=body(2049, words=1))
    assert too_many_inputs.status_code == 422
    assert too_many_inputs.json()["error"]["param"] == "input"
    note = await client.post("/v1/summaries", headers=H1,
                             json={"model": "clinical-extractive", "text": "Fever. " * 60})
    assert note.status_code == 413
    err = note.json()["error"]
    assert err["code"] == "note_too_large" and "max_note_chars=300" in err["message"]
    assert err["param"] == "text"
    ok = await client.post("/v1/embeddings", headers=H1, json=body(2))
    assert ok.status_code == 200 and ok.json()["usage"]["total_tokens"] == 10


async def test_scheduler_stats_count_batches_and_the_collector_exports_them(served: Any) -> None:
    client, app, _ = served
    assert (await client.post("/v1/embeddings", headers=H1, json=body(3))).status_code == 200
    stats = app.state.embedder.scheduler.stats()
    assert stats.batches >= 1 and stats.batch_items >= 3 and stats.queued_items == 0
    assert stats.inference_seconds >= 0 and sum(stats.batch_size_counts.values()) == stats.batches
    registry = app.state.metrics_registry  # the collector is registered by create_app
    assert registry.get_sample_value("maas_scheduler_batch_items_total") == stats.batch_items
    assert registry.get_sample_value("maas_scheduler_queued_requests") == 0


async def test_admission_sizes_untokenised_text_at_the_measured_characters_per_token(
        served: Any) -> None:
    client, app, _ = served
    service = app.state.embedder
    texts = [" ".join(["abcdefghi"] * 6)] * 8  # 59 characters, 6 tokens (+2): ~10 per token
    first_guess = service.guess_tokens(texts)[0]
    assert first_guess > 8  # the default of 4 characters per token overestimates this text
    # Learning happens on tokenising, even when the request is then refused for its size.
    reply = await client.post("/v1/embeddings", headers=H1,
                              json={"model": "minilm-l6-v2", "input": texts * 256})
    assert reply.status_code == 413
    assert 8 < service.chars_per_token < 59 / 6
    assert all(abs(guess - 8) <= 1 for guess in service.guess_tokens(texts))
    # Texts cut at the model window do not count: their characters outrun their tokens.
    before = service.chars_per_token
    long_text = "abcdefghi " * 600
    assert (await client.post("/v1/embeddings", headers=H1,
                              json={"model": "minilm-l6-v2", "input": [long_text]})
            ).status_code == 413
    assert service.chars_per_token == before


async def test_a_sealed_call_is_admitted_like_a_plain_one(served: Any) -> None:
    client, app, _ = served
    scheduler = app.state.embedder.scheduler
    # This key already holds a minute of work: its next call cannot be admitted.
    held = scheduler.admit(60.0, key=authenticate("Bearer k-one", KEYS).key_id)
    configs = parse_key_configs((await client.get("/.well-known/ohttp-gateway")).content)

    async def sealed_call() -> BinaryResponse:
        inner = encode_request(BinaryRequest(
            b"POST", b"https", b"maas.test", b"/v1/embeddings",
            [(b"authorization", b"Bearer k-one"), (b"content-type", b"application/json")],
            json.dumps(body(1)).encode()))
        sealed, context = encapsulate_request(configs[0], inner)
        answer = await client.post("/.well-known/ohttp-gateway", content=sealed,
                                   headers={"Content-Type": "message/ohttp-req", **H1})
        assert answer.status_code == 200  # the outer answer never tells the relay
        return decode_response(context.open(answer.content))

    refused = await sealed_call()
    assert refused.status == 503
    assert json.loads(refused.body)["error"]["code"] == "overloaded"
    assert int(dict(refused.headers)[b"retry-after"]) >= 60
    scheduler.release(held)
    assert (await sealed_call()).status == 200
