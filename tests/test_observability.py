"""Metrics, access log and audit trail of the real reference server after a mixed run.

The session server (tests/conftest.py) writes its audit trail to a session temporary file."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from maas_client import AsyncMaaSClient, MaaSClient, NotFoundError, PermissionDeniedError
from maas_client.sealing import encapsulate_request, parse_key_configs
from maas_client.testing import ReferenceServer
from mock_server.observability.access_log import ACCESS_LOGGER
from mock_server.observability.audit import verify

from .conftest import DEV_KEY, EMBED_ONLY_KEY

pytestmark = pytest.mark.integration
AUTH = {"Authorization": f"Bearer {DEV_KEY}"}
ACCESS_KEYS = {"time", "request_id", "trace_id", "span_id", "parent_span_id", "key_id",
               "method", "route", "status", "error_code", "outcome", "timeout_ms", "latency_ms",
               "attempt", "queue_wait_ms", "model", "sealed", "idempotent_replay"}


def scrape(server: ReferenceServer) -> dict[str, Any]:
    """name → family, from a real scrape parsed with prometheus_client's parser."""
    answer = httpx.get(server.base_url + "/metrics", headers=AUTH, timeout=30)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    return {f.name: f for f in text_string_to_metric_families(answer.text)}


def value(families: dict[str, Any], sample: str, **labels: str) -> float:
    """Sum of the samples called `sample` whose labels include `labels`."""
    family = families[sample.removesuffix("_total").removesuffix("_count").removesuffix("_sum")
                      .removesuffix("_bucket")]
    return sum(s.value for s in family.samples
               if s.name == sample and labels.items() <= s.labels.items())


def audit_path(server: ReferenceServer) -> Path:
    path = server.app.state.settings.audit_log
    assert path is not None
    return Path(path)


def audit_records(server: ReferenceServer) -> list[dict[str, Any]]:
    return [json.loads(line) for line in audit_path(server).read_text().splitlines()]


def features(server: ReferenceServer) -> dict[str, float]:
    card = server.app.state.registry.cards["wdbc-mlp"]
    return {f["name"]: (f["min"] + f["max"]) / 2 for f in card["inputs"]["features"]}


