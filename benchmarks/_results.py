"""`make bench`: run every benchmark and write ``benchmarks/RESULTS.md``.

Each ``benchmarks/*.py`` (files starting with ``_`` are helpers) runs as its own process, one
after another; its printed table (figures and same-run ratios) goes into its own section of
RESULTS.md with the date, the git commit, the machine (CPU model, core count) and the load
average before and after, so figures stay comparable over time. With ``--only`` just those
sections are replaced. Ratios are the figures to compare: the absolute numbers move with the
machine and its load.

Run: ``.venv/bin/python benchmarks/_results.py [--only scheduler embeddings] [--note TEXT]``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "RESULTS.md"
HEADER = """# Benchmark results

Written by `make bench` (`benchmarks/_results.py`); compare ratios across runs, not absolute
figures. Each section says when it ran, on which commit, machine and load; a run of a subset
(`--only`) replaces those sections and keeps the others.

"""


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
    sections = read_sections(OUT.read_text()) if OUT.exists() else {}
    machine = (f"{cpu_model()}, {os.cpu_count()} cores, {platform.system()} "
               f"{platform.release()}, Python {platform.python_version()}")
    failed = 0
    for path in benches:
        print(f"== {path.name}", flush=True)
        started = datetime.datetime.now(datetime.UTC)
        before = load()
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(path)], cwd=ROOT, text=True,
                              capture_output=True, env=dict(os.environ, KERAS_BACKEND="jax"))
        elapsed = time.perf_counter() - t0
        output = proc.stdout.strip()
        if proc.returncode:
            failed += 1
            output += f"\n\n[exit code {proc.returncode}]\n{proc.stderr.strip()[-2000:]}"
        print(output, flush=True)
        about = [f"- run: {started:%Y-%m-%d %H:%M} UTC, commit {commit()}, "
                 f"`python benchmarks/{path.name}` ({elapsed:.0f} s)",
                 f"- machine: {machine}",
                 f"- load average (1/5/15 min) before: {before}; after: {load()}"]
        if args.note:
            about.append(f"- conditions: {args.note}")
        sections[path.stem] = (f"## {path.stem}\n\n" + "\n".join(about)
                               + f"\n\n```\n{output}\n```\n")
    OUT.write_text(HEADER + "\n".join(sections[name] for name in sorted(sections)))
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 1 if failed else 0


def read_sections(text: str) -> dict[str, str]:
    """The sections of an earlier RESULTS.md by benchmark name (kept when not run again)."""
    parts = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    return {part.split("\n", 1)[0].strip(): "## " + part.rstrip() + "\n" for part in parts}


if __name__ == "__main__":
    raise SystemExit(main())
