"""De-identify text with a :class:`Policy` and put the originals back (:func:`reidentify`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import partial

from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from ._dates import shift_date, year_of
from ._lexicon import split_words
from ._patterns import Raw
from ._span import ENTITIES, Span, SpanList
from .detect import _check_entities, detect_raw
from .policy import Operator, Policy
from .restore import RestoreMap

LABELS: dict[str, str] = {"PERSON": "NAME", "STREET_ADDRESS": "ADDRESS"}
"""Placeholder label per entity when it differs from the entity name."""

RESTRICTED_ZIP3 = frozenset(
    split_words("036 059 063 102 203 556 692 790 821 823 830 831 878 879 884 890 893")
)
"""Three-digit ZIP prefixes with 20,000 people or fewer (Safe Harbor: replaced by 000)."""

_REVERSIBLE = frozenset(
    {Operator.PLACEHOLDER, Operator.HASH, Operator.ENCRYPT, Operator.DATE_SHIFT}
)
_DEFAULT_POLICY = Policy()
_TOKEN_LIKE = re.compile(r"\[[A-Z_]+_\d+\]")


@dataclass(frozen=True)
class Deidentified:
    """The de-identified ``text``, its ``restore`` map and the detected ``spans``.

    ``spans`` are offsets into the original text. ``repr()``/``str()`` show counts only.
    """

    text: str
    restore: RestoreMap = field(repr=False)
    spans: Sequence[Span] = field(repr=False)

    def __repr__(self) -> str:
        return f"Deidentified(chars={len(self.text)}, spans={len(self.spans)})"

    __str__ = __repr__

    def reidentify(self, text: str) -> str:
        """Shorthand for ``reidentify(text, self.restore)``."""
        return self.restore.reidentify(text)


def label_for(entity: str) -> str:
    """The placeholder label of an entity (``PERSON`` -> ``NAME``)."""
    return LABELS.get(entity, entity)


class _Replacer:
    """Applies a policy to one text, keeping placeholders consistent within it."""

    def __init__(self, text: str, policy: Policy, patient_id: str | None) -> None:
        self.text = text
        self.policy = policy
        self.patient_id = patient_id
        self.placeholders: dict[tuple[str, str], str] = {}
        self.counters: dict[str, int] = {}
        self._siv: AESSIV | None = None
        self._hkey: bytes | None = None
        self._days: int | None = None
        self.taken = _taken_tokens(text)

    def placeholder(self, entity: str, value: str) -> str:
        """The placeholder of ``value`` as ``entity``: the same value, the same placeholder."""
        key = (entity, value)
        found = self.placeholders.get(key)
        if found is None:
            found = self.placeholders[key] = _next_placeholder(
                _LABELS[entity], self.counters, self.taken)
        return found

    def replace(self, entity: str, value: str, op: Operator) -> str:
        if op is Operator.PLACEHOLDER:
            return self.placeholder(entity, value)
        if op is Operator.REDACT:
            return "[REDACTED]"
        if op is Operator.MASK:
            return mask(value, self.policy.mask_char, self.policy.mask_keep_last)
        if op is Operator.HASH:
            if self._hkey is None:
                self._hkey = self.policy.subkey(b"hmac")
            msg = entity.encode() + b"\x00" + value.encode()
            digest = hmac.new(self._hkey, msg, hashlib.sha256).hexdigest()[:16]
            return f"[{label_for(entity)}#{digest}]"
        if op is Operator.ENCRYPT:
            if self._siv is None:
                self._siv = AESSIV(self.policy.subkey(b"aes-siv"))
            return encrypt_token(self._siv, entity, value)
        if op is Operator.DATE_SHIFT and entity == "DATE":
            if self._days is None:
                self._days = self.policy.shift_days(self.patient_id)
            shifted = shift_date(value, self._days)
            return shifted if shifted is not None else self.placeholder(entity, value)
        if op is Operator.SAFE_HARBOR:
            general = safe_harbor(entity, value, keep_year=self.policy.keep_year)
            return general if general is not None else self.placeholder(entity, value)
        return self.placeholder(entity, value)


def mask(value: str, char: str = "*", keep_last: int = 0) -> str:
    """Replace letters and digits by ``char``, keeping separators and the last ``keep_last``."""
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    keep = set(alnum[len(alnum) - keep_last :]) if keep_last else set()
    return "".join(char if c.isalnum() and i not in keep else c for i, c in enumerate(value))


def encrypt_token(siv: AESSIV, entity: str, value: str) -> str:
    """A deterministic AES-SIV token ``[LABEL:base32]`` for ``value``."""
    label = label_for(entity)
    blob = siv.encrypt(value.encode(), [label.encode()])
    return f"[{label}:{base64.b32encode(blob).decode().rstrip('=')}]"


def decrypt_token(token: str, policy: Policy) -> str:
    """Recover the value inside an AES-SIV token made with ``policy``'s key.

    Raises ``ValueError`` for a malformed token or a wrong key (no detail is given).
    """
    try:
        label, body = token.strip()[1:-1].split(":", 1)
        blob = base64.b32decode(body + "=" * (-len(body) % 8))
        return AESSIV(policy.subkey(b"aes-siv")).decrypt(blob, [label.encode()]).decode()
    except Exception as exc:
        raise ValueError("not a valid token for this key") from exc


def safe_harbor(entity: str, value: str, *, keep_year: bool = True) -> str | None:
    """Safe Harbor generalisation of ZIP, AGE and DATE values (None for other entities)."""
    if entity == "ZIP":
        digits = "".join(c for c in value if c.isdigit())
        if len(digits) not in (5, 9):
            return None
        prefix = digits[:3]
        return ("000" if prefix in RESTRICTED_ZIP3 else prefix) + "**"
    if entity == "AGE":
        return "90 or older"
    if entity == "DATE" and keep_year:
        return year_of(value)
    return None


def deidentify(
    text: str,
    policy: Policy | None = None,
    *,
    entities: Collection[str] | None = None,
    patient_id: str | None = None,
) -> Deidentified:
    """Detect identifiers in ``text`` and replace them as ``policy`` says (default: placeholders).

    ``patient_id`` (or ``policy.patient_id``) selects the date shift. The result's
    ``restore`` map turns the masked text, or any text that quotes its tokens, back.
    """
    pol = policy or _DEFAULT_POLICY
    raw = detect_raw(text, _check_entities(entities))
    if pol._placeholders_only:
        return _placeholders(text, raw)
    rep = _Replacer(text, pol, patient_id)
    operators = pol._operators  # every entity's operator, computed once per policy
    parts: list[str] = []
    add_part = parts.append
    replaced: list[Raw] = []
    # one original value per reversible replacement; a replacement that stands for two
    # different values is ambiguous and is left out of the lookup
    originals: dict[str, str] = {}
    remember = originals.setdefault
    ambiguous: set[str] = set()
    pos = 0
    for span in raw:
        start, end, entity, _score = span
        op = operators[entity]
        if op is _KEEP:
            continue
        value = text[start:end]
        new = rep.replace(entity, value, op)
        add_part(text[pos:start])
        add_part(new)
        replaced.append(span)
        pos = end
        if op in _REVERSIBLE and remember(new, value) != value:
            ambiguous.add(new)
    add_part(text[pos:])
    masked = "".join(parts)
    lookup = {
        new: old
        for new, old in originals.items()
        if (new[:1] == "[" or new not in text) and new not in ambiguous
    }
    restore = RestoreMap(text, masked, (replaced, parts[1::2]), lookup)
    return Deidentified(masked, restore, SpanList(raw))


def _placeholders(text: str, raw: list[Raw]) -> Deidentified:
    """:func:`deidentify` when every entity gets a placeholder (the default policy)."""
    taken = _taken_tokens(text)
    placeholders: dict[tuple[str, str], str] = {}
    get = placeholders.get
    counters: dict[str, int] = {}
    parts: list[str] = []
    add_part = parts.append
    pos = 0
    for start, end, entity, _score in raw:
        value = text[start:end]
        key = (entity, value)
        new = get(key)
        if new is None:
            new = placeholders[key] = _next_placeholder(_LABELS[entity], counters, taken)
        add_part(text[pos:start])
        add_part(new)
        pos = end
    add_part(text[pos:])
    masked = "".join(parts)
    # placeholder -> value, built when first needed: each stands for exactly one value
    restore = RestoreMap(text, masked, (raw, parts[1::2]), partial(_inverse, placeholders))
    return Deidentified(masked, restore, SpanList(raw))


def _taken_tokens(text: str) -> frozenset[str]:
    """Bracket tokens the input already contains: never issued as placeholders."""
    return frozenset(_TOKEN_LIKE.findall(text)) if "[" in text else frozenset()


def _next_placeholder(label: str, counters: dict[str, int], taken: frozenset[str]) -> str:
    """The next free ``[LABEL_n]`` (counted per label in ``counters``), skipping ``taken``."""
    n = counters.get(label, 0) + 1
    new = f"[{label}_{n}]"
    while new in taken:
        n += 1
        new = f"[{label}_{n}]"
    counters[label] = n
    return new


def _inverse(placeholders: dict[tuple[str, str], str]) -> dict[str, str]:
    return {new: value for (_entity, value), new in placeholders.items()}


_KEEP = Operator.KEEP
_LABELS = {e: label_for(e) for e in ENTITIES}


def reidentify(text: str, restore_map: RestoreMap) -> str:
    """Put the originals behind ``restore_map`` back into ``text`` (see ``RestoreMap``)."""
    return restore_map.reidentify(text)
