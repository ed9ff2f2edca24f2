"""Score a de-identifier on a labelled corpus: recall per category, precision, must-stay text.

Used by the adversarial-corpus tests and ``benchmarks/deid.py``. A gold span counts as found
when predicted spans (of any type) cover every letter and digit of it: what matters is that it
is masked, not how it is typed. A predicted span is correct when it overlaps a gold span.
A must-stay span (clinical text) is broken when any predicted span overlaps it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Pred = list[tuple[int, int]]


@dataclass(frozen=True)
class Case:
    """One labelled text: gold ``spans`` ``(start, end, category)`` and must-stay ``keep``."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    keep: tuple[tuple[int, int], ...] = ()
    category: str = ""

    def __repr__(self) -> str:
        return f"Case(category={self.category!r}, chars={len(self.text)}, spans={len(self.spans)})"


@dataclass
class Score:
    """Recall per category ``(found, total)``, precision counts and must-stay breaks."""

    recall: dict[str, list[int]] = field(default_factory=dict)
    true_pred: int = 0
    all_pred: int = 0
    kept: int = 0
    broken: list[tuple[int, int]] = field(default_factory=list)  # (case index, keep index)
    missed: list[tuple[int, int]] = field(default_factory=list)  # (case index, span index)

    @property
    def precision(self) -> float:
        """Predicted spans that overlap a gold span, over all predicted spans."""
        return self.true_pred / self.all_pred if self.all_pred else 1.0

    def recall_of(self, category: str) -> float:
        """Share of the category's gold spans that were masked."""
        found, total = self.recall[category]
        return found / total

    @property
    def overall_recall(self) -> float:
        """Share of all gold spans that were masked."""
        found = sum(v[0] for v in self.recall.values())
        total = sum(v[1] for v in self.recall.values())
        return found / total if total else 1.0


def load_cases(path: Path) -> list[Case]:
    """The cases of a JSON Lines file with ``text``, ``spans``, ``keep`` and ``category``."""
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(
                Case(
                    row["text"],
                    tuple((s, e, c) for s, e, c in row["spans"]),
                    tuple((s, e) for s, e in row.get("keep", ())),
                    row.get("category", ""),
                )
            )
    return cases


def probe_sets(folder: Path, suffix: str = ".jsonl") -> list[str]:
    """The names of the probe sets in ``folder`` (``probe``, ``probe2``, ``probe3`` ...), in
    the order they were written: by their number, ``probe`` first."""
    names = [p.name[: -len(suffix)] for p in folder.glob(f"probe*{suffix}")]
    numbered = [name for name in names if name[len("probe") :].isdigit()]
    return (["probe"] if "probe" in names else []) + sorted(
        numbered, key=lambda name: int(name[len("probe") :])
    )


def load_hostile(path: Path, size: int | None = None) -> dict[str, str]:
    """Hostile inputs by name, from a JSON file of ``{"name", "parts"}`` objects: the text is
    each part's ``unit`` written ``count`` times, formatted with the repetition's number when
    the part is ``numbered`` (``"MRN-2024-{:05d}\\n"``: a column of distinct record numbers).
    With ``size``, every part written more than once is written as many times as brings the
    text to about ``size`` characters."""
    inputs: dict[str, str] = {}
    for case in json.loads(path.read_text("utf-8")):
        parts = [(p["unit"], p["count"], p.get("numbered", False)) for p in case["parts"]]
        if size is not None:
            natural = sum(len(unit) * count for unit, count, _ in parts)
            parts = [
                (unit, count if count == 1 else max(1, count * size // natural), numbered)
                for unit, count, numbered in parts
            ]
        text: list[str] = []
        for unit, count, numbered in parts:
            text += (unit.format(i) for i in range(count)) if numbered else [unit * count]
        inputs[case["name"]] = "".join(text)
    return inputs


def covered(text: str, start: int, end: int, pred: Pred) -> bool:
    """Whether the ``pred`` spans cover every letter and digit of ``text[start:end]``."""
    mask = bytearray(end - start)
    for s, e in pred:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            mask[lo - start : hi - start] = b"\x01" * (hi - lo)
    return all(m or not text[start + i].isalnum() for i, m in enumerate(mask))


def score(cases: Sequence[Case], preds: Iterable[Pred]) -> Score:
    """Score predicted ``(start, end)`` spans against the cases' gold and must-stay spans."""
    result = Score()
    for k, (case, pred) in enumerate(zip(cases, preds, strict=True)):
        for i, (s, e, category) in enumerate(case.spans):
            ok = covered(case.text, s, e, pred)
            counts = result.recall.setdefault(category, [0, 0])
            counts[0] += ok
            counts[1] += 1
            if not ok:
                result.missed.append((k, i))
        for i, (s, e) in enumerate(case.keep):
            result.kept += 1
            if any(ps < e and s < pe for ps, pe in pred):
                result.broken.append((k, i))
        for ps, pe in pred:
            result.all_pred += 1
            result.true_pred += any(ps < e and s < pe for s, e, _c in case.spans)
    return result


def evaluate(cases: Sequence[Case], detect: Callable[[str], Pred]) -> Score:
    """:func:`score` of ``detect`` run on every case."""
    return score(cases, (detect(c.text) for c in cases))
