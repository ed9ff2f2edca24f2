"""Load under injected faults: does every call end well?

2,000 SDK calls (default; `--calls`) at concurrency 32 against the real reference server (in
this process, on 127.0.0.1), mixed routes (embeddings, summaries, diagnosis), half of them
sealed end to end (`encryption="required"`), with 5–10% of requests meeting an injected fault
of every kind: 429, 503, 500, 502, added delays, and truncated and dropped answers (on the
routes and on the gateway). The clients use the SDK defaults except a 30 s `deadline`.

Reported: calls that succeeded, failed (by exception type), were lost (no answer and no typed
error, or a wrong answer), `ConflictError`s, and executions on the server: a counter inside
the idempotency layer records every request that completed its work, per Idempotency-Key, so
"executed twice" means one logical call's work completed twice. Latency p50/p99 per call.

Targets: >= 99.5% succeed, 0 lost, 0 executed twice, 0 ConflictError.
Run: `.venv/bin/python benchmarks/load.py [--calls 2000] [--concurrency 32] [--fault-rate 0.07]`.
The figures depend on the machine (and on whatever else shares it): read them as a run's own.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import asyncio
import collections
import json
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from maas_client import AsyncMaaSClient, ConflictError, MaaSError  # noqa: E402
from maas_client.protocol import GATEWAY_PATH  # noqa: E402
from maas_client.testing import ReferenceServer  # noqa: E402
from mock_server.policy.faults import Fault  # noqa: E402
from mock_server.policy.idempotency import IdempotencyMiddleware  # noqa: E402
from mock_server.serving.registry import load_card  # noqa: E402

KEY = "load-key"
ROUTES = ("/v1/embeddings", "/v1/summaries", "/v1/diagnosis")
NOTE = ("Patient seen in clinic for follow-up. Reports chest pain on exertion since Monday. "
        "ECG shows ST depression in the lateral leads. Troponin within normal limits. "
        "Started on aspirin and a beta blocker. Stress test booked for next week. "
        "Advised to return if pain occurs at rest.")
WORDS = ("fever", "cough", "dyspnoea", "chest", "pain", "nausea", "headache", "fatigue", "rash",
         "oedema", "syncope", "palpitations", "wheeze")
FAULTS: tuple[Fault, ...] = (
    Fault(status=429, retry_after=0.2), Fault(status=503, retry_after=0.2), Fault(status=500),
    Fault(status=502), Fault(delay=1.0), Fault(delay=3.0), Fault(body="truncated"),
    Fault(body="dropped"),
)


class ExecutionCounter:
    """An ASGI wrapper just inside the idempotency layer: counts, per Idempotency-Key, the
    requests whose work completed with a 2xx answer (plain and sealed inner requests)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.completed: collections.Counter[bytes] = collections.Counter()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        key = dict(scope.get("headers", ())).get(b"idempotency-key")
        status = 0

        async def watch(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        if key and 200 <= status < 300:
            self.completed[key] += 1


def install_counter(server: ReferenceServer) -> ExecutionCounter:
    """Find the app's idempotency middleware and wrap what it runs with a counter."""
    layer: Any = server.app.middleware_stack
    while layer is not None and not isinstance(layer, IdempotencyMiddleware):
        layer = getattr(layer, "app", None)
    if layer is None:
        raise RuntimeError("no idempotency middleware in the app")
    counter = ExecutionCounter(layer.app)
    layer.app = counter
    return counter


def diagnosis_case(rng: random.Random) -> dict[str, float]:
    features = load_card("wdbc-mlp")["inputs"]["features"]
    return {f["name"]: round(rng.uniform(f["min"], f["max"]) * 0.5 + f["min"] * 0.5, 4)
            for f in features}


async def one_call(client: AsyncMaaSClient, route: str, rng: random.Random) -> bool:
    """Make one call; True if the answer is the right shape."""
    if route == "/v1/embeddings":
        n = rng.randint(1, 4)
        texts = [" ".join(rng.choices(WORDS, k=rng.randint(3, 12))) for _ in range(n)]
        emb = await client.embeddings.create(model="minilm-l6-v2", input=texts)
        return len(emb.data) == n and all(len(e.embedding) == 384 for e in emb.data)
    if route == "/v1/summaries":
        summary = await client.summaries.create(model="clinical-extractive", text=NOTE,
                                                max_sentences=2)
        return 1 <= len(summary.sentences) <= 2
    diag = await client.diagnosis.create(model="wdbc-mlp",
                                         inputs=[{"features": diagnosis_case(rng)}])
    return len(diag.results) == 1


async def run(args: argparse.Namespace) -> int:
    state_dir = tempfile.mkdtemp(prefix="maas-load-")
    server = ReferenceServer(api_keys={KEY: frozenset({"embed", "summarize", "diagnosis",
                                                       "admin"})},
                             rate_limit_per_minute=10_000_000, state_dir=Path(state_dir))
    await asyncio.to_thread(server.start)
    # A dropped or truncated answer is made by returning mid-response: uvicorn logs each one.
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    counter = install_counter(server)
    plan = server.app.state.fault_plan
    plain = AsyncMaaSClient(api_key=KEY, base_url=server.base_url, encryption="off",
                            deadline=30.0)
    sealed = AsyncMaaSClient(api_key=KEY, base_url=server.base_url, encryption="required",
                             deadline=30.0)
    outcomes: collections.Counter[str] = collections.Counter()
    latencies: list[float] = []
    faults_injected: collections.Counter[str] = collections.Counter()
    jobs: asyncio.Queue[int] = asyncio.Queue()
    for i in range(args.calls):
        jobs.put_nowait(i)

    async def worker(w: int) -> None:
        wrng = random.Random(args.seed * 1000 + w)
        while True:
            try:
                i = jobs.get_nowait()
            except asyncio.QueueEmpty:
                return
            route = ROUTES[i % len(ROUTES)]
            is_sealed = i % 2 == 1
            if wrng.random() < args.fault_rate:
                fault = wrng.choice(FAULTS)
                target = GATEWAY_PATH if is_sealed and wrng.random() < 0.25 else route
                plan.add("POST", target, fault)
                faults_injected[fault.body or (f"delay {fault.delay:g}s" if fault.delay
                                               else str(fault.status))] += 1
            t0 = time.perf_counter()
            try:
                ok = await asyncio.wait_for(one_call(sealed if is_sealed else plain, route,
                                                     wrng), timeout=90)
                outcomes["ok" if ok else "lost (wrong answer)"] += 1
            except ConflictError:
                outcomes["ConflictError"] += 1
            except MaaSError as exc:
                outcomes[type(exc).__name__] += 1
            except TimeoutError:
                outcomes["lost (no answer in 90 s)"] += 1
            except Exception as exc:  # anything untyped is a lost call
                outcomes[f"lost ({type(exc).__name__})"] += 1
            latencies.append(time.perf_counter() - t0)

    started = time.perf_counter()
    await asyncio.gather(*(worker(w) for w in range(args.concurrency)))
    wall = time.perf_counter() - started
    await plain.close()
    await sealed.close()
    await asyncio.to_thread(server.stop)
    twice = sum(1 for n in counter.completed.values() if n > 1)
    lost = sum(n for k, n in outcomes.items() if k.startswith("lost"))
    succeeded = outcomes["ok"]
    latencies.sort()
    print(f"load: {args.calls} calls, concurrency {args.concurrency}, half sealed, "
          f"fault rate {args.fault_rate:.0%} ({sum(faults_injected.values())} faults: "
          f"{json.dumps(dict(sorted(faults_injected.items())))}), SDK defaults + deadline 30 s")
    print("  machine: 2 cores shared with other work; figures are this run's own")
    print(f"  wall {wall:.1f} s; succeeded {succeeded} ({succeeded / args.calls:.2%}); "
          f"lost {lost}; ConflictError {outcomes['ConflictError']}; executed twice {twice} "
          f"(of {len(counter.completed)} keys executed)")
    print(f"  outcomes: {json.dumps(dict(sorted(outcomes.items())))}")
    print(f"  latency per call: p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"p99 {latencies[int(0.99 * (len(latencies) - 1))] * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms")
    passed = (succeeded >= 0.995 * args.calls and lost == 0 and twice == 0
              and outcomes["ConflictError"] == 0)
    print(f"  targets (>= 99.5% ok, 0 lost, 0 twice, 0 ConflictError): "
          f"{'met' if passed else 'NOT met'}")
    return 0 if passed else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--fault-rate", type=float, default=0.07)
    parser.add_argument("--seed", type=int, default=12)
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
