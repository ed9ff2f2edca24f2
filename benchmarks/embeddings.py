"""Embeddings throughput: the HTTP route vs the raw Keras forward, same batch size, same run.

Starts the reference server (``python -m mock_server``, embeddings model only) as a subprocess
on a free 127.0.0.1 port, waits for ``/v1/ready``, then measures sentences per second for
batches of ``--batch`` synthetic sentences of about 32 and about 128 tokens:

* ``raw``: ``MiniLMEncoder.encode`` in this process (tokenise + forward + pooling);
* ``http``: sequential ``POST /v1/embeddings`` (float JSON), one request in flight;
* ``http x4``: four clients in flight at once (base64), showing queueing and coalescing.

The phases run one after another so they do not compete for the 2 cores. Traffic goes to
loopback only; every loop is bounded by a count and a time budget. Run:
``.venv/bin/python benchmarks/embeddings.py [--batch 32] [--seconds 4]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import asyncio
import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mock_server.models.minilm import MiniLMEncoder  # noqa: E402

API_KEY = "maas-dev-key"
_WORD_TEXT = (
    "patient reports chest pain shortness of breath fever cough nausea fatigue dizziness "
    "history hypertension diabetes asthma medication dose daily twice tablet oral blood "
    "pressure heart rate normal elevated mild severe acute chronic left right lower upper "
    "abdomen tenderness swelling wound healing follow clinic week month imaging scan mass "
    "biopsy benign lesion stable improved worsening referral cardiology plan assessment"
)
WORDS = _WORD_TEXT.split()


def make_texts(encoder: MiniLMEncoder, n: int, target: int, seed: int) -> list[str]:
    """``n`` synthetic sentences of about ``target`` tokens (incl. [CLS]/[SEP])."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(target)]
        while encoder.count_tokens([" ".join(words) + "."])[0] > target:
            words.pop()
        texts.append(" ".join(words) + ".")
    return texts


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, timeout: float = 300.0,
                 env_extra: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start the reference server on loopback and wait until ``/v1/ready`` answers 200."""
    env = dict(os.environ, MAAS_SERVER_MODELS="minilm-l6-v2", MAAS_SERVER_RATE_LIMIT="1000000",
               KERAS_BACKEND="jax", PYTHONPATH=str(ROOT))
    env.pop("MAAS_SERVER_API_KEYS", None)
    env.update(env_extra or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "mock_server", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5.0) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}")
            try:
                if client.get("/v1/ready").status_code == 200:
                    return proc
            except httpx.TransportError:
                pass
            time.sleep(0.25)
    proc.terminate()
    raise RuntimeError("server not ready in time")


def timed(fn: Callable[[], int], seconds: float, max_rounds: int = 200) -> float:
    """Run ``fn`` (returns sentences done) once to warm, then for ``seconds``; sentences/s."""
    fn()
    done, rounds, started = 0, 0, time.perf_counter()
    while rounds < max_rounds and (rounds < 2 or time.perf_counter() - started < seconds):
        done += fn()
        rounds += 1
    return done / (time.perf_counter() - started)


def bench_http(base_url: str, texts: list[str], seconds: float) -> float:
    """Sequential requests, float encoding."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=60.0) as client:
        def one() -> int:
            resp = client.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": texts})
            resp.raise_for_status()
            assert len(resp.json()["data"]) == len(texts)
            return len(texts)

        return timed(one, seconds)


def bench_http_concurrent(base_url: str, texts: list[str], seconds: float,
                          clients: int = 4) -> float:
    """``clients`` requests in flight at once, base64 encoding."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    body = {"model": "minilm-l6-v2", "input": texts, "encoding_format": "base64"}

    async def run() -> float:
        async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60.0) as client:
            async def one() -> int:
                for _ in range(20):  # a busy server answers 503 + Retry-After: honour it
                    resp = await client.post("/v1/embeddings", json=body)
                    if resp.status_code != 503:
                        break
                    await asyncio.sleep(min(5.0, float(resp.headers.get("retry-after", "1"))))
                resp.raise_for_status()
                return len(texts)

            await asyncio.gather(*(one() for _ in range(clients)))  # warm
            done, rounds, started = 0, 0, time.perf_counter()
            while rounds < 50 and (rounds < 2 or time.perf_counter() - started < seconds):
                done += sum(await asyncio.gather(*(one() for _ in range(clients))))
                rounds += 1
            return done / (time.perf_counter() - started)

    return asyncio.run(run())


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()

    load_started = time.perf_counter()
    encoder = MiniLMEncoder.load()
    encoder.warmup()
    print(f"encoder loaded and warm in {time.perf_counter() - load_started:.1f}s")
    port = free_port()
    server_started = time.perf_counter()
    server = start_server(port)
    print(f"server ready in {time.perf_counter() - server_started:.1f}s on 127.0.0.1:{port}")
    base_url = f"http://127.0.0.1:{port}"
    rows = []
    try:
        for target in (32, 128):
            texts = make_texts(encoder, args.batch, target, seed=target)
            mean_tokens = sum(encoder.count_tokens(texts)) / len(texts)

            def raw(texts: list[str] = texts) -> int:
                return encoder.encode(texts).vectors.shape[0]

            raw_rate = timed(raw, args.seconds)
            http_rate = bench_http(base_url, texts, args.seconds)
            conc_rate = bench_http_concurrent(base_url, texts, args.seconds)
            rows.append((target, mean_tokens, raw_rate, http_rate, conc_rate))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    print(f"\nbatch size {args.batch} sentences per request / encode call; sentences per second")
    header = (f"{'tokens':>7} {'mean':>6} {'raw encode':>11} {'http':>9} {'http/raw':>9} "
              f"{'http x4':>9} {'x4/raw':>7}")
    print(header)
    print("-" * len(header))
    for target, mean_tokens, raw_rate, http_rate, conc_rate in rows:
        print(f"{'~' + str(target):>7} {mean_tokens:>6.1f} {raw_rate:>11.1f} {http_rate:>9.1f} "
              f"{http_rate / raw_rate:>9.2f} {conc_rate:>9.1f} {conc_rate / raw_rate:>7.2f}")


if __name__ == "__main__":
    main()
