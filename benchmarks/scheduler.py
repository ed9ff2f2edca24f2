"""The scheduler under pressure: flood, fairness across keys, small-call throughput.

Starts the reference server (embeddings model only, two API keys) on a free 127.0.0.1 port and
measures, in one run:

* **flood**: ``--flood`` concurrent calls of 256 texts (~64 tokens each), ``--floods`` times
  (3). 503 latency p99 (the median of the floods' p99s: one burst's p99 is its second-slowest
  refusal, so a single burst is noisy; each flood's value is printed too); admitted-call
  latency p99 against ``max wait + own compute`` (own compute = the median of solo calls
  measured just before); each 503's ``Retry-After`` against the measured drain (time from
  that 503 until every call admitted before it had finished); ``/v1/health`` p99 while
  flooded (polled every 20 ms); recovery = solo latency after the flood / before it. Apart
  from the 503 latency, the worst flood's figure is reported.
* **fairness**: key A sends 2,048-input calls back to back while key B sends 1-text calls;
  B's p50/p95 latency, and B's p95 relative to solo 1-text latency.
* **throughput**: 16 concurrent clients of one sentence each vs sequential 256-sentence
  calls (sentences per second), same sentences, alternating for 5 rounds (median ratio).

Calls go through a minimal HTTP/1.1 client on raw sockets so the load generator's own CPU
(which shares the 2 cores with the server) stays small. Run:
``.venv/bin/python benchmarks/scheduler.py [--flood 200] [--seconds 3]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.embeddings import free_port, make_texts, start_server  # noqa: E402
from mock_server.models.minilm import MiniLMEncoder  # noqa: E402

KEY_A, KEY_B = "bench-key-a", "bench-key-b"
MAX_WAIT = 2.0


@dataclass
class Reply:
    """One answer: status, headers (lower-case names), body, and when it was sent/received."""

    status: int
    headers: dict[str, str]
    body: bytes
    sent: float
    received: float

    @property
    def latency(self) -> float:
        """Seconds from the first byte sent to the last byte received."""
        return self.received - self.sent


class Conn:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"",
                      key: str | None = None) -> Reply:
        """Send one request and read the whole answer (reconnects when the server closed)."""
        if self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None and self.writer is not None
        head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n")
        if key:
            head += f"Authorization: Bearer {key}\r\n"
        sent = time.perf_counter()
        self.writer.write(head.encode() + b"\r\n" + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        headers: dict[str, str] = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        received = time.perf_counter()
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return Reply(int(status_line.split()[1]), headers, data, sent, received)

    async def close(self) -> None:
        """Close the connection."""
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(ConnectionError):
                await self.writer.wait_closed()
            self.writer = None


def embed_body(texts: list[str]) -> bytes:
    """A base64 embeddings request (the SDK's default encoding)."""
    return json.dumps({"model": "minilm-l6-v2", "input": texts,
                       "encoding_format": "base64"}).encode()


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def one_call(port: int, body: bytes, key: str = KEY_A) -> Reply:
    """One call on its own connection."""
    conn = Conn(port)
    try:
        return await conn.request("POST", "/v1/embeddings", body, key)
    finally:
        await conn.close()


async def solo(port: int, body: bytes, n: int = 3, key: str = KEY_A) -> float:
    """Median latency of ``n`` sequential calls (after one warm call)."""
    await one_call(port, body, key)
    latencies = []
    for _ in range(n):
        reply = await one_call(port, body, key)
        assert reply.status == 200, reply.body[:200]
        latencies.append(reply.latency)
    return statistics.median(latencies)


async def flood(port: int, body: bytes, calls: int) -> dict[str, Any]:
    """``calls`` concurrent calls; health polled throughout."""
    own = await solo(port, body)
    stop = asyncio.Event()
    health: list[float] = []

    async def poll() -> None:
        conn = Conn(port)
        while not stop.is_set():
            reply = await conn.request("GET", "/v1/health")
            assert reply.status == 200
            health.append(reply.latency)
            await asyncio.sleep(0.02)
        await conn.close()

    poller = asyncio.create_task(poll())
    await asyncio.sleep(0.1)
    replies = await asyncio.gather(*(one_call(port, body) for _ in range(calls)))
    stop.set()
    await poller
    ok = [r for r in replies if r.status == 200]
    busy = [r for r in replies if r.status == 503]
    other = [r.status for r in replies if r.status not in (200, 503)]
    assert not other, f"unexpected statuses {other}"
    drain_ratios = []
    for r in busy:
        before = [a.received for a in ok if a.sent <= r.received]
        drain = max(before, default=r.received) - r.received
        retry_after = float(r.headers["retry-after"])
        drain_ratios.append(retry_after / max(drain, 1.0))  # Retry-After is whole seconds
    after = await solo(port, body)
    return {
        "calls": calls, "admitted": len(ok), "refused": len(busy),
        "own_compute_s": own,
        "p99_503_ms": 1000 * pct([r.latency for r in busy], 99) if busy else float("nan"),
        "p99_admitted_s": pct([r.latency for r in ok], 99),
        "admitted_bound_s": MAX_WAIT + own,
        "retry_after_over_drain_min": min(drain_ratios, default=float("nan")),
        "retry_after_over_drain_max": max(drain_ratios, default=float("nan")),
        "retry_after_values": sorted({float(r.headers["retry-after"]) for r in busy}),
        "health_p99_ms": 1000 * pct(health, 99), "health_samples": len(health),
        "recovery_ratio": after / own,
    }


async def fairness(port: int, big: bytes, small: bytes, big_calls: int) -> dict[str, float]:
    """Key A: ``big_calls`` large calls back to back; key B: 1-text calls meanwhile."""
    solo_small = await solo(port, small, key=KEY_B)
    done = asyncio.Event()
    big_latencies: list[float] = []

    async def key_a() -> None:
        conn = Conn(port)
        for _ in range(big_calls):
            reply = await conn.request("POST", "/v1/embeddings", big, KEY_A)
            assert reply.status == 200, reply.body[:300]
            big_latencies.append(reply.latency)
        await conn.close()
        done.set()

    small_latencies: list[float] = []
    statuses: list[int] = []
    refused_latencies: list[float] = []

    async def key_b() -> None:
        conn = Conn(port)
        await asyncio.sleep(0.3)
        while not done.is_set():
            reply = await conn.request("POST", "/v1/embeddings", small, KEY_B)
            statuses.append(reply.status)
            (small_latencies if reply.status == 200 else refused_latencies).append(reply.latency)
            await asyncio.sleep(0.05)
        await conn.close()

    await asyncio.gather(key_a(), key_b())
    return {
        "big_call_s": statistics.median(big_latencies),
        "small_calls": len(statuses),
        "small_non_200": sum(s != 200 for s in statuses),
        "small_p50_ms": 1000 * pct(small_latencies, 50) if small_latencies else float("nan"),
        "small_p95_ms": 1000 * pct(small_latencies, 95) if small_latencies else float("nan"),
        "small_solo_ms": 1000 * solo_small,
    }


async def throughput(port: int, sentences: list[str], seconds: float,
                     clients: int = 16, rounds: int = 5) -> dict[str, Any]:
    """Sentences per second: ``clients`` single-sentence clients vs bulk calls of all.

    The two alternate for ``rounds`` rounds of ``seconds`` each and the ratio is the median of
    the rounds' ratios, so a change in the machine's load mid-run does not favour one side."""
    bulk_body = embed_body(sentences)
    bodies = [embed_body([s]) for s in sentences]

    async def bulk_rate(duration: float) -> float:
        conn = Conn(port)
        done, started = 0, time.perf_counter()
        while time.perf_counter() - started < duration or done < 2 * len(sentences):
            reply = await conn.request("POST", "/v1/embeddings", bulk_body, KEY_A)
            assert reply.status == 200
            done += len(sentences)
        rate = done / (time.perf_counter() - started)
        await conn.close()
        return rate

    async def single_rate(duration: float) -> float:
        counts = [0] * clients

        async def client(i: int, until: float) -> None:
            c = Conn(port)
            n = i
            while time.perf_counter() < until:
                reply = await c.request("POST", "/v1/embeddings", bodies[n % len(bodies)], KEY_A)
                assert reply.status == 200
                counts[i] += 1
                n += clients
            await c.close()

        started = time.perf_counter()
        await asyncio.gather(*(client(i, started + duration) for i in range(clients)))
        return sum(counts) / (time.perf_counter() - started)

    await bulk_rate(0.0)  # warm both paths
    await single_rate(1.0)
    bulk, single = [], []
    for _ in range(rounds):
        bulk.append(await bulk_rate(seconds))
        single.append(await single_rate(seconds))
    ratios = [s / b for s, b in zip(single, bulk, strict=True)]
    return {"bulk_per_s": statistics.median(bulk), "single_per_s": statistics.median(single),
            "ratio": statistics.median(ratios), "ratios": [round(r, 2) for r in ratios]}


def main() -> None:
    """Run the three phases and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood", type=int, default=200)
    parser.add_argument("--floods", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--big-calls", type=int, default=1)
    args = parser.parse_args()
    encoder = MiniLMEncoder.load()  # tokenizer only: sizes the synthetic texts
    flood_texts = make_texts(encoder, 256, 64, seed=1)
    big_texts = make_texts(encoder, 64, 48, seed=2) * 32  # 2,048 inputs, ~98k tokens
    sentences = make_texts(encoder, 256, 20, seed=3)
    port = free_port()
    server = start_server(port, env_extra={
        "MAAS_SERVER_API_KEYS": f"{KEY_A}:embed;{KEY_B}:embed",
        "MAAS_SERVER_MAX_BODY_BYTES": str(8 * 1024 * 1024),
        "MAAS_SERVER_QUEUE_MAX_WAIT": str(MAX_WAIT),
    })
    try:
        floods = [asyncio.run(flood(port, embed_body(flood_texts), args.flood))
                  for _ in range(args.floods)]
        print_flood(combine_floods(floods))
        fair = asyncio.run(fairness(port, embed_body(big_texts), embed_body(sentences[:1]),
                                    args.big_calls))
        print_fairness(fair)
        tp = asyncio.run(throughput(port, sentences, args.seconds))
        print("throughput: 16 concurrent single-sentence clients vs sequential 256-sentence "
              "calls (~20 tokens), alternating, median of 5 rounds")
        print(f"  bulk {tp['bulk_per_s']:.0f}/s, single {tp['single_per_s']:.0f}/s, ratio "
              f"{tp['ratio']:.2f} (target >= 0.8; rounds {tp['ratios']})", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


def combine_floods(floods: list[dict[str, Any]]) -> dict[str, Any]:
    """One report for several floods: the median 503 p99 (each listed), the worst of the rest."""
    worst_admitted = max(floods, key=lambda f: f["p99_admitted_s"] / f["admitted_bound_s"])
    return {
        "calls": floods[0]["calls"],
        "admitted": sum(f["admitted"] for f in floods),
        "refused": sum(f["refused"] for f in floods),
        "floods": len(floods),
        "own_compute_s": statistics.median(f["own_compute_s"] for f in floods),
        "p99_503_ms": statistics.median(f["p99_503_ms"] for f in floods),
        "p99_503_each_ms": [round(f["p99_503_ms"], 1) for f in floods],
        "p99_admitted_s": worst_admitted["p99_admitted_s"],
        "admitted_bound_s": worst_admitted["admitted_bound_s"],
        "retry_after_over_drain_min": min(f["retry_after_over_drain_min"] for f in floods),
        "retry_after_over_drain_max": max(f["retry_after_over_drain_max"] for f in floods),
        "retry_after_values": sorted({v for f in floods for v in f["retry_after_values"]}),
        "health_p99_ms": max(f["health_p99_ms"] for f in floods),
        "health_samples": sum(f["health_samples"] for f in floods),
        "recovery_ratio": max(f["recovery_ratio"] for f in floods),
    }


def print_flood(f: dict[str, Any]) -> None:
    """The flood figures against their targets."""
    print(f"flood: {f['calls']} concurrent calls x 256 texts (~64 tokens), max wait {MAX_WAIT}s, "
          f"{f['floods']} floods")
    print(f"  admitted {f['admitted']}, refused {f['refused']} (503)")
    print(f"  503 latency p99 (median)         {f['p99_503_ms']:8.1f} ms   (target < 100; each "
          f"flood {f['p99_503_each_ms']} ms)")
    print(f"  admitted latency p99             {f['p99_admitted_s']:8.2f} s    bound max wait + "
          f"own compute = {f['admitted_bound_s']:.2f} s, ratio "
          f"{f['p99_admitted_s'] / f['admitted_bound_s']:.2f} (target <= 1)")
    print(f"  Retry-After / measured drain     {f['retry_after_over_drain_min']:.2f} .. "
          f"{f['retry_after_over_drain_max']:.2f}  (target 0.5 .. 2; values "
          f"{f['retry_after_values']} s)")
    print(f"  /v1/health p99 during the flood  {f['health_p99_ms']:8.1f} ms   "
          f"({f['health_samples']} samples; target < 100)")
    print(f"  recovery: solo call after / before {f['recovery_ratio']:.2f} "
          f"(own compute {f['own_compute_s']:.2f} s)", flush=True)


def print_fairness(fair: dict[str, float]) -> None:
    """The fairness figures against their target."""
    print("fairness: key A sends 2,048-input calls (~48 tokens) back to back; key B 1-text calls")
    print(f"  key A call {fair['big_call_s']:.2f} s median; key B {fair['small_calls']} calls "
          f"({fair['small_non_200']} refused): answered p50 {fair['small_p50_ms']:.0f} ms, p95 "
          f"{fair['small_p95_ms']:.0f} ms (target < 1000), solo {fair['small_solo_ms']:.0f} ms",
          flush=True)

if __name__ == "__main__":
    main()
