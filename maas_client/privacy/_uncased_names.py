"""Names written in Arabic, Persian, Hebrew and Thai script (Chinese, Japanese and Korean are
:mod:`._east_asian`'s).

These scripts have no capitals, so the net, which reads a capitalised word nobody knows as a
name, sees none of their names. What gives a name away is the word before it:

* **a label** -- ``الاسم:``, ``نام بیمار:``, ``שם האב:``, ``ชื่อ-สกุล:`` (name, patient's
  name, father's name): up to six words of the script after it, to the end of the field;
* **a title or a relation** -- ``د.``, ``دکتر``, ``آقای``, ``ד״ר``, ``פרופ׳``, ``ابنه`` (his
  son), ``בת:`` (daughter), ``คุณ``: a given name and a surname after it (and the ``بن`` of a
  lineage). A Thai title is written onto the name: ``นางสมศรี ใจดี``; a Thai word is a
  name only up to twelve letters (a clause runs on with no space).

A field ends where two spaces, a parenthesis, a comma, a semicolon, a slash or a line end
stand.
"""

from __future__ import annotations

import re
from typing import Final

from ._names import person_cue_before
from ._span import Raw

_SCORE: Final = 0.85
# the letters of each script, and the joiner Persian writes inside a name ("موسوی‌نژاد")
_ARABIC = "\u0600-\u060b\u060d-\u061a\u0620-\u064a\u066e-\u06d3\u06d5-\u06ff\u200c"
_HEBREW = "\u05d0-\u05ea\u05f0-\u05f4'\""
_THAI = "\u0e01-\u0e4e"
_ANY: Final = re.compile(f"[\u0620-\u064a\u05d0-\u05ea{_THAI}]")

_ARABIC_LABELS = "الاسم|اسم المريض|اسم المريضة|اسم الأب|اسم الأم|نام بیمار|نام پدر|نام مادر|نام"
_ARABIC_TITLES = (
    "د\\.|الدكتور|الدكتورة|السيد|السيدة|دکتر|آقای|خانم|ابنه|ابنته|زوجها|زوجته|ابنها|ابنتها"
    "|پسر|دختر|همسر|آقا"
)
_HEBREW_LABELS = "שם המטופל|שם המטופלת|שם האב|שם האם|שם פרטי|שם משפחה|שם"
_HEBREW_TITLES = "ד[״\"]ר|פרופ[׳']|גב[׳']|מר"
_HEBREW_RELATIONS = "בת|בן|נכדה|נכד|אחות|אח|אב|אם"  # with a colon: "בן 67" is an age
_THAI_LABELS = "ชื่อ-สกุล|ชื่อ-นามสกุล|ชื่อผู้ป่วย|ชื่อ"
_THAI_TITLES = "นางสาว|นาง|นาย|คุณ|ด\\.ช\\.|ด\\.ญ\\.|นพ\\.|พญ\\."

# a label, its colon, and up to six words of the script (a word: letters, and a hyphen or
# a geresh inside); a title or a relation and up to two (or a lineage: "بن راشد")
_ARABIC_WORD = f"[{_ARABIC}]+"
_HEBREW_WORD = f"[{_HEBREW}]+(?:-[{_HEBREW}]+)*"
_THAI_WORD = f"[{_THAI}]{{1,12}}(?![{_THAI}])"  # Thai writes no spaces inside a clause
_LINEAGE = "(?:بن|بنت|ابن)"  # "son of", "daughter of": "محمد بن عبدالله"
_NAMES: Final = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?<![{_ARABIC}])(?:{_ARABIC_LABELS})[ \t]*[:：][ \t]*"
        rf"({_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,5}})",
        rf"(?<![{_ARABIC}])(?:{_ARABIC_TITLES})[ \t]+"
        rf"({_ARABIC_WORD}(?: {_LINEAGE} {_ARABIC_WORD})*(?: {_ARABIC_WORD})?)",
        rf"(?<![{_HEBREW}])(?:{_HEBREW_LABELS})[ \t]*:[ \t]*"
        rf"({_HEBREW_WORD}(?: {_HEBREW_WORD}){{0,4}})",
        rf"(?<![{_HEBREW}])(?:(?:{_HEBREW_TITLES})[ \t]|(?:{_HEBREW_RELATIONS})[ \t]*:)[ \t]*"
        rf"({_HEBREW_WORD}(?: {_HEBREW_WORD})?)",
        rf"(?:{_THAI_LABELS})[ \t]*:[ \t]*({_THAI_WORD}(?: {_THAI_WORD}){{0,3}})",
        rf"(?<![{_THAI}])((?:{_THAI_TITLES})[ \t]?{_THAI_WORD}(?: {_THAI_WORD})?)",
    )
)


# a name in Arabic or Hebrew script after a cue in a language written in Latin letters
# ("Patient: رائف طرابلسي", "discussed with daughter علوان بو مدين", "Relative: יאיר עיסא")
_AFTER_LATIN_CUE: Final = re.compile(
    rf"(?<=[ \t:,])(?<![{_ARABIC}{_HEBREW}] )"
    rf"({_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}}|{_HEBREW_WORD}(?: {_HEBREW_WORD}){{0,3}})"
)


def uncased_name_spans(text: str) -> list[Raw]:
    """``(start, end, "PERSON", score)`` for each name in Arabic, Persian, Hebrew or Thai
    script after its label, title or relation in ``text``, or after a person's cue in
    English (:func:`person_cue_before`)."""
    if _ANY.search(text) is None:
        return []
    return [
        (m.start(1), m.end(1), "PERSON", _SCORE)
        for pattern in _NAMES
        for m in pattern.finditer(text)
    ] + [
        (m.start(1), m.end(1), "PERSON", _SCORE)
        for m in _AFTER_LATIN_CUE.finditer(text)
        if person_cue_before(text, m.start())
    ]
