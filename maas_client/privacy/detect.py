"""Local PHI detection: :func:`detect` (no network, no model download)."""

from __future__ import annotations

from collections.abc import Collection

from ._names import iter_name_matches
from ._patterns import iter_pattern_matches
from ._span import ENTITIES, Span

_PRIORITY = {name: i for i, name in enumerate(ENTITIES)}
_MIN_SWEEP = 3


def _check_entities(entities: Collection[str] | None) -> frozenset[str]:
    if entities is None:
        return frozenset(ENTITIES)
    wanted = frozenset(e.upper() for e in entities)
    unknown = wanted - frozenset(ENTITIES)
    if unknown:
        raise ValueError(f"unknown entity types: {sorted(unknown)}")
    return wanted


def detect(text: str, *, entities: Collection[str] | None = None) -> list[Span]:
    """Find HIPAA Safe Harbor identifiers in ``text``.

    Returns disjoint spans sorted by offset (overlapping and touching candidates are merged).
    ``entities`` restricts the types reported (names from :data:`ENTITIES`, any case).
    Every occurrence of a detected value is reported, not only the first one, and the
    single words of a detected person's name are found again elsewhere in the text.
    """
    wanted = _check_entities(entities)
    raw: list[Span] = []
    for entity, start, end, score in iter_pattern_matches(text):
        if entity in wanted and end > start:
            raw.append(Span(entity, start, end, score))
    if "PERSON" in wanted or "CITY" in wanted:
        for entity, start, end, score in iter_name_matches(text):
            if entity in wanted and end > start:
                raw.append(Span(entity, start, end, score))
    raw.extend(_sweep(text, raw))
    return _resolve(raw)


def _resolve(spans: list[Span]) -> list[Span]:
    """Merge overlapping/touching spans; the longest (then most certain) entity wins."""
    if not spans:
        return []
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    cur, best = ordered[0], ordered[0]
    for sp in ordered[1:]:
        if sp.start <= cur.end:
            if (len(sp), sp.score, -_PRIORITY[sp.entity]) > (
                len(best), best.score, -_PRIORITY[best.entity]
            ):
                best = sp
            cur = Span(best.entity, cur.start, max(cur.end, sp.end), max(cur.score, sp.score))
        else:
            out.append(cur)
            cur = best = sp
    out.append(cur)
    return out


def _is_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _sweep(text: str, spans: list[Span]) -> list[Span]:
    """Find further whole-word occurrences of every detected value (and of name words)."""
    values: dict[str, tuple[str, float]] = {}
    for sp in spans:
        value = text[sp.start : sp.end]
        if len(value) >= _MIN_SWEEP:
            values.setdefault(value, (sp.entity, sp.score))
        if sp.entity == "PERSON":
            for word in value.replace(",", " ").split():
                word = word.rstrip(".")
                if len(word) >= _MIN_SWEEP and word[0].isupper():
                    values.setdefault(word, ("PERSON", sp.score * 0.9))
    extra: list[Span] = []
    for value, (entity, score) in values.items():
        i = text.find(value)
        while i >= 0:
            j = i + len(value)
            if _is_boundary(text, i, j):
                extra.append(Span(entity, i, j, score))
            i = text.find(value, i + 1)
    return extra
