"""Text as the detectors read it: other scripts' digits and full-width forms as ASCII, and
no invisible characters.

A phone number typed in full-width digits (``０９０−４４１２−７７８３``), an age in
Devanagari digits (``९३ वर्ष``) or a date of birth with a zero-width space pasted into it
(``12\u200b/03/1957``) is the same identifier as its ASCII form; the patterns are written for
ASCII. :func:`readable` gives the text to scan and the map from its offsets back to the
original's, so spans found in it mask the original.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# invisible characters that split a value without showing: soft hyphen, zero-width space,
# joiners, word joiner, byte-order mark
_INVISIBLE_CHARS: Final = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_INVISIBLE: Final = re.compile("[" + "".join(sorted(_INVISIBLE_CHARS)) + "]")
_DASHES: Final = frozenset(map(ord, "\u2010\u2011\u2212"))  # hyphens and the minus sign


class _FoldMemo(dict[int, int]):
    """Code point -> the code point it is read as (itself when it is not folded), computed
    on first sight of each character (a table of every code point would take a second)."""

    def __missing__(self, point: int) -> int:
        char = chr(point)
        digit = unicodedata.digit(char, None)
        if digit is not None:
            folded = ord("0") + digit  # "٩", "९", "０", and "²" in "1.73m²"
        elif 0xFF01 <= point <= 0xFF5E:
            folded = point - 0xFEE0  # a full-width form: "（", "Ａ"
        elif point in _DASHES:
            folded = ord("-")
        else:
            folded = point
        self[point] = folded
        return folded


_FOLD: Final = _FoldMemo()


def readable(text: str) -> tuple[str, list[int] | None]:
    """``text`` as the detectors read it, and the offset in ``text`` of each of its characters
    (with one more for its end), or None when the offsets are the same.

    ASCII text is returned as it is, at the cost of one check.
    """
    if text.isascii():
        return text, None
    folded = text.translate(_FOLD)
    if _INVISIBLE.search(folded) is None:
        return folded, None
    offsets = [i for i, char in enumerate(folded) if char not in _INVISIBLE_CHARS]
    offsets.append(len(text))
    return _INVISIBLE.sub("", folded), offsets
