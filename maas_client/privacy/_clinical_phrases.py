"""Clinical and demographic phrases whose words read as a name or a town but name no one:
a staging system named for a town ("Ann Arbor IIB"), scales named for a person or a place
("Berg Balance Scale", "Lund and Browder chart", "Fitzpatrick II"), a herb ("St John's
wort"), a people ("Aboriginal and Torres Strait Islander"), an antibody's clone after its
marker ("PD-L1 (22C3)"), a standard ("ISO 15189"), a tuberculosis regimen ("3HP") and, in a
text that names LOINC, its codes ("2160-0").

The names alone stay names ("Dr Berg", "lives in Bristol"): each is kept only with the words
after it that make it a phrase.
"""

from __future__ import annotations

import re
from typing import Final

# (each alternative starts with a literal, so that the engine skips in C to its first letters:
# a look-behind at the start of one would make it try every position)
_PHRASE: Final = re.compile(
    r"Torres Strait Islanders?"
    r"|Ann Arbor(?=[ /]?(?:stage|staging|classification|Lugano|[IV]{1,4}[ABESX]?\b))"
    r"|Mayo(?= (?:endoscopic |partial |total |full )?(?:score|subscore|class|classification)\b)"
    r"|Hughes(?= (?:functional )?(?:disability )?(?:score|grade|scale)\b)"
    r"|Bristol(?= [Ss]tool)|Berg(?= [Bb]alance)|Abbey(?= [Pp]ain)|Cornell(?= [Ss]cale)"
    r"|Lund (?:and|&) Browder|St\.? John['’]s(?= [Ww]ort)"
    # a skin's phototype: "Fitzpatrick II", "Fitzpatrick skin type IV"
    r"|Fitzpatrick(?: (?:skin )?(?:photo)?(?:type )?[IV]{1,3}\b|(?= scale| skin))"
    # an echocardiogram's method and a balance score: "(Simpson)", "Simpson's biplane", "Berg
    # 47/56"
    r"|Simpson(?:['’]s)?(?= (?:biplan\w*|method|rule|modified))|biplane Simpson"
    r"|\(Simpson\)|Berg(?= (?:BBS|score|test|now at \d|\d{1,2}/56)| ?[<>≤≥] ?\d)"
    # a laxative's polymer by its weight: "PEG 3350"
    r"|PEG[ -]?(?:3350|4000)(?!\d)"
    # a standard: "ISO 15189:2022"
    r"|ISO[ /]?\d{4,5}(?:[-:]\d{1,4})*"
    # an antibody clone in brackets after its marker: "PD-L1 (22C3)", "PD-L1 TPS 60 % (SP263)"
    r"|PD-?L1[^\n()]{0,24}\((?:22C3|SP263|SP142|28-8|73-10|E1L3N)\)"
)
# a dose-volume metric of radiotherapy, looked for in a text that gives a dose in grays:
# "Dmean", "Dmax", "D0.03cc", "D95%", "V20Gy", "V12.5Gy" (then not a code)
_DOSE_VOLUME: Final = re.compile(
    r"(?<![\w.])[DV](?:mean|max|min|\d{1,3}(?:\.\d{1,2})?(?:%|cc|Gy|cGy))(?![\w.])"
)


# a LOINC code ("2160-0"), taken for one only in a text that names LOINC and only when its
# last digit checks (LOINC's mod 10: a record number passes one time in ten)
_LOINC_SHAPE: Final = re.compile(r"(?<![\w.-])(\d{3,5})-(\d)(?![\w-]|\.\d)")


# a tuberculosis preventive regimen: "TPT: 3HP (isoniazid + rifapentine)", "1HP", "3HR"; the
# second half of a British postcode too ("OX4 1HP"), which the code before it shows
_TB_REGIMEN: Final = re.compile(r"(?<![\w-])[13]H[PR](?![\w-])")
_POSTCODE_OUTWARD_BEFORE: Final = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]+$")


def _loinc_check_digit(digits: str) -> int:
    """LOINC's check digit of ``digits``: every other digit doubled from the rightmost, the
    digits of the results and of the others summed, and the distance to the next ten."""
    total = 0
    for i, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if i % 2 == 0 else 1)
        total += value // 10 + value % 10
    return (10 - total % 10) % 10


def clinical_phrase_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each phrase of :data:`_PHRASE` in ``text``, of each dose-volume
    metric (:data:`_DOSE_VOLUME`), of each tuberculosis regimen not after a postcode's first
    half, and of each LOINC code in a text that names LOINC: where nothing is masked."""
    ranges = [m.span() for m in _PHRASE.finditer(text)]
    if "Gy" in text:
        ranges += [m.span() for m in _DOSE_VOLUME.finditer(text)]
    if "3H" in text or "1HP" in text:
        ranges += [
            m.span()
            for m in _TB_REGIMEN.finditer(text)
            if not _POSTCODE_OUTWARD_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ]
    if "LOINC" in text or "loinc" in text or "Loinc" in text:
        ranges += [
            m.span()
            for m in _LOINC_SHAPE.finditer(text)
            if _loinc_check_digit(m.group(1)) == int(m.group(2))
        ]
    return ranges
