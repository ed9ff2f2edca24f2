"""The `maas` command: the SDK from the shell, and local de-identification.

    maas [OPTIONS] models [MODEL_ID]
    maas [OPTIONS] embed [TEXT|- ...] [--file PATH|-] [--output PATH]
    maas [OPTIONS] summarize [FILE|- ...] [--file PATH|-] [--output PATH]
    maas [OPTIONS] diagnose JSON|FILE|-
    maas [OPTIONS] deid FILE|- [--operator OP] [--restore-map PATH]

Options go before or after the subcommand; `maas --help` and `maas COMMAND --help` list them
with their defaults and examples. Results go to stdout as JSON Lines; errors to stderr with
exit status 1 (2 for usage errors).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from .._client import MaaSClient
from .._errors import MaaSError
from ..privacy import Privacy
from ._commands import COMMANDS
from ._io import Stdin
from ._options import COMMON_DEFAULTS, parser

__all__ = ["main"]


def _client(args: argparse.Namespace) -> MaaSClient:
    return MaaSClient(api_key=args.api_key, base_url=args.base_url, timeout=args.timeout,
                      deadline=args.deadline, max_retries=args.max_retries,
                      encryption=args.encryption,
                      privacy=None if args.no_privacy else Privacy())


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None) -> int:
    """Entry point of the `maas` console script; returns the exit status."""
    args = parser().parse_args(argv)
    for name, default in COMMON_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    out = stdout or sys.stdout
    try:
        command = COMMANDS[args.command]
        return command(args, Stdin(stdin or sys.stdin), out, _client)
    except (MaaSError, OSError) as exc:
        print(f"maas: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("maas: interrupted (rerun with the same --output to resume)", file=sys.stderr)
        return 130

