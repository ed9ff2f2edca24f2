"""`python -m mock_server [--host 127.0.0.1] [--port 8000]` (also `maas-reference-server`).

`maas-reference-server audit verify FILE` checks an audit trail's hash chain (exit 1 if broken).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from maas_client._extras import extra_hint, missing_modules

os.environ.setdefault("KERAS_BACKEND", "jax")


def audit_main(argv: list[str]) -> int:
    """`audit verify FILE`: check the chain of FILE and its rotated predecessors."""
    parser = argparse.ArgumentParser(prog="maas-reference-server audit")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("verify", help="check an audit trail's hash chain")
    check.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    from .observability.audit import verify

    report = verify(args.file)
    for note in report.notes:
        print(f"note: {note}")
    for problem in report.problems:
        print(f"FAIL: {problem}")
    if report.ok:
        print(f"OK: {report.records} records, chain intact")
        return 0
    print(f"BROKEN: {len(report.problems)} problem(s) in {report.records} records")
    return 1


def main(argv: list[str] | None = None) -> int:
    """Serve the reference server with uvicorn (or run `audit verify FILE`); 1 with a one-line
    hint if the `server` extra is missing."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["audit"]:
        return audit_main(argv[1:])
    parser = argparse.ArgumentParser(prog="maas-reference-server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    if missing_modules("server"):
        print(f"maas-reference-server: {extra_hint('server')}", file=sys.stderr)
        return 1
    from .observability.access_log import configure_logging

    configure_logging(args.log_level)

    import uvicorn

    from .app import create_app
    from .serving.lifecycle import DrainingServer
    from .settings import Settings

    settings = Settings.from_env()
    # The app answers what outlives the grace period 503 itself; uvicorn's own limit is only a
    # backstop, a little later.
    config = uvicorn.Config(create_app(settings), host=args.host, port=args.port,
                            log_level=args.log_level, access_log=False,
                            timeout_graceful_shutdown=int(settings.shutdown_grace_seconds) + 3)
    DrainingServer(config).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
