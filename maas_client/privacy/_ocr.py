"""Digits a scanner read as letters, and letters it read as digits.

Optical character recognition confuses shapes: a scanned letter's telephone number comes out
as ``O1632 96O 2l9``, its date as ``l8 novembre 2024`` or ``27 N0V 2023``. The typed patterns
look for digits and month names, so they pass over these. :func:`ocr_reading` gives the text
with each such token read as meant (one character for one, so every offset stays), and the
positions it changed; :func:`detect` runs the patterns over the changed lines of that reading
and keeps what they find across a changed position.

A token is read as digits only when it stands apart (no letter or digit glued to it), holds a
digit and nothing but digits and the letters a scanner takes for them (``O``, ``o``, ``l``,
``I``): "SpO2" and "IO" are left as written, and so is an ICD-10 code ("I10", "O80"). A
word with a zero is read as letters only when it then spells a month ("N0V", "0ctober").
"""

from __future__ import annotations

import re
from typing import Final

from ._patterns import ENGLISH_MONTHS

# where a digit and a letter a scanner takes for one touch (the engine skips to them fast; the
# token around each is widened in Python)
_MISREAD_PAIR: Final = re.compile(r"[0-9](?:(?<=[OolI][0-9])|[OolI])")
_DIGIT_LIKE: Final = frozenset("0123456789OolI")
_AS_DIGITS: Final = str.maketrans("OolI", "0011")
# an ICD-10 code of the circulatory or the pregnancy chapter is no misread number: "I10", "O80"
_ICD_CODE: Final = re.compile(r"[IO]\d\d(?:\.\d{1,4})?")
# a zero before a letter: where a month may be misread ("N0V", "0ctober")
_ZERO_IN_WORD: Final = re.compile(r"0[A-Za-z]")


def ocr_reading(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its misread digits and months read as meant, and the positions changed
    (in order); None when there are none."""
    chars: list[str] | None = None
    end = 0
    for m in _MISREAD_PAIR.finditer(text):
        if m.start() < end:
            continue  # (in the token just read)
        start, end = m.start(), m.end()
        while start and text[start - 1] in _DIGIT_LIKE:
            start -= 1
        while end < len(text) and text[end] in _DIGIT_LIKE:
            end += 1
        token = text[start:end]
        if _glued(text, start, end) or _ICD_CODE.fullmatch(token) or not any(
            c.isdigit() for c in token
        ):
            continue
        chars = chars or list(text)
        chars[start:end] = token.translate(_AS_DIGITS)
    end = 0
    for m in _ZERO_IN_WORD.finditer(text):
        if m.start() < end:
            continue
        start, end = m.start(), m.end()
        while start and (text[start - 1].isalpha() or text[start - 1] == "0"):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] == "0"):
            end += 1
        reading = text[start:end].replace("0", "O")
        if reading.lower() in ENGLISH_MONTHS and not _glued(text, start, end):
            chars = chars or list(text)
            chars[start:end] = reading
    if chars is None:
        return None
    changed = [i for i, (a, b) in enumerate(zip(text, chars, strict=True)) if a != b]
    return "".join(chars), changed


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a letter or a digit stands against ``text[start:end]`` ("SpO2")."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return (before.isalnum() or before == "_") or (after.isalnum() or after == "_")


def changed_lines(text: str, changed: list[int]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text`` that holds a changed position."""
    lines: list[tuple[int, int]] = []
    for at in changed:
        if lines and at < lines[-1][1]:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        lines.append((start, len(text) if end < 0 else end))
    return lines
