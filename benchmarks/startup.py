"""Server start-up: seconds to `/v1/health` and to `/v1/ready`, cold and warm.

Each run starts ``python -m mock_server`` (all three models) as a subprocess on a free
127.0.0.1 port and polls until ``/v1/ready`` answers 200.

* ``cold``: an empty JAX compilation cache (a fresh ``MAAS_JAX_CACHE_DIR``): every shape is
  compiled. The OS file cache is not dropped, so module and weight files may be read from memory.
* ``warm``: the same cache again (what a second start on the same machine sees), ``--repeats``
  times; the median is reported.
* ``import floor``: ``python -c "import mock_server.app, keras, jax"`` in the same run, the part
  no cache can remove. ``ready / floor`` is a same-run ratio, comparable across machines and
  loads where the absolute seconds are not.

The server's own start-up log (one line per model loaded and per program compiled) is summed
up per model. The conditions (cores, load average, versions) are printed with the figures.
Usage: ``.venv/bin/python benchmarks/startup.py [--repeats 3] [--models ...]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import httpx

os.environ.setdefault("KERAS_BACKEND", "jax")

SUMMARY = re.compile(r"(\S+) (loaded in [\d.]+s|warm: .*)$")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Start:
    """One server start: seconds to `/v1/health` and to `/v1/ready`, the CPU seconds the
    process used in all (user + system, up to its exit soon after ready; far less sensitive to
    the machine's load than the wall-clock figures) and its model log lines."""

    health: float
    ready: float
    cpu: float
    log: list[str]


def start_once(cache_dir: Path, models: str, budget: float = 600.0) -> Start:
    """Start the server once; seconds to health and to ready, and its model log lines."""
    port = _free_port()
    env = {**os.environ, "MAAS_JAX_CACHE_DIR": str(cache_dir), "MAAS_SERVER_MODELS": models}
    # The log goes to a file: a pipe nobody reads until the end would fill and block the server.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile("w+") as log_file:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "mock_server", "--port", str(port), "--log-level", "info"],
            env=env, stdout=log_file, stderr=subprocess.STDOUT, text=True)
        health: float | None = None
        ready: float | None = None
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=2.0) as http:
                while ready is None and time.perf_counter() - started < budget:
                    if proc.poll() is not None:
                        raise RuntimeError("the server exited during start-up")
                    try:
                        if health is None and http.get("/v1/health").status_code == 200:
                            health = time.perf_counter() - started
                        if http.get("/v1/ready").status_code == 200:
                            ready = time.perf_counter() - started
                    except httpx.TransportError:
                        pass
                    time.sleep(0.05)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            log_file.seek(0)
            out = log_file.read()
    if ready is None:
        raise RuntimeError(f"not ready within {budget:.0f}s")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [m.group(0) for ln in out.splitlines() if (m := SUMMARY.search(ln))]
    return Start(ready if health is None else health, ready, cpu, lines)


def import_floor() -> float:
    """Seconds for a fresh interpreter to import the server, Keras and JAX."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import mock_server.app, keras, jax"], check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Measure one cold start and ``--repeats`` warm starts; print the figures and conditions."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--models", default="minilm-l6-v2,wdbc-mlp,clinical-extractive")
    args = parser.parse_args(argv)
    load = os.getloadavg()
    print(f"conditions: {os.cpu_count()} cores, load average {load[0]:.1f}/{load[1]:.1f} at "
          f"start; Python {platform.python_version()}, jax {version('jax')}, keras "
          f"{version('keras')}; models {args.models}")
    floor = import_floor()
    with tempfile.TemporaryDirectory(prefix="maas-jax-cache-") as tmp:
        cache = Path(tmp)
        cold = start_once(cache, args.models)
        warm = [start_once(cache, args.models) for _ in range(args.repeats)]
    warm_ready = statistics.median(w.ready for w in warm)
    warm_health = statistics.median(w.health for w in warm)
    runs = ", ".join(f"{w.ready:.1f}" for w in warm)
    print(f"import floor: {floor:.1f}s")
    warm_cpu = statistics.median(w.cpu for w in warm)
    print(f"cold: health {cold.health:.1f}s, ready {cold.ready:.1f}s "
          f"({cold.ready / floor:.1f}x the import floor), {cold.cpu:.1f} CPU s")
    print(f"warm (median of {args.repeats}): health {warm_health:.1f}s, ready {warm_ready:.1f}s "
          f"({warm_ready / floor:.1f}x the import floor), {warm_cpu:.1f} CPU s; runs {runs}s")
    print("cold start log:", *cold.log, sep="\n  ")
    print("warm start log (last run):", *warm[-1].log, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