async def test_metrics_after_a_mixed_run(maas_server: ReferenceServer) -> None:
    before = scrape(maas_server)
    client = AsyncMaaSClient(base_url=maas_server.base_url, api_key=DEV_KEY, timeout=120,
                             privacy=None)
    texts = [f"synthetic note {i} about a sprained ankle" for i in range(6)]
    # concurrent requests so the batcher coalesces them
    await asyncio.gather(*(client.embeddings.create(model="minilm-l6-v2", input=[t, t + "!"])
                           for t in texts))
    await client.summaries.create(model="clinical-extractive", text="Pain in the knee. "
                                  "Swelling since Monday. Plan: ice and rest.", max_sentences=1)
    feats = features(maas_server)
    for _ in range(2):  # the second is an idempotent replay
        await client.diagnosis.create(model="wdbc-mlp", inputs=[{"features": feats}],
                                      idempotency_key="obs-replay-test-1")
    with pytest.raises(NotFoundError):
        await client.models.retrieve("no-such-model")
    with pytest.raises(PermissionDeniedError):
        await AsyncMaaSClient(base_url=maas_server.base_url, api_key=EMBED_ONLY_KEY,
                              privacy=None).diagnosis.create(model="wdbc-mlp",
                                                             inputs=[{"features": feats}])
    maas_server.inject_fault("/v1/embeddings", status=503, retry_after=0)
    try:
        await client.embeddings.create(model="minilm-l6-v2", input="retried once")
    finally:
        maas_server.clear_faults()
    sealed = MaaSClient(base_url=maas_server.base_url, api_key=DEV_KEY, privacy=None,
                        encryption="required")
    sealed.embeddings.create(model="minilm-l6-v2", input="sealed synthetic text")
    config = parse_key_configs(httpx.get(maas_server.base_url + "/.well-known/ohttp-gateway"
                                         ).content)[0]
    good, _ = encapsulate_request(config, b"\x00not-bhttp")
    bad = good[:-1] + bytes([good[-1] ^ 1])
    answer = httpx.post(maas_server.base_url + "/.well-known/ohttp-gateway", content=bad,
                        headers={"Content-Type": "message/ohttp-req", **AUTH})
    assert answer.json()["error"]["code"] == "decryption_failed"

    after = scrape(maas_server)

    def delta(sample: str, **labels: str) -> float:
        return value(after, sample, **labels) - value(before, sample, **labels)

    expected = {
        "maas_requests", "maas_request_duration_seconds", "maas_errors", "maas_retries_seen",
        "maas_rate_limit_refusals", "maas_idempotent_replays", "maas_gateway_decryption_failures",
        "maas_batch_size", "maas_batch_tokens", "maas_inference_seconds", "maas_queue_wait_seconds",
        "maas_queue_depth", "maas_queue_estimated_wait_seconds", "maas_model_load_seconds",
        "maas_model_compile_seconds",
    }
    assert expected <= set(after)
    # The SDK seals every request when the server has a gateway: sealed requests count under
    # their inner route and status. 6 concurrent + 1 retried + 1 sealed embedding answers.
    assert delta("maas_requests_total", route="/v1/embeddings", status="200") == 8
    assert delta("maas_requests_total", route="/v1/diagnosis", status="200") == 2
    assert delta("maas_requests_total", route="/v1/diagnosis", status="403") == 1
    assert delta("maas_requests_total", route="/v1/models/{model_id}", status="404") == 1
    assert delta("maas_requests_total", status="503") == 1  # the fault (at the sealed outer)
    assert delta("maas_errors_total", route="/v1/models/{model_id}", code="model_not_found") == 1
    assert delta("maas_retries_seen_total", route="/v1/embeddings") == 1
    assert delta("maas_idempotent_replays_total", route="/v1/diagnosis") == 1
    assert delta("maas_gateway_decryption_failures_total") == 1
    # batches: every text went through a batch, at most one batch per request
    texts_embedded = delta("maas_batch_size_sum", queue="embeddings")
    batches = delta("maas_batch_size_count", queue="embeddings")
    assert texts_embedded >= 12 + 1 + 1 and 1 <= batches <= 8
    assert delta("maas_batch_tokens_sum", queue="embeddings") >= texts_embedded
    assert delta("maas_inference_seconds_count", model="minilm-l6-v2") == batches
    assert delta("maas_inference_seconds_count", model="wdbc-mlp") == 1  # the replay did not run
    assert delta("maas_inference_seconds_sum", model="wdbc-mlp") > 0
    latency = delta("maas_request_duration_seconds_count", route="/v1/embeddings")
    assert latency == 8 and delta("maas_request_duration_seconds_sum", route="/v1/embeddings") > 0
    assert value(after, "maas_queue_depth", queue="embeddings") == 0  # at rest
    assert value(after, "maas_queue_estimated_wait_seconds", queue="embeddings") >= 0
    for model in ("minilm-l6-v2", "wdbc-mlp"):
        assert value(after, "maas_model_load_seconds", model=model) > 0
        assert value(after, "maas_model_compile_seconds", model=model) >= 0
    key_ids = {s.labels["key_id"] for s in after["maas_requests"].samples}
    assert DEV_KEY not in key_ids and all(k == "anonymous" or len(k) == 16 for k in key_ids)

    report = verify(audit_path(maas_server))
    assert report.ok, report.problems
    records = audit_records(maas_server)
    diagnosis = [r for r in records if r["route"] == "/v1/diagnosis" and r["status"] == 200]
    assert diagnosis[-1]["idempotent_replay"] and not diagnosis[-2]["idempotent_replay"]
    assert diagnosis[-2]["model"] == "wdbc-mlp" and diagnosis[-2]["model_version"]
    assert diagnosis[-1]["idempotency_key"] == "obs-replay-test-1"
    assert diagnosis[-1]["input"]["hmac"] == diagnosis[-2]["input"]["hmac"]
    sealed_records = [r for r in records if r["sealed"]]
    assert sealed_records and sealed_records[-1]["route"] == "/v1/embeddings"
    assert sealed_records[-1]["model"] == "minilm-l6-v2" and sealed_records[-1]["key_id"]


def test_the_metrics_scope_is_required(maas_server: ReferenceServer) -> None:
    answer = httpx.get(maas_server.base_url + "/metrics",
                       headers={"Authorization": f"Bearer {EMBED_ONLY_KEY}"})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "insufficient_scope"
    assert httpx.get(maas_server.base_url + "/metrics").status_code == 401


CANARY = "CANARYq7x9z"


