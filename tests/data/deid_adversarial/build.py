"""Turn the marked-up case files (cases, heldout, probe*) into JSON Lines with gold spans.

Markup: ``[[CATEGORY:value]]`` is a gold identifier, ``<<value>>`` clinical text that must stay.
Each output line: ``{"id", "category", "text", "spans": [[start, end, category]], "keep":
[[start, end]]}``. Run: ``python tests/data/deid_adversarial/build.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

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


def main() -> None:
    here = Path(__file__).parent
    for name in ("cases", "heldout", "probe", *(f"probe{n}" for n in range(2, 10))):
        rows = []
        for n, line in enumerate((here / f"{name}.txt").read_text("utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            category, marked = line.split("\t", 1)
            text, spans, keep = parse(marked)
            rows.append({"id": f"{name}-{n}", "category": category, "text": text,
                         "spans": spans, "keep": keep})  # fmt: skip
        with (here / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
