"""Input and output of the `maas` command: `-` for stdin, one text per line, JSON Lines /
JSON / table output, and a progress bar on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from .._bulk import BulkProgress
from .._errors import MaaSError

__all__ = ["Progress", "Stdin", "emit", "read_lines"]


class Stdin:
    """Reads standard input at most once (`-` may appear once per command line)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._used = False

    def read(self) -> str:
        if self._used:
            raise MaaSError("'-' (standard input) can be used only once per command")
        self._used = True
        return self._stream.read()

    def text(self, arg: str) -> str:
        """`arg` read as a file path, or stdin for `-`."""
        if arg == "-":
            return self.read()
        try:
            return Path(arg).read_text(encoding="utf-8")
        except OSError as exc:
            raise MaaSError(f"cannot read {arg}: {exc.strerror or exc}") from None


def read_lines(stdin: Stdin, arg: str) -> list[str]:
    """The non-blank lines of a file (or of stdin for `-`), line endings removed."""
    return [line.rstrip("\r") for line in stdin.text(arg).split("\n") if line.strip()]


def _dumps(record: Any) -> str:
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    text = value if isinstance(value, str) else _dumps(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def emit(records: Sequence[dict[str, Any]], fmt: str, out: TextIO,
         columns: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
    """Print `records`: JSON Lines, one JSON document, or a table of `columns(record)`."""
    if fmt == "json":
        out.write(_dumps(records[0] if len(records) == 1 else list(records)) + "\n")
    elif fmt == "table":
        rows = [columns(r) if columns else r for r in records]
        if not rows:
            return
        heads = list(rows[0])
        cells = [[_cell(row.get(h, "")) for h in heads] for row in rows]
        widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
        out.write("  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip()
                  + "\n")
        for c in cells:
            out.write("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip()
                      + "\n")
    else:
        for record in records:
            out.write(_dumps(record) + "\n")


class Progress:
    """A tqdm bar on stderr, shown when asked or (by default) when stderr is a terminal."""

    def __init__(self, enabled: bool | None, total: int | None, unit: str,
                 stream: TextIO | None = None) -> None:
        stream = stream or sys.stderr
        show = stream.isatty() if enabled is None else enabled
        self._bar: Any = None
        if show:
            from tqdm import tqdm  # type: ignore[import-untyped]

            self._bar = tqdm(total=total, unit=unit, file=stream, dynamic_ncols=True)

    def __call__(self, progress: BulkProgress) -> None:
        """The `on_progress` callback of `create_many`."""
        if self._bar is not None:
            self._bar.update(progress.done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

