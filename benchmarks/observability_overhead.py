"""What watching the server costs per request: the observability layers, and the audit trail.

Three apps, same run, in-process (httpx.ASGITransport, no sockets, no models): the observe
layers removed; metrics + access log + trace (audit off); and with the audit trail on (a file
append and a head-file replace per request). Each does `GET /v1/models` (authenticated, audited)
`--calls` times; best of `--rounds`. Prints µs per request and the ratios to the first.
Run: `python benchmarks/observability_overhead.py [--calls 2000] [--rounds 5]`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path

import httpx

from mock_server.app import create_app
from mock_server.observability.middleware import (
    ObservabilityMiddleware,
    RequestCaptureMiddleware,
)
from mock_server.settings import ALL_SCOPES, Settings

KEY = "bench-key"


def build(observe: bool, audit: Path | None) -> object:
    """An app without models; `observe=False` strips the two observability layers."""
    app = create_app(Settings(models=("wdbc-mlp",), warmup=False, api_keys={KEY: ALL_SCOPES},
                              rate_limit_per_minute=10**9, rate_limit_burst=10**9,
                              audit_log=audit, audit_hmac_key="bench"))
    if not observe:
        app.user_middleware = [m for m in app.user_middleware
                               if m.cls not in (ObservabilityMiddleware, RequestCaptureMiddleware)]
    return app


async def per_call(app: object, calls: int) -> float:
    """Seconds per `GET /v1/models`."""
    headers = {"Authorization": f"Bearer {KEY}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),  # type: ignore[arg-type]
                                 base_url="http://bench") as client:
        for _ in range(50):
            await client.get("/v1/models", headers=headers)
        started = time.perf_counter()
        for _ in range(calls):
            await client.get("/v1/models", headers=headers)
        return (time.perf_counter() - started) / calls


async def main() -> None:
    """Measure the three apps, interleaved, and print the best round of each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    logging.getLogger("mock_server.access").setLevel(logging.WARNING)  # measure, don't print
    with tempfile.TemporaryDirectory() as tmp:
        apps = {"no observability": build(False, None),
                "metrics+log+trace": build(True, None),
                "+ audit trail": build(True, Path(tmp) / "audit.jsonl")}
        best = dict.fromkeys(apps, float("inf"))
        for _ in range(args.rounds):
            for name, app in apps.items():
                best[name] = min(best[name], await per_call(app, args.calls))
    base = best["no observability"]
    for name, seconds in best.items():
        print(f"{name:>20}: {seconds * 1e6:8.1f} µs/request  ({seconds / base:.2f}x)")


if __name__ == "__main__":
    asyncio.run(main())
