"""`make bench`: run every benchmark and write ``benchmarks/RESULTS.md``.

Each ``benchmarks/*.py`` (files starting with ``_`` are helpers) runs as its own process, one
after another; its printed table (figures and same-run ratios) goes into RESULTS.md under a
header with the date, the machine (CPU model, core count, load average before and after) and
the git commit, so figures stay comparable over time. Ratios are the figures to compare: the
absolute numbers move with the machine and its load.

Run: ``.venv/bin/python benchmarks/_results.py [--only scheduler embeddings] [--note TEXT]``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "RESULTS.md"


def cpu_model() -> str:
    """The CPU model name, when the OS tells it."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load() -> str:
    """The 1/5/15-minute load average."""
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def commit() -> str:
    """The checked-out commit (and `+dirty` when the tree has changes)."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                             capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, text=True,
                               capture_output=True, check=True).stdout.strip()
        return sha + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    """Run the benchmarks and write RESULTS.md; non-zero if any benchmark failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="benchmark names (file stems) to run")
    parser.add_argument("--note", default="", help="a line about the conditions of this run")
    args = parser.parse_args()
    benches = sorted(p for p in HERE.glob("*.py") if not p.name.startswith("_"))
    if args.only:
        benches = [p for p in benches if p.stem in set(args.only)]
    started = datetime.datetime.now(datetime.UTC)
    before = load()
    sections, failed = [], 0
    for path in benches:
        print(f"== {path.name}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(path)], cwd=ROOT, text=True,
                              capture_output=True, env=dict(os.environ, KERAS_BACKEND="jax"))
        elapsed = time.perf_counter() - t0
        output = proc.stdout.strip()
        if proc.returncode:
            failed += 1
            output += f"\n\n[exit code {proc.returncode}]\n{proc.stderr.strip()[-2000:]}"
        print(output, flush=True)
        sections.append(f"## {path.stem}\n\n`python benchmarks/{path.name}` "
                        f"({elapsed:.0f} s)\n\n```\n{output}\n```\n")
    header = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`benchmarks/_results.py`); compare ratios across runs, not "
        "absolute figures.",
        "",
        f"- date: {started:%Y-%m-%d %H:%M} UTC",
        f"- machine: {cpu_model()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}",
        f"- load average (1/5/15 min) before: {before}; after: {load()}",
        f"- commit: {commit()}",
    ]
    if args.note:
        header.append(f"- conditions: {args.note}")
    if args.only:
        header.append(f"- benchmarks run: {', '.join(p.stem for p in benches)} (a subset)")
    OUT.write_text("\n".join(header) + "\n\n" + "\n".join(sections))
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
