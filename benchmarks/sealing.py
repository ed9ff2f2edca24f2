"""Sealing cost: OHTTP (RFC 9458) client and gateway sides vs bare HPKE, same bodies, same run.

For bodies of 1 KiB, 64 KiB and 1 MiB, time per call of:

* ``client``: ``encapsulate_request`` (HPKE setup + seal the request) + ``open`` of a sealed
  response of the same size: what the SDK adds to one call;
* ``server``: ``decapsulate_request`` (HPKE setup + open) + ``seal`` of the response;
* ``hpke s/o``: our bare HPKE, ``setup_base_s`` + ``seal`` and ``setup_base_r`` + ``open`` (with
  the recipient key loaded once, as the gateway keeps it);
* ``pyhpke s/o``: the same with the third-party ``pyhpke`` package.

``end to end``: what sealing adds to one real SDK call. A reference server with no models runs
on 127.0.0.1 (uvicorn, the whole middleware stack and the OHTTP gateway) with one extra route
that echoes its JSON body, so request and response are both the body size and the route itself
costs nothing. The same ``MaaSClient`` call runs with ``encryption="off"`` and
``encryption="required"`` (keys already cached), alternating in rounds; the table gives the
median time per call of each and the difference: seal + BHTTP encode on the client, gateway
open + in-process dispatch + seal on the server, open + BHTTP decode on the client.
The benchmark opens no listening socket of its own: ``ReferenceServer`` binds one created with
``IPPROTO_TCP``, so asyncio sets ``TCP_NODELAY`` on accepted connections (a socket created
without it left every small answer waiting ~44 ms for a delayed ACK), and the client's
connections set ``TCP_NODELAY`` too. Client and server share one process (and its GIL), so each
side's work is serialised with the other's, as on a busy single-core host.

OHTTP does two AEAD passes over a body-sized message per side (request and response), bare HPKE
one, so the ratio columns compare OHTTP with bare seal + open of the same body. Synthetic bytes;
no network. At 1 MiB the OHTTP rows are dominated by glibc handing each fresh 1 MiB buffer back
to the kernel (page faults on every new one: OHTTP makes two more such buffers per side than
bare HPKE); with ``MALLOC_MMAP_THRESHOLD_`` and ``MALLOC_TRIM_THRESHOLD_`` set to 256 MiB the
same run shows the cryptographic cost alone.
Run: ``.venv/bin/python benchmarks/sealing.py [--budget 1.5] [--calls 40] [--skip-micro]``.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import string
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from pyhpke import AEADId, CipherSuite, KDFId, KEMId  # noqa: E402

from maas_client import MaaSClient  # noqa: E402
from maas_client._core import CallPlan, PreparedRequest  # noqa: E402
from maas_client.sealing import (  # noqa: E402
    ServerKeyPair,
    decapsulate_request,
    encapsulate_request,
    hpke,
)
from maas_client.types import APIObject  # noqa: E402

SIZES = (("1 KiB", 1024), ("64 KiB", 64 * 1024), ("1 MiB", 1024 * 1024))
INFO = b"benchmark"


def per_call(step: Callable[[int], object], budget: float, max_calls: int) -> float:
    """Seconds per call: best of three rounds, each bounded by count and time."""
    best = float("inf")
    index = 0
    for _ in range(3):
        calls, start = 0, time.perf_counter()
        while calls < max_calls and (calls < 3 or time.perf_counter() - start < budget / 3):
            step(index)
            index += 1
            calls += 1
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def measure(size: int, budget: float) -> dict[str, float]:
    """All timings for one body size, in seconds per call."""
    body = os.urandom(size)
    key = ServerKeyPair.generate(1, datetime(2100, 1, 1, tzinfo=UTC))
    keys = {1: key}
    max_calls = max(5, min(400, (64 << 20) // size))
    pool = 4  # contexts can open the same message again, so a few are cycled

    # Pre-made material so each timed step does only its own side's work.
    sealed_requests, client_contexts, answers = [], [], []
    for _ in range(pool):
        sealed, client = encapsulate_request(key.config, body)
        _, server = decapsulate_request(keys, sealed)
        sealed_requests.append(sealed)
        client_contexts.append(client)
        answers.append(server.seal(body))

    def client_step(i: int) -> None:
        encapsulate_request(key.config, body)
        client_contexts[i % pool].open(answers[i % pool])

    def server_step(i: int) -> None:
        _, server = decapsulate_request(keys, sealed_requests[i % pool])
        server.seal(body)

    hpke_sealed = [hpke.setup_base_s(key.config.public_key, INFO) for _ in range(pool)]
    hpke_cts = [(enc, ctx.seal(b"", body)) for enc, ctx in hpke_sealed]

    def hpke_seal(_: int) -> None:
        _enc, ctx = hpke.setup_base_s(key.config.public_key, INFO)
        ctx.seal(b"", body)

    def hpke_open(i: int) -> None:
        enc, ct = hpke_cts[i % pool]
        hpke.setup_base_r(enc, key.recipient, INFO).open(b"", ct)

    suite = CipherSuite.new(KEMId.DHKEM_X25519_HKDF_SHA256, KDFId.HKDF_SHA256, AEADId.AES128_GCM)
    their_pk = suite.kem.deserialize_public_key(key.config.public_key)
    their_sk = suite.kem.deserialize_private_key(key.private_key)
    their_cts = []
    for _ in range(pool):
        enc, sender = suite.create_sender_context(their_pk, info=INFO)
        their_cts.append((enc, sender.seal(body)))

    def pyhpke_seal(_: int) -> None:
        _enc, sender = suite.create_sender_context(their_pk, info=INFO)
        sender.seal(body)

    def pyhpke_open(i: int) -> None:
        enc, ct = their_cts[i % pool]
        suite.create_recipient_context(enc, their_sk, info=INFO).open(ct)

    steps = {"client": client_step, "server": server_step, "hpke_seal": hpke_seal,
             "hpke_open": hpke_open, "pyhpke_seal": pyhpke_seal, "pyhpke_open": pyhpke_open}
    return {name: per_call(step, budget, max_calls) for name, step in steps.items()}


class Echo(APIObject):
    """The echo route's answer: the body that was sent."""

    text: str


