"""Word lists shipped under ``maas_client/privacy/data`` (loaded once, lower-cased)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources


def _words(name: str) -> frozenset[str]:
    text = resources.files("maas_client.privacy").joinpath("data").joinpath(name).read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(w.lower() for w in line.split())
    return frozenset(words)


def _lines(name: str) -> frozenset[str]:
    text = resources.files("maas_client.privacy").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(
        ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )


UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff\u0386\u0388-\u038f\u0391-\u03ab\u0400-\u042f\u0490"
"""Upper-case letters as a regex character class body (Latin, Greek and Cyrillic scripts,
Greek with its accents: "Ά", "Ώ")."""
LOWER = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff\u03ac-\u03ce\u0430-\u045f\u0491"
"""Lower-case letters as a regex character class body (Latin, Greek and Cyrillic scripts,
Greek with its accents: "ά", "ώ", and its final sigma)."""


def lower_case(text: str) -> str:
    """``text`` in lower case with the same length, so that offsets into it hold for ``text``
    ("İ" is the one character whose lower case is two characters long)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.replace("\u0130", "i").lower()


INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ies", "y"),
               ("es", ""), ("s", ""), ("ly", ""), ("al", ""), ("ic", ""), ("ness", ""),
               ("er", ""), ("ers", ""), ("er", "e"), ("ers", "e"), ("ier", "y"),
               ("iers", "y"))  # fmt: skip
"""``(ending, replacement)``: a word that ends so is safe when its stem, the ending replaced,
is (its stem at least :data:`SHORTEST_STEM` letters long, a doubled last letter undone):
"reviewed", "bleeding", "stopped", "allergies", "pronouncer", "certifier". ``safe_words.txt``
lists no word these derive from another one in it."""
SHORTEST_STEM = 3
SHORTEST_AGENT_STEM = 5  # of a doer's noun from its verb: "pronouncer", "certifier"


def inflected_from(key: str, words: frozenset[str]) -> bool:
    """Whether ``key`` (lower case) is a regular form of one of ``words`` by
    :data:`INFLECTIONS` ("activities", "stopped")."""
    for ending, repl in INFLECTIONS:
        stem = key[: len(key) - len(ending)]
        if not key.endswith(ending) or len(stem) < SHORTEST_STEM:
            continue
        if ending.endswith(("er", "ers")) and repl and len(stem) < SHORTEST_AGENT_STEM:
            continue  # ("Greers" is no "gree" that someone does)
        if stem + repl in words or (stem[-1] == stem[-2] and stem[:-1] in words):
            return True
    return False

HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
"""A 24-hour time of day in four digits: "0600", "2215"."""


def find_all(text: str, needles: Sequence[str]) -> Iterator[tuple[str, int]]:
    """``(needle, start)`` for every occurrence of each of ``needles`` in ``text``, found with
    ``str.find``: a regex alternation of literals would test a character class at every
    character."""
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            yield needle, at
            at = text.find(needle, at + 1)


def follows_word_char(text: str, at: int) -> bool:
    """Whether ``text[at]`` follows a character of a word (what ``\\b`` checks before one)."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")


def word_start_matches(
    pattern: re.Pattern[str], text: str, not_after: str = ""
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text`` that start a word: those ``finditer`` gives with
    ``(?<![\\w<not_after>])`` in front of the pattern.

    The check is made here rather than in the pattern because a pattern led by a look-behind
    is tried at every position of the text, while one led by literals lets the engine skip
    to them (about eight times faster on a 1 MB text).
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if follows_word_char(text, start) or (start and text[start - 1] in not_after):
            pos = start + 1
        else:
            yield m
            pos = max(m.end(), m.start() + 1)


def split_words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``."""
    return tuple(text.split())


DERIVED_ENDINGS: tuple[str, ...] = split_words(
    """ation ition ised ized ising izing ated ular inal ial ive ism ment ments ology ologie
    cyte cytes phil phils graphic keit heit schaft ção ción zione graphie grafie metrie skopie
    tomie therapie terapie fraktur frakturen prothese krise meldung verbindung karte befund"""
)
"""Endings of long derived words that no person or town is named with: "Anticoagulation",
"Hospitalised", "Subcarinal", "Neutrophils", and the nouns of German, Dutch, Nordic and
Romance notes ("Kardiologie", "Morgensteifigkeit", "Atención", "Echokardiographie",
"Schenkelhalsfraktur", "Epikrise", "Unfallmeldung")."""
SHORTEST_DERIVED = 8


def derived_word(key: str) -> bool:
    """Whether ``key`` (lower case) is a long word with a :data:`DERIVED_ENDINGS` ending."""
    return len(key) >= SHORTEST_DERIVED and key.endswith(DERIVED_ENDINGS)


MEDICAL_PREFIXES: tuple[str, ...] = split_words(
    """neuro cardio gastro hepato nephro pneumo osteo myo endo hemo haemo leuko erythro
    thrombo athero electro echo micro macro hyper hypo tele peri post pre anti non intra
    inter trans sub supra uro gyn derm psycho immuno onco radio"""
)


