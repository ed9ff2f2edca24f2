"""Client overhead: `MaaSClient.embeddings.create` vs a raw httpx POST vs the `openai` client.

All three send the same embeddings request to the same server and read the same fixed, valid
response, so the difference is what each client adds per call. Two servers:

- `loopback`: a stub ASGI app on uvicorn at 127.0.0.1 (real sockets, keep-alive);
- `in-process`: `httpx.MockTransport` (no sockets: the client's own cost is all there is).

Run: `python benchmarks/client_overhead.py [--calls 300] [--rounds 5] [--inputs 1]`.
Prints per-call times (µs, best of the rounds) and the ratios.
Target: maas ≤ 1.2x raw httpx and ≤ 1.0x openai.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from maas_client import MaaSClient, Privacy

MODEL = "minilm-l6-v2"
KEY = "bench-key"


def fixed_response(n_inputs: int, dim: int = 384) -> bytes:
    rng = random.Random(0)
    data = [{"object": "embedding", "index": i,
             "embedding": [round(rng.uniform(-0.1, 0.1), 7) for _ in range(dim)]}
            for i in range(n_inputs)]
    return json.dumps({"object": "list", "model": MODEL, "data": data,
                       "usage": {"prompt_tokens": 5 * n_inputs,
                                 "total_tokens": 5 * n_inputs}}).encode()


def stub_app(body: bytes) -> Callable[..., Any]:
    headers = [(b"content-type", b"application/json"), (b"x-request-id", b"req_bench"),
               (b"content-length", str(len(body)).encode())]

    async def app(scope: dict[str, Any], receive: Callable[..., Any],
                  send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            return
        more = True
        while more:
            more = (await receive()).get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def start_loopback(body: bytes) -> tuple[str, Any, threading.Thread]:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(stub_app(body), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    return f"http://127.0.0.1:{port}", server, thread


def contenders(base_url: str, inputs: list[str], transport: httpx.BaseTransport | None
               ) -> dict[str, Callable[[], object]]:
    import openai

    def http() -> httpx.Client:
        return httpx.Client(transport=transport) if transport else httpx.Client()

    raw = http()
    payload = json.dumps({"model": MODEL, "input": inputs, "encoding_format": "float"}).encode()
    raw_headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    url = f"{base_url}/v1/embeddings"

    def raw_call() -> object:
        r = raw.post(url, content=payload, headers=raw_headers)
        r.raise_for_status()
        return r.json()

    maas = MaaSClient(api_key=KEY, base_url=base_url, privacy=None, http_client=http())
    maas_private = MaaSClient(api_key=KEY, base_url=base_url, privacy=Privacy(),
                              http_client=http())
    oai = openai.OpenAI(api_key=KEY, base_url=f"{base_url}/v1", http_client=http())
    return {
        "raw httpx": raw_call,
        "maas": lambda: maas.embeddings.create(model=MODEL, input=inputs),
        "maas+privacy": lambda: maas_private.embeddings.create(model=MODEL, input=inputs),
        "openai": lambda: oai.embeddings.create(model=MODEL, input=inputs,
                                                encoding_format="float"),
    }


def measure(calls: dict[str, Callable[[], object]], n: int, rounds: int) -> dict[str, float]:
    for fn in calls.values():  # warm up connections, imports, caches
        for _ in range(20):
            fn()
    per_round: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, fn in calls.items():
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            per_round[name].append((time.perf_counter() - t0) / n)
    return {name: min(v) * 1e6 for name, v in per_round.items()}


def report(title: str, us: dict[str, float]) -> None:
    raw, oai = us["raw httpx"], us["openai"]
    print(f"\n{title}")
    for name, v in us.items():
        print(f"  {name:<13} {v:9.1f} µs/call   x{v / raw:5.2f} raw httpx   "
              f"x{v / oai:5.2f} openai")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, default=300)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--inputs", type=int, default=1, help="texts per request")
    args = p.parse_args()
    inputs = [f"synthetic note {i}: chest pain, no fever" for i in range(args.inputs)]
    body = fixed_response(args.inputs)
    print(f"embeddings.create, {args.inputs} input(s), {len(body)} B response, "
          f"{args.calls} calls x {args.rounds} rounds (best round)")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={
            "content-type": "application/json", "x-request-id": "req_bench"})

    report("in-process (httpx.MockTransport)",
           measure(contenders("http://stub", inputs, httpx.MockTransport(handler)),
                   args.calls, args.rounds))
    base_url, server, thread = start_loopback(body)
    try:
        report(f"loopback stub server ({base_url})",
               measure(contenders(base_url, inputs, None), args.calls, args.rounds))
    finally:
        server.should_exit = True
        thread.join(timeout=5)


if __name__ == "__main__":
    main()
