"""Identifiers in the machine-readable text of identity documents pasted into a note.

* **Passports and ID cards** (ICAO 9303): the name field of the machine-readable zone is
  the surname and the given names in capitals, joined by ``<`` and apart by ``<<``
  (``P<GBRSMITH<<JOHN<PETER<<<<``); scanners often read ``<`` as ``«``. The document and
  date fields are digits and are left to the other detectors.
* **Driving licences** (AAMVA DL/ID card design): the barcode's text is elements, each a
  three-letter ID starting with ``D`` and its value (``DCSNGUYEN``, ``DAG4410 BELLAIRE
  BLVD``). Which element holds a name, an address or a number is fixed by the standard, so
  a value is masked by its element, whatever it looks like.
"""

from __future__ import annotations

import re
from typing import Final

from ._span import Raw

_SCORE: Final = 0.95

# a name field: words of capitals joined by fillers, two fillers between surname and given
# names (a line of fillers alone, or digits and fillers, is not a name)
_FILLER = r"(?:<|«)"
_MRZ_NAME: Final = re.compile(
    rf"(?<![A-Z0-9<«])[A-Z]+(?:{_FILLER}{{1,2}}[A-Z]+)*{_FILLER}{{2}}[A-Z]+(?:{_FILLER}[A-Z]+)*"
)

# element ID -> entity, for the elements that identify (AAMVA 2020, table D.3); the state
# (DAJ), country (DCG), sex (DBC), eye colour (DAY) and height (DAU) do not
_ELEMENTS: Final[dict[str, str]] = {
    "DAQ": "LICENSE", "DCS": "PERSON", "DAC": "PERSON", "DAD": "PERSON", "DCT": "PERSON",
    "DBB": "DATE", "DBA": "DATE", "DBD": "DATE", "DAG": "STREET_ADDRESS",
    "DAH": "STREET_ADDRESS", "DAI": "CITY", "DAK": "ZIP", "DCF": "IDENTIFIER",
    "DCK": "IDENTIFIER", "DAA": "PERSON", "DAB": "PERSON",
}  # fmt: skip
# an element starts a line or follows a space, or the "DL"/"ID" subfile type at its head
_ELEMENT: Final = re.compile(r"(?:(?<=[\s])|(?<=DL)|(?<=ID)|^)(D[A-D][A-Z])(?=\S)", re.MULTILINE)
_LEAST_ELEMENTS: Final = 3  # fewer known elements than this is not a barcode's text


def id_document_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the names of passport MRZ lines and the
    identifying values of driving-licence barcode text (see the module docstring)."""
    out: list[Raw] = []
    if "<<" in text or (not text.isascii() and "««" in text):
        out += [(m.start(), m.end(), "PERSON", _SCORE) for m in _MRZ_NAME.finditer(text)]
    if "DAQ" in text:  # the licence number, which every licence has
        out += _licence_elements(text)
    return out


def _licence_elements(text: str) -> list[Raw]:
    """The values of the identifying AAMVA elements: each runs to the next element or the
    end of its line."""
    found = list(_ELEMENT.finditer(text))
    if sum(m.group(1) in _ELEMENTS for m in found) < _LEAST_ELEMENTS:
        return []
    out: list[Raw] = []
    for m, following in zip(found, [*found[1:], None], strict=True):
        if m.group(1) not in _ELEMENTS:
            continue
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        if following is not None:
            end = min(end, following.start())
        value = text[m.end() : end].rstrip()
        if value:
            out.append((m.end(), m.end() + len(value), _ELEMENTS[m.group(1)], _SCORE))
    return out
