"""Server-side fault injection: scripted statuses, delays and damaged bodies."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from mock_server.app import create_app
from mock_server.policy import faults
from mock_server.policy.faults import Fault, FaultScript
from mock_server.settings import Settings

H = {"Authorization": "Bearer k"}
TENANT = {"Authorization": "Bearer tenant"}


def make_client(**settings: object) -> httpx.AsyncClient:
    app = create_app(Settings(models=("minilm-l6-v2",),
                              api_keys={"k": frozenset({"embed", "admin"}),
                                        "tenant": frozenset({"embed"})},
                              **settings))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


async def test_admin_route_absent_unless_enabled() -> None:
    async with make_client() as c:
        assert (await c.get("/v1/_faults", headers=H)).status_code == 404


async def test_scripted_statuses_then_real_answers() -> None:
    async with make_client(enable_fault_injection=True) as c:
        r = await c.post("/v1/_faults", headers=H, json={
            "method": "GET", "path": "/v1/models",
            "fault": {"status": 503, "retry_after": 0.5}, "times": 2})
        assert r.status_code == 201 and r.json() == {"GET /v1/models": 2}
        got = [await c.get("/v1/models", headers=H) for _ in range(3)]
        assert [g.status_code for g in got] == [503, 503, 200]
        assert got[0].headers["retry-after"] == "0.5"
        assert got[0].json()["error"]["type"] == "overloaded"
        assert got[0].headers["x-request-id"]
        assert (await c.get("/v1/_faults", headers=H)).json() == {}


async def test_faults_from_settings_and_malformed_body_and_delay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scripts = (
        FaultScript(method="GET", path="/v1/models", fault=Fault(body="malformed")),
        FaultScript(method="GET", path="/v1/models", fault=Fault(delay=0.2)),
    )
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def recorded_sleep(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(seconds)

    monkeypatch.setattr(faults.asyncio, "sleep", recorded_sleep)
    async with make_client(enable_fault_injection=True, faults=scripts) as c:
        bad = await c.get("/v1/models", headers=H)
        assert bad.status_code == 200
        with pytest.raises(ValueError):
            bad.json()
        assert 0.2 not in waits
        slow = await c.get("/v1/models", headers=H)
        assert slow.status_code == 200 and 0.2 in waits
        await c.delete("/v1/_faults", headers=H)


async def test_admin_route_validates_and_needs_a_key() -> None:
    async with make_client(enable_fault_injection=True) as c:
        assert (await c.post("/v1/_faults", json={})).status_code == 401
        r = await c.post("/v1/_faults", headers=H,
                         json={"path": "/v1/models", "fault": {"status": 200}})
        assert r.status_code == 422 and r.json()["error"]["param"] == "fault.status"


async def test_admin_routes_need_the_admin_scope() -> None:
    async with make_client(enable_fault_injection=True) as c:
        script = {"path": "/v1/models", "fault": {"status": 503}}
        refused = await c.post("/v1/_faults", headers=TENANT, json=script)
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "insufficient_scope"
        assert (await c.delete("/v1/_faults", headers=TENANT)).status_code == 403
        assert (await c.get("/v1/_faults", headers=H)).json() == {}  # nothing was queued

