"""The test kit tested with itself: MockMaaS, the plugin fixtures, server-side faults."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from maas_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncMaaSClient,
    InternalServerError,
    MaaSClient,
    RetryEvent,
    ServiceUnavailableError,
)
from maas_client.testing import MockMaaS, ReferenceServer

ROOT = Path(__file__).resolve().parents[1]

NOTE = "Chest pain since Monday. ECG shows ST elevation. Troponin is rising. Cath lab activated."


def test_importing_the_plugin_costs_nothing() -> None:
    code = (
        "import sys, maas_client.testing.pytest_plugin, maas_client.testing\n"
        "heavy = {'keras', 'jax', 'mock_server', 'respx', 'fastapi', 'uvicorn'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


# -- MockMaaS: no server at all ---------------------------------------------------------------

def test_mock_answers_every_route_with_contract_valid_data(maas_mock: MockMaaS) -> None:
    with MaaSClient(api_key="k", base_url=maas_mock.base_url, privacy=None) as client:
        assert {m.id for m in client.models.list().data} >= {"minilm-l6-v2", "wdbc-mlp"}
        assert client.models.retrieve("wdbc-mlp").task == "diagnosis"
        emb = client.embeddings.create(model="minilm-l6-v2", input=["a", "b", "a"])
        assert emb.data[0].embedding == emb.data[2].embedding != emb.data[1].embedding
        assert abs(sum(x * x for x in emb.data[0].embedding) - 1) < 1e-9
        b64 = client.embeddings.create(model="minilm-l6-v2", input="a",
                                       encoding_format="base64")
        assert b64.data[0].embedding == pytest.approx(emb.data[0].embedding, abs=1e-6)
        diag = client.diagnosis.create(model="wdbc-mlp", inputs=[
            {"features": {"worst_area": 2000.0, "worst_concave_points": 0.26}},
            {"features": {"worst_area": 400.0, "worst_concave_points": 0.05}}])
        assert [r.label for r in diag.results] == ["malignant", "benign"]
        summary = client.summaries.create(model="clinical-extractive", text=NOTE,
                                          max_sentences=2)
        for s in summary.sentences:
            assert NOTE[s.start:s.end] == s.text
        assert summary.request_id and summary.request_id.startswith("req_mock_")
    assert [c.path for c in maas_mock.calls][:2] == ["/v1/models", "/v1/models/wdbc-mlp"]
    assert all("authorization" not in c.headers for c in maas_mock.calls)


def test_mock_card_lists_the_reference_servers_features(maas_mock: MockMaaS) -> None:
    """A case built from the card, as the README builds it, runs against both."""
    served = json.loads((ROOT / "mock_server" / "artifacts" / "wdbc-mlp.card.json").read_text())
    with MaaSClient(api_key="k", base_url=maas_mock.base_url, privacy=None) as client:
        card = client.models.retrieve("wdbc-mlp")
    wanted = [(f["name"], f["max"], f["unit"]) for f in served["inputs"]["features"]]
    assert [(f["name"], f["max"], f["unit"]) for f in card.inputs["features"]] == wanted


def test_mock_scripted_503s_are_retried(maas_mock: MockMaaS) -> None:
    maas_mock.fail("embeddings", times=2, status=503, retry_after=0.01)
    events: list[RetryEvent] = []
    with MaaSClient(api_key="k", base_url=maas_mock.base_url, on_retry=events.append) as c:
        c.embeddings.create(model="minilm-l6-v2", input="x")
    calls = maas_mock.calls_to("embeddings")
    assert [c.response_status for c in calls] == [503, 503, 200]
    assert [c.headers["maas-retry-count"] for c in calls] == ["0", "1", "2"]
    assert len({c.headers["idempotency-key"] for c in calls}) == 1
    assert [e.reason for e in events] == ["503", "503"]


@pytest.mark.parametrize(
    ("script", "error"),
    [
        ("timeout", APITimeoutError),
        ("connection_error", APIConnectionError),
        ("malformed", APIResponseValidationError),
        ("truncated", APIResponseValidationError),
    ],
)
async def test_mock_faults_raise_typed_errors(script: str, error: type[Exception]) -> None:
    async with MockMaaS() as mock:
        getattr(mock, script)("diagnosis", times=5)
        async with AsyncMaaSClient(api_key="k", base_url=mock.base_url, max_retries=0) as c:
            with pytest.raises(error):
                await c.diagnosis.create(model="wdbc-mlp", inputs=[{"features": {"x": 1.0}}])


# -- the real server with scripted faults -----------------------------------------------------


@pytest.mark.integration
def test_503_503_200_costs_exactly_three_attempts(
    maas_server: ReferenceServer, maas_client: MaaSClient
) -> None:
    maas_server.inject_fault("/v1/embeddings", status=503, retry_after=0.05, times=2)
    events: list[RetryEvent] = []
    client = maas_client.with_options(on_retry=events.append)
    result = client.embeddings.create(model="minilm-l6-v2", input="three attempts")
    assert len(result.data) == 1 and result.request_id
    assert [(e.attempt, e.reason) for e in events] == [(0, "503"), (1, "503")]


@pytest.mark.integration
def test_429_with_retry_after_one_waits_a_second(
    maas_server: ReferenceServer, maas_client: MaaSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    maas_server.inject_fault("/v1/embeddings", status=429, retry_after=1)
    events: list[RetryEvent] = []
    slept: list[float] = []

    def recorded_sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    monkeypatch.setattr(maas_client, "_sleep", recorded_sleep)  # copied by with_options
    maas_client.with_options(on_retry=events.append).embeddings.create(
        model="minilm-l6-v2", input="wait for it")
    assert [e.wait for e in events] == [1.0]
    assert slept == [1.0]  # the client really slept what it announced


@pytest.mark.integration
@pytest.mark.parametrize("damage", ["truncated", "malformed"])
async def test_damaged_body_is_a_typed_error(
    maas_server: ReferenceServer, async_maas_client: AsyncMaaSClient, damage: str
) -> None:
    maas_server.inject_fault("/v1/embeddings", body=damage)
    # a cut-short answer is a connection error (plain) or the gateway's 502 (sealed): both
    # retryable; a malformed one breaks the contract
    with pytest.raises((APIResponseValidationError, APIConnectionError, InternalServerError)):
        await async_maas_client.with_options(max_retries=0).embeddings.create(
            model="minilm-l6-v2", input="damaged")
    # the server keeps serving
    ok = await async_maas_client.embeddings.create(model="minilm-l6-v2", input="fine")
    assert len(ok.data) == 1


@pytest.mark.integration
def test_retries_exhausted_raise_the_last_status(
    maas_server: ReferenceServer, maas_client: MaaSClient
) -> None:
    maas_server.inject_fault("/v1/summaries", status=503, retry_after=0, times=3)
    with pytest.raises(ServiceUnavailableError) as info:
        maas_client.with_options(max_retries=2).summaries.create(
            model="clinical-extractive", text=NOTE)
    assert info.value.status_code == 503 and info.value.request_id


@pytest.mark.integration
def test_a_second_server_reuses_the_warm_models(maas_server: ReferenceServer) -> None:
    with ReferenceServer(models=maas_server.app.state.registry.model_ids) as second:
        assert second.port != maas_server.port
        assert second.app.state.registry.encoder is maas_server.app.state.registry.encoder
        assert second.startup_seconds < maas_server.startup_seconds + 1
