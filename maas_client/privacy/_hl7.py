"""Identifiers in HL7 v2 segments pasted into text: the fields that carry them, by position.

An HL7 v2 message is segments of fields split by ``|`` (components by ``^``). Which fields
hold a name, an address or a number is fixed by the standard, so a field is masked by where
it stands, whatever its content looks like (``CALLOWAY^JUNE^T`` in PID-5 is a name although
it is written in capitals).

A person's name in that format (family, given and middle names split by ``^``) outside a
segment, as DICOM header dumps and exports write it (``PatientName: OKONKWO^CHIDI^A``), is
a name too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from ._lexicon import name_words, safe_words
from ._span import Raw

# segment -> field number -> entity (HL7 v2.5: EVN event, PID, NK1 next of kin, GT1
# guarantor, IN1 insurance)
_FIELDS: Final[dict[str, dict[int, str]]] = {
    "PID": {
        2: "MRN", 3: "MRN", 4: "MRN", 5: "PERSON", 6: "PERSON", 7: "DATE", 9: "PERSON",
        11: "STREET_ADDRESS", 13: "PHONE", 14: "PHONE", 18: "ACCOUNT", 19: "SSN",
        20: "LICENSE", 21: "MRN", 29: "DATE",
    },
    "EVN": {5: "PERSON"},  # the operator who keyed the event: "EVN|A01|20240509082955|||JDOYLE"
    "NK1": {2: "PERSON", 4: "STREET_ADDRESS", 5: "PHONE", 6: "PHONE", 30: "PERSON"},
    "GT1": {
        2: "ACCOUNT", 3: "PERSON", 4: "PERSON", 5: "STREET_ADDRESS", 6: "PHONE", 7: "PHONE",
        8: "DATE", 12: "SSN",
    },
    "IN1": {
        16: "PERSON", 18: "DATE", 19: "STREET_ADDRESS", 36: "HEALTH_PLAN", 49: "HEALTH_PLAN",
    },
}  # fmt: skip
# a segment starts a line ("\r" ends a segment in a message, "\n" in a pasted one)
_SEGMENT: Final = re.compile(r"(?:^|(?<=[\r\n]))[ \t]*(EVN|PID|NK1|GT1|IN1)\|")
_SCORE: Final = 0.95


# FAMILY^GIVEN[^MIDDLE^SUFFIX^PREFIX], components of up to six words of up to 40 characters
# apart by single spaces ("DE LA CRUZ Y GARCIA"), some empty. (Unbounded, each word of a long
# sentence would be read on to the sentence's end in search of a caret: quadratic time.)
_LETTER = r"[^\W\d_]"
_WORD = rf"(?:{_LETTER}|['’.-]){{1,40}}"
_NAME_PART = rf"{_WORD}(?: {_WORD}){{0,5}}"
_CARET_NAME: Final = re.compile(
    rf"(?:(?<![\w'’-])|(?<=[\s:=]')){_LETTER}{_NAME_PART}\^{_LETTER}{_NAME_PART}"
    rf"(?:\^(?:{_NAME_PART})?)*"
)
# an XCN's identifier before the name, or its empty place: "2767121488^BURTON^AMY^^^DR" (an
# attending in PV1-7), "C6120448^HOPE^CAROLINE", "|^OSTROWSKI^ANN^^^^^^^^^^^RN|" (ORC-10)
_ID_COMPONENT: Final = re.compile(r"(?:[A-Z]{0,3}\d+)?\^")
# (and an XML element's text, a quote's, a key's value: "PatientName=ABERNETHY^LACHLAN", a
# DICOM dump's "PN: 'PETROSYAN^ARMEN^G'")
_FIELD_START: Final = re.compile(r"[|:;,\[\n>\"'=]")


def caret_name_spans(text: str) -> list[Raw]:
    """``(start, end, "PERSON", score)`` for the names written as ``FAMILY^GIVEN^MIDDLE``,
    its parts in the same case, first in their field or after an identifier (``ID^FAMILY^GIVEN``,
    a person in an XCN field): not a code and its text ("2160-0^Creatinine^LN", "CBC^Complete
    Blood Count^L")."""
    out: list[Raw] = []
    field_starts: list[int] = []
    for m in _CARET_NAME.finditer(text):
        family, given = m.group().split("^", 2)[:2]
        if not (family[0].isupper() and given[0].isupper()) or family.isupper() != given.isupper():
            continue  # a code and its text: "CBC^Complete Blood Count^L", "DAU^Daughter"
        if text[m.end() : m.end() + 1].isdigit() or _coded_parts(m.group()):
            continue  # a location or a specimen's source: "ED^TRK12", "Blood^Venous"
        if not field_starts:
            field_starts = [-1, *(start.start() for start in _FIELD_START.finditer(text))]
        field_start = field_starts[bisect_left(field_starts, m.start()) - 1]
        before = text[field_start + 1 : m.start()].lstrip(" \t")
        if not before or _ID_COMPONENT.fullmatch(before):
            quoted = text[m.start() - 1 : m.start()] == "'" and m.group().endswith("'")
            out.append((m.start(), m.end() - quoted, "PERSON", _SCORE))
    return out


_LONGEST_CODE: Final = 3


def _coded_parts(value: str) -> bool:
    """Whether each part of a ``^``-split value is a common word or a code of up to three
    capitals, and none is a name: a place of care or a specimen's source ("MAT^DEL",
    "Blood^Venous"), no person ("NG^AMY", "HOPE^CAROLINE")."""
    names, safe = name_words(), safe_words()
    for part in value.split("^"):
        key = part.lower()
        if not part:
            continue
        if key in names or not (key in safe or (len(part) <= _LONGEST_CODE and part.isupper())):
            return False
    return True


def hl7_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the identifying fields of the HL7 segments in
    ``text`` (each non-empty field whole, its components and separators included)."""
    out: list[Raw] = []
    for segment in _SEGMENT.finditer(text):
        fields = _FIELDS[segment.group(1)]
        line_end = len(text)
        for end_char in "\r\n":
            at = text.find(end_char, segment.end())
            if at >= 0:
                line_end = min(line_end, at)
        start = segment.end()  # field 1 starts after the segment name and its "|"
        number = 1
        while start <= line_end:
            end = text.find("|", start, line_end)
            if end < 0:
                end = line_end
            entity = fields.get(number)
            if entity is not None and text[start:end].strip(" ^~&"):
                out.append((start, end, entity, _SCORE))
            start, number = end + 1, number + 1
    return out
