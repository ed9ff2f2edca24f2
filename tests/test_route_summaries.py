"""`POST /v1/summaries` on an in-process app with the real summarizer (loaded once per module)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from maas_client.types import Summary
from mock_server.app import create_app
from mock_server.settings import Settings

KEYS = {"k-sum": frozenset({"summarize"}), "k-embed": frozenset({"embed"})}
SUM = {"Authorization": "Bearer k-sum"}
NOTE = (
    "HPI: 58-year-old woman with two days of dysuria and fever to 38.9 C.\n"
    "Vitals: HR 104, BP 118/70.\n"
    "Exam: Right costovertebral angle tenderness.\n"
    "Labs: WBC 15.2, urinalysis with pyuria.\n"
    "Assessment: Acute pyelonephritis without sepsis criteria beyond tachycardia.\n"
    "Plan: 1. Ceftriaxone 1 g IV daily. 2. Urine culture pending. 3. Switch to oral therapy "
    "when afebrile for 24 hours.\n"
)


@pytest.fixture(scope="module")
def loaded_app() -> FastAPI:
    app = create_app(Settings(models=("clinical-extractive",), api_keys=KEYS, warmup=False))
    app.state.registry.load()  # blocking; the process-wide cache shares the encoder
    return app


@pytest.fixture
async def client(loaded_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=loaded_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def summarize(client: httpx.AsyncClient, body: dict[str, object],
                    headers: dict[str, str] = SUM) -> httpx.Response:
    return await client.post("/v1/summaries", json=body, headers=headers)


async def test_summary_sentences_are_spans_of_the_note(client: httpx.AsyncClient) -> None:
    r = await summarize(client, {"model": "clinical-extractive", "text": NOTE,
                                 "max_sentences": 2})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    summary = Summary.model_validate(r.json())
    assert summary.id.startswith("sum_") and summary.object == "summary"
    assert summary.model == "clinical-extractive"
    assert len(summary.sentences) == 2
    last_end = 0
    for s in summary.sentences:
        assert NOTE[s.start:s.end] == s.text
        assert last_end <= s.start and 0.0 <= s.score <= 1.0
        last_end = s.end
    assert summary.summary == " ".join(s.text for s in summary.sentences)
    assert summary.usage.input_sentences >= 8 and summary.usage.input_tokens > 50
    assert {s.section for s in summary.sentences} & {"Assessment", "Plan"}


async def test_default_is_three_sentences_and_deterministic(client: httpx.AsyncClient) -> None:
    body = {"model": "clinical-extractive", "text": NOTE}
    first, second = await summarize(client, body), await summarize(client, body)
    assert first.status_code == second.status_code == 200
    assert len(first.json()["sentences"]) == 3
    assert first.json()["sentences"] == second.json()["sentences"]
    assert first.json()["id"] != second.json()["id"]


async def test_non_ascii_offsets_are_code_points(client: httpx.AsyncClient) -> None:
    note = "Patiënt reports café-au-lait spots — stable. Assessment: benign naevi, no change."
    r = await summarize(client, {"model": "clinical-extractive", "text": note})
    for s in r.json()["sentences"]:
        assert note[s["start"]:s["end"]] == s["text"]


@pytest.mark.parametrize("text", ["", "   \n  "])
async def test_empty_note_is_an_empty_summary(client: httpx.AsyncClient, text: str) -> None:
    r = await summarize(client, {"model": "clinical-extractive", "text": text})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["summary"] == "" and body["sentences"] == []
    assert body["usage"] == {"input_sentences": 0, "input_tokens": 0}


@pytest.mark.parametrize(("body", "param"), [
    ({"model": "clinical-extractive", "text": NOTE, "max_sentences": 0}, "max_sentences"),
    ({"model": "clinical-extractive", "text": NOTE, "max_sentences": 21}, "max_sentences"),
    ({"model": "clinical-extractive"}, "text"),
    ({"model": "clinical-extractive", "text": 5}, "text"),
    ({"model": "clinical-extractive", "text": NOTE, "extra": 1}, "extra"),
])
async def test_invalid_bodies_are_422_naming_the_field(client: httpx.AsyncClient,
                                                       body: dict[str, object],
                                                       param: str) -> None:
    r = await summarize(client, body)
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["type"] == "validation_error" and err["param"] == param
    assert "pyelonephritis" not in r.text


async def test_unknown_model_is_404(client: httpx.AsyncClient) -> None:
    r = await summarize(client, {"model": "minilm-l6-v2", "text": NOTE})
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"


async def test_scope_and_auth(client: httpx.AsyncClient) -> None:
    body = {"model": "clinical-extractive", "text": NOTE}
    r = await summarize(client, body, headers={"Authorization": "Bearer k-embed"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_scope"
    r = await summarize(client, body, headers={})
    assert r.status_code == 401


async def test_503_while_models_load() -> None:
    app = create_app(Settings(models=("clinical-extractive",), api_keys=KEYS, warmup=False))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        r = await summarize(c, {"model": "clinical-extractive", "text": NOTE})
    assert r.status_code == 503 and r.headers["retry-after"]
    assert r.json()["error"]["code"] == "model_loading"
