"""Raw MiniLM forward: sentences/s and GFLOP/s per (batch, length), old vs new, same run.

Loads the encoder twice, once per ``attention_impl`` (``einsum``: the original forward;
``fused``: the default), compiles every measured shape for both, then times the compiled
forward on full-length synthetic token ids, alternating the two implementations inside each
repetition so both see the same machine load. Reports the best of ``--repeats`` per shape:

* sentences/s and GFLOP/s from wall time, and the share of the machine's FP32 peak;
* GFLOP/s from process CPU time (all threads) scaled to the core count, a cross-check that
  moves less when other processes share the cores;
* parity of each implementation against the committed sentence-transformers vectors
  (``tests/data/minilm_reference.json``), per length bucket: min cosine, max abs difference.

FLOPs per sequence of ``L`` tokens: ``layers * (2 * L * (4 h^2 + 2 h i) + 4 * L^2 * h)``
(dense matmuls, then Q.K^T and P.V), i.e. 21.2 MFLOP per token plus the attention products;
softmax, GELU, LayerNorm and embeddings are not counted.

FP32 peak = cores x FP32 FLOP per cycle x GHz, read from ``/proc/cpuinfo``: cores are the
distinct (physical id, core id) pairs; FLOP per cycle = 2 (FMA) x 2 FMA pipes x SIMD lanes,
lanes 16 with AVX-512 except on AMD Zen 4 (family 25, whose 512-bit FMA is double-pumped on
256-bit pipes) and 8 with AVX2+FMA; GHz is the largest ``cpu MHz``. ``--ghz`` and
``--flops-per-cycle`` override those when cpuinfo reports a base or turbo clock you do not
want. Run: ``.venv/bin/python benchmarks/forward.py [--repeats 3] [--batches 1,8,32]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mock_server.models.minilm import LENGTH_BUCKETS, MiniLMEncoder  # noqa: E402

IMPLS = ("einsum", "fused")
REFERENCE = ROOT / "tests" / "data" / "minilm_reference.json"
LAYERS, HIDDEN, INTERMEDIATE = 6, 384, 1536


@dataclass(frozen=True)
class CpuPeak:
    """The machine's FP32 peak and the figures it is computed from."""

    cores: int
    flops_per_cycle: int
    ghz: float
    how: str

    @property
    def gflops(self) -> float:
        """Peak FP32 GFLOP/s over all cores."""
        return self.cores * self.flops_per_cycle * self.ghz


def cpu_peak(ghz: float | None = None, flops_per_cycle: int | None = None) -> CpuPeak:
    """FP32 peak from ``/proc/cpuinfo`` (see the module docstring for the rule)."""
    blocks = [b for b in Path("/proc/cpuinfo").read_text().split("\n\n") if b.strip()]
    info = [dict((k.strip(), v.strip()) for k, _, v in (line.partition(":")
                 for line in b.splitlines())) for b in blocks]
    cores = len({(i.get("physical id", "0"), i.get("core id", i.get("processor")))
                 for i in info}) or (os.cpu_count() or 1)
    flags = set(info[0].get("flags", "").split())
    vendor, family = info[0].get("vendor_id", ""), info[0].get("cpu family", "")
    if "avx512f" in flags and not (vendor == "AuthenticAMD" and family == "25"):
        lanes, simd = 16, "AVX-512"
    elif "avx512f" in flags:
        lanes, simd = 8, "AVX-512 on 256-bit pipes (AMD family 25)"
    elif {"avx2", "fma"} <= flags:
        lanes, simd = 8, "AVX2+FMA"
    else:
        lanes, simd = 4, "SSE"
    fpc = flops_per_cycle or 2 * 2 * lanes
    mhz = max(float(i["cpu MHz"]) for i in info if "cpu MHz" in i)
    clock = ghz or mhz / 1000.0
    how = (f"{cores} cores x {fpc} FLOP/cycle ({simd}: 2 FMA pipes x {lanes} lanes x 2"
           f"{', overridden' if flops_per_cycle else ''}) x {clock:.3f} GHz "
           f"({'--ghz' if ghz else 'cpu MHz in /proc/cpuinfo'})")
    return CpuPeak(cores, fpc, clock, how)


def flops_per_sequence(length: int) -> float:
    """Dense-layer matmuls plus the two attention products for one sequence."""
    dense = 2 * length * (4 * HIDDEN * HIDDEN + 2 * HIDDEN * INTERMEDIATE)
    attention = 4 * length * length * HIDDEN
    return float(LAYERS * (dense + attention))


