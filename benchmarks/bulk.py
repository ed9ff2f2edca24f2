"""Bulk embeddings: `create_many` against the embeddings route itself, same texts, same run.

Starts the reference server (embeddings model only) as a subprocess on a free 127.0.0.1 port
and sends ``--n`` (20,000) synthetic texts of 8-24 words through it, three ways:

* ``route``: the bulk route as it is: ``POST /v1/embeddings`` with 2048 texts per request
  (the route's maximum), one request at a time, base64, raw httpx, no SDK. One at a time
  because the server queues at most ``queue_max_wait_seconds`` (2 s) of one key's work and a
  2048-text request is several seconds of it: a second one sent meanwhile is refused (503
  ``overloaded``);
* ``create_many``: ``MaaSClient.embeddings.create_many`` (threads) with its defaults (2048
  texts per chunk, 4 in flight, fewer once the server refuses the job's own chunks), a
  progress callback, privacy off (the route phase sends the same texts as they are), vectors
  decoded to floats;
* ``create_many async``: the same with ``AsyncMaaSClient``;
* ``create_many -> file`` (``--file-phase``): sync, writing resumable JSON Lines.

Each round runs the phases in turn and the route runs once more at the end, so drift on a
shared machine is bracketed; a phase's rate is its texts over its total time. Prints texts/s
and the ratio to the route. Run:
``.venv/bin/python benchmarks/bulk.py [--n 20000] [--rounds 1] [--file-phase]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.embeddings import API_KEY, WORDS, free_port, start_server  # noqa: E402
from maas_client import AsyncMaaSClient, BulkProgress, MaaSClient  # noqa: E402

MODEL = "minilm-l6-v2"


def make_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` synthetic clinical-ish sentences of 8 to 24 words."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 24))) + "."
            for _ in range(n)]


def route(base_url: str, texts: list[str]) -> int:
    """The route itself: 2048 texts per request, one at a time (raw httpx)."""
    async def run() -> int:
        gate = asyncio.Semaphore(1)
        async with httpx.AsyncClient(base_url=base_url, timeout=600.0,
                                     headers={"Authorization": f"Bearer {API_KEY}"}) as http:
            async def one(chunk: list[str]) -> int:
                async with gate:
                    resp = await http.post("/v1/embeddings", json={
                        "model": MODEL, "input": chunk, "encoding_format": "base64"})
                    resp.raise_for_status()
                    return len(resp.json()["data"])

            done = await asyncio.gather(*(one(texts[i:i + 2048])
                                          for i in range(0, len(texts), 2048)))
        return sum(done)

    return asyncio.run(run())


def many_sync(base_url: str, texts: list[str], output: str | None = None) -> int:
    seen: list[BulkProgress] = []
    with MaaSClient(api_key=API_KEY, base_url=base_url, privacy=None, encryption="off",
                    timeout=600.0) as client:
        result = client.embeddings.create_many(texts, model=MODEL, on_progress=seen.append,
                                               output=output)
    assert seen[-1].done == len(texts) and result.computed == len(texts)
    return result.computed


def many_async(base_url: str, texts: list[str]) -> int:
    async def run() -> int:
        async with AsyncMaaSClient(api_key=API_KEY, base_url=base_url, privacy=None,
                                   encryption="off", timeout=600.0) as client:
            result = await client.embeddings.create_many(texts, model=MODEL)
        assert result.results is not None and len(result.results) == len(texts)
        return result.computed

    return asyncio.run(run())


def many_file(base_url: str, texts: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        return many_sync(base_url, texts, output=os.path.join(tmp, "v.jsonl"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--file-phase", action="store_true")
    args = ap.parse_args()
    texts = make_texts(args.n)
    port = free_port()
    proc = start_server(port)
    base_url = f"http://127.0.0.1:{port}"
    base_name = "route (2048/request, one at a time)"
    phases: dict[str, Callable[[str, list[str]], int]] = {
        base_name: route,
        "create_many (sync, defaults)": many_sync,
        "create_many (async, defaults)": many_async,
    }
    if args.file_phase:
        phases["create_many (sync) -> JSON Lines file"] = many_file
    schedule = [name for _ in range(args.rounds) for name in phases] + [base_name]
    totals: dict[str, list[float]] = {name: [0.0, 0.0] for name in phases}
    try:
        route(base_url, texts[:4096])  # warm the server's compiled shapes
        for name in schedule:
            t0 = time.perf_counter()
            done = phases[name](base_url, texts)
            took = time.perf_counter() - t0
            totals[name][0] += done
            totals[name][1] += took
            print(f"{name:40s} {done / took:8.0f} texts/s ({took:.1f} s)", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    rates = {name: done / took for name, (done, took) in totals.items()}
    print(f"\n{args.n} texts per run, {os.cpu_count()} CPUs shared by client and server "
          "(and by whatever else runs on the machine):")
    for name, rate in rates.items():
        print(f"  {name:40s} {rate:8.0f} texts/s   {rate / rates[base_name]:5.2f}x route")


if __name__ == "__main__":
    main()
