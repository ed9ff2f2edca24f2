"""De-identification policy: which operator replaces which entity, and the keys it uses."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from ._span import ENTITIES


class Operator(StrEnum):
    """How a detected identifier is replaced in the de-identified text."""

    PLACEHOLDER = "placeholder"
    """Typed, numbered placeholder such as ``[NAME_1]``; the same value gets the same one."""
    REDACT = "redact"
    """The constant ``[REDACTED]``."""
    MASK = "mask"
    """Letters and digits replaced by ``Policy.mask_char`` (optionally keeping the last few)."""
    HASH = "hash"
    """Keyed HMAC-SHA256 digest, e.g. ``[NAME#3fa2b1c9d0e15a7b]`` (needs ``Policy.key``)."""
    ENCRYPT = "encrypt"
    """Deterministic AES-SIV token, reversible with the key (needs ``Policy.key``)."""
    DATE_SHIFT = "date_shift"
    """Dates moved by a per-patient number of days, keeping their format (needs a key)."""
    SAFE_HARBOR = "safe_harbor"
    """Safe Harbor generalisation: ZIP to 3 digits, ages over 89 to "90 or older", dates to
    the year. Other entities fall back to a placeholder."""
    KEEP = "keep"
    """Leave the value as it is."""


_KEYED = frozenset({Operator.HASH, Operator.ENCRYPT, Operator.DATE_SHIFT})


@dataclass(frozen=True)
class Policy:
    """Operators per entity type plus the secrets keyed operators need.

    ``key`` (at least 16 bytes) feeds HMAC hashing, AES-SIV tokens and date shifting through
    separate derived sub-keys; it and ``patient_id`` never appear in ``repr()``.
    """

    default: Operator = Operator.PLACEHOLDER
    overrides: Mapping[str, Operator] = field(default_factory=dict)
    key: bytes | None = field(default=None, repr=False)
    patient_id: str | None = field(default=None, repr=False)
    keep_year: bool = True
    max_shift_days: int = 365
    mask_char: str = "*"
    mask_keep_last: int = 0
    _operators: dict[str, Operator] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        overrides = {str(k).upper(): Operator(v) for k, v in self.overrides.items()}
        unknown = set(overrides) - set(ENTITIES)
        if unknown:
            raise ValueError(f"unknown entity types in overrides: {sorted(unknown)}")
        object.__setattr__(self, "default", Operator(self.default))
        object.__setattr__(self, "overrides", MappingProxyType(overrides))
        # the operator of every entity, looked up once per span when de-identifying
        operators = {e: overrides.get(e, self.default) for e in ENTITIES}
        object.__setattr__(self, "_operators", operators)  # private: never mutated
        used = {self.default, *overrides.values()}
        if used & _KEYED and (self.key is None or len(self.key) < 16):
            raise ValueError("hash, encrypt and date_shift operators need a key of >= 16 bytes")
        if len(self.mask_char) != 1:
            raise ValueError("mask_char must be a single character")
        if not 1 <= self.max_shift_days <= 36500:
            raise ValueError("max_shift_days must be between 1 and 36500")
        if self.mask_keep_last < 0:
            raise ValueError("mask_keep_last must be >= 0")

    def __hash__(self) -> int:
        return hash(
            (
                self.default,
                tuple(sorted(self.overrides.items())),
                self.key,
                self.patient_id,
                self.keep_year,
                self.max_shift_days,
                self.mask_char,
                self.mask_keep_last,
            )
        )

    def operator_for(self, entity: str) -> Operator:
        """The operator applied to ``entity``."""
        return self._operators.get(entity, self.default)

    def subkey(self, label: bytes) -> bytes:
        """A 64-byte key derived from ``key`` for one purpose (HMAC-SHA512 based)."""
        if self.key is None:
            raise ValueError("this policy has no key")
        return hmac.new(self.key, b"maas-client/privacy/" + label, hashlib.sha512).digest()

    def shift_days(self, patient_id: str | None = None) -> int:
        """The non-zero day offset for a patient: a keyed hash of the id, in +-max_shift_days."""
        pid = patient_id if patient_id is not None else (self.patient_id or "")
        digest = hmac.new(self.subkey(b"date-shift"), pid.encode(), hashlib.sha256).digest()
        span = self.max_shift_days
        days = int.from_bytes(digest[:8], "big") % (2 * span) - span  # in [-span, span - 1]
        return days if days < 0 else days + 1  # in [-span, span] without 0

    @classmethod
    def safe_harbor(cls, *, keep_year: bool = True, **kwargs: object) -> Policy:
        """Placeholders everywhere, with Safe Harbor generalisation of ZIP, AGE and DATE."""
        overrides = {e: Operator.SAFE_HARBOR for e in ("ZIP", "AGE", "DATE")}
        return cls(overrides=overrides, keep_year=keep_year, **kwargs)  # type: ignore[arg-type]
