"""Turn the marked-up case files (cases, heldout, probe*) into JSON Lines with gold spans.

Markup: ``[[CATEGORY:value]]`` is a gold identifier, ``<<value>>`` clinical text that must stay.
A case is a line (``CATEGORY<tab>text``) or, in ``probe10.txt`` onwards, a whole
document between ``=====`` lines.
Each output line: ``{"id", "category", "text", "spans": [[start, end, category]], "keep":
[[start, end]]}``. Run: ``python tests/data/deid_adversarial/build.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from maas_client.testing.deid_eval import probe_sets

_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|<<(.+?)>>")


def parse(line: str) -> tuple[str, list[list[object]], list[list[int]]]:
    """The plain text of a marked-up line, its gold spans and its must-stay spans."""
    out: list[str] = []
    spans: list[list[object]] = []
    keep: list[list[int]] = []
    pos = size = 0
    for m in _MARK.finditer(line):
        out.append(line[pos : m.start()])
        size += m.start() - pos
        value = m.group(2) if m.group(1) else m.group(3)
        if m.group(1):
            spans.append([size, size + len(value), m.group(1)])
        else:
            keep.append([size, size + len(value)])
        out.append(value)
        size += len(value)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans, keep


def cases(source: str) -> list[tuple[int, str, str]]:
    """``(number, category, marked text)`` per case: a line ``CATEGORY<tab>text`` (numbered by
    its line; lines starting with ``#`` are comments) or, in a file of whole documents, the
    text between ``=====`` lines after the comments, its first line the category."""
    lines = source.splitlines()
    if "=====" not in lines:
        return [
            (n, *line.split("\t", 1))  # type: ignore[misc]
            for n, line in enumerate(lines)
            if line.strip() and not line.startswith("#")
        ]
    body = "\n".join(line for line in lines if not line.startswith("#")).strip("\n")
    documents = [doc.split("\n", 1) for doc in body.split("\n=====\n") if doc.strip()]
    return [(n, category, marked) for n, (category, marked) in enumerate(documents)]


def main() -> None:
    here = Path(__file__).parent
    for name in ("cases", "heldout", *probe_sets(here, ".txt")):
        rows = []
        for n, category, marked in cases((here / f"{name}.txt").read_text("utf-8")):
            text, spans, keep = parse(marked)
            rows.append({"id": f"{name}-{n}", "category": category, "text": text,
                         "spans": spans, "keep": keep})  # fmt: skip
        with (here / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
