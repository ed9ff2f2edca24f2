"""Person and city detection: capitalised-token runs, name dictionaries and context cues."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from ._lexicon import US_STATES, cities, clinical_terms, given_names, split_words, surnames

_TOKEN = r"(?:[A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|'[A-Z][a-z]+)(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.)"
_RUN: Final = re.compile(rf"(?<![\w'’-]){_TOKEN}(?:[ \t]+{_TOKEN})*(?![\w'’-])")
_TOKEN_RE: Final = re.compile(_TOKEN)

# A cue directly before a run makes the run's leading name-like tokens a PERSON.
_PERSON_CUE: Final = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sr|Sra|Mme|Rev|Hon)\.?"
    r"|\b(?:[Pp]atient|PATIENT|Pt|[Nn]ame|NAME|[Pp]atient [Nn]ame|Attending|PCP|Provider"
    r"|Physician|Surgeon|Nurse|RN|NP|PA|Resident|Fellow|Intern|Cosigner|Guardian|Contact"
    r"|Emergency [Cc]ontact|Next of [Kk]in|NOK|Spouse|Caregiver|Dictated by|Transcribed by"
    r"|Referring|Referred by|Author|Signed|Cc|CC|cc|Dear)\s*[:,]"
    r"|\b(?:[Ss]igned by|[Ss]igned|[Cc]osigned by|[Dd]ictated by|[Rr]eferred by|[Ss]een by"
    r"|[Ee]xamined by|[Ee]valuated by|[Aa]ccompanied by|[Ss]poke with|[Ss]poken with"
    r"|[Dd]iscussed with|[Cc]alled|[Cc]ontacted|[Cc]are of|c/o|[Pp]atient|[Dd]ear"
    r"|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister"
    r"|[Ss]pouse|[Pp]artner|[Ff]riend|[Nn]eighbou?r|[Gg]uardian|[Cc]aregiver|[Aa]unt|[Uu]ncle"
    r"|[Cc]ousin|[Nn]iece|[Nn]ephew|[Gg]randson|[Gg]randdaughter|[Gg]randmother"
    r"|[Gg]randfather|[Ff]iancée?|[Bb]oyfriend|[Gg]irlfriend|[Ss]tepson|[Ss]tepdaughter"
    r"|[Dd]octor|[Nn]urse|[Pp]ractitioner|[Tt]herapist|[Cc]ardiologist|[Ss]urgeon)"
    r"(?:\s*\([^)\n]{0,20}\))?,?)[ \t]*$"
)
_CITY_CUE: Final = re.compile(
    r"\b(?:[Ll]ives in|[Ll]iving in|[Rr]esides in|[Rr]esiding in|[Mm]oved to|[Mm]oved from"
    r"|[Rr]elocated to|[Rr]elocated from|[Bb]orn in|[Nn]ative of|[Hh]ome in|[Vv]isiting from"
    r"|[Tt]raveled to|[Tt]ravelled to|[Cc]ity\s*:|CITY\s*:|[Tt]own of|[Cc]ity of)[ \t]*$"
)
_STATE_AFTER: Final = re.compile(
    r",[ \t]*(?:(?P<code>" + "|".join(US_STATES) + r")\b(?:,?[ \t]+\d{5}|[ \t]*(?:$|[\n;.)]))"
    r"|(?P<name>" + "|".join(sorted(US_STATES.values(), key=len, reverse=True)) + r")\b)",
    re.MULTILINE,
)
_TRAILING_COMMA_GIVEN: Final = re.compile(rf",[ \t]*({_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})")

# Given names that are also common English words: never a PERSON on their own without a cue.
_AMBIGUOUS: Final = frozenset(
    split_words(
    """will mark bill grant chase hunter faith hope joy april summer dawn rose lane dean frank
    sterling page penny ray rich guy major king young long gray green white brown black bishop
    price rice reed hill ward wood stone bell cook baker love may june august rusty sunny
    grace art buck bud carol crystal destiny amber ivy iris lily daisy hazel heather holly jade ruby
    pearl violet autumn star river sky storm angel christian justice miles bo cash clay drew
    earnest ernest glen jack jean jewel joy kit lance mercedes norman pat patience prince
    sage skip sonny trinity victor wade walker will"""
    )
)
_ORG_WORDS: Final = frozenset(
    split_words(
    """hospital hospitals clinic clinics center centre medical health healthcare memorial
    university college school pharmacy laboratory laboratories labs institute foundation
    church associates group partners practice systems system services county regional
    street avenue road drive lane court boulevard syndrome disease sign test"""
    )
)


class _Lex:
    """Dictionary views used by the scanner, built once."""

    def __init__(self) -> None:
        self.given = given_names()
        self.sur = surnames()
        self.stop = clinical_terms()
        self.cities = cities()
        self.states = frozenset(s.lower() for s in US_STATES.values())


_LEX: _Lex | None = None


def _lex() -> _Lex:
    global _LEX
    if _LEX is None:
        _LEX = _Lex()
    return _LEX


def _name_like(tok: str, lex: _Lex) -> bool:
    low = tok.rstrip(".").lower()
    if low in lex.stop:
        return False
    return low not in lex.states


def iter_name_matches(text: str) -> Iterator[tuple[str, int, int, float]]:
    """Yield ``(entity, start, end, score)`` for PERSON and CITY mentions in ``text``."""
    lex = _lex()
    for run in _RUN.finditer(text):
        toks = [(m.group(), run.start() + m.start(), run.start() + m.end())
                for m in _TOKEN_RE.finditer(run.group())]
        before = text[max(0, run.start() - 48) : run.start()]
        after = text[run.end() : run.end() + 24]
        city = _city(toks, before, after, lex)
        if city is not None:
            yield city
            continue
        if _PERSON_CUE.search(before):
            yield from _cued_person(text, toks, lex)
        else:
            yield from _uncued_person(text, toks, lex)


def _city(
    toks: list[tuple[str, int, int]], before: str, after: str, lex: _Lex
) -> tuple[str, int, int, float] | None:
    cued = _CITY_CUE.search(before) is not None
    state_follows = _STATE_AFTER.match(after) is not None
    if not (cued or state_follows):
        return None
    if state_follows:
        # the city is the tail of the run: drop leading clinical/stop words
        i = len(toks)
        while i > 0 and len(toks) - i < 4 and _name_like(toks[i - 1][0], lex):
            i -= 1
        chosen = toks[i:]
    else:
        chosen = []
        for tok in toks[:4]:
            if not _name_like(tok[0], lex):
                break
            chosen.append(tok)
    if not chosen:
        return None
    return "CITY", chosen[0][1], chosen[-1][2], 0.85


def _cued_person(
    text: str, toks: list[tuple[str, int, int]], lex: _Lex
) -> Iterator[tuple[str, int, int, float]]:
    chosen: list[tuple[str, int, int]] = []
    for tok in toks[:4]:
        if not _name_like(tok[0], lex):
            break
        chosen.append(tok)
    if not chosen:
        return
    start, end = chosen[0][1], chosen[-1][2]
    end = _extend_given_after_comma(text, end, lex)
    yield "PERSON", start, end, 0.9


def _extend_given_after_comma(text: str, end: int, lex: _Lex) -> int:
    """``Smith, John A.``: include the given names after a surname and a comma."""
    m = _TRAILING_COMMA_GIVEN.match(text, end)
    if m is None:
        return end
    first = m.group(1).split()[0]
    if first.lower() in lex.given and _name_like(first, lex):
        return m.end(1)
    return end


def _uncued_person(
    text: str, toks: list[tuple[str, int, int]], lex: _Lex
) -> Iterator[tuple[str, int, int, float]]:
    # split the run into maximal groups of name-like tokens
    group: list[tuple[str, int, int]] = []
    for tok in [*toks, ("", -1, -1)]:
        if tok[1] >= 0 and _name_like(tok[0], lex):
            group.append(tok)
            continue
        if group and tok[0].lower() not in _ORG_WORDS:
            hit = _judge_group(text, group, lex)
            if hit is not None:
                yield hit
        group = []


def _judge_group(
    text: str, group: list[tuple[str, int, int]], lex: _Lex
) -> tuple[str, int, int, float] | None:
    words = [g[0].rstrip(".").lower() for g in group]
    # drop leading words that are not names when a given name follows ("Discussed Mary Jones")
    while len(group) > 1 and words[0] not in lex.given and words[0] not in lex.sur and (
        words[1] in lex.given
    ):
        group, words = group[1:], words[1:]
    if len(group) >= 2:
        if words[0] in lex.given or words[-1] in lex.sur or (
            words[0] in lex.sur and words[-1] in lex.given
        ):
            return "PERSON", group[0][1], group[-1][2], 0.8
        return None
    word = words[0]
    if len(word) < 2 or word in _AMBIGUOUS:
        return None
    if word in lex.given:
        end = _extend_given_after_comma(text, group[0][2], lex)
        return "PERSON", group[0][1], end, 0.6
    if word in lex.sur:
        # "Smith, John": surname followed by a comma and a given name
        end = _extend_given_after_comma(text, group[0][2], lex)
        if end != group[0][2]:
            return "PERSON", group[0][1], end, 0.75
    return None
