"""Places on a road that have no house number, as dispatch and ambulance records give them.

A crash or a call is placed by a highway's mile marker ("I-35 NB MILE MARKER 182.4", "HWY 61
MM 22", "RT 6 EB NEAR MM 162") or by the streets that cross there, after a computer-aided
dispatch system's label ("X-St: N ASHBY AVE / TILLMAN LN", "xst1=W 27th St"). Either points
at a spot smaller than a town, which Safe Harbor counts with a street address.
"""

from __future__ import annotations

import re
from typing import Final

from ._span import Raw

_SCORE: Final = 0.85
# a mile marker or post and its number, found first (led by its literal words)
_MILE_MARKER: Final = re.compile(
    r"(?:MM|MP|MILE ?MARKER|MILE ?POST|[Mm]ile ?[Mm]arker|[Mm]ile ?[Pp]ost)[ \t]?"
    r"\d{1,4}(?:\.\d{1,2})?(?![\w.])"
)
# the highway before it, its direction and "near" or "at"
_HIGHWAY_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:I|US|SR|SH|RT|Rte|RTE|Route|ROUTE|Hwy|HWY|Highway|HIGHWAY|FM|CR|Interstate)"
    r"[- ]?\d{1,4}[A-Z]?(?:[ \t]+[NSEW]B)?,?(?:[ \t]+(?:NEAR|near|AT|at))?[ \t]+$"
)
_HIGHWAY_REACH: Final = 40
# (a mile marker's words after a space: "MM 22", "mile marker"; "while" holds "ile ")
_MILE_HINTS: Final = (" MM", " MP", "MILE", "ile marker", "ile post", "ilepost")
# a dispatch system's label of the cross streets, and its value up to the field's end
_CROSS_STREETS: Final = re.compile(
    r"(?:x-?sts?|xst\d?|cross[ -]?streets?|cross[ -]?sts?)[ \t]*[:=][ \t]*"
    r"([A-Za-z0-9][^\n|;\t]{2,60}?)(?=[ \t]*(?:\n|$|\||;|\t| {2}))"
)  # (matched in the lower-cased text, led by its literal words; the value is the text's)
_CROSS_HINTS: Final = ("x-st", "xst", "cross st", "cross-st")


def road_location_spans(text: str, lowered: str) -> list[Raw]:
    """``(start, end, "STREET_ADDRESS", score)`` for the mile markers and the labelled cross
    streets of ``text`` (``lowered``: the text in lower case, for the cheap tests first)."""
    out: list[Raw] = []
    if any(map(text.__contains__, _MILE_HINTS)):
        for m in _MILE_MARKER.finditer(text):
            highway = _HIGHWAY_BEFORE.search(text, max(0, m.start() - _HIGHWAY_REACH), m.start())
            if highway is not None:
                out.append((highway.start(), m.end(), *_ADDRESS))
            elif not m.group().startswith(("MM", "MP")):  # ("MM 3 cm": a size, no marker)
                out.append((*m.span(), *_ADDRESS))
    if any(map(lowered.__contains__, _CROSS_HINTS)):
        out += [
            (*m.span(1), *_ADDRESS)
            for m in _CROSS_STREETS.finditer(lowered)
            if m.start() == 0 or not lowered[m.start() - 1].isalnum()
        ]
    return out


_ADDRESS: Final = ("STREET_ADDRESS", _SCORE)
