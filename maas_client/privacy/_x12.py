"""Identifiers in ANSI X12 health-care transactions pasted into text (837 claims, 835
remittances, 270/271 eligibility): the elements that carry them, by position.

An X12 segment is elements split by ``*`` and ended by ``~``. A person's name is the NM1
segment whose second element is ``1`` (a person, not ``2``, an organisation): last, first and
middle name follow (``NM1*QC*1*BLOOMFIELD*AVA*R***MI*XQH884120377~``). The address lines and
the town and postal code of the entity named before are N3 and N4 (``N3*88 WINTER ST~``,
``N4*CONCORD*NH*03301~``; the state stays). The numbers and dates are left to the typed
detectors, which find them by their shape; the clinical codes are not identifiers and stay
(:func:`x12_codes`): a service line's procedure (``SVC*HC:99214``, ``SV1*HC:94010:25``), a
claim's diagnoses (``HI*ABK:J45.41*ABF:J30.2``) and a provider's taxonomy (``PRV*PE*PXC*
207K00000X``).
"""

from __future__ import annotations

import re
from typing import Final

from ._span import Raw

_SCORE: Final = 0.95
# a segment starts the text, a line or follows the last one's "~"
_START = r"(?:^|(?<=[~\n]))[ \t]*"
_PERSON: Final = re.compile(_START + r"NM1\*[A-Z0-9]{2,3}\*1\*([^*~\n]*)(?:\*([^*~\n]*))?"
                            r"(?:\*([^*~\n]*))?")  # fmt: skip
_STREET: Final = re.compile(_START + r"N3\*([^*~\n]+)(?:\*([^*~\n]+))?")
_TOWN: Final = re.compile(_START + r"N4\*([^*~\n]+)(?:\*[^*~\n]*(?:\*([^*~\n]+))?)?")


# a code after its list's qualifier: "HC:99214" (CPT/HCPCS), "ABK:J45.41" (ICD-10), and the
# taxonomy after "PXC"
_CODE: Final = re.compile(
    r"(?<=[*:^])(?:HC|AD|IV|N4|ER|WK|ABK|ABF|ABJ|ABN|ABR|APR|BBR|BBQ|BK|BF)"
    r":([0-9A-Z]{3,7}(?:\.[0-9A-Z]{1,4})?)(?![0-9A-Z.])|\*PXC\*([0-9A-Z]{10})(?![0-9A-Z])"
)


# The envelope's elements, which identify a transmission and its parties, no patient: the
# sender's and receiver's ids (organisations), a time, a control number, a count, X12's
# version; by segment, the positions of those elements (the dates stay the typed detectors')
_ENVELOPE: Final = re.compile(_START + r"(ISA|GS|ST|SE|GE|IEA|BHT)\*([^~\n]*)")
_ENVELOPE_ELEMENTS: Final = {
    "ISA": frozenset({6, 8, 10, 12, 13}),
    "GS": frozenset({2, 3, 5, 6, 8}),
    "ST": frozenset({2, 3}),
    "SE": frozenset({1, 2}),
    "GE": frozenset({1, 2}),
    "IEA": frozenset({1, 2}),
    "BHT": frozenset({5}),
}


def x12_codes(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the clinical codes in the X12 segments of ``text`` (see
    :data:`_CODE`) and of their envelope's elements (:data:`_ENVELOPE_ELEMENTS`)."""
    out = [m.span(m.lastindex or 1) for m in _CODE.finditer(text)]
    for m in _ENVELOPE.finditer(text):
        wanted = _ENVELOPE_ELEMENTS[m.group(1)]
        position = m.start(2)
        for index, element in enumerate(m.group(2).split("*"), 1):
            if index in wanted and element.strip():
                out.append((position, position + len(element)))
            position += len(element) + 1
    return out


def x12_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the names, streets, towns and postal codes of the
    X12 segments in ``text``."""
    out: list[Raw] = []
    for pattern, entities in (
        (_PERSON, ("PERSON", "PERSON", "PERSON")),
        (_STREET, ("STREET_ADDRESS", "STREET_ADDRESS")),
        (_TOWN, ("CITY", "ZIP")),
    ):
        for m in pattern.finditer(text):
            for group, entity in enumerate(entities, 1):
                start, end = m.span(group)
                if end > start:
                    out.append((start, end, entity, _SCORE))
    return out
