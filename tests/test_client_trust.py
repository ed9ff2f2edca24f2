"""SDK: `diagnosis.create(..., coverage=)` and `models.monitoring(id)` — typed, both clients."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import maas_client
from maas_client import AsyncMaaSClient, MaaSClient
from maas_client.testing import ReferenceServer
from maas_client.types import FeatureDrift, ModelMonitoring, OutOfDistribution

from .conftest import DEV_KEY

BASE = "http://127.0.0.1:8000"
CASE = {"features": {"mean_radius": 17.99}}
RESULT = {"index": 0, "label": "malignant", "probability": 0.97,
          "probabilities": {"malignant": 0.97, "benign": 0.03}, "explanation": None,
          "prediction_set": ["malignant"],
          "ood": {"flagged": True, "distance": 14.2, "features": ["worst_area"]}}
BODY = {"id": "diag_1", "object": "diagnosis", "model": "wdbc-mlp", "model_version": "1.1.0",
        "coverage": 0.9, "results": [RESULT]}
MONITORING = {"object": "model.monitoring", "model": "wdbc-mlp", "window_size": 3,
              "window_capacity": 500, "reference_size": 455,
              "thresholds": {"psi_stable": 0.1, "psi_alert": 0.25, "min_window": 200},
              "features": [{"name": "mean_radius", "window_size": 3, "psi": 0.02, "ks": 0.1,
                            "drifted": False, "alerted": False}]}


def test_coverage_is_sent_and_the_result_is_typed() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/v1/diagnosis").mock(return_value=httpx.Response(200, json=BODY))
        d = MaaSClient(api_key="k").diagnosis.create(model="wdbc-mlp", inputs=[CASE],
                                                     coverage=0.9, explain=True)
        sent = json.loads(route.calls.last.request.content)
    assert sent["coverage"] == 0.9 and sent["explain"] is True
    res = d.results[0]
    assert d.coverage == 0.9 and res.prediction_set == ["malignant"]
    assert isinstance(res.ood, OutOfDistribution)
    assert res.ood.flagged and res.ood.distance == 14.2 and res.ood.features == ["worst_area"]


def test_coverage_is_omitted_unless_asked() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/v1/diagnosis").mock(return_value=httpx.Response(
            200, json={**BODY, "coverage": None,
                       "results": [{k: v for k, v in RESULT.items()
                                    if k not in ("prediction_set", "ood")}]}))
        d = MaaSClient(api_key="k").diagnosis.create(model="wdbc-mlp", inputs=[CASE])
        assert "coverage" not in json.loads(route.calls.last.request.content)
    assert d.results[0].prediction_set is None and d.results[0].ood is None


@pytest.mark.parametrize("coverage", [0.0, 0.3, 0.999, 1.5, float("nan")])
def test_bad_coverage_fails_before_any_io(coverage: float) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post("/v1/diagnosis")
        with pytest.raises(maas_client.InvalidParametersError):
            MaaSClient(api_key="k").diagnosis.create(model="wdbc-mlp", inputs=[CASE],
                                                     coverage=coverage)
        assert not route.called


async def test_monitoring_both_clients() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/v1/models/wdbc-mlp/monitoring").mock(
            return_value=httpx.Response(200, json=MONITORING))
        sync = MaaSClient(api_key="k").models.monitoring("wdbc-mlp")
        client = AsyncMaaSClient(api_key="k")
        async_ = await client.models.monitoring("wdbc-mlp")
        await client.close()
        assert route.call_count == 2
    for m in (sync, async_):
        assert isinstance(m, ModelMonitoring) and isinstance(m.features[0], FeatureDrift)
        assert m.window_size == 3 and m.features[0].psi == 0.02
    with pytest.raises(maas_client.InvalidParametersError):
        MaaSClient(api_key="k").models.monitoring("")


@pytest.mark.integration
def test_against_the_reference_server(maas_server: ReferenceServer) -> None:
    with MaaSClient(base_url=maas_server.base_url, api_key=DEV_KEY, timeout=120.0) as client:
        card = client.models.retrieve("wdbc-mlp")
        names = [f["name"] for f in card.inputs["features"]]
        sample: dict[str, Any] = card.model_extra["trust"]["drift_monitoring"]["reference"]
        median = {f["name"]: f["p50"] for f in sample["features"]}
        before = client.models.monitoring("wdbc-mlp").window_size
        d = client.diagnosis.create(model="wdbc-mlp", coverage=0.95, explain=True,
                                    inputs=[{"features": {n: median[n] for n in names}}])
        res = d.results[0]
        assert res.prediction_set is not None and res.explanation is not None
        assert res.ood is not None and not res.ood.flagged  # the per-feature median is typical
        after = client.models.monitoring("wdbc-mlp")
    assert after.monitored and after.window_size == min(before + 1, after.window_capacity)
    assert {f.name for f in after.features} == set(names)


@pytest.mark.integration
def test_text_models_are_monitored_against_a_reference_period(
    maas_server: ReferenceServer
) -> None:
    with MaaSClient(base_url=maas_server.base_url, api_key=DEV_KEY, timeout=120.0,
                    privacy=None) as client:
        before = client.models.monitoring("minilm-l6-v2")
        client.embeddings.create(model="minilm-l6-v2", input=["stable vitals", "no acute distress"])
        after = client.models.monitoring("minilm-l6-v2")
    assert [f.name for f in after.features] == ["token_length", "unknown_token_rate"]
    seen = lambda m: (m.reference_size or 0) + m.window_size  # noqa: E731
    assert seen(after) == seen(before) + 2 or after.window_size > 0
