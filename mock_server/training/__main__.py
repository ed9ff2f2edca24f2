"""Run training commands: ``python -m mock_server.training [name ...]`` (default: all).

Each command trains one model and writes its artifacts into ``mock_server/artifacts``.
To add a model, add its name and the module whose ``main()`` trains it to ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

os.environ.setdefault("KERAS_BACKEND", "jax")

__all__ = ["COMMANDS", "main"]

COMMANDS: dict[str, str] = {
    "wdbc": "mock_server.training.wdbc",
}
"""Command name → module with a ``main()`` that trains and writes the artifacts."""


def main(argv: list[str] | None = None) -> int:
    """Parse the command names and run each one's ``main()`` in order."""
    parser = argparse.ArgumentParser(prog="python -m mock_server.training",
                                     description="Train models and write their artifacts.")
    parser.add_argument("commands", nargs="*", metavar="name",
                        help=f"one of {', '.join(COMMANDS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [c for c in args.commands if c not in COMMANDS]
    if unknown:
        parser.error(f"unknown command {unknown[0]!r}; choose from {', '.join(COMMANDS)}")
    for name in args.commands or list(COMMANDS):
        print(f"== training {name}", flush=True)
        importlib.import_module(COMMANDS[name]).main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
