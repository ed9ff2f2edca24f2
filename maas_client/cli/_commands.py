"""The `maas` subcommands. Each takes the parsed options, stdin, stdout and a client factory
and returns the exit status."""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO, TypeVar

from .._bulk import BulkResult
from .._client import MaaSClient
from .._errors import MaaSError
from ._deid import privacy_for, replacements, write_restore_map
from ._io import Progress, Stdin, emit, read_lines

__all__ = ["COMMANDS"]

R = TypeVar("R")
ClientFactory = Callable[[argparse.Namespace], MaaSClient]
Command = Callable[[argparse.Namespace, Stdin, TextIO, ClientFactory], int]


def _format(args: argparse.Namespace, *allowed: str) -> str:
    fmt: str = args.format or "jsonl"
    if fmt not in ("jsonl", "json", "table", *allowed):
        raise MaaSError(f"--format {fmt} is not available for `maas {args.command}`")
    return fmt


def _texts(args: argparse.Namespace, stdin: Stdin, positional: list[str], *,
           files: bool) -> list[str]:
    """The inputs: positional args (texts, or file paths when `files`; `-` is stdin), or
    the lines of --file."""
    if positional and args.file:
        raise MaaSError(f"`maas {args.command}`: give inputs or --file, not both")
    if args.file:
        return read_lines(stdin, args.file)
    if not positional:
        raise MaaSError(f"`maas {args.command}`: nothing to do (give inputs, '-' or --file)")
    if files:
        return [stdin.text(p) for p in positional]
    return [stdin.read().rstrip("\n") if t == "-" else t for t in positional]


def _with_progress(args: argparse.Namespace, make: ClientFactory, total: int, unit: str,
                   job: Callable[[MaaSClient, Progress], BulkResult[R]]) -> BulkResult[R]:
    """Run a bulk job with a progress bar on stderr (when it is a terminal)."""
    bar = Progress(args.progress, total, unit)
    try:
        with make(args) as client:
            return job(client, bar)
    finally:
        bar.close()


def _bulk_out(args: argparse.Namespace, result: BulkResult[Any],
              records: list[dict[str, Any]] | None, out: TextIO,
              columns: Callable[[dict[str, Any]], dict[str, Any]]) -> int:
    if args.output:
        emit([{"output": args.output, "total": result.total, "computed": result.computed,
               "skipped": result.skipped}], _format(args), out)
    else:
        emit(records or [], _format(args), out, columns)
    return 0


def _models(args: argparse.Namespace, stdin: Stdin, out: TextIO, make: ClientFactory) -> int:
    with make(args) as client:
        if args.model_id:
            cards = [client.models.retrieve(args.model_id).model_dump(mode="json")]
        else:
            cards = [c.model_dump(mode="json") for c in client.models.list().data]
    emit(cards, _format(args), out, lambda c: {
        "id": c.get("id"), "task": c.get("task"), "version": c.get("version")})
    return 0


def _vector_row(r: dict[str, Any]) -> dict[str, Any]:
    v = r["embedding"]
    return {"index": r["index"], "dim": len(v), "norm": math.sqrt(sum(x * x for x in v)),
            "head": ", ".join(f"{x:.4f}" for x in v[:3]) + ", …"}


def _embed(args: argparse.Namespace, stdin: Stdin, out: TextIO, make: ClientFactory) -> int:
    texts = _texts(args, stdin, args.text, files=False)
    result = _with_progress(args, make, len(texts), "text", lambda c, bar: (
        c.embeddings.create_many(texts, model=args.model, chunk_size=args.chunk_size,
                                 concurrency=args.concurrency, output=args.output,
                                 on_progress=bar)))
    records = None if result.results is None else [
        {"index": i, "embedding": v} for i, v in enumerate(result.results)]
    return _bulk_out(args, result, records, out, _vector_row)


def _summary_row(r: dict[str, Any]) -> dict[str, Any]:
    s = r["summary"]
    return {"index": r["index"], "sentences": len(s["sentences"]), "summary": s["summary"]}


