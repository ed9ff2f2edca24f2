"""The :class:`Span` type and the entity names that :func:`detect` reports."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Final, overload

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
    "IDENTIFIER",
)
"""Every entity type :func:`~maas_client.privacy.detect` can report (HIPAA Safe Harbor)."""

_ALL_ENTITIES: Final = frozenset(ENTITIES)

Raw = tuple[int, int, str, float]
"""A candidate span as detectors build it: ``(start, end, entity, score)``."""

NET_SCORE: Final = 0.5
"""The score of the recall-first net's spans: below every typed detector's, so that a typed
span wins a tie."""


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


def entity_set(entities: Collection[str] | None) -> frozenset[str]:
    """``entities`` upper-cased as a set (all of :data:`ENTITIES` for None); unknown names raise."""
    if entities is None:
        return _ALL_ENTITIES
    wanted = frozenset(e.upper() for e in entities)
    unknown = wanted - _ALL_ENTITIES
    if unknown:
        raise ValueError(f"unknown entity types: {sorted(unknown)}")
    return wanted


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
            spans = self._spans = tuple(Span(e, s, end, sc) for s, end, e, sc in self._raw)
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
