"""The :class:`Span` type and the entity names that :func:`detect` reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

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
