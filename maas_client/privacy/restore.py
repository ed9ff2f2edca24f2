"""The client-side restore map: placeholders back to originals, masked offsets back to original.

A :class:`RestoreMap` holds the original text, so it never shows it: ``repr()`` and ``str()``
report counts only, and it refuses to be pickled or copied.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple, NoReturn

_BRACKETED = re.compile(r"\[[^\[\]\s]{1,300}\]")


class Segment(NamedTuple):
    """One replaced span: ``masked[m_start:m_end]`` stands for ``original[o_start:o_end]``."""

    m_start: int
    m_end: int
    o_start: int
    o_end: int
    entity: str


Replaced = tuple[int, int, str, float]
"""A replaced span of the original text: ``(start, end, entity, score)``."""


def segments_of(replaced: Sequence[Replaced], replacements: Sequence[str]) -> list[Segment]:
    """The segments for disjoint sorted ``replaced`` spans and their ``replacements``."""
    segments: list[Segment] = []
    shift = 0  # masked offset minus original offset after the previous replacement
    for (start, end, entity, _score), new in zip(replaced, replacements, strict=True):
        m_start = start + shift
        m_end = m_start + len(new)
        segments.append(Segment(m_start, m_end, start, end, entity))
        shift = m_end - end
    return segments


class RestoreMap:
    """Maps a de-identified text back to its original: tokens, whole text and offsets.

    ``segments`` may be given as ``(replaced spans, replacements)`` instead of a list of
    :class:`Segment`; the segments are then built on first use (see :func:`segments_of`).
    ``lookup`` (replacement -> original) may likewise be a function that builds it.
    """

    __slots__ = ("_lookup", "_masked", "_original", "_pattern", "_pending", "_segs", "_starts")

    def __init__(
        self,
        original: str,
        masked: str,
        segments: list[Segment] | tuple[Sequence[Replaced], Sequence[str]],
        lookup: dict[str, str] | Callable[[], dict[str, str]],
    ) -> None:
        self._original = original
        self._masked = masked
        if isinstance(segments, tuple):
            self._segs: list[Segment] | None = None
            self._pending: tuple[Sequence[Replaced], Sequence[str]] | None = segments
        else:
            self._segs = segments
            self._pending = None
        self._starts: list[int] | None = None
        self._lookup = lookup
        self._pattern: re.Pattern[str] | None = None

    @property
    def _table(self) -> dict[str, str]:
        """Replacement -> original value (built on first use when given as a function)."""
        lookup = self._lookup
        if callable(lookup):
            lookup = self._lookup = lookup()
        return lookup

    @property
    def _segments(self) -> list[Segment]:
        """The replaced segments in order (built on first use)."""
        segs = self._segs
        if segs is None:
            assert self._pending is not None
            segs = self._segs = segments_of(*self._pending)
            self._pending = None
        return segs

    def __len__(self) -> int:
        pending = self._pending
        return len(self._segments) if pending is None else len(pending[0])

    def __repr__(self) -> str:
        counts = Counter(s.entity for s in self._segments)
        inner = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        return f"RestoreMap(replacements={len(self._segments)}{', ' if inner else ''}{inner})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("RestoreMap holds PHI and cannot be pickled or copied")

    def __copy__(self) -> NoReturn:
        raise TypeError("RestoreMap holds PHI and cannot be pickled or copied")

    def __deepcopy__(self, memo: object) -> NoReturn:
        raise TypeError("RestoreMap holds PHI and cannot be pickled or copied")

    @property
    def entity_counts(self) -> dict[str, int]:
        """How many spans of each entity type were replaced."""
        return dict(Counter(s.entity for s in self._segments))

    def reidentify(self, text: str) -> str:
        """Put the original values back into ``text``.

        The de-identified text itself comes back exactly as the original. Any other text
        (e.g. a server's summary of the masked text) has every placeholder, hash, AES-SIV
        token and shifted date that stands for exactly one original value replaced by it;
        redacted, masked and generalised values cannot be told apart and stay as they are.
        """
        if text == self._masked:
            return self._original
        lookup = self._table
        if not lookup:
            return text
        if self._pattern is None:
            # bracketed tokens through one generic pattern, anything else (shifted dates) listed
            plain = sorted((k for k in lookup if not _BRACKETED.fullmatch(k)), key=len)
            alts = [_BRACKETED.pattern, *map(re.escape, reversed(plain))]
            self._pattern = re.compile("|".join(alts))
        return self._pattern.sub(lambda m: lookup.get(m.group(), m.group()), text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``masked[start:end]`` to the matching ``(start, end)`` of the original text.

        An offset inside a replacement widens to the whole original value it stands for.
        """
        if not 0 <= start <= end <= len(self._masked):
            raise ValueError("offsets out of range of the de-identified text")
        return self._map(start, at_end=False), self._map(end, at_end=True)

    def _map(self, pos: int, *, at_end: bool) -> int:
        if self._starts is None:
            self._starts = [s.m_start for s in self._segments]
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            return pos
        seg = self._segments[k]
        if pos >= seg.m_end:
            return seg.o_end + (pos - seg.m_end)
        if pos == seg.m_start:
            return seg.o_start
        return seg.o_end if at_end else seg.o_start
