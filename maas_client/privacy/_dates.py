"""Parse a detected date string, shift it by whole days and write it back in the same format."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

from ._lexicon import split_words

_FULL: Final = split_words(
    "January February March April May June July August September October November December"
)
_MONTHS: Final = {m[:3].lower(): i for i, m in enumerate(_FULL, start=1)}
_NO_YEAR: Final = 2000  # a leap year, so Feb 29 without a year survives a round trip

_NUMERIC: Final = re.compile(r"(\d{1,4})([-/.])(\d{1,4})(?:\2(\d{2,4}))?")
_MONTH_FIRST: Final = re.compile(
    r"([A-Za-z]+)(\.?)(?:\s+(\d{1,2})(st|nd|rd|th)?)?(,?)(?:(\s+)(\d{4}))?"
)
_DAY_FIRST: Final = re.compile(
    r"(\d{1,2})(st|nd|rd|th)?(\s+of)?([\s-]+)([A-Za-z]+)(\.?)"
    r"(?:(,?[\s-]+)(\d{4}))?"
)


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _month_name(template: str, month: int, dot: str) -> str:
    full = _FULL[month - 1]
    if len(template) <= 4:
        name = "Sept" if template.lower() == "sept" and month == 9 else full[:3]
    else:
        name = full
    if template.isupper():
        name = name.upper()
    return name + (dot if len(template) <= 4 else "")


def _padder(*parts: str) -> Callable[[int], str]:
    """Zero-pad day and month when the original did (``03/04``) or both were two digits."""
    padded = any(p.startswith("0") for p in parts) or all(len(p) == 2 for p in parts)
    return (lambda n: f"{n:02d}") if padded else str


def _year(template: str, y: int) -> str:
    return f"{y % 100:02d}" if len(template) == 2 else f"{y:04d}"


def _parse(value: str) -> tuple[dt.date, Callable[[dt.date], str]] | None:
    m = _NUMERIC.fullmatch(value)
    if m:
        a, sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
        if len(a) == 4 and c is not None:  # ISO y-m-d
            d = dt.date(int(a), int(b), int(c))
            p = _padder(b, c)
            return d, lambda x: f"{x.year:04d}{sep}{p(x.month)}{sep}{p(x.day)}"
        if c is None:  # month/year
            if len(b) != 4 or len(a) > 2:
                return None
            d = dt.date(int(b), int(a), 15)
            p = _padder(a)
            return d, lambda x: f"{p(x.month)}{sep}{x.year:04d}"
        if len(a) > 2 or len(b) > 2:
            return None
        y = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))
        mm, dd = int(a), int(b)
        p = _padder(a, b)
        if mm > 12:  # day-first
            d = dt.date(y, dd, mm)
            return d, lambda x: f"{p(x.day)}{sep}{p(x.month)}{sep}{_year(c, x.year)}"
        d = dt.date(y, mm, dd)
        return d, lambda x: f"{p(x.month)}{sep}{p(x.day)}{sep}{_year(c, x.year)}"
    m = _MONTH_FIRST.fullmatch(value)
    if m and m.group(1)[:3].lower() in _MONTHS:
        name, dot, day, suf, comma, space, year = m.groups()
        month = _MONTHS[name[:3].lower()]
        y = int(year) if year else _NO_YEAR
        d = dt.date(y, month, int(day) if day else 15)

        def fmt_mf(x: dt.date) -> str:
            out = _month_name(name, x.month, dot)
            if day:
                out += " " + _padder(day)(x.day) + (_ordinal(x.day) if suf else "")
            out += comma
            if year:
                out += (space or " ") + f"{x.year:04d}"
            return out

        return d, fmt_mf
    m = _DAY_FIRST.fullmatch(value)
    if m and m.group(5)[:3].lower() in _MONTHS:
        day, suf, of, sep1, name, dot, sep2, year = m.groups()
        month = _MONTHS[name[:3].lower()]
        d = dt.date(int(year) if year else _NO_YEAR, month, int(day))

        def fmt_df(x: dt.date) -> str:
            out = _padder(day)(x.day) + (_ordinal(x.day) if suf else "") + (of or "") + sep1
            out += _month_name(name, x.month, dot)
            if year:
                out += sep2 + f"{x.year:04d}"
            return out

        return d, fmt_df
    return None


def shift_date(value: str, days: int) -> str | None:
    """``value`` moved by ``days`` days in its own format, or None when it cannot be parsed.

    A date without a year stays without one; a month-year date moves its mid-month day.
    """
    try:
        parsed = _parse(value.strip())
        if parsed is None:
            return None
        d, fmt = parsed
        return fmt(d + dt.timedelta(days=days))
    except (ValueError, OverflowError):
        return None


def year_of(value: str) -> str | None:
    """The four-digit year written in a date string, if it has one."""
    try:
        parsed = _parse(value.strip())
    except ValueError:
        parsed = None
    if parsed is None:
        m = re.search(r"\b(1[89]\d\d|20\d\d)\b", value)
        return m.group(1) if m else None
    d, _ = parsed
    has_year = bool(re.search(r"\d{4}|[-/.]\d{2}$", value.strip()))
    return f"{d.year:04d}" if has_year else None
