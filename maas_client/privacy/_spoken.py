"""Identifiers as dictation and scanners leave them, for the recall-first net (``_net.py``).

- Digits spoken as words: "five five five, two one two, eight eight four zero",
  "one-two-one-four", with letters spoken as NATO words or as "D as in David" ("Charlie
  X-ray seven seven two"). A run of such words holding at least three digits is an
  identifier: a count or a score is one or two number words ("one or two", "eight and nine").
- Characters spaced out by a scanner: "4 1 5 - 5 5 5 - 0 1 9 2", "4 8 2 0 1" (five digits
  or more; "1 3 2 / 8 4" is a blood pressure).
- Names spelled letter by letter: "N-W-A-N-K-W-O" (four letters or more), or with spaces
  after the name itself, "espinal e s p i n a l", or alone (five letters or more); and a
  dictated "surname comma given name": "ortega comma ramon".
- Dates, addresses and postcodes said aloud, as speech recognition writes them: "date of
  birth four twelve fifty six", "the fourth of february", "july twenty first eighty eight",
  "two two one eight willow bend drive", "unit three oh two", "on cleveland avenue", "p three
  a one w nine", "n g nine two h p".
- E-mail addresses written out to dodge a mail filter: "rosa dot delgado at yahoo dot com",
  "mk [at] yahoo [dot] com", "t.nguyen(at)dcyf.example.gov", and web addresses read out ("www
  dot gofundme dot com slash f slash ...").

Every search runs over the lower-cased text, led by a literal space where it can be, so that
the engine skips ahead in C (a case-insensitive alternation would test every character).
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import given_names, grouped_alternation, name_words, safe_words
from ._span import NET_SCORE, Raw

_DIGIT_WORDS = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = rf"(?:{_DIGIT_WORDS}|{_TEENS}|{_TENS}|hundred|thousand)"
_ORDINAL = (
    r"(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth)"
)
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
# a year said aloud: "nineteen forty", "twenty twenty five", "two thousand and one", "eighty eight"
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[ ](?:oh[ ])?|two thousand(?: and)?[ ])?"
    rf"(?:(?:{_TENS})(?:[ -](?:{_DIGIT_WORDS}))?|{_TEENS}|{_DIGIT_WORDS})"
)
# an ordinal said after a month or before it: "march third", "july twenty first eighty
# eight", "the fourth of february", "fifteenth june forty nine"; matched around each month
_ORDINAL_AFTER_MONTH: Final = re.compile(
    rf"[ ](?:the[ ])?{_ORDINAL}(?P<year>,?[ ](?:{_SPOKEN_YEAR})(?![a-z]))?(?![a-z])"
)
_ORDINAL_BEFORE_MONTH: Final = re.compile(rf"(?<![a-z])(?:the[ ])?{_ORDINAL}[ ](?:of[ ])?\Z")
_YEAR_AFTER_MONTH: Final = re.compile(rf",?[ ](?:{_SPOKEN_YEAR})(?![a-z])")
_ORDINAL_REACH: Final = 40
_DATE_WORD_BEFORE: Final = re.compile(
    r"\b(?:on|of|since|until|till|by|from|be|is|was|due|seen|dated|before|after) $"
)
# (the months and the streets' types grouped by their first letter, which the engine tests
# once at each space)
_SPOKEN_DATE_HINT: Final = re.compile(" " + grouped_alternation(list(_MONTHS)) + r"\b")
# a date of birth said as numbers after its cue: "date of birth four twelve fifty six",
# "dob twelve oh four nineteen fifty two", "twenty fifth of the fifth eighty six"
_DATE_WORD = rf"(?:{_NUMBER_WORD}|{_ORDINAL}|{_MONTH}|of|the|and)(?![a-z])"
_BIRTH_CUES: Final = ("date of birth", "d o b", "dob", "born on", "birthday")
_SPOKEN_BIRTH_DATE: Final = re.compile(
    r"(?: is| was)?"
    # (or the next speaker's answer: "and his date of birth\ncaller: ten seventeen fifty eight")
    r"(?:(?:[ ][a-z]+){0,4}[?.,]?\n[a-z][a-z0-9 ]{0,20}:)?[ :,-]+"
    rf"(?P<date>{_DATE_WORD}(?:[ ,-]+{_DATE_WORD}){{1,8}})"
)  # matched after a cue of _BIRTH_CUES
_DATE_FILLERS = (" of", " the", " and")
_STREET_TYPES = (
    "street|road|avenue|drive|lane|boulevard|court|way|place|crescent|close|terrace|parade"
    "|highway|circle|trail|pike|parkway|square|grove|row|st|rd|ave|blvd"
)
# words that end a spoken house number's street before it begins: "two blocks down the road"
_NOT_STREET = (
    r"(?:the|a|an|my|his|her|their|our|your|to|of|on|in|at|by|from|for|with|and|or|down|up"
    r"|over|off|this|that|per|more|less|times|minutes|hours|days|weeks|months|years|miles"
    r"|blocks|doors|houses|mile|block|same|other|each|every|open|public|private|shared?|dirt"
    r"|country|busy|quiet|wrong|long)\b"
)
_UNIT = rf"(?:unit|apartment|apt|flat|suite|lot)[ ](?:{_NUMBER_WORD}[ ])*{_NUMBER_WORD}\b"
# a street said with its house number, its type found first (then the words before it are
# matched in a window that ends there): "two two one eight willow bend drive", "unit four
# twenty two banksia street"; or after "on", "off" or "along": "on cleveland avenue"
_STREET_TYPE: Final = re.compile(" " + grouped_alternation(_STREET_TYPES.split("|")) + "(?![a-z])")
_SPOKEN_STREET_BEFORE: Final = re.compile(
    rf"(?<![a-z])(?:{_UNIT}[ ])?(?:(?:{_NUMBER_WORD}|and)[ ])*(?:{_NUMBER_WORD})[ ]"
    rf"(?:(?!{_NOT_STREET}|{_NUMBER_WORD}\b)[a-z][a-z'’]*[ ]){{1,3}}?\Z"
    rf"|(?:(?<=\bon )|(?<=\boff )|(?<=\balong ))(?P<named>(?:(?!{_NOT_STREET})[a-z]+[ ]){{1,2}})\Z"
)
_PLAIN_STREET_TYPES: Final = ("street", "avenue", "road", "boulevard", "lane", "drive")
_NUMBER_WORDS: Final = frozenset(f"{_DIGIT_WORDS}|{_TEENS}|{_TENS}|hundred|thousand".split("|"))
_STREET_PREPOSITIONS: Final = frozenset(("on", "off", "along"))
_WORDS_BEFORE: Final = 12  # a unit, a house number and a street's name
_STREET_REACH: Final = 120
_UNIT_AFTER: Final = re.compile(rf"[ ]{_UNIT}")
_UNIT_ALONE: Final = re.compile(rf"(?<![a-z]){_UNIT}")
_UNIT_WORDS: Final = ("unit ", "apartment ", "apt ", "flat ", "suite ", "lot ")
_SPOKEN_POSTCODE_HINT: Final = re.compile(rf" [a-z] (?:{_DIGIT_WORDS}) ")  # led by a literal
# postcodes said letter by letter: Canadian "p three a one w nine", British "n g nine two h p"
_SPOKEN_POSTCODE: Final = re.compile(
    rf"(?<![a-z])(?:[a-z][ ](?:{_DIGIT_WORDS})[ ][a-z][ ](?:{_DIGIT_WORDS})[ ][a-z][ ]"
    rf"(?:{_DIGIT_WORDS})|[a-z](?:[ ][a-z])?[ ](?:{_DIGIT_WORDS})(?:[ ](?:{_DIGIT_WORDS}|[a-z]))?"
    rf"[ ](?:{_DIGIT_WORDS})[ ][a-z][ ][a-z])(?![a-z])"
)
_NATO = (
    "alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|"
    "november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu"
)
# (a single letter too: "v a one one six six zero four"; "a" and "i" only before another
# letter or a digit, not as words)
_ITEM = (
    rf"(?:{_DIGIT_WORDS}|{_TEENS}|{_TENS}|double|triple|{_NATO}|[a-z] as in [a-z]+|[b-hj-z]"
    rf"|[ai](?=[ ,-]+(?:[a-z]|{_DIGIT_WORDS})(?![a-z])))"
)
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
_SHORTEST_SPELLED_ALONE: Final = 5  # spelled with no word said before it: a name or a code
# a surname, "comma" and a given name, as a dictation says "Ortega, Ramon"
_DICTATED_NAME: Final = re.compile(r"(?<![a-z])([a-z][a-z'’-]+) comma ([a-z]+)((?: [a-z]+)?)")
_AT = r"(?: (?:at|@) | ?\[at\] ?| ?\(at\) ?)"
_DOT = r"(?: dot | ?\[dot\] ?| ?\(dot\) ?)"
_SPOKEN_JOIN = r"(?: (?:underscore|dash|hyphen) )"  # "nadia underscore rahman at outlook..."
# a top-level domain, and a country's after it: "prodigy (dot) net (dot) mx", "correo [dot] pe"
_TOP_DOMAIN = rf"(?:com|org|net|edu|gov|info|biz|[a-z]{{2}})\b(?:{_DOT}[a-z]{{2}}\b)?"
# (the name may end in numbers said aloud, "c dot reid two at nhs dot net", and a domain said
# aloud may be words apart: "at harrogate netball club dot co dot uk")
_WRITTEN_EMAIL: Final = re.compile(
    rf"(?<![\w.])[a-z0-9][a-z0-9._-]*(?:(?:{_DOT}|{_SPOKEN_JOIN})[a-z0-9_-]+)*"
    rf"(?:[ ]{_NUMBER_WORD})*{_AT}(?!at )[a-z0-9-]+(?:[ ](?!at |dot )[a-z0-9-]+){{0,3}}?"
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


def spoken_spans(text: str, lowered: str, transcribed: bool) -> list[Raw]:
    """The spans above in ``text``; ``lowered`` is ``text`` in lower case, of equal length.

    Dates, streets, postcodes and dictated names said aloud are looked for only in a text
    ``transcribed`` in lower case, as speech recognition leaves it, or one with digits said
    aloud (a note with capitals has its dates and streets in digits, and the scans cost 3% of
    the net on the padded notes).
    """
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
        elif len(word) >= _SHORTEST_SPELLED_ALONE and word not in safe_words():
            out.append((spelled.start(), spelled.end(), "PERSON", NET_SCORE))  # "b r a n n i g a n"
    if transcribed or hint is not None:  # (a text in lower case, or digits said aloud)
        out += _spoken_dates(lowered) + _spoken_streets(lowered)
        postcode = _SPOKEN_POSTCODE_HINT.search(lowered)
        if postcode is not None:
            start = max(0, postcode.start() - 4)
            postcodes = _SPOKEN_POSTCODE.finditer(lowered, start)
            out += [(*m.span(), "ZIP", NET_SCORE) for m in postcodes]
        if " comma " in lowered:  # "patient ortega comma ramon"
            out += _dictated_names(lowered)
    if "dot" in lowered:  # " dot ", "[dot]", "(dot)"
        out += [(m.start(), m.end(), "EMAIL", NET_SCORE) for m in _WRITTEN_EMAIL.finditer(lowered)]
        out += [(m.start(), m.end(), "URL", NET_SCORE) for m in _WRITTEN_URL.finditer(lowered)]
    if "(at)" in lowered or "[at]" in lowered:  # "t.nguyen(at)dcyf.example.gov"
        out += [(m.start(), m.end(), "EMAIL", NET_SCORE) for m in _BRACKET_AT.finditer(lowered)]
    return out


def _spoken_dates(lowered: str) -> list[Raw]:
    """Dates said aloud: an ordinal beside a month, and the words of a date of birth after
    its cue (see :data:`_SPOKEN_BIRTH_DATE`)."""
    out: list[Raw] = []
    for month in _SPOKEN_DATE_HINT.finditer(lowered):
        start, end = month.start() + 1, month.end()
        after = _ORDINAL_AFTER_MONTH.match(lowered, end)
        if after is not None:
            # "may" and "march" are words too: "you may first want to"
            word_first = month.group() in (" may", " march") and not after["year"]
            before = _DATE_WORD_BEFORE.search(lowered, max(0, start - 8), start)
            if not word_first or before is not None:
                out.append((start, after.end(), "DATE", NET_SCORE))
            continue
        ordinal = _ORDINAL_BEFORE_MONTH.search(lowered, max(0, start - _ORDINAL_REACH), start)
        if ordinal is not None:
            year = _YEAR_AFTER_MONTH.match(lowered, end)
            out.append((ordinal.start(), end if year is None else year.end(), "DATE", NET_SCORE))
    for cue in _BIRTH_CUES:
        at = lowered.find(cue)
        while at >= 0:
            m = _SPOKEN_BIRTH_DATE.match(lowered, at + len(cue))
            if m is not None and (at == 0 or not lowered[at - 1].isalnum()):
                date = m["date"]
                while date.endswith(_DATE_FILLERS):
                    date = date[: date.rfind(" ")]
                if " " in date:  # two words at least: "may" alone is a word
                    out.append((m.start("date"), m.start("date") + len(date), "DATE", NET_SCORE))
            at = lowered.find(cue, at + 1)
    return out


def _spoken_streets(lowered: str) -> list[Raw]:
    """Streets said aloud (see :data:`_SPOKEN_STREET_BEFORE`), and a unit or a lot alone."""
    out: list[Raw] = []
    for kind in _STREET_TYPE.finditer(lowered):
        start = kind.start() + 1
        words = frozenset(lowered[max(0, start - _STREET_REACH) : start].split()[-_WORDS_BEFORE:])
        if words.isdisjoint(_NUMBER_WORDS) and words.isdisjoint(_STREET_PREPOSITIONS):
            continue  # (the pattern's window search, tried first, cost a "Street" label 17 µs)
        before = _SPOKEN_STREET_BEFORE.search(lowered, max(0, start - _STREET_REACH), start)
        if before is None or (before["named"] and kind.group()[1:] not in _PLAIN_STREET_TYPES):
            continue
        unit = _UNIT_AFTER.match(lowered, kind.end())
        end = kind.end() if unit is None else unit.end()
        out.append((before.start(), end, "STREET_ADDRESS", NET_SCORE))
    if any(word in lowered for word in _UNIT_WORDS):
        out += [(*m.span(), "STREET_ADDRESS", NET_SCORE) for m in _UNIT_ALONE.finditer(lowered)]
    return out


def _dictated_names(lowered: str) -> list[Raw]:
    """The names of :data:`_DICTATED_NAME` whose given name is a listed one (not "fever comma
    cough"), with a second given name after it when that is one too ("ana luisa")."""
    given = given_names()
    out: list[Raw] = []
    for m in _DICTATED_NAME.finditer(lowered):
        if m[2] not in given or (m[1] in safe_words() and m[1] not in name_words()):
            continue
        end = m.end(3) if m[3] and m[3].strip() in given else m.end(2)
        out.append((m.start(), end, "PERSON", NET_SCORE))
    return out