def test_no_canary_reaches_metrics_log_or_audit(maas_server: ReferenceServer,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """A canary in every field a caller controls: the path, query, body, key and headers, in
    plain and sealed requests."""
    base = maas_server.base_url
    common = {"User-Agent": CANARY, "MaaS-Retry-Count": CANARY, "traceparent": CANARY,
              "X-Request-Id": f"{CANARY}-rid", "Idempotency-Key": f"{CANARY} idem"}
    feats = features(maas_server)
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER), httpx.Client(timeout=60) as http:
        http.get(f"{base}/v1/models/{CANARY}?{CANARY}={CANARY}", headers={**AUTH, **common})
        http.get(f"{base}/{CANARY}", headers={**AUTH, **common})
        http.get(f"{base}/v1/models", headers={"Authorization": f"Bearer {CANARY}", **common})
        for body in (
            {"model": "minilm-l6-v2", "input": [CANARY, f"note about {CANARY}"]},
            {"model": CANARY, "input": "x"},
            {"model": "minilm-l6-v2", "input": "x", CANARY: 1},
            {"model": "minilm-l6-v2", "input": "x", "encoding_format": CANARY},
        ):
            http.post(f"{base}/v1/embeddings", json=body, headers={**AUTH, **common})
        http.post(f"{base}/v1/diagnosis", headers={**AUTH, **common},
                  json={"model": "wdbc-mlp", "inputs": [{"features": {**feats, CANARY: 1.0}}]})
        http.post(f"{base}/v1/summaries", headers={**AUTH, **common, "Content-Type": CANARY},
                  content=json.dumps({"model": "clinical-extractive", "text": CANARY}))
        http.post(f"{base}/v1/summaries", headers={**AUTH, **common},
                  json={"model": "clinical-extractive", "text": f"{CANARY} has a cough."})
        sealed = MaaSClient(base_url=base, api_key=DEV_KEY, privacy=None, encryption="required",
                            max_retries=0)
        sealed.embeddings.create(model="minilm-l6-v2", input=[CANARY, f"sealed {CANARY}"],
                                 extra_headers={"User-Agent": CANARY})
        with pytest.raises(NotFoundError):
            sealed.embeddings.create(model=CANARY, input="x")
        metrics_text = http.get(f"{base}/metrics", headers=AUTH).text
    assert CANARY not in metrics_text
    access = [r.getMessage() for r in caplog.records if r.name == ACCESS_LOGGER]
    assert len(access) >= 10
    # The request id and idempotency key are recorded by design (client-chosen ids); the
    # idempotency key, which is not a safe id here, is recorded as its HMAC.
    for line in access:
        record = json.loads(line)
        assert set(record) == ACCESS_KEYS
        assert CANARY not in line.replace(f"{CANARY}-rid", "")
    audit = audit_path(maas_server).read_text()
    assert CANARY not in audit.replace(f"{CANARY}-rid", "")
    assert f"{CANARY}-rid" in audit


def test_access_log_schema(maas_server: ReferenceServer,
                           caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        client = MaaSClient(base_url=maas_server.base_url, api_key=DEV_KEY, privacy=None)
        client.embeddings.create(model="minilm-l6-v2", input="a synthetic sentence")
    record = json.loads([r for r in caplog.records if r.name == ACCESS_LOGGER][-1].getMessage())
    assert set(record) == ACCESS_KEYS
    assert record["route"] == "/v1/embeddings" and record["status"] == 200
    assert record["method"] == "POST" and record["attempt"] == 0 and record["error_code"] is None
    assert record["request_id"].startswith("req_") and len(record["trace_id"]) == 32
    assert record["latency_ms"] > 0 and record["queue_wait_ms"] >= 0
    assert record["model"] == "minilm-l6-v2" and len(record["key_id"]) == 16


async def test_rate_limit_refusals_are_counted_by_key_id() -> None:
    from prometheus_client import generate_latest

    from mock_server.app import create_app
    from mock_server.settings import ALL_SCOPES, Settings

    app = create_app(Settings(models=(), warmup=False, api_keys={"k-limited": ALL_SCOPES},
                              rate_limit_per_minute=1, rate_limit_burst=1))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        statuses = [(await client.get("/v1/models",
                                      headers={"Authorization": "Bearer k-limited"})).status_code
                    for _ in range(3)]
    assert statuses == [200, 429, 429]
    families = {f.name: f for f in text_string_to_metric_families(
        generate_latest(app.state.metrics_registry).decode())}
    refused = [s for s in families["maas_rate_limit_refusals"].samples
               if s.name == "maas_rate_limit_refusals_total"]
    assert [(s.labels["key_id"], s.value) for s in refused] == [(refused[0].labels["key_id"], 2)]
    assert len(refused[0].labels["key_id"]) == 16 and "k-limited" not in refused[0].labels["key_id"]
