"""The `maas` argument parser: options accepted before or after the subcommand, help with
descriptions, defaults and examples."""

from __future__ import annotations

import argparse
from typing import Any

from .._core import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._version import __version__
from ..privacy import ENTITIES, Operator, Privacy
from ..resources.embeddings import DEFAULT_CHUNK_SIZE

__all__ = ["COMMON_DEFAULTS", "parser"]

#: The shared options' defaults. The options are declared on the main parser and again on
#: every subcommand with `SUPPRESS` defaults, so either position works; defaults fill in last.
COMMON_DEFAULTS: dict[str, Any] = {
    "api_key": None, "base_url": None, "timeout": DEFAULT_TIMEOUT, "deadline": None,
    "max_retries": DEFAULT_MAX_RETRIES, "encryption": "auto", "no_privacy": False,
    "format": None, "progress": None,
}

_EPILOG = """\
examples:
  maas models
  maas models wdbc-mlp --format json
  maas embed "chest pain" "shortness of breath" --format table
  echo "chest pain" | maas embed -
  maas embed --file notes.txt --output vectors.jsonl     # rerun to resume
  maas summarize note.txt --max-sentences 2 --no-privacy
  maas diagnose case.json --explain     # {"inputs": [{"features": {...}}]}: the card's 30
  maas deid note.txt --level strict --operator redact --restore-map map.json
  maas deid - --format text < note.txt > note.deid.txt
  maas summarize --file notes.txt --output summaries.jsonl

Configuration: MAAS_API_KEY and MAAS_BASE_URL (or --api-key, --base-url).
Output: JSON Lines on stdout (one compact object per result); errors on stderr, exit 1
(2 for usage errors). MAAS_LOG=debug|info logs each attempt's metadata to stderr.
"""


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Keep the examples' line breaks and show each subcommand option's default."""


def _common(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("connection and output (accepted anywhere on the line)")
    s = argparse.SUPPRESS
    g.add_argument("--api-key", default=s, metavar="KEY",
                   help="API key (default: $MAAS_API_KEY)")
    g.add_argument("--base-url", default=s, metavar="URL",
                   help=f"API base URL (default: $MAAS_BASE_URL, else {DEFAULT_BASE_URL})")
    g.add_argument("--timeout", type=float, default=s, metavar="SECONDS",
                   help=f"limit per attempt (default: {DEFAULT_TIMEOUT:g})")
    g.add_argument("--deadline", type=float, default=s, metavar="SECONDS",
                   help="limit for the whole call, retries included (default: none)")
    g.add_argument("--max-retries", type=int, default=s, metavar="N",
                   help=f"retries after a failed attempt (default: {DEFAULT_MAX_RETRIES})")
    g.add_argument("--encryption", choices=("auto", "required", "off"), default=s,
                   help="Oblivious HTTP: when the server offers it, always, or never "
                        "(default: auto)")
    g.add_argument("--no-privacy", action="store_true", default=s,
                   help="send text without local de-identification (default: de-identify)")
    g.add_argument("--format", choices=("jsonl", "json", "table", "text"), default=s,
                   help="jsonl: one compact JSON object per result; json: one document; "
                        "table: aligned columns; text: plain text (deid only) "
                        "(default: jsonl)")
    g.add_argument("--progress", action=argparse.BooleanOptionalAction, default=s,
                   help="progress bar on stderr for long work (default: only when stderr "
                        "is a terminal)")


#: Examples shown under each subcommand's help (taken from the main help's list).
_EXAMPLES = [line.strip() for line in _EPILOG.splitlines() if line.startswith("  ")]


def _sub(sub: Any, name: str, summary: str, description: str) -> argparse.ArgumentParser:
    examples = [e for e in _EXAMPLES if f"maas {name}" in e]
    p: argparse.ArgumentParser = sub.add_parser(
        name, help=summary, description=description, formatter_class=_Formatter,
        epilog="examples:\n" + "\n".join(f"  {e}" for e in examples) if examples else None)
    _common(p)
    return p


def _bulk_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--file", metavar="PATH", help="read one text per line ('-': stdin; "
                   "blank lines are skipped)")
    p.add_argument("--output", metavar="PATH", help="write the results as JSON Lines to PATH "
                   "instead of stdout; a rerun skips the inputs already there")
    p.add_argument("--concurrency", type=int, default=4, help="requests in flight at once")


def parser() -> argparse.ArgumentParser:
    """The `maas` parser."""
    p = argparse.ArgumentParser(
        prog="maas", formatter_class=_Formatter, epilog=_EPILOG,
        description="Call a clinical MaaS API from the shell, or de-identify text locally.")
    p.add_argument("--version", action="version", version=f"maas {__version__}")
    _common(p)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    models = _sub(sub, "models", "list model cards, or show one",
                  "List the served models' cards (one per line), or show MODEL_ID's card.")
    models.add_argument("model_id", nargs="?", metavar="MODEL_ID")

    embed = _sub(sub, "embed", "embed texts",
                 "Embed each TEXT ('-' reads stdin as one text) or each line of --file. "
                 "Prints {\"index\": i, \"embedding\": [...]} per text.")
    embed.add_argument("text", nargs="*", metavar="TEXT")
    embed.add_argument("--model", default="minilm-l6-v2", help="embedding model")
    embed.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE,
                       help="texts per request")
    _bulk_opts(embed)

    summ = _sub(sub, "summarize", "summarise clinical notes",
                "Summarise each FILE ('-' reads stdin) or each line of --file. Prints "
                "{\"index\": i, \"summary\": {...}} per note; offsets refer to your note.")
    summ.add_argument("files", nargs="*", metavar="FILE")
    summ.add_argument("--model", default="clinical-extractive", help="summary model")
    summ.add_argument("--max-sentences", type=int, default=3, help="sentences per summary")
    _bulk_opts(summ)

    diag = _sub(sub, "diagnose", "diagnose cases given as JSON",
                "JSON is inline JSON, a file, or '-' (stdin): one features object, one "
                "{\"features\": ...} case, a list of either, or the API's own body "
                "{\"inputs\": [...], \"model\": ..., \"explain\": ..., \"coverage\": ...}. "
                "Prints one result per case.")
    diag.add_argument("json", metavar="JSON")
    diag.add_argument("--model", default=None,
                      help="diagnosis model (default: the body's \"model\", else wdbc-mlp)")
    diag.add_argument("--explain", action="store_true",
                      help="add integrated-gradients feature attributions")
    diag.add_argument("--coverage", type=float, default=None,
                      help="add a conformal prediction set holding the true label with this "
                           "probability (0.5-0.99; default: the body's, else none)")

    deid = _sub(sub, "deid", "de-identify text locally (no server)",
                "De-identify FILE ('-' reads stdin) or each line of --file on this machine: "
                "nothing is sent anywhere. Prints {\"index\": i, \"text\": ..., "
                "\"entities\": {...}} per text, or the text alone with --format text.")
    deid.add_argument("input", nargs="?", metavar="FILE")
    deid.add_argument("--file", metavar="PATH", help="one text per line ('-': stdin)")
    deid.add_argument("--level", default=None,
                      help="detection level: safe_harbor (recall first), strict, or light "
                           f"(typed detectors only) (default: {Privacy().level})")
    deid.add_argument("--operator", choices=[o.value for o in Operator],
                      default=Operator.PLACEHOLDER.value,
                      help="how identifiers are replaced (hash, encrypt and date_shift need "
                           "a key in the --key-env variable)")
    deid.add_argument("--entities", metavar="TYPE,...",
                      help=f"only these entity types (default: all of {', '.join(ENTITIES)})")
    deid.add_argument("--key-env", metavar="VAR", default="MAAS_DEID_KEY",
                      help="environment variable holding the key of keyed operators")
    deid.add_argument("--restore-map", metavar="PATH",
                      help="write the mapping replacement -> original value to PATH (JSON, "
                           "mode 0600: it holds PHI)")
    return p
