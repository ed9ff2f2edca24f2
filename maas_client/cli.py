"""The `maas` command: a small front end to the client.

    maas models [MODEL_ID]
    maas embed TEXT [TEXT ...] [--model minilm-l6-v2]
    maas summarize FILE [--model clinical-extractive] [--max-sentences 3]
    maas diagnose JSON [--model wdbc-mlp] [--explain]

Configuration comes from `MAAS_API_KEY` / `MAAS_BASE_URL` or `--api-key` / `--base-url`.
`JSON` is a file path or inline JSON: one features object, one `{"features": ...}` input, or a
list of either. Output is JSON on stdout; errors go to stderr with exit status 1 (2 for usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._client import MaaSClient
from ._errors import MaaSError
from .privacy import Privacy
from .types import APIObject

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="maas", description="Call a MaaS API from the shell.")
    p.add_argument("--api-key", help="API key (default: $MAAS_API_KEY)")
    p.add_argument("--base-url", help="API base URL (default: $MAAS_BASE_URL or local)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per attempt")
    p.add_argument("--no-privacy", action="store_true",
                   help="send text without local de-identification")
    sub = p.add_subparsers(dest="command", required=True)
    models = sub.add_parser("models", help="list model cards, or show one")
    models.add_argument("model_id", nargs="?")
    embed = sub.add_parser("embed", help="embed texts")
    embed.add_argument("text", nargs="+")
    embed.add_argument("--model", default="minilm-l6-v2")
    summ = sub.add_parser("summarize", help="summarise a note read from FILE ('-' for stdin)")
    summ.add_argument("file")
    summ.add_argument("--model", default="clinical-extractive")
    summ.add_argument("--max-sentences", type=int, default=3)
    diag = sub.add_parser("diagnose", help="diagnose cases given as JSON (file or inline)")
    diag.add_argument("json")
    diag.add_argument("--model", default="wdbc-mlp")
    diag.add_argument("--explain", action="store_true")
    return p


def _inputs(raw: str) -> list[dict[str, Any]]:
    path = Path(raw)
    text = path.read_text(encoding="utf-8") if not raw.lstrip().startswith(("{", "[")) and (
        path.is_file()) else raw
    try:
        data = json.loads(text)
    except ValueError:
        raise MaaSError("diagnose: JSON is neither a readable file nor valid JSON") from None
    items = data if isinstance(data, list) else [data]
    return [i if isinstance(i, dict) and "features" in i else {"features": i} for i in items]


def _run(args: argparse.Namespace) -> APIObject:
    privacy = None if args.no_privacy else Privacy()
    with MaaSClient(api_key=args.api_key, base_url=args.base_url, timeout=args.timeout,
                    privacy=privacy) as client:
        if args.command == "models":
            if args.model_id:
                return client.models.retrieve(args.model_id)
            return client.models.list()
        if args.command == "embed":
            return client.embeddings.create(model=args.model, input=list(args.text))
        if args.command == "summarize":
            note = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
            return client.summaries.create(model=args.model, text=note,
                                           max_sentences=args.max_sentences)
        return client.diagnosis.create(model=args.model, inputs=_inputs(args.json),
                                       explain=args.explain)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `maas` console script; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        result = _run(args)
    except (MaaSError, OSError) as exc:
        print(f"maas: error: {exc}", file=sys.stderr)
        return 1
    print(result.model_dump_json(indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