def parity(encoder: MiniLMEncoder) -> dict[int, tuple[float, float, int]]:
    """Per padded length: (min cosine, max abs difference, texts) against the reference.

    Every reference text that fits is padded to each length bucket and run through the
    compiled forward in batches of 32, so each (32, length) shape is checked.
    """
    entries = json.loads(REFERENCE.read_text(encoding="utf-8"))["entries"]
    token_ids = encoder._tokenize([e["text"] for e in entries])
    expected = np.array([e["vector"] for e in entries], dtype=np.float64)
    out: dict[int, tuple[float, float, int]] = {}
    for length in LENGTH_BUCKETS:
        rows = [i for i, ids in enumerate(token_ids) if len(ids) <= length][:32]
        ids = np.zeros((32, length), dtype=np.int32)
        mask = np.zeros_like(ids)
        for r, i in enumerate(rows):
            ids[r, : len(token_ids[i])] = token_ids[i]
            mask[r, : len(token_ids[i])] = 1
        got = encoder._run(ids, mask)[: len(rows)]
        want = expected[rows]
        cosine = (got * want).sum(axis=1) / np.linalg.norm(want, axis=1)
        out[length] = (float(cosine.min()), float(np.abs(got - want).max()), len(rows))
    return out


def uptime() -> str:
    """The load averages, for the report next to the figures."""
    try:
        done = subprocess.run(["uptime"], capture_output=True, text=True, check=False)
        return done.stdout.strip()
    except OSError:
        return "uptime unavailable"


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lengths", default="32,64,128,256")
    parser.add_argument("--batches", default="1,8,32")
    parser.add_argument("--repeats", type=int, default=3, help="best of N (default 3)")
    parser.add_argument("--ghz", type=float, default=None, help="override the clock")
    parser.add_argument("--flops-per-cycle", type=int, default=None,
                        help="override FP32 FLOP per cycle per core")
    args = parser.parse_args()
    lengths = [int(v) for v in args.lengths.split(",")]
    batches = [int(v) for v in args.batches.split(",")]

    peak = cpu_peak(args.ghz, args.flops_per_cycle)
    print(f"FP32 peak: {peak.gflops:.1f} GFLOP/s = {peak.how}")
    print(f"start: {uptime()}")
    encoders = {impl: MiniLMEncoder.load(attention_impl=impl) for impl in IMPLS}
    for impl, enc in encoders.items():
        for length, (cos, diff, n) in parity(enc).items():
            print(f"parity {impl:6s} length {length:3d}: min cosine {cos:.8f}, "
                  f"max abs diff {diff:.1e} ({n} texts)")

    rng = np.random.default_rng(0)
    print(f"{'batch':>5} {'len':>4} {'impl':>6} {'ms/batch':>9} {'sent/s':>8} {'GFLOP/s':>8} "
          f"{'peak':>6} {'cpu GFLOP/s':>12} {'new/old':>8}")
    for batch in batches:
        for length in lengths:
            ids = rng.integers(1000, 20000, size=(batch, length), dtype=np.int32)
            mask = np.ones_like(ids)
            for enc in encoders.values():
                enc._run(ids, mask)  # compile + first run
            wall = dict.fromkeys(IMPLS, float("inf"))
            cpu = dict.fromkeys(IMPLS, float("inf"))
            for _ in range(args.repeats):
                for impl, enc in encoders.items():
                    c0, t0 = time.process_time(), time.perf_counter()
                    enc._run(ids, mask)
                    wall[impl] = min(wall[impl], time.perf_counter() - t0)
                    cpu[impl] = min(cpu[impl], time.process_time() - c0)
            work = batch * flops_per_sequence(length) / 1e9
            for impl in IMPLS:
                gflops = work / wall[impl]
                ratio = f"{wall['einsum'] / wall['fused']:.2f}x" if impl == "fused" else ""
                print(f"{batch:5d} {length:4d} {impl:>6} {wall[impl] * 1e3:9.1f} "
                      f"{batch / wall[impl]:8.1f} {gflops:8.1f} {gflops / peak.gflops:6.1%} "
                      f"{work * peak.cores / cpu[impl]:12.1f} {ratio:>8}", flush=True)
    print(f"end: {uptime()}")


if __name__ == "__main__":
    main()