def _summarize(args: argparse.Namespace, stdin: Stdin, out: TextIO, make: ClientFactory
               ) -> int:
    notes = _texts(args, stdin, args.files, files=True)
    result = _with_progress(args, make, len(notes), "note", lambda c, bar: (
        c.summaries.create_many(notes, model=args.model, max_sentences=args.max_sentences,
                                concurrency=args.concurrency, output=args.output,
                                on_progress=bar)))
    records = None if result.results is None else [
        {"index": i, "summary": s.model_dump(mode="json")} for i, s in enumerate(result.results)]
    return _bulk_out(args, result, records, out, _summary_row)


def diagnosis_body(raw: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The `diagnosis.create` arguments from any accepted shape: features object,
    `{"features": ...}` case, a list of either, or the API body `{"inputs": [...], "model":
    ..., "explain": ..., "coverage": ...}`; options given on the command line win."""
    body: Mapping[str, Any] = raw if isinstance(raw, Mapping) and "inputs" in raw else {}
    if body:
        inputs = body["inputs"] if isinstance(body["inputs"], list) else [body["inputs"]]
    else:
        items = raw if isinstance(raw, list) else [raw]
        inputs = [i if isinstance(i, Mapping) and "features" in i else {"features": i}
                  for i in items]
    model = args.model or body.get("model") or "wdbc-mlp"
    coverage = args.coverage if args.coverage is not None else body.get("coverage")
    return {"model": model, "inputs": inputs, "coverage": coverage,
            "explain": args.explain or bool(body.get("explain", False))}


def _diagnose(args: argparse.Namespace, stdin: Stdin, out: TextIO, make: ClientFactory
              ) -> int:
    arg: str = args.json
    if arg == "-":
        text = stdin.read()
    elif arg.lstrip().startswith(("{", "[")) or not Path(arg).is_file():
        text = arg
    else:
        text = stdin.text(arg)
    try:
        raw = json.loads(text)
    except ValueError:
        raise MaaSError("diagnose: JSON is neither a readable file nor valid JSON") from None
    with make(args) as client:
        diagnosis = client.diagnosis.create(**diagnosis_body(raw, args))
    fmt = _format(args)
    if fmt == "json":
        emit([diagnosis.model_dump(mode="json", exclude_none=True)], fmt, out)
    else:
        emit([r.model_dump(mode="json", exclude_none=True) for r in diagnosis.results], fmt,
             out, lambda r: {"index": r["index"], "label": r["label"],
                             "probability": r["probability"]})
    return 0


def _deid(args: argparse.Namespace, stdin: Stdin, out: TextIO, make: ClientFactory) -> int:
    if (args.input is None) == (args.file is None):
        raise MaaSError("`maas deid`: give one FILE (or '-') or --file")
    texts = read_lines(stdin, args.file) if args.file else [stdin.text(args.input)]
    privacy = privacy_for(args.operator, args.entities, args.key_env, args.level)
    fmt = _format(args, "text")
    records: list[dict[str, Any]] = []
    mapping: list[dict[str, Any]] = []
    for i, text in enumerate(texts):
        deid = privacy.deidentify(text)
        records.append({"index": i, "text": deid.text, "entities": deid.restore.entity_counts})
        if args.restore_map:
            mapping.append({"index": i, "replacements": replacements(text, deid)})
    if args.restore_map:
        write_restore_map(args.restore_map, mapping)
    if fmt == "text":
        plain = "\n".join(str(r["text"]) for r in records)
        out.write(plain if plain.endswith("\n") else plain + "\n")
    else:
        emit(records, fmt, out, lambda r: {"index": r["index"], "entities": r["entities"],
                                           "text": r["text"]})
    return 0


COMMANDS: dict[str, Command] = {
    "models": _models, "embed": _embed, "summarize": _summarize, "diagnose": _diagnose,
    "deid": _deid,
}
