"""Clinical and demographic phrases whose words read as a name or a town but name no one:
a staging system named for a town ("Ann Arbor IIB"), scales named for a person or a place
("Berg Balance Scale", "Lund and Browder chart", "Fitzpatrick II"), a herb ("St John's
wort"), a people ("Aboriginal and Torres Strait Islander") and an antibody's clone after its
marker ("PD-L1 (22C3)").

The names alone stay names ("Dr Berg", "lives in Bristol"): each is kept only with the words
after it that make it a phrase.
"""

from __future__ import annotations

import re
from typing import Final

# (each alternative starts with a literal, so that the engine skips in C to its first letters)
_PHRASE: Final = re.compile(
    r"Torres Strait Islanders?"
    r"|Ann Arbor(?=[ /]?(?:stage|staging|classification|Lugano|[IV]{1,4}[ABESX]?\b))"
    r"|Mayo(?= (?:endoscopic |partial |total |full )?(?:score|subscore|class|classification)\b)"
    r"|Hughes(?= (?:functional )?(?:disability )?(?:score|grade|scale)\b)"
    r"|Bristol(?= [Ss]tool)|Berg(?= [Bb]alance)|Abbey(?= [Pp]ain)|Cornell(?= [Ss]cale)"
    r"|Lund (?:and|&) Browder|St\.? John['’]s(?= [Ww]ort)"
    # a skin's phototype: "Fitzpatrick II", "Fitzpatrick skin type IV"
    r"|Fitzpatrick(?: (?:skin )?(?:photo)?(?:type )?[IV]{1,3}\b|(?= scale| skin))"
    # an antibody clone in brackets after its marker: "PD-L1 (22C3)", "PD-L1 TPS 60 % (SP263)"
    r"|PD-?L1[^\n()]{0,24}\((?:22C3|SP263|SP142|28-8|73-10|E1L3N)\)"
)


def clinical_phrase_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each phrase of :data:`_PHRASE` in ``text``: where nothing is
    masked."""
    return [m.span() for m in _PHRASE.finditer(text)]
