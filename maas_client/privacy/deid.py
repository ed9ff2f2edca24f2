"""De-identify text with a :class:`Policy` and put the originals back (:func:`reidentify`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from ._dates import shift_date, year_of
from ._lexicon import split_words
from ._span import ENTITIES, Raw, Span, SpanList, entity_set
from .detect import check_level, detect_raw
from .policy import Operator, Policy
from .restore import RestoreMap

LABELS: dict[str, str] = {"PERSON": "NAME", "STREET_ADDRESS": "ADDRESS", "IDENTIFIER": "ID"}
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


_PLACEHOLDER_LABELS = {e: label_for(e) for e in ENTITIES}


def _taken_tokens(text: str) -> frozenset[str]:
    """Bracket tokens the input already contains: never issued as placeholders."""
    return frozenset(_TOKEN_LIKE.findall(text)) if "[" in text else frozenset()


class _Replacer:
    """Applies a policy to one text: the same value gets the same replacement within it.

    ``lookup()`` is the replacement -> original table for the restore map: one entry per
    reversible replacement that stands for exactly one value.
    """

    def __init__(self, text: str, policy: Policy, patient_id: str | None) -> None:
        self.policy = policy
        self.patient_id = patient_id
        self.placeholders: dict[tuple[str, str], str] = {}
        self.counters: dict[str, int] = {}
        self.taken = _taken_tokens(text)
        self.text = text
        self.originals: dict[str, str] = {}
        self.ambiguous: set[str] = set()
        self._siv: AESSIV | None = None
        self._hmac_key: bytes | None = None
        self._days: int | None = None

    def placeholder(self, entity: str, value: str) -> str:
        """The placeholder of ``value`` as ``entity``: the same value, the same placeholder."""
        key = (entity, value)
        found = self.placeholders.get(key)
        if found is None:
            found = self.placeholders[key] = self._next_placeholder(_PLACEHOLDER_LABELS[entity])
        return found

    def _next_placeholder(self, label: str) -> str:
        """The next free ``[LABEL_n]`` (counted per label), skipping tokens the text holds."""
        n = self.counters.get(label, 0) + 1
        new = f"[{label}_{n}]"
        while new in self.taken:
            n += 1
            new = f"[{label}_{n}]"
        self.counters[label] = n
        return new

    def replace(self, entity: str, value: str, op: Operator) -> str:
        """The replacement of ``value`` (of type ``entity``) under operator ``op``."""
        new = self._apply(entity, value, op)
        if op in _REVERSIBLE and self.originals.setdefault(new, value) != value:
            self.ambiguous.add(new)
        return new

    def _apply(self, entity: str, value: str, op: Operator) -> str:
        if op is Operator.PLACEHOLDER:
            return self.placeholder(entity, value)
        if op is Operator.REDACT:
            return "[REDACTED]"
        if op is Operator.MASK:
            return mask(value, self.policy.mask_char, self.policy.mask_keep_last)
        if op is Operator.HASH:
            if self._hmac_key is None:
                self._hmac_key = self.policy.subkey(b"hmac")
            msg = entity.encode() + b"\x00" + value.encode()
            digest = hmac.new(self._hmac_key, msg, hashlib.sha256).hexdigest()[:16]
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

    def lookup(self) -> dict[str, str]:
        """Replacement -> original value, for replacements that stand for one value only.

        A replacement that is not bracketed (a shifted date) and already occurs in the
        original text is left out: putting it back would change text that was never masked.
        """
        return {
            new: old
            for new, old in self.originals.items()
            if (new[:1] == "[" or new not in self.text) and new not in self.ambiguous
        }


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
    level: str = "safe_harbor",
) -> Deidentified:
    """Detect identifiers in ``text`` and replace them as ``policy`` says (default: placeholders).

    ``level`` is the detection level of :func:`~maas_client.privacy.detect`. ``patient_id``
    (or ``policy.patient_id``) selects the date shift. The result's ``restore`` map turns the
    masked text, or any text that quotes its tokens, back.
    """
    policy = policy or _DEFAULT_POLICY
    raw = detect_raw(text, entity_set(entities), check_level(level))
    replacer = _Replacer(text, policy, patient_id)
    parts: list[str] = []
    replaced: list[Raw] = []
    pos = 0
    for span in raw:
        start, end, entity, _score = span
        op = policy.operator_for(entity)
        if op is Operator.KEEP:
            continue
        parts.append(text[pos:start])
        parts.append(replacer.replace(entity, text[start:end], op))
        replaced.append(span)
        pos = end
    parts.append(text[pos:])
    masked = "".join(parts)
    restore = RestoreMap(text, masked, (replaced, parts[1::2]), replacer.lookup)
    return Deidentified(masked, restore, SpanList(raw))


def reidentify(text: str, restore_map: RestoreMap) -> str:
    """Put the originals behind ``restore_map`` back into ``text`` (see ``RestoreMap``)."""
    return restore_map.reidentify(text)
