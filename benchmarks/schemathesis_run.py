"""The long conformance run: schemathesis with every check against the reference server.

The test suite runs a short one (tests/test_openapi_conformance.py: 10 examples per operation,
fixed seed). This one uses more examples and a fresh seed each time, so repeated runs explore
new inputs. Run: `python benchmarks/schemathesis_run.py [--max-examples 200] [--seed N]`.
Exits non-zero if schemathesis reports anything.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("KERAS_BACKEND", "jax")

from maas_client.testing import ReferenceServer
from mock_server.settings import ALL_SCOPES
from tests.test_openapi_conformance import run_schemathesis

KEY = "bench-schemathesis"


def main() -> int:
    """Start a server, run schemathesis against it, print its summary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-examples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    with ReferenceServer(api_keys={KEY: ALL_SCOPES}, rate_limit_per_minute=600_000) as server:
        started = time.perf_counter()
        result = run_schemathesis(server.base_url, KEY, args.max_examples, args.seed)
        elapsed = time.perf_counter() - started
    summary = result.stdout[result.stdout.find("SUMMARY"):] or result.stdout[-4000:]
    print(summary)
    print(f"schemathesis: {args.max_examples} examples per operation, all checks, "
          f"exit {result.returncode}, {elapsed:.0f} s")
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
