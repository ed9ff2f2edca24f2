"""Drift monitoring: `GET /v1/models/{id}/monitoring`, its metrics and its one-off log line;
plus `coverage` and `ood` on `POST /v1/diagnosis` (in-process apps with the real wdbc-mlp)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import numpy as np
import pytest
from fastapi import FastAPI

from maas_client.types import Diagnosis, ModelMonitoring
from mock_server.app import create_app
from mock_server.serving.monitoring import (
    BINS,
    TEXT_FEATURES,
    DriftMonitor,
    DriftReference,
    TextDriftMonitor,
    ks_statistic,
    psi,
)
from mock_server.settings import Settings
from mock_server.training.wdbc import load_split

KEYS = {"k-diag": frozenset({"diagnosis"})}
AUTH = {"Authorization": "Bearer k-diag"}
SHIFTED = ("mean_radius", "mean_texture", "worst_area")
"""The features the shifted traffic scales by 1.3 (still inside the accepted ranges)."""


def _app() -> FastAPI:
    app = create_app(Settings(models=("wdbc-mlp",), api_keys=KEYS, warmup=False))
    app.state.registry.load()
    return app


@pytest.fixture
async def client() -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """A fresh app per test: each starts with an empty drift window."""
    app = _app()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield app, c


@pytest.fixture(scope="module")
def names() -> list[str]:
    return [n.replace(" ", "_") for n in load_split().names]


def _cases(x: np.ndarray, names: list[str]) -> list[dict[str, Any]]:
    return [{"features": {n: float(v) for n, v in zip(names, row, strict=True)}} for row in x]


def _in_distribution(n: int, seed: int) -> np.ndarray:
    """Cases drawn from the reference population (the training split), with replacement."""
    x = load_split().x_train
    return x[np.random.default_rng(seed).integers(0, len(x), n)]


def _shifted(n: int, seed: int, names: list[str]) -> np.ndarray:
    x = _in_distribution(n, seed).copy()
    for name in SHIFTED:
        x[:, names.index(name)] *= 1.3
    return x


async def _send(c: httpx.AsyncClient, x: np.ndarray, names: list[str]) -> None:
    for start in range(0, len(x), 250):
        r = await c.post("/v1/diagnosis", headers=AUTH, json={
            "model": "wdbc-mlp", "inputs": _cases(x[start:start + 250], names)})
        assert r.status_code == 200, r.text


async def _report(c: httpx.AsyncClient) -> ModelMonitoring:
    r = await c.get("/v1/models/wdbc-mlp/monitoring", headers=AUTH)
    assert r.status_code == 200, r.text
    return ModelMonitoring.model_validate(r.json())


def _gauge(app: FastAPI, name: str, **labels: str) -> float | None:
    value: float | None = app.state.metrics_registry.get_sample_value(name, labels)
    return value


async def test_empty_window_reports_nulls(client: tuple[FastAPI, httpx.AsyncClient]) -> None:
    app, c = client
    rep = await _report(c)
    assert rep.monitored and rep.window_size == 0 and rep.window_capacity == 500
    assert len(rep.features) == 30 and all(f.psi is None and f.ks is None
                                           for f in rep.features)
    assert _gauge(app, "maas_model_monitoring_window_size", model="wdbc-mlp") == 0


async def test_in_distribution_stays_stable_then_a_shift_crosses_and_is_logged_once(
    client: tuple[FastAPI, httpx.AsyncClient], names: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    app, c = client
    caplog.set_level(logging.WARNING, logger="mock_server.monitoring")
    await _send(c, _in_distribution(500, seed=1), names)
    rep = await _report(c)
    assert rep.window_size == 500
    assert max(f.psi or 0.0 for f in rep.features) < 0.1
    assert not any(f.drifted for f in rep.features)
    assert not [r for r in caplog.records if "input drift" in r.getMessage()]
    psi_metric = _gauge(app, "maas_model_drift_psi", model="wdbc-mlp", feature="mean_radius")
    assert psi_metric == pytest.approx(
        next(f.psi for f in rep.features if f.name == "mean_radius"))

    await _send(c, _shifted(500, seed=2, names=names), names)
    rep = await _report(c)
    by_name = {f.name: f for f in rep.features}
    assert rep.window_size == 500  # the in-distribution cases have rolled out
    for name in SHIFTED:
        assert (by_name[name].psi or 0.0) > 0.25 and by_name[name].drifted
        assert (by_name[name].ks or 0.0) > 0.1
        metric = _gauge(app, "maas_model_drift_psi", model="wdbc-mlp", feature=name)
        assert metric is not None and metric > 0.25
    unshifted = [f for f in rep.features if f.name not in SHIFTED and "radius" not in f.name
                 and "area" not in f.name and "perimeter" not in f.name
                 and "texture" not in f.name]  # correlated features may move a little
    assert all((f.psi or 0.0) < 0.1 for f in unshifted)
    lines = [r.getMessage() for r in caplog.records if "input drift" in r.getMessage()]
    for name in SHIFTED:
        assert sum(f"feature={name} " in line for line in lines) == 1
        assert any(f"feature={name} psi=" in line and "window=" in line for line in lines)

    await _send(c, _shifted(100, seed=3, names=names), names)  # still drifted: no new line
    again = [r.getMessage() for r in caplog.records if "input drift" in r.getMessage()]
    assert len(again) == len(lines)


async def test_rejected_requests_are_not_counted(
    client: tuple[FastAPI, httpx.AsyncClient], names: list[str]
) -> None:
    _, c = client
    bad = _cases(_in_distribution(2, seed=4), names)
    bad[1]["features"]["mean_radius"] = -1.0
    r = await c.post("/v1/diagnosis", headers=AUTH, json={"model": "wdbc-mlp", "inputs": bad})
    assert r.status_code == 422
    assert (await _report(c)).window_size == 0


async def test_monitoring_route_errors(client: tuple[FastAPI, httpx.AsyncClient]) -> None:
    _, c = client
    r = await c.get("/v1/models/nope/monitoring", headers=AUTH)
    assert r.status_code == 404 and r.json()["error"]["code"] == "model_not_found"
    r = await c.get("/v1/models/wdbc-mlp/monitoring")
    assert r.status_code == 401


def test_window_keeps_counts_only() -> None:
    """No input value survives in the monitor: only integer bin counts."""
    x = _in_distribution(120, seed=5)
    ref = DriftReference.fit(load_split().x_train, [str(i) for i in range(30)])
    monitor = DriftMonitor("m", ref, window=100, block=50)
    monitor.observe(x)
    state = [v for v in vars(monitor).values() if isinstance(v, np.ndarray)]
    blocks = list(monitor._blocks)
    assert not state and len(blocks) == 2  # 120 cases → blocks of 50 + 20 after 50 rolled out
    assert all(b.dtype == np.int64 and b.shape == (30, BINS) for b in blocks)
    assert monitor.report()["window_size"] == 70
    values = set(np.round(x.reshape(-1), 6).tolist())
    assert not values & set(np.concatenate(blocks).reshape(-1).tolist()) - set(range(121))


def test_psi_and_ks_on_known_histograms() -> None:
    ref = np.full((1, BINS), 1 / BINS)
    same = np.full((1, BINS), 5)
    assert psi(same, ref)[0] == pytest.approx(0.0, abs=1e-12)
    assert ks_statistic(same, ref)[0] == pytest.approx(0.0, abs=1e-12)
    top = np.zeros((1, BINS), np.int64)
    top[0, -2:] = 100  # everything in the top decile
    assert ks_statistic(top, ref)[0] == pytest.approx(0.9)
    expected = 0.9 * np.log(1 / 0.1) + 9 * (1e-4 - 0.1) * np.log(1e-4 / 0.1)
    assert psi(top, ref)[0] == pytest.approx(expected)


async def test_coverage_and_explain_together(
    client: tuple[FastAPI, httpx.AsyncClient], names: list[str]
) -> None:
    _, c = client
    x = load_split().x_test[:6]
    r = await c.post("/v1/diagnosis", headers=AUTH, json={
        "model": "wdbc-mlp", "inputs": _cases(x, names), "explain": True, "coverage": 0.95})
    assert r.status_code == 200, r.text
    d = Diagnosis.model_validate(r.json())
    assert d.coverage == 0.95
    for res in d.results:
        assert res.explanation is not None and len(res.explanation) == 30
        assert res.prediction_set is not None
        assert res.ood is not None and res.ood.distance > 0 and isinstance(res.ood.flagged, bool)
    r = await c.post("/v1/diagnosis", headers=AUTH, json={
        "model": "wdbc-mlp", "inputs": _cases(x[:1], names)})
    plain = Diagnosis.model_validate(r.json())
    assert plain.coverage is None and plain.results[0].prediction_set is None
    assert plain.results[0].ood is not None


async def test_flagged_case_names_its_out_of_range_feature(
    client: tuple[FastAPI, httpx.AsyncClient], names: list[str]
) -> None:
    app, c = client
    ood = app.state.registry.wdbc.ood
    x = load_split().x_test[:1].astype(np.float64).copy()
    j = names.index("worst_concavity")
    x[0, j] = ood.high[j] * 1.05  # beyond the widened training range, inside the accepted one
    r = await c.post("/v1/diagnosis", headers=AUTH,
                     json={"model": "wdbc-mlp", "inputs": _cases(x, names)})
    assert r.status_code == 200, r.text
    res = Diagnosis.model_validate(r.json()).results[0]
    assert res.ood is not None and res.ood.flagged and res.ood.features == ["worst_concavity"]


@pytest.mark.parametrize("coverage", [0.49, 0.995, 1.0, "high", None])
async def test_bad_coverage_is_a_422_naming_the_field(
    client: tuple[FastAPI, httpx.AsyncClient], names: list[str], coverage: Any
) -> None:
    _, c = client
    body: dict[str, Any] = {"model": "wdbc-mlp",
                            "inputs": _cases(load_split().x_test[:1], names),
                            "coverage": coverage}
    r = await c.post("/v1/diagnosis", headers=AUTH, json=body)
    if coverage is None:  # null = not asked
        assert r.status_code == 200
        return
    assert r.status_code == 422
    assert r.json()["error"]["param"] == "coverage"


def test_text_monitor_uses_a_reference_period_then_flags_drift() -> None:
    rng = np.random.default_rng(6)

    def texts(n: int, mean_len: float, unk: float) -> np.ndarray:
        lengths = np.clip(rng.normal(mean_len, 6, n).round(), 3, 256)
        return np.column_stack([lengths, (rng.random(n) < unk) * rng.uniform(0.05, 0.2, n)])

    monitor = TextDriftMonitor("minilm-l6-v2")
    monitor.observe(texts(300, 24, 0.02))
    rep = monitor.report()
    assert rep["window_size"] == 0 and rep["reference_size"] == 300
    assert [f["name"] for f in rep["features"]] == list(TEXT_FEATURES)
    monitor.observe(texts(400, 24, 0.02))  # 500 fix the reference, 200 open the window
    assert monitor.report()["window_size"] == 200
    monitor.observe(texts(300, 24, 0.02))
    rep = monitor.report()
    assert rep["window_size"] == 500 and all(f["psi"] < 0.1 for f in rep["features"])
    monitor.observe(texts(500, 60, 0.5))  # longer texts, many unknown tokens
    by_name = {f["name"]: f for f in monitor.report()["features"]}
    assert by_name["token_length"]["psi"] > 0.25 and by_name["unknown_token_rate"]["psi"] > 0.25
    assert not monitor._baseline  # the reference period's numbers are dropped once binned