ECHO_PATH = "/v1/_bench/echo"


def echo_server() -> Any:
    """A reference server with no models, large limits, and the echo route; started."""
    os.environ.setdefault("KERAS_BACKEND", "jax")
    from fastapi import Request, Response

    from maas_client.testing import ReferenceServer
    from mock_server.settings import ALL_SCOPES, Settings

    async def echo(request: Request) -> Response:
        return Response(await request.body(), media_type="application/json")

    settings = Settings(api_keys={"bench-key": ALL_SCOPES}, models=(), warmup=False,
                        max_body_bytes=8 << 20, rate_limit_per_minute=10**9)
    server = ReferenceServer(settings=settings).start()
    server.app.add_route(ECHO_PATH, echo, methods=["POST"])  # plain Starlette route
    return server


def end_to_end(server: Any, size: int, calls: int) -> tuple[float, float]:
    """Median seconds per echo call of `size` JSON bytes on `server`: (plain, sealed)."""
    text = "".join(random.choices(string.ascii_lowercase + " ", k=size - len('{"text":""}')))
    body = ('{"text":"' + text + '"}').encode()
    assert len(body) == size
    req = PreparedRequest("POST", ECHO_PATH, Echo, body, None)  # no Idempotency-Key: no store
    plan: CallPlan[Echo] = CallPlan([req], lambda results: results[0])
    nodelay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    http = httpx.Client(transport=httpx.HTTPTransport(socket_options=nodelay))
    with http, MaaSClient(api_key="bench-key", base_url=server.base_url, privacy=None,
                          max_retries=0, encryption="required", http_client=http) as sealed:
        plain = sealed.with_options(encryption="off")
        times: dict[str, list[float]] = {"off": [], "required": []}
        for client in (plain, sealed):  # warm: connection, keys, first-call costs
            assert client._execute(plan, None).text == text
        rounds = 5
        for _ in range(rounds):
            for mode, client in (("off", plain), ("required", sealed)):
                for _ in range(max(1, calls // rounds)):
                    t0 = time.perf_counter()
                    client._execute(plan, None)
                    times[mode].append(time.perf_counter() - t0)
    return statistics.median(times["off"]), statistics.median(times["required"])


def fmt(seconds: float) -> str:
    """Microseconds or milliseconds, four significant places."""
    return f"{seconds * 1e6:8.1f} us" if seconds < 1e-3 else f"{seconds * 1e3:8.2f} ms"


def main() -> None:
    """Measure every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=1.5,
                        help="seconds per measurement (split over three rounds)")
    parser.add_argument("--calls", type=int, default=40,
                        help="end-to-end calls per size and mode")
    parser.add_argument("--skip-micro", action="store_true",
                        help="only the end-to-end table")
    args = parser.parse_args()
    if not args.skip_micro:
        micro(args.budget)
    print("\nend to end: one MaaSClient call through 127.0.0.1 (echo route, body both ways)")
    head = ("body", "plain", "sealed", "added", "added %")
    print(" | ".join(f"{h:>11}" for h in head))
    server = echo_server()
    try:
        for label, size in SIZES:
            plain, sealed = end_to_end(server, size, args.calls)
            row = (label, fmt(plain), fmt(sealed), fmt(sealed - plain),
                   f"{(sealed - plain) / plain * 100:.0f} %")
            print(" | ".join(f"{c:>11}" for c in row), flush=True)
    finally:
        server.stop()


def micro(budget: float) -> None:
    """The sans-I/O table: OHTTP client and gateway sides vs bare HPKE."""
    head = ("body", "client", "server", "hpke seal", "hpke open", "pyhpke seal", "pyhpke open",
            "client/hpke", "server/hpke", "pyhpke/hpke")
    print(" | ".join(f"{h:>11}" for h in head))
    for label, size in SIZES:
        t = measure(size, budget)
        bare = t["hpke_seal"] + t["hpke_open"]
        row = (label, fmt(t["client"]), fmt(t["server"]), fmt(t["hpke_seal"]),
               fmt(t["hpke_open"]), fmt(t["pyhpke_seal"]), fmt(t["pyhpke_open"]),
               f"{t['client'] / bare:.2f}x", f"{t['server'] / bare:.2f}x",
               f"{(t['pyhpke_seal'] + t['pyhpke_open']) / bare:.2f}x")
        print(" | ".join(f"{c:>11}" for c in row), flush=True)
    print("client = encapsulate_request + open response; server = decapsulate_request + seal "
          "response;\nratios compare with bare HPKE seal + open of the same body (ours).")


if __name__ == "__main__":
    main()
