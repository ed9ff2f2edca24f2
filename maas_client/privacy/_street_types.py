"""Streets whose type follows their name, and post-office boxes in other languages.

Hungarian, Lithuanian and Turkish addresses name the street first and its type after it, then
the house and the flat: ``Rákóczi u. 27.``, ``Petőfi Sándor utca 5.``, ``Kálvária tér 7. III.
em. 12.``, ``Fóti út 41/B``, ``V. Kudirkos g. 112``, ``Tilžės g. 118-22``, ``Bahçelievler Mah.
Gül Sok. No: 14 D: 3``. The type and the number after it are the anchor (found by one
literal-led scan); the capitalised words before the type are the street's name. A box at a
post office: ``Pf. 318`` (Hungarian), ``п.к. 117`` (Bulgarian), ``P.K. 44`` (Turkish).
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import LOWER, UPPER
from ._span import Raw

_SCORE: Final = 0.85
# the type of a street after its name, then its house number: Hungarian (utca, út, körút,
# tér, köz, sor, fasor, rakpart, sétány, and their abbreviations), Lithuanian (gatvė,
# prospektas, alėja) and Turkish (Caddesi, Sokak, Bulvarı)
_TYPE_AND_NUMBER: Final = re.compile(
    r"[ \t](?:utca|u\.|útja|út|körút|krt\.|tér|köz|sor|fasor|rakpart|sétány|gatvė|g\.|pr\."
    r"|al\.|Caddesi|Cad\.|Cd\.|Sokağı|Sokak|Sok\.|Sk\.|Bulvarı|Blv\.)"
    r"[ \t]*(?:No[:.]?[ \t]*)?\d{1,4}(?:[/-]\d{1,4}|/?[A-Z](?![\w]))?\.?"
    # a Hungarian floor and door ("III. em. 12.", "fszt. 2."), a Turkish flat ("D: 3", "K:2")
    r"(?:[ \t]+(?:(?:[IVX]{1,4}|\d{1,2})\.[ \t]*em\.|fszt\.|em\.)(?:[ \t]*\d{1,3}\.?)?"
    r"|[ \t]+(?:D|Daire|K|Kat):?[ \t]*\d{1,3}\b)*"
)
# the street's name before its type: one to three capitalised words or initials, after a
# Turkish neighbourhood ("Bahçelievler Mah.")
_NAME_WORD = rf"(?:[{UPPER}]\.|[{UPPER}][{LOWER}'’-]+)"
_NAME_BEFORE: Final = re.compile(
    rf"(?:[{UPPER}][{LOWER}]+[ \t]+(?:Mah\.|Mahallesi)[ \t]+)?(?:{_NAME_WORD}[ \t]+){{0,2}}"
    rf"{_NAME_WORD}\Z"
)
_NAME_REACH: Final = 64
_PO_BOX: Final = re.compile(r"(?:Pf\.|п\.к\.|P\.K\.)[ \t]*\d{1,5}(?![\w/-])")
# what a text with one of the streets or boxes holds (most texts hold none: the scans are
# skipped)
_HINTS: Final = (
    " utca", " u.", " út", " krt.", "körút", " tér", " köz", " sor", "rakpart", "sétány",
    "gatvė", " g.", " pr.", " al.", "Cad", "Cd.", "Sok", " Sk.", "Bulvar", "Blv.", "Pf.",
    "п.к.", "P.K.",
)  # fmt: skip


def street_type_spans(text: str) -> list[Raw]:
    """``(start, end, "STREET_ADDRESS", score)`` for the streets and boxes of this module."""
    out: list[Raw] = []
    if text.isascii() or not any(map(text.__contains__, _HINTS)):
        return _po_boxes(text) if "." in text else out  # (these languages' streets have accents)
    for m in _TYPE_AND_NUMBER.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if name is not None:
            out.append((name.start(), m.end(), "STREET_ADDRESS", _SCORE))
    return out + _po_boxes(text)


def _po_boxes(text: str) -> list[Raw]:
    """The boxes of :data:`_PO_BOX`."""
    if "Pf." not in text and "P.K." not in text and "п.к." not in text:
        return []
    return [
        (*m.span(), "STREET_ADDRESS", _SCORE)
        for m in _PO_BOX.finditer(text)
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."))
    ]
