"""Person and city detection: capitalised-token runs, name dictionaries and context cues."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Final

from ._lexicon import (
    COUNTY_WORDS,
    STREET_NAME_ENDINGS,
    US_STATES,
    cities,
    clinical_terms,
    derived_word,
    given_names,
    inflected_from,
    name_words,
    proper_words,
    safe_words,
    split_words,
    surnames,
)
from ._lexicon import LOWER as _LOW
from ._lexicon import UPPER as _UP
from ._span import Raw

# A name token. Its repeats are possessive (``++``, ``*+``): a run never matches by giving
# back part of a token (no letter, apostrophe or hyphen may follow one), so the engine keeps
# no state to try that.
# An initial is a capital and a full stop, or several ("J.R.", "A.K.M.").
_TOKEN = (
    rf"(?:[{_UP}](?:[{_LOW}]++(?:[{_UP}][{_LOW}]++)?+|'[{_UP}][{_LOW}]++)"
    rf"(?:['’-][{_UP}]?[{_LOW}]+)*+|[{_UP}]\.(?:[{_UP}]\.)*+)"
)
_PARTICLE = r"(?:da|de|del|della|der|den|di|do|dos|das|du|la|le|van|von|ten|ter|y|bin|ibn|al)"
# A run of tokens. Its first letter comes first in the pattern (the look-behind checks the
# character before it), so the engine skips ahead to capital letters in C.
_TOKEN_REST = (
    rf"(?:(?:[{_LOW}]++(?:[{_UP}][{_LOW}]++)?+|'[{_UP}][{_LOW}]++)(?:['’-][{_UP}]?[{_LOW}]+)*+"
    rf"|\.(?:[{_UP}]\.)*+)"
)
_RUN: Final = re.compile(
    rf"[{_UP}](?<![\w'’-].){_TOKEN_REST}(?: (?:{_PARTICLE} )?{_TOKEN})*(?![\w'’-])"
)  # words apart by one space: a tab parts the cells of a table
# A credential or a role in parentheses right after a run marks it as a person.
_CUE_AFTER: Final = re.compile(
    r",?[ \t]*(?:(?:MD|M\.D\.|DO|RN|NP|PA-C|PA|PhD|DDS|DMD|DPM|LPN|CNA|APRN|FNP|PharmD|MSW|LCSW)"
    r"\b|\((?:pharmacist|nurse|son|daughter|wife|husband|mother|father|brother|sister|friend"
    r"|spouse|partner|caregiver|guardian|neighbou?r|aunt|uncle|cousin|niece|nephew|grandson"
    r"|granddaughter|physician|PCP|attending|resident|therapist|social worker|case manager"
    r"|HCP|POA|health care proxy|fellow|intern|registrar|consultant|surgeon|anesthesiologist"
    r"|anaesthetist|midwife|chaplain|interpreter|dietitian|scribe|student|RN|NP|PA|SW)\))"
)
# How a _CUE_AFTER match can begin right after a run (which never ends before a letter):
# every match starts with one of these, so other runs skip the regex.
_CUE_AFTER_STARTS: Final = (",", "\t", "(", "  ", " \t", " (", *(" " + c for c in "ACDFLMNPR"))
_TOKEN_RE: Final = re.compile(_TOKEN)

# Relations that name the person after them ("son Sky"), also as a run's first word
# ("Daughter Rain").
_RELATIONS: Final = frozenset(
    split_words(
        """son daughter wife husband mother father brother sister spouse partner friend neighbor
        neighbour guardian caregiver aunt uncle cousin niece nephew grandson granddaughter
        grandmother grandfather fiance fiancee fiancé fiancée boyfriend girlfriend stepson
        stepdaughter mom mum mommy mummy dad daddy grandma grandpa granny stepmother stepfather"""
    )
)
# Words directly before a run that make its leading name-like tokens a PERSON (or a CITY).
# Matching is on the last one to three lower-cased words before the run, punctuation stripped.
_PERSON_CUES: Final = frozenset(
    split_words(
        """mr mrs ms mx miss dr prof sr sra mme rev hon patient pt dear called contacted c/o
        doctor nurse practitioner therapist cardiologist surgeon signed rn np lpn cna attn
        initials customer chaplain priest pastor rabbi imam coordinator keyworker
        pharmacist dietitian dietician physio physiotherapist optometrist counsellor counselor
        caseworker paramedic midwife manager supervisor recruiter landlord colleague coworker
        co-worker lawyer attorney solicitor trooper detective constable sergeant deputy"""
    )
) | _RELATIONS | {
    "signed by", "cosigned by", "dictated by", "referred by", "seen by", "examined by",
    "evaluated by", "accompanied by", "spoke with", "spoken with", "discussed with",
    "care of", "electronically signed by", "transcribed by", "reviewed by",
}  # fmt: skip
_PERSON_COLON_CUES: Final = frozenset(
    split_words(
        """name attending pcp provider physician surgeon nurse rn np pa resident fellow intern
        cosigner guardian contact nok spouse caregiver referring author signed cc patient pt
        attn attention decedent deceased client claimant plaintiff defendant victim witness
        donor subscriber insured member student child infant traveler traveller employee ma
        scribe customer clerk tech technician technologist phlebotomist aide sitter chaperone
        participant proband recipient relative informant examinee"""
    )
) | {"patient name", "emergency contact", "next of kin", "electronically signed"}
_CITY_CUES: Final = frozenset(
    {
        "lives in", "living in", "resides in", "residing in", "moved to", "moved from",
        "relocated to", "relocated from", "born in", "native of", "home in", "visiting from",
        "traveled to", "travelled to", "town of", "city of", "near",
    }
)  # fmt: skip
_CITY_COLON_CUES: Final = frozenset({"city", "town"})
# Words that begin many place names; name-like inside a city even though they are stop words.
_CITY_PREFIXES: Final = frozenset(
    split_words(
        """north south east west new lake port fort mount mt saint st san santa los las el la
        le de des du glen grand great little old upper lower palm point"""
    )
)
_CITY_PREPOSITIONS: Final = frozenset(split_words("in from to near at of"))
# the capitalised prefixes of many towns' names, and the prepositions of a place before them
_TOWN_PREFIXES: Final = frozenset(
    split_words("North South East West New Lake Port Fort Mount Saint San Santa Glen")
)
_TOWN_PREPOSITIONS: Final = frozenset(split_words("in from to near outside"))
_NOT_PERSON_CUES: Final = frozenset(
    split_words("insurance insurer payer carrier employer company pharmacy plan hospital clinic")
)


_TITLES: Final = frozenset(split_words("mr mrs ms mx miss dr prof sr sra mme rev hon pt"))
_LONGEST_TITLE: Final = max(map(len, _TITLES))


_CUE_LAST_WORDS: Final = frozenset(
    p.rsplit(" ", 1)[-1] for p in _PERSON_CUES | _PERSON_COLON_CUES | _CITY_CUES | _CITY_COLON_CUES
)


# what follows a role's label and its credential: a colon, or the name ("Triage RN Faith")
_ROLE_LABEL_END: Final = re.compile(rf":| [{_UP}][{_LOW}]")


def _cues(text: str, start: int) -> tuple[bool, bool]:
    """Whether the one to three words before ``start`` form a (person, city) cue phrase.

    The caller has checked that ``start >= 2`` and that a space, tab, colon or comma precedes.
    """
    if text[start - 2] == ".":  # after a full stop only a title ("Dr.") can be a cue
        i = j = start - 2
        # the word before the stop; one letter longer than any title is long enough to tell
        first = max(0, j - _LONGEST_TITLE - 1)
        while i > first and text[i - 1].isalpha():
            i -= 1
        title = text[i:j]
        if title.isupper() and len(title) > 1 and _common_word_after(text, start):
            return False, False  # an abbreviation, not a title: "no MR. Course uncomplicated"
        return title.lower() in _TITLES, False
    j = start - 1
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    # the word before: back to the last space, newline or tab
    last = text[text.rfind(" ", 0, j) + 1 : j]
    if start - j > 1 and not last.endswith(":"):
        return False, False  # a column's gap after a word: "Kirsty Nguyen RN   Handing over"
    if "\n" in last or "\t" in last:
        last = last[max(last.rfind("\n"), last.rfind("\t")) + 1 :]
    if last.endswith(")") or last.strip(".:,;()").lower() not in _CUE_LAST_WORDS:
        return False, False  # a relation in parentheses is the name's before it: "Ann (mother)"
    return _cue_phrase(tuple(text[max(0, start - 40) : start].split()[-3:]))


def _common_word_after(text: str, start: int) -> bool:
    """Whether a common word that is no name, in lower case after its capital, starts at
    ``start`` ("Course", not "SMITH" or "Hope")."""
    m = _WORD_AT.match(text, start)
    if m is None or not m.group()[1:].islower():
        return False
    key = _key(m.group())
    lex = _lex()
    return key in safe_words() and key not in lex.given and key not in lex.sur


_WORD_AT: Final = re.compile(rf"[{_UP}][{_LOW}]+")


def person_cue_before(text: str, start: int) -> bool:
    """Whether a person cue ("Patient:", "signed by", "Dr.") stands right before ``start``."""
    return start >= 2 and text[start - 1] in " \t:," and _cues(text, start)[0]


# Name particles written in lower case before a surname or joined to it: "van der Berg",
# "al-Mansouri".
_PARTICLES = (
    "van|von|de|der|den|da|di|do|dos|das|du|la|le|del|della|dela|ten|ter|binti|binte|bint|bin|ibn"
    "|al|el|ap|ferch"
)
_PARTICLE_WORDS: Final = frozenset(_PARTICLES.split("|"))
# and capitalised, as Italian, Dutch and Flemish write them with no given name before ("sig.
# Le Pera", "D. Di Censo", "mevrouw De Vries", "Katrien Van Hoecke"); not German's "Der" and
# "Den" or French's "Du" and "Les", articles too
_CAPITALISED_PARTICLES: Final = frozenset(
    split_words("Di Dal Dalla Del Della Delle Dello De Da Lo La Le Van Von Ten Ter")
)
_PARTICLE_INITIALS: Final = frozenset(word[0] for word in _PARTICLE_WORDS)
# after a name: "Rashid al-Mansouri", "Anneke de Wit", "Maria van der Berg"
_PARTICLE_NAME_AFTER: Final = re.compile(
    rf"[ \t]+(?:(?:{_PARTICLES})[ \t]+)*(?:{_PARTICLES})(?:(-)|[ \t]+)"
    rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*(?![\w'’-])"
)


# a generational suffix after a name
_SUFFIX_AFTER: Final = re.compile(r",?[ \t](?:II|III|IV|Jr|JR|Sr|SR)\b\.?")
# a middle initial after "Surname, Given" that the name's run left out
# (one space before it, the given name before that of two letters or more; not the "C." of
# "KING, R\tC. diff")
_INITIAL_AFTER: Final = re.compile(r"(?<=[A-Za-z]{2}) [A-Z](?:\.(?! [a-z]))?(?![\w'’&.-])")


# initials after a surname, as Russian, Ukrainian and Polish records write a name ("Ларионов
# А. В.", "Gołąb P."), and the full stop of an initial that the span ends with ("Ларионов А")
_INITIALS_AFTER_SURNAME: Final = re.compile(
    rf"(?:(?<=[{_UP}])\.)?(?:[ ]?[{_UP}]\.){{1,2}}(?![\w'’.-])|(?<=[ ][{_UP}])\.(?![\w'’.-])"
)


# a short word between two parts of one name: the "Jun" of "Dr Lim Jun Hao" (a month too)
_WORD_BETWEEN: Final = re.compile(rf"[ \t][{_UP}][{_LOW}]{{1,3}}[ \t]")


def _ends_with_a_name(span: str) -> bool:
    """Whether the last word of ``span`` is a known name or an initial: a particle and a
    surname may follow it ("Anneke de Wit", "T. de la Cruz"; not "Centro de Salud")."""
    last = span.replace(",", " ").split()[-1].rstrip(".")
    return len(last) == 1 or _key(last) in _lex().names


# a family name in capitals before a given name in title case, as grids, rosters and Asian and
# European forms write a name: "OKAFOR Chidi", "HALE Frank (CVC)", "TAN Li Ying"
_CAPITALS_BEFORE: Final = re.compile(rf"(?<![\w'’.-])([{_UP}][{_UP}'’-]+) \Z")
_SHORTEST_UNLISTED_SURNAME: Final = 4


def _with_surname_in_capitals(text: str, floor: int, start: int) -> int:
    """Where a PERSON span at ``start`` starts with the family name in capitals before it
    (:data:`_CAPITALS_BEFORE`): a listed name that is no title or role ("DR", "NURSE"), or a
    word of four letters or more with two vowels that no list holds ("OKAFOR")."""
    if not (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2].isupper()
        and text[start : start + 1].isupper()
        and text[start + 1 : start + 2].islower()
    ):
        return start  # (most spans: no regex search)
    m = _CAPITALS_BEFORE.search(text, max(floor, start - 30), start)
    if m is None:
        return start
    key = _key(m.group(1))
    if key in _TITLES or key in _ROLE_TITLES or key in _lex().stop:
        return start
    listed = key in _lex().names
    if not listed and (
        len(key) < _SHORTEST_UNLISTED_SURNAME
        or key in safe_words()
        or sum(letter in "aeiouy" for letter in key) < 2
    ):
        return start  # (an acronym: "ICU Maria", "HDF Grace", "NPHL Mogadishu")
    return m.start(1)


# the word of a lineage between two names: son, daughter or wife of ("Rajesh s/o Kumar",
# "Priya d/o Rajendran"), the Malay a/l, a/p and bte ("Muthu a/l Raman")
# (and the father's given name that may open the next span's run: "Zaleha binti Mat Isa";
# Iban "anak": "Jimmy anak Jugah")
_LINEAGE: Final = re.compile(
    r" (?:[SsDdWw]/[Oo]|[Aa]/[LlPp]|bte|binti|bint|bin|ibn|bt\.?|anak)(?: [A-Z][a-z]+)? "
)
# the abbreviations of Muhammad and Mosammat that open South Asian names: "Md. Abdul Karim",
# "MD. RASEL MIAH", "Mst. Rahima Khatun", "Mohd Rizal"
_NAME_PREFIX_BEFORE: Final = re.compile(r"(?<![\w.])(?:Md|MD|Mst|MST|Mohd|MOHD|Muhd)\.? \Z")


def _word_between_names(text: str, before: list[Raw], span: Raw) -> bool:
    """Whether ``span`` and the last of ``before`` are PERSON spans with one short
    capitalised word between them, or the word of a lineage (:data:`_LINEAGE`)."""
    if not before or before[-1][2] != "PERSON" or span[2] != "PERSON":
        return False
    gap = text[before[-1][1] : span[0]]
    if _LINEAGE.fullmatch(gap):
        return True
    return _WORD_BETWEEN.fullmatch(gap) is not None and gap.strip().lower() not in ("and", "und")


def with_particles(text: str, spans: list[Raw]) -> list[Raw]:
    """``spans`` (sorted, disjoint) with each PERSON span widened over the name particles
    before it ("van der Berg"), the initials before it and a given name before those
    ("AUGUSTINE P. MERRIWEATHER", "s/o K. Ramaswamy", "K. van der Berg"), and a particle
    name, a generational suffix or a "Surname, Given" name's middle initial right after it
    ("Rashid al-Mansouri", "Jeremy Alvarez III", "Castellano, Rudolph J")."""
    out: list[Raw] = []
    for span in spans:
        start, end, entity, score = span
        if entity == "PERSON":
            floor = out[-1][1] if out else 0
            start = _with_initials(text, floor, start)
            particles = start
            while start - 3 >= floor and text[start - 1] == " " and text[start - 2].isalpha():
                word_start = start - 1
                while word_start > floor and text[word_start - 1].isalpha():
                    word_start -= 1  # to a space or a separator: "Tagalog;dela Cruz"
                word = text[word_start : start - 1]
                if word not in _PARTICLE_WORDS and word not in _CAPITALISED_PARTICLES:
                    break
                start = word_start
            if start < particles:  # the initials before the particles: "K. van der Berg"
                start = _with_initials(text, floor, start)
            start = _with_surname_in_capitals(text, floor, start)
            # (the prefix may be a span of its own before: "Mst" read as a name)
            before = out[-1] if out and text[out[-1][1] : start] == ". " else None
            reach = before[0] if before is not None else floor
            prefix = _NAME_PREFIX_BEFORE.search(text, max(reach, start - 6), start)
            if prefix is not None:
                start = prefix.start()
                if before is not None and prefix.start() == before[0]:
                    out.pop()
            if text.startswith(" ", end) and text[end + 1 : end + 2] in _PARTICLE_INITIALS:
                m = _PARTICLE_NAME_AFTER.match(text, end)
                # "Rashid al-Mansouri"; a particle apart after a name ("Anneke de Wit")
                if m is not None and (m.group(1) or _ends_with_a_name(text[start:end])):
                    end = m.end()
            if (suffix := _SUFFIX_AFTER.match(text, end)) is not None:
                end = suffix.end()  # "Jeremy Alvarez III", "Thompson Jr."
            elif (initials := _INITIALS_AFTER_SURNAME.match(text, end)) is not None:
                end = initials.end()  # "Ларионов А. В.", "Gołąb P."
            elif "," in text[start:end] and (initial := _INITIAL_AFTER.match(text, end)):
                end = initial.end()  # the middle initial of "Castellano, Rudolph J |"
            span = (start, end, entity, score)
        if (out and span[0] < out[-1][1]) or _word_between_names(text, out, span):
            # widened into the next span, or a short word between two names ("Lim Jun Hao")
            prev = out.pop()
            span = (prev[0], max(prev[1], span[1]), prev[2], max(prev[3], span[3]))
        out.append(span)
    return out


# A name written again in its own script, in parentheses or after a slash, beside its Latin
# spelling: "ZHANG Wei (张伟)", "Dr Kim Ji-woo / 김지우", "Ahmad Al-Khatib / أحمد الخطيب",
# "陳美玲 / Chen Mei-ling", "Ελένη Γεωργίου (Eleni Georgiou)" (Greek, Cyrillic, Hebrew, Arabic,
# the scripts of India and Thailand, Hangul, kana and Han)
_OTHER_SCRIPTS = (
    "\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
    "\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
_NATIVE_LETTER = f"[{_OTHER_SCRIPTS}]"
_NATIVE_FORM = (
    rf"{_NATIVE_LETTER}(?:[{_OTHER_SCRIPTS}\u200c\u200d .'’-]{{0,40}}{_NATIVE_LETTER})?"
)
# (not a label before a number: "(医籍登録番号 第456789号)")
_NATIVE_AFTER: Final = re.compile(rf"[ \t]*(?:\(|/)[ \t]*((?>{_NATIVE_FORM}))(?![ \t]*\d)")
# (a title's abbreviation may stand before the Latin spelling: "सुनीता शर्मा (Smt. Sunita Sharma)")
_NATIVE_BEFORE: Final = re.compile(
    rf"({_NATIVE_FORM})[ \t]*(?:/|\()[ \t]*(?:[A-Z][a-z]{{1,4}}\.[ \t]*)?$"
)
_NATIVE_REACH: Final = 48
_NATIVE_LETTERS: Final = re.compile(_NATIVE_LETTER)
_KANA_READING: Final = re.compile(r"[\u3040-\u30ff][\u3040-\u30ff \u3000]*")


def native_forms(text: str, spans: list[Raw]) -> list[Raw]:
    """The forms in another script written beside each PERSON span of ``spans`` (see
    :data:`_NATIVE_AFTER`), as PERSON spans."""
    out: list[Raw] = []
    for start, end, entity, score in spans:
        if entity != "PERSON":
            continue
        # beside a name in one of those scripts already only its reading in kana is its
        # form ("佐々木 美智子（ササキ ミチコ）"); other words are a role: "赵（副主任医师）"
        native = _NATIVE_LETTERS.search(text, start, end) is not None
        if "(" in text[end : end + 3] or "/" in text[end : end + 3]:
            m = _NATIVE_AFTER.match(text, end)
            if m is not None and (not native or _KANA_READING.fullmatch(m.group(1))):
                out.append((m.start(1), m.end(1), "PERSON", score))
        if start and not text[start - 1].isalnum():
            m = _NATIVE_BEFORE.search(text, max(0, start - _NATIVE_REACH), start)
            if m is not None and (not native or _KANA_READING.fullmatch(m.group(1))):
                out.append((m.start(1), m.end(1), "PERSON", score))
    return out


def _glued_initial_before(text: str, floor: int, letter: int) -> bool:
    """Whether an initial and its full stop stand right before the initial at ``letter``."""
    before = letter - 2
    return (
        before >= floor
        and text[letter - 1] == "."
        and text[before].isupper()
        and (before == floor or not text[before - 1].isalnum())
    )


def _with_initials(text: str, floor: int, start: int) -> int:
    """Where a name starting at ``start`` starts with the initials before it ("K. Patel", "J
    R Dougherty", "D.Cordova"), and a known given name before those, not before ``floor``."""
    initials = start
    while True:
        if text[initials - 1 : initials] == " " and text[initials - 2 : initials - 1] == ".":
            width = 3  # "K. "
        elif text[initials - 1 : initials] == " " or (
            initials == start and text[initials - 1 : initials] == "."
        ):
            width = 2  # "J ", or glued to the name: "D.Cordova"
        else:
            break
        letter = initials - width
        if letter < floor or not text[letter].isupper():
            break
        if letter > floor and (text[letter - 1].isalpha() or text[letter - 1] == "."):
            if _glued_initial_before(text, floor, letter):
                initials = letter - 2  # initials with no space between: "B.M. Grenier"
            break
        initials = letter
    if initials == start or initials - 2 < floor or text[initials - 1] != " ":
        return initials
    space = text.rfind(" ", floor, initials - 1)
    word_start = space + 1 if space >= 0 else floor
    if _key(text[word_start : initials - 1]) in _lex().given:
        return word_start
    return initials


@lru_cache(maxsize=4096)
def _cue_phrase(words: tuple[str, ...]) -> tuple[bool, bool]:
    """:func:`_cues` for the last (up to three) words before a run."""
    has_colon = words[-1].endswith(":")
    low = [w.strip(".:,;()").lower() for w in words]
    person = city = False
    for k in range(1, len(low) + 1):
        phrase = " ".join(low[-k:])
        person = person or phrase in _PERSON_CUES or (has_colon and phrase in _PERSON_COLON_CUES)
        city = city or phrase in _CITY_CUES or (has_colon and phrase in _CITY_COLON_CUES)
    return person, city


# ", ST 12345", ", ST" at a line or clause end (not the credentials MD and PA), ", State".
_STATE_CODES = "|".join(US_STATES)
_STATE_AFTER: Final = re.compile(
    rf",[ \t]*(?:(?:{_STATE_CODES})\b,?[ \t]+\d{{5}}"
    rf"|(?!MD\b|PA\b)(?:{_STATE_CODES})\b[ \t]*(?:$|[\n;.)])"
    r"|(?:" + "|".join(sorted(US_STATES.values(), key=len, reverse=True)) + r")\b)",
    re.MULTILINE,
)
_STATE_CODE_AFTER: Final = re.compile(rf",[ \t]*(?:{_STATE_CODES})\b")
_TRAILING_COMMA_GIVEN: Final = re.compile(rf",[ \t]*({_TOKEN}(?: +{_TOKEN}){{0,2}})")

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
        self.names = name_words()
        self.sur = surnames()
        self.stop = clinical_terms()
        self.proper = proper_words()  # countries, peoples, languages: no town, whatever the cue
        self.cities = cities()
        self.states = frozenset(s.lower() for s in US_STATES.values())


@cache
def _lex() -> _Lex:
    """The dictionaries, loaded on first use."""
    return _Lex()


_KEYS_MAX = 65536


class _KeyMemo(dict[str, str]):
    """Token -> dictionary key, computed on first use (a C-level lookup afterwards)."""

    def __missing__(self, tok: str) -> str:
        if len(self) >= _KEYS_MAX:
            self.clear()
        key = self[tok] = _make_key(tok)
        return key


_KEYS: Final = _KeyMemo()


def _key(tok: str) -> str:
    """Dictionary key of a token: no full stops, lower case, no diacritics (memoised)."""
    return _KEYS[tok]


def _make_key(tok: str) -> str:
    """:func:`_key` without the memo."""
    low = tok.replace(".", "").lower()  # "Dr." and "D.O.B." as "dr" and "dob"
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _name_like(tok: str, lex: _Lex) -> bool:
    return _key(tok) not in lex.stop


# places and things numbered that are names too: "Room 4B", "Ward 6G", "Van 2", "Case No.
# 14-2277" (not "Lot" or "Floor": in an address, "Lot 41 Goodeedawa Rd", they are masked with it)
_NUMBERED_NOUNS: Final = frozenset(split_words("room ward van case"))
_NUMBER_AFTER: Final = re.compile(
    r"[ \t]+(?:No\.?[ \t]?|#[ \t]?)?(?:[A-Z]{1,3}-?)?\d[\w/-]*(?![\w-])"
    r"(?![ \t]?(?:y|yo|yrs?|years?)\b)"
)
# a limit before its amount: "Max 4 tablets/day", "Max 15 cmH2O", "Max 13.8"
_AMOUNT_AFTER: Final = re.compile(
    r"[ \t]+\d+(?:[.,]\d+|[ \t]?(?!(?:y|yo|yrs?|years?|mo|months?)\b)[a-zµ%])"
)


# an e-mail header's "From" and "To" in Dutch, German, Spanish, Portuguese, Italian, French
# and the Nordic languages, that name a person too ("Van:", "Von:", "De:")
MAIL_HEADER_LABELS: Final = frozenset(split_words("Van Aan Von An De Para Da Fra Från Til Till"))


def common_noun_in_use(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end``, a common word and a name, is used as the common
    word: a numbered place or thing ("Room 4B", "Ward 22"), or a limit before its amount
    ("Max 4 tablets/day")."""
    key = text[start:end].lower()
    if key in _NUMBERED_NOUNS:
        return _NUMBER_AFTER.match(text, end) is not None
    return key == "max" and _AMOUNT_AFTER.match(text, end) is not None


def name_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for PERSON and CITY mentions in ``text``."""
    lex = _lex()
    stop, given, sur, states, city_names = lex.stop, lex.given, lex.sur, lex.states, lex.cities
    out: list[Raw] = []
    add = out.append  # the helpers below report through it too
    for run in _RUN.finditer(text):
        word = run.group()
        key = _KEYS[word]
        rend = run.end()
        comma_after = text[rend : rend + 1] == ","
        # stop words are single words, so a run whose key is one is a single token
        if key in stop and not comma_after:
            continue  # a lone clinical/common word is never a name
        if key in states:
            if comma_after and _STATE_CODE_AFTER.match(text, rend):
                add((run.start(), rend, "CITY", 0.85))  # a town named like a state: "Virginia, MN"
            continue
        rs = run.start()
        single = " " not in word and "\t" not in word
        after: str | None = None
        if key in city_names and key not in given and key not in sur:
            after = _after_word(text, rs)
            # a country or a people is no town, unless one is named after it: "Ontario, OR"
            town = key not in lex.proper or (
                comma_after and _STATE_CODE_AFTER.match(text, rend) is not None
            )
            if town and (comma_after or after in _CITY_PREPOSITIONS):
                add((rs, rend, "CITY", 0.7))
                continue
        if rs >= 2 and text[rs - 1] in " \t:,":
            cued, city_cued = _cues(text, rs)
        else:  # no cue phrase can end here (the test _cues starts with)
            cued = city_cued = False
        credential = (
            _CUE_AFTER.match(text, rend)
            if not cued and text.startswith(_CUE_AFTER_STARTS, rend)
            else None
        )
        # (a common word before a credential and a colon or a name is a role's label:
        # "Triage RN:", "Charge RN: Luis Fonseca", "Triage RN Faith Goodwin")
        tail_cued = credential is not None and not (
            single
            and _ROLE_LABEL_END.match(text, credential.end()) is not None
            and (key in safe_words() or inflected_from(key, safe_words()))  # "Admitting RN:"
            and key not in given
            and key not in sur
        )
        cued = cued or tail_cued
        if single and not (cued or city_cued) and key not in given and key not in sur:
            # a lone capitalised word that is not a known name
            if comma_after and _STATE_AFTER.match(text, rend):
                add((rs, rend, "CITY", 0.85))
            continue
        if (_after_word(text, rs) if after is None else after) in _NOT_PERSON_CUES:
            continue
        if single and not cued and common_noun_in_use(text, rs, rend):
            continue  # "Max 4 tablets/day", "Room 4B"
        if single and word in MAIL_HEADER_LABELS and text.startswith(":", rend):
            continue  # an e-mail's header in another language: "Van:", "Von:"
        toks = [(word, rs, rend)] if single else _run_tokens(word, rs)
        if not single and toks[-1][0] in STREET_NAME_ENDINGS:
            add((rs, rend, "STREET_ADDRESS", 0.8))  # a street without a number: Old Salem Pike
            continue
        if not single and toks[-1][0] in COUNTY_WORDS:
            add((rs, rend, "CITY", 0.8))  # a county: Maricopa County, Orleans Parish
            continue
        if not cued and len(toks) > 1 and _key(toks[0][0]) in _RELATIONS:
            toks, cued = toks[1:], True  # "Daughter Rain": the relation is the cue
        elif not cued and len(toks) > 1 and (role := _role_before_name(toks, lex)):
            toks, cued = toks[role:], True  # "Nurse Joy", "Head Nurse Faith"
        if not cued and _prefixed_town(toks, text, rs, lex):
            add((rs, rend, "CITY", 0.85))  # "from East Stephanie", "in New Joshuaburgh"
            continue
        # a city needs a cue or a comma after the run (then a state)
        city = _city(toks, city_cued, text, rend, lex) if city_cued or comma_after else None
        if city is not None:
            add(city)
        elif cued:
            _cued_person(text, toks[::-1] if tail_cued else toks, lex, add)
        else:
            _uncued_person(text, toks, lex, add)
    return out


# a role that names the person after it in the same run of capitalised words ("Nurse Joy",
# "Pastor Sunday"), maybe after its grade ("Head Nurse Faith", "Charge Nurse Hope")
_ROLE_TITLES: Final = frozenset(
    split_words(
        """nurse sister matron midwife pastor chaplain priest rabbi imam therapist physio
        pharmacist counsellor counselor coordinator keyworker caseworker paramedic dietitian
        dietician constable sergeant detective ofc sgt cpl insp capt"""
    )
)
_ROLE_GRADES: Final = frozenset(split_words("head charge staff senior junior student"))


def _role_before_name(toks: list[tuple[str, int, int]], lex: _Lex) -> int:
    """How many of a run's first tokens are a role (:data:`_ROLE_TITLES`) before a given name
    or a surname that is also a common word ("Nurse Joy", "Head Nurse Faith"; not "Nurse
    Practitioner"); 0 if none are. (A name no list knows is the net's: "Pastor Engstrom".)"""
    first = 1 if len(toks) > 2 and _key(toks[0][0]) in _ROLE_GRADES else 0
    if _key(toks[first][0]) not in _ROLE_TITLES:
        return 0
    key = _key(toks[first + 1][0])
    common_name = (key in lex.given or key in lex.sur) and key in safe_words()
    return first + 1 if common_name else 0


def _run_tokens(run: str, start: int) -> list[tuple[str, int, int]]:
    """The tokens of a multi-token run at ``start``: ``(token, start, end)``.

    A run is tokens and lower-case particles joined by single spaces or tabs, so its tokens
    are its pieces that do not start with an ASCII lower-case letter (a token starts with a
    capital). Same result as ``_TOKEN_RE.finditer(run)``, without the regex.
    """
    toks: list[tuple[str, int, int]] = []
    pos = start
    for piece in run.replace("\t", " ").split(" "):
        end = pos + len(piece)
        if not ("a" <= piece[0] <= "z"):
            toks.append((piece, pos, end))
        pos = end + 1
    return toks


def _city(
    toks: list[tuple[str, int, int]], cued: bool, text: str, end: int, lex: _Lex
) -> Raw | None:
    """The CITY in a run that has a city cue or a comma after it (None if there is none)."""
    state_follows = text[end : end + 1] == "," and _STATE_AFTER.match(text, end) is not None
    if not (cued or state_follows):
        return None
    if cued and text[end : end + 1] == "," and _STATE_CODE_AFTER.match(text, end):
        # "lives in Normal, IL with": after a city cue and before a state, any words are a city
        return toks[0][1], toks[-1][2], "CITY", 0.85
    if state_follows:
        # the city is the tail of the run: drop leading clinical/stop words
        i = len(toks)
        while i > 0 and len(toks) - i < 4 and _city_word(toks[i - 1][0], lex):
            i -= 1
        chosen = toks[i:]
    else:
        chosen = []
        for tok in toks[:4]:
            if not _city_word(tok[0], lex):
                break
            chosen.append(tok)
    if not chosen:
        return None
    return chosen[0][1], chosen[-1][2], "CITY", 0.85


def _is_initial(tok: str) -> bool:
    return len(tok) == 2 and tok[1] == "."


def _name_before(toks: list[tuple[str, int, int]], i: int, lex: _Lex) -> bool:
    """A given name that is also a common word ("April", "Will") right before a surname."""
    if i + 1 >= len(toks):
        return False
    return _key(toks[i][0]) in lex.given and _key(toks[i + 1][0]) in lex.sur


def _after_word(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` (punctuation stripped), or ''."""
    words = text[max(0, start - 24) : start].rsplit(None, 1)
    if not words or words[-1].endswith((".", "!", "?")):
        return ""
    return words[-1].strip(".:,;()").lower()


def _prefixed_town(toks: list[tuple[str, int, int]], text: str, start: int, lex: _Lex) -> bool:
    """Whether two tokens after a place's preposition are a town's prefix and a name: "from
    East Stephanie", "in New Joshuaburgh" (not "to South America")."""
    return (
        len(toks) == 2
        and toks[0][0] in _TOWN_PREFIXES
        and _after_word(text, start) in _TOWN_PREPOSITIONS
        and _town_name(toks[1][0], lex)
    )


def _town_name(tok: str, lex: _Lex) -> bool:
    """Whether ``tok`` after a town's prefix is a name: a given name or surname, or a word no
    list knows ("Joshuaburgh"); not a common word ("North Tower", "South America")."""
    key = _key(tok)
    return key in lex.given or key in lex.sur or (tok.isalpha() and key not in safe_words())


def _city_word(tok: str, lex: _Lex) -> bool:
    key = _key(tok)
    if key in lex.proper and key not in lex.given:
        return False
    return key in _CITY_PREFIXES or key in lex.given or _name_like(tok, lex)


def _cued_person(
    text: str, toks: list[tuple[str, int, int]], lex: _Lex, add: Callable[[Raw], None]
) -> None:
    chosen: list[tuple[str, int, int]] = []
    stop = lex.stop
    for i, tok in enumerate(toks[:4]):
        key = _key(tok[0])
        if not (
            (key not in stop and not derived_word(key))
            or _is_initial(tok[0])
            or _name_before(toks, i, lex)
            or key in lex.given
            or key in lex.sur
        ):
            break
        chosen.append(tok)
    if not chosen:
        return
    # the chosen tokens are in text order, or in reverse order for a trailing cue
    first, last = chosen[0], chosen[-1]
    start, end = min(first[1], last[1]), max(first[2], last[2])
    end = _extend_given_after_comma(text, end, lex)
    add((start, end, "PERSON", 0.9))


def _extend_given_after_comma(text: str, end: int, lex: _Lex) -> int:
    """``Smith, John A.``: include the given names after a surname and a comma."""
    m = _TRAILING_COMMA_GIVEN.match(text, end) if text[end : end + 1] == "," else None
    if m is None:
        return end
    first = m.group(1).split()[0]
    if _key(first) in lex.given and _name_like(first, lex):
        return m.end(1)
    return end


def _uncued_person(
    text: str, toks: list[tuple[str, int, int]], lex: _Lex, add: Callable[[Raw], None]
) -> None:
    # split the run into maximal groups of name-like tokens
    group: list[tuple[str, int, int]] = []
    stop = lex.stop
    for i, tok in enumerate([*toks, ("", -1, -1)]):
        if tok[1] >= 0 and (
            (_key(tok[0]) not in stop and not derived_word(_key(tok[0])))
            or _name_before(toks, i, lex)
            or (group and _is_initial(tok[0]) and i + 1 < len(toks))
        ):
            group.append(tok)
            continue
        if group and tok[0].lower() not in _ORG_WORDS:
            hit = _judge_group(text, group, lex)
            if hit is not None:
                add(hit)
        group = []


def _judge_group(text: str, group: list[tuple[str, int, int]], lex: _Lex) -> Raw | None:
    words = [_key(g[0]) for g in group]
    if any(w in _ORG_WORDS for w in words):
        return None
    # drop leading words that are not names when a given name follows ("Discussed Mary Jones")
    while (
        len(group) > 2
        and words[0] not in lex.given
        and words[0] not in lex.sur
        and (words[1] in lex.given)
    ):
        group, words = group[1:], words[1:]
    if len(group) >= 2:
        if (
            words[0] in lex.given
            or words[-1] in lex.sur
            or (words[0] in lex.sur and words[-1] in lex.given)
        ):
            return group[0][1], group[-1][2], "PERSON", 0.8
        return None
    word = words[0]
    if len(word) < 2 or word in _AMBIGUOUS:
        return None
    if word in lex.given:
        end = _extend_given_after_comma(text, group[0][2], lex)
        return group[0][1], end, "PERSON", 0.6
    if word in lex.sur:
        # "Smith, John": surname followed by a comma and a given name
        end = _extend_given_after_comma(text, group[0][2], lex)
        if end != group[0][2]:
            return group[0][1], end, "PERSON", 0.75
    return None