def behind_medical_prefix(key: str, words: frozenset[str]) -> bool:
    """Whether ``key`` (lower case) is one of ``words`` behind a :data:`MEDICAL_PREFIXES`
    prefix: "neurostimulator", "transcatheter"."""
    return key.startswith(MEDICAL_PREFIXES) and any(
        key.startswith(prefix) and key[len(prefix) :] in words for prefix in MEDICAL_PREFIXES
    )


CREDENTIALS: frozenset[str] = frozenset(
    split_words(
        """md do rn np pa pa-c phd dds dmd lpn lvn cna aprn fnp pharmd msw lcsw rt rrt pt ot slp
        sw cm rd emt crna cnm pmhnp pmhnp-bc fnp-bc agnp anp dnp nnp nnp-bc mbbs frcp frcs frcpc
        lmft lpc lmhc psyd"""
    )
)
"""Clinicians' credentials in lower case: no name, though they stand where one does."""


def grouped_alternation(alternatives: list[str]) -> str:
    """``(?:a|b|...)`` with the alternatives grouped by their first (literal) character.

    The relative order of alternatives is kept, so the first one that matches is the same;
    grouping only lets the engine skip every alternative whose first character differs.
    """
    by_first: dict[str, list[str]] = {}
    for alt in alternatives:
        by_first.setdefault(alt[0], []).append(alt[1:])
    groups = [
        first + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
        for first, rest in by_first.items()
    ]
    return "(?:" + "|".join(groups) + ")"


@cache
def given_names() -> frozenset[str]:
    """Common US given names, lower-cased."""
    return _words("given_names.txt")


@cache
def surnames() -> frozenset[str]:
    """Common US surnames, lower-cased."""
    return _words("surnames.txt")


@cache
def clinical_terms() -> frozenset[str]:
    """Capitalised words of clinical text that are never names on their own, lower-cased."""
    return _words("clinical_terms.txt")


@cache
def drug_names() -> frozenset[str]:
    """Generic and brand drug names, lower-cased: the hand-kept list and the dictionary built
    from Drug Named Entity Recognition (``drug_dictionary.txt``)."""
    return _words("drugs.txt") | _words("drug_dictionary.txt")


@cache
def drug_dictionary() -> frozenset[str]:
    """The drug dictionary's names that no other list holds ("Comirnaty", "Corwin")."""
    known = _words("drugs.txt") | _words("safe_words.txt") | clinical_terms()
    return _words("drug_dictionary.txt") - known


@cache
def safe_words() -> frozenset[str]:
    """Words the recall-first net never masks on their own, lower-cased.

    Common English words (``safe_words.txt``), clinical terms, medical words
    (``medical_words.txt``), drug names, proper words that identify nobody (countries,
    nationalities, weekdays...) and rare English words (``rare_words.txt``: "lochia",
    "enrollee"), which are no part of a compound (:func:`common_words`).
    """
    return common_words() | proper_words() | _words("rare_words.txt")


@cache
def common_words() -> frozenset[str]:
    """The safe words that are no proper name: common English words, clinical terms, the
    words of ICD-10-CM's descriptions and drug names, lower-cased (the parts a compound is read
    from)."""
    return _words("safe_words.txt") | clinical_terms() | _words("medical_words.txt") | drug_names()


@cache
def proper_words() -> frozenset[str]:
    """Capitalised words that identify nobody: countries, languages, weekdays, lower-cased."""
    return _words("proper_words.txt")


@cache
def name_words() -> frozenset[str]:
    """Person names (given and family, many locales), lower-cased without accents."""
    return _words("name_words.txt") | given_names() | surnames()


@cache
def eponyms() -> frozenset[str]:
    """Names that are part of clinical terms ("Parkinson", "Bell"), lower-cased."""
    return _words("eponyms.txt")


@cache
def cities() -> frozenset[str]:
    """US city names (possibly several words), lower-cased."""
    return _lines("us_cities.txt")


@cache
def world_cities() -> frozenset[str]:
    """Towns of the world of 15,000 people or more (GeoNames), lower-cased without accents;
    not those whose one-word name is a very common English word ("Nice", "Reading")."""
    return frozenset(without_accents(town) for town in _lines("world_cities.txt"))


@cache
def other_language_words() -> frozenset[str]:
    """Common words of other languages written in Latin letters, in lower case as written,
    that a family name or a town spells too ("tomar", "este", "registro", "días")."""
    return _words("other_language_words.txt")


@cache
def script_names() -> frozenset[str]:
    """Given and family names in Arabic, Hebrew, Persian, Devanagari, Bengali and Thai script,
    word by word, as written."""
    return _words("script_names.txt")


@cache
def vietnamese_words() -> frozenset[str]:
    """The commonest Vietnamese syllables that carry a diacritic, in lower case as written
    ("chẩn", "đoán", "trưởng"), but no Vietnamese name ("hương", "trương"). Without their
    diacritics many read as names ("Trưởng" as "Truong"), so they are kept with them."""
    return _words("vietnamese_words.txt")


