"""Local PHI detection: :func:`detect` (no network, no model download)."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import compress

from ._names import name_spans
from ._patterns import Raw, pattern_spans
from ._span import ENTITIES, Span, make_spans

_PRIORITY = {name: i for i, name in enumerate(ENTITIES)}
_MIN_SWEEP = 3
_EVERYTHING = frozenset(ENTITIES)


def _check_entities(entities: Collection[str] | None) -> frozenset[str]:
    if entities is None:
        return _EVERYTHING
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
    return make_spans(detect_raw(text, _check_entities(entities)))


def detect_raw(text: str, wanted: frozenset[str] = _EVERYTHING) -> list[Raw]:
    """:func:`detect` as ``(start, end, entity, score)`` tuples, for types in ``wanted``."""
    raw = pattern_spans(text)  # every candidate span is non-empty
    if "PERSON" in wanted or "CITY" in wanted:
        raw += name_spans(text)
    if len(wanted) != len(ENTITIES):
        raw = [r for r in raw if r[2] in wanted]
    if raw:
        raw += _sweep(text, raw)
    return _resolve(raw)


_Raw = Raw  # start, end, entity, score


def _rank(r: _Raw) -> tuple[int, float, int]:
    return (r[1] - r[0], r[3], -_PRIORITY[r[2]])


def _resolve(spans: list[_Raw]) -> list[_Raw]:
    """Merge overlapping/touching spans; the longest (then most certain) entity wins."""
    if not spans:
        return []
    # plain tuple order (start, then end, ...): spans that share a start differ in length, so
    # the merged extent and the best-ranked entity do not depend on their order
    ordered = sorted(spans)
    out: list[_Raw] = []
    cur = best = ordered[0]
    for sp in ordered[1:]:
        if sp[0] <= cur[1]:
            if _rank(sp) > _rank(best):
                best = sp
            cur = (cur[0], max(cur[1], sp[1]), best[2], max(cur[3], sp[3]))
        else:
            out.append(cur)
            cur = best = sp
    out.append(cur)
    return out


def _sweep(text: str, spans: list[_Raw]) -> list[_Raw]:
    """Find further whole-word occurrences of every detected value (and of name words)."""
    values: dict[str, tuple[str, float]] = {}
    setdefault = values.setdefault
    for start, end, entity, score in spans:
        if entity != "PERSON":
            if end - start >= _MIN_SWEEP:
                setdefault(text[start:end], (entity, score))
            continue
        value = text[start:end]
        if end - start >= _MIN_SWEEP:
            setdefault(value, (entity, score))
        if not value.isalpha():  # a single plain word is its only word, already added
            for word in value.replace(",", " ").split():
                word = word.rstrip(".")
                if len(word) >= _MIN_SWEEP and word[0].isupper():
                    setdefault(word, ("PERSON", score * 0.9))
    n = len(text)
    if len(values) * n > _SCAN_BUDGET:
        return _sweep_once(text, values)
    extra: list[_Raw] = []
    find = text.find
    # count every value in one C-level map; a value found once is only the detected occurrence
    repeated = compress(values.items(), map(_TWICE, map(text.count, values)))
    for value, (entity, score) in repeated:
        size = len(value)
        i = find(value)
        while i >= 0:
            j = i + size
            if not ((i and text[i - 1].isalnum()) or (j < n and text[j].isalnum())):
                extra.append((i, j, entity, score))
            i = find(value, i + 1)
    return extra


_TWICE = (2).__le__  # count >= 2
_WORD = re.compile(r"[^\W_]+")
_SCAN_BUDGET = 4_000_000  # characters scanned value by value before one combined scan wins


def _sweep_once(text: str, values: dict[str, tuple[str, float]]) -> list[_Raw]:
    """The sweep for long texts, linear in the text: index values by their first two words."""
    index: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for value in values:
        words = list(_WORD.finditer(value))
        if words:
            second = words[1].group() if len(words) > 1 else ""
            index.setdefault((words[0].group(), second), []).append((value, words[0].start()))
    n = len(text)
    extra: list[_Raw] = []
    tokens = list(_WORD.finditer(text))
    for k, m in enumerate(tokens):
        word = m.group()
        following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        for key in ((word, following), (word, "")):
            for value, offset in index.get(key, ()):
                i = m.start() - offset
                j = i + len(value)
                if i < 0 or not text.startswith(value, i):
                    continue
                if not ((i and text[i - 1].isalnum()) or (j < n and text[j].isalnum())):
                    entity, score = values[value]
                    extra.append((i, j, entity, score))
    return extra
