"""Identifiers as dictation and scanners leave them, for the recall-first net (``_net.py``).

- Digits spoken as words: "five five five, two one two, eight eight four zero",
  "one-two-one-four", with letters spoken as NATO words or as "D as in David" ("Charlie
  X-ray seven seven two"). A run of such words holding at least three digits is an
  identifier: a count or a score is one or two number words ("one or two", "eight and nine").
- Characters spaced out by a scanner: "4 1 5 - 5 5 5 - 0 1 9 2", "4 8 2 0 1" (five digits
  or more; "1 3 2 / 8 4" is a blood pressure).
- Names spelled letter by letter: "N-W-A-N-K-W-O" (four letters or more), or with spaces
  after the name itself: "espinal e s p i n a l".
- E-mail addresses written out to dodge a mail filter: "rosa dot delgado at yahoo dot com",
  "mk [at] yahoo [dot] com", "t.nguyen(at)dcyf.example.gov", and web addresses read out ("www
  dot gofundme dot com slash f slash ...").

Every search runs over the lower-cased text, led by a literal space where it can be, so that
the engine skips ahead in C (a case-insensitive alternation would test every character).
"""

from __future__ import annotations

import re
from typing import Final

from ._span import NET_SCORE, Raw

_DIGIT_WORDS = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_NATO = (
    "alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|"
    "november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu"
)
_ITEM = rf"(?:{_DIGIT_WORDS}|double|triple|{_NATO}|[a-z] as in [a-z]+)"
_SEPARATOR = r"(?:,?[ \t]+(?:(?:dash|hyphen)[ \t]+)?|[ \t]*-[ \t]*|,)"
# Where a spoken run or spaced digits may be: two digit words in a row, or two digits
# between single spaces. Both branches start with a literal space.
_HINT: Final = re.compile(rf"(?: (?:{_DIGIT_WORDS}))[ ,-]+(?:{_DIGIT_WORDS})\b| \d \d ")
_SPOKEN_RUN: Final = re.compile(rf"(?<![a-z]){_ITEM}(?:{_SEPARATOR}{_ITEM})+(?![a-z])")
_DIGIT_WORD: Final = re.compile(rf"\b(?:{_DIGIT_WORDS})\b")
_SPACED_DIGITS: Final = re.compile(r"(?<![\w.,/])\d(?:(?: - | -|- | )\d)+(?![\w.,/]|\s?/)")
_SPELLED: Final = re.compile(r"(?<![\w-])[A-Za-z](?:-[A-Za-z]){3,}(?![\w-])")
_SPELLED_HINT: Final = re.compile(r"-[A-Za-z]-[A-Za-z]-")  # led by a literal
# or letter by letter with spaces, after the name itself: "espinal e s p i n a l", "young Y O U
# N G" (the name is masked with its spelling)
_SPACED_LETTERS_HINT: Final = re.compile(" [a-z] [a-z] [a-z] ")  # led by a literal
_SPACED_LETTERS: Final = re.compile(r"[a-z](?: [a-z]){3,}(?![\w'’-])")
_SPELLED_WORD_REACH: Final = 60
_AT = r"(?: (?:at|@) | ?\[at\] ?| ?\(at\) ?)"
_DOT = r"(?: dot | ?\[dot\] ?| ?\(dot\) ?)"
_SPOKEN_JOIN = r"(?: (?:underscore|dash|hyphen) )"  # "nadia underscore rahman at outlook..."
# a top-level domain, and a country's after it: "prodigy (dot) net (dot) mx", "correo [dot] pe"
_TOP_DOMAIN = rf"(?:com|org|net|edu|gov|info|biz|[a-z]{{2}})\b(?:{_DOT}[a-z]{{2}}\b)?"
_WRITTEN_EMAIL: Final = re.compile(
    rf"(?<![\w.])[a-z0-9][a-z0-9._-]*(?:(?:{_DOT}|{_SPOKEN_JOIN})[a-z0-9_-]+)*{_AT}[a-z0-9-]+"
    rf"(?:{_DOT}[a-z0-9-]+)*{_DOT}{_TOP_DOMAIN}"
)
# "www dot gofundme dot com slash f slash help-sipho"
_WRITTEN_URL: Final = re.compile(
    rf"\b(?:www|https?)(?: dot [a-z0-9-]+)+ dot {_TOP_DOMAIN}(?: slash [a-z0-9_.-]+)*"
)
# an e-mail address with "(at)" or "[at]" and its dots written as dots
_BRACKET_AT: Final = re.compile(
    r"(?<![\w.])[a-z0-9][a-z0-9._-]* ?(?:\(at\)|\[at\]) ?[a-z0-9-]+(?:\.[a-z0-9-]+)+"
)
_MIN_SPOKEN_DIGITS = 3
_LETTERS_REACH = 80
_MIN_SPACED_DIGITS = 5


def spoken_spans(text: str, lowered: str) -> list[Raw]:
    """The spans above in ``text``; ``lowered`` is ``text`` in lower case, of equal length."""
    out: list[Raw] = []
    hint = _HINT.search(lowered)
    if hint is not None:
        # a run may open with spoken letters before its first two digits
        for m in _SPOKEN_RUN.finditer(lowered, max(0, hint.start() - _LETTERS_REACH)):
            if len(_DIGIT_WORD.findall(m.group())) >= _MIN_SPOKEN_DIGITS:
                out.append((m.start(), m.end(), "IDENTIFIER", NET_SCORE))
        for m in _SPACED_DIGITS.finditer(text, hint.start()):
            if sum(c.isdigit() for c in m.group()) >= _MIN_SPACED_DIGITS:
                out.append((m.start(), m.end(), "IDENTIFIER", NET_SCORE))
    done = 0
    for m in _SPELLED_HINT.finditer(text):
        spelled = _SPELLED.match(text, m.start() - 1) if m.start() > done else None
        if spelled is not None:
            out.append((spelled.start(), spelled.end(), "PERSON", NET_SCORE))
            done = spelled.end()
    done = 0
    for m in _SPACED_LETTERS_HINT.finditer(lowered):
        spelled = _SPACED_LETTERS.match(lowered, m.start() + 1) if m.start() >= done else None
        if spelled is None:
            continue
        done = spelled.end()
        word = spelled.group().replace(" ", "")
        said = lowered.rfind(word, max(0, spelled.start() - _SPELLED_WORD_REACH), m.start())
        if said >= 0 and not lowered[said - 1 : said].isalnum():
            out.append((said, said + len(word), "PERSON", NET_SCORE))
            out.append((spelled.start(), spelled.end(), "PERSON", NET_SCORE))
    if "dot" in lowered:  # " dot ", "[dot]", "(dot)"
        out += [(m.start(), m.end(), "EMAIL", NET_SCORE) for m in _WRITTEN_EMAIL.finditer(lowered)]
        out += [(m.start(), m.end(), "URL", NET_SCORE) for m in _WRITTEN_URL.finditer(lowered)]
    if "(at)" in lowered or "[at]" in lowered:  # "t.nguyen(at)dcyf.example.gov"
        out += [(m.start(), m.end(), "EMAIL", NET_SCORE) for m in _BRACKET_AT.finditer(lowered)]
    return out