def without_accents(word: str) -> str:
    """``word`` with its accents taken off ("são paulo" is "sao paulo")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands", "AA": "Armed Forces Americas", "AE": "Armed Forces Europe",
    "AP": "Armed Forces Pacific", "MH": "Marshall Islands", "FM": "Micronesia", "PW": "Palau",
}  # fmt: skip
"""USPS state and territory codes to names."""

STREET_NAME_ENDINGS: tuple[str, ...] = split_words(
    """Ave Avenue Blvd Boulevard Rd Road Pike Turnpike Lane Ln Street Hwy Highway Parkway Pkwy
    Terrace Crescent Cres Drive Alley"""
)
"""Last words that make a run of capitalised words a street without a house number ("on Old
Salem Pike", "at Grand Ave"); not "Dr" (Per Dr. Smith), "St" (Saint) or "Way"."""

COUNTY_WORDS: tuple[str, ...] = split_words(
    "County COUNTY Parish PARISH Borough BOROUGH City Town Township Village"
)
"""Last words that make a run of capitalised words a county or a town ("Maricopa County",
"Cebu City", "Cape Town"), which Safe Harbor counts with the places smaller than a state."""

STREET_SUFFIXES: tuple[str, ...] = split_words(
    """
    Alley Aly Annex Anx Arcade Arc Avenue Ave Av Bayou Byu Beach Bch Bend Bnd Bluff Blf Bluffs
    Blfs Bottom Btm Boulevard Blvd Branch Br Bridge Brg Brook Brk Brooks Burg Bg Burgs Bypass
    Byp Camp Cp Canyon Cyn Cape Cpe Causeway Cswy Center Ctr Centers Circle Cir Circles Cirs
    Cliff Clf Cliffs Clfs Club Clb Common Cmn Commons Corner Cor Corners Cors Course Crse Court
    Ct Courts Cts Cove Cv Coves Creek Crk Crescent Cres Crest Crst Crossing Xing Crossroad Xrd
    Curve Curv Dale Dl Dam Dm Divide Dv Drive Dr Drives Drs Estate Est Estates Ests Expressway
    Expy Extension Ext Extensions Exts Fall Falls Fls Ferry Fry Field Fld Fields Flds Flat Flt
    Flats Flts Ford Frd Fords Forest Frst Forge Frg Forges Fork Frk Forks Frks Fort Ft Freeway
    Fwy Garden Gdn Gardens Gdns Gateway Gtwy Glen Gln Glens Green Grn Greens Grove Grv Groves
    Harbor Hbr Harbors Haven Hvn Heights Hts Highway Hwy Hill Hl Hills Hls Hollow Holw Inlet
    Island Is Islands Iss Isle Junction Jct Junctions Key Ky Keys Kys Knoll Knl Knolls Knls Lake
    Lk Lakes Lks Land Landing Lndg Lane Ln Light Lgt Lights Loaf Lf Lock Lck Locks Lcks Lodge
    Ldg Loop Mall Manor Mnr Manors Meadow Mdw Meadows Mdws Mews Mill Ml Mills Mission Msn
    Motorway Mtwy Mount Mt Mountain Mtn Mountains Neck Nck Orchard Orch Oval Overpass Opas Park
    Parks Parkway Pkwy Parkways Pass Passage Psge Path Pike Pine Pne Pines Pnes Place Pl Plain
    Pln Plains Plns Plaza Plz Point Pt Points Pts Port Prt Ports Prts Prairie Pr Radial Radl
    Ramp Ranch Rnch Rapid Rpd Rapids Rpds Rest Rst Ridge Rdg Ridges Rdgs River Riv Road Rd
    Roads Rds Route Rte Row Rue Run Shoal Shl Shoals Shls Shore Shr Shores Shrs Skyway Skwy
    Spring Spg Springs Spgs Spur Spurs Square Sq Squares Sqs Station Sta Stravenue Stra Stream
    Strm Street St Streets Sts Summit Smt Terrace Ter Throughway Trwy Trace Trce Track Trak
    Trafficway Trfy Trail Trl Trailer Trlr Tunnel Tunl Turnpike Tpke Underpass Upas Union Un
    Unions Uns Valley Vly Valleys Vlys Via Viaduct Vias Vw View Views Vws Village Vlg Villages
    Vlgs Ville Vl Vista Vis Walk Walks Wall Way Ways Well Wl Wells Wls
    Parade Pde Esplanade Promenade Quay Close Cottages Rise Chase Wynd Brae Croft
    Approach Circuit Dell Wharf Pathway Rosebowl Tce Cl Cct Concourse Gr Espl Yard Bank Circus
    Link Mead Garth Fold Grange Boardwalk
    """
)
"""USPS Publication 28 street suffixes and their standard abbreviations, and a few British and
Australian ones ("Marine Parade")."""
