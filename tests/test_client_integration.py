"""Both clients against the real reference server (session fixture `maas_server`)."""

from __future__ import annotations

import inspect
from typing import Any

import numpy as np
import pytest

from maas_client import (
    AsyncMaaSClient,
    AuthenticationError,
    MaaSClient,
    NotFoundError,
    PermissionDeniedError,
    Privacy,
    RetryEvent,
    ServiceUnavailableError,
)
from maas_client.testing import ReferenceServer

from .conftest import DEV_KEY, EMBED_ONLY_KEY, NO_EMBED_KEY

pytestmark = pytest.mark.integration


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make(kind: str, server: ReferenceServer, **kw: Any) -> MaaSClient | AsyncMaaSClient:
    kw.setdefault("api_key", DEV_KEY)
    cls = MaaSClient if kind == "sync" else AsyncMaaSClient
    return cls(base_url=server.base_url, timeout=120.0, **kw)


async def run(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def test_models(kind: str, maas_server: ReferenceServer) -> None:
    client = make(kind, maas_server)
    listed = await run(client.models.list())
    ids = {m.id for m in listed.data}
    assert "minilm-l6-v2" in ids and listed.request_id
    card = await run(client.models.retrieve("minilm-l6-v2"))
    assert card.task == "embedding" and card.request_id
    with pytest.raises(NotFoundError) as info:
        await run(client.models.retrieve("no-such-model"))
    assert info.value.request_id and info.value.type == "not_found"


async def test_embeddings(kind: str, maas_server: ReferenceServer) -> None:
    client = make(kind, maas_server, privacy=None)
    texts = ["chest pain radiating to the left arm", "no acute distress", "fever"]
    floats = await run(client.embeddings.create(model="minilm-l6-v2", input=texts))
    b64 = await run(client.embeddings.create(model="minilm-l6-v2", input=texts,
                                             encoding_format="base64"))
    a, b = floats.to_numpy(), b64.to_numpy()
    assert a.shape == (3, 384) and np.allclose(a, b, atol=1e-6)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    assert floats.usage.total_tokens > 0 and floats.request_id
    assert floats.rate_limit is not None and floats.rate_limit.limit


async def test_embeddings_with_privacy_embed_the_masked_text(kind: str,
                                                             maas_server: ReferenceServer
                                                             ) -> None:
    private = make(kind, maas_server, privacy=Privacy())
    plain = make(kind, maas_server, privacy=None)
    got = await run(private.embeddings.create(model="minilm-l6-v2",
                                              input="Patient: John Smith has chest pain."))
    masked = private.privacy.deidentify("Patient: John Smith has chest pain.").text  # type: ignore[union-attr]
    want = await run(plain.embeddings.create(model="minilm-l6-v2", input=masked))
    assert np.allclose(got.to_numpy(), want.to_numpy(), atol=1e-6)


async def test_errors_and_scopes(kind: str, maas_server: ReferenceServer) -> None:
    with pytest.raises(AuthenticationError):
        await run(make(kind, maas_server, api_key="wrong-key").models.list())
    with pytest.raises(NotFoundError) as info:
        await run(make(kind, maas_server).embeddings.create(model="no-such-model", input="x"))
    assert info.value.request_id and info.value.param == "model"
    with pytest.raises(PermissionDeniedError):
        await run(make(kind, maas_server, api_key=NO_EMBED_KEY).embeddings.create(
            model="minilm-l6-v2", input="x"))
    with pytest.raises(PermissionDeniedError):
        await run(make(kind, maas_server, api_key=EMBED_ONLY_KEY).summaries.create(
            model="clinical-extractive", text="Chest pain. ECG normal."))


async def test_retries_against_injected_faults(kind: str, maas_server: ReferenceServer
                                               ) -> None:
    events: list[RetryEvent] = []
    client = make(kind, maas_server, privacy=None, on_retry=events.append)
    maas_server.inject_fault("/v1/embeddings", status=503, retry_after=0.05, times=2)
    try:
        result = await run(client.embeddings.create(model="minilm-l6-v2", input="x"))
    finally:
        maas_server.clear_faults()
    assert len(result.data) == 1 and [e.reason for e in events] == ["503", "503"]
    assert all(e.wait == pytest.approx(0.05) for e in events)
    maas_server.inject_fault("/v1/embeddings", status=503, retry_after=0.05, times=5)
    try:
        with pytest.raises(ServiceUnavailableError):
            await run(client.with_options(max_retries=1).embeddings.create(
                model="minilm-l6-v2", input="x"))
    finally:
        maas_server.clear_faults()


async def test_summaries(kind: str, maas_server: ReferenceServer) -> None:
    note = ("HPI: Patient: John Smith, 54, presents with chest pain since this morning. "
            "He denies fever. Assessment: Likely angina. Plan: Troponin, ECG, aspirin.")
    client = make(kind, maas_server)
    summary = await run(client.summaries.create(model="clinical-extractive", text=note,
                                                max_sentences=2))
    assert 1 <= len(summary.sentences) <= 2 and summary.request_id
    for s in summary.sentences:
        assert note[s.start:s.end] == s.text
    assert "[NAME_" not in summary.summary


async def test_diagnosis(kind: str, maas_server: ReferenceServer) -> None:
    client = make(kind, maas_server)
    card = await run(client.models.retrieve("wdbc-mlp"))
    feats = {f["name"]: (f["min"] + f["max"]) / 2 for f in card.inputs["features"]}
    result = await run(client.diagnosis.create(model="wdbc-mlp",
                                               inputs=[{"features": feats}], explain=True))
    assert result.results[0].label in ("malignant", "benign") and result.request_id
