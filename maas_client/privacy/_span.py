"""The :class:`Span` type and the entity names that :func:`detect` reports."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final, overload

ENTITIES: Final[tuple[str, ...]] = (
    "PERSON",
    "STREET_ADDRESS",
    "CITY",
    "ZIP",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "CERTIFICATE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
)
"""Every entity type :func:`~maas_client.privacy.detect` can report (HIPAA Safe Harbor)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A detected identifier: ``text[start:end]`` is of type ``entity``.

    A span holds offsets only, never the text it covers, so it is safe to log or print.
    """

    entity: str
    start: int
    end: int
    score: float = 1.0

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError("span offsets must satisfy 0 <= start <= end")

    def __len__(self) -> int:
        return self.end - self.start


_new: Any = object.__new__
_slots: Any = [Span.__dict__[name].__set__ for name in ("entity", "start", "end", "score")]


def make_spans(raw: list[tuple[int, int, str, float]]) -> list[Span]:
    """Spans from ``(start, end, entity, score)`` tuples whose offsets are known to be valid.

    Fills the slots directly: the same objects as ``Span(...)`` builds, without the frozen
    dataclass's ``__init__`` and ``__post_init__`` (detection makes thousands per MB).
    """
    set_entity, set_start, set_end, set_score = _slots
    out: list[Span] = []
    add = out.append
    for start, end, entity, score in raw:
        span = _new(Span)
        set_entity(span, entity)
        set_start(span, start)
        set_end(span, end)
        set_score(span, score)
        add(span)
    return out


class SpanList(Sequence[Span]):
    """An immutable sequence of :class:`Span` built from raw tuples on first access.

    Compares equal to a tuple (or another ``SpanList``) holding the same spans.
    """

    __slots__ = ("_raw", "_spans")

    def __init__(self, raw: list[tuple[int, int, str, float]]) -> None:
        self._raw = raw
        self._spans: tuple[Span, ...] | None = None

    def _all(self) -> tuple[Span, ...]:
        spans = self._spans
        if spans is None:
            spans = self._spans = tuple(make_spans(self._raw))
        return spans

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Span, ...]: ...

    def __getitem__(self, index: int | slice) -> Span | tuple[Span, ...]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._raw)

    def __iter__(self) -> Iterator[Span]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpanList):
            return self._raw == other._raw
        return isinstance(other, tuple) and self._all() == other

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())
