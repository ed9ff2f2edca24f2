"""The recall-first net under the typed detectors: whatever is not known to be safe is PHI.

The typed detectors (:mod:`._patterns`, :mod:`._names`) find the formats they know and type
them. The net finds what they do not know, the other way round: it looks at every token that
could identify someone -- a capitalised word, a token holding a digit, a quoted word, a file
name, a dotted host name, a date or an age written in words -- and reports it unless it is
known to be safe:

* a capitalised word is safe when it is a common English word, a clinical term, a drug or a
  proper word that identifies nobody (``safe_words``). A common word that is also a person
  name ("Mark", "Ward", "Hope") is a name next to another name or, at ``strict``, anywhere,
  and in the middle of a sentence at ``safe_harbor``; an eponym ("Bell", "Parkinson") stays
  in its clinical context ("Bell's palsy", "Parkinson disease").
* a token holding a digit is safe when it is a measurement or a clinical code: a number of
  up to three digits, a decimal, a range or ratio (``120/80``), a number with a unit, a time,
  a year on its own, a short code with at most two digits (``B12``, ``HbA1c``, ``L4-L5``,
  ``PHQ-9``), an ICD-10 code, or a CPT/LOINC code after its cue. Everything else -- numbers of
  four digits or more, codes, identifiers glued to words, digit groups split by spaces -- is
  an ``IDENTIFIER``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise, takewhile
from typing import Final, Literal

from ._east_asian import count_in_cjk
from ._lexicon import (
    COUNTY_WORDS,
    CREDENTIALS,
    HHMM,
    LOWER,
    STREET_NAME_ENDINGS,
    STREET_SUFFIXES,
    UPPER,
    US_STATES,
    behind_medical_prefix,
    cities,
    clinical_terms,
    common_words,
    derived_word,
    drug_dictionary,
    drug_names,
    eponyms,
    find_all,
    given_names,
    grouped_alternation,
    inflected_from,
    name_words,
    other_language_words,
    proper_words,
    safe_words,
    split_words,
    surnames,
    vietnamese_words,
    without_accents,
    word_start_matches,
    world_cities,
)
from ._names import MAIL_HEADER_LABELS, common_noun_in_use, person_cue_before
from ._patterns import FOREIGN_MONTHS, FOREIGN_UNIT, FOREIGN_WEEKDAY, MONTHS_ALONE, city_before
from ._span import NET_SCORE, Raw
from ._spoken import spoken_spans
from ._staff import initials_beside_names, staff_spans

Level = Literal["light", "safe_harbor", "strict"]
LEVELS: Final[tuple[Level, ...]] = ("light", "safe_harbor", "strict")
"""Detection levels, lightest first: typed detectors only; plus the net; the net stricter."""


# --- words -----------------------------------------------------------------------------------

_LETTERS = UPPER + LOWER
# A capitalised word. Its repeats are possessive (``*+``, ``++``): giving a letter, an apostrophe
# or a hyphen part back never lets a run match (none may follow a run's word), so the engine
# keeps no state to try that (a tenth less time in the run scan). A hyphen may end a line
# inside the word, as in scanned or wrapped text ("Fitz-\ngerald": see _LINE_BREAK).
_WORD = (
    rf"[{UPPER}][{_LETTERS}]*+(?:['’][{_LETTERS}]++)*+"
    rf"(?:-(?:\r?\n)?[{_LETTERS}]++(?:['’][{_LETTERS}]++)*+)*+"
)
# A run of capitalised words. The pattern starts with the capital letter (the look-behind
# checks the character before it), so the engine skips ahead to capitals in C. A run may
# stand in single quotes ('Bubba'), but not start after a letter and an apostrophe.
_RUNS: Final = re.compile(
    rf"[{UPPER}](?<![\w@./-].)(?<!\w['’].){_WORD[len(f'[{UPPER}]') :]}(?:[ \t]{_WORD})*"
    r"(?![\w-]|['’]\w|\.\w)"
)

# Words after an eponym that make it part of a clinical term, not a person.
_EPONYM_HEADS: Final = frozenset(
    split_words(
        """disease diseases syndrome palsy sign signs lymphoma sarcoma tumor tumour fracture
        procedure operation catheter maneuver manoeuvre test score scale monitor classification
        criteria phenomenon thyroiditis encephalopathy dementia esophagus oesophagus point
        position respirations breathing triad reflex node nodes cyst contracture ulcer disorder
        anomaly anemia bodies body cells cell law method rule stage grade index type hernia
        diverticulum fundoplication tube sheath gland duct space nerve circle loop ratio
        technique repair incision approach block needle forceps retractor solution stain
        tremor chorea ataxia aneurysm malformation deformity dystrophy myopathy neuropathy
        lesion nodule murmur sound sounds maneuvers equation formula criterion scan lens level
        levels spots lesions pattern drain line stool cardiomyopathy strips positive negative
        lines crisis chart adl adls rules ring rings pouch plates grid questionnaire inventory
        assessment staging murmurs virus fever nomogram bite spotted goggles card zone
        balance exercises"""
    )
)
# prefixes written with a hyphen before a word, not names themselves ("Pre-discharge")
_WORD_PREFIXES: Final = frozenset(
    split_words("pre post non anti co re sub self semi multi inter intra over under un mid")
)
_CLINICAL_SUFFIXES: Final = tuple(
    split_words(
        """itis osis emia aemia ectomy otomy ostomy plasty scopy scopic pathy algia uria megaly
        penia cytosis trophy plegia paresis rrhea rrhoea emesis mab nib pril sartan olol
        statin azole cillin mycin floxacin dipine prazole tidine gliptin gliflozin glutide
        parin xaban afil triptan setron lukast terol olone tinib zumab ximab graphy logist
        ological cardic pnea pneic phagia phasia ectasis plasia trophic genic lytic cele
        ician metry kinesia valent virus viruses bacter bacteria coccus cocci iasis centesis
        scope scopes opia esthesia aesthesia acusis omics arthria praxia gnosia pnoea"""
    )
)
_LONG_SUFFIXES: Final = ("oma", "omas", "ase", "ine", "ide", "ate")  # only on long words
_PLURAL_ABBREVIATION: Final = re.compile(r"[A-Z]{2,}s")  # ADLs, CXRs
_WORD_PARTS: Final = re.compile(r"[-'’]")

# Titles: the capitalised word after one is a name, whatever else it is ("Ms Winter").
# and those of French, German and Spanish, which English notes carry too ("Mme NDIAYE Awa"),
# looked for in title case only (their lower-case forms cost a third of the titles' scan)
# (and Indonesia's, Malaysia's and the Philippines': "Pak Kasno", "Sdr. Wahyu"; not "Ny.",
# "Tn." or "Ibu", which are New York, Tennessee and a sentence's "mother")
_FOREIGN_TITLES: Final = frozenset(
    split_words("mme mlle frau herr sra srta dra sdr sdri pak bpk cik hjh gng")
)
# the ranks of police and custody officers, shortened: "Ofc Lusk", "Sgt Marsh"
_RANKS: Final = frozenset(split_words("ofc sgt cpl insp capt"))
_TITLES: Final = (
    frozenset(split_words("mr mrs ms mx miss dr prof mister missus dhr mevr mw drs"))
    | _FOREIGN_TITLES
    | _RANKS
)  # ("dhr.", "mevr.", "mw.", "drs.": Dutch)
# Greetings: the word after one is a name unless it is a safe word ("Hi Sandy", not "Hi all")
_GREETINGS: Final = frozenset(split_words("hi hello hey dear thanks morning afternoon"))
# A title and a space; a title is a word of its own, in lower or title case ("MR." is mitral
# regurgitation), after a space or at the start of the text (checked by _after_titles).
# (other languages' titles and the ranks in title case only: in lower case "ofc", "cik" and
# "insp" would send the scan to every "o", "c" and "i" of a text, a third more of its time)
_TITLE_WORDS: Final = sorted(
    {
        f
        for t in _TITLES
        for f in ((t.title(),) if t in _FOREIGN_TITLES or t in _RANKS else (t, t.title()))
    },
    key=lambda f: (-len(f), f),
)
_TITLE: Final = re.compile(grouped_alternation(_TITLE_WORDS) + r"\.? ")
# a title's initials before the surname, in title case or in capitals: "P. ", "A. J. ", "AJ ",
# "R. " of "Dr R. OLIVEIRA"
_INITIALS_AFTER_TITLE: Final = re.compile(
    r"(?:(?:[A-Z]\.[ \t]?){1,3}|[A-Z]{1,2}[ \t])(?<=[ \t])(?=[A-Z][a-z]|[A-Z]{2})"
)

_SAFE, _AMBIGUOUS, _NAME = 0, 1, 2


class _Vocabulary:
    """The word lists the net consults, loaded once on first use."""

    def __init__(self) -> None:
        self.safe = safe_words()
        # drug names known only from the drug dictionary: before a known name, more of it
        # ("Corwin Ashby-Lund"; Corwin is a brand of xamoterol too)
        self.brands = drug_dictionary()
        self.proper = proper_words()  # never a person: countries, weekdays, languages...
        # the parts a compound is read from: no proper word ("Tecomán" is no "tec" and "Oman")
        self.compound_parts = common_words()
        self.clinical = clinical_terms()
        self.eponyms = eponyms()
        # words that can be a person or a town: a common word among them is ambiguous
        self.names = name_words() | {c for c in cities() if " " not in c}
        self.given = given_names()
        self.given_or_surnames = self.given | surnames()  # the commonest, US lists
        self.surnames_only = surnames() - self.given  # "nguyen", not "don" or "ada"
        # eponyms that are no person's name: a grade after one keeps it ("Mallampati III")
        self.graded = self.eponyms - self.names


@cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


def _plain(word: str) -> str:
    """Lower case without accents, a possessive ending or a contraction ("They're", "I'll",
    "doesn't"): the key of the word lists."""
    low = word.lower()
    if "'" in low or "’" in low:
        low = _CONTRACTION.sub("", low)
        low = _SHORTENED_BEFORE_NOT.get(low, low)
    return without_accents(low)


_CONTRACTION: Final = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|m|d))$")
_SHORTENED_BEFORE_NOT: Final = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't"


_LONGEST_ABBREVIATION: Final = 6  # NSTEMI, NSAIDS
_SHORTEST_SURNAME: Final = 3  # "NG", "LI" in capitals are abbreviations before a name too
_ROMAN_NUMERAL: Final = re.compile(r"[IVX]{1,4}[A-D]?")


class _KindMemo(dict[str, int]):
    """Capitalised word as written -> its kind (safe, ambiguous or name), computed once."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 100_000:
            self.clear()
        kind = self[word] = _word_kind(word)
        return kind


# A word broken at a line end after a hyphen: read as one word ("Fam-\nily" is "Family") and
# as a hyphenated one ("X-\nray", "Wilkes-\nBarre"); it is safe when either reading is.
_LINE_BREAK: Final = re.compile(r"(?<=-)\r?\n")
_BROKEN_AT_HYPHEN: Final = re.compile(r"-\r?\n")


def _word_kind(word: str) -> int:
    if "\n" in word:
        hyphenated = _LINE_BREAK.sub("", word)
        return min(_KINDS[hyphenated], _KINDS[_BROKEN_AT_HYPHEN.sub("", word)])
    if not word.isascii() and word.lower() in vietnamese_words():
        return _SAFE  # a common Vietnamese word: "Chẩn đoán", "Trưởng khoa" (names: _vietnamese)
    key = _plain(word)
    if word.isupper() and _SCALE_VERSION.search(word):
        return _SAFE  # a scale and its version: ALSFRS-R, SNAPPE-II, UPDRS-III, WAIS-IV
    if _SUBDIVIDED_GRADE.fullmatch(word):
        return _SAFE  # a grade and its subdivision: "class IIa", "MGFA IIb", "factor Xa"
    if word.isupper() and len(word) > 1:
        # an upper-case word is an abbreviation unless it stands beside a name (JOHN SMITH),
        # or is longer than abbreviations are and a word nobody knows (ABDULRAHMAN)
        if key in _vocabulary().names:
            return _AMBIGUOUS
        return _NAME if len(key) > _LONGEST_ABBREVIATION and _kind_of(key) == _NAME else _SAFE
    # capitals inside the parts of a word (not "D'Angelo-Whitfield", whose parts are names,
    # nor a prefixed surname in capitals, "McFARQUHAR")
    inner = sum(c.isupper() for part in _WORD_PARTS.split(word) for c in part[1:])
    if inner >= 2 and key not in _vocabulary().names and not _PREFIXED_CAPITALS.fullmatch(word):
        return _SAFE  # an abbreviation written in mixed case: HFrEF, HbA, ADLs, NT-proBNP
    if _ENDING_IN_A_CAPITAL.fullmatch(word):
        return _SAFE  # a short abbreviation ending in a capital: "IgE", "HbF", "MenB"
    if inner == 1 and key not in _vocabulary().names and _glued_product(word):
        return _SAFE
    kind = _kind_of(key)
    if kind == _NAME and _PLURAL_ABBREVIATION.fullmatch(word):
        return _SAFE
    return kind


# a word of two capitalised parts glued ("FedEx", "WeChat", "FibroScan"), or one capital before
# another word ("PEth", "HTx", "BSc", or a login "GBrown")
_GLUED_PARTS: Final = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_CAPITAL_BEFORE_WORD: Final = re.compile(r"[A-Z]([A-Z][a-z]+)")
# the first parts of glued names: a surname's particle ("McKenzie", "DeShawn", "VanderMolen"),
# or a South African place's ("GaSekhukhune", "KwaMashu")
_NAME_PARTICLES: Final = frozenset(
    split_words("mc mac de di da del della la le lo van vander von du st fitz ten ter ga kwa ka")
)


def _glued_product(word: str) -> bool:
    """Whether ``word``, one capital inside it, is a product's, a service's or an
    abbreviation's glued name ("FedEx", "PharmOutcomes", "PEth", "HTx"), no person's: not a
    surname after its particle ("McKenzie", "LaToya"), two names glued ("AnnMarie"), a role
    glued to a name ("NurseNaledi") or a login's initial before a surname ("GPritchard")."""
    names = _vocabulary().names
    glued = _GLUED_PARTS.fullmatch(word)
    if glued is not None:
        first, second = glued.group(1).lower(), glued.group(2).lower()
        return not (
            first in _NAME_PARTICLES
            or first in _TITLES
            or first in _ROLES_GLUED
            or (first in names and second in names)
        )
    after = _CAPITAL_BEFORE_WORD.fullmatch(word)
    if after is None:
        return False
    rest = after.group(1).lower()
    login = len(rest) >= _SHORTEST_LOGIN_SURNAME and _kind_of(rest) == _NAME
    return rest not in names and not login


_ROLES_GLUED: Final = frozenset(split_words("nurse doc sister nanny"))
_SHORTEST_LOGIN_SURNAME: Final = 5


# no name ends in a capital letter after small ones, but Dutch initials with their particles
# do: "MvdB" (van den B.), "MdW" (de W.)
_ENDING_IN_A_CAPITAL: Final = re.compile(r"[A-Z](?!(?:v|vd|vdr|d)[A-Z])[a-z]{1,3}[A-Z]")


class _TownLikeMemo(dict[str, bool]):
    """Whether a capitalised word is safe only as :func:`_kind_of` reads it, listed nowhere:
    two common words ("Beavercreek", "Newtown", "Boardman") or a chemical's ending
    ("Harrogate"). After a place's preposition such a word is a town."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= 100_000:
            self.clear()
        vocab = _vocabulary()
        key = _plain(word)
        listed = key in vocab.safe or key in vocab.proper or key in vocab.eponyms
        town_like = self[word] = (
            not listed
            and word.isalpha()
            and word[1:].islower()
            and (key.endswith(_LONG_SUFFIXES) or _compound(key, vocab.compound_parts))
        )
        return town_like


_TOWN_LIKE: Final = _TownLikeMemo()


_SHORTEST_TOWN_IN_CAPITALS: Final = 5  # "in NELSON", not "in ED" or "in ICU"


class _WorldTownMemo(dict[str, bool]):
    """Whether a run of capitalised words is the name of one of the world's towns (listed in
    :func:`world_cities`, no country's or language's), written as names are ("Baton Rouge",
    "Tripoli"; not "IgA") or in capitals ("NELSON")."""

    def __missing__(self, run: str) -> bool:
        if len(self) >= 100_000:
            self.clear()
        key = _plain(run)
        town = self[run] = (
            (run.istitle() or (run.isupper() and len(run) >= _SHORTEST_TOWN_IN_CAPITALS))
            and key in world_cities()
            and key not in _vocabulary().proper
        )
        return town


_WORLD_TOWN: Final = _WorldTownMemo()
_PLACE_PREPOSITIONS = "in|from|near|outside|to"
_PLACE_PREPOSITION: Final = re.compile(rf"(?<![\w-])(?:{_PLACE_PREPOSITIONS}) $")
_PLACE_AT_OR_OF: Final = re.compile(rf"(?<![\w-])(?:{_PLACE_PREPOSITIONS}|at|of) $")
# the first words of towns' names, before one more: "Port Callow", "Fort Amberly", "Upper
# Swaile", "Sainte-Aurélie" (after a place's preposition or "via")
_PREFIXED_TOWN: Final = re.compile(
    r"(?:Port|Fort|Mount|Mt\.?|Lake|Glen|Cape|Saint|Sainte|St\.?|San|Santa|New|Upper|Lower"
    r"|Little|Great|Old|North|South|East|West)[ \t][A-Z][a-z'’-]+"
)
_COMPASS_AND_SIZE: Final = ("New", "Upper", "Lower", "Little", "Great", "Old", "North", "South",
                     "East", "West")  # fmt: skip
_PLACE_OR_VIA: Final = re.compile(rf"(?<![\w-])(?:{_PLACE_PREPOSITIONS}|via) $")
_US_STATE_AFTER: Final = re.compile(rf",[ \t]+(?:{'|'.join(US_STATES)})(?![\w-])")
# capitalised words that end in a feature of the land, as towns are named: "Portage Bend",
# "Beacon Harbor", "Loon Bay", "Tamarack Point", "Elk Horn Springs"
_NAMED_LIKE_A_PLACE: Final = re.compile(
    r"(?:[A-Z][a-z]+ ){1,2}(?:Bend|Harbor|Harbour|Point|Bay|Falls|Creek|Springs|Valley|Ridge"
    r"|Hills|Heights|Lake|Beach|Grove|Landing|Crossing|Junction|Mills|Ferry|Haven|Cove|Bluffs?"
    r"|Rapids|Prairie|Meadows|Woods|Forks?|Canyon|Flats|Hollow|Gap|Glen|Ford|Wells|Corners)"
)


def _kind_of(key: str) -> int:
    """Whether a word (its key) is safe, a name only in a name position, or a name."""
    vocab = _vocabulary()
    if key in world_cities() and key not in vocab.safe and key not in vocab.eponyms:
        # a town, though it reads as two words or a drug's ending: "Antipolo", "Southend-on-Sea"
        return _NAME
    if "-" in key:
        # a known compound as a whole: "X-ray" (though "Ray" is a name), "Hunt-Hess"
        if (key in vocab.safe or key in vocab.eponyms) and key not in vocab.names:
            return _SAFE
        parts = [part for part in key.split("-") if part]
        if all(part in vocab.eponyms for part in parts):
            return _SAFE  # "Child-Pugh", "Guillain-Barre"
        if len(parts) > 1 and parts[0] in _WORD_PREFIXES:
            parts = parts[1:]  # "Pre-morbid", "Non-weight-bearing": the word after the prefix
        return max(_kind_of(part) for part in parts) if parts else _SAFE
    if len(key) <= 2 or key in vocab.proper or key in _TITLES:
        return _SAFE  # (a title is no name: the word after it is, see _after_titles)
    if key in vocab.safe or key in vocab.eponyms:
        return _AMBIGUOUS if key in vocab.names else _SAFE
    if key in vocab.names:
        return _NAME
    if key.endswith(_CLINICAL_SUFFIXES) or (len(key) >= 8 and key.endswith(_LONG_SUFFIXES)):
        return _SAFE
    if derived_word(key):
        return _SAFE
    if inflected_from(key, vocab.safe):
        return _SAFE
    stem = key[:-1]
    apgars = key.endswith("s") and stem in vocab.eponyms and stem not in vocab.names
    return _SAFE if apgars or _compound(key, vocab.compound_parts) else _NAME


_SHORTEST_COMPOUND: Final = 7
# prefixes glued to a common word of six letters or more; shorter, the word is more often a
# surname ("Reinert", "Unwin"), and "de", "co" and "bi" open surnames and towns too often
# ("Deforest", "Coburg", "Bishan"). After "re" and "dis" the word itself must be listed, not
# only its stem: "Redinger", "Dishinger" are surnames.
_GLUED_PREFIXES: Final = tuple(
    split_words("contra broncho under over semi multi poly dys mis dis un re")
)
_SHORTEST_AFTER_PREFIX: Final = 6
_LONGEST_COMPOUND: Final = 60  # two of the longest words; a longer token is not split at all
_SCALE_VERSION: Final = re.compile(r"-(?:I{1,3}|IV|VI{0,3}|R|2)$")
_SUBDIVIDED_GRADE: Final = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)[a-d]")


def _compound(key: str, safe: frozenset[str]) -> bool:
    """Whether ``key`` is two common words of three letters or more, seven letters or more in
    all ("wheelchair", "daytime"), or a common word behind a medical prefix
    ("neurostimulator"). A shorter word read as two is more often a name ("Okafor" is "oka"
    and "for", "Corwin" is "cor" and "win")."""
    if behind_medical_prefix(key, safe):
        return True
    if key.startswith(_GLUED_PREFIXES):
        for prefix in _GLUED_PREFIXES:
            rest = key[len(prefix) :]
            if key.startswith(prefix) and len(rest) >= _SHORTEST_AFTER_PREFIX and (
                rest in safe or (prefix not in ("re", "dis") and inflected_from(rest, safe))
            ):
                return True  # "Refeeding", "Unwitnessed", "Contraindications"
    if not _SHORTEST_COMPOUND <= len(key) <= _LONGEST_COMPOUND or key.endswith(_PLACE_ENDINGS):
        return False
    return any(key[:i] in safe and key[i:] in safe for i in range(3, len(key) - 2))


# the endings of English places, which a compound of two common words with one is more often
# than a word: "Stonehaven", "Ledbury", "Castleford" (a common word so made is in the word list
# itself: "battlefield")
_PLACE_ENDINGS: Final = tuple(
    split_words(
        """bury borough burgh haven chester caster thorpe stead worth wick wich mouth ford ham
        ton ley dale holme bridge field stow minster combe"""
    )
)


_KINDS: Final = _KindMemo()


class _SafeRunMemo(dict[str, bool]):
    """Run of capitalised words as written -> whether it is safe wherever it stands.

    A run is safe when every word of it is safe and none but the last is a title ("Blood
    Pressure", "Patient Education"): it holds PHI only after a title (``after_title``).
    On the padded benchmark notes one run in ten was a safe run of several words; settling
    it here, instead of word by word in :func:`_run_spans`, cut the time spent on capitalised
    runs from 47 to 33 ms per pass over the 500 notes.
    """

    def __missing__(self, run: str) -> bool:
        if len(self) >= 100_000:
            self.clear()
        words = run.replace("\t", " ").split(" ")
        safe = self[run] = all(_KINDS[word] == _SAFE for word in words) and not any(
            word.lower() in _TITLES or word.lower() in _GREETINGS for word in words[:-1]
        )
        return safe


_SAFE_RUNS: Final = _SafeRunMemo()


_NEXT_WORD: Final = re.compile(r"[ \t]+([A-Za-z]+)")
# Bedside scores named after people whose names are common names too, and hospital wards:
# "Braden 13" is a score, "Ward 6B" a place
_GRADED_NAMES: Final = frozenset(
    split_words(
        "braden morse norton waterlow ballard wells clark gleason tanner bishop fisher ward berg"
        " alvarado marsh fazekas lawton day"  # ("Day +17" after a transplant, "Day 0")
    )
)
_TITLE_BEFORE: Final = re.compile(grouped_alternation(_TITLE_WORDS) + r"\.? $")
# a title in capitals with its full stop, before one word in capitals: "MR. KING" (the word
# is a name only if it is a known one: "HX OF MS. PATIENT IS WELL")
_CAPITAL_TITLE_BEFORE: Final = re.compile(r"(?<![\w.])(?:MRS?|MS|DR|MISS|PROF)\. $")
_CAPITAL_AFTER: Final = re.compile(r"[ \t]+[A-Z]")
_GRADE_AFTER: Final = re.compile(
    r"[ \t]+(?:[IV]{1,4}|[+−-]?\d{1,3}(?:/\d{1,2})?)[a-dA-F]?(?!\w|\.\d)"
)


def _eponym_context(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is part of an eponymous term ("Bell's palsy"): a
    head word ("palsy", "scale") one or two words after it."""
    if text.startswith(("'s", "’s"), end):
        return True
    if text.startswith(("'", "’"), end):  # "Graves' disease", "Homans' sign"
        end += 1
    if text.startswith("-", end) and end + 1 < len(text) and text[end + 1].isupper():
        return True
    return _head_within_two_words(text, end, _EPONYM_HEADS)


def _head_within_two_words(text: str, end: int, heads: frozenset[str]) -> bool:
    """Whether one of ``heads`` is the word after ``end`` or the word after that ("Morse Fall
    Scale", "Hoehn and Yahr stage")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    if m.group(1).lower() in heads:
        return True
    m = _NEXT_WORD.match(text, m.end())
    return m is not None and m.group(1).lower() in heads


# Head words that make any word right before them an eponym, whoever it names ("Capgras
# delusion", "Kleihauer test 2 mL", "Parinaud's syndrome"), unless a title stands before it:
# a person is not followed by "syndrome". The weak ones ("test", "score", "stage") do so only
# with a value after them ("Schober test 3 cm", "Tubiana stage 2"; not "Jones test results").
_STRONG_HEADS: Final = frozenset(
    split_words(
        """disease syndrome palsy sign phenomenon delusion aphasia thrombasthenia contracture
        fracture lymphoma sarcoma triad criteria classification encephalopathy thyroiditis
        anomaly malformation dystrophy myopathy cardiomyopathy chorea ataxia hernia cyst
        reflex maneuver manoeuvre procedure operation oesophagectomy esophagectomy
        fundoplication applanation tonometry neuralgia neuroma disorder carditis fibers fibres
        cells tendon esophagus oesophagus incision retractor drain drains needle murmur
        protocol defect hysterotomy pupil orbitopathy discriminant suture sutures point
        spindle plaque plaques rods bodies protein nodes hump fingers dynamometer splint
        harness frame pin pins wire wires tube maneuvers manoeuvres purpura angina click
        clicks curve screw tubercles uterus balloon contractions paresis circulation sequence
        syndrom syndromet syndromu variant pupils biplane shunt clamp nomogram tumor tumour
        tumors tumours papules flap repair regimen notch nodule nodules spots technique lesions
        fever virus viruses encephalitis hemorrhagic haemorrhagic goggles exercises"""
    )
)
# endings of a pathology or an operation that make a head word too: "Takayasu arteritis",
# "Scheuermann kyphosis", "Heller myotomy"
_HEAD_ENDINGS: Final = ("itis", "osis", "pathy", "otomy", "ectomy", "plasty", "trophy")
_WEAK_HEADS: Final = frozenset(
    split_words("test score scale index stage grade class type chart behaviour behavior")
)
# a grade or a score's value after a weak head: short ("Schober test 3 cm"), never a record
# number ("Donna James  Chart 0910664054"); or a result ("Coombs test negative"), or the end
# of an item in a list ("Thessaly test, Phalen test")
_VALUE_AFTER: Final = re.compile(
    r"[ \t]+(?:[IVX]{1,4}[A-Da-d]?|\d{1,3}(?:[.,:/]\d{1,3})*[a-d]?|[A-D])(?![\w])"
    r"|[ \t]+(?:negative|positive|normal|abnormal)\b|[ \t]*[,;)]"
)
# two or three names joined by hyphens, as classifications are named, and the Roman numeral
# of a grade after them (a person's "III" follows a given name too: "Ana Ruiz-Lopez III")
_GRADED_PAIR_OF_EPONYMS: Final = re.compile(
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+){1,2}[ \t]+(?:I{1,3}|IV|VI{0,3})[a-dA-D]?(?![\w-])"
)
# the head word right after a name: one space apart, as in a term ("Capgras delusion")
_HEAD_WORD: Final = re.compile(r" ([A-Za-z]+)")
_POSSESSIVE: Final = ("'s", "’s", "'", "’")
# the other name of a pair before one head word
_PARTNER: Final = re.compile(r"(?: (?:or|and|&) |/)([A-Z][a-z]+(?:-[A-Z][a-z]+)*)")
_PARTNER_LEADS: Final = (" or ", " and ", " & ", "/")


def _before_head(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` is an eponym by the head word after it (see
    :data:`_STRONG_HEADS`), the part of the body before it ("circle of Willis") or a town's
    classification ("Paris 0-IIa")."""
    if _OF_EPONYM.search(text, max(0, start - 14), start) or _classification(text, start, end):
        return True
    if _DISEASE_OF.search(text, max(0, start - 24), start) and _eponym_after_particle(
        text, start, end
    ):
        return True  # "enfermedad de Graves", "ziekte van Parkinson", "Morbus Addison"
    graded_pair = _GRADED_PAIR_OF_EPONYMS.match(text, start)
    if graded_pair is not None and graded_pair.end() >= end:
        return True  # "Salter-Harris III", "Durie-Salmon IIA", "Bismuth-Corlette IIIa"
    at = end
    for mark in _POSSESSIVE:
        if text.startswith(mark, at):
            at += len(mark)
            break
    partner = _PARTNER.match(text, at) if text.startswith(_PARTNER_LEADS, at) else None
    if partner is not None:  # "Ortolani or Barlow click", "Hunt and Kosnik scale 2"
        return _before_head(text, partner.start(1), partner.end(1))
    head = _HEAD_WORD.match(text, at)
    if head is None:
        return False
    word = head.group(1).lower()
    is_head = (
        word in _STRONG_HEADS
        or (len(word) > 6 and word.endswith(_HEAD_ENDINGS))
        or (word in _WEAK_HEADS and _VALUE_AFTER.match(text, head.end()) is not None)
    )
    return is_head and not _TITLE_BEFORE.search(text, max(0, start - 6), start)


# Towns that name clinical classifications, scales and criteria: "Paris 0-IIa", "Montreal A2
# L3 B1", "Prague C2M4", "Bethesda IV", "Sydney system", "Edmonton Frail Scale 7"
_CLASSIFICATIONS: Final = frozenset(
    split_words(
        """paris montreal prague bethesda lugano vienna kyoto baveno atlanta milan sydney rome
        berlin seattle manchester geneva padua edmonton vancouver ottawa amsterdam rotterdam
        budapest tokyo naples kampala denver oxford boston toronto"""
    )
)
# a classification's value: a Paris type, Montreal or Prague codes, a Roman numeral, a grade
_CLASSIFICATION_VALUE: Final = re.compile(
    r"[ \t]+(?:0-I{1,3}[a-cps+]*|[A-Z]\d[a-z]?(?:[ \t]?[A-Z]\d[a-z]?)*|[IV]{1,4}[a-d]?"
    r"|(?:category|class|grade|stage|type)[ \t]+(?:\d+|[IV]{1,4}|[A-D]))(?![\w-])"
)
_CLASSIFICATION_HEADS: Final = _EPONYM_HEADS | frozenset(
    split_words("system triage protocol definition guidelines consensus model")
)


def _classification(text: str, start: int, end: int) -> bool:
    """Whether the first word of ``text[start:end]`` is a town that names a clinical
    classification here: with its value after it, or a head word one or two words after it
    ("Montreal Cognitive Assessment")."""
    town = text[start:end].split(" ", 1)[0]
    if town.lower() not in _CLASSIFICATIONS:  # (a set lookup first: asked of every name)
        return False
    if _PLACE_PREPOSITION.search(text, max(0, start - 8), start):
        return False  # "flew to Paris III days later"
    end = start + len(town)
    return bool(_CLASSIFICATION_VALUE.match(text, end)) or _head_within_two_words(
        text, end, _CLASSIFICATION_HEADS
    )


def eponym_context(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an eponym used in a clinical term (then not a name)."""
    word = _plain(text[start:end])
    eponym = (
        (word in _GRADED_NAMES and _scored(text, start, end))
        or _before_head(text, start, end)
        or (word in _vocabulary().eponyms and _eponym_term(text, start, end))
    )
    # a person with a title is none: "Dr. Smith sign here"
    return eponym and not _TITLE_BEFORE.search(text, max(0, start - 6), start)


# a disease, a sign or a scale before its eponym in other languages, and its particle
_DISEASE_OF: Final = re.compile(
    r"(?<![\w-])(?i:ziekte|morbus|maladie|malattia|enfermedad|doença|s[ií]ndrome|syndrome|bệnh"
    r"|penyakit|sindrom|sindroma"
    r"|syndrom|signe|signo|sinal|segno|escala|scala|échelle|zeichen|prueba|teste"
    r"|clasificación|classificação|classification)[ \t]+"
    r"(?:(?:van|von|de|di|du|da|do|des|del)[ \t]+)?\Z"
)
_PARTICLE_OPENING: Final = re.compile(r"(?:van|von|de|di|du|da|do|des|del)[ \t]+")


def _eponym_after_particle(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a particle before it apart ("van Parkinson"), is an
    eponym of the list."""
    particle = _PARTICLE_OPENING.match(text, start, end)
    word = text[particle.end() if particle else start : end]
    return _plain(word) in _vocabulary().eponyms


# a part of the body named after its describer: "circle of Willis", "islets of Langerhans"
_OF_EPONYM: Final = re.compile(
    r"\b(?:circle|islets?|loop|ampulla|sphincter|pouch|bundle|canal|organ|crypts?|node"
    r"|ligament|triangle|foramen|tubercle|nucleus|duct|space|column)[ \t]+of[ \t]+$"
)


# eponyms that stand alone for what they name: an instrument or a test ("on Doppler", "Foley
# draining", "grip (Jamar)", "Borg 7") and, as a possessive, a disease ("with Parkinson's")
_NOUN_EPONYMS: Final = frozenset(split_words("doppler foley holter jamar borg"))
_DISEASE_EPONYMS: Final = frozenset(
    split_words(
        """parkinson alzheimer crohn hodgkin huntington graves cushing addison raynaud meniere
        tourette asperger hashimoto paget barrett kawasaki behcet sjogren dupuytren peyronie"""
    )
)


def _eponym_noun(word: str) -> bool:
    """Whether a lone word (no capitalised neighbour, no title before it) is one of the
    eponyms that stand alone as nouns (see above)."""
    key = _plain(word)
    return key in _NOUN_EPONYMS or (key in _DISEASE_EPONYMS and word.endswith(("'s", "’s")))


def _eponym_term(text: str, start: int, end: int) -> bool:
    """:func:`_eponym_context`, or a grade or score after an eponym that is no person's name
    ("Mallampati III", "Hinchey 2"): after a name ("Smith 09") a number may be anything,
    except after the name of a bedside scale (:func:`_scored`)."""
    if _eponym_context(text, end):
        return True
    word = _plain(text[start:end])
    if word in _vocabulary().graded:
        return _GRADE_AFTER.match(text, end) is not None
    return word in _GRADED_NAMES and _scored(text, start, end)


def _scored(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` (one of :data:`_GRADED_NAMES`) names a score or a ward
    with its value: "Braden 13," and "Ward 6B" are; "Mrs. Braden 13 days ago" and "Braden 13
    Main St" are not. Such a word stays a name everywhere else ("Ballard left.")."""
    grade = _GRADE_AFTER.match(text, end)
    return (
        grade is not None
        and not _TITLE_BEFORE.search(text, max(0, start - 6), start)
        and not _CAPITAL_AFTER.match(text, grade.end())
    )


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the character before ``start`` (a space skipped) continues a sentence: not
    past a column's gap, a tab or two spaces ("Niamh Bríd   Date of birth")."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if start - i > 2 or "\t" in text[i + 1 : start]:
        return False
    if i >= 0 and text[i] == "-":  # mid-March, early-May
        return i > 0 and text[i - 1].isalpha()
    if i >= 1 and text[i] == "." and text[i - 1].isupper() and not text[i - 2 : i - 1].isalnum():
        return True  # after an initial, which ends no sentence: "Aniket V. Kulkarni"
    return i >= 0 and (text[i].islower() or text[i] == ",")


# a German or Austrian doctorate's field after "Dr.": "Dr. med.", "Dr. med. dent.", "Dr. rer. nat."
_DEGREE_AFTER_TITLE: Final = re.compile(
    r"(?:(?:med|dent|rer\. nat|phil|univ|habil|vet|jur)\.[ \t]+)+"
)


def _after_titles(text: str) -> frozenset[int]:
    """Where the words right after a title start: one scan, then a set lookup per word.

    Asking for every capitalised word whether a title stands before it cost a tenth of the
    net's time on the benchmark notes (most words follow ". ", which may end a title).
    """
    ends = set()
    starts = set()  # of the titles: the word after a title is no name when it is one
    for m in _TITLE.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in " (\t\n":
            starts.add(m.start())
            ends.add(m.end())
            degree = _DEGREE_AFTER_TITLE.match(text, m.end())
            if degree is not None:
                ends.add(degree.end())  # "Dr. med. Löwer", "Dr. rer. nat. Hölzl"
            # "Dr P. Ramdial", "Ms K. Barraclough", "Dr AJ Okafor" (most titles come before a
            # word in title case: the pattern is tried only before two capitals or a capital
            # and its stop)
            after = text[m.end() : m.end() + 2]
            if after[:1].isupper() and (after[1:].isupper() or after[1:] in (".", " ")):
                initials = _INITIALS_AFTER_TITLE.match(text, m.end())
                if initials is not None:
                    ends.add(initials.end())
    return frozenset(ends - starts)  # ("Frau Dr. med. Hölzl")


# A brand in parentheses after its drug or device ("tofacitinib (Xeljanz)", "IVC filter
# (Denali)") or before a dose ("(Omnipaque 350) 75 mL"), or after an Indian prescription's
# dose form ("Tab. Telma 40", "Cap. Pregabalin 75"): a product, no person.
_WORD_BEFORE_PARENTHESIS: Final = re.compile(r"(?<![\w-])([a-z][a-z-]{3,})\Z")
_DOSE_AFTER_PARENTHESIS: Final = re.compile(
    r"[^()\n]{1,30}\)[ \t]*\d[\d.,/]*[ \t]*(?:mg|mcg|g|mL|ml|units?|IU|mg/kg)\b"
)
_DEVICE_NOUNS: Final = frozenset(
    split_words("filter shunt tube splint catheter pump stent monitor valve dressing implant")
)
_DRUG_ENDINGS: Final = tuple(
    split_words(
        """mab nib pril sartan olol statin azole cillin mycin floxacin dipine prazole tidine
        gliptin gliflozin glutide parin xaban afil triptan setron lukast terol olone"""
    )
)
# (its start checked in Python: word_start_matches)
_DOSE_FORM: Final = re.compile(r"(?:Tab|Cap|Inj|Syp|Syr|Tabs|Caps)\.?[ \t](?=[A-Z])")


def _brand_names(text: str) -> frozenset[int]:
    """Where the brand names of :data:`_WORD_BEFORE_PARENTHESIS` start."""
    starts: set[int] = set()
    at = text.find(" (")
    while at >= 0:
        inside = at + 2
        word = _WORD_BEFORE_PARENTHESIS.search(text, max(0, at - 30), at)
        if inside < len(text) and text[inside].isupper() and word is not None:
            key = word.group(1)
            if (
                _is_drug(key)
                or key in _DEVICE_NOUNS
                or _DOSE_AFTER_PARENTHESIS.match(text, inside) is not None
            ):
                starts.add(inside)
        at = text.find(" (", inside)
    if "Tab" in text or "Cap" in text or "Inj" in text or "Sy" in text:
        starts.update(m.end() for m in word_start_matches(_DOSE_FORM, text))
    return frozenset(starts)


def _is_drug(word: str) -> bool:
    """Whether a lower-case word names a drug, by the list or by a drug's ending (not a
    disease's: "bronchitis (Maria brought him)")."""
    return word in drug_names() or word.endswith(_DRUG_ENDINGS) or (
        len(word) >= 8 and word.endswith(("ine", "ide", "ate", "one"))
    )


def _after_lone_names(text: str, known: Sequence[Raw]) -> frozenset[int]:
    """Where a word starts right after a detected name of one word or ending in an initial
    ("DENISE A FAIRWEATHER", "DR. K. PATEL"): like a title, such a name is followed by more
    of the name."""
    return frozenset(
        end + 1
        for start, end, entity, _score in known
        if entity == "PERSON"
        and text.startswith(" ", end)
        and (" " not in text[start:end] or _ends_with_initial(text, end))
    )


def _before_lone_names(text: str, known: Sequence[Raw]) -> frozenset[int]:
    """Where a word would end one space before a detected name of one word in capitals: a
    run of capitals there that is no title and no safe word is more of the name ("LUCIENE"
    before "SOARES", found elsewhere as a surname)."""
    return frozenset(
        start - 1
        for start, end, entity, _score in known
        if entity == "PERSON"
        and text[start - 1 : start] == " "
        and " " not in text[start:end]
        and text[start:end].isupper()
    )


def _given_names_in_capitals(run: str) -> bool:
    """Whether no word of a run in capitals is a title or a safe word ("DR", "DEAR",
    "PATIENT")."""
    return not any(
        (key := word.lower().rstrip(".")) in _TITLES or key in _OTHER_TITLES or _SAFE_RUNS[word]
        for word in run.replace("\t", " ").split(" ")
    )


def _ends_with_initial(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with an initial: a capital letter on its own and a full stop."""
    return (
        end >= 2
        and text[end - 1] == "."
        and text[end - 2].isupper()
        and not text[end - 3 : end - 2].isalpha()
    )


# a dose after a word: a number (a decimal comma too, a ratio) and a unit a drug is dosed in
_DOSE_AFTER: Final = re.compile(
    r"[ \t]+\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?[ \t]?"
    r"(?:mg|mcg|µg|ug|g|mL|ml|IU|units?|mmol|mEq|%|tabs?|caps?|puffs?)(?![A-Za-z])"
)


_SHORTEST_USER_NAME: Final = 5
_DETERMINER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:the|The|a|an|this|that|our|your|its|my)[ \t]\Z"
)


def _initial_and_surname(word: str) -> bool:
    """Whether a word in capitals is an initial glued to a known surname, as systems make user
    names ("PWALSH", "KMAHONEY"): neither the word nor the surname is a common word."""
    vocab = _vocabulary()
    return (
        len(word) >= _SHORTEST_USER_NAME
        and word.isalpha()
        and _plain(word[1:]) in vocab.names
        and _plain(word[1:]) not in vocab.safe
        and _KINDS[word.title()] == _NAME
        and _plain(word) not in vocab.names
    )


# a species' Latin epithet after its genus: "Candida auris", "Amanita phalloides"
_EPITHET_AFTER: Final = re.compile(
    r"[ \t]([a-z]{3,}(?:is|us|um|ae|ii|ensis|oides|ans|ens|ica|icum|icus|ata|atus|alis|ella))\b"
)


def _genus(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` names a genus: a Latin epithet no English word
    follows it (:data:`_EPITHET_AFTER`; not "Candida is", "Marcus hits")."""
    epithet = _EPITHET_AFTER.match(text, end)
    return epithet is not None and _plain(epithet.group(1)) not in _vocabulary().safe


# what follows a word that heads a line and is no name: a colon or a dash ("Lähete — faksi",
# "Postnr./sted:"), or a word in lower case of no English list ("Korvaus maksetaan",
# "Fiche de liaison"; not "Okonkwo test results", "Des was admitted")
_HEADING_AFTER: Final = re.compile(r"[ \t]+([a-zà-ÿ][\w'’-]*)|[ \t]*[:—–]|[ \t]+-[ \t]")


def _heading(text: str, end: int) -> bool:
    """Whether what follows the word ending at ``end`` makes it a heading
    (:data:`_HEADING_AFTER`)."""
    after = _HEADING_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1) is None:
        return True
    word = _plain(after.group(1))
    safe = _vocabulary().safe
    return word not in safe and not inflected_from(word, safe)


def _first_on_line(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its line (spaces before it apart; walked
    back over the spaces only, not to the line's start: a megabyte on one line is not read
    again for each of its words)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


# The keys of a FHIR resource's, a CDA document's or an export's fields that hold a code or a
# code's display, never a person: "resourceType": "Patient", use="HP", styleCode="Bold",
# displayName="Never Married"; a coding's "display" beside its "code" ("display": "High")
_CODED_KEYS: Final = frozenset(
    split_words(
        """resourcetype type use stylecode status system unit gender valuecode displayname code
        category interpretation mode kind intent priority language severity class method
        classcode moodcode typecode determinercode csd-code state country modality"""
    )
)
_CODED_VALUE_OPENERS: Final = frozenset("\"'")
# (a key whole: "postal_code" is none of them; DICOM's audit messages write "csd-code")
_KEY_BEFORE_VALUE: Final = re.compile(
    r"(?<![\w-])[\"']?((?:csd-)?[A-Za-z]+)[\"']?[ \t]*[:=][ \t]*[\"']$"
)
_CODE_KEY_IN_OBJECT: Final = re.compile(r"[\"']code[\"']?[ \t]*[:=]")
_KEY_REACH: Final = 24
_OBJECT_REACH: Final = 160
_LOG_LEVEL_BEFORE: Final = re.compile(r"(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)[ \t]+\[$")


def _coded_value(text: str, start: int) -> bool:
    """Whether the value opening at ``start`` after its quote is a field's whose key holds a
    code (:data:`_CODED_KEYS`), or a coding's display: "display" in an object that holds a
    "code" too (a reference's display names a practitioner)."""
    key = _KEY_BEFORE_VALUE.search(text, max(0, start - _KEY_REACH), start)
    if key is None:
        return False
    name = key.group(1).lower()
    if name in _CODED_KEYS:
        return True
    if name != "display":
        return False
    opening = max(text.rfind("{", 0, start), start - _OBJECT_REACH, 0)
    closing = text.find("}", start)
    end = closing if closing >= 0 else len(text)
    return _CODE_KEY_IN_OBJECT.search(text, opening, min(end, start + _OBJECT_REACH)) is not None


# A brand's name beside its generic drug's, one of them in brackets: "Priadel (lithium
# carbonate) 1000 mg", "Trelegy Ellipta (fluticasone furoate/umeclidinium)", "Macrogol 3350
# (Laxido)", "Insulin isophane (Protaphane)". The brackets hold drugs and a strength only
# ("Alfie (sertraline 6 months)" names a child).
_BRACKETS: Final = frozenset(" )")
_STRENGTH = r"(?:[ \t][\d.,]+[ \t]?(?:mg|mcg|µg|g|%|mL|ml|units?|micrograms?|IU))?"
_DRUG_WORDS = r"[A-Za-z][a-z-]+(?:[ \t/+][a-z][a-z-]+){0,3}"
_GENERIC_IN_BRACKETS_AFTER: Final = re.compile(rf"[ \t]?\(({_DRUG_WORDS}){_STRENGTH}\)")
_GENERIC_BEFORE_BRACKET: Final = re.compile(
    rf"(?<![\w-])({_DRUG_WORDS})(?:[ \t][\d.,]+)?{_STRENGTH}[ \t]?\($"
)
_GENERIC_REACH: Final = 60


def _brand(text: str, start: int, end: int) -> bool:
    """Whether the run of capitalised words at ``start:end`` is a drug's brand beside its
    generic name (:data:`_GENERIC_IN_BRACKETS_AFTER`) and none of its words is a name."""
    generic = _GENERIC_IN_BRACKETS_AFTER.match(text, end)
    if generic is None and text.startswith(")", end):
        generic = _GENERIC_BEFORE_BRACKET.search(text, max(0, start - _GENERIC_REACH), start)
    if generic is None:
        return False
    drugs = drug_names()
    names = _vocabulary().names
    return any(word.lower() in drugs for word in _DRUG_WORD.findall(generic.group(1))) and not any(
        _plain(word) in names for word in text[start:end].split()
    )


_DRUG_WORD: Final = re.compile(r"[A-Za-z][a-z-]+")


# A word cut short before a full stop is the start of a common word ("Occ.", "Diag.",
# "Readm.", "Transf.", "Relig."): three to six letters, and no name's. Three letters only
# where the sentence goes on in lower case ("Occ. furnace tender"): a nickname ends one
# ("crew Asif & Bev.") and "Sto. Tomas" is a town.
_SHORTEST_CUT: Final = 3
_LONGEST_CUT: Final = 6
_LOWER_CASE_GOES_ON: Final = re.compile(r"\.[ \t][a-z0-9]")


@cache
def _word_starts() -> frozenset[str]:
    """The first three to six letters of the common words, two letters short of them at
    least (a cut word leaves some out)."""
    return frozenset(
        word[:n]
        for word in _vocabulary().compound_parts
        if word.isalpha()
        for n in range(_SHORTEST_CUT, min(_LONGEST_CUT, len(word) - 2) + 1)
    )


def _abbreviation(text: str, end: int, word: str) -> bool:
    """Whether a capitalised word before the full stop at ``end`` is a common word cut short
    (see :func:`_word_starts`), and no known name."""
    key = _plain(word)
    return (
        _SHORTEST_CUT <= len(key) <= _LONGEST_CUT
        and (len(key) > _SHORTEST_CUT or _LOWER_CASE_GOES_ON.match(text, end) is not None)
        and key in _word_starts()
        and key not in _vocabulary().names
    )


def _lone_word_is_phi(
    text: str, start: int, word: str, strict: bool, after_title: frozenset[int]
) -> bool:
    """Whether a capitalised word with no capitalised neighbour is a name.

    ``after_title`` holds the starts of the words that follow a title (:func:`_after_titles`)
    or a one-word name (:func:`_after_lone_names`).
    """
    kind = _KINDS[word]
    if kind == _SAFE:
        return start in after_title and _plain(word) not in _vocabulary().clinical
    if start not in after_title and _before_head(text, start, start + len(word)):
        return False  # "Capgras delusion", "Schober test 3 cm"
    if start not in after_title and _genus(text, start + len(word)):
        return False  # "Candida auris", "Amanita phalloides"
    if kind == _NAME:
        if _plain(word) in _GRADED_NAMES and _scored(text, start, start + len(word)):
            return False  # "Ballard 30 wks"
        in_use = common_noun_in_use(text, start, start + len(word))
        if in_use and not strict and start not in after_title:
            return False  # "Max 4 tablets/day"
        if text.startswith(".", start + len(word)) and _abbreviation(text, start + len(word), word):
            return False  # a word cut short: "Occ. furnace tender", "Diag. Dementia"
        if (
            not strict
            and start not in after_title
            and _first_on_line(text, start)
            and _heading(text, start + len(word))
            and _plain(word) not in _vocabulary().names
            and _plain(word) not in world_cities()
            and not word.isupper()
        ):
            return False  # a word nobody knows heading a line: "Refusjon til", "Lähete —"
        # a word nobody knows before a dose is a drug ("Alvedon 500 mg", "Waran 2,5 mg")
        return (
            start in after_title
            or not _DOSE_AFTER.match(text, start + len(word))
            or _plain(word) in _vocabulary().names
        )
    if start in after_title:
        return True  # "Dr R. OLIVEIRA in fracture clinic" (no eponym after a title)
    if not strict and _used_as_common_word(text, start, start + len(word)):
        return False
    if not strict and _DETERMINER_BEFORE.search(text, max(0, start - 6), start):
        return False  # a noun: "to the Master, Capt. Petrović", "on the Ward"
    if not strict and _eponym_noun(word):
        return False  # "on Doppler", "Foley patent", "a man with Parkinson's"
    return not _eponym_term(text, start, start + len(word)) and (
        strict or (not word.isupper() and _mid_sentence(text, start))
    )



# a word cut short before a word in lower case, a hyphen or a number: "Pat. schläft",
# "Pat.-Nr.", "Pat. 1:" (a name ends its sentence before a capital)
_CUT_SHORT_AFTER: Final = re.compile(r"\.(?:-|[ \t]+[a-zäöüß\d])")


def _used_as_common_word(text: str, start: int, end: int) -> bool:
    """Whether a word that is a common word and a name (``Ward``, ``Max``, ``Pat``) is used
    as the common word (:func:`common_noun_in_use`), or is a word cut short."""
    if common_noun_in_use(text, start, end):
        return True
    cut_short = _CUT_SHORT_AFTER.match(text, end) is not None
    return cut_short and _plain(text[start:end]) in _word_starts()


_PLACE_PREFIXES: Final = frozenset(
    split_words(
        "San Santa Santo São Los Las El Port Fort Saint St Ste Mount Mt Lake Glen Puerto Porto"
    )
)
_ROLE_CAPITALS: Final = frozenset(split_words("RN NP LPN LVN CNA PA CRNA APRN MD"))


def _common_words(run: str) -> bool:
    """Whether every word of ``run`` is a common word and no given name ("FROM THEIR HOME"
    after "WIFE, LORETTA," in a note in capitals is no more of her name)."""
    vocab = _vocabulary()
    return all(
        _KINDS[word] == _SAFE and _plain(word) not in vocab.given
        for word in run.replace("\t", " ").split(" ")
    )


# the words in lower case of a heading in another language, up to its colon: "Ficha de
# traslado:", "Nalaz laboratorije:", "Lettre de cardiologie :"
_HEADING_WORDS_AFTER: Final = re.compile(r"((?:[ \t][^\W\d_A-Z]+){1,3})[ \t]?:")


def _foreign_heading(text: str, end: int) -> bool:
    """Whether a colon follows ``end`` at once, or after words in lower case the last of which
    is no English word (a heading in another language, not "Maria said:")."""
    if text.startswith(":", end):
        return True
    words = _HEADING_WORDS_AFTER.match(text, end)
    return words is not None and not _english(words.group(1).split()[-1])


def _form_label(text: str, start: int, run: str) -> bool:
    """Whether a run before a colon is a form's label: one word that opens a line or a cell
    ("Domicilio:", "Rozpoznanie:", "| Betreft:"), in any language, and no person's name (a
    chat's speaker stays one: "Maria:")."""
    if " " in run or "\t" in run:
        return False
    before = text[max(0, start - 2) : start]
    if not (start == 0 or before.endswith(("\n", "|", "\t", "| ")) or before == "  "):
        return False
    return _plain(run) not in _vocabulary().names


def _run_spans(
    text: str,
    start: int,
    run: str,
    strict: bool,
    after_title: frozenset[int],
    add: Callable[[Raw], None],
) -> None:
    """Report the PHI words of a run of capitalised words (``after_title``: see above)."""
    run_end = start + len(run)
    if text[start - 1 : start] in _CODED_VALUE_OPENERS and _coded_value(text, start):
        return  # a code's word in a record's field: "resourceType": "Patient", use="HP"
    if text[start - 1 : start] == "[" and _LOG_LEVEL_BEFORE.search(text, max(0, start - 9), start):
        return  # a logger's or a channel's name in a log line: "INFO  [ADT-IN-ONT]"
    if text[start - 1 : start] == "|" and _hl7_code_field(text, start):
        return  # an HL7 field that holds a code or a place: "OBR|...|Blood^Venous", "PV1|1|E|ED"
    if (
        text[run_end : run_end + 1] in _BRACKETS
        and start not in after_title
        and _brand(text, start, run_end)
    ):
        return  # a brand beside its generic drug: "Priadel (lithium)", "macrogol (Laxido)"
    if " " not in run and "\t" not in run:  # a single word: most runs
        if _lone_word_is_phi(text, start, run, strict, after_title):
            add((start, start + len(run), "PERSON", NET_SCORE))
        return
    vocab = _vocabulary()
    words: list[tuple[int, int, int]] = []  # (start, end, kind)
    pos = start
    for piece in run.replace("\t", " ").split(" "):
        end = pos + len(piece)
        words.append((pos, end, _KINDS[piece]))
        pos = end + 1
    n = len(words)
    titled = text[start : words[0][1]].rstrip(".").lower() in _TITLES  # "Dr Smith sign"
    if (
        n <= _LONGEST_EPONYM
        and start not in after_title
        and not titled
        and _before_head(text, start, pos - 1)
    ):
        return  # "Ivor Lewis oesophagectomy", "Ann Arbor stage IIB"
    phi = [
        kind == _NAME and (s in after_title or not _classification(text, s, e))
        for s, e, kind in words
    ]  # ("Montreal Cognitive Assessment", "FNA Bethesda IV")
    last_start, last_end, _kind = words[-1]
    if (
        phi[-1]
        and words[-2][2] == _SAFE
        and _DOSE_AFTER.match(text, last_end)
        and _plain(text[last_start:last_end]) not in vocab.names
    ):
        phi[-1] = False  # a drug nobody knows after a safe word: "Cap Omez 20 mg"
    if start in after_title:
        phi[0] = True
    for i in range(1, n):
        title = text[words[i - 1][0] : words[i - 1][1]]
        second_title = text[words[i][0] : words[i][1]].rstrip(".").lower() in _TITLES
        if title.lower() in _TITLES and not second_title and (not title.isupper() or run.isupper()):
            phi[i] = True  # "Ms Winter", "DR FARAH" (not "DR" in "Azure XT DR MRI")
        elif title.lower() in _GREETINGS and (
            words[i][2] != _SAFE or _salutation(text, title, words[i], i == n - 1)
        ):
            phi[i] = True  # "Hi Sandy", "Dear Mere,"
    for i, (s, e, kind) in enumerate(words):
        if phi[i]:
            continue
        if kind == _SAFE and i + 1 < n and _brand_before_name(text, words[i], words[i + 1]):
            phi[i] = True  # "Corwin Ashby-Lund"
            continue
        if kind == _SAFE:
            if (
                i > 0
                and phi[i - 1]
                and (
                    words[i - 1][2] != _SAFE
                    or _is_initial(words[i - 1])
                    or (i == 2 and titled and _capital_initials(text, words[1]))
                )
            ):
                # the word after a name is its surname ("Bartholomew Quince", "DR FARAH
                # HADDAD", "DENISE A FAIRWEATHER", "Dr AJ Ramdial"), not a term
                phi[i] = _is_initial(words[i]) or _plain(text[s:e]) not in vocab.clinical
            continue
        if kind != _AMBIGUOUS or _eponym_term(text, s, e):
            continue
        # (a word made a name by its title counts: "Dr Sandeep Ahluwalia", Sandeep a word of
        # the general lists)
        beside_name = (i > 0 and (words[i - 1][2] != _SAFE or phi[i - 1])) or (
            i + 1 < n and words[i + 1][2] != _SAFE
        )
        # a known name, an initial and a word: "DENISE A FAIRWEATHER"
        before_initial = i + 2 < n and _is_initial(words[i + 1])
        # a name after a credential in capitals: "RN Will", "NP Hope"
        after_credential = i > 0 and text[words[i - 1][0] : words[i - 1][1]] in _ROLE_CAPITALS
        phi[i] = beside_name or before_initial or after_credential or strict
    for i in range(1, n):  # "San Juan", "Lake Pamela", "Fort Collins": the prefix of a place
        if phi[i] and not phi[i - 1] and text[words[i - 1][0] : words[i - 1][1]] in _PLACE_PREFIXES:
            phi[i - 1] = True
        elif phi[i] and not phi[i - 1] and text[words[i - 1][0] : words[i - 1][1]] == "Te":
            phi[i - 1] = True  # a Māori name's article: "Te Ariki Herewini-Paul", "J. Te Rangi"
    i = 0
    while i < n:  # one span per stretch of PHI words
        if not phi[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and phi[j + 1]:
            j += 1
        add((words[i][0], words[j][1], "PERSON", NET_SCORE))
        i = j + 1


# whom a letter is addressed to when it names nobody: "Dear Colleague,", "Dear Sir,"
_UNNAMED_ADDRESSEES: Final = frozenset(
    split_words(
        """sir sirs madam colleague colleagues doctor doctors parent parents patient patients
        team all friend friends customer member members family nurse carer caregiver student
        students client clients resident residents neighbour neighbor custodian records
        recipient provider physician practitioner pharmacist counsellor counselor committee
        panel board manager officer judge editor reviewer applicant claimant employer insurer
        agent staff coordinator administrator clinician therapist consultant registrar"""
    )
)


def _salutation(text: str, greeting: str, word: tuple[int, int, int], last: bool) -> bool:
    """Whether ``word`` (a common word) after "Dear" ends the run before a comma or a colon,
    as a letter's salutation names its reader ("Dear Mere,", "Dear Will:"), and is no
    unnamed addressee."""
    start, end, _kind = word
    return (
        greeting in ("Dear", "DEAR")
        and last
        and text.startswith((",", ":"), end)
        and _plain(text[start:end]) not in _UNNAMED_ADDRESSEES
    )


_LONGEST_EPONYM: Final = 2  # words in a run before a head word ("Ivor Lewis")


def _brand_before_name(
    text: str, word: tuple[int, int, int], after: tuple[int, int, int]
) -> bool:
    """Whether ``word``, known only as a drug's name, is a given name: before a known
    surname ("Corwin Ashby-Lund"; not "Panadol Osteo", "Mirena LNG-IUS")."""
    vocab = _vocabulary()
    if _plain(text[word[0] : word[1]]) not in vocab.brands:
        return False
    return any(part in vocab.names for part in _plain(text[after[0] : after[1]]).split("-"))


# A text with fewer capitalised runs than one in this many characters is written in lower
# case, as patients' messages often are: clinical notes hold one in 20 to 40.
_CHARACTERS_PER_RUN: Final = 150
# names that are clinical words in lower case ("gene test", "max dose", "ana negative")
_LOWER_CASE_WORDS: Final = frozenset(split_words("gene genes max ana val min sal mel"))
_LOWER_INITIALS: Final = re.compile(r"(?:[a-z]\.[ ]?){1,3}(?<=[. ])(?=[a-z])")  # "k. ", "r.k. "
_LOWER_WORD: Final = re.compile(r"(?<![\w'’@./-])[a-z][a-z'’-]*[a-z](?![\w@]|[.'’-]\w)")


# An address told in a sentence, as patients write it, in lower case as often as not: "my new
# address is 1930 tara key in ashleystad N5L 6Y8", "lives at 4417 ocean dr apt 12": the house
# number and up to five words, to "in", a comma, a full stop or a postcode; then the town
# after "in", up to three words before a postcode, a comma or a full stop.
_ADDRESS_IN_WORDS: Final = re.compile(
    r"(?:address(?: is)?:?|(?:lives?|living|staying|stays) at|moved to) "
    r"(?P<address>(?:(?:h\.? ?no|house|flat|apt|unit|no)\.? ?)?\d{1,6}[a-z]?"
    r"(?:,? [a-z][a-z'.-]*){1,5}?(?: (?:apt|unit|flat|#)\.? ?\w+)?)"
    r"(?=,| in |\.|$| \d)"
    r"(?: in (?P<town>[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2}?)(?=,|\.| [a-z]?\d))?"
)


# The words that tie a day to a date after them, part of it: "the Monday after Heritage Day",
# "the week before Christmas 2022", "the second Thursday of June", "the evening of July 4"
_DATE_ANCHOR_BEFORE: Final = re.compile(
    r"(?i:\bthe[ \t]+(?:(?:first|second|third|fourth|fifth|last|next|following)[ \t]+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week(?:end)?|morning|afternoon|evening"
    r"|night|day)[ \t]+(?:of|before|after)[ \t]+)\Z"
)


def _date_anchors(text: str, spans: Sequence[Raw]) -> list[Raw]:
    """Each DATE span of ``spans`` with the :data:`_DATE_ANCHOR_BEFORE` before it, as one span."""
    out: list[Raw] = []
    for start, end, entity, _score in spans:
        if entity == "DATE":
            anchor = _DATE_ANCHOR_BEFORE.search(text, max(0, start - 40), start)
            if anchor is not None:
                out.append((anchor.start(), end, "DATE", NET_SCORE))
    return out


# A town named with "upon" ("Newcastle upon Tyne", "Kingston upon Hull"), and Dublin with its
# postal district ("Dublin 8", "Dublin 6W")
_TOWN_WITH_PARTICLE: Final = re.compile(
    r"\b[A-Z][a-z]+ upon [A-Z][a-z]+\b|\b(?:Dublin|DUBLIN) (?:1\d|2[0-4]|6W|[1-9])\b"
)


# An Irish county as addresses write it, and the town before it: "Mallow, Co. Cork",
# "Gerald Ville, Co. Wicklow", "County Mayo" (not a company: "Smith & Co. Ltd")
_IRISH_COUNTY: Final = re.compile(
    r"(?:([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),[ \t]+)?"
    r"(?<![\w&] )\b(?:Co\.|County)[ \t]+(?!Ltd|Limited|Inc)([A-Z][a-z]+)\b"
)


def _irish_counties(text: str) -> list[Raw]:
    """The counties of :data:`_IRISH_COUNTY` and their towns, as CITY spans."""
    out: list[Raw] = []
    for m in _IRISH_COUNTY.finditer(text):
        out.append((*m.span(2), "CITY", NET_SCORE))
        if m[1]:
            out.append((*m.span(1), "CITY", NET_SCORE))
    return out


# (looked for first: " at " stands in most notes, these in fewer)
_ADDRESS_IN_WORDS_CUES: Final = ("address", "s at ", "ing at ", "moved to ")


def _addresses_in_words(lowered: str) -> list[Raw]:
    """The addresses of :data:`_ADDRESS_IN_WORDS` and their towns (``lowered``: the text in
    lower case, of its length)."""
    out: list[Raw] = []
    for m in _ADDRESS_IN_WORDS.finditer(lowered):
        if m.start() and lowered[m.start() - 1].isalnum():
            continue  # (the word's start is checked here: the pattern then scans fast, in C)
        out.append((*m.span("address"), "STREET_ADDRESS", NET_SCORE))
        if m["town"]:
            out.append((*m.span("town"), "CITY", NET_SCORE))
    return out


# A town in lower case after a place's preposition, in a text typed or transcribed in lower
# case: "moved up from dayton", "she's in evanston", "in pueblo west" (one to three words)
_TOWN_AFTER_PREPOSITION: Final = re.compile(
    r"\b(?:in|from|to|near|outside|at)[ ]([a-z][a-z'’-]+(?:[ ][a-z][a-z'’-]+){0,2})"
)
_LONGEST_TOWN_IN_WORDS: Final = 3
_SHORTEST_LOWER_TOWN: Final = 3


def _lower_case_towns(text: str) -> list[Raw]:
    """The towns of :data:`_TOWN_AFTER_PREPOSITION` that the world's list or the US list holds
    (the longest first), not a country's or a common word's name."""
    vocab = _vocabulary()
    towns = world_cities()
    us_towns = cities()
    out: list[Raw] = []
    for m in _TOWN_AFTER_PREPOSITION.finditer(text):
        words = m[1].split(" ")
        for n in range(min(len(words), _LONGEST_TOWN_IN_WORDS), 0, -1):
            key = without_accents(" ".join(words[:n]))
            if (key in towns or key in us_towns) and key not in vocab.proper and (
                n > 1 or (key not in vocab.safe and len(key) > _SHORTEST_LOWER_TOWN)
            ):  # (not "placed at osh", the outside hospital)
                start = m.start(1)
                out.append((start, start + len(" ".join(words[:n])), "CITY", NET_SCORE))
                break
    return out


def _lower_case_names(text: str, gaps: Sequence[tuple[int, int]]) -> list[Raw]:
    """Names in a text written in lower case: a known given name that is no common word,
    and the word after it unless that one is a common word ("mary jones", "florence
    delacroix-nguyen")."""
    vocab = _vocabulary()
    out: list[Raw] = []
    for gap_start, gap_end in gaps:
        words = list(_LOWER_WORD.finditer(text, gap_start, gap_end))
        for i, m in enumerate(words):
            word = m.group()
            if word not in vocab.given or word in _LOWER_CASE_WORDS or _kind_of(word) != _NAME:
                continue  # not a given name, or a common word too ("will", "grace")
            start, end = m.span()
            if text[start - 1 : start] == '"' and _KEY_AFTER_QUOTE.match(text, end + 1):
                continue  # a record's key: "lon": -111.83
            if i + 1 < len(words) and words[i + 1].start() == end + 1:
                after = words[i + 1]
                if _kind_of(after.group()) != _SAFE:
                    end = after.end()
            out.append((start, end, "PERSON", NET_SCORE))
    return out


# Where a name follows in a patient's message written in lower case: "its sandy", "this is
# luis carson", "thanks sandy", "my mom bernice" (found with str.find: a regex alternation of
# these cues tried at every position cost 4% of detect on the padded benchmark notes)
_MESSAGE_CUES: Final = (
    "its ", "it's ", "it’s ", "this is ", "i am ", "i'm ", "i’m ", "my name is ", "thanks ",
    "thank you ", "thx ", "cheers ", "thanks, ", "thank you, ", "thx, ", "cheers, ",
    "dis is ", "this na ", "dis na ",  # (Caribbean and West African English: "dis is miss ...")
)  # fmt: skip
# a speaker's hesitation between a cue and the name: "this is uh ruth ann bellamy"
_FILLER: Final = re.compile(r"(?:uh|um|umm|uhm|er|erm|ah),?[ \t]+")
# Where a person's name follows in any text, dictated or typed in lower case: "doctor kapoor",
# "see doctor faith mcallister", "patient hollis grant young", "From: tammy nguyen". A word
# that is a name and a common word is one only before another name ("the nurse said to",
# "patient will", "pt rose from bed"), and a word no list names is none ("PT eval").
# (one scan of the lower-cased text, led by the cues' first letters; the word's start and a
# lower-case letter after it are checked in Python)
_ROLE_CUE: Final = re.compile(
    r"(?:doctor|nurse|patient:?|pt:?|from:|name:|np|md|rn|rt|lpn|tech) (?=[a-z])"
)
# the roles after which any word nobody knows is a surname, as a caller or a nurse writes it:
# "doctor brissett", "md feeney notified", "rt deshawn to reassess"
_STAFF_ROLES: Final = ("doctor ", "md ", "rn ", "rt ", "np ", "lpn ", "tech ")
_GREETING_WORDS: Final = tuple(f"{greeting} " for greeting in sorted(_GREETINGS))
_RELATION_OWNERS: Final = ("my ", "his ", "her ", "your ", "our ", "mi ")  # ("mi daughter")
# a message in the first person, in lower case, or a thank-you: what makes the cues worth
# looking for ("its" is in "visits", "her" in "other")
_FIRST_PERSON: Final = (
    " my ", "\nmy ", " i ", "i'm", "i’m", "this is", "thank", "thx", "cheers", "dis is", "this na"
)  # fmt: skip
# Relations. One named in lower case in a clinician's note follows its owner, found by the
# literal "h" of "his"/"her" ("her son carl"), or stands in parentheses after it, found by the
# "(" ("mom (bridget)", "bf (tyler)"): both fast to find, where the relations' alternation
# tried at every position, or a search for each relation, cost detection 2-5% of its time.
_RELATION_WORDS: Final = split_words(
    """mom mum mother dad father son daughter sister brother wife husband grandma grandpa
    grandmother grandfather granddaughter grandson aunt uncle cousin niece nephew friend
    partner boyfriend girlfriend neighbor neighbour caregiver carer bf gf roommate flatmate
    housemate nan nana granny fiance fiancee fiancé fiancée spouse"""
)
_RELATIONS = grouped_alternation(sorted(_RELATION_WORDS, key=len, reverse=True))
_RELATION_NAMED: Final = re.compile(
    rf"h(?:is|er) {_RELATIONS} ([a-z][a-z'’-]*[a-z])(?![\w@]|[.'’-]\w)"
)
_NAME_IN_PARENTHESES: Final = re.compile(r"\(([a-z][a-z'’-]*[a-z])\)")
_RELATION_BEFORE: Final = re.compile(rf"(?<![\w'’]){_RELATIONS} \Z")
_RELATION: Final = re.compile(_RELATIONS + " ")


# A relative named in lower case after the relation, as nurses' notes write them, with or
# without its owner: "dtr renata is hcp", "wife shelley and son brodie", "dtrs hope and faith",
# "son-in-law will,", "pt's home aide precious"
_RELATIVES_IN_SHORTHAND: Final = (
    *_RELATION_WORDS,
    *split_words(
        """dtr dtrs sons daughters sisters brothers grandsons granddaughters nephews nieces
        cousins friends sis bro son-in-law daughter-in-law brother-in-law sister-in-law
        stepfather stepmother stepson stepdaughter ex-wife ex-husband aide pastor"""
    ),
)
_RELATIVES = grouped_alternation(sorted(_RELATIVES_IN_SHORTHAND, key=len, reverse=True))
_RELATIVE_NAMED: Final = re.compile(
    rf"(?<![\w-])(?:{_RELATIVES}) ([a-z][a-z'’-]*[a-z])"
    rf"(?:,? (?:and|&) (?!(?:{_RELATIVES})\b)([a-z][a-z'’-]*[a-z]))?(?![\w@]|[.'’-]\w)"
)
# what follows a name that is a common word too in a list of relatives: "wife rose, dtrs
# hope and faith" (not "son will call", "wife may visit")
_AFTER_NAME_IN_LIST: Final = re.compile(r"[.,;)]|\n|$| (?:and|&|or|\() ")


def _relatives_in_lower_case(text: str) -> list[Raw]:
    """The names of :data:`_RELATIVE_NAMED`: a word no list holds, or a given name (one that
    is a common word too only where a list goes on after it)."""
    out: list[Raw] = []
    given = _vocabulary().given
    for m in _RELATIVE_NAMED.finditer(text):
        for group in (1, 2):
            word = m.group(group)
            if word is None or word.startswith(("d'", "l'", "d’", "l’")):
                break  # (French: "aide d'une personne")
            kind = _kind_of(_plain(word))
            named = (kind == _NAME and (len(word) > 3 or word in given)) or (
                kind == _AMBIGUOUS
                and word in given
                and _AFTER_NAME_IN_LIST.match(text, m.end(group)) is not None
            )
            if not named:
                break
            out.append((m.start(group), m.end(group), "PERSON", NET_SCORE))
    return out


def _after_message_cues(text: str, lowered: str, in_lower_case: bool) -> Iterator[int]:
    """Where the word after each greeting (in any case), cue of :data:`_MESSAGE_CUES` or
    relation of :data:`_RELATION` starts (``lowered``: ``text`` in lower case). The cues
    count in a message in the first person, or in a text typed in lower case (``in_lower_case``:
    dictation, "her son carl")."""
    yield from _after_words(lowered, _GREETING_WORDS)
    if not (
        in_lower_case
        or lowered.startswith("my ")
        or any(voice in text for voice in _FIRST_PERSON)
    ):
        # written by a clinician: a relation is named in lower case only by a given name that
        # is no common word ("her son carl", not "her son reports")
        given = _vocabulary().given
        named = [m for m in _RELATION_NAMED.finditer(lowered) if _starts_word(text, m.start())]
        if "(" in text:
            named += [
                m
                for m in _NAME_IN_PARENTHESES.finditer(lowered)
                if _RELATION_BEFORE.search(lowered, max(0, m.start() - 16), m.start())
            ]
        for m in named:  # (in lower case in the text too)
            word = m.group(1)
            if text.startswith(word, m.start(1)) and word in given and _kind_of(word) != _SAFE:
                yield m.start(1)
        return
    for at in _after_words(text, _MESSAGE_CUES):
        filler = _FILLER.match(text, at)
        yield at if filler is None else filler.end()
    for at in _after_words(text, _RELATION_OWNERS):
        relation = _RELATION.match(text, at)
        if relation is not None:  # "my son hemal", "my mom (gloria)"
            yield relation.end() + text.startswith("(", relation.end())


def _after_words(text: str, words: Sequence[str]) -> Iterator[int]:
    """Where the text after each of ``words`` (each ending with a space) starts, where the
    word stands on its own."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                yield at + len(word)
            at = text.find(word, at + 1)


_MOST_WORDS_AFTER_CUE: Final = 2


def _lower_case_cued_names(
    text: str, titled: frozenset[int], cued: Iterable[int], roles: frozenset[int]
) -> list[Raw]:
    """A name in lower case after a title (at ``titled``), or after a greeting or a message's
    cue (at ``cued``, see :func:`_after_message_cues`) unless it is a clinical word, in a note that
    is not in lower case ("seen by dr okafor", "hey cole", "my son hemal"): the word, and the
    next two too while they are no safe words ("dr aware", "hi all", "thank you doctor").
    After a role of :data:`_ROLE_CUE` alone (at ``roles``) the word must be a common given name
    or surname (after a staff role, :data:`_STAFF_ROLES`, any word nobody knows), and one that
    is a common word too needs a name after it."""
    out: list[Raw] = []
    vocab = _vocabulary()
    clinical = vocab.clinical
    cued = frozenset(cued)
    role_only = roles - titled - cued
    for start in titled | cued | roles:
        initials = _LOWER_INITIALS.match(text, start) if start in titled else None
        # "attg dr k. adebayo-hart", "dr r.k. bishnoi": the initials are the name's too
        first = _LOWER_WORD.match(text, initials.end() if initials else start)
        if first is None:
            continue
        key = _plain(first.group())
        kind = _kind_of(key)
        if kind == _SAFE and start in titled and _surname_after(text, first.end()):
            kind = _AMBIGUOUS  # a given name that is a word, then a surname: "miss iris campbell"
        if kind == _SAFE or (start not in titled and key in clinical):
            continue
        end = first.end()
        for _ in range(_MOST_WORDS_AFTER_CUE):  # "hollis grant young", "page young hill"
            particle = _LOWER_PARTICLE.match(text, end)
            if particle is not None:  # a particle and the surname after it: "ciara ní bhriain"
                after = _LOWER_WORD.match(text, particle.end())
            else:
                after = _LOWER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
            if after is None or _kind_of(_plain(after.group())) == _SAFE:
                break
            end = after.end()
        # (after a staff role, any word nobody knows is a surname too: "doctor brissett")
        staff = text[max(0, start - 7) : start].lower().endswith(_STAFF_ROLES)
        known = key in vocab.given_or_surnames or (kind == _NAME and staff)
        # (a surname that is a word too is one after a staff role: "doctor ellison")
        word_alone = kind == _AMBIGUOUS and end == first.end()
        if start in role_only and (
            not known or (word_alone and not (staff and key in vocab.surnames_only))
        ):
            continue
        out.append((first.start() if initials is None else start, end, "PERSON", NET_SCORE))
    return out


def _surname_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` (one space on) is a word in lower case that only a name
    is ("campbell", not "will" or "see")."""
    after = _LOWER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
    return after is not None and _kind_of(_plain(after.group())) == _NAME


_LOWER_PARTICLE: Final = re.compile(
    r" (?:ní|ni|nic|mac|mc|ó|o|ua|de|van|von|der|den|da|di|du|le|la|al|el|bin|binti) (?=[a-z])"
)


# A postal code before a city, as much of Europe writes it: "69004 Lyon", "113 57 Stockholm",
# "00-514 Warszawa", "D-10115 Berlin", "4935-118 Vale Escuro"
_POSTCODE_BEFORE: Final = re.compile(
    r"(?<![\w.,/-])(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}) $"
)


# a British or Canadian postal code, its halves apart by a space
_POSTCODE_SHAPE = r"(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]\d[A-Z]) \d[A-Z][A-Z\d]"
_POSTCODE: Final = re.compile(_POSTCODE_SHAPE)
# A British, Canadian or Irish postal code after a comma, and the town before it: "Harrogate,
# HG1 2PJ", "Galway, H91 E2K3" (the Irish code's halves look like short clinical codes, B12;
# the space is needed: "T2N1M0" is a tumour's stage)
_EIRCODE_SHAPE = r"[AC-FHKNPRTV-Y]\d[\dW] (?=[A-Z\d]{0,3}\d)(?=[\d]{0,3}[A-Z])[AC-FHKNPRTV-Y\d]{4}"
_EIRCODE: Final = re.compile(_EIRCODE_SHAPE)  # an Irish code: a digit and a letter in each half
_POSTCODE_AFTER_COMMA: Final = re.compile(rf", ({_POSTCODE_SHAPE}|{_EIRCODE_SHAPE})\b")


_PROVINCE_CODE: Final = re.compile(r"[A-Z]{2,3}")
# A Dutch postcode before its town, after the street: "Kerkstraat 7-II, 1017 GA Amsterdam"
# (never SA, SD or SS; not a dose or a count in capitals: "1200 MG Daily")
_DUTCH_POSTCODE_SHAPE = (
    r"[1-9]\d{3} ?(?!SA|SD|SS|MG|ML|IU|UI|HR|PM|AM|CM|MM|KG|LB|ID|NO|ST|ND|RD|TH)[A-Z]{2}"
)
_DUTCH_POSTCODE_TOWN: Final = re.compile(
    rf", ({_DUTCH_POSTCODE_SHAPE}) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
# and elsewhere in a note in Dutch or under a postcode's key, where a field or a cell holds it:
# after the key, an opening bracket, a line's start, a cell's bar or two spaces, before a
# town, a closing quote or bracket, or the field's end ("postcode=5911 AX", "Putselaan 288b
# (3074 JK)", "Herenstraat 77  2313 AM  Leiden", "7514 BP Enschede")
_DUTCH_POSTCODE: Final = re.compile(rf"(?<![\w-])({_DUTCH_POSTCODE_SHAPE})(?![\w-])")
_DUTCH_POSTCODE_BEFORE: Final = re.compile(
    r"(?:postcode[\"']?[ \t]*[:=][ \t]*[\"']?|\(|\n|\|[ \t]*|[ \t]{2})\Z", re.IGNORECASE
)
_DUTCH_POSTCODE_AFTER: Final = re.compile(r"[\"')]|[ \t]+[A-Z][a-z]|[ \t]*(?:\n|\||\Z|[ \t]{2})")


def _dutch_postcodes(text: str) -> list[Raw]:
    """The Dutch postcodes of :data:`_DUTCH_POSTCODE` where a field holds one."""
    return [
        (*m.span(1), "ZIP", NET_SCORE)
        for m in _DUTCH_POSTCODE.finditer(text)
        if _DUTCH_POSTCODE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        and _DUTCH_POSTCODE_AFTER.match(text, m.end())
    ]


# A town of the world's list as an item of a list or a route, after a comma or an arrow and
# before the item's end, a region's code or a parenthesis: "(Dr Nkechi Ubah, Leeds)",
# "dispensary, Midrand, Gauteng", "Mthatha → Port St Johns (95 km)", "clinic, Meadow Lake SK"
_LISTED_TOWN = (
    r"([A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_]+){0,2})"
    # (a region's code, not a roman numeral: "Rome IV criteria")
    r"(?=[ \t]*(?:[),;|\n→]|->|$|(?!I{1,3}\b|IV\b|VI{1,3}\b)[A-Z]{2,3}\b|\(|[—–][ \t]))"
)
_TOWN_IN_LIST: Final = re.compile(", " + _LISTED_TOWN)
_TOWN_IN_ROUTE: Final = re.compile("(?:→|->) " + _LISTED_TOWN)


def _towns_in_lists(text: str) -> list[Raw]:
    """The towns of :data:`_TOWN_IN_LIST` (no eponym: "Glasgow", "Bristol")."""
    eponyms = _vocabulary().eponyms
    found = [*_TOWN_IN_LIST.finditer(text)] if ", " in text else []
    if "→" in text or "->" in text:
        found += _TOWN_IN_ROUTE.finditer(text)
    return [
        (*m.span(1), "CITY", NET_SCORE)
        for m in found
        if _WORLD_TOWN[m.group(1)] and _plain(m.group(1)) not in eponyms
    ]


def _postcodes_after_comma(text: str) -> list[Raw]:
    """:data:`_POSTCODE_AFTER_COMMA` as ZIP spans, with the town before each as a CITY, and
    :data:`_DUTCH_POSTCODE_TOWN` with the town after it."""
    out: list[Raw] = []
    for m in _DUTCH_POSTCODE_TOWN.finditer(text):
        if _KINDS[m.group(2)] != _SAFE:  # not "2024 GE Healthcare"
            out += [(*m.span(1), "ZIP", NET_SCORE), (*m.span(2), "CITY", NET_SCORE)]
    for m in _POSTCODE_AFTER_COMMA.finditer(text):
        out.append((m.start(1), m.end(1), "ZIP", NET_SCORE))
        city = city_before(text, m.start())
        if city is not None and not _PROVINCE_CODE.fullmatch(text, *city):  # "QC, H3G 1P1"
            out.append((*city, "CITY", NET_SCORE))
    return out


# An Australian state and postcode after a town: "Brunswick VIC 3056", "Paulhaven, ACT, 5977";
# each state's postcodes start with its own digits (not "MENTAL HEALTH ACT 2001", a statute's
# year: the Capital Territory's are 02xx, 26xx and 29xx)
_AU_STATE_POSTCODE_STARTS: Final = {
    "VIC": ("3", "8"), "NSW": ("1", "2"), "QLD": ("4", "9"), "SA": ("5",), "WA": ("6",),
    "TAS": ("7",), "ACT": ("02", "26", "29"), "NT": ("0",),
}  # fmt: skip
# (the pattern starts with the state, so that the engine skips ahead to its capitals in C)
_AU_STATE_POSTCODE: Final = re.compile(
    rf"({'|'.join(_AU_STATE_POSTCODE_STARTS)}),?[ \t]+(\d{{4}})(?![\w-])"
)
_BEFORE_AU_STATE: Final = re.compile(r",?[ \t]+$")  # (and before a Canadian province)


def _australian_postcodes(text: str) -> list[Raw]:
    """:data:`_AU_STATE_POSTCODE` as ZIP spans, with the town before each as a CITY."""
    out: list[Raw] = []
    for m in _AU_STATE_POSTCODE.finditer(text):
        gap = _BEFORE_AU_STATE.search(text, max(0, m.start() - 4), m.start())
        if gap is None:
            continue  # the state is a word of its own after the town
        if not m.group(2).startswith(_AU_STATE_POSTCODE_STARTS[m.group(1)]):
            continue
        out.append((m.start(2), m.end(2), "ZIP", NET_SCORE))
        city = city_before(text, gap.start())
        if city is not None:
            out.append((*city, "CITY", NET_SCORE))
    return out


# A Canadian postal code (letter, digit, letter, digit, letter, digit; no D, F, I, O, Q or
# U), its halves apart ("L9C 3A6"; joined they may be a Glasgow score's parts, "E4V5M6"); and
# its province's code or name before it ("Hamilton ON L9C 3A6")
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]\d[ABCEGHJ-NPRSTV-Z]\d"
_CA_POSTCODE_ANYWHERE: Final = re.compile(rf"(?<![\w-]){_CA_POSTCODE}(?![\w-])")
_CA_PROVINCE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Ontario|Qu[eé]bec|Alberta|Manitoba"
    r"|Saskatchewan|Nova Scotia|New Brunswick|British Columbia|Yukon)[ \t,]+\Z"
)


def _canadian_postcodes(text: str) -> list[Raw]:
    """Canadian postal codes as ZIP spans (:data:`_CA_POSTCODE_ANYWHERE`), with the town
    before the province before each as a CITY."""
    out: list[Raw] = []
    for m in _CA_POSTCODE_ANYWHERE.finditer(text):
        out.append((*m.span(), "ZIP", NET_SCORE))
        province = _CA_PROVINCE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        gap = (
            _BEFORE_AU_STATE.search(text, max(0, province.start() - 4), province.start())
            if province is not None
            else None
        )
        city = city_before(text, gap.start()) if gap is not None else None
        if city is not None:
            out.append((*city, "CITY", NET_SCORE))
    return out


# the rest of a town's name after its first words, joined by particles of Spanish, Portuguese,
# Catalan, Galician, French, Italian and German: "Torrejón del Pinar", "Villanueva de la Jara
# Alta", "Vallfogona de l'Estany", "Carvalhal do Sorraia", "Frankfurt am Main"
_TOWN_NAME_TAIL: Final = re.compile(
    r"(?:[ \t](?:de(?:[ \t](?:la|las|los|l['’]))?|del|do|da|dos|das|d['’]|di|della|dei|sur"
    r"|sous|lès|les|am|an[ \t]der|im|bei|ob)[ \t]?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)*)+"
)


_MONTH_ABBREVIATIONS: Final = split_words("jan feb mar apr jun jul aug sep sept oct nov dec")
# a street's number and a comma or a dash before a postal code: "Leopoldlaan 88, 3900 Pelt",
# "Rue Saint-Gilles 214 – 4000 Liège" (not a date's day: "July 1, 2023 Medicare")
_HOUSE_NUMBER_BEFORE: Final = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*)\.?[ \t]\d{1,4}[A-Za-z]?(?:,[ \t]?|[ \t][–—·-]{1,2}[ \t])\Z"
)
_LONG_POSTCODE: Final = re.compile(r"(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}-\d{3}) ")


def _after_house_number(text: str, at: int) -> bool:
    """Whether a street's number and a comma stand before ``at`` (:data:`_HOUSE_NUMBER_BEFORE`)."""
    m = _HOUSE_NUMBER_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in _LOWER_MONTH_NAMES and word not in _MONTH_ABBREVIATIONS


def _postcode_before(text: str, start: int, run: str) -> tuple[int, int] | None:
    """The postal code before the run at ``start`` when the run is a city: no dictionary word
    or abbreviation ("0830 Patient" is a time and a word, "1500 IU" a dose)."""
    m = _POSTCODE_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return None
    words = run.split(" ")
    if words[0].isupper():
        return None
    safe = _vocabulary().safe
    if (
        _plain(words[0]) in safe
        and not (
            _LONG_POSTCODE.match(text, m.start())
            and (_WORLD_TOWN[run] or any(_plain(word) not in safe for word in words))
        )
        and not _after_house_number(text, m.start())
    ):
        # (a code of five digits or Portugal's is no time: "08794 Sant Pere", "40125 Bologna";
        # nor is one after a street's number: "Leopoldlaan 88, 3900 Pelt")
        return None
    return m.start(), m.end() - 1


def _is_initial(word: tuple[int, int, int]) -> bool:
    """Whether a word of a run (``(start, end, kind)``) is a single letter."""
    return word[1] - word[0] == 1


def _capital_initials(text: str, word: tuple[int, int, int]) -> bool:
    """Whether a word of a run is up to three capitals: the initials of "Dr AJ Ramdial"."""
    return word[1] - word[0] <= 3 and text[word[0] : word[1]].isupper()


_COMMA_CAPITALS: Final = re.compile(r",[ \t]*([A-Z][^\W\d_]*)")
# a surname and a given name that are common words too stand alone as a field's value, an
# initial after them at most: "WRISTBAND 1: HILL, PAGE | F", "LITTLE, ROSE A"
_FIELD_BEFORE: Final = re.compile(r"(?:^|[:|][ \t]*|[ \t]{2})\Z", re.MULTILINE)
_FIELD_AFTER: Final = re.compile(
    r"(?:[ \t][A-Z]\.?)?(?:[ \t]*(?:$|\|)|[ \t]{2}|[ \t][—–-][ \t])", re.MULTILINE
)


_CELL_BEFORE: Final = re.compile(r"(?:^|[\";|\t])\Z", re.MULTILINE)


def _name_in_capitals(text: str, start: int, end: int, titled: bool = False) -> int | None:
    """Where a name written in capitals starts in the upper-case run ``text[start:end]``, or
    None: the whole run after a person cue ("PATIENT: LEBLANC-TREMBLAY, GENEVIEVE", "signed
    by SIOBHAN O'ROURKE"), or its last word when that word and the given name after a comma
    are a surname and a given name (:func:`_name_pair`: "7730182,LUND,ASTRID", "KALLIO, AINO",
    "PATIENT'S NAME MCALLISTER, JUNE R", "HOFFMANN, Klaus-Dieter").

    Only a run of two words or more, or one followed by a comma and a capital, is asked; after
    a cue, only when one of its words is a known name or a long word the vocabulary does not
    know: most upper-case words are abbreviations ("Pt: COPD, CHF"). A word after a title
    in capitals (``titled``) is asked alone: "MR. KING"."""
    run = text[start:end]
    single = " " not in run and "\t" not in run
    comma = _COMMA_CAPITALS.match(text, end)
    if single and comma is None and not titled:
        return None
    if person_cue_before(text, start) and _name_like_capitals(run):
        return start
    if comma is None:
        return None
    last = max(run.rfind(" "), run.rfind("\t")) + 1
    if not _name_pair(run[last:], comma.group(1)) and not _name_field(text, start, comma):
        return None
    if eponym_context(text, *comma.span(1)):
        return None  # "sacral PI, Braden 14": a score after the comma
    if last and _CELL_BEFORE.search(text, max(0, start - 2), start):
        return start  # two family names in a cell of their own: '"SOLÍS PRADA, AURELIO"'
    return start + last


def _name_field(text: str, start: int, comma: re.Match[str]) -> bool:
    """Whether a one-word run at ``start`` and the given name after its ``comma`` stand alone
    as a field's value (see :data:`_FIELD_BEFORE`) and are known names."""
    vocab = _vocabulary()
    surname = _plain(text[start : comma.start()])
    return (
        surname in vocab.names
        and _plain(comma.group(1)) in vocab.given
        and _FIELD_BEFORE.search(text, max(0, start - 4), start) is not None
        and _FIELD_AFTER.match(text, comma.end()) is not None
    )


def _name_pair(surname: str, given: str) -> bool:
    """Whether an upper-case word and a capitalised word are a surname and a given name: a
    known given name after a known name, not both common words, or after a surname nobody
    knows ("LOPEZ-HUERTA")."""
    vocab = _vocabulary()
    key, given_key = _plain(surname), _plain(given)
    if given_key not in vocab.names:
        return False
    if key in vocab.names:
        return not (key in vocab.safe and given_key in vocab.safe)
    if surname.isupper() and given_key in vocab.given and given[1:].islower():
        # a short word in capitals nobody knows is a surname before a common given name
        # ("BEGAY, Lorraine", "ODUYA, Grace"), though alone it reads as an abbreviation (not
        # a grade: "stage IIB, Reed-Sternberg cells")
        return (
            len(surname) >= _SHORTEST_SURNAME
            and surname.isalpha()
            and key not in vocab.safe
            and _ROMAN_NUMERAL.fullmatch(surname) is None
        )
    if surname.isupper() and given.isupper() and given_key in vocab.given:
        # both in capitals, as a roster or a letter's heading writes them ("DUVALL, KENDRA",
        # "OKONJO, GRACE"): a surname of four letters or more ("CHF, AMY" is not one)
        return len(surname) > _SHORTEST_SURNAME and surname.isalpha() and key not in vocab.safe
    return _KINDS[surname] == _NAME


# the particles of Romance languages that join the words of a heading or an institution's name
# in capitals, as they join a surname's ("DE LA CRUZ": whose words are names)
_ROMANCE_PARTICLES: Final = frozenset(split_words("DE DEL DA DO DOS DAS DI DU DES Y E LA LOS LAS"))


def _heading_with_particle(run: str) -> bool:
    """Whether a run in capitals of a note in a Romance language is a heading or an
    institution's name: a particle joins its words, and none of them is a name or a town."""
    words = run.replace("\t", " ").split(" ")
    # (a one-letter particle inside the run only: "PAPADIMITRIOU E" is a surname and initial)
    if len(words) < 2 or not any(
        word in _ROMANCE_PARTICLES and (len(word) > 1 or 0 < k < len(words) - 1)
        for k, word in enumerate(words)
    ):
        return False
    names, towns = _vocabulary().names, world_cities()
    return not any(
        (key := _plain(word)) in names or key in towns
        for word in words
        if word not in _ROMANCE_PARTICLES
    )


@cache
def _name_like_capitals(run: str) -> bool:
    """Whether a word of an upper-case run is a known name or a long unknown word."""
    vocab = _vocabulary()
    keys = [_plain(word) for word in run.replace("\t", " ").split(" ")]
    return any(key in vocab.names or (len(key) >= 5 and key not in vocab.safe) for key in keys)


# --- numbers and codes -----------------------------------------------------------------------

_UNITS = (
    r"(?:mg|mcg|ug|µg|g|kg|lbs?|pounds?|kilos?|grams?|oz|ml|mL|dL|L|l|cc|mmHg|mm|cm|m|km|in|"
    r"inches|ft|%|bpm|mmol|"
    r"mEq|meq|IU|iu|units?|U|ng|pg|copies|cells|mOsm|kcal|cal|calories|hrs?|hours?|h|mins?|"
    r"minutes?|secs?|seconds?|s|days?|d|weeks?|wks?|months?|mo|years?|yrs?|times|x|tabs?|"
    r"tablets?|caps?|capsules?|puffs?|drops?|gtts?|sprays?|vials?|doses?|breaths|beats|steps|"
    r"mph|rpm|°F|°C|F|C|degrees|Gy|cGy|mSv|MBq|mCi|lpm|K|mL/min|mg/dL|g/dL|K/uL|uL|µL|mcg/kg/min|feet|foot|"
    r"meters?|metres?|yards?|miles?|ppm|Hz|kHz|MHz|GHz|dB|"
    r"IE|UI|ELU)"  # (international units in German, French and Spanish; a vaccine's ELISA units)
)
# The commonest measurements, written with token characters only (letters, digits, "./-"), so
# that :data:`_DIGIT_TOKENS` can pass over them in the regex engine.
_MEASUREMENTS = (
    r"\d{1,3}",  # counts, scores, vitals, ages under 100 (ages over 89 are typed)
    r"\d{1,4}\.\d{1,4}",  # decimals: lab values, temperatures
    # ratios and ranges: 120/80, 25/100, ABG 7.31/52/68, 3-4, 2-0-1-2 (a hyphen chain of three
    # parts of one or two digits, or of more parts of one digit: not 123-45-678, 555-44-10 or
    # the record number 00-44-71-29; "\d{1,1}" because every measurement here starts with
    # "\d{1,n}", see _without_first_digit)
    r"\d{1,3}(?:\.\d+)?(?:/\d{1,3}(?:\.\d+)?)+",
    r"\d{1,3}(?:\.\d+)?-\d{1,3}(?:\.\d+)?(?![-/]\d)",
    r"\d{1,2}(?:-\d{1,2}){2}",
    r"\d{1,1}(?:-\d){3,}",
    r"\d{1,3}-[A-Za-z]+(?:-[A-Za-z]+)*",  # 72-year-old, 3-day, 5-point
    r"\d{1,3}(?:\.\d+)?[a-z]{1,5}(?:/[A-Za-z]+)*",  # glued unit, ordinal: 5mg, 2nd
    r"(?:19|20)\d\d",  # a year on its own (Safe Harbor keeps years)
)
_AMINO_ACID = (
    "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter)"
)
_SAFE_CODE: Final = re.compile(
    "|".join(
        (
            *_MEASUREMENTS,
            r"\d{1,3}(?:,\d{3})+(?:\.\d+)?",  # 250,000
            r"\d{1,3}(?:\.\d+)?(?:[a-z%µ°]{1,5}|[A-Z])(?:/[A-Za-z]+)*",  # glued unit, sign: 5%, 2L
            # a number of up to six digits with a glued unit: 1500mL, 25000U (not "4471893F",
            # nor a serial's "447120K" or "60233C": no temperature has five digits)
            rf"(?:\d{{1,4}}|\d{{5,6}}(?![CFK]\b))(?:\.\d+)?{_UNITS}(?:/[A-Za-z]+)*",
            rf"\d{{1,6}}(?:\.\d+)?/{_UNITS}",  # a count per unit: 400/uL
            rf"{_UNITS}/\d{{1,3}}(?:\.\d+)?",  # a dose per volume or time: mg/0.4 (mL), mm/5 (min)
            # 20MG
            r"\d{1,6}(?:\.\d+)?(?:MG|MCG|ML|G|KG|MEQ|MMOL|IU|UNITS?|TABS?|CAPS?|MM|CM|HRS?)"
            r"(?:/(?:\d{1,4}(?:\.\d+)?)?(?:MG|MCG|ML|G|HRS?))?",  # 8MG/2MG, 0.4MG/ML
            # FEV1/FVC, ER/PR/HER2, and a regimen: TDF/3TC/DTG, TDF+3TC+EFV
            r"(?:[A-Za-z]{1,5}\d{0,2}/)+[A-Za-z]{1,5}\d{0,2}|(?:\d?[A-Z]{2,4}[/+])+\d?[A-Z]{2,4}",
            # a count's power of ten: x10⁹/L, x10³/µL (read as "x109/L": see readable)
            r"[x×]?10[369]/(?:[µu]?[Ll]|mm3)",
            r"(?:AM|PM|am|pm)/\d{1,3}(?:\.\d+)?",  # a morning dose and the next: 15 mg AM/5 mg PM
            rf"{_UNITS}/(?:min/1\.73m2|\d{{1,2}}h)",  # per body surface, per day: mL/min/1.73m2
            r"73m2",  # (the body surface after a decimal comma: "mL/min/1,73m²")
            r"(?:XBB|XEC|BA|BQ|JN|KP|EG|HV|LP|AY)\.\d{1,3}(?:\.\d{1,3}){0,3}",  # a lineage: XBB.1.5
            # B12, HbA1c, SpO2, q6h, Troponin1 (not five lower-case letters or more, as in a
            # user id: jrobles4)
            r"(?:[A-Za-z]{1,4}|[A-Z][A-Za-z]{4,6})\d{1,2}(?:[A-Za-z]{1,5}\d?)?[A-Za-z]{0,4}",
            r"[A-Z]\d\d(?:\.[0-9A-Z]{1,4})?|[A-Z]\d[A-Z]\.\d{1,4}",  # ICD-10 (Z3A.09, weeks)
            r"G\d{1,2}P\d{1,4}",  # gravida and para: G3P2012
            r"(?:POD|HD|PD|DOL|ICU ?D)#\d{1,3}",  # a day of a stay or of life: POD#2, HD#3
            r"E[1-4]V[1-5T]M[1-6]",  # the parts of a Glasgow coma score
            r"[cpyr]?T[0-4](?:is|[a-d])?N[0-3][a-c]?M[01][a-c]?",  # TNM stage: pT2N1M0
            # a Gleason pattern (3+4), weeks and days of a pregnancy (28+3, 26+0/40)
            r"\d{1,2}\+\d(?:/40)?",
            r"[1-4]?\dw[0-6]d",  # weeks and days of a pregnancy: 39w1d, 9w6d
            r"[1-7]w[1-9]\d?",  # visits a week for so many weeks, as home health orders: 2w4
            r"[0-5][+-]/5",  # a muscle's strength graded by hand: 4-/5, 3+/5
            r"E\d{4}V\d\d",  # a blood product's ISBT 128 code: E3846V00 (red cells)
            r"\d{1,2}[ªº]",  # an ordinal in Portuguese and Spanish: a vaccine's 1ª dose
            r"\d{1,2}/\d{1,2}h",  # an interval written 6/6h (every six hours)
            # a test named with a number: 6MWT, 5STS, 4AT (two letters after a digit are the
            # end of a British postcode: "G11 6AA")
            # (and lamivudine; 20WBCT, a clotting test; not a day and month, "06OCT")
            r"\d{1,2}(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))[A-Z]{3,4}|4AT|3TC",
            r"\d{1,2}dd\d{1,2}",  # a Dutch dose a day: 1dd1, 3dd2
            r"[369]/(?:UL|uL|L)",  # the power of ten of a count: 10*3/UL, 10^9/L
            r"CD\d{1,3}[a-z]?",  # a cluster of differentiation: CD117
            r"rs\d{2,10}",  # a variant's dbSNP id: rs9923231
            r"[A-Z]{2,5}\d{1,2}[A-Z]{1,2}\d{1,2}",  # a gene: CYP2C19, SLC6A4
            r"ε\d(?:/ε\d)?",  # APOE alleles: ε3/ε4
            r"c/\d{1,2}h?",  # every so many hours, in Spanish: c/8h, c/12 h
            r"\d{1,2}x\d{1,3}",  # a dose times a day, a size: metformin 850 mg 2x1, 4x3
            # genetic variants (HGVS) and reference sequences: c.2373dupG, p.Phe508del, NM_000492.4
            r"[cgnmr]\.[\d*_+-]+[A-Za-z>_\d*+-]*|p\.\(?(?:[A-Z][a-z]{2}|[A-Z*])\d+[A-Za-z*]*\d*\)?"
            r"|N[MCGPRT]_\d+(?:\.\d+)?(?::[cgp]\.[\w>*+-]+)?",
            # and as reports write them without "p." or "c.": a protein change (Leu939Trp,
            # Phe508del, F508del), a legacy name (185delAG, 5382insC, 3849+10kbC), an ACMG
            # criterion (PM2_Supporting) and a chromosome band (22q11.2)
            rf"{_AMINO_ACID}\d{{1,5}}(?:{_AMINO_ACID}|del|dup|ins|fs|\*|X|=)\w*|[A-Z]\d{{2,4}}del",
            r"\d{1,5}(?:del|ins|dup)[ACGT]{1,6}|\d{1,5}[+-]\d{1,5}(?:\.\d)?(?:kb)?[ACGT](?:>[ACGT])?",
            r"(?:PVS1|PS[1-4]|PM[1-6]|PP[1-5]|BA1|BS[1-4]|BP[1-7])(?:_[A-Z][a-z]+)?",
            r"(?:[1-9]|1\d|2[0-2]|X|Y)[pq]\d{1,2}(?:\.\d{1,3})?",
            r"(?:[01]?\d|2[0-3])h[0-5]\d",  # a time: 14h30
            r"v\d{1,3}(?:\.\d{1,4}){1,3}",  # a version: v2.5.1
            # an HL7 OID of an assigning authority, a value set, a code system, a template or an
            # example (not of a registered organisation's, under ".3.", which may go on to a
            # record's number)
            r"2\.16\.840\.1\.113883\.(?:[456]|1[029])(?:\.\d+){0,8}",
            # a UID the DICOM standard defines (a class's, a transfer syntax's), no instance's
            r"1\.2\.840\.10008(?:\.\d+){1,10}",
            # an HL7 segment's field and a message's structure: PV1.19, PID-3, DG1.3, ADT_A01
            r"(?:MSH|EVN|PID|PD1|NK1|PV1|PV2|IN1|IN2|GT1|DG1|PR1|OBR|OBX|ORC|RXA|RXE|RXO|AL1|NTE"
            r"|SCH|AIS|AIL|AIP|MRG|SPM|TXA|Z[A-Z0-9]{2})[.-]\d{1,2}(?:\.\d{1,2})?"
            r"|(?:ADT|ORM|ORU|SIU|MDM|DFT|VXU|RDE|BAR|ACK|OML|OUL)_[A-Z]\d\d",
            r"[CTLS]\d{1,2}/\d{1,2}",  # a spinal level: L4/5
            r"[A-Za-z]{1,10}(?:-[A-Za-z]{1,10})*-\d{1,2}[A-Za-z]?",  # PHQ-9, SARS-CoV-2
            r"[A-Za-z]{1,4}\d{1,2}-[A-Za-z]{1,4}\d{1,2}",  # L4-L5, C5-C6
            r"ss?\.\d{1,3}[A-Z]{0,2}(?:\(\w{1,4}\)?)*",  # a statute's section: s.8A, s.3(1)(a)
            r"NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}",  # a trial's registration, no patient's
            # a spectacle prescription's sphere, cylinder and axis (3.75/-0.75x175), a prism (6Δ)
            r"\d{1,2}\.\d{2}/[+-]?\d{1,2}\.\d{2}[x×]\d{1,3}|\d{1,2}(?:\.\d)?Δ",
            # an orthodontic wire's size in inches (.019x.025) and an endodontic file's size
            # and taper (25/.06)
            r"0?\.?0\d\d[x×]0?\.?0\d\d|\d{2}/\.0\d",
        )
    )
)


def _without_first_digit(number: str) -> str:
    """One of :data:`_MEASUREMENTS` with its first digit taken off (matched before it)."""
    if number.startswith(r"(?:19|20)"):  # the year: its first digit is 1 or 2
        return r"(?:(?<=1)9|(?<=2)0)" + number[len(r"(?:19|20)") :]
    leading = re.match(r"\\d\{1,(\d)\}", number)
    if leading is None:
        raise ValueError(f"a measurement must start with \\d{{1,n}}: {number!r}")
    return rf"\d{{0,{int(leading.group(1)) - 1}}}" + number[leading.end() :]


def _digit_tokens(short: int) -> re.Pattern[str]:
    """Tokens holding a digit, found from their first digit and widened back in Python.

    A token on its own that is one of :data:`_MEASUREMENTS` (numbers of up to ``short``
    digits) is never an identifier, and not next to another digit group (nor to a
    non-ASCII character, which may be a digit): the pattern passes over such measurements
    (and what follows them up to the next digit) within one match, and a match is the token
    after them. On the padded benchmark notes four in five digit tokens are such
    measurements; yielding each as a match of its own, to be passed over in Python, cost a
    fifth of the time spent on digit tokens.

    A measurement is passed over only while two characters of the scanned stretch follow
    it: nearer its end the pattern has not seen what comes after the measurement, and it is
    reported as group ``measurement`` for :func:`_code_tokens` to decide. Any other token
    is group ``general``, up to the first character that cannot continue it. Both groups
    start after the token's first digit.

    The pattern starts with the first digit itself (the look-behinds check the characters
    before it), so the engine skips ahead to digits in C instead of trying an assertion at
    every position: a third less time in this regex on the padded benchmark notes.
    """
    numbers = "|".join(
        _without_first_digit(number) for number in (rf"\d{{1,{short}}}", *_MEASUREMENTS[1:])
    )
    measurement = (
        r"(?<![\w./#+()-].)(?<![0-9\x80-\U0010ffff] .)"
        rf"(?:{numbers})[./#+()-]*(?![\w./#+()-]| [0-9\x80-\U0010ffff])"
    )
    return re.compile(
        rf"\d(?:{measurement}(?=(?s:..))\D*+\d)*+"
        rf"(?:(?P<measurement>{measurement})|(?P<general>[\w./#+()-]*))"
    )


_DIGIT_TOKENS: Final = {False: _digit_tokens(3), True: _digit_tokens(2)}  # by ``strict``
_DIGITS_ON: Final = re.compile(r"\d[\w./#+()-]*")  # the general branch alone
# characters that continue a token before a digit: a letter, a digit, "_" or ./#+()-
_TOKEN_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./#+()-"
)
# units in capitals, as pharmacy labels and orders write them: "1200 MG", "1000 ML OVER 8 HRS"
_CAPITAL_UNITS = (
    r"(?:MG|MCG|G|KG|LBS?|ML|CC|MMHG|MM|CM|MMOL|MEQ|UNITS?|TABS?|TABLETS?|CAPS?|CAPSULES?"
    r"|PUFFS?|DROPS?|GTTS?|MINS?|HRS?|HOURS?|DAYS?|WEEKS?|WKS?|MONTHS?|YEARS?|YRS?)"
)
# units written out, and in other scripts: "1000 milligrams", "1000 мг", "1000 ملغ", "3000 j."
# (Polish units), "1000 cópias/mL"
_UNITS_IN_WORDS = (
    r"(?:milligrams?|micrograms?|millilit(?:re|er)s?|lit(?:re|er)s?|cfu|mGy|c[oó]pias|j\."
    r"|мг|мкг|мл|ммоль|мм|см|кг|ед|ЕД|МЕ|од|копий|ملغ|مغ|مل|ملم|وحدة)"
)
_UNIT_AFTER: Final = re.compile(
    rf"[ \t]?(?:(?:{_UNITS}|{_CAPITAL_UNITS})(?![A-Za-z])|{_UNITS_IN_WORDS}(?!\w))"
)
_LOWER_WORD_AFTER: Final = re.compile(r"[ \t]+[a-z]")
_NDC: Final = re.compile(r"\d{4,5}-\d{3,4}-\d{1,2}")  # a National Drug Code: 0002-8215-01
_EUDRACT: Final = re.compile(r"\d{4}-\d{6}-\d{2}")  # a European trial's number: 2022-003118-41
# a code after its system's name or a "code" key (code=8480-6, "code":"4548-4"), a device's
# model number, or a pharmacy plan's routing number (RxBIN, RxPCN, RxGrp: the same for every
# member of a plan)
_CODE_CUE_REACH: Final = 16
_CODE_CUE: Final = re.compile(
    r"(?:CPT|LOINC|ICD(?:-?10|-?9)?(?:-CM)?|HCPCS|SNOMED|NDC|RxBIN|RxPCN|RxGrp|(?<!\w)BIN"
    r"|cpt|loinc|icd(?:-?10|-?9)?(?:[-_]?cm)?|hcpcs|snomed|ndc|RxNorm|RXCUI|rxnorm|rxcui"
    r"|[Mm]odel(?:[oel]|_?[Nn]o|_?[Nn]umber|Number)?|MODEL"  # ("modelo", "modelNumber")
    r"|(?<![\w-])code(?=[=\"])|(?<![\w-])code\":[ \t]*"  # code="...", "code": "..."
    # a statute's section, rule or article: "Section 12(2)", "Rule 11", "ARS 13-1204"
    r"|(?<!\w)(?:[Ss]ection|SECTION|[Ss]ubsection|[Rr]ule|[Aa]rticle|Art\.|[Ss]chedule|§|ARS"
    r"|R\.C\.|U\.S\.C\.|CFR|C\.F\.R\.|W&I(?: Code)?"
    r"|EudraCT))"  # (a trial's registration: "EudraCT 2022-003118-41")
    r"(?: CT)?(?:\W{0,3}|\":[ \t]*\")$"  # (or a JSON key: "cpt": "99391")
)
# Words right before a four-digit number that make it a time of day ("after 1600")
_TIME_WORDS: Final = frozenset(
    split_words(
        """at by from until till to around about after before since between and approx
        approximately circa ca ca. @ ~ time death due dose doses scheduled then next every
        eta etd onset scene hung tomorrow tonight today mtg meeting"""
    )
)
_LAB_CUE: Final = re.compile(
    r"\b(?:[Pp]latelets?|[Pp]lt|PLT|WBC|[Ww]bc|BNP|NT-proBNP|LDH|CK|CPK|[Ff]erritin|[Cc]ount|"
    r"[Vv]iral load|AFP|CEA|PSA|[Dd]-dimer|[Ll]ipase|[Aa]mylase|[Tt]roponin|[Gg]lucose|"
    r"[Ss]teps|[Cc]alories|[Ii]ntake|[Oo]utput|UOP|[Vv]olume)[ \t:=]*$"
)
# An unknown upper-case prefix of an identifier ("HN 553 021"), or the first half of a
# postcode whose second half is the identifier ("SW1A 2AA", "H3G 1P1").
_PREFIX: Final = re.compile(r"(?<![\w'’@./-])([A-Z][A-Z0-9]{0,3})[ \t]$")
# a card's version code after its groups of digits, and the digits after it: "4082 117 953 KP"
# (Ontario's health card), "65 041186 J 012" (a German pension number); not a time's AM or PM
# (the net's joined digit groups and detect's typed numbers both take it)
VERSION_CODE_AFTER: Final = re.compile(
    r"[ \t](?!AM\b|PM\b)([A-Z]{1,2})(?:[ \t]\d{1,4})?(?![\w'’-])"
)
# The masked groups before a number's visible digits are part of it: "XXXX XXXX 4471",
# "***-**-6789", "xxxx xxxx 3382"
_MASKING: Final = frozenset("Xx*•")
# a number masked but for its last digits, which the net passes over as a count on their own:
# "***-***-217" (a Canadian insurance number), "**-**-48" (a British sort code)
# (led by the masks, the character before checked in Python: a look-behind first would make
# the scan try every position)
_MASKED_NUMBER: Final = re.compile(r"(?:(?:[Xx]{2,}|[*•]{2,})[ -]){2,4}\d{1,3}(?![\w-])")
_MASKED_GROUPS_BEFORE: Final = re.compile(r"(?<![\w*•])(?:(?:[Xx]{2,}|[*•]{2,})[ -]){1,4}\Z")
# Upper-case cue words before an identifier: the cue is not part of it.
_CUES: Final = frozenset(
    split_words(
        """mrn mr ssn id no dl dea npi pin mbi fin csn vin udi imei sn dob dos cpt icd loinc tel
        fax ph ext apt ste bp hr rr pid acct tag reg rego lot ref"""
    )
)


# number plates: three capitals and three digits ("AAB-123"; two capitals are a marker,
# "CA-125"), Belgium's "1-KQX-447", France's "GH-447-ZL"
_PLATE_LIKE: Final = re.compile(r"\d?-?[A-Z]{3}-\d{3}|[A-Z]{2}-\d{3}-[A-Z]{2}")
_MAC_DASHED: Final = re.compile(r"[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}")
_LEADING_ZERO: Final = re.compile(r"0\d")
_PER_UNIT: Final = re.compile(
    r"\d+(?:[.,]\d+)*/[a-zµμ]{1,5}[23²³]?|(?:[a-zµμ]{1,5}/)+\d+(?:[.,]\d+)?"
)
_ZULU_TIME: Final = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ZH]")  # "1510Z", "1420H"
_GLUED_DAY_AND_MONTH: Final = re.compile(
    r"(?<!\d)(?:[12]?\d|3[01])(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"(?i:uary|ruary|ch|il|e|y|ust|tember|ember|ober)?(?![a-z])"
)
_AREA_CODE_FIRST: Final = re.compile(r"0\d-\d{3}$")


class _SafeShapeMemo(dict[str, bool]):
    """Digit-holding token -> whether its shape alone makes it safe (:data:`_SAFE_CODE`).

    Tokens repeat (doses, vitals, lab names: ``q4h``, ``SpO2``, ``72-year-old``): on the
    padded benchmark notes nine in ten of the tokens that reach :func:`_code_is_safe` are safe
    by shape, and remembering it cut :func:`_code_spans` from 16 to 10 ms per pass.
    """

    def __missing__(self, token: str) -> bool:
        if len(self) >= 100_000:
            self.clear()
        safe = self[token] = _safe_shape(token)
        return safe


_SAFE_SHAPES: Final = _SafeShapeMemo()
# the products of a user agent's string and the protocols of a request line in a web server's
# log: "Mozilla/5.0 ... AppleWebKit/605.1.15 ... Safari/604.1", "okhttp/4.12", "HTTP/1.1"
_PRODUCT_VERSION: Final = re.compile(
    r"(?:Mozilla|AppleWebKit|KHTML|Gecko|Firefox|Chrome|CriOS|FxiOS|Safari|Mobile|Version|Edge?"
    r"|Edg|OPR|Opera|Trident|MSIE|SamsungBrowser|okhttp|Dalvik|CFNetwork|Darwin|curl|Wget"
    r"|python-requests|Java|HTTP|HTTPS|SPDY)/\d+(?:[._]\d+)*[A-Za-z]?\d*"
    r"|(?i:fhir)/(?:R4B?|r4b?|R5|r5|STU3|DSTU2)(?:/[A-Z][A-Za-z]+)?"  # a FHIR server's path
)
# a drug's code in the Anatomical Therapeutic Chemical classification: its anatomical group,
# a therapeutic group of two digits (01 to 16), two letters and the substance's two digits
_ATC_CODE: Final = re.compile(r"[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d")
_LAST_ATC_GROUP: Final = 16
# an operating system's version in a user agent: "CPU iPhone OS 17_6", "Android 14"
_OS_VERSION: Final = re.compile(r"\d{1,2}(?:[._]\d{1,2}){0,2}")
_OS_BEFORE: Final = re.compile(r"(?<![\w-])(?:OS|iOS|Android|Windows NT|Mac OS X)[ \t]$")
# a web server's status code and size after the request line: "HTTP/1.1" 200 1822"
_REQUEST_LINE_BEFORE: Final = re.compile(r"HTTP/\d(?:\.\d)?\"[ \t]$")
# the kind and the number of a machine, with a leading zero, as networks name them: "WS09",
# "SRV01", "NS03" (a ward's or a scale's code has none: "4E", "PHQ9")
_MACHINE_NUMBER: Final = re.compile(r"[A-Z]{1,5}0\d")


def _safe_shape(token: str) -> bool:
    """:class:`_SafeShapeMemo` without the memo."""
    if _AREA_CODE_FIRST.match(token):
        return False  # a trunk zero and an area code, no range: "04-555 8219"
    if _GLUED_DAY_AND_MONTH.search(token):
        return False  # a date glued to a word: "seen10jun", "drawn12mar"
    if _ZULU_TIME.fullmatch(token):
        return True  # a time of day in UTC, as aviation and the sea log it: "1510Z"
    if _PRODUCT_VERSION.fullmatch(token):
        return True  # a browser's, a library's or a protocol's version: "Mozilla/5.0"
    if _ATC_CODE.fullmatch(token) and int(token[1:3]) <= _LAST_ATC_GROUP:
        return True  # a drug's ATC code: "C09DX04" (sacubitril and valsartan)
    if _PER_UNIT.fullmatch(token):
        return True  # a count or a rate per unit: "98.000/mm³", "96/perc", "ml/min/1,73"
    if _SAFE_CODE.fullmatch(token):
        return True
    if "-" not in token or _MAC_DASHED.fullmatch(token):
        return False
    # CHA2DS2-VASc, 72-year-old; a part with a leading zero is a code ("P-042"); digits
    # alone are a range (a measurement above) or an identifier ("123-45-678")
    parts = [part for part in token.split("-") if part]
    if all(part.isdigit() for part in parts) or _PLATE_LIKE.fullmatch(token):
        return False
    if len(parts) > 1 and parts[0].isupper() and _MACHINE_NUMBER.fullmatch(parts[-1]):
        return False  # a computer or a printer named by its site and kind: "KLT-ED-WS09"
    return all(
        part.isalpha() or (_SAFE_CODE.fullmatch(part) and not _LEADING_ZERO.match(part))
        for part in parts
    )


# What makes four digits that read as a 24-hour time one: a date just before it ("3/15 0600",
# "05/20/2024 0830", "13-Jun-25 1742", "2/5 | 1015"), an event in the past tense ("applied
# 2215, d/c'd 0300", "picked up 1105"), opening a line of a log before a word that is no name
# ("0500 AM labs drawn", "0215 pt attempted"), or hours or the day after it ("0600 hrs", "0800
# today"). A house number opens a line before a capitalised street ("1122 Birchwood Lane")
# and stays an identifier.
_DATE_BEFORE_TIME: Final = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{4}-\d\d-\d\d"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?"
    r"|\d{1,2}[- ]?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"[- ]?(?:\d{4}|\d\d)?)"
    r"(?:[ \t]+|[ \t]*\|[ \t]*)$"
)
_EVENT_BEFORE_TIME: Final = re.compile(
    r"(?<![\w'’])(?i:[a-z]{2,}ed|[a-z/]+['’]d|done|given|seen|sent|drawn|taken|began"
    r"|woke|left|up)[ \t]$"
)
# how often a dose is taken: "BID", "tds", "q8h", "nocte"
_FREQUENCY = (
    r"[BTQ]ID|bid|tid|qid|QD|qd|[Qq]HS|qhs|QAM|qam|QPM|qpm|BD|bd|TDS|tds|QDS|qds|OD|od|PRN|prn"
    r"|[Qq]\d{1,2}[Hh]|nocte|mane|daily|nightly"
)
# how or how often a dose is given, before the time it is given at
_DOSING_BEFORE_TIME: Final = re.compile(
    rf"(?<![\w-])(?:{_FREQUENCY}|PO|IV|IVPB|SubQ|SQ|SC|IM|SL|PR|NG|PEG)[ \t]+$"
)
_GIVEN_AFTER_TIME: Final = re.compile(
    r"[ \t]+(?:given|held|refused|administered|omitted|GIVEN|HELD|REFUSED|NOT GIVEN|BG|CBG"
    r"|FSBG|POC|rounds|check|shift)\b"
)
# the end of a span of time after its start: "1300–1410" (a later time of the same day)
_TIME_RANGE_END: Final = re.compile(rf"[ \t]?[–-][ \t]?({HHMM})(?![\w/:.-])")
# (or a row's number: " 1   0800   TAUROA, Hemi", a route sheet's first visit)
_LINE_START_BEFORE_TIME: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Za-z]+:[ \t]*|[-*•][ \t]+|\d{1,3}[.)]?[ \t]+)?$"
)
# a visit's times in and out: "Time in: 0905    Time out: 1010"
_TIME_IN_OUT_BEFORE: Final = re.compile(r"(?i:time)[ \t]+(?i:in|out)[ \t]*:?[ \t]*$")
_LOG_LINE_TIME: Final = re.compile(rf"[ \t]*{HHMM}[ \t]")
# what opens a log's entry after its time: a word in lower case or capitals, a dash, a note in
# brackets, or a capitalised word before one in lower case ("0700 Report to ...", though not
# a house number's street: "1122 Oak st")
_LOG_WORD_AFTER_TIME: Final = re.compile(
    r"[ \t]+(?:[a-z]|[A-Z]{2,}\b|[-:(]"
    rf"|[A-Z][a-z]+ (?!(?i:{grouped_alternation(list(STREET_SUFFIXES))})\b)[a-z])"
)
# hours, or the day, after a time: "0600 hrs", "0800 today", "0600 this morning"
_HOURS_AFTER_TIME: Final = re.compile(
    r"[ \t]?(?:hrs?|hours|h|H|Z)\b"
    r"|[ \t]+(?:today|tonight|yesterday|this (?:morning|afternoon|evening))\b"
)
# the time before in a list of times: "0800, 1400 and 2200"
_TIME_IN_LIST_BEFORE: Final = re.compile(
    rf"(?<![\w/.:-]){HHMM}(?:,[ \t]*|[ \t]+(?:and|or|&|then)[ \t]+|[ \t]*/[ \t]*)$"
)


def _clock_time(text: str, start: int, end: int, clock: dict[int, bool]) -> bool:
    """Whether four digits that read as a 24-hour time stand where a time does (see
    :data:`_DATE_BEFORE_TIME`), or in a list after one that does: "at 0800, 1400 and 2200".

    ``clock`` holds the verdicts of the times of this text by their start, so that a list of
    thousands is walked back over once, not once per time.
    """
    walked = []  # the times of the list from this one back, each judged as the list is
    while start not in clock:
        walked.append(start)
        if _stands_as_time(text, start, end):
            verdict = True
            break
        listed = _TIME_IN_LIST_BEFORE.search(text, max(0, start - 16), start)
        if listed is None:
            verdict = False
            break
        start, end = listed.start(), listed.start() + 4
    else:
        verdict = clock[start]
    for time_start in walked:
        clock[time_start] = verdict
    return verdict


def _stands_as_time(text: str, start: int, end: int) -> bool:
    """Whether what stands around the four digits at ``start:end`` makes them a time."""
    before = text[max(0, start - 24) : start]
    if _after_time_word(before) or _HOURS_AFTER_TIME.match(text, end):
        return True
    if _TIME_IN_OUT_BEFORE.search(before):
        return True
    if _DATE_BEFORE_TIME.search(before) or _EVENT_BEFORE_TIME.search(before):
        return True
    if _DOSING_BEFORE_TIME.search(before) or _GIVEN_AFTER_TIME.match(text, end):
        return True  # a dose's time: "PO daily 0600", "SubQ 2100", "2100 given", "2100 BG 189"
    if (later := _TIME_RANGE_END.match(text, end)) is not None:
        return later.group(1) > text[start:end]  # "1300–1410"
    if not _LINE_START_BEFORE_TIME.search(before):
        return False
    return bool(_LOG_WORD_AFTER_TIME.match(text, end)) or _time_opens_next_line(text, end)


def _time_opens_next_line(text: str, end: int) -> bool:
    """Whether the next line opens with a 24-hour time too, as a log's lines do ("1147
    Arrival. Report from ...\n1205 Pain 4/10")."""
    line_end = text.find("\n", end)
    return line_end >= 0 and _LOG_LINE_TIME.match(text, line_end + 1) is not None


# Times of day side by side, as a medication record's schedule lists them ("0600  1400
# 2200"): three or more, or two apart by a column's spaces. (Three groups of four digits that
# are each a time are seldom anything else: a card's or a phone's groups are typed spans.)
_TIMES_BEFORE: Final = re.compile(rf"(?<![\w/.:-])(?:{HHMM}([ \t]+))+$")
_TIMES_AFTER: Final = re.compile(rf"(?:([ \t]+){HHMM}(?![\w/:-]|\.\d))+")
_TIMES_IN_ROW: Final = 3
_TIME: Final = re.compile(HHMM)
# how far before and after a time its row is looked for: the two times beside it and their
# gaps (a row of a thousand times is judged one time at a time, not the whole row for each)
_ROW_REACH: Final = 40


def _in_row_of_times(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` stands in a row of times (see :data:`_TIMES_BEFORE`)."""
    before = _TIMES_BEFORE.search(text, max(0, start - _ROW_REACH), start)
    after = _TIMES_AFTER.match(text, end, end + _ROW_REACH)
    if before is None and after is None:
        return False
    found = [m for m in (before, after) if m is not None]
    times = 1 + sum(len(_TIME.findall(m.group())) for m in found)
    gaps = [m.group(1) for m in found]
    return times >= _TIMES_IN_ROW or any(len(gap) >= 2 or "\t" in gap for gap in gaps)


def _after_time_word(before: str) -> bool:
    """Whether ``before`` ends with one of :data:`_TIME_WORDS` (and spaces): "at ", "@"."""
    words = before.rsplit(None, 1)
    if not words:
        return False
    last = words[-1].lower().lstrip("([{\"'").rstrip(":")
    return last in _TIME_WORDS or last.endswith(("@", "~"))


_MACHINES: Final = frozenset(
    split_words(
        """system camera cam unit workstation terminal scanner computer laptop ipad ipod iphone
        printer pump monitor machine device forklift console analyzer analyser router robot cart
        trolley"""
    )
)
_NUMBER_WORDS: Final = frozenset(("no", "no.", "id", "number", "#"))


@lru_cache(maxsize=4096)
def _clinical_head(token: str) -> bool:
    """Whether a dashed token starts with a clinical term: a scale or a test ("PHQ-9",
    "GAD-7", "COVID-19"), never a machine's tag."""
    return token.split("-", 1)[0].lower() in _vocabulary().clinical


def _after_machine(text: str, start: int) -> bool:
    """Whether the word before ``start`` names a machine, with "#", "no." or ":" after it
    ("forklift unit # FL-22"): a plain split, a tenth of the time of a regex search over the
    window (a dashed scale such as "PHQ-9" is tested each time it is written)."""
    words = text[max(0, start - 24) : start].replace(":", " ").split()
    if words and words[-1].lower() in _NUMBER_WORDS:
        words.pop()
    return bool(words) and words[-1].lower() in _MACHINES


_DICOM_TAG: Final = re.compile(r"\([0-9A-Fa-f]{4},[ ]?[0-9A-Fa-f]{4}\)")  # pydicom: "(0008, 0020)"
# A Read code (version 2, which British GP systems still show beside a term): five
# characters padded with full stops, in parentheses: "(H333.)", "(K20..)", "(1AG..)"
_READ_CODE_TAIL: Final = re.compile(r"\.{1,4}\)")
_READ_CODE_LENGTH: Final = 5
# HCPCS Level II and CDT (dental) codes: a letter and four digits
_HCPCS: Final = re.compile(r"[A-V]\d{4}")
# how often a dose is taken, after its number: "1000 BID", "20 nocte", "5 q8h"
_DOSING_AFTER: Final = re.compile(rf"[ \t](?:{_FREQUENCY}|twice|once)(?![\w-])")
_DILUTION: Final = re.compile(r"[1-9]0{1,6}")
_UTC_OFFSET_BEFORE: Final = re.compile(r"\d:[0-5]\d(?::[0-5]\d)?[ \t]?[+-]$")
_PROTEIN_CHANGE: Final = re.compile(r"[ACDEFGHIKLMNPQRSTVWY]\d{1,4}[ACDEFGHIKLMNPQRSTVWY*]")
_GENE_BEFORE: Final = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,7}[ \t]$")  # a gene's symbol
_HGVS_BEFORE: Final = re.compile(r"(?<![\w.])c\.\S+[ \t]\(?\Z")
_WORD_AFTER: Final = re.compile(r"[ \t]+([A-Za-z][A-Za-z]+)\b")
_DESCRIPTION_AFTER: Final = re.compile(r"[ \t]+\(?([A-Za-z][A-Za-z]+)\b")  # "J9312 (rituximab"
# words that follow an identifier rather than describe a code ("W1234 verified on file")
_AFTER_IDENTIFIER: Final = frozenset(
    split_words(
        """verified confirmed noted scanned checked given issued updated on is was and or for
        at in to from with by of the a an per exp expires expiry expired valid active alone only"""
    )
)


_DIN_LENGTH: Final = 8  # a Drug Identification Number (Health Canada)
_NAME_AFTER: Final = re.compile(r"[ \t]+([A-Za-z][\w-]*)")


def _drug_after(text: str, end: int) -> bool:
    """Whether a drug's name follows ``end``, maybe behind a maker's prefix ("APO-GABAPENTIN")."""
    m = _NAME_AFTER.match(text, end)
    return m is not None and any(
        part in drug_names() for part in m.group(1).lower().split("-")
    )


def _describes_code(word: str) -> bool:
    """Whether ``word`` (lower case) can open a code's description (see :func:`_described`)."""
    return _english(word) and word not in _AFTER_IDENTIFIER and word not in _CUES


def _described(text: str, end: int) -> bool:
    """Whether a word of a description follows ``end`` ("D2740 crown", "J1885 ketorolac",
    "G0439 annual wellness visit", "E0601 CPAP", "D0274 bitewings", "J9312 (rituximab"), not
    one that follows an identifier."""
    m = _DESCRIPTION_AFTER.match(text, end)
    if m is None:
        return False
    return _describes_code(m.group(1).lower())


# a code in brackets after the words it codes, or opening a form's line: "bitewings x4
# (D0274)", "composite (D2393)", "(M0020) Patient ID" (not after a name: "JAMES   (R4417)")
_WORDS_BEFORE_BRACKETED_CODE: Final = re.compile(r"(?:[a-z][a-z0-9-]*[ \t]|^|\n)[ \t]*\($")


def _code_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the code at ``start:end`` stands alone in brackets after words in lower case or
    at a line's start (see :data:`_WORDS_BEFORE_BRACKETED_CODE`)."""
    return text.startswith(")", end) and (
        _WORDS_BEFORE_BRACKETED_CODE.search(text, max(0, start - 24), start) is not None
    )


# times joined by "/", or a shift's from and to on the quarter hour: "0600/1400/2200",
# "0700-1900", "1845-0715" (not a subject's number, "0307-0012")
_QUARTER_HOUR = r"(?:[01]\d|2[0-3])(?:00|15|30|45)"
_JOINED_TIMES: Final = re.compile(rf"{HHMM}(?:/{HHMM})+|{_QUARTER_HOUR}-{_QUARTER_HOUR}")
# (the code ends as a token does, on a letter or digit: "37.2.,12555" lists no code of five
# characters before 12555)
_CODE_BEFORE_IN_LIST: Final = re.compile(
    r"(?<![\w.-])([A-Z]?\d[\dA-Z.-]{1,8}[\dA-Z])(?:,[ \t]?|/|[ \t]?\+[ \t]?)\Z"
)


def _code_is_safe(
    text: str, start: int, end: int, judged: dict[int, bool], clock: dict[int, bool]
) -> bool:
    """Whether the digit-holding token ``text[start:end]`` is a measurement or clinical code.

    The next of a list of codes of one shape is judged as the list's first is ("CPT 93306,
    93000, 99223": by the cue before it). ``judged`` holds the verdicts of the tokens of this
    text by their start, so that a list of thousands is walked back over once, not once per
    code (which took time in the square of its length, and overflowed the stack); ``clock``
    is :func:`_clock_time`'s.
    """
    deferred = []  # the codes of the list that wait on the one before them, last first
    while start not in judged:
        if _safe_alone(text, start, end, clock):
            judged[start] = True
            break
        listed = _listed_after(text, start, end)
        if listed is None:
            judged[start] = _cued(text, start, end)
            break
        deferred.append(start)
        start, end = listed
    for code_start in deferred:
        judged[code_start] = judged[start]
    return judged[start]


# A text that bills with CPT codes names them so somewhere ("CPT", "HCPCS"); in such a text a
# five-digit number is a CPT code where it stands as one (see _cpt_code). A ZIP code there
# stands after a town or a state, which the typed detectors find, or after a cue ("ZIP 33139
# alone"). A CPT code, or a HCPCS Level II one, may have its units glued: "88313x2".
_CPT_SHAPE = r"(?:\d{5}|[A-V]\d{4})(?:x\d{1,2})?"
_CPT: Final = re.compile(_CPT_SHAPE)
_CODE_IN_BRACKETS_BEFORE: Final = re.compile(rf"[\w)][ \t]?\($|{_CPT_SHAPE},[ \t]?$")
# (a code of a list may have what it codes in brackets after it: "45385 (snare), 45390")
_CPT_NOTE = r"(?:[ \t]?\([^()\n]{1,40}\))?"
_CPT_LISTED: Final = re.compile(
    rf"{_CPT_NOTE}(?:[,;][ \t]?|[ \t]?[/+][ \t]?){_CPT_SHAPE}(?![\w.-])"
)
_CPT_LISTED_BEFORE: Final = re.compile(
    rf"(?<![\w.-]){_CPT_SHAPE}{_CPT_NOTE}(?:[,;][ \t]?|[ \t]?[/+][ \t]?)$"
)
_CPT_LIST_REACH: Final = 56  # a code, its note in brackets and the separator
# what follows a code on a bill: its units or its modifier ("88342 x3", "99214 (-25)";
# "66984-RT" is one token), or a column's gap and a charge ("83036        38.00")
_CPT_UNITS_AFTER: Final = re.compile(
    r"[ \t]x[ \t]?\d|[ \t]\(-\d\d\)|[ \t]{2,}\$?[\d,]+\.\d\d"
    r"|[ \t]{2,}(?:\d\d|[A-Z][A-Z\d])(?:[ \t]{2,}|[ \t]*$)", re.MULTILINE
)  # (or a modifier in its column: "99214       25            ABE")
# a bill's other signs: a charge beside a diagnosis's ICD-10 code with its decimals
_ICD10_WITH_DECIMAL: Final = re.compile(r"(?<![\w.-])[A-TV-Z]\d[\dA-Z]\.[\dA-Z]{1,4}(?![\w-])")
# a hospital's revenue code on a bill ("0450 emergency", "rev 0276"), and a provider's
# taxonomy code anywhere ("207Q00000X", "ZZ207X00000X" with its qualifier): no person's
_REVENUE_CODE: Final = re.compile(r"0[1-9]\d\d")
_REVENUE_CUE_BEFORE: Final = re.compile(r"(?i:rev(?:enue)?(?:[ \t]codes?)?|rc)[ \t:#.]*$")
_TAXONOMY_CODE: Final = re.compile(r"(?:ZZ|PXC)?\d{3}[\dA-Z]\d{5}X|(?:ZZ|PXC)?\d{3}[A-Z]{2}\d{4}X")
# what a text that bills with CPT codes names somewhere: the codes, or its forms and terms
_BILLING_MARKS: Final = (
    "CPT", "HCPCS", "CMS-1500", "CMS-1450", "UB-04", "UB04", "EXPLANATION OF BENEFITS",
    "Explanation of Benefits", "Explanation of benefits", "Modifier", "MODIFIER", "modifier",
    "Revenue code", "revenue code", "REV CD", "Rev Code", "REV CODE",
)  # fmt: skip
_POSTAL_CUE_BEFORE: Final = re.compile(
    r"(?i:zip|postal|post ?code|plz|c\.p\.|cep)(?:\+4)?\W{0,3}$|(?<![\w-])[A-Z]{2}[ \t]$"
)  # (or a state's code: "Tulsa OK 74105   cell")
_DESCRIPTION_WORD_AFTER: Final = re.compile(r" \(?([A-Za-z][A-Za-z]+)\b")


def _bills(text: str, asked: list[bool]) -> bool:
    """Whether ``text`` is a bill (:data:`_BILLING_MARKS`, or a charge beside an ICD-10 code),
    asked once (``asked`` holds the answer; most texts never ask: 17 searches of every note
    for the marks cost 3% of the net's time)."""
    if not asked:
        asked.append(
            any(mark in text for mark in _BILLING_MARKS)
            or ("$" in text and _ICD10_WITH_DECIMAL.search(text) is not None)
        )
    return asked[0]


# a dental procedure's code (CDT: D0120 to D9999) in a text about teeth: "D2740 crown",
# "11/19/2024  BRD  D4910  --", "then D4910 at 3-month interval"
_CDT_CODE: Final = re.compile(r"D\d{4}")
_DENTAL_MARKS: Final = ("CDT", "dental", "Dental", "DENTAL", "tooth", "Tooth", "teeth", "TOOTH")


def _dental(text: str, asked: list[bool]) -> bool:
    """Whether ``text`` is about teeth (:data:`_DENTAL_MARKS`), asked once as :func:`_bills`."""
    if not asked:
        asked.append(any(mark in text for mark in _DENTAL_MARKS))
    return asked[0]


def _revenue_code(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``start:end`` of a bill are a revenue code: after its cue
    ("rev 0276", "revenue codes 0762"), before its description ("0450 emergency") or in a
    cell of a list ("...,0276,24,..."); not a card's last four ("ending 0378")."""
    if not _REVENUE_CODE.fullmatch(text, start, end):
        return False
    if _REVENUE_CUE_BEFORE.search(text, max(0, start - 16), start):
        return True
    if text[start - 1 : start] == "," and text[end : end + 1] == ",":
        return True
    m = _DESCRIPTION_WORD_AFTER.match(text, end)  # (one space: not a column's next cell)
    return m is not None and _describes_code(m.group(1).lower())


def _cpt_code(text: str, start: int, end: int) -> bool:
    """Whether the five digits (or a HCPCS code's letter and four) at ``start:end`` of a text
    that bills with CPT codes stand as a code does: in brackets after what they code ("lipid
    panel (80061)", "(82043, 82570)"), in a list of codes ("99395, 93000, 92552", "96413 /
    96415"), with their units or a charge ("88313x2", "83036        38.00"), or before a word
    that describes them ("97110 therex", "94010 spirometry"); not after a postal cue or a
    state's code ("ZIP: 33139", "Tulsa OK 74105")."""
    if not _CPT.fullmatch(text, start, end):
        return False
    before = text[max(0, start - 12) : start]
    if _POSTAL_CUE_BEFORE.search(before):
        return False
    if text.startswith((")", ","), end) and _CODE_IN_BRACKETS_BEFORE.search(before):
        return True
    if _CPT_LISTED.match(text, end) or _CPT_LISTED_BEFORE.search(
        text, max(0, start - _CPT_LIST_REACH), start
    ):
        return True
    if _CPT_UNITS_AFTER.match(text, end):
        return True
    m = _DESCRIPTION_WORD_AFTER.match(text, end)  # (one space: not a column's next cell)
    return m is not None and _describes_code(m.group(1).lower())


def _listed_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The code of the same shape that ``text[start:end]`` follows in a list, if any."""
    if not (text[start - 1] in ",/+" or text[start - 2 : start] in (", ", "+ ")):
        return None  # (a list of codes: "CPT 93306, 93000", "CPT 36561 + 77001")
    listed = _CODE_BEFORE_IN_LIST.search(text, max(0, start - 24), start)
    if listed is None or len(listed.group(1)) != end - start:
        return None
    return listed.span(1)


def _cued(text: str, start: int, end: int) -> bool:
    """Whether the code ``text[start:end]`` follows a code's cue: the cue and up to three
    separators end within the last sixteen characters ("ICD-10-CM: ", a
    JSON key "modelNumber")."""
    cue = _CODE_CUE.search(text, max(0, start - _CODE_CUE_REACH), start)
    if cue is None:
        return False
    token = text[start:end]
    if cue.group().startswith("EudraCT"):
        return _EUDRACT.fullmatch(token) is not None
    return len(token) <= 10 or (cue.group().startswith("NDC") and _NDC.fullmatch(token) is not None)


_IPV4_BEFORE: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}\Z")
# MedDRA's codes (eight digits from 10000001) and a product's code before its dose
_MEDDRA_CODE: Final = re.compile(r"100\d{5}")
_PRODUCT_CODE: Final = re.compile(r"[A-Z]{2,5}-?\d{2,6}")
# an HL7 coded element's code and its coding system: "C38299^Subcutaneous^NCIT",
# "LA^Left Arm^HL70163", "00^New immunization record^NIP001", "Z22^CDCPHINVS"
_HL7_CODING_SYSTEM: Final = re.compile(
    r"HL7\d{4}|NIP\d{3}|CDCPHINVS|PHVS_\w+|NCIT|CVX|MVX|LN|SCT|SNOMED(?:CT)?|UCUM|I10|I9C?"
    r"|ICD10(?:CM)?|CPT|RXNORM|NDC|99\w{1,6}"
)
_CODED_ELEMENT_AFTER: Final = re.compile(
    rf"\^(?:[^^|\n~]{{0,60}}\^)?(?:{_HL7_CODING_SYSTEM.pattern})(?=[|^~&\r\n]|$)"
)
# a pacing lead's model and its length in centimetres: "CapSureFix Novus 5076-52 cm",
# "SelectSecure 3830-69cm", "Tendril 2088TC-52 cm"
_LEAD_MODEL: Final = re.compile(r"\d{4}[A-Z]{0,2}-\d{2,3}")
_CENTIMETRES_AFTER: Final = re.compile(r"[ \t]?cm\b")
_PRODUCT_DOSE_AFTER: Final = re.compile(
    r"[ \t]+\d{1,4}(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|g|mL|ml|IU|units?|mg/kg)\b"
)
# the frequencies a hearing test measures, in hertz, on a line that says "Hz" or lists two more
_AUDIOMETRIC_FREQUENCIES: Final = frozenset(split_words("1000 1500 2000 3000 4000 6000 8000"))
_SHORTEST_FREQUENCY_ROW: Final = 3


def _audiogram_line(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a hearing test's row of frequencies (see above)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "Hz" in line:
        return True
    listed = sum(word.strip(",;|") in _AUDIOMETRIC_FREQUENCIES for word in line.split())
    return listed >= _SHORTEST_FREQUENCY_ROW


_JSON_KEY_AFTER: Final = re.compile(r'"[ \t]*:(?![:/])')
# (or with capitals: "FEV1_L", "ppFEV1"; not a number's letters alone: "A1234567")
_SNAKE_CASE_KEY: Final = re.compile(
    r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*"
)
# a FHIR reference to a clinical resource, no person, device, coverage or claim (whose ids
# point at someone): "Observation/vs-01", "Condition/c-20", "Encounter/e-4471"
_CLINICAL_REFERENCE: Final = re.compile(
    r"(?:Observation|Condition|Encounter|Procedure|MedicationRequest|MedicationStatement"
    r"|MedicationAdministration|DiagnosticReport|AllergyIntolerance|Immunization|ServiceRequest"
    r"|DocumentReference|Specimen|CarePlan|Goal|Composition|Medication|ValueSet|CodeSystem"
    r"|StructureDefinition|Questionnaire)/[A-Za-z0-9][\w.-]{0,63}"
)


def _in_dicom_tag(text: str, start: int, end: int) -> bool:
    """Whether the four hex digits at ``start:end`` are a half of a DICOM tag."""
    tag = _DICOM_TAG.search(text, max(0, start - 7), end + 8)
    return tag is not None and tag.start() < start and end < tag.end()


def _safe_alone(text: str, start: int, end: int, clock: dict[int, bool]) -> bool:
    """Whether the token ``text[start:end]`` is a measurement, a time or a code by its shape
    and its neighbours, without a cue (``clock``: see :func:`_clock_time`)."""
    token = text[start:end]
    if "/" in token and _CLINICAL_REFERENCE.fullmatch(token):
        return True  # a FHIR reference to a clinical resource: "Observation/vs-01"
    if text[start - 1 : start] == '"' and _SNAKE_CASE_KEY.fullmatch(token) and (
        _JSON_KEY_AFTER.match(text, end)
    ):
        return True  # a record's key in snake case: "bp_readings_7d": {...} (not "A1234567":)
    if not token.isascii() and (count_in_cjk(text, start, end) or _unit_in_cyrillic(token)):
        return True  # "1錠", "7日間", "2型糖尿病", "128/мин", "10⁹/л"
    if _SAFE_SHAPES[token]:
        # a dashed code in capitals after the machine it names is its tag: "RO system RO-BV-02",
        # "video camera CRSD-CAM-R4" (not "PHQ-9" after a word)
        return not (
            "-" in token
            and token[:2].isupper()
            and not _clinical_head(token)
            and _after_machine(text, start)
        )
    if len(token) == 4 and text[start - 1] in "(, " and _in_dicom_tag(text, start, end):
        return True  # a DICOM tag: (0010,0010)
    if token[0].isalpha() and (text[start - 1] == "<" or text[start - 2 : start] == "</"):
        return True  # an XML element's name: "<AddressLine1>"
    if text[start - 1] in _CODED_VALUE_OPENERS and _coded_value(text, start):
        return True  # a code in a record's field: csd-code="110103", "code": "8867-4"
    if token in _AUDIOMETRIC_FREQUENCIES and _audiogram_line(text, start):
        return True  # a hearing test's frequency: "500  1000  2000  4000 Hz"
    if text[start - 1] == ":" and _IPV4_BEFORE.search(text, max(0, start - 17), start - 1):
        return True  # a port after its host's address: "10.112.40.21:50114"
    if _MEDDRA_CODE.fullmatch(token) and "MedDRA" in text:
        return True  # a MedDRA term's code in a text that names MedDRA: "PT 10072268"
    if _PRODUCT_CODE.fullmatch(token) and _PRODUCT_DOSE_AFTER.match(text, end):
        return True  # an investigational product's code and its dose: "CRX-771 300 mg SC"
    if "^" in text[start - 1 : end + 1] and (
        (text[start - 1] == "^" and _HL7_CODING_SYSTEM.fullmatch(token))
        or _CODED_ELEMENT_AFTER.match(text, end)
    ):
        return True  # an HL7 code and its coding system: "C38299^Subcutaneous^NCIT"
    if _LEAD_MODEL.fullmatch(token) and _CENTIMETRES_AFTER.match(text, end):
        return True  # a pacing lead's model and length: "5076-52 cm"
    if _HCPCS.fullmatch(token) and (_described(text, end) or _code_in_brackets(text, start, end)):
        return True  # a billing code and its description: "G0439 annual wellness visit"
    if len(token) == _DIN_LENGTH and token.isdigit() and _drug_after(text, end):
        return True  # a Canadian drug's number before its name: "02242963   SUBOXONE 8MG/2MG"
    if text[start - 1] == "(" and (tail := _READ_CODE_TAIL.match(text, end)) is not None:
        return tail.end() - start == _READ_CODE_LENGTH + 1  # "Asthma attack (H333.)"
    if _PARA.fullmatch(token) and _GRAVIDA_BEFORE.search(text, max(0, start - 5), start):
        return True  # a woman's pregnancies and births: "G2 P1001"
    if _ITEM_CODE.fullmatch(token) and _assessment_item(text, start, end):
        return True  # an assessment form's item: "A1700. Type of Entry", "M0150  At risk"
    if _VERSION.fullmatch(token) and _VERSION_CUE_BEFORE.search(text, max(0, start - 24), start):
        return True  # a program's version: "fw 7.1.9 to 7.2.1", "app build 3.4.1"
    if _in_karyotype(text, start, end):
        return True  # a chromosome's rearrangement: "t(9;22)(q34;q11)", "del(17p)", "inv(16)"
    if _AGE_SLASH_SEX.fullmatch(token):
        return int(token.split("/")[0]) <= _OLDEST_PLAIN_AGE  # "44/M" (not "92/F")
    if _LOINC.fullmatch(token) and _loinc_in_place(text, start, end):
        return True  # a test's LOINC code: "HBA1C     4548-4     8.1", "WBC (6690-2)"
    before = text[max(0, start - 24) : start]
    if _OS_VERSION.fullmatch(token) and _OS_BEFORE.search(before):
        return True  # "CPU iPhone OS 17_6"
    if token.isdigit():
        if (_measured(token) and _unit_after(text, end)) or _LAB_CUE.search(before):
            return True
        if _measured(token) and _DOSING_AFTER.match(text, end):
            return True  # a dose without its unit: "metformin 1000 BID"
        if text[start - 2 : start] in ("1:", "1/") and _DILUTION.fullmatch(token):
            return True  # a dilution: "adrenaline 1:1000"
        if text[start - 5 : start] == "1 in " and _DILUTION.fullmatch(token):
            return True  # a risk: "perforation 1 in 1000"
        if (
            len(token) == 4
            and token < "2400"
            and token[2] < "6"
            and (_clock_time(text, start, end, clock) or _in_row_of_times(text, start, end))
        ):
            return True  # a 24-hour time: "at 0830", "3/15 0600", "d/c'd 0300"
        if len(token) == 4 and _UTC_OFFSET_BEFORE.search(before):
            return True  # a time zone: 14:05:33 +0100
    elif _PROTEIN_CHANGE.fullmatch(token) and (
        _GENE_BEFORE.search(before) or _HGVS_BEFORE.search(before)
    ):
        return True  # a variant after its gene or its DNA change: EGFR L858R, c.415C>T (R139C)
    elif _JOINED_TIMES.fullmatch(token):
        return True  # times of doses: "q8h 0600/1400/2200"
    return text[start - 1] in "|^" and _hl7_code_field(text, start)  # OBX|1|NM|2345-7^...


# Cyrillic and Greek letters in lower case and in capitals
_CYRILLIC_OR_GREEK_LOWER: Final = re.compile(r"[\u03ac-\u03ce\u0430-\u045f]")
_CYRILLIC_OR_GREEK_UPPER: Final = re.compile(r"[\u0386-\u03ab\u0400-\u042f]")
_FIVE_DIGITS: Final = re.compile(r"\d{5}")


def _unit_in_cyrillic(token: str) -> bool:
    """Whether a token with digits holds Cyrillic or Greek letters in lower case and none in
    capitals, and no run of five digits: a unit or a rate ("128/мин", "×10⁹/л", "см²") or a
    form's number ("057/у-04"). An identifier in those scripts has its letters in capitals
    ("АБ 1234567"); a number glued to its label has its digits together ("тел.0504418820")."""
    return (
        _CYRILLIC_OR_GREEK_LOWER.search(token) is not None
        and _CYRILLIC_OR_GREEK_UPPER.search(token) is None
        and _FIVE_DIGITS.search(token) is None
    )


_PARA: Final = re.compile(r"P\d{1,4}")
_GRAVIDA_BEFORE: Final = re.compile(r"(?<![\w-])G\d{1,2}[ \t]\Z")
# A program's version of three parts after what names one: "fw=4.12.0", "watchOS 10.3.1",
# "ソフトウェア 6.3.1", "export_version":"2.4.1", or after another version ("7.1.9 to 7.2.1")
_VERSION: Final = re.compile(r"\d{1,2}\.\d{1,3}\.\d{1,3}")
_VERSION_CUE_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:fw|firmware|software|sw|build|version|ver|v|release|app|ios|android"
    r"|watchos|macos|distrib|current|avail)|ソフトウェア|バージョン|\d\.\d{1,3}[ \t]+to)"
    r"[ \t\"':=]*$"
)
# An assessment form's item code opening its line before the item's label, as the MDS and
# OASIS number them ("A1700. Type of Entry", "M1200  A. Pressure reducing device"); the form
# has more such lines near it.
_ITEM_CODE: Final = re.compile(r"[A-Z]{1,2}\d{4}[A-Z]?\d?")
_ITEM_LABEL_AFTER: Final = re.compile(r"\.?[ \t]+[A-Z]")
_ITEM_NEAR: Final = re.compile(r"[\n(][A-Z]{1,2}\d{4}[A-Z]?\d?\)?\.?[ \t]+[A-Z]")
_ITEM_REACH: Final = 400


def _assessment_item(text: str, start: int, end: int) -> bool:
    """Whether the code at ``start:end`` numbers an item of an assessment form (see
    :data:`_ITEM_CODE`): opening its line, or in brackets, before its label ("(M1810)
    Current ability to dress"), with another item of the form near it."""
    if start and text[start - 1] != "\n":
        bracketed = text[start - 1] == "(" and text.startswith(")", end)
        if not bracketed:
            return False
        end += 1
    if not _ITEM_LABEL_AFTER.match(text, end):
        return False
    return bool(
        _ITEM_NEAR.search(text, max(0, start - _ITEM_REACH), start - 1)
        or _ITEM_NEAR.search(text, end, end + _ITEM_REACH)
    )


# a chromosome's rearrangement in ISCN's notation: "t(9;22)", "t(15;17)", "del(17p)",
# "inv(16)", "der(22)", "i(17q)"
_KARYOTYPE: Final = re.compile(
    r"(?<![\w-])(?:t|del|dup|inv|ins|der|idic|i|r|add)\((?:\d{1,2}|X|Y)[pq]?(?:;(?:\d{1,2}|X|Y)[pq]?)*\)"
    r"(?:\([pq]\d{1,2}(?:\.\d{1,2})?(?:;[pq]\d{1,2}(?:\.\d{1,2})?)*\))?"
)
_KARYOTYPE_REACH: Final = 12  # from a token inside one back to its start: "t(9;22)(q34"


def _in_karyotype(text: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is part of a rearrangement (:data:`_KARYOTYPE`)."""
    if "(" not in text[max(0, start - _KARYOTYPE_REACH) : end]:
        return False
    opening = max(0, start - _KARYOTYPE_REACH)
    return any(
        m.start() <= start and end <= m.end()
        for m in _KARYOTYPE.finditer(text, opening, end + 2 * _KARYOTYPE_REACH)
    )


# an age of 89 or under and the sex, as a lab's worklist writes them: "44/M"
_AGE_SLASH_SEX: Final = re.compile(r"\d{1,2}/[MF]")
_OLDEST_PLAIN_AGE: Final = 89  # an older age is an identifier (Safe Harbor)
# A LOINC code: up to five digits and a check digit (a Luhn digit over them, as LOINC's own
# "mod 10" is)
_LOINC: Final = re.compile(r"\d{1,5}-\d")
_LOINC_COLUMN: Final = re.compile(r"  |\t")


def _luhn_valid(digits: str) -> bool:
    """Whether the last of ``digits`` is their Luhn check digit."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value  # (a doubled digit's two digits' sum)
    return total % 10 == 0


def _loinc_in_place(text: str, start: int, end: int) -> bool:
    """Whether the LOINC-shaped token at ``start:end`` has a valid check digit and stands
    where a test's code does: in brackets ("WBC (6690-2)"), in a column of a table between
    the test and its value, or before a test's name in lower case ("2524-7 lactate"). An
    account's, a phone's or an address's number, after one space, does not."""
    if not _luhn_valid(text[start : end - 2] + text[end - 1]):
        return False
    if text[start - 1 : start] == "(" and text.startswith(")", end):
        return True
    if text[start - 1 : start] in _CODED_VALUE_OPENERS and _coded_value(text, start):
        return True  # a coding's code: "system":"http://loinc.org","code":"59408-5"
    if _LOINC_COLUMN.match(text, max(0, start - 2)) and _LOINC_COLUMN.match(text, end):
        return True
    return text[end + 1 : end + 2].islower() and _described(text, end)


# SNOMED CT's concept identifiers: 6 to 18 digits, the last a Verhoeff check digit after a
# partition of "00" (a core concept) or "10" (an extension's): "38341003" (hypertensive
# disorder), "11000001102" (an extension's)
_SNOMED_CONCEPT: Final = re.compile(r"\d{3,15}[01]0\d")
_VERHOEFF_D: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 8, 7, 6, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def _snomed_concept(token: str) -> bool:
    """Whether ``token`` is a SNOMED CT concept's identifier (:data:`_SNOMED_CONCEPT`) with a
    valid Verhoeff check digit. Two numbers in a thousand pass by chance, so only a text that
    names SNOMED is read for them."""
    if _SNOMED_CONCEPT.fullmatch(token) is None:
        return False
    check = 0
    for i, digit in enumerate(reversed(token)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][int(digit)]]
    return check == 0


# the separators of a delimited export's cells, and a JSON value's quotes (the text's start
# and end are edges too: "" is in every string)
_CELL_EDGES = ",;|\t\""


def _loinc_cell(text: str, start: int, end: int) -> bool:
    """Whether the LOINC-shaped token at ``start:end`` of a text that names LOINC has a valid
    check digit and fills a cell of its own in a delimited export or a JSON value: the
    ``loinc`` column of a CSV ("Y,19295-5,Opiates,IA"), ``"loinc": "4548-4"``."""
    return (
        _LOINC.fullmatch(text, start, end) is not None
        and text[start - 1 : start] in _CELL_EDGES
        and text[end : end + 1] in _CELL_EDGES
        and _luhn_valid(text[start : end - 2] + text[end - 1])
    )


# HL7 v2 fields that hold a code (a test, procedure, diagnosis or drug), by segment: OBX-3
# observation, OBR-4 service, DG1-3 diagnosis, PR1-3 procedure, FT1-7 and FT1-25 charges,
# RXA-5, RXE-2 and RXO-1 drugs, AL1-3 allergen, SPM-4 specimen's type; or a place, PV1-3 a
# bed's location. No patient has one.
_HL7_CODE_FIELDS: Final[dict[str, frozenset[int]]] = {
    # the message's applications, type and HL7's version (MSH-1 is the first "|"; the
    # facilities, MSH-4 and MSH-6, may name a town, and the control id, MSH-10, can lead back
    # to the message: they stay masked)
    "MSH": frozenset({2, 4, 8, 11}),
    "OBX": frozenset({3}), "OBR": frozenset({4}), "DG1": frozenset({3}),
    "PR1": frozenset({3}), "FT1": frozenset({7, 25}), "RXA": frozenset({5}),
    "RXE": frozenset({2}), "RXO": frozenset({1}), "AL1": frozenset({3}), "SPM": frozenset({4}),
    "PV1": frozenset({3}),
}  # fmt: skip


def _hl7_code_field(text: str, start: int) -> bool:
    """Whether the field or component that starts at ``start`` is the first component of
    one of :data:`_HL7_CODE_FIELDS` in an HL7 segment opening the line (any component of the
    message's type: "ADT^A01^ADT_A01")."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    segment = text[line_start : line_start + 4].lstrip(" \t")
    fields = _HL7_CODE_FIELDS.get(segment[:3])
    if fields is None or segment[3:4] != "|":
        return False
    if text[start - 1] == "^" and segment[:3] != "MSH":
        return False
    return text.count("|", line_start, start) in fields


def _measured(number: str) -> bool:
    """Whether a number can be a measurement when a unit follows it: at most six digits and
    no leading zero ("0042 in the cohort", "4471902 min" are identifiers)."""
    return len(number) <= 6 and not _LEADING_ZERO.match(number)


def _unit_after(text: str, end: int) -> bool:
    """Whether a unit follows the number ending at ``end`` ("in" followed by a lower-case
    word is the preposition, not inches)."""
    m = _UNIT_AFTER.match(text, end)
    if m is None:
        return False
    return not (m.group().lstrip(" \t") == "in" and _LOWER_WORD_AFTER.match(text, m.end()))


def _gaps(size: int, known: Sequence[Raw]) -> list[tuple[int, int]]:
    """The stretches of a text of ``size`` characters outside the sorted, disjoint spans."""
    gaps: list[tuple[int, int]] = []
    pos = 0
    for start, end, _entity, _score in known:
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    gaps.append((pos, size))
    return gaps


_TOKEN_REACH: Final = 256  # the longest token read from a digit, either way (_code_tokens)


def _code_tokens(
    text: str, gaps: Sequence[tuple[int, int]], strict: bool = False
) -> list[tuple[int, int]]:
    """``(start, end)`` of the tokens holding a digit that may be identifiers.

    A token is word characters with inner ``./#+()-``. A number of up to three digits on its
    own (not next to another digit group) is left out: it is a count or a measurement (at
    ``strict``, only up to two digits). Only
    tokens that start in one of ``gaps`` are looked at (a token that runs on into a known
    span is taken whole).
    """
    tokens: list[tuple[int, int]] = []
    short = 2 if strict else 3
    digit_tokens = _DIGIT_TOKENS[strict]
    for gap_start, gap_end in gaps:
        for m in digit_tokens.finditer(text, gap_start, gap_end):
            group, end = m.lastgroup or "general", m.end()  # one of the two closes last
            if group == "measurement" and end + 1 < gap_end:
                continue  # the regex saw both characters after it, inside the gap
            start = m.start(group) - 1  # the token's first digit
            if end == gap_end:  # it may run on into the known span: take it whole
                reach = start + _TOKEN_REACH
                end = _DIGITS_ON.match(text, start, reach).end()  # type: ignore[union-attr]
            if not text.isascii():  # not on past a bracket after Chinese: "2型糖尿病(E11.9"
                cut = _CJK_BEFORE_BRACKET.search(text, start, end)
                if cut is not None:  # (the rest is read again: "1級)第A0184273号")
                    tokens += _code_tokens(text, [(cut.end(), end)], strict)
                    end = cut.start() + 1
            while not (text[end - 1].isalnum() or text[end - 1] == "_"):
                end -= 1
            before = text[start - 1] if start else " "
            if before in _TOKEN_CHARS or (before > "\x7f" and before.isalpha()):  # "УБ85071412"
                start = _token_start(text, start)
                if start < 0:
                    continue
            elif (
                end - start <= short
                and text[start:end].isdigit()
                and not _beside_digits(text, start, end)
            ) or _form_item_number(text, start, end):
                continue  # a count or a measurement, or a form's item number
            tokens.append((start, end))
    return tokens


# A registry form's item number before its label and colon, opening a line or a column:
# "3001 Arrival Date/Time: 03/02/2024   3005 Health Insurance: Medicare", "4040 Diabetes: Yes"
_FORM_ITEM_LABEL: Final = re.compile(r" [A-Z][A-Za-z]*(?:[ /-][A-Za-z()]+){0,5}:[ \t]")
_FORM_ITEM_DIGITS: Final = 4


def _form_item_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` numbers a form's item (:data:`_FORM_ITEM_LABEL`)."""
    if end - start != _FORM_ITEM_DIGITS or not text[start:end].isdigit():
        return False
    opens = start == 0 or text[start - 1] == "\n" or text.startswith("  ", start - 2)
    return opens and _FORM_ITEM_LABEL.match(text, end) is not None


# where a token ends before Chinese or Japanese: a bracket or "+" after such a character, a
# full stop or bracket before one ("2型糖尿病(E11.9", "1.格雷夫斯病", "52)に応じて"); not a
# digit outside ASCII ("555.١٢" is a number in Arabic-Indic digits)
_CJK_BEFORE_BRACKET: Final = re.compile(r"[^\x00-\x7f\d][(+)]|[.)](?=[^\x00-\x7f\d])")


def _token_start(text: str, start: int) -> int:
    """Where the token holding the digit at ``start`` begins (-1 inside a word with an
    apostrophe or an e-mail: "O'Neil2", "ana@host12"; a value in quotes is a token:
    "'A0019327'"), up to :data:`_TOKEN_REACH` characters back: a run of a megabyte joined
    by ``/`` and ``#`` is not walked back over for each of its digits."""
    floor = max(0, start - _TOKEN_REACH)
    while start > floor and (
        text[start - 1].isalnum()
        or text[start - 1] == "_"
        # (not back over punctuation after Chinese or Japanese: "2型糖尿病(E11.9")
        or (
            text[start - 1] in "./#+()-"
            and start > 1
            and text[start - 2].isalnum()
            and (text[start - 2].isascii() or text[start - 1] not in "()+")
        )
    ):
        start -= 1
    if start > 0 and (
        text[start - 1] == "@"
        or (text[start - 1] in "'’" and start > 1 and text[start - 2].isalnum())
    ):
        return -1
    return start


def _beside_digits(text: str, start: int, end: int) -> bool:
    """Whether a digit group is one space away from another (``617 555 0199``)."""
    after = text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()
    return after or (start >= 2 and text[start - 1] == " " and text[start - 2].isdigit())


_ZIP_CODE: Final = re.compile(r"\d{5}(?:-\d{4})?")
# State codes that may stand between a city and a ZIP code with no comma: not those that are
# cues or credentials ("ID 88210-4471", "license MD 33029"), nor the armed forces' (APO AE)
_STATES_WITHOUT_COMMA: Final = frozenset(US_STATES) - {
    "ID", "MD", "PA", "DE", "OR", "IN", "AA", "AE", "AP"
}  # fmt: skip
_CITY_STARTS_AFTER: Final = frozenset(",:;|\n\t(")


def _state_and_zip(text: str, state: int, start: int, end: int, out: list[Raw]) -> bool:
    """Add a ZIP code after a state's code with no comma before it and the city before that
    ("Bisbee AZ 85603", the state is no identifier); False if no city begins a clause there."""
    city = _clause_city(text, state)
    if city is None:
        return False
    out.append((*city, "CITY", NET_SCORE))
    out.append((start, end, "ZIP", NET_SCORE))
    return True


def _clause_city(text: str, at: int) -> tuple[int, int] | None:
    """The capitalised words before a space before ``at`` that begin a clause, a town before
    its state or postal code ("Bisbee AZ 85603", "Glasgow G11 6AA"), or None."""
    if not (at and text[at - 1] in " \t"):
        return None
    city = city_before(text, at - 1)
    if city is None or _CA_PROVINCE_BEFORE.fullmatch(text, city[0], at):
        return None  # (a province: "Kingston, Ontario K7L 2G6")
    before = text[: city[0]].rstrip(" ")
    return None if before and before[-1] not in _CITY_STARTS_AFTER else city


# A British number plate: two letters, the two digits of the age (02-25, 51-75), a space and
# three letters (neither "I" nor "Q"), after a word for a vehicle ("EV71 PCR" is a virus and
# its test)
_PLATE_HEAD: Final = re.compile(r"[A-HJ-PR-Y]{2}(?:0[2-9]|1\d|2[0-5]|5[1-9]|6\d|7[0-5])")
_PLATE_TAIL: Final = re.compile(r" ([A-HJ-PR-Z]{3})(?![\w:-])")
_GLUED_PLATE: Final = re.compile(
    r"[A-HJ-PR-Y]{2}(?:0[2-9]|1\d|2[0-5]|5[1-9]|6\d|7[0-5])[A-HJ-PR-Z]{3}"
)
_GLUED_PLATE_LENGTH: Final = 7
_VEHICLE_BEFORE: Final = re.compile(
    r"\b(?i:van|car|vehicle|taxi|truck|lorry|unit|reg|registration|plate|transit|bus|trailer"
    r"|motorbike|motorcycle|scooter|cab|ambulance|hearse|ute|suv|pickup|minibus|coach"
    r"|drives|driving|drove|parked)\b"
)
_VEHICLE_REACH: Final = 40


def _british_plate(text: str, start: int, end: int) -> Raw | None:
    """The plate of :data:`_PLATE_HEAD` whose head is ``text[start:end]``, if it is one: a
    word of :data:`_VEHICLE_BEFORE` within :data:`_VEHICLE_REACH` characters before it, or
    letters after it that no list knows ("FN68 WQP" in a car park's log; not "PO12 BID")."""
    if not _PLATE_HEAD.fullmatch(text, start, end):
        return None
    tail = _PLATE_TAIL.match(text, end)
    if tail is None:
        return None
    if not _VEHICLE_BEFORE.search(text, max(0, start - _VEHICLE_REACH), start) and (
        _known_letters(tail.group(1))
    ):
        return None
    return (start, tail.end(), "VEHICLE", NET_SCORE)


def _known_letters(letters: str) -> bool:
    """Whether letters in capitals are a word, a test or a clinical abbreviation a list knows
    ("EV71 PCR" is a virus and its test)."""
    key = letters.lower()
    vocab = _vocabulary()
    return key in _TESTS or key in vocab.safe or key in vocab.clinical or key in vocab.names


_TESTS: Final = frozenset(
    split_words("pcr igg igm iga ige dna rna nat csf mri ecg ekg eeg emg cxr abg vbg lft tft fbc")
)


# A plate or a fleet number after a word for a vehicle (and a state's code or "rego"), its
# groups of letters and digits apart by single spaces or joined by hyphens: "ute S412 BMZ",
# "lorry GBF 4471 K", "truck HT-207", "mezzo BG-217", "viatura 42-XV-17"; found from its
# digits (the code tokens), looking back for the vehicle.
_VEHICLE_WORDS: Final = frozenset(
    split_words(
        """van car truck lorry ute taxi bus pickup rego mezzo viatura vessel boat hearse trailer
        ambulance motorcycle motorbike scooter minibus tractor pkw"""
    )
)
_VEHICLE_AND_GROUP_BEFORE: Final = re.compile(
    rf"\b(?i:{'|'.join(sorted(_VEHICLE_WORDS))})(?:[ \t]+[A-Z]{{2,3}})??[ \t]+"
    r"([A-Z]{1,4}[ \t])?\Z"
)
_PLATE_GROUP_AFTER: Final = re.compile(r"[ \t][A-Z]{1,3}(?![\w-])")


def _plates_after_vehicles(text: str, codes: list[tuple[int, int]]) -> list[Raw]:
    """The plates of :data:`_VEHICLE_AND_GROUP_BEFORE`."""
    out: list[Raw] = []
    for s, e in codes:
        token = text[s:e]
        if e - s > 8 or not token.replace("-", "").isalnum():
            continue
        # a plate holds a letter: in the token, or in a group of capitals before it
        if token.isdigit() and not (s >= 2 and text[s - 2].isupper() and text[s - 1] == " "):
            continue
        # (the words before are read first: most tokens, "PHQ-9" or "ICD-10", follow no
        # vehicle, and a plain split takes a fraction of the regex search's time)
        words = text[max(0, s - 24) : s].split()[-3:]
        if not any(word.strip("(,;:").lower() in _VEHICLE_WORDS for word in words):
            continue
        vehicle = _VEHICLE_AND_GROUP_BEFORE.search(text, max(0, s - 24), s)
        if vehicle is None:
            continue
        start = vehicle.start(1) if vehicle.group(1) else s
        tail = _PLATE_GROUP_AFTER.match(text, e)
        end = tail.end() if tail is not None else e
        if any(c.isalpha() for c in text[start:end]):
            out.append((start, end, "VEHICLE", NET_SCORE))
    return out


# An aircraft's registration: its country's prefix, a hyphen and three or four letters, after
# a word of aviation ("aircraft VH-FXQ", "rego VH-NQK", "Sikorsky S-92A LN-ONQ (reserve
# LN-OIX)", "Hubschrauber D-HNWS"), or an American N-number after a word for the aircraft
# ("aircraft N512AM"). Found from the hyphen and the letters after it (RA-ILD, HR-HPV and
# OB-GYN share the shape: the word of aviation is needed).
_REGISTRATION_LETTERS: Final = re.compile(r"-[A-Z]{3,4}(?![\w-])")
_REGISTRATION_PREFIX: Final = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)\Z")
_AVIATION_BEFORE: Final = re.compile(
    r"(?i:aircraft|airframe|a/c|heli|hubschrauber|maschine|tail|rego|reg\b|registration|coastguard"
    r"|flight|flug|avion|sikorsky|airbus|cessna|pilatus|beech|king air|learjet|agusta|werft)"
)
_AVIATION_REACH: Final = 40
_N_NUMBER: Final = re.compile(r"N\d{1,5}[A-Z]{0,2}(?![\w-])")
_AIRCRAFT_BEFORE: Final = re.compile(
    r"(?i:aircraft|airframe|helicopter|heli|tail)(?:[ \t]+(?i:no\.?|#|reg\.?))?[ \t]+\Z"
)
# a plate with a three-digit group, which no code token holds (see _plates_after_vehicles):
# "van KY 224 HQJ"
_PLATE_WITH_THREE_DIGITS: Final = re.compile(r" ([A-Z]{1,3} \d{3} [A-Z]{1,3})(?![\w-])")


def _aircraft_and_plates(text: str) -> list[Raw]:
    """The registrations of :data:`_REGISTRATION_LETTERS` and :data:`_N_NUMBER`, and the plates
    of :data:`_PLATE_WITH_THREE_DIGITS` after a word for a vehicle."""
    out: list[Raw] = []
    for m in _REGISTRATION_LETTERS.finditer(text):
        prefix = _REGISTRATION_PREFIX.search(text, max(0, m.start() - 2), m.start())
        if prefix is None:
            continue
        start = prefix.start()
        if _AVIATION_BEFORE.search(text, max(0, start - _AVIATION_REACH), start):
            out.append((start, m.end(), "VEHICLE", NET_SCORE))
    for m in _N_NUMBER.finditer(text):
        if _AIRCRAFT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            out.append((*m.span(), "VEHICLE", NET_SCORE))
    for m in _PLATE_WITH_THREE_DIGITS.finditer(text):
        if _VEHICLE_AND_GROUP_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1):
            out.append((*m.span(1), "VEHICLE", NET_SCORE))
    return out


def _code_spans(text: str, codes: list[tuple[int, int]], strict: bool) -> list[Raw]:
    """IDENTIFIER spans among the digit-holding tokens, in text order.

    Digit groups split by single spaces (``4457 1120 09``) are one identifier when one of them
    is, or when they hold six digits or more together; an unknown upper-case prefix of up to
    four letters (``HN 553 021``) is part of it.
    """
    out: list[Raw] = []
    judged: dict[int, bool] = {}  # see _code_is_safe
    clock: dict[int, bool] = {}
    billing: list[bool] = []  # whether the text bills (_bills), asked of its first code only
    dental: list[bool] = []  # whether it is about teeth (_dental), asked as billing
    loinc = "LOINC" in text or "loinc" in text  # see _loinc_cell
    snomed = "SNOMED" in text or "SCT" in text or "snomed" in text  # see _snomed_concept
    i, n = 0, len(codes)
    while i < n:
        s, e = codes[i]
        if (
            e - s == 3  # an Eircode's routing key: "D6W"
            and i + 1 < n
            and codes[i + 1][0] == e + 1
            and _EIRCODE.fullmatch(text, s, codes[i + 1][1])
        ):
            out.append((s, codes[i + 1][1], "ZIP", NET_SCORE))  # "D6W Y4K8", each half safe
            i += 2
            continue
        plate = _british_plate(text, s, e) if e - s == 4 else None
        if plate is not None:
            out.append(plate)  # "SN19 XRK": its letters are no code's
            i += 1
            continue
        if e - s == _GLUED_PLATE_LENGTH and _GLUED_PLATE.fullmatch(text, s, e):
            out.append((s, e, "VEHICLE", NET_SCORE))  # "YK19HZT", as a camera reads it
            i += 1
            continue
        if e - s <= 3 and (i + 1 == n or codes[i + 1][0] != e + 1) and text[s:e].isdigit():
            if strict and e - s == 3 and not _UNIT_AFTER.match(text, e):
                out.append((s, e, "IDENTIFIER", NET_SCORE))
            i += 1  # a number of up to three digits on its own: a count or a measurement
            continue
        j = i
        while (
            j + 1 < n
            and codes[j + 1][0] == codes[j][1] + 1
            and text[codes[j][1]] == " "
            and text[codes[j + 1][0] : codes[j + 1][1]].isdigit()
            and text[codes[j][0] : codes[j][1]].isdigit()
        ):
            j += 1
        group = codes[i : j + 1]
        if _REQUEST_LINE_BEFORE.search(text, max(0, s - 12), s):
            i = j + 1  # a status and a size in a web server's log
            continue
        unsafe = [
            not (
                (e - s <= 3 and text[s:e].isdigit())
                or (
                    (_cpt_code(text, s, e) or _revenue_code(text, s, e)) and _bills(text, billing)
                )
                or _TAXONOMY_CODE.fullmatch(text, s, e)
                or (_CDT_CODE.fullmatch(text, s, e) and _dental(text, dental))
                or (loinc and _loinc_cell(text, s, e))
                or (snomed and _snomed_concept(text[s:e]))
                or _code_is_safe(text, s, e, judged, clock)
            )
            for s, e in group
        ]
        digits = sum(len(text[s:e]) for s, e in group) if j > i else 0
        last_end = group[-1][1]
        # (a letter and digits after the groups are a card's version code and its digits, no
        # unit: "17 240575 K 018", a German pension number)
        version = VERSION_CODE_AFTER.match(text, last_end) if j > i else None
        numbered = version is not None and version.group().rstrip()[-1].isdigit()
        joined = j > i and (
            digits >= 6 and (numbered or not _UNIT_AFTER.match(text, last_end))
        )
        if any(unsafe) or joined:
            if j > i:
                if version is not None and (numbered or not _unit_after(text, last_end)):
                    last_end = version.end()  # "4082 117 953 KP"
                spans = [(group[0][0], last_end)]
            else:
                spans = [(s, e) for (s, e), bad in zip(group, unsafe, strict=True) if bad]
            for s, e in spans:
                m = _PREFIX.search(text, max(0, s - 6), s)
                if (
                    m is not None
                    and m.group(1) in _STATES_WITHOUT_COMMA
                    and _ZIP_CODE.fullmatch(text, s, e)
                    and _state_and_zip(text, m.start(1), s, e, out)
                ):
                    continue
                if m is not None and m.group(1).lower() not in _CUES:
                    s = m.start(1)
                    if _POSTCODE.fullmatch(text, s, e):  # the town before "G11 6AA"
                        city = _clause_city(text, s)
                        if city is not None:
                            out.append((*city, "CITY", NET_SCORE))
                if s and text[s - 1] in " -" and text[s - 2 : s - 1] in _MASKING:
                    masked = _MASKED_GROUPS_BEFORE.search(text, max(0, s - 24), s)
                    s = s if masked is None else masked.start()
                out.append((s, e, "IDENTIFIER", NET_SCORE))
        elif strict:
            for s, e in group:
                token = text[s:e]
                if token.isdigit() and len(token) == 3 and not _UNIT_AFTER.match(text, e):
                    out.append((s, e, "IDENTIFIER", NET_SCORE))
        i = j + 1
    return out


# --- dates, ages, nicknames, files and hosts written in words ----------------------------------

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth"
)
_UNITS_WORDS = "one two three four five six seven eight nine"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_COMPOUND_ORDINAL = (
    r"(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_ORD = (
    rf"(?:{_COMPOUND_ORDINAL}|"
    + "|".join(_ORDINALS.split())
    + r"|\d{1,2}(?:st|nd|rd|th))"
)
_NUM_WORD = (
    rf"(?:(?:{'|'.join(_TENS.split())})(?:[- ](?:{'|'.join(_UNITS_WORDS.split())}))?"
    rf"|{'|'.join(_TEENS.split())})"
)
_YEAR_WORDS = (
    rf"(?:(?:nineteen|twenty)[- ](?:oh[- ])?{_NUM_WORD}"
    rf"|two thousand(?:[- ]and)?(?:[- ](?:{_NUM_WORD}|{'|'.join(_UNITS_WORDS.split())}))?)"
)
_YEAR = rf"(?:(?:19|20|21)\d\d|'\d\d|{_YEAR_WORDS})"
_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec "
    "Januar Jänner Februar März Maerz Mai Juni Juli Oktober Dezember "  # German: "12. März"
    # Filipino's, before a day too: "Marso 15, 2024" (not "Mayo": "partial Mayo 6")
    "Enero Pebrero Marso Abril Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre"
)
_MONTH_NAMES = "|".join(sorted(_MONTHS.split(), key=len, reverse=True))  # "Juli" before "Jul"
# holidays that are a day by their name, and those that are one only before "Day" ("Labor:"
# heads an obstetric history, "Memorial" a hospital's name)
_HOLIDAYS_ALONE = (
    "Christmas|Xmas|Thanksgiving|Easter|Halloween|Hanukkah|Kwanzaa|Passover|Ramadan|Eid|"
    "New Year'?s|Valentine'?s"
)
_HOLIDAYS_BEFORE_DAY = (
    "Independence|Memorial|Labor|Labour|Veterans|Mother'?s|Father'?s|Boxing|Canada|Remembrance"
    "|Heritage|Australia|Anzac|ANZAC|Waitangi|Victoria|Family|Armistice|Presidents'?|Columbus"
    "|Emancipation|Reconciliation|Bastille|St\\.? Patrick'?s|St\\.? Stephen'?s"
)
_HOLIDAYS = f"{_HOLIDAYS_ALONE}|{_HOLIDAYS_BEFORE_DAY}"
_WEEKDAYS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri"
    " Sat Sun"  # (a date only before a day: "Sat 8th", not "sat up")
)
_MONTH_DAY = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/%]|\.\d)"
# Each branch starts with a literal capitalised word, so the engine skips in C to the letters
# that can begin one; the word boundary before it is checked in Python.
_WORD_DATE: Final = re.compile(
    rf"(?P<month>{_MONTH_NAMES})\.?"
    rf"(?:[ \t]+(?:the[ \t]+)?(?i:{_ORD}|\d{{1,2}}\b))?(?:,?[ \t]+(?:of[ \t]+)?(?i:{_YEAR})\b)?"
    # (not a clinical term named for the holiday: "Christmas factor", "Christmas disease")
    rf"|(?:(?:{_HOLIDAYS_ALONE})(?:[ \t]+(?:Eve|Day))?(?![ \t]+(?:factor|disease|tree\b))"
    rf"|(?:{_HOLIDAYS_BEFORE_DAY})[ \t]+Day)"
    rf"(?:,?[ \t]+(?:of[ \t]+)?{_YEAR}\b)?"
    # a weekday before "the 13th" or a month and day: "Friday the 13th", "Mon 25th", "Tues 9/17",
    # "Friday 8 November", "Monday, March 3"
    rf"|(?:{'|'.join(_WEEKDAYS.split())})\.?,?[ \t]+(?:(?:the[ \t]+)?(?i:{_ORD})\b|{_MONTH_DAY}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+(?:{_MONTH_NAMES})\b\.?"
    rf"|(?:{_MONTH_NAMES})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b)"
)
# The words a date in words starts with, as one plain alternation: the engine finds them fast
# and the full pattern is then tried only there.
# Full month and day names in capitals are among them, for a text or line in capitals, as
# dictation is typed: "IN MAY OF 1991", "ON NOVEMBER TWENTY-THIRD" (not abbreviations: "DEC"
# and "MAR" are "decreased" and "marked" there too).
_DATE_HEAD: Final = re.compile(
    grouped_alternation(
        [
            *_MONTHS.split(),
            *_HOLIDAYS.split("|"),
            *_WEEKDAYS.split(),
            *(m.upper() for m in _MONTHS.split()[:12]),
            *(d.upper() for d in _WEEKDAYS.split()[:7]),
        ]
    )
    + r"\b"
)
_UPPER_WORD_DATE: Final = re.compile(_WORD_DATE.pattern, re.IGNORECASE)
# where a month in capitals is a given name: "BROWN, JUNE", "HOLLOWAY^JUNE^19580422"
_IN_NAME_IN_CAPITALS: Final = re.compile(r"(?:[A-Z],[ \t]?|\^)$")
# A month of another language or calendar before its day or year: "Shawwal 15", "Meskerem 12,
# 2017", "Nisan 2025", "Agustus 2024" (English months are _WORD_DATE's). Capitalised, as a
# month that starts a date is written; left out are abbreviations and the months that are
# also words or names ("Mars", "Maya", "Abril", "Azar").
_NOT_MONTH_FIRST: Final = frozenset(
    split_words(
        """january february march april june july august september october november december
        sept mars mart maja maya marta mayo marzo abril safar adar aban azar bahman ekim elul kovo
        samhain"""
    )
)
_YEAR_OF_ANY_ERA = r"(?:1[89]\d\d|20\d\d|1[34]\d\d|25\d\d)"  # Gregorian, Hijri, Buddhist
# (one set lookup per capitalised run of the net's scan: a regex of their alternation cost
# the net 3% of its time)
_FOREIGN_MONTH_FORMS: Final = frozenset(
    form
    for month in FOREIGN_MONTHS
    if len(month) > 3 and month not in _NOT_MONTH_FIRST and month.isalpha()
    for form in (month[:1].upper() + month[1:], month.upper())
)
# in a note in another language, the months that are words or names in English notes too:
# "Mayo 15-21", "Marzo 3"
_FOREIGN_MONTH_FORMS_IN_OTHER_LANGUAGE: Final = _FOREIGN_MONTH_FORMS | frozenset(
    form
    for month in split_words("mayo marzo abril mars mart")
    for form in (month.title(), month.upper())
)
_DAY_OR_YEAR_AFTER: Final = re.compile(
    rf"\.?[ \t]+(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[–-](?:0?[1-9]|[12]\d|3[01]))?"
    rf"(?:,?[ \t]+{_YEAR_OF_ANY_ERA})?"
    rf"|{_YEAR_OF_ANY_ERA})(?![\w/-]|\.\d)"
)
# a day, or the first and last of a range, before "of" and a month: "the fourteenth of ", "the
# ninth to the twelfth of "
_ORD_OR_RANGE = (
    rf"{_ORD}(?:[ \t]+(?:to|and|through|thru|until|till|-|–)[ \t]+(?:the[ \t]+)?{_ORD})?"
)
_ORDINAL_OF: Final = re.compile(
    rf"(?i:(?:\bthe[ \t]+)?\b{_ORD_OR_RANGE}[ \t]+(?:day[ \t]+)?of[ \t]+)$"
)  # (and a legal text's "the twelfth day of ")
# an ordinal in words right before a month, as a certificate writes a date out: "Sixth
# February, Two Thousand and Twenty-Four"
_ORDINAL_WORD_BEFORE: Final = re.compile(
    rf"(?i:\b{_COMPOUND_ORDINAL}|\b(?:{'|'.join(_ORDINALS.split())}))[ \t]+$"
)
_ALONE_IN_SENTENCE_ONLY: Final = frozenset(split_words("March May August"))
_SECOND_DAY: Final = re.compile(r"[ \t]+(?:and|&|to|-|–)[ \t]+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b")
# A date in words with its month in lower case, as dictation is typed: "march third nineteen
# forty two", "may twenty eighth", "the twelfth of september"; the day is needed (a month
# alone in lower case is a word: "may", "march"). Found from the space before the month (a
# literal lead: the engine skips to each space in C, faster than twelve str.find calls).
_LOWER_MONTH_NAMES: Final = split_words(
    "january february march april may june july august september october november december"
)
_LOWER_MONTH: Final = re.compile(" " + grouped_alternation([*_LOWER_MONTH_NAMES]) + "(?![a-z])")
_DAY_AFTER_LOWER_MONTH: Final = re.compile(
    rf"[ \t]+(?:the[ \t]+)?(?:{_ORD}\b|(?:[12]?\d|3[01])(?![\d:]|[.,]\d))"
)
# a day before a month in lower case: "9th august", "19 of september" ("18 may" needs the
# ordinal or "of": "aged 18 may consent")
_DAY_BEFORE_LOWER_MONTH: Final = re.compile(
    r"(?<![\w.,/-])(?:[12]?\d|3[01])(?P<ordinal>(?:st|nd|rd|th)?(?:[ \t]+of)?)[ \t]+\Z"
)
# a month's abbreviation in lower case between a day and a year, as Spanish and Portuguese
# records and exports write it: "15-may-2024", "10 ago 2024", "nov-2024" (the day before it
# is checked in Python)
_LOWER_SHORT_MONTH_BEFORE_YEAR: Final = re.compile(
    r"([- ])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|set|out"
    r"|dez|fev|gen|giu|lug|ott|okt|mrt|mei)\.?([- ])\Z"
)  # (the year leads the scan: _FOUR_DIGIT_YEAR)
_DAY_BEFORE_SHORT_MONTH: Final = re.compile(r"(?<![\w.,/:-])(?:0?[1-9]|[12]\d|3[01])\Z")
_ORDINAL_OF_LOWER_MONTH: Final = re.compile(rf"\bthe[ \t]+{_ORD_OR_RANGE}[ \t]+of[ \t]+$")
_ORDINAL_REACH: Final = 60
_YEAR_AFTER: Final = re.compile(rf",?[ \t]+{_YEAR}\b")
# "may" and "march" are verbs too ("you may first try"): a date needs a year after it or a word
# that takes a date before it
_VERB_MONTHS: Final = frozenset((" may", " march"))
# a word that puts a month alone in time: "in May", "since june", "last November", "mid-July"
# (a word that names a part of the month or which one is part of the date: "late June")
_MONTH_TIME_WORD_BEFORE: Final = re.compile(
    r"\b(?i:in|since|until|till|by|from|during|before|after|through|due"
    r"|(?P<part>last|next|this|early|mid|late|end[ \t]+of|beginning[ \t]+of))[ \t-]+$"
)
_DATE_WORD_BEFORE: Final = re.compile(
    r"\b(?:on|since|until|till|by|from|of|born|birth|service|date|dated|before|after|through)"
    r"[ \t]+$"
)
_AGE_NUMBER = rf"(?:ninety(?:[- ](?:{'|'.join(_UNITS_WORDS.split())}))?|(?:one|a)[- ]hundred" + (
    rf"(?:[- ]and)?(?:[- ](?:{'|'.join(_UNITS_WORDS.split())}|{'|'.join(_TEENS.split())}))?)"
)
_AGE_IN_WORDS: Final = re.compile(
    rf"(?i:\b{_AGE_NUMBER}(?:(?:[- ]years?)?[- ]old|[- ]years?|[- ]y/?o)?\b"
    r"|\b(?:(?:early|mid|late)[- ])?nineties\b)"
)
# a reading or a dose said in words, not an age: "one fifty over one hundred", "ninety over
# sixty", "carbidopa levodopa twenty five one hundred", "weight one hundred eight pounds"
_READING_IN_WORDS: Final = re.compile(
    r"\b(?:over|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty) $"
)
_MEASURE_IN_WORDS_AFTER: Final = re.compile(
    r" (?:over|milligrams?|micrograms?|grams?|mg|mcg|kg|kilos?|pounds?|lbs?|ml|units?|percent"
    r"|mmhg|beats|bpm|degrees|times|tablets?)\b"
)
# Ages over 89 in Spanish, Portuguese, Italian, German and French words, before "years" or in
# parentheses beside the age in digits: "noventa y dos años", "novantadue anni",
# "zweiundneunzig Jahre", "quatre-vingt-douze ans", "centosei anni", "91 J. (einundneunzig)",
# "103 (centotré)"
_FOREIGN_AGE_WORD = (
    r"(?:noventa(?:[ -][ye][ -][a-zê]+)?|novant[a-zéè]*|(?:[a-zä]+und)?neunzig"
    r"|quatre-vingt-[a-z-]+|cento(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove|dieci"
    r"|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove)"
    r"|hundert(?:[a-zä]+)?)"
)
_AGE_IN_FOREIGN_WORDS: Final = re.compile(
    rf"\b{_FOREIGN_AGE_WORD}[ \t]+(?:años|anos|anni|jahre|ans)\b"
    rf"|\b(?:(?:9\d|1[01]\d)[ \t]*(?:j\.|jahre|anni|años|anos|ans)?[ \t]*)?\({_FOREIGN_AGE_WORD}\)"
    rf"|\b{_FOREIGN_AGE_WORD}[ \t]*\((?:9\d|1[01]\d)\)"
)
# each hint is one pass over the text (about a millisecond a megabyte)
_FOREIGN_AGE_HINTS: Final = ("novent", "novant", "neunzig", "vingt-", "cento", "hundert")
# the value is checked after the match
_AGE_IN_DIGITS: Final = re.compile(
    r"0?[91]\d\d?(?:[ \t]?-?[ \t]?(?:y/?o\b|y\.o\.?|yrs?\b|years?\b)|[ \t-]?y\b(?!['’-])"
    r"|(?=-year))"
)
# Every unit an age in digits can end with; its "y" stands at most six characters after the
# age's first digit (three digits, then a space, a dash and a space). A "y" alone ("93 y",
# "93y") only right after a digit, or a digit and a space or dash. (Led by the literal "y":
# a class [yY] would test every character, three times the time of this scan.)
_AGE_UNIT: Final = re.compile(r"y(?:/?o\b|\.o|rs?\b|ear|(?:(?<=\d[ \t-]y)|(?<=\dy))\b(?!['’-]))")
_AGE_UNIT_REACH: Final = 6
# the number after "centenarian" or "nonagenarian": "Centenarian (103)", "Nonagenarian, 93"
_AGE_NOUN: Final = re.compile(r"(?:centenarian|nonagenarian)[ \t]*[,(][ \t]*(\d{2,3})\b")
# the nouns themselves: narrower than the "90 or older" Safe Harbor allows
_AGE_NOUNS: Final = re.compile(r"\b(?:nonagenarian|(?:super)?centenarian)s?\b")
# an age after a word for a person and a comma: "Great-grandmother, 96, brought in",
# "Patientin, 92 J." (not a measurement: no unit after it)
_AGE_AFTER_COMMA: Final = re.compile(r",[ \t]*(9\d|1[01]\d)\b(?![.,]\d|%)")
# an age after a word for a person that opens an aside: "(wife 90; she says ...)", "her sister
# Edith (herself 91, independent)" (led by the literal "(")
_AGE_RELATIVES = (
    r"(?:herself|himself|wife|husband|spouse|partner|mother|mom|mum|father|dad|sister|brother"
    r"|aunt|uncle|grand(?:mother|father|ma|pa)|widow|widower|friend|neighbou?r)"
)
_AGE_IN_ASIDE: Final = re.compile(
    rf"\((?:[a-z'’-]+[ \t]+){{0,2}}?{_AGE_RELATIVES}[ \t]*[,:]?[ \t]*(9\d|1[01]\d)(?=[,;)])"
    r"|\((9\d|1[01]\d)[ \t]+(?:herself|himself)\b"  # "Bunny (90 herself)"
)
# an age alone in parentheses after a relative or a date of birth: "her mother (94)", "DOB
# 12/30/1933 (91)"
_AGE_IN_PARENTHESES: Final = re.compile(r"\((9\d|1[01]\d)(?:[ \t]?(?:y|yo|yrs?|years?))?\)")
# an age beside a sex in parentheses: "(M, 94)", "(F, 102)", "(94, F)"
_AGE_AND_SEX_IN_PARENTHESES: Final = re.compile(
    r"\((?:[MF],[ \t]?(9\d|1[01]\d)|(9\d|1[01]\d),[ \t]?[MF])\)"
)
_PERSON_OR_DATE_BEFORE: Final = re.compile(rf"\b{_AGE_RELATIVES}[ \t]+$|\d[/.-]\d{{2,4}}[ \t]*$")
_PERSON_WORD_BEFORE: Final = re.compile(
    r"\b(?:patient|pt|woman|man|lady|gentleman|female|male|resident|veteran|widow|widower"
    r"|(?:great-)?(?:grand)?(?:mother|father)|husband|wife|aunt|uncle|sister|brother"
    r"|nan|nana|gran|granny|grandma|grandpa|mum|mom|dad"
    r"|patientin|patiente|paciente|paziente|hasta|kvinna|mujer|femme|homme|hombre)$"
)
# An age over 89 on its own: 90-119 after neither a word character nor a full stop, maybe
# padded with a zero ("092/F"). Each branch starts with its digit, so the engine skips ahead
# to 9s, 1s and 0s in C.
_AGE_OVER_89 = r"(?:9(?<![\w.]9)\d|1(?<![\w.]1)[01]\d|0(?<![\w.]0)(?:9\d|1[01]\d))"
# "97M", "92F", "101 yo F": an age and a sex, the way a note often opens ("98F" after a
# temperature cue is a temperature). Found from the sex: "M" and "F" on their own, each
# looked for as a literal, since the engine finds a literal with a fast string search but
# tests a character class at every character (8 ms a pass over the padded benchmark notes
# for [MF], 1 ms for M).
_SEXES: Final = (re.compile(r"M(?![\w'’])"), re.compile(r"F(?![\w'’])"))
# and DICOM's age in years, "095Y", found the same way
_YEARS: Final = re.compile(r"Y(?![\w'’])")
_BEFORE_SEX: Final = frozenset("0123456789oOyY/, \t")
_AGE_BEFORE_SEX: Final = re.compile(rf"{_AGE_OVER_89}(?:[ \t]?(?:y/?o|Y/?O|Y|y)[ \t]?)?[/,]?$")
# "her brother 90", "my mother is 97": an age over 89 after a relative (checked for "his",
# "her", "my" before it and for no unit after it), matched where str.find met the end of
# the relative's word (a regex led by the words would test them at every character)
_AGE_AFTER_RELATIVE: Final = re.compile(
    r"[ \t]+(?:is[ \t]+|was[ \t]+|aged[ \t]+)?(9\d|1[01]\d)\b(?![.,]\d|%)"
)
_RELATIVE_ENDS: Final = ("ther", "ster")  # mother, father, brother, sister (and "other")
_RELATIVE_BEFORE: Final = re.compile(
    r"\b(?:his|her|their|my|our)[ \t]+(?:great-)?(?:grand)?(?:mo|fa|bro)?(?:ther|sister)$"
)
_AGE_AFTER_SEX: Final = re.compile(rf"[ \t]?/[ \t]?({_AGE_OVER_89})\b(?![.,]\d|%)")  # "F/91"
# "At 91, she still lives alone": an age over 89 that opens a sentence about a person; and
# after "years" in Swahili, "umri wa miaka 97"
_AGE_OPENING: Final = re.compile(
    rf"(?:At|At age)[ \t]+({_AGE_OVER_89}),?[ \t]+"
    r"(?:she|he|they|I|the patient|patient|pt|Mr|Mrs|Ms)\b"
    rf"|miaka[ \t]+({_AGE_OVER_89})\b"
)
# the same in a sentence ("... at 91 I finally gave up"), and "a lady of 100", found from
# "at 9", "at 1", "of 9" and "of 1" in the lower-cased text
_AGE_BEFORE_PERSON: Final = re.compile(rf"({_AGE_OVER_89}),?[ \t]+(?:she|he|they|I)\b")
_AGE_AFTER_OF: Final = re.compile(rf"({_AGE_OVER_89})\b(?![.,]\d|%)")
_PERSONS_OF: Final = ("lady of ", "man of ", "woman of ", "gentleman of ", "resident of ")
_AGE_IN_SENTENCE_LEADS: Final = ("at 9", "at 1", "of 9", "of 1")
# "in his mid-90s", "in her nineties": an age over 89 as a decade of someone's life
_AGE_DECADE: Final = re.compile(
    r"(?:his|her|their)[ \t]+((?:(?:early|mid|late)[- ]?)?(?:90'?s|nineties|100'?s|hundreds)"
    r"|(?:tenth|eleventh|10th|11th)[ \t]+decade)\b"
)
_TEMPERATURE_CUE: Final = re.compile(
    r"(?i:\b(?:t|temp|temperature|tmax|febrile|fever|afebrile)\b)[^.;\n]{0,12}$"
)
# "died at 98", "turns 100", "Passed away at 93": an age over 89 after a verb that takes one,
# matched where str.find met the verb's stem in the lower-cased text
_AGE_AFTER_VERB: Final = re.compile(
    r"(?i:(?:died|passed(?: away)?|deceased|turns|turned|turning|lived to|will be|would have been"
    r"|alive)[ \t]+(?:(?:last|this|in)[ \t]+(?:[A-Za-z]+[ \t]+){0,2}?(?:[a-z]+|[A-Z][a-z]+|\d{4})"
    r"[ \t]+)?(?:at[ \t]+)?)"
    rf"\(?({_AGE_OVER_89})\b"
)
# "died last spring at 92", "died in 2019 at 99", "alive at 91"
_AGE_VERBS: Final = (
    "died", "passed", "deceased", "turn", "lived to", "will be", "would have", "alive"
)
# an age after a key of an age: "age_at_visit=(93)", "age=93", "given her age (93)" (led by
# the literal "age")
_AGE_KEY: Final = re.compile(
    rf"age(?:_[a-z]+)*(?:[ \t]+(?:on|at)[ \t]+[a-z]+)?[ \t]*(?:[=:][ \t]*\(?|\(|[ \t]of[ \t]+)"
    rf"({_AGE_OVER_89})\b(?![.,]\d)"
)
# An age over 89 after a person and a verb: "patient is 91", "she was 104", "Mum's 97", "he'll
# be 96", "dad turned 100"; found from "is 9", "was 1" ... (not a measurement: no unit after it)
_AGE_AFTER_IS: Final = tuple(
    f"{verb} {digit}"
    for verb in (
        "is", "was", "'s", "’s", "be", "am", "turned", "turns", "turning", "is now", "'s now"
    )
    for digit in "91"
)
_PERSON_BEFORE_IS: Final = re.compile(
    r"\b(?:patient|pt|she|he|who|i|resident|mother|father|husband|wife|mom|mum|dad|grandmother"
    r"|grandfather|grandma|grandpa|gran|granny|nan|nana|aunt|auntie|aunty|uncle|sister|brother"
    r"|age|old to)"  # ("correct age is 101", "too old to be 94")
    r"(?:['’]ll|[ \t]+will|[ \t]+would)?[ \t]*$"
)
_AGE_AFTER_NAME: Final = re.compile(
    r"(?:,[ \t]*(?:is[ \t]+|\()?|[ \t]?\(|[ \t]is[ \t]+"
    # or in the next column of a list or table: "kathleen gallagher — 97 —", "| 97 |", "  93  "
    r"|[ \t]+[—–][ \t]+|[ \t]*\|[ \t]*|[ \t]{2,}|\t)"
    r"(9\d|1[01]\d)(?=[),;|]|\.(?!\d)|[ \t]|$)"
)
_AGE_AFTER_NAME_STARTS: Final = (",", " (", "(", " is ", " —", " –", " |", "|", "  ", "\t")
_AGE_ALONE: Final = re.compile(r"(?:9\d|1[01]\d)\b(?![.,]\d|%|/)")
# an age over 89 after a comma or a bracket, before a word that dates it: "(Pat, 94 this
# year)", "no wait, 92 now" (not a measurement's: "HR 96 now settled")
_AGE_NOW: Final = re.compile(
    r"(9\d|1[01]\d)[ \t]+(?:this year|now\b|next (?:week|month|year)|last (?:week|month))"
)  # (led by the age; the comma or bracket before it is checked in Python)
_COMMA_OR_BRACKET_BEFORE: Final = re.compile(r"[,(][ \t]*\Z")
# a message's "shes 92", "hes 94" (led by the literal; the word's start is checked in Python)
_AGE_AFTER_HES: Final = re.compile(r"hes[ \t]+(9\d|1[01]\d)\b(?![.,]\d|%|/)")
_AGE_BIRTHDAY: Final = re.compile(rf"{_AGE_OVER_89}(?:st|nd|rd|th)(?=[ \t]+birthday)")
_QUOTED: Final = re.compile(r"[\"“]([A-Za-z][\w'’-]*(?:[ \t][A-Za-z][\w'’-]*)?)[\"”]")
_NICKNAME: Final = re.compile(
    r"(?:goes by|Goes by|[Kk]nown(?:[ \t]+[a-z]+){0,4}[ \t]+as|nicknamed|Nicknamed|nickname"
    r"|called|aka|AKA|a\.k\.a\.)[ \t]+(?:\(?['‘]([A-Za-z][\w’-]*)['’]|\(([A-Za-z][\w’-]*)\)"
    r"|(?!(?:the|a|an|his|her|their|my|our|name|nickname|me|him|them|us|it|this|that|to|from|"
    r"back|in|at|for|with|about|and|or|on|by|after|before|again|out|off|up|down|over|into|"
    r"today|yesterday|tonight|twice|once|ahead|home|here|there)\b)([a-z][\w’-]*))"
)
# a nickname between the given name and the surname: 'Desmond "Rocky" Little'
_GIVEN_BEFORE_NICKNAME: Final = re.compile(r"(?<![\w.])[A-Z][a-z'’-]+[ \t]\Z")
_SURNAME_AFTER_NICKNAME: Final = re.compile(r"[ \t]([A-Z][\w'’-]*[a-z])(?![\w'’-])")
_NICKNAME_CUES: Final = ("goes by", "known", "nickname", "called", "aka", "a.k.a.")
# a name given in words, whatever its word: "said his name was Slim", "a man named Hope",
# "known as Big Mike"
_NAMED_CUES: Final = ("name is", "name was", "named", "known as", "goes by")
_NAMED: Final = re.compile(r"[ \t]+([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)")
# a nickname in single quotes and parentheses, after the name: "Chelsea Scott ('Peaches')"
_PAREN_QUOTED: Final = re.compile(r"\(['‘]([A-Z][\w-]*(?:['’]\w+)?(?:[ \t][A-Z][\w-]*)?)['’]?\)")
# (?=[A-Za-z]) first: most full stops end a sentence or sit in a number, and are passed over
# before the case-insensitive alternation is tried (a fifth of the cost on the padded notes)
_FILE_EXTENSION: Final = re.compile(
    r"\.(?=[A-Za-z])(?i:jpe?g|png|gif|bmp|tiff?|heic|webp|pdf|docx?|xlsx?|csv|txt|dcm|dicom|"
    r"mp4|mov|avi|wav|mp3|m4a|zip)\b"
)
_LONGEST_EXTENSION: Final = len(".dicom")
_DOTTED: Final = re.compile(r"\.[A-Za-z][A-Za-z0-9-]+")
_HOST: Final = re.compile(
    r"(?:[A-Za-z0-9-]{2,}\.){2,}[A-Za-z]{2,}(?:/[^\s\"'<>()\[\]]*[\w/])?"
    r"|[A-Za-z0-9-]{2,}\.[A-Za-z]{2,}/[^\s\"'<>()\[\]]*[\w/]"
)
# a class or method of a program's stack trace, named by a reversed domain and a capitalised
# class: "java.lang.IllegalStateException", "com.mycarebuddy.sync.SyncWorker.doWork"
_CODE_PATH: Final = re.compile(
    r"(?:com|org|net|io|java|javax|android|kotlin|dalvik)\.(?:[a-z][\w$]*\.)*[A-Z][a-z]+[A-Z]"
)
_HOST_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
_FILE_CHARS: Final = _HOST_CHARS | {"_", "/", "\\"}  # a file name with its folders


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_'’")


def _lower_case_word_dates(text: str, lowered: str) -> list[Raw]:
    """Dates in words whose month is in lower case (see :data:`_LOWER_MONTH`)."""
    out: list[Raw] = []
    for month in _LOWER_MONTH.finditer(lowered):
        start, end = month.start() + 1, month.end()
        if text[start].isupper():
            continue  # a capitalised month is _word_dates'
        day = _DAY_AFTER_LOWER_MONTH.match(lowered, end)
        ordinal_of = (
            _ORDINAL_OF_LOWER_MONTH.search(lowered, max(0, start - _ORDINAL_REACH), start)
            if lowered.endswith(" of ", 0, start)
            else None
        )
        if day is None and ordinal_of is None:
            day_before = _DAY_BEFORE_LOWER_MONTH.search(lowered, max(0, start - 12), start)
            if day_before is not None and (
                month.group() not in _VERB_MONTHS or day_before["ordinal"]
            ):  # "from 1st to 9th august", "on 19 of september"
                year = _YEAR_AFTER.match(lowered, end)
                end = end if year is None else year.end()
                out.append((day_before.start(), end, "DATE", NET_SCORE))
                continue
            year = _YEAR_AFTER.match(lowered, end)
            if year is not None:  # "in march 2019", "died in march twenty twenty two"
                out.append((start, year.end(), "DATE", NET_SCORE))
                continue
            timed = _MONTH_TIME_WORD_BEFORE.search(lowered, max(0, start - 12), start)
            if month.group() not in _VERB_MONTHS and timed is not None:
                # "no self-harm since june", "back in late june"
                start = timed.start("part") if timed["part"] else start
                out.append((start, end, "DATE", NET_SCORE))
            continue
        if day is not None:
            end = day.end()
        year = _YEAR_AFTER.match(lowered, end)
        if year is not None:
            end = year.end()
        elif (
            month.group() in _VERB_MONTHS
            and ordinal_of is None
            and not _DATE_WORD_BEFORE.search(lowered, max(0, start - 12), start)
        ):
            continue
        out.append((start if ordinal_of is None else ordinal_of.start(), end, "DATE", NET_SCORE))
    for year in _FOUR_DIGIT_YEAR.finditer(lowered):
        if year.start() < 2 or lowered[year.start() - 1] not in "- ":
            continue
        if not lowered[year.start() - 2].isalpha() and lowered[year.start() - 2] != ".":
            continue  # (a numeric date's year: "12-03-2024")
        m = _LOWER_SHORT_MONTH_BEFORE_YEAR.search(lowered, max(0, year.start() - 7), year.start())
        if m is None or text[m.start() + 1].isupper():
            continue  # (a capitalised month is the typed scan's)
        day = _DAY_BEFORE_SHORT_MONTH.search(lowered, max(0, m.start() - 2), m.start())
        if day is not None:
            out.append((day.start(), year.end(), "DATE", NET_SCORE))
        elif m.group(2) == "-":
            out.append((m.start() + 1, year.end(), "DATE", NET_SCORE))  # "revisar nov-2024"
    return out


# Dates in lower case as a diary, a log or a text message has them:
# - a month's abbreviation before a day: "jan 5", "oct 3rd" (not "may", a word, nor before a
#   unit: "aug 2 g"; "mar" and "dec", "marked" and "decreased" too, only before a day no
#   month can be: "dec 29");
# - a weekday before a day: "wed 5th", "mon 13", "sun 9th", "sat the 8th" (not "sat 30%",
#   "sat 28");
# - a month's abbreviation after a day's ordinal: "6th jan", "2nd of oct".
# Each pattern is led by a literal space or newline (then by the word): led by the words'
# letters or by a digit, they cost six times as much on the padded benchmark notes.
_SHORT_WORD_DATE = (
    r"(?:(?P<word>jan|feb|apr|jun|jul|aug|sept?|oct|nov|mon|tues?|wed|thu|thurs?|fri|sat|sun)"
    r"\.?[ \t]+(?:the[ \t]+(?=\d\d?(?:st|nd|rd|th)))?(?:[12]?\d|3[01])"
    r"|(?:mar|dec)\.?[ \t]+(?:1[3-9]|2\d|3[01]))"
    r"(?P<ordinal>st|nd|rd|th)?(?![\w/:-]|[.,]\d)"
)
_SHORT_WORD_DATE_IN_LINE: Final = re.compile(" " + _SHORT_WORD_DATE)
_SHORT_WORD_DATE_OPENING_LINE: Final = re.compile("\n" + _SHORT_WORD_DATE)
_ORDINAL_BEFORE_SHORT_MONTH: Final = re.compile(
    r" (?:[12]?\d|3[01])(?:st|nd|rd|th)[ \t]+(?:of[ \t]+)?"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![\w-])"
)


# a month and day right before another in a list: "doses (3/12, 3/13, 3/14)"
_MONTH_DAY_BEFORE_IN_LIST: Final = re.compile(rf"(?<![\w/.]){_MONTH_DAY},[ \t]?\Z")
_MONTH_DAY_ALONE: Final = re.compile(_MONTH_DAY)


def _dates_listed_before(text: str, known: Sequence[Raw]) -> list[Raw]:
    """The months and days listed before a month and day already found to be a date (the
    first of "3/12, 3/13, 3/14" reads as a ratio or three months on its own)."""
    out: list[Raw] = []
    dated = {start for start, _end, entity, _score in known if entity == "DATE"}
    for start, end, entity, _score in known:
        if entity != "DATE" or not _MONTH_DAY_ALONE.fullmatch(text, start, end):
            continue
        # (back to a date already found: a list of thousands is walked once, not once a date)
        while (before := _MONTH_DAY_BEFORE_IN_LIST.search(text, max(0, start - 8), start)):
            start = before.start()
            if start in dated:
                break
            dated.add(start)
            out.append((start, text.index(",", start), "DATE", NET_SCORE))
    return out


def _lower_case_short_dates(text: str) -> list[Raw]:
    """The dates of :data:`_SHORT_WORD_DATE` and :data:`_ORDINAL_BEFORE_SHORT_MONTH`."""
    out: list[Raw] = [
        (m.start() + 1, m.end(), "DATE", NET_SCORE)
        for m in _ORDINAL_BEFORE_SHORT_MONTH.finditer(text)
    ]
    # (a newline before the text, so that its first line opens like the others: the match's
    # start is the date's start in the text)
    words = [(m, m.start() + 1, m.end()) for m in _SHORT_WORD_DATE_IN_LINE.finditer(text)]
    words += [
        (m, m.start(), m.end() - 1) for m in _SHORT_WORD_DATE_OPENING_LINE.finditer("\n" + text)
    ]
    for m, start, end in words:
        if m.group("word") == "sat" and not m.group("ordinal"):
            continue  # ("sat 30" may be a saturation)
        if _unit_after(text, end):
            continue
        out.append((start, end, "DATE", NET_SCORE))
    return out


# A date as optical character recognition misreads it, "1" as "l" or "I" and "0" as "O": "llth
# March, l952", "the 2lst February" (an ordinal day with a misread digit before a month, and a
# misread year after it)
_MISREAD_DAY_BEFORE: Final = re.compile(
    r"(?<![\w])(?=[0-9lIO]{0,2}[lIO])[0-3lIO]?[0-9lIO](?:st|nd|rd|th)[ \t]+(?:of[ \t]+)?\Z"
)
_MISREAD_YEAR_AFTER: Final = re.compile(
    r"[a-z]*\.?,?[ \t]+(?=[0-9]{0,3}[lIO])[1lI][89][0-9lIO]{2}\b"
)
_MONTH_STEMS: Final = frozenset(m[:3].lower() for m in _MONTHS.split()[:12])


def _misread_date(text: str, start: int, end: int) -> Raw | None:
    """The date with misread digits around the month at ``text[start:end]``, if any (see
    :data:`_MISREAD_DAY_BEFORE`)."""
    day = _MISREAD_DAY_BEFORE.search(text, max(0, start - 12), start)
    year = _MISREAD_YEAR_AFTER.match(text, end)
    if day is None and year is None:
        return None
    if day is not None:
        start = day.start()
    if year is not None:
        end = year.end()
    return (start, end, "DATE", NET_SCORE)


def _word_dates(text: str) -> list[Raw]:
    """Dates written with words: "the fourteenth of February", "Christmas Eve 2022", "late
    June", "MAY OF 1991"."""
    out: list[Raw] = []
    done = 0
    for head in _DATE_HEAD.finditer(text):
        if head.group()[:3].lower() in _MONTH_STEMS and (
            misread := _misread_date(text, head.start(), head.end())
        ):
            out.append(misread)  # "llth March, l952"
        if head.group().isupper():  # a month or a day in capitals
            if _IN_NAME_IN_CAPITALS.search(text, max(0, head.start() - 3), head.start()) or (
                text.startswith("^", head.end())
            ):
                continue
            m = _UPPER_WORD_DATE.match(text, head.start())
        else:
            m = _WORD_DATE.match(text, head.start())
        if m is None or m.start() < done:
            continue
        start, end = m.span()
        if not _starts_word(text, start) or (end < len(text) and text[end].isalnum()):
            continue
        done = end
        before = (
            _ordinal_of_before(text, start)
            or _ORDINAL_WORD_BEFORE.search(text, max(0, start - 16), start)
            or _DAY_BEFORE.search(text, max(0, start - 6), start)
            or (
                _DAYS_BEFORE.search(text, max(0, start - 20), start)
                if start > 1 and text[start - 1] == " " and text[start - 2] in _DAY_ENDS
                else None
            )
        )
        month = m.group("month")
        if before is not None:
            start = before.start()
        elif month is not None and end - m.end("month") <= 1:  # a month name on its own
            end = m.end("month")  # not the full stop after it: "in late June."
            months = _MONTH_RANGE_AFTER.match(text, end)
            if months is not None:  # "(Jan–Mar some years)"
                out.append((start, months.end(), "DATE", NET_SCORE))
                done = months.end()
                continue
            timed = _MONTH_TIME_WORD_BEFORE.search(text, max(0, start - 12), start)
            if month.lower() not in _LOWER_MONTH_NAMES and timed is None:
                continue  # an abbreviation needs a day, a year or a word of time: "in Oct"
            if month.title() in _ALONE_IN_SENTENCE_ONLY and not (
                timed is not None
                if month.isupper()  # "PATIENT MAY RETURN": no sentence case to go by
                else _mid_sentence(text, start) and not _NEXT_CAPITAL.match(text, end)
            ):
                continue  # "May" and "March" are words too
            if timed is not None and timed["part"]:
                start = timed.start("part")
        elif month is not None and text[max(0, start - 1) : start] in " -":
            part = _MONTH_TIME_WORD_BEFORE.search(text, max(0, start - 12), start)
            if part is not None and part["part"]:  # "mid-July 2024", "late June 3rd"
                start = part.start("part")
        if before is None and " " not in m.group() and _before_head(text, start, end):
            continue  # "Christmas disease"
        out.append((start, end, "DATE", NET_SCORE))
        second = _SECOND_DAY.match(text, end)
        if second is not None:  # "November 4th and 5th"
            out.append((second.start(1), second.end(1), "DATE", NET_SCORE))
    return out


_NEXT_CAPITAL: Final = re.compile(r"[ \t]+[A-Z]")
_MONTH_RANGE_AFTER: Final = re.compile(rf"\.?[ \t]*[–-][ \t]*(?:{_MONTH_NAMES})\b\.?")
# a day with a full stop before a month, as German writes it: "12. März 2024"
_DAY_BEFORE: Final = re.compile(r"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.[ \t]+$")
# the days before a month that the typed scan leaves: two of them ("12 and 13 August",
# "12th-15th March"), or one at the end of a range ("31 Mar-4 Apr"); looked for only after a
# day's last character ("13", "1st", "4th")
_DAY_ENDS: Final = frozenset("0123456789tdh")
_DAYS_BEFORE: Final = re.compile(
    r"(?<![\w.])(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]*(?:and|&|to|-|–)[ \t]*)?"
    r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]{1,2}$"
)  # (not a column's number far before: "Pentavalent 2          Marso 15, 2024")
# A day with a full stop before a month in lower case, as the Nordic languages, Czech and
# Polish write it: "5. mars 2024", "12. března". Led by the literal ". ": a sentence seldom
# goes on in lower case, so the scan costs a third of a percent of detection.
_DOTTED_MONTH: Final = re.compile(
    r"\. (?:"
    + grouped_alternation(
        sorted((m for m in (*FOREIGN_MONTHS, *MONTHS_ALONE) if m.islower()), key=len, reverse=True)
    )
    + r")\b(?:,?[ \t]+\d{4}\b)?"
)
# A weekday of another language before a day, in a note in that language: "(viernes 16)",
# "lundi 3" (not the short forms: "di 5" may be a dose's "twice")
_FOREIGN_WEEKDAY_AND_DAY: Final = re.compile(
    rf"\b(?P<weekday>{FOREIGN_WEEKDAY})\.?,?[ \t]+(?:0?[1-9]|[12]\d|3[01])(?![\w/:-]|[.,]\d)"
)
# Vietnamese dates: "ngày 20 tháng 05 năm 2024", "tháng 5/2024", "ngày 23/5/2024"
_VIETNAMESE_DATE: Final = re.compile(
    r"(?:ngày[ \t]+)?(?:\d{1,2}[ \t]+)?tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4}|/\d{4})?(?!\d)"
    r"|ngày[ \t]+\d{1,2}/\d{1,2}(?:/\d{4}|/\d\d)?(?!\d)"
)
# Chinese and Korean dates written in Latin letters: "2024 nian 3 yue 5 ri", "2024nyeon 3wol 5il"
_ROMANISED_DATE: Final = re.compile(
    r"\b(?:\d{4}[ -]?(?:nian|nyeon)[ -]?)?\d{1,2}[ -]?(?:yue|wol)[ -]?\d{1,2}[ -]?(?:ri|hao|il)\b"
)
# a card's or a document's expiry, a month and a year of two digits: "exp 05/34", "Exp: 03/29"
_EXPIRY: Final = re.compile(
    r"exp(?:ires|iry|iration)?\.?:?[ \t]+((?:0?[1-9]|1[0-2])/\d\d)\b(?![/.]\d)"
)
# a date in a formula, a program's dump or a record's fields: "DATE(1930,4,9)",
# "datetime.date(1930, 6, 9)", "year: 1930 month: 6 day: 9"
_FORMULA_DATE: Final = re.compile(r"\b(?:DATE|date)\((\d{4}, ?\d{1,2}, ?\d{1,2})\)")
# (found from "month", a literal: clinical notes say "months" often)
_MONTH_FIELD: Final = re.compile(
    r"month[\"']?[ \t]*[:=][ \t]*\d{1,2},?[ \t]+day[\"']?[ \t]*[:=][ \t]*\d{1,2}\b"
)
_YEAR_FIELD_BEFORE: Final = re.compile(r"year[\"']?[ \t]*[:=][ \t]*\d{4},?[ \t]+$")
# A year of birth or death alone: Safe Harbor lets a year stay, but with a pedigree's
# relations and ages it dates a person ("b. 1921, d. 1989", "born 1981", "passed in 2021",
# "Year of birth: 1961", "YOB 1954"). Led by the year's digits (its start is checked in
# Python: a look-behind first would make the engine try every position).
_FOUR_DIGIT_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d(?![\w/-]|\.\d)")
_BIRTH_OR_DEATH_BEFORE: Final = re.compile(
    r"(?:(?<![\w.])[bd]\.|\b(?i:born|died|deceased|passed(?: away)?|year of birth|yob"
    r"|birth year|year of death))(?:[ \t]+(?:in|on))?[ \t]*:?[ \t]*$"
)


# A season of a year is a part of the date, as a month is: "fall 2018", "the winter of 2020"
_SEASON_BEFORE: Final = re.compile(
    r"\b(?i:(?:early|mid|late)[ \t-]+)?(?i:spring|summer|fall|autumn|winter)(?:[ \t]+of)?[ \t]+$"
)


def _dated_years(text: str) -> list[Raw]:
    """The years of :data:`_FOUR_DIGIT_YEAR` after a word of birth or death, and the seasons
    of :data:`_SEASON_BEFORE` with their years."""
    out: list[Raw] = []
    for m in _FOUR_DIGIT_YEAR.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_/.-"):
            continue
        reach = max(0, start - 24)
        if _BIRTH_OR_DEATH_BEFORE.search(text, reach, start):
            out.append((start, m.end(), "DATE", NET_SCORE))
        elif season := _SEASON_BEFORE.search(text, reach, start):
            out.append((season.start(), m.end(), "DATE", NET_SCORE))
    return out


# A range that ends in a full numeric date, which the typed scan does not take apart at its
# dash: "3/3/25-5/3/25", "6/7-6/8/25", "3-9/5/25". Found from the dash and the date after it.
_DATE_AFTER_DASH: Final = re.compile(r"[-–](\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))(?![\w/-]|\.\d)")
_RANGE_START_BEFORE: Final = re.compile(
    r"(?<![\w./-])\d{1,2}(?:/\d{1,2}(?:/(?:\d{4}|\d\d))?)?\Z"
)


# A Danish or Norwegian date: the day, a slash, the month, a hyphen and the year: "20/2-25"
# (found from its slash, the day before it checked after: led by the look-behind, the
# pattern cost a fifth of the net's date passes)
_NORDIC_DATE: Final = re.compile(r"/(?:0?[1-9]|1[0-2])-(?:19|20)?\d\d(?![\w/-]|\.\d)")
_NORDIC_DAY: Final = re.compile(r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])\Z")


def _numeric_date_ranges(text: str) -> list[Raw]:
    """The dates of :data:`_DATE_AFTER_DASH`, with the start of their range before the dash,
    and Nordic dates (:data:`_NORDIC_DATE`)."""
    out: list[Raw] = []
    for m in _DATE_AFTER_DASH.finditer(text):
        first = _RANGE_START_BEFORE.search(text, max(0, m.start() - 10), m.start())
        out.append((m.start(1) if first is None else first.start(), m.end(), "DATE", NET_SCORE))
    for m in _NORDIC_DATE.finditer(text):
        day = _NORDIC_DAY.search(text, max(0, m.start() - 2), m.start())
        if day is not None and not _unit_after(text, m.end()):  # (a dose's: "1/2-12 tab")
            out.append((day.start(), m.end(), "DATE", NET_SCORE))
    return out


# A month and day as an ISO date's tail, "02-13", in a text that writes its dates in ISO
# ("onset 2024-02-12 ... RTW 02-16"): with a leading zero a range is rarely so written
# (led by a digit: a look-behind first made the engine try every position of every text)
_ISO_DATE: Final = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")
_ISO_MONTH_DAY: Final = re.compile(
    r"(?<![\w/.:-])0[1-9]-(?:0[1-9]|[12]\d|3[01])(?![\w/:-]|\.\d)"
)


def _iso_month_days(text: str) -> list[Raw]:
    """The months and days of :data:`_ISO_MONTH_DAY`, in a text with an ISO date."""
    if _ISO_DATE.search(text) is None:
        return []
    return [
        (*m.span(), "DATE", NET_SCORE)
        for m in _ISO_MONTH_DAY.finditer(text)
        if not _unit_after(text, m.end())
    ]


def _writes_dotted_dates(text: str) -> bool:
    """Whether ``text`` holds a full date with full stops (:data:`_DOTTED_MONTH_AND_YEAR`)."""
    return any(
        _DAY_BEFORE_DOT.search(text, max(0, m.start() - 3), m.start())
        for m in _DOTTED_MONTH_AND_YEAR.finditer(text)
    )


def _two_digits(text: str, day: int, month: int) -> bool:
    """Whether the day at ``day`` and the month at ``month`` are written with two digits each
    ("09.07.": a value is rarely so, "6.2." often)."""
    return text[day + 2 : day + 3] == "." and text[month + 2 : month + 3] == "."


def _dotted_day_dates(text: str) -> list[Raw]:
    """The dates of :data:`_DOTTED_MONTH` with their day, and a day and month without their
    year (:data:`_DAY_MONTH_DOTTED`)."""
    out: list[Raw] = []
    for m in _DOTTED_MONTH.finditer(text):
        day = _DAY_BEFORE.search(text, max(0, m.start() - 2), m.start() + 2)  # "5. "
        if day is not None:
            out.append((day.start(), m.end(), "DATE", NET_SCORE))
    dotted_dates_written = None
    if ":" in text:
        for m in _DAY_MONTH_BEFORE_CLOCK.finditer(text):  # "06.03 13:40", "14.03 о 09:10"
            day = _DAY_BEFORE_DOT.search(text, max(0, m.start() - 2), m.start())
            if day is not None and day.end() - day.start() == 2:  # (two digits: not "4.12")
                out.append((day.start(), m.end(1), "DATE", NET_SCORE))
    if "«" in text:
        out += [(m.start(1), m.end(), "DATE", NET_SCORE) for m in _QUOTED_DAY.finditer(text)]
    for m in _DAY_MONTH_DOTTED.finditer(text):  # (led by the full stop: see the pattern)
        day = _DAY_BEFORE_DOT.search(text, max(0, m.start() - 3), m.start())
        if day is None:
            continue
        if dotted_dates_written is None:
            dotted_dates_written = _writes_dotted_dates(text)
        before = _WORD_BEFORE_DOTTED.search(text, max(0, day.start() - 12), day.start())
        if (
            # a text that writes its dates so: "MR 20.02.2025 ... treningskamp 17.02."
            (
                dotted_dates_written
                and _two_digits(text, day.start(), m.start() + 1)
                # (a British time: "approx. 23.10.")
                and not _TIME_WORD_BEFORE.search(text, max(0, day.start() - 8), day.start())
            )
            or (before is not None and _before_a_day(before.group(1)))
            or _CLOCK_AFTER_DOTTED.match(text, m.end())
            or _OPENS_CELL.search(text, max(0, day.start() - 4), day.start())
        ):
            out.append((day.start(), m.end(), "DATE", NET_SCORE))
        elif (first := _FIRST_DAY_OF_RANGE.search(text, max(0, day.start() - 6), day.start())):
            out.append((first.start(), m.end(), "DATE", NET_SCORE))  # "21.–23.03."
    return out


# A day and a month with full stops and no year, as German, Dutch, Nordic and Polish notes
# write one, after a word that a day follows (a weekday's abbreviation among them), before a
# time of day or alone in a table's cell: "seit 15.03.", "ab 21.3.:", "(last dose 08.10.)",
# "Enoxaparin 21.03. 08:00", "(Mi., 30.04.)", "| 14.11. |"
# (not a value ending a sentence: "BMI 26.9.", "TSH 6.2."). Found from the month's full stop:
# led by the day's digits, the pattern cost 50 ms a pass over the padded benchmark notes.
_DAY_MONTH_DOTTED: Final = re.compile(r"\.(?:0?[1-9]|1[0-2])\.(?=[ \t]|[),;:|–-]|$)", re.MULTILINE)
# a full date with full stops, found from the full stop before its month ("20.02.2025")
_DOTTED_MONTH_AND_YEAR: Final = re.compile(r"\.(?:0?[1-9]|1[0-2])\.(?:19|20)?\d\d(?![\d.])")
_TIME_WORD_BEFORE: Final = re.compile(r"(?:at|approx\.?|about|around|um|kl\.?|klo)[ \t]+\Z")
# the first day of a range before the last's day and month: "21.–23.03.", "3.-5.6."
_FIRST_DAY_OF_RANGE: Final = re.compile(
    r"(?<![\w.,/:-])(?:0?[1-9]|[12]\d|3[01])\.[ \t]?[–-][ \t]?\Z"
)
# a day and a month with a full stop between, each of two digits, before a time of day, as
# Russian, Ukrainian and Polish messages write them: "06.03 13:40", "14.03 о 09:10" (led by
# the month's full stop)
_DAY_MONTH_BEFORE_CLOCK: Final = re.compile(
    r"(\.(?:0[1-9]|1[0-2]))(?=[ \t]+(?:(?:о|в|at|um|à|o|godz\.?|kl\.?|saat)[ \t]+)?"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
)
# a day in guillemets before a month, as Russian documents date a signature: "«05» марта 2024"
_QUOTED_DAY: Final = re.compile(
    r"(«(?:0?[1-9]|[12]\d|3[01])»)[ \t]*(?i:"
    + grouped_alternation(sorted({m.lower() for m in FOREIGN_MONTHS}, key=len, reverse=True))
    + r")(?:[ \t]+(?:19|20)\d\d)?(?!\w)"
)
_CLOCK_AFTER_DOTTED: Final = re.compile(r"[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")  # "21.03. 08:00"
_DAY_BEFORE_DOT: Final = re.compile(r"(?<![\w.,/:-])(?:0?[1-9]|[12]\d|3[01])\Z")
_WORD_BEFORE_DOTTED: Final = re.compile(r"([^\W\d_]+)[.:]?,?[ \t]+\(?\Z")
# or alone in a table's cell or in parentheses: "| 14.11. |", "(1.4.)"
_OPENS_CELL: Final = re.compile(r"(?:^|[|(\t])[ \t]*\Z", re.MULTILINE)
_WORDS_BEFORE_A_DAY: Final = frozenset(
    split_words(
        """seit ab am vom bis zum zur den dem vor nach stand gabe dosis letzte since from until
        till on dose sinds tot vanaf sedan från till fra til siden od do dnia depuis dal fino
        entre desde hasta"""
    )
)
# weekdays as German, Dutch, the Nordic languages and Finnish write them short: "Mi., 30.04.",
# "tir 20.05." (not in capitals: "HAQ-DI 1.1.")
_SHORT_WEEKDAYS_BEFORE_A_DAY: Final = frozenset(
    split_words("mo di mi fr sa man tir ons tor fre lør søn ma wo vr za zo ti ke pe la su")
)


def _before_a_day(word: str) -> bool:
    """Whether a day and month with full stops may follow ``word`` (see _DAY_MONTH_DOTTED)."""
    lowered = word.lower()
    if lowered in _SHORT_WEEKDAYS_BEFORE_A_DAY:
        return not word.isupper()
    return lowered in _WORDS_BEFORE_A_DAY
# A month of any language, in any case, before a year: "octobre 2024", "sept. 2024", "Okt
# 2024", "sept 2024", "mayo de 1944" (searched for before each year, which is rarer than a
# month's letters; a day before it is the typed pass's: "5 de mayo de 1944")
_FOREIGN_MONTH_BEFORE_YEAR: Final = re.compile(
    r"(?<![\w-])("
    + grouped_alternation(
        sorted({m.lower() for m in (*FOREIGN_MONTHS, *MONTHS_ALONE)}, key=len, reverse=True)
    )
    + r")\.?,?[ \t]+(?:de[ \t]+|del[ \t]+|του[ \t]+)?\Z"  # ("Ιανουάριο του 2024")
)


def _foreign_months_with_years(text: str, lowered: str) -> list[Raw]:
    """The dates of :data:`_FOREIGN_MONTH_BEFORE_YEAR`."""
    out: list[Raw] = []
    for year in _FOUR_DIGIT_YEAR.finditer(text):
        # a month's last letter, full stop or comma and a space before the year
        before = text[max(0, year.start() - 2) : year.start()]
        month_end = before[:1].isalpha() or before[:1] in (".", ",")
        if len(before) < 2 or before[1] not in " \t" or not month_end:
            continue
        month = _FOREIGN_MONTH_BEFORE_YEAR.search(lowered, max(0, year.start() - 16), year.start())
        if month is not None:
            out.append((month.start(1), year.end(), "DATE", NET_SCORE))
    return out


def _ordinal_of_before(text: str, start: int) -> re.Match[str] | None:
    """The match of :data:`_ORDINAL_OF` ("the fourteenth of ") right before ``start``, or None."""
    window = max(0, start - _ORDINAL_REACH)
    if text[window:start].rstrip()[-2:].lower() != "of":  # most dates: no regex search
        return None
    return _ORDINAL_OF.search(text, window, start)


# An age over 89 and a sex letter opening a summary: at a line's or field's start or after
# "a", before what a summary goes on with ("Summary: 104 F with", "a 90 M pt", "Age/Sex: 97 M
# DOB"). Not a temperature: "T 99 F", "febrile to 101 F".
# (The pattern starts with the age's first digit so that the engine skips ahead to it in C;
# what stands before is tested on the few matches.)
_AGE_AND_SEX: Final = re.compile(
    r"(?:9\d|1[01]\d)[ \t]?[MF](?=[ \t]+(?:with|w/|pt|patient|woman|man|female|male|who"
    r"|presents?|presenting|admitted|s/p|c/o|h/o|hx|here|from|BIBA|brought)\b|[ \t]{2,}|[,;)]"
    r"|[ \t]+[-–—][ \t]|[ \t]*(?:\r?\n|$))"
)  # (or a dash: "Pt: Desjardins, Mireille, 91 F - hypotension")
_SUMMARY_OPENS: Final = re.compile(r"(?:^|[\n:;(|,]|\ban?)[ \t]*$")
_TEMPERATURE_BEFORE: Final = re.compile(r"(?i:\btemp|\bt\b|tmax|febrile|fever|°)")
_READING_BEFORE: Final = re.compile(r"[\d%]?[\d%)][ \t]*,[ \t]*$")  # "BP 120/80, 99 F": vitals


def _ages(text: str, lowered: str) -> list[Raw]:
    """Ages over 89 that the typed detector does not know: in words, "97 y.o.", "(103)"."""
    out: list[Raw] = []
    for m in _ages_in_digits(text):
        start = m.start()
        digits = 3 if text[start + 2 : start + 3].isdigit() else 2
        if not 90 <= int(text[start : start + digits]) <= 119:
            continue
        if _starts_word(text, start) and (start == 0 or text[start - 1] not in "./-"):
            out.append((start, m.end(), "AGE", NET_SCORE))
    for m in _AGE_AND_SEX.finditer(text):  # "104 F with Bell's palsy", "a 90 M pt"
        start = m.start()
        if (
            (start == 0 or not text[start - 1].isalnum())
            and _SUMMARY_OPENS.search(text, max(0, start - 6), start)
            and not _TEMPERATURE_BEFORE.search(text, max(0, start - 12), start)
            and not _READING_BEFORE.search(text, max(0, start - 6), start)
        ):
            out.append((start, start + (3 if text[start + 2].isdigit() else 2), "AGE", NET_SCORE))
    if "enarian" in lowered:  # the noun, and the age after it
        out += [(m.start(), m.end(), "AGE", NET_SCORE) for m in _AGE_NOUNS.finditer(lowered)]
        out += [(m.start(1), m.end(1), "AGE", NET_SCORE) for m in _AGE_NOUN.finditer(lowered)]
    for m in _AGE_AFTER_COMMA.finditer(text):  # led by the comma
        before = _PERSON_WORD_BEFORE.search(lowered, max(0, m.start() - 24), m.start())
        if before is not None and not _unit_after(text, m.end(1)):
            out.append((m.start(1), m.end(1), "AGE", NET_SCORE))
    out += [(*m.span(m.lastindex or 1), "AGE", NET_SCORE) for m in _AGE_IN_ASIDE.finditer(lowered)]
    out += [
        (*m.span(1), "AGE", NET_SCORE)
        for m in _AGE_NOW.finditer(lowered)
        if _COMMA_OR_BRACKET_BEFORE.search(lowered, max(0, m.start() - 3), m.start())
    ]
    out += [
        (*m.span(1), "AGE", NET_SCORE)
        for m in _AGE_AFTER_HES.finditer(lowered)
        if not lowered[max(0, m.start() - 2) : m.start()].rstrip("s").strip("'’").isalpha()
    ]
    out += [
        (*m.span(m.lastindex or 1), "AGE", NET_SCORE)
        for m in _AGE_AND_SEX_IN_PARENTHESES.finditer(text)
    ]
    for m in _AGE_IN_PARENTHESES.finditer(lowered):  # "her mother (94)", "1933-02-17 (91)"
        reach = max(0, m.start() - 24)
        if _PERSON_OR_DATE_BEFORE.search(lowered, reach, m.start()):
            out.append((*m.span(1), "AGE", NET_SCORE))
    for _form, at in find_all(lowered, _AGE_AFTER_IS):
        person = _PERSON_BEFORE_IS.search(lowered, max(0, at - 16), at)
        age = _AGE_ALONE.match(lowered, at + _form.rindex(" ") + 1)
        if person is not None and age is not None and not _unit_after(text, age.end()):
            out.append((age.start(), age.end(), "AGE", NET_SCORE))
    for sexes in (*_SEXES, _YEARS):  # far fewer than the 1s and 9s an age starts with
        for sex in sexes.finditer(text):
            if sexes is not _YEARS and text.startswith(("/", " /"), sex.end()):  # "F/91"
                after = _AGE_AFTER_SEX.match(text, sex.end())
                if after is not None and _starts_word(text, sex.start()):
                    out.append((sex.start(), after.end(), "AGE", NET_SCORE))
                    continue
            if text[sex.start() - 1 : sex.start()] not in _BEFORE_SEX:
                continue
            age = _AGE_BEFORE_SEX.search(text, max(0, sex.start() - 9), sex.start())
            if age is None:
                continue
            start = age.start()
            if sex.group() != "F" or not _TEMPERATURE_CUE.search(text, max(0, start - 24), start):
                out.append((start, sex.end(), "AGE", NET_SCORE))
    for ending, at in find_all(lowered, _RELATIVE_ENDS):
        after = _AGE_AFTER_RELATIVE.match(lowered, at + len(ending))
        if after is None or _unit_after(text, after.end(1)):
            continue
        relative = _RELATIVE_BEFORE.search(lowered, max(0, at - 24), at + len(ending))
        if relative is not None:  # "my great-grandmother 97"
            out.append((after.start(1), after.end(1), "AGE", NET_SCORE))
    if "At " in text or "miaka" in lowered:
        for m in _AGE_OPENING.finditer(text):
            group = 1 if m.group(1) else 2
            out.append((m.start(group), m.end(group), "AGE", NET_SCORE))
    for lead, at in find_all(lowered, _AGE_IN_SENTENCE_LEADS):
        if not _starts_word(lowered, at):
            continue
        number = at + len(lead) - 1
        in_sentence: re.Match[str] | None = None
        if lead.startswith("at"):
            in_sentence = _AGE_BEFORE_PERSON.match(text, number)
        elif lowered.endswith(_PERSONS_OF, max(0, number - 12), number):
            in_sentence = _AGE_AFTER_OF.match(text, number)
        if in_sentence is not None and not _unit_after(text, in_sentence.end(1)):
            out.append((*in_sentence.span(1), "AGE", NET_SCORE))  # (not "a man of 98 kg")
    for _verb, at in find_all(lowered, _AGE_VERBS):
        after_verb = _AGE_AFTER_VERB.match(text, at) if _starts_word(text, at) else None
        if after_verb is not None and (  # "will be 95%", not "died at 94 in 2019"
            not _unit_after(text, after_verb.end(1)) or text.startswith(" in ", after_verb.end(1))
        ):
            out.append((after_verb.start(1), after_verb.end(1), "AGE", NET_SCORE))
    if "birthday" in lowered:
        out += [(m.start(), m.end(), "AGE", NET_SCORE) for m in _AGE_BIRTHDAY.finditer(text)]
    for m in _AGE_KEY.finditer(lowered):
        if _starts_word(lowered, m.start()) and not _unit_after(text, m.end(1)):  # "age of 90 days"
            out.append((m.start(1), m.end(1), "AGE", NET_SCORE))
    if "0s" in text or "0's" in text or "nineties" in lowered or "hundreds" in lowered or (
        "th decade" in lowered
    ):
        out += [(m.start(1), m.end(1), "AGE", NET_SCORE) for m in _AGE_DECADE.finditer(lowered)]
    if "ninet" in lowered or "hundred" in lowered:
        out += [
            (m.start(), m.end(), "AGE", NET_SCORE)
            for m in _AGE_IN_WORDS.finditer(text)
            if not _READING_IN_WORDS.search(lowered, max(0, m.start() - 10), m.start())
            and not _MEASURE_IN_WORDS_AFTER.match(lowered, m.end())
        ]
    if any(hint in lowered for hint in _FOREIGN_AGE_HINTS):
        out += [
            (m.start(), m.end(), "AGE", NET_SCORE) for m in _AGE_IN_FOREIGN_WORDS.finditer(lowered)
        ]
    return out


def _ages_in_digits(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_AGE_IN_DIGITS` in ``text``, as its ``finditer`` gives them.

    They are looked for from their units: a text holds far fewer "y"s than 1s and 9s (on
    the padded benchmark notes, 23 against 78 per note). A match ending at a unit starts
    within reach before it and after the previous match, at its first 1 or 9 that matches.
    """
    done = 0
    for unit in _AGE_UNIT.finditer(text):
        y = unit.start()
        for start in range(max(done, y - _AGE_UNIT_REACH), y):
            m = _AGE_IN_DIGITS.match(text, start) if text[start] in "910" else None
            if m is not None:
                done = m.end()
                yield m
                break


# The last four digits of a number, however spaced: "SSN last4 5 5 0 2", "last four is 0173"
_LAST_FOUR: Final = re.compile(
    r"last[ -]?(?:4|four)\b[^\n\d]{0,20}?(?<!\d)(\d{4}|\d(?:[ -]\d){3})(?![\d-]|[ \t]\d)"
)
# A British National Insurance number written in pairs: "QQ 12 34 56 C"
_SPACED_NI_NUMBER: Final = re.compile(r"\b[A-Z]{2} \d\d \d\d \d\d [A-D]\b")


# A claim form's name boxes without colons (UB-04 locators 76-79): "LAST DVORAK  FIRST MILES"
_LAST_FIRST_BOXES: Final = re.compile(
    r"\bLAST(?: NAME)?[ \t]+([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)[ \t]+FIRST(?: NAME)?[ \t]+"
    r"([A-Z][A-Z'-]+)\b"
)


# A newborn's name before it has one: "Baby Girl Castellanos", "BB GIRL HILL"
_NEWBORN_NAME: Final = re.compile(
    r"\b(?:Baby|BABY|BB)[ \t]+(?:Girl|Boy|GIRL|BOY)[ \t]+[A-Z][\w'’-]+"
)


def _claim_form_names(text: str) -> list[Raw]:
    """The names in a claim form's boxes (see :data:`_LAST_FIRST_BOXES`)."""
    out: list[Raw] = []
    for m in _LAST_FIRST_BOXES.finditer(text):
        out += [(*m.span(1), "PERSON", NET_SCORE), (*m.span(2), "PERSON", NET_SCORE)]
    return out


def _split_numbers(text: str, lowered: str) -> list[Raw]:
    """Identifiers whose digits spaces split (see :data:`_LAST_FOUR`)."""
    out: list[Raw] = []
    if "last" in lowered:
        out += [(*m.span(1), "IDENTIFIER", NET_SCORE) for m in _LAST_FOUR.finditer(lowered)]
    if "NI" in text or "nsurance" in text:
        out += [(*m.span(), "SSN", NET_SCORE) for m in _SPACED_NI_NUMBER.finditer(text)]
    return out


# the end of a range of ages over 89 after the first: "ages 90-104", "aged 91 to 95"
_AGE_RANGE_END: Final = re.compile(r"[ \t]*(?:-|–|to|and)[ \t]*((?:9\d|1[01]\d))(?![\d.])")


def _age_range_ends(text: str, spans: Sequence[Raw]) -> list[Raw]:
    """The ends of the ranges of :data:`_AGE_RANGE_END` after each age of ``spans``."""
    out: list[Raw] = []
    for _start, end, entity, _score in spans:
        if entity == "AGE":
            m = _AGE_RANGE_END.match(text, end)
            if m is not None and not _unit_after(text, m.end(1)):
                out.append((m.start(1), m.end(1), "AGE", NET_SCORE))
    return out


def _ages_after_names(text: str, spans: Sequence[Raw]) -> list[Raw]:
    """An age over 89 right after a person's name: "Mrs Okafor (94)", "Ruth Adler, 93, CHF"."""
    out: list[Raw] = []
    for _start, end, entity, _score in spans:
        if entity == "PERSON" and text.startswith(_AGE_AFTER_NAME_STARTS, end):
            m = _AGE_AFTER_NAME.match(text, end)
            if m is not None and not _unit_after(text, m.end(1)):
                out.append((m.start(1), m.end(1), "AGE", NET_SCORE))
    return out


def _nicknames(text: str, lowered: str, strict: bool) -> list[Raw]:
    """Quoted names ("Tiny", ('Peaches')) and the word after "goes by", "known as", "a.k.a."
    ("called (Sissy)")."""
    out: list[Raw] = []
    if '"' in text or "“" in text:  # a plain search: most texts quote nothing
        for m in _QUOTED.finditer(text):
            if _not_nickname(text, m):
                continue
            if m.group(1)[0].isupper() or strict:
                out.append((m.start(1), m.end(1), "PERSON", NET_SCORE))
                surname = _SURNAME_AFTER_NICKNAME.match(text, m.end())
                given = _GIVEN_BEFORE_NICKNAME.search(text, max(0, m.start() - 30), m.start())
                if surname is not None and given is not None:
                    out.append((*surname.span(1), "PERSON", NET_SCORE))  # Desmond "Rocky" Little
    if "('" in text or "(‘" in text:
        out += [(m.start(1), m.end(1), "PERSON", NET_SCORE) for m in _PAREN_QUOTED.finditer(text)]
    if "name" in lowered or "known as" in lowered or "goes by" in lowered:
        for cue, at in find_all(lowered, _NAMED_CUES):
            named = _NAMED.match(text, at + len(cue)) if _starts_word(lowered, at) else None
            if named is not None:
                out.append((named.start(1), named.end(1), "PERSON", NET_SCORE))
    if not any(cue in lowered for cue in _NICKNAME_CUES):
        return out
    for m in _NICKNAME.finditer(text):
        group = m.lastindex or 1
        if group == 3 and m.group().startswith("called") and _kind_of(m.group(3)) == _SAFE:
            continue  # a verb before a word: "called office", "called pharmacy"
        out.append((m.start(group), m.end(group), "PERSON", NET_SCORE))
    return out


_LINE_REACH: Final = 200  # see _not_nickname


_KEY_AFTER_QUOTE: Final = re.compile(r"[ \t]*:(?![:/])")
_LONGEST_CODE_IN_LIST: Final = 3


def _not_nickname(text: str, m: re.Match[str]) -> bool:
    """Whether the quoted words of ``m`` are no nickname: safe words in a cell of a quoted list
    ("MRN","Last","Dx") or with one in lower case ("Problem list"), or a word in capitals
    that is no given name in a line that is not ("status": "OPEN", "state": "MA"; two capitals
    are initials unless they are a word: "JJ")."""
    quoted = m.group(1)
    if _coded_value(text, m.start(1)):
        return True  # a code's word in a record's field: "resourceType": "Patient"
    if _KEY_AFTER_QUOTE.match(text, m.end()):
        return True  # a record's key: "lat": 33.4, "lon": -111.8
    if len(quoted) <= _LONGEST_CODE_IN_LIST and quoted.isupper() and _list_cell(text, m):
        return True  # a code in a cell of a quoted list: "3307 81924 4","XR","XR Elbow"
    words = quoted.split()
    vocab = _vocabulary()
    key = _plain(quoted)
    if all(_plain(word) in vocab.safe for word in words) and (
        _list_cell(text, m) or any(word[0].islower() for word in words)
    ):
        return True
    if not quoted.isupper() or key in vocab.given or (len(key) == 2 and key not in vocab.safe):
        return False
    # the line, up to _LINE_REACH characters either side (a line of a megabyte is not read
    # once for each quoted word)
    reach_start, reach_end = max(0, m.start() - _LINE_REACH), m.end() + _LINE_REACH
    line_start = max(reach_start, text.rfind("\n", reach_start, m.start()) + 1)
    line_end = text.find("\n", m.end(), reach_end)
    line = text[line_start : reach_end if line_end < 0 else line_end]
    return any(c.islower() for c in line)


def _list_cell(text: str, m: re.Match[str]) -> bool:
    """Whether the quoted text of ``m`` is a cell of a quoted list: "MRN","Last"."""
    return text.startswith('","', m.end() - 1) or text.startswith('","', m.start() - 2)


class _RunStarts:
    """The start of the run of ``chars`` that ends at each of a rising series of positions.

    Each character is looked at once: a run that reaches back to the previous position starts
    where that one's run started (``www.www.www....`` is not walked back over for each of its
    full stops, which made a long one take time in the square of its length)."""

    def __init__(self, text: str, chars: frozenset[str]) -> None:
        self._text, self._chars = text, chars
        self._previous = self._run_start = 0

    def before(self, end: int) -> int:
        """The start of the run that ends at ``end`` (not before the last ``end`` asked)."""
        text, chars, at = self._text, self._chars, end
        while at > self._previous and text[at - 1] in chars:
            at -= 1
        if at > self._previous or at == 0 or text[at - 1] not in chars:
            self._run_start = at
        self._previous = end
        return self._run_start


# The words of a file name with spaces: the rest of a path ("C:\\Users\\mw\\Pictures\\rash left
# arm.jpg") or the date and time and the words a phone or computer names a picture with
# ("WhatsApp Image 2023-11-04 at 14.22.05.jpeg", "Screen Shot 2023-11-04 at 2.22.05 PM.png")
_SPACED_NAME_WORDS: Final = 6
_PATH_REACH: Final = 200
_PATH_BEFORE: Final = re.compile(r"[^\s\"'<>()\[\]]*[\\/][^\\/\s]*[ \t]\Z")
_PATH_WORD: Final = re.compile(r"(?:[A-Za-z]:|~|\.{1,2})?[\\/]|[^\s\\/]+[\\/][^\s\\/]+[\\/]")
_STAMP_WORD: Final = re.compile(r"[\d.:_-]*\d[\d.:_-]*|at|AM|PM|am|pm")
_DEVICE_NAME_WORDS: Final = frozenset(
    split_words(
        "whatsapp image video screen shot screenshot recording photo picture scan scanned "
        "document signal telegram camera"
    )
)


def _spaced_name_start(text: str, start: int) -> int:
    """Where the file name whose last word starts at ``start`` begins (see
    :data:`_SPACED_NAME_WORDS`): ``start`` unless a path or a stamped name goes on before."""
    words: list[tuple[int, str]] = []  # the words before, nearest first
    at = start
    while len(words) < _SPACED_NAME_WORDS and at > 0 and text[at - 1] == " ":
        word_start = text.rfind(" ", 0, at - 1) + 1
        words.append((word_start, text[word_start : at - 1]))
        at = word_start
    for i, (word_start, word) in enumerate(words):
        if _PATH_WORD.match(word):  # a path: from its first character
            name_start = words[i - 1][0] if i else start
            path = _PATH_BEFORE.search(text, max(0, word_start - _PATH_REACH), name_start)
            return start if path is None else path.start()
    stamped = start
    i = 0
    while i < len(words) and _STAMP_WORD.fullmatch(words[i][1]):
        stamped = words[i][0]
        i += 1
    if stamped == start or not any(c.isdigit() for _, w in words[:i] for c in w):
        return start
    while i < len(words) and words[i][1].lower() in _DEVICE_NAME_WORDS:
        stamped = words[i][0]
        i += 1
    return stamped


def is_file_name(value: str) -> bool:
    """Whether ``value`` is a file name: a net span of words, not a code, whatever digits an
    identifier found in it holds ("DL_front_90044718.jpg", "WhatsApp Image 2023-11-04.jpeg")."""
    extension = _FILE_EXTENSION.search(value, max(0, len(value) - _LONGEST_EXTENSION))
    return extension is not None and extension.end() == len(value)


def _files_and_hosts(text: str) -> list[Raw]:
    """File names (``IMG_2023_smith.jpg``) and dotted host names with any top-level domain."""
    out: list[Raw] = []
    file_names = _RunStarts(text, _FILE_CHARS)
    run = start = -1  # the start of the last file name's run, and its first letter or digit
    for m in _FILE_EXTENSION.finditer(text):
        if (run_start := file_names.before(m.start())) != run:
            run = start = run_start
            while not text[start].isalnum():  # the extension's letters stop it
                start += 1
        if start < m.start():
            name_start = _spaced_name_start(text, start)
            if out and out[-1][0] == name_start:  # "scan.pdf.zip": one name, not two nested
                out[-1] = (name_start, m.end(), "IDENTIFIER", NET_SCORE)
            else:
                out.append((name_start, m.end(), "IDENTIFIER", NET_SCORE))
    # the start of the host last tried (the full stops after it give the same host), and the
    # end of the last host found (the full stops in its path are part of it)
    tried = covered = -1
    hosts = _RunStarts(text, _HOST_CHARS)
    for m in _DOTTED.finditer(text):
        start = hosts.before(m.start())
        if start in (tried, m.start()) or m.start() < covered:
            continue
        if text[start - 1 : start] in ("@", "/"):
            continue
        tried = start
        host = _HOST.match(text, start)
        if host is not None and _CODE_PATH.match(host.group()):
            continue
        if host is not None and host.end() >= m.end():
            out.append((start, host.end(), "URL", NET_SCORE))
            covered = host.end()
    return out


# A day of the month on its own, or a list of them: "seen on the 3rd; returns on the 17th.",
# "your letter of the 3rd inst.", "on the fourteenth he was taken", "the 14th, 16th, 18th)"
# (not "the 3rd dose"); matched in the lower-cased text ("ON THE FOURTEENTH AFTER")
# the days of a month past the ninth in words (not "the first", "the third")
_DAY_WORDS = "|".join((_COMPOUND_ORDINAL, *_ORDINALS.split()[9:]))  # "tenth" onwards
_DAY_ORDINAL = rf"(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)|{_DAY_WORDS})"
_AFTER_DAY = (
    r"(?=[ \t]*(?:[;,.()!?\"—–]|$|(?:at|and|or|to|until|through|after|before|if|so|um|when"
    r"|with|from|he|she|they|we|i|pt)\b))"
)
_EARLY_DAYS = "|".join(_ORDINALS.split()[:9])  # "first" to "ninth"
_ORDINAL_DAY: Final = re.compile(
    rf"the(?<!\wthe)[ \t]+((?P<early>{_EARLY_DAYS})\b|{_DAY_ORDINAL}"
    rf"(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_DAY_ORDINAL})*"
    rf"(?:[ \t]+(?:inst|ult|prox)\b\.?)?)"
    r"(?P<month>[ \t]+of[ \t]+(?:this|next|last|the)[ \t]+month\b)?"  # "the 21st of this month"
    rf"(?:(?P<followed>{_AFTER_DAY})|\b)",
    re.MULTILINE,
)
# a word that puts a day in time before "the": "seen on the 14th for review"; the first to the
# ninth in words need one and a word of _AFTER_DAY after them ("on the sixth he had", "the
# evening of the second.")
_DAY_CUE_BEFORE: Final = re.compile(
    r"\b(?:on|by|until|till|since|(?:morning|afternoon|evening|night)[ \t]+of)[ \t]+$"
)
# what an ordinal after such a word counts when it is no day: "on the 2nd floor", "by the 3rd
# attempt", "on the 5th postoperative day"
_COUNTED_AFTER_ORDINAL: Final = frozenset(
    split_words(
        """day days floor floors attempt attempts try time times dose doses cycle cycles round
        rounds week weeks month months year years trimester percentile centile quartile grade
        degree line lead leads rib ribs toe finger digit intercostal space cranial nerve
        generation session sessions visit visits occasion occasions postoperative post-op
        hospital of infusion fraction course injection shot vaccine place position"""
    )
)


# a day in digits without "the" after such a word, ending a clause: "with SW on 22nd."
# (led by the space before the cue: digits are everywhere in notes, and a pattern led by them
# cost 4% of detection)
_BARE_ORDINAL_DAY: Final = re.compile(
    rf" (?:on|by|until|till|since)[ \t]+(\d\d?)(?:st|nd|rd|th){_AFTER_DAY}"
)
_LAST_DAY: Final = 31


def _days_of_month(text: str, lowered: str) -> list[Raw]:
    """The days of :data:`_ORDINAL_DAY` and :data:`_BARE_ORDINAL_DAY` (matched in
    ``lowered``, so in any case)."""
    out: list[Raw] = [
        (m.start(1), m.end(), "DATE", NET_SCORE)
        for m in _BARE_ORDINAL_DAY.finditer(lowered)
        if int(m.group(1)) <= _LAST_DAY
    ]
    if "the" not in lowered:  # "the" too: "on the 5th", "on the afternoon of the twenty-second"
        return out
    for m in _ORDINAL_DAY.finditer(lowered):
        start, end = m.start(), m.end("month" if m["month"] else 1)
        if (m["followed"] is not None or m["month"]) and not m["early"]:
            out.append((start, end, "DATE", NET_SCORE))
            continue
        if not _DAY_CUE_BEFORE.search(lowered, max(0, start - 24), start):
            continue
        if m["followed"] is None:
            word = _WORD_AFTER.match(text, m.end(1))
            if m["early"] or (word is not None and word.group(1).lower() in _COUNTED_AFTER_ORDINAL):
                continue
        out.append((start, end, "DATE", NET_SCORE))
    return out


_WEEKDAY_ORDINAL: Final = re.compile(
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? the {_ORD}\b"
)
# A transcript's speaker after the line's timestamp: "[00:00:19] MARISOL: thanks", "00:07:42
# Trent: he's". The time has seconds or brackets, which a log of vitals has not ("08:00 BP:").
_SPEAKER: Final = re.compile(  # (led by the newline before the line: searched in "\n" + text)
    r"\n[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?)"
    r"[ \t]*(?:-[ \t]*)?([A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?):"
)
# the speakers who are no names: roles and a transcript's own words
_SPEAKER_ROLES: Final = frozenset(
    split_words(
        """speaker interviewer host cohost co-host guest doctor dr patient pt nurse rn caller
        agent operator clinician provider parent mother father mom mum dad son daughter wife
        husband interpreter q a me unknown system bot assistant narrator moderator participant
        student teacher coach officer family visitor scribe ai note inaudible crosstalk"""
    )
)


# The sender of a message in a chat app's export, after its date and time: "14/01/24, 21:43 -
# Pinky Didi: ...", "[18/05/2024, 07:05:12] Auntie Pearl: ..." (a contact's name as saved)
_CHAT_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_CHAT_SENDER: Final = re.compile(
    rf"^(?:\[\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}},[ \t]+{_CHAT_TIME}\][ \t]*"
    # (the comma may be left out, and the time written with a dot: "14/08/24 19.04 - Yanti:")
    rf"|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}},?[ \t]+{_CHAT_TIME}[ \t]+-[ \t]+"
    # KakaoTalk's: "2024년 10월 18일 오후 7:02, 주연서 : ...", "2024. 7. 2. 오후 8:41, 도윤맘 : ..."
    r"|\d{4}년[ \t]\d{1,2}월[ \t]\d{1,2}일[ \t](?:오전|오후)[ \t]\d{1,2}:\d{2},[ \t]"
    r"|\d{4}\.[ \t]?\d{1,2}\.[ \t]?\d{1,2}\.[ \t](?:오전|오후)[ \t]\d{1,2}:\d{2},[ \t])"
    r"([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3})"
    r"(?:[ \t]\(\+?\d[\d \t()-]{5,22}\))?[ \t]?:",  # (a number saved with no name: "(+54 9 ...)")
    re.MULTILINE,
)
# the endings of a Korean clinic's, hospital's or pharmacy's name, a chat's sender too
_PLACES_OF_CARE: Final = ("소아과", "의원", "병원", "약국", "센터", "보건소", "내과", "외과")
# LINE's export of a chat ("[LINE] ひろみとのトーク履歴", "[LINE] Chat history with ..."): a
# time, a tab, the sender and a tab: "09:12\tひろみ\tおはようございます"
_LINE_EXPORT_CUES: Final = ("[LINE]", "トーク履歴")
_LINE_SENDER: Final = re.compile(r"^\d{1,2}:\d{2}\t([^\t\n]{1,30})\t", re.MULTILINE)


def _speakers(text: str) -> list[Raw]:
    """The speakers of a transcript (:data:`_SPEAKER`) who are no role nor a safe word, and
    the senders of a chat's messages (:data:`_CHAT_SENDER`) who are more than a role ("Mum",
    "You")."""
    out: list[Raw] = []
    for m in _SPEAKER.finditer("\n" + text):
        words = m.group(1).replace("\t", " ").split(" ")
        if any(w.lower() in _SPEAKER_ROLES or _KINDS[w.title()] == _SAFE for w in words):
            continue
        if m.group(1) in MAIL_HEADER_LABELS:
            continue  # an e-mail's header in another language: "Van:", "Von:"
        out.append((m.start(1) - 1, m.end(1) - 1, "PERSON", NET_SCORE))
    senders = [*_CHAT_SENDER.finditer(text)]
    if any(cue in text for cue in _LINE_EXPORT_CUES):
        senders += _LINE_SENDER.finditer(text)
    for m in senders:
        sender = m.group(1)
        if sender.lower() in _SPEAKER_ROLES or sender.lower() == "you":
            continue
        words = sender.split()
        heading = any(w[0].islower() for w in words[1:]) and all(_KINDS[w] == _SAFE for w in words)
        if heading or sender.endswith(_PLACES_OF_CARE):
            continue  # a log's heading, not a chat's sender: "06:00 - Night shift summary:"
        out.append((*m.span(1), "PERSON", NET_SCORE))
    return out


# A social-media handle (not the "@" of an e-mail address)
_HANDLE: Final = re.compile(r"@(?<![\w.@]@)[A-Za-z_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
# An address with no domain's dot, as India's health and payment ids are written: an ABHA
# address "jyotsna.parmar@abdm", a UPI id "shubhamhosp.homecare@okhdfc"
_ADDRESS_WITHOUT_DOMAIN: Final = re.compile(
    r"(?<![\w.@-])[A-Za-z0-9][\w.-]*[A-Za-z0-9]@[A-Za-z][A-Za-z0-9]{1,20}(?![\w.@-])"
)
# The user's folder in a file path: C:\Users\mward\..., /home/mward/..., /Users/mward/...
_USER_FOLDERS: Final = ("\\Users\\", "\\users\\", "/Users/", "/users/", "/home/")
_FOLDER_NAME: Final = re.compile(r"[^\\/\s]+")


# An e-mail address in angle brackets, and the display name before it: "From: carl vesterlund
# <periksson@example.com>", "On August 12, sante aulenti <m@example.it> wrote:" (the name runs
# back to the line's start or a comma, colon, quote or ">"; led by the literal "<")
_BRACKETED_EMAIL: Final = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")
_DISPLAY_NAME: Final = re.compile(
    r"(?:^|(?<=[\n,:;>\"]))[ \t]*((?:[^\W\d_][\w'’.-]*[ \t]+){1,4})\"?[ \t]*$"
)
# A surname glued to its initial or title by the full stop: "Patient: D.Cordova", "Dr.Patel"
# (led by the literal "."; the initial or title before it is checked in Python)
_GLUED_SURNAME: Final = re.compile(r"\.([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w@]|\.[A-Za-z])")
_GLUED_INITIAL: Final = re.compile(r"(?<![\w.])(?:[A-Z]|Dr|Mr|Mrs|Ms)$")


def _display_names(text: str) -> list[Raw]:
    """The display names before e-mail addresses in angle brackets (:data:`_DISPLAY_NAME`),
    in any case, when a word of them is no common word ("Support Team <...>" names nobody)."""
    out: list[Raw] = []
    for m in _BRACKETED_EMAIL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        name = _DISPLAY_NAME.search(text, max(line_start, m.start() - 60), m.start())
        if name is None:
            continue
        start, end = name.start(1), name.start(1) + len(name.group(1).rstrip())
        words = text[start:end].split()
        if words[0].rstrip(".").lower() in _TITLES and len(words) > 1:
            start = text.index(words[1], start + len(words[0]))  # "Dr. Farah Siddiqui"
            words = words[1:]
        if any(_kind_of(_plain(word.strip(".'’"))) != _SAFE for word in words):
            out.append((start, end, "PERSON", NET_SCORE))
    return out


def _glued_initials(text: str) -> list[Raw]:
    """Surnames glued to an initial or a title (:data:`_GLUED_SURNAME`): after a title any
    word that may be a name ("Dr.Patel"); after an initial, with it, a name of the name lists
    ("D.Cordova", not "P.Aeruginosa")."""
    out: list[Raw] = []
    for m in _GLUED_SURNAME.finditer(text):
        before = _GLUED_INITIAL.search(text, max(0, m.start() - 4), m.start())
        if before is None:
            continue
        key = _plain(m.group(1))
        if m.start() - before.start() > 1:  # a title
            if _kind_of(key) != _SAFE:
                out.append((m.start(1), m.end(1), "PERSON", NET_SCORE))
        elif key in _vocabulary().names:
            out.append((before.start(), m.end(1), "PERSON", NET_SCORE))
    return out


def _user_folders(text: str) -> list[Raw]:
    """The user names in file paths (see :data:`_USER_FOLDERS`)."""
    out: list[Raw] = []
    for folder, at in find_all(text, _USER_FOLDERS):
        m = _FOLDER_NAME.match(text, at + len(folder))
        if m is not None:
            out.append((m.start(), m.end(), "IDENTIFIER", NET_SCORE))
    return out


# Names written in lower case after a signature cue: "/s/ mbeki-lindgren",
# "Dictated by: r. okonkwo-baptiste, np", "cc: t. whitcombe-nash, a. de souza".
# (not "CC:", a note's chief complaint before words in lower case: "CC: fall, head strike")
_SIGNATURE_CUES: Final = ("/s/", "cc:", "Cc:", "by:", "BY:", "By:")
_LOWER_NAME: Final = re.compile(r"[a-z][a-z'’.-]*(?:[ \t]+[a-z][a-z'’.-]*){0,3}")
_NEXT_ITEM: Final = re.compile(r",[ \t]*")


# A letter's or an e-mail's closing, and the name that signs it on the next line: "Kind
# regards,\nPriya Nair", "Yours sincerely,\nDr Sioned Haf Roberts, Consultant", "Thanks,\nChidi"
_CLOSING_BEFORE: Final = re.compile(
    r"(?i:regards|sincerely|faithfully|truly|best wishes|thanks|thank you|cheers|cordialement"
    r"|grüßen|grüße|saludos|atentamente|cumprimentos|saluti|groet|groeten|hälsningar|hilsen"
    r"|pozdrawiam)[ \t]*\Z"
)
_SIGNING_NAME: Final = re.compile(
    r"[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|dr|prof)\.?[ \t]+)?"
    r"([^\W\d_][\w'’.-]*(?:[ \t]+(?:(?:de|van|von|der|den|da|di|du|del|la|le|bin|al|ter|ó|ní|mac)"
    r"[ \t]+)*[^\W\d_][\w'’.-]*){0,3})"
)


def _signatures_after_closings(text: str) -> list[Raw]:
    """The names that sign a closing of :data:`_CLOSING_BEFORE` on the next line, unless
    their first word is a common one ("The clinic team", "Student Health Desk")."""
    out: list[Raw] = []
    at = text.find(",\n")
    while at >= 0:
        if _CLOSING_BEFORE.search(text, max(0, at - 16), at):
            name = _SIGNING_NAME.match(text, at + 2)
            if name is not None and name.group(1)[0].isupper():
                first = _plain(name.group(1).split()[0].strip(".'’-"))
                vocab = _vocabulary()
                if first not in vocab.safe or first in vocab.names:
                    out.append((*_without_credentials(text, *name.span(1)), "PERSON", NET_SCORE))
        at = text.find(",\n", at + 2)
    return out


def _without_credentials(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the credentials at its end ("Ravi Chandran MD")."""
    words = text[start:end].split()
    while len(words) > 1 and words[-1].strip(".,").lower() in CREDENTIALS:
        words.pop()
        end = text.rindex(words[-1], start, end) + len(words[-1])
    return start, end


# A signature in lower case before its credential, as nurses sign their notes: "pruitt rn",
# "t. abernathy rn", "b. mcallister rn / s. fairweather rn" (at a line's or a sentence's start,
# or after another's "/"; not a role: "charge rn", "night rn")
_NAME_BEFORE_CREDENTIAL: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=/ )|(?<=\. ))((?:[a-z]\.[ ]?)?[a-z][a-z'’-]{2,})"
    r" (?:rn|lpn|lvn|np|md|rt|rrt|cna|crna|slp|rd|msw|lcsw)\b"
)


def _lower_case_credentialed(text: str) -> list[Raw]:
    """The names of :data:`_NAME_BEFORE_CREDENTIAL`: with an initial, or a word no list
    holds as a common one."""
    out: list[Raw] = []
    for m in _NAME_BEFORE_CREDENTIAL.finditer(text):
        name = m.group(1)
        surname = name.rsplit(" ", 1)[-1].rsplit(".", 1)[-1]
        if "." in name or _kind_of(_plain(surname)) != _SAFE:
            out.append((*m.span(1), "PERSON", NET_SCORE))
    return out


def _lower_case_signatures(text: str) -> list[Raw]:
    """PERSON spans for names in lower case after "/s/", "cc:" or "... by:", up to four words
    each; after "cc:" a list of them, apart by commas. A name needs a word the vocabulary
    does not know as a common word, and credentials ("np", "md") are left out."""
    out: list[Raw] = []
    for cue, at in find_all(text, _SIGNATURE_CUES):
        if at == 0 or not text[at - 1].isalnum():
            pos = at + len(cue)
            while text.startswith((" ", "\t"), pos):
                pos += 1
            _signed_names(text, pos, cue[0] in "cC", out)
    return out


def _signed_names(text: str, pos: int, listed: bool, out: list[Raw]) -> None:
    """The names of :func:`_lower_case_signatures` from ``pos``, one or (``listed``) several."""
    while (m := _LOWER_NAME.match(text, pos)) is not None:
        name = m.group()
        if name not in CREDENTIALS and any(
            _kind_of(_plain(word.strip(".'’-"))) != _SAFE for word in name.split()
        ):
            out.append((m.start(), m.end(), "PERSON", NET_SCORE))
        comma = _NEXT_ITEM.match(text, m.end())
        if comma is None or not listed:
            return
        pos = comma.end()


# A run of capitalised words ending in one of these is a street with no house number or a
# county (one test for both: most runs end in neither).
_COUNTY_ENDINGS: Final = tuple(" " + word for word in COUNTY_WORDS)
# streets named in one word in German, Dutch, the Nordic languages and Finnish:
# "Hauptstraße", "Kerkstraat", "Schiedamsedijk", "Storgatan", "Nørrebrogade", "Kirkkokatu"
# ("Lindenstr. 7": "str" with its full stop), or as a word of their own after the name:
# "Schönhauser Allee 118", "Eschenheimer Gasse"
_STREET_COMPOUNDS: Final = split_words(
    """straße strasse str straat gasse weg platz plein laan gracht dijk singel allee gatan gata
    vägen vej gade veien katu kuja"""
)
_SHORTEST_STR_STREET: Final = 7
_STREET_WORDS: Final = tuple(" " + word.title() for word in _STREET_COMPOUNDS if word != "str")
_STREET_ENDINGS: Final = (
    tuple(" " + word for word in STREET_NAME_ENDINGS) + _STREET_COMPOUNDS + _STREET_WORDS
)
# what may follow a street's name: a side of the town ("Grand Ave W"; "SE" is in its run) or a
# house number ("Hauptstraße 5")
_STREET_TAIL: Final = re.compile(
    r"(?:\.(?=[ \t]+\d))?(?:[ \t]+(?:N|S|E|W)\b(?![.'’-]\w))?"
    rf"(?:[ \t]+\d{{1,5}}(?:[ \t]?[A-Za-z]\b)?(?:[-/]\d{{1,4}}){{0,2}}\b(?:-?bis\b)?"
    rf"(?:{FOREIGN_UNIT})?)?"
)
# "St" and "Dr" end a street's name after a word that puts a place there ("on Main St"), not a
# saint's or a doctor's ("Per Dr. Smith")
_SAINT_OR_DOCTOR: Final = (" St", " Dr")
_QUARTERS: Final = (" NE", " NW", " SE", " SW")
_STREET_PREPOSITION: Final = re.compile(r"(?<![\w-])(?:on|off|at|near|along)[ \t]+$")
# a street named by its number: "9th Street", "5th Ave", "35TH AVE"
_NUMBERED_STREET_WORDS: Final = frozenset(
    form
    for word in split_words("Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Place Pl Lane Ln")
    for form in (word, word.upper())
)
_ORDINAL_NUMBER_BEFORE: Final = re.compile(r"(?<![\w.-])\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+$")
# a rural route's box, and the level, suite or unit before a street's number, which the typed
# pass leaves out: "ROUTE 4, BOX 227", "Level 3, 150 Collins Street", "305 - 1855 Albert Street",
# "12/44 The Esplanade"
_ROUTE_BOX: Final = re.compile(
    r"\b(?i:rural[ \t]+route|route|rte|rr|hc)[ \t]+\d{1,4},?[ \t]+(?i:box)[ \t]+\d{1,5}\b"
)
_UNIT_BEFORE_STREET: Final = re.compile(
    r"(?:(?<![\w-])(?i:level|lvl|suite|ste|unit|floor|apt|flat)\.?[ \t]+\d{1,4}[A-Za-z]?"
    r"[ \t]*[,/][ \t]*|(?<![\w.-])\d{1,5}[A-Za-z]?[ \t]+-[ \t]+|(?<![\w./-])\d{1,4}[A-Za-z]?/)$"
)
_UNIT_REACH: Final = 24


# The town after a street and a comma, before what ends an address's line or its postal code:
# "14 Rose Hill Lane, Ashhurst.", "2690 N Fairfield Rd, Beavercreek 45431", "88 Tory Street, Te
# Aro, Wellington 6011" (one or two such towns; a unit's word is no town: "Main St, Apt 4")
_TOWN_AFTER_STREET: Final = re.compile(
    r",[ \t]*([A-Z][a-z'’]+(?:-[a-z]{1,3}-[A-Z][a-z'’]+|-[A-Z][a-z'’]+)?"  # "Ross-on-Wye"
    r"(?:[ \t][A-Z][a-z'’]+){0,2})(?=[ \t]*(?:[,.;()\n]|\d|[A-Z]{2,3}\b|$))"
)
_NOT_TOWNS: Final = frozenset(
    split_words(
        """apt apartment suite ste unit flat level floor room rm building bldg block lot box po
        attn attention dept department ward bed ontario quebec québec alberta manitoba
        saskatchewan yukon nunavut que ont alta sask man nfld queensland victoria tasmania qld
        vic tas nsw"""
    )
) | frozenset(state.lower() for state in US_STATES.values())


def _street_parts(text: str, lowered: str, spans: Sequence[Raw]) -> list[Raw]:
    """The boxes of :data:`_ROUTE_BOX`; the level, suite or unit of :data:`_UNIT_BEFORE_STREET`
    before each street of ``spans`` and the towns of :data:`_TOWN_AFTER_STREET` after it."""
    out: list[Raw] = []
    if "box" in lowered:
        out += [(*m.span(), "STREET_ADDRESS", NET_SCORE) for m in _ROUTE_BOX.finditer(text)]
    for start, end, entity, _score in (*spans, *out):
        if entity != "STREET_ADDRESS":
            continue
        if start and text[start - 1] in " \t,/":
            unit = _UNIT_BEFORE_STREET.search(text, max(0, start - _UNIT_REACH), start)
            if unit is not None:
                out.append((unit.start(), start, "STREET_ADDRESS", NET_SCORE))
        for _ in range(2):  # "Te Aro, Wellington 6011"
            town = _TOWN_AFTER_STREET.match(text, end)
            if town is None or town.group(1).split()[0].lower() in _NOT_TOWNS:
                break
            out.append((*town.span(1), "CITY", NET_SCORE))
            end = town.end()
    return out


# A street line before a postal code and its town, as much of Europe writes it: "Hlavná 58,
# 040 01 Košice", "Rīgas iela 22-4, Daugavpils, LV-5401", "Bulevar oslobođenja 46a, stan 12,
# 21000 Novi Sad": words, a house number (and a flat) and a comma, whatever the words are
# (the street's line ends in a comma, a dash or a dot between the two, or the line itself:
# "Route du Vieux-Moulin 12 – CH-1860 Aigle", "Große Bleiche 44 · 55116 Mainz", "Am
# Rabenstein 3\n55262 Heidesheim"; a range of numbers: "Industriestraße 8–10")
_STREET_LINE_BEFORE: Final = re.compile(
    r"(?<![\w'’.-])(?:[^\W\d_][\w'’.-]*[ \t]+){1,4}"
    r"(?P<number>\d{1,5})[^\W\d_]?(?:[-/–]\d{1,4}[^\W\d_]?){0,2}(?:-?bis)?"
    rf"(?:{FOREIGN_UNIT}){{0,3}}[ \t]*(?:,|[–—·]|--|\n)[ \t]*\Z"
)
_STREET_LINE_ENDS: Final = (",", "–", "—", "·", "--", "\n")
_STREET_LINE_REACH: Final = 80
_PREFIXED_POSTCODE: Final = re.compile(r"[A-Z]{1,2}-\d{4,5}")  # "LV-5401", "D-10115"
_CITY_TO_POSTCODE: Final = re.compile(r"[ \t]*,?[ \t]*\Z")
_LINE_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
_PARTICLE: Final = 3  # the longest particle of a street's name: "de", "la", "da", "van"
_SHORT_CAPITALS: Final = 4  # a word in capitals this short opening a line is an abbreviation


def _streets_before_postcodes(text: str, spans: Sequence[Raw]) -> list[Raw]:
    """The street line before each postal code (or before the town just before it)."""
    # a town the typed detectors took for a name is still before the postal code
    town_at = {end: start for start, end, entity, _score in spans if entity in ("CITY", "PERSON")}
    out: list[Raw] = []
    for start, end, entity, _score in spans:
        postcode = entity == "ZIP" or (
            entity == "IDENTIFIER" and _PREFIXED_POSTCODE.fullmatch(text, start, end) is not None
        )
        if not postcode:
            continue
        if not text[max(0, start - 3) : start].rstrip(" \t").endswith(_STREET_LINE_ENDS):
            continue  # no comma before it ends a line (most: "Springfield, IL 62704")
        between = _CITY_TO_POSTCODE.search(text, max(0, start - _STREET_LINE_REACH), start)
        if between is not None and between.start() in town_at:  # "Daugavpils, LV-5401"
            start = town_at[between.start()]
        line = _STREET_LINE_BEFORE.search(text, max(0, start - _STREET_LINE_REACH), start)
        if line is None:
            continue
        words = list(_LINE_WORD.finditer(text, line.start(), line.start("number")))
        street_start = _street_start(words)
        if street_start is not None:
            street_end = line.start() + len(line.group().rstrip(", \t\n–—·-"))
            out.append((street_start, street_end, "STREET_ADDRESS", NET_SCORE))
    return out


def _street_start(words: list[re.Match[str]]) -> int | None:
    """Where a street's name starts among the words of a line: at the first capitalised word
    after which no two lower-case words stand together, unless both are short particles
    ("Calle de la Paz", "Bulevar oslobođenja", not "Novak lives at Hlavná"); None when that
    word is a short one in capitals (a clinical abbreviation: "BP 120, ...")."""
    for i, word in enumerate(words):
        value = word.group()
        if not value[0].isupper():
            continue
        rest = [w.group() for w in words[i + 1 :] if w.group()[0].isalpha()]
        if any(
            a.islower() and b.islower() and max(len(a), len(b)) > _PARTICLE
            for a, b in pairwise(rest)
        ):
            continue
        return None if value.isupper() and len(value) <= _SHORT_CAPITALS else word.start()
    return None


# the kinds of run that are a street only where they stand (see _street_of_run)
_NUMBERED_STREET: Final = "numbered street"  # "Street" after "9th "
_STREET_AFTER_PREPOSITION: Final = "street after a preposition"  # "Main St" after "on "


class _PlaceRunMemo(dict[str, str]):
    """Run of capitalised words as written -> "STREET_ADDRESS" or "CITY" when its last word
    makes it a place wherever it stands, :data:`_STREET_AFTER_PREPOSITION` or
    :data:`_NUMBERED_STREET` when it is a street only after a word (see
    :func:`_street_of_run`), else "" (one lookup per run instead of testing some forty
    endings, which cost 4% of the net's time on the padded benchmark notes)."""

    def __missing__(self, run: str) -> str:
        if len(self) >= 100_000:
            self.clear()
        if run.endswith(_COUNTY_ENDINGS):
            place = "CITY"
        elif run.endswith(_STREET_ENDINGS) or (
            run.endswith(_QUARTERS) and run.rsplit(" ", 1)[0].endswith(_STREET_ENDINGS)
        ):  # "Central Ave SE"
            place = "STREET_ADDRESS"
        elif run in _NUMBERED_STREET_WORDS:
            place = _NUMBERED_STREET
        elif run.endswith(_SAINT_OR_DOCTOR):
            place = _STREET_AFTER_PREPOSITION
        else:
            place = ""
        self[run] = place
        return place


def _street_of_run(text: str, start: int, end: int, place: str) -> Raw | None:
    """The place that the run ``text[start:end]`` of kind ``place`` (of :data:`_PLACE_RUNS`)
    is, with what goes with it, if it is one where it stands."""
    if place == _NUMBERED_STREET:
        number = _ORDINAL_NUMBER_BEFORE.search(text, max(0, start - 6), start)
        return None if number is None else (number.start(), end, "STREET_ADDRESS", NET_SCORE)
    if place == _STREET_AFTER_PREPOSITION:
        if not _STREET_PREPOSITION.search(text, max(0, start - 7), start):
            return None  # "Per Dr", "St" of a saint
        place = "STREET_ADDRESS"  # "on Reservoir St", "on Riley Hospital Dr"
    if place == "STREET_ADDRESS":  # "Central Ave SE", "Pecan Hollow Dr 12"
        if text.endswith("str", start, end) and (
            not text.startswith(".", end) or end - start < _SHORTEST_STR_STREET
        ):
            return None  # only a long word and its full stop: "Lindenstr.", not "Instr."
        end = _STREET_TAIL.match(text, end).end()  # type: ignore[union-attr]
    return (start, end, place, NET_SCORE)


_PLACE_RUNS: Final = _PlaceRunMemo()


# A token of mixed case as long as no word is, letters and digits at random: an encoded value
# (base64: "TVJOOjAwNDgyOTEzNw==") or a key, not a product name ("ApneaLinkAirProMax",
# "SureScanMRIConditional": capitals that start words, few of them side by side)
_SHORTEST_OPAQUE: Final = 16
_CAPITAL_PAIR: Final = re.compile(r"(?=[A-Z]{2})")
_THREE_WORDS: Final = re.compile(r"///[a-z]+\.[a-z]+\.[a-z]+")  # a what3words address


def _opaque(run: str) -> bool:
    """Whether a capitalised run is one token of :data:`_SHORTEST_OPAQUE` characters or more,
    a quarter of them in upper case, a quarter in lower case, four pairs of capitals."""
    if not run.isalnum():
        return False
    quarter = len(run) / 4
    return (
        sum(c.isupper() for c in run) >= quarter
        and sum(c.islower() for c in run) >= quarter
        and len(_CAPITAL_PAIR.findall(run)) >= 4
    )


_INITIALS_HINT: Final = re.compile(r"\.[A-Z]\.")  # led by a literal: a tenth of "[A-Z]\.[A-Z]\."
# a record's number after initials: "(T.K., MRN BSW-1109874)"
_RECORD_AFTER_INITIALS: Final = re.compile(r",?[ \t]*(?:MRN|DOB|NHS|NHI|CHI|Hosp)\b")
_INITIALS: Final = re.compile(r"[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?(?!\w)")


# initials apart by hyphens, after a person's cue: "Initials: R-J-K" (looked for where the
# text says "initials")
_HYPHENATED_INITIALS: Final = re.compile(r"(?<![\w-])[A-Z]-[A-Z](?:-[A-Z])?(?![\w-])")


def _cued_initials(text: str) -> list[Raw]:
    """A person named by initials alone after a person cue: "Patient V.K., a 56-year-old",
    "Initials: R-J-K"."""
    out: list[Raw] = []
    if "nitials" in text or "NITIALS" in text:
        for m in _HYPHENATED_INITIALS.finditer(text):
            if person_cue_before(text, m.start()):
                out.append((m.start(), m.end(), "PERSON", NET_SCORE))
    for hint in _INITIALS_HINT.finditer(text):
        start = hint.start() - 1
        initials = _INITIALS.match(text, start) if start >= 0 else None
        if initials is None:
            continue
        end = initials.end()
        signed = text.startswith(("— ", "– "), start - 2) and text[end : end + 1] in ("", "\n")
        if not (
            person_cue_before(text, start) or signed or _RECORD_AFTER_INITIALS.match(text, end)
        ):
            continue
        letters = "".join(c for c in initials.group() if c.isalpha()).lower()
        if letters not in _vocabulary().safe:  # "Pt N.P.O. after midnight"
            out.append((start, initials.end(), "PERSON", NET_SCORE))
    return out


# A place given by its coordinates, in decimal degrees ("46.51972 N, 7.96083 E", "40.7128,
# -74.0060", "lat=40.7128&lon=-74.0060") or in degrees, minutes and seconds ("51°30′26″N"):
# a pair of decimals of four places or more, or of three with a hemisphere or a degree sign,
# or a decimal after "lat"/"lon". Looked for from the decimal point of three places or more
# (a literal first: most texts hold none).
_DECIMAL_PLACES: Final = re.compile(r"\.\d{3}")
_DEGREES = (  # "#" stands for the number of the coordinate in its pair
    r"-?(?:0|[1-9]\d{0,2})\.(?P<places#>\d{3,})"
    r"(?P<mark#>[ \t]?°)?(?:[ \t]?(?P<hemisphere#>[NSEW])\b)?"
)
_COORDINATE_PAIR: Final = re.compile(
    rf"(?<![\w.-]){_DEGREES.replace('#', '1')}[ \t]*[,;/]?[ \t]*{_DEGREES.replace('#', '2')}"
    r"(?![\w.])"
)
_PLACES: Final = 4  # decimal places of a coordinate that bears no mark
_CUED_DEGREES: Final = re.compile(
    r"(?i:lat|lon|lng|latitude|longitude)[\"']?[ \t]*[=:][ \t]*[\"']?$"
)
_DEGREES_MINUTES: Final = re.compile(
    r"\d{1,3}°[ \t]?\d{1,2}[′'][ \t]?(?:\d{1,2}(?:\.\d+)?[″\"][ \t]?)?[NSEW]\b"
)
_COORDINATE_REACH: Final = 4  # from a decimal point back to the start of its number: "-122."
_SIGNED: Final = frozenset("-0123456789")
_CUE_REACH: Final = 12


def _coordinates(text: str) -> list[Raw]:
    """Places given by their coordinates (see :data:`_COORDINATE_PAIR`)."""
    out: list[Raw] = []
    for point in _DECIMAL_PLACES.finditer(text):
        start = point.start()
        while start > point.start() - _COORDINATE_REACH and text[start - 1 : start] in _SIGNED:
            start -= 1
        pair = _COORDINATE_PAIR.match(text, start)
        if pair is not None and all(_is_degrees(pair, n) for n in "12"):
            out.append((pair.start(), pair.end(), "STREET_ADDRESS", NET_SCORE))
        elif _CUED_DEGREES.search(text, max(0, start - _CUE_REACH), start):
            end = point.end()
            while text[end : end + 1].isdigit():
                end += 1
            out.append((start, end, "STREET_ADDRESS", NET_SCORE))
    if "°" in text:
        out += [(*m.span(), "STREET_ADDRESS", NET_SCORE) for m in _DEGREES_MINUTES.finditer(text)]
    return out


def _is_degrees(pair: re.Match[str], n: str) -> bool:
    """Whether coordinate ``n`` of a pair is written as one: four places or more, or a
    degree sign or a hemisphere."""
    marked = pair.group("mark" + n) or pair.group("hemisphere" + n)
    return len(pair.group("places" + n)) >= _PLACES or marked is not None


# Letters of scripts that neither have capitals nor are in the vocabularies (Hebrew, Arabic,
# Armenian, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Georgian, Ethiopic, Khmer,
# Mongolian, Chinese, Japanese, Korean): nothing tells a name there from a word, so
# ``strict`` masks their words ("สมชาย ใจดี", "تبریز", "张秀英").
_UNJUDGED = (
    "\u0530-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\u0e00-\u0eff"
    "\u0f00-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u18af\u2e80-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff"
)
_UNJUDGED_WORDS: Final = re.compile(rf"[{_UNJUDGED}]+(?:[ \u200c.][{_UNJUDGED}]+)*")


# The commonest words of English and of other languages written in Latin letters: a note
# whose start holds far more of the others' is in another language, where a capitalised word
# is often a noun ("Disfagia", "Herzschwäche", "Insuffisance"), not a name.
_ENGLISH_WORDS: Final = frozenset(
    split_words("the and of with to was is for on in at by not has had she he his her patient")
)
_OTHER_LANGUAGES_WORDS: Final = frozenset(
    split_words(
        """de la el y en con del los las por para que se una der die das und mit von ist im zu
        den dem il di che per le et des du avec est au une na z w nie się och av med är på
        het een van voor op em com não os uma do da ve bir ile için và của được ng sa mga ang
        kwa ya"""
    )
)
_LANGUAGE_SAMPLE: Final = 3000  # characters read to tell a note's language
# words that English seldom has, one of which a note in another language nearly always holds
# (one search for them all, led by the space: a third of the time of a plain search for each)
_OTHER_LANGUAGE_MARKER: Final = re.compile(
    " "
    + grouped_alternation(
        [
            *split_words(
                """de der die und von mit il et och het na ng và ve z ya la con yang dengan dan
                dari untuk pada tidak wa mga sa"""
            )
        ]
    )
    + " "
)
_SAMPLE_WORD: Final = re.compile(r"[^\W\d_]+")
# a word of three letters or more, not inside an address or a file's name ("hotmail.com")
_LOWER_CASE_WORD: Final = re.compile(r"(?<![\w@.'’/-])[^\W\d_]{3,}(?![\w@'’/-]|\.\w)")
# or whose words in lower case are seldom English words: under 40 in 100 of at least 15, or
# under 20 in 100 of 8 to 14 (English notes score 43 in 100 and more, their short ones 25)
_ENGLISH_SHARE: Final = 0.4
_ENGLISH_SHARE_OF_FEW: Final = 0.2
_MANY_WORDS: Final = 15
_FEWEST_WORDS: Final = 8
# (only a note that holds one of the markers or five letters with accents is read so: an
# English note names a "José" or a "Zoë" at times)
_ACCENTED_LETTER: Final = re.compile(r"[À-ÖØ-öø-ɏḀ-ỿ]")
_FEWEST_ACCENTS: Final = 5
# titles and roles of other languages before a name ("Frau Oberreiter", "Sra. Ferrer", "Mme
# Dubois", "Inf. Pezzotta", "Dkt. Mwangi") and the heads of their institutions' names
# ("Klinikum Isartal", "Ziekenhuis Amstelveld"): the words after them stay masked
_OTHER_TITLES: Final = frozenset(
    split_words(
        """herr frau sr sra srta dra dña don dona d dott dott.ssa sig sig.ra mme mlle m pan pani
        dhr mevr mevrouw hr fru bs inf enf téc tec dkt daktari bw bi aling mang roz née geb
        mudr prof dr"""
    )
)
# (a capitalised word in Cyrillic or Greek within a sentence is a proper noun: after a word
# in lower case, a comma or a dash)
_PROPER_NOUN_BEFORE: Final = re.compile(r"(?:[^\W\d_A-Z]|[,–—-])[ \t]\Z")
_INITIALS_AROUND: Final = re.compile(rf"\.?[ ]?[{UPPER}]\.(?:[ ]?[{UPPER}]\.)?(?![\w'’.-])")
_INITIALS_BEFORE_RUN: Final = re.compile(rf"(?<![\w.])[{UPPER}]\.(?:[ ]?[{UPPER}]\.)?[ ]\Z")
# the prefixes of a town, a village or a district in Russian, Ukrainian, Bulgarian and Serbian
_CYRILLIC_PLACE_PREFIXES: Final = frozenset(
    split_words("г м гр с село град пос пгт смт общ дер город місто селище мікрорайон")
)
_SHORTEST_NAMED_ENDING: Final = 4  # letters of a word whose ending may name it ("Ов" is no name)
_CYRILLIC_OR_GREEK: Final = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_LETTER: Final = re.compile(r"[^\W\d_]")
_OTHER_SCRIPT_SHARE: Final = 0.3  # of a sample's letters, for a note in Cyrillic or Greek
# titles and roles before a name in Cyrillic and Greek notes: "врач Абрамян", "д-р Петров",
# "доц. Иванова", "κ. Αλεξίου", "Δρ. Ζαφειρίου", "Καθ. Μήτσης"
_CYRILLIC_AND_GREEK_TITLES: Final = frozenset(
    split_words(
        """врач лікар лекар лекарка д-р др доц проф акад г-н г-жа г-ца пациент пациентка пацієнт
        пацієнтка пацијент пацијенткиња больной больная хворий хвора медсестра фельдшер
        акушерка зав κ κα δρ καθ ιατρός ιατρού γιατρός ασθενής ασθενούς νοσηλεύτρια"""
    )
)
# endings of surnames and patronymics in Cyrillic and Greek ("Иванович", "Петровна",
# "Коваленко", "Савчук", "Трифуновић", "Παπαδόπουλος", "Ζαφειρίου"), and of Lithuanian women's
# and men's surnames ("Vilkienė", "Petrauskaitė", "Jankauskas"): a word so ending is a name
_NAME_ENDINGS: Final = tuple(
    split_words(
        """ович евич овна евна ична ьич енко чук щук юк ова ева ёва ов ев ёв вић вич ић
        πουλος πούλου ίδης ίδου άδης άκης άκη ίου όγλου ienė aitė ytė utė ūtė auskas
        evičius avičius"""
    )
)
_INSTITUTION_HEADS: Final = frozenset(
    split_words(
        """klinikum klinik rehaklinik krankenhaus spital ziekenhuis hospital hôpital hopital
        ospedale clinique clinica clínica centro centre szpital nemocnice sjukhus sykehus
        farmacia pharmacie apotheke apotek revalidatiecentrum mutualité mutualite vårdcentralen
        vårdcentral hälsocentralen hälsocentral bydel distrikt hjemmeplejen hjemmetjenesten
        sygehus universitetssjukhuset"""
    )
)
# the heads of Nordic and Finnish institutions' names, in lower case after the place they are
# named for: "Sagene legesenter", "Hervannan terveysasema", "Haukeland universitetssjukehus"
_PLACE_HEAD_AFTER: Final = re.compile(
    r"[ \t]+(?:legesenter|legekontor|legevakt|helsestasjon|sykehjem|bo- og|terveysasema"
    r"|terveyskeskus|sairaala|apteekki|universitetssjukehus|universitetssykehus|sykehus"
    r"|sygehus|sjukhus|vårdcentral|hälsocentral|plejecenter|kommune|kommun|lægehus)"
    r"(?![^\W\d_-])"
)


def _in_another_language(text: str, lowered: str) -> bool:
    """Whether the start of a note is in another language than English: it is written mostly
    in Cyrillic or Greek letters, it holds twice as many of the commonest words of other
    languages as of English (and eight of them at least), or few of its words in lower case
    are English (:func:`_english`)."""
    sample = lowered[:_LANGUAGE_SAMPLE]
    if not sample.isascii() and _CYRILLIC_OR_GREEK.search(sample):
        script = len(_CYRILLIC_OR_GREEK.findall(sample))
        if script >= _OTHER_SCRIPT_SHARE * len(_LETTER.findall(sample)):
            return True
    marked = _OTHER_LANGUAGE_MARKER.search(sample) is not None
    if not marked and (sample.isascii() or len(_ACCENTED_LETTER.findall(sample)) < _FEWEST_ACCENTS):
        return False  # (most notes: counting their words cost 2-3% of detection)
    words = _SAMPLE_WORD.findall(sample)
    other = sum(word in _OTHER_LANGUAGES_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if other >= 8 and other >= 2 * english:
        return True
    written = [w for w in _LOWER_CASE_WORD.findall(text, 0, _LANGUAGE_SAMPLE) if w.islower()]
    if len(written) < _FEWEST_WORDS:
        return False
    share = sum(map(_english, written)) / len(written)
    return share < (_ENGLISH_SHARE if len(written) >= _MANY_WORDS else _ENGLISH_SHARE_OF_FEW)


def _english(word: str) -> bool:
    """Whether a word in lower case is an English word or one's plural or past ("detected",
    "headaches", "bounced"; the word list holds the plain forms)."""
    safe = _vocabulary().safe
    if word in safe:
        return True
    if word.endswith("s") and word[:-1] in safe:
        return True
    if word.endswith("ed") and (word[:-2] in safe or word[:-1] in safe):
        return True
    return word.endswith("es") and word[:-2] in safe


def _towns_among_nouns(text: str, start: int, run: str) -> list[Raw]:
    """The towns among the nouns of a run in another language's note ("Richtung Innsbruck",
    "KZOS Brno"), not the common words of those languages that a town spells too
    ("Registro", "Onda")."""
    if " " not in run and "\t" not in run:
        return []
    common = other_language_words()
    words = [*_RUN_WORD.finditer(run)]
    out: list[Raw] = []
    k = 0
    while k < len(words):
        # the longest town of up to three words from here ("Nowy Sącz")
        for last in range(min(len(words), k + _MOST_TOWN_WORDS) - 1, k - 1, -1):
            name_start, name_end = start + words[k].start(), start + words[last].end()
            name = text[name_start:name_end]
            if (
                _plain(name) in world_cities()
                and name.lower() not in common
                and not (name.isupper() and len(name) < _SHORTEST_TOWN_IN_CAPITALS)
                and not _before_head(text, name_start, name_end)  # "Tokyo Guidelines"
            ):
                out.append((name_start, name_end, "CITY", NET_SCORE))
                k = last
                break
        k += 1
    return out


_RUN_WORD: Final = re.compile(r"[^ \t]+")
_MOST_TOWN_WORDS: Final = 3
# an Italian province's code in brackets after its town, as Italy writes a town: "Chieri (TO)",
# "San Giovanni Teatino (CH)", "Forgaria nel Friuli (UD)"
_ITALIAN_PROVINCE: Final = re.compile(
    r"[ \t]?\(((?:A[GLNOPQRTV]|B[AGILNORSTZ]|C[ABEHLNORSTZ]|EN|F[CEGIMR]|G[EOR]|I[MS]|KR"
    r"|L[CEIOTU]|M[BCEINOST]|N[AOU]|OR|P[ACDEGINORTUVZ]|R[ACEGIMNO]|S[AIOPRSUV]|T[AENOPRSV]"
    r"|UD|V[ABCEIRTV]))\)"
)
_TOWN_BEFORE_PROVINCE: Final = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ -](?:[A-Z][\w'’-]*|di|del|della|dei|degli|in|al|sul|nel"
    r"|sopra|sotto|d['’][A-Z][\w'’-]*))*\Z"
)
_TOWN_REACH: Final = 60
# a town after the words of birth or home of Italian, French and German, or a hamlet's
# ("nata a Villacidro", "residente a Majano", "frazione Cornino", "località Flagogna", "née à
# Valence", "wohnhaft in Wettenberg-Krofdorf"); its word's start checked in Python
_TOWN_AFTER_BIRTH_OR_HOME: Final = re.compile(
    r"(?:(?:nat[oaie]|residente|domiciliat[oaie])(?:/[ae])?[ \t]+(?:a|ad|in)|frazione|località"
    r"|(?:née?s?|domiciliée?)[ \t]+à|wohnhaft[ \t]+in|geboren[ \t]+in)[ \t]+"
    r"(?P<town>[A-Z][\w'’-]*(?:[ \t](?:(?:di|del|della|dei|allo|alla|nel|sul)[ \t])?"
    r"[A-Z][\w'’-]*){0,3})"
)
_ITALIAN_WORD: Final = re.compile(r"\b(?:il|della|degli|dell['’]|nato|nata|presso|residente)\b")
# a district, a county or a municipality named after the word for it, in other languages
# ("Landkreis Nordwestmecklenburg", "Bezirk Liezen", "CPAM de la Haute-Garonne", "Partido de La
# Matanza"): smaller than a state (not a Swiss canton, a French region, a federal district;
# nor a municipality, whose word is a form's label too: "Município de Notificação")
_DISTRICT_AND_NAME: Final = re.compile(
    r"(?:Landkreis|Kreis|Bezirk|Gemeinde|Stadtteil|Ortsteil|Département|département"
    r"|Arrondissement|arrondissement|Partido|CPAM)"
    r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|di|del|do|da|d['’])[ \t]*)?"
    r"(?P<place>[A-Z][\w'’-]*(?:[ \t-][A-Z][\w'’-]*){0,2})"
)
# a letter's place before its date, opening a line: "Liège, le 17 septembre 2024", "Bad
# Sassendorf, den 07.02.2024", "Bologna, 12 marzo 2024"
_PLACE_AND_DATE_LINE: Final = re.compile(
    r"(?:\A|\n)[ \t]*(?P<town>[A-Z][\w'’-]*(?:[ \t-](?:(?:de|la|le|les|sur|am|an|der|im|bei"
    r"|di|del|d['’])[ \t])?[A-Z][\w'’-]*){0,3}),[ \t]+(?:(?:le|den|il|el|am|em|à|the)[ \t]+)?"
    r"(?=\d{1,2}(?:\.|er|º)?(?:[./-]\d{1,2}[./-]\d{2,4}|[ \t]+[^\W\d_]{3,}\.?[ \t]+\d{4}))"
)
_WEEKDAY_WORD: Final = re.compile(rf"(?i:{FOREIGN_WEEKDAY}|{_WEEKDAYS.replace(' ', '|')})")
# what opens a line before a date and is no place: a label, a weekday, a month, a participle
_NO_PLACE_BEFORE_DATE: Final = frozenset(
    split_words(
        """date datum fecha data dated signed received seen visit ort lieu luogo lugar local
        today heute aujourd'hui oggi hoy hoje"""
    )
)


def _places_of_letters(text: str) -> list[Raw]:
    """The places of :data:`_PLACE_AND_DATE_LINE`: not a label, a weekday, a month or a word
    ending in "ed" ("Signed, 12.03.2024")."""
    out: list[Raw] = []
    for m in _PLACE_AND_DATE_LINE.finditer(text):
        first = m["town"].split(" ", 1)[0].lower()
        if (
            first in _NO_PLACE_BEFORE_DATE
            or first.endswith("ed")
            or first in _LOWER_MONTH_NAMES
            or first in FOREIGN_MONTHS
            or _WEEKDAY_WORD.fullmatch(first)
        ):
            continue
        out.append((*m.span("town"), "CITY", NET_SCORE))
    return out


def _towns_before_provinces(text: str) -> list[Raw]:
    """The towns before an Italian province's code (:data:`_ITALIAN_PROVINCE`), with the
    code, in a text in Italian: a province is smaller than a state."""
    if _ITALIAN_WORD.search(text) is None:
        return []  # ("Kohlenmonoxid (CO)", "dr. E. Schaap (SO)")
    out: list[Raw] = []
    for m in _ITALIAN_PROVINCE.finditer(text):
        town = _TOWN_BEFORE_PROVINCE.search(text, max(0, m.start() - _TOWN_REACH), m.start())
        if town is not None and not _SAFE_RUNS[town.group()]:
            out.append((town.start(), town.end(), "CITY", NET_SCORE))
            out.append((*m.span(1), "CITY", NET_SCORE))
    return out


def _unknown_words(text: str, start: int, run: str, after_title: frozenset[int]) -> bool:
    """Whether a run of capitalised words is no known name, town or institution's name and
    stands after no title of English or another language: in a note in another language, a
    noun ("Disfagia"; not "Sra. Ferrer", "Klinikum Isartal", "Lille")."""
    if start in after_title or _WORLD_TOWN[run] or _declined_town(run):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and (
        (title := before.group(1).lower().rstrip(".")) in _OTHER_TITLES
        or title in _CYRILLIC_AND_GREEK_TITLES
    ):
        return False
    names = _vocabulary().names
    words = [_plain(word) for word in run.replace("\t", " ").split(" ")]
    if any(len(word) > _SHORTEST_NAMED_ENDING and word.endswith(_NAME_ENDINGS) for word in words):
        return False  # a surname or a patronymic by its ending: "Иванович", "Παπαδόπουλος"
    if words[0] in _INSTITUTION_HEADS or (
        before is not None and _plain(before.group(1)) in _INSTITUTION_HEADS
    ):
        return False
    if any(word in _OTHER_TITLES or word in _TITLES for word in words[:-1]):
        return False  # a title within the run: "BHW Aling Nena Dizon"
    if any(word in names for word in words):
        return False
    if not _CYRILLIC_OR_GREEK.match(run):
        return True
    # (in Cyrillic or Greek: a surname beside its initials, "Шмидт О. А.", "Р. Д. Кравчишин";
    # a word capitalised within a sentence or after a town's prefix, "дочери, Веры", "г. Москва")
    return not (
        _INITIALS_AROUND.match(text, start + len(run))
        or _INITIALS_BEFORE_RUN.search(text, max(0, start - 8), start)
        or _PROPER_NOUN_BEFORE.search(text, max(0, start - 3), start)
        or (before is not None and before.group(1).lower().rstrip(".") in _CYRILLIC_PLACE_PREFIXES)
    )



# A surname and its given names as a table's cell holds them, in any language: "| Mereu,
# Giovanni Battista |", "2  | Wróbel, Paweł   | 1990-02-11" (the cell ends within three
# words, one of them a known name: not "| Herzschwäche, Diabetes")
_GIVEN_NAMES_CLOSING_CELL: Final = re.compile(
    r",[ \t]?([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})[ \t]*(?:\||\t|\r?\n|$)"
)
_CELL_OPENS_BEFORE: Final = re.compile(r"(?:^|[|\t])[ \t]*\Z", re.MULTILINE)


# what ends a sentence or a field before a word that opens the next (besides a line's start)
# (not a full stop after a title, an initial or another short capitalised abbreviation:
# "Dott. Vento", "Chim. M. Dobre", "Dres. Vogel")
_OPENING_BEFORE: Final = re.compile(
    r"(?:(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<![A-Z][a-z]{4})"
    r"[.!?]|[:;])[ \t]+\Z|(?:[ \t]{2,}|\t)\Z"
)
_OPENING_WORD_AFTER: Final = re.compile(r",?[ \t]+([^\W\d_]+)")


def _common_word_opening(text: str, start: int, run: str, after_title: frozenset[int]) -> bool:
    """Whether a run of another language's note is a common word of one of those languages
    that a surname or a town spells too ("Tomar 1 cada 12 horas", "Este certificado",
    "Registro patronal"), opening a line, a sentence or a field, and before no given name
    ("Vogel, Hans")."""
    if start in after_title:
        return False
    common = other_language_words()
    if not all(word.lower() in common for word in run.replace("\t", " ").split(" ")):
        return False
    if not _first_on_line(text, start) and not _OPENING_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return False
    after = _OPENING_WORD_AFTER.match(text, start + len(run))
    return after is None or _plain(after.group(1)) not in _vocabulary().given


def _surname_opening_cell(text: str, start: int, end: int) -> bool:
    """Whether the run at ``start:end`` opens a table's cell before a comma and the given
    names that close it (:data:`_GIVEN_NAMES_CLOSING_CELL`)."""
    if not text.startswith(",", end):
        return False
    given = _GIVEN_NAMES_CLOSING_CELL.match(text, end)
    if given is None or _CELL_OPENS_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    names = _vocabulary().names
    return any(_plain(word) in names for word in re.split(r"[ \t-]", given.group(1)))


def _declined_town(word: str) -> bool:
    """Whether a word is a town of the world's list with a case ending of place, as Finnish,
    Hungarian, Croatian, Polish and Czech write a town after "in", "to" or "from":
    "Espoossa", "Debrecenben", "Budapesten", "Zagrebu", "Krakowie" (the town of five letters
    or more; not "Rollator" nor "Bulantı")."""
    if " " in word or len(word) <= _SHORTEST_DECLINED_TOWN:
        return False
    base, apostrophe, _suffix = word.partition("'")
    if apostrophe and _WORLD_TOWN[base]:
        return True  # Turkish glues its case to a name after an apostrophe: "Kayseri'ye"
    return any(
        word.endswith(ending) and _WORLD_TOWN[word[: -len(ending)]]
        for ending in _CASE_ENDINGS
        if len(word) - len(ending) >= _SHORTEST_DECLINED_TOWN
    )


_SHORTEST_DECLINED_TOWN: Final = 5
_CASE_ENDINGS: Final = split_words(
    "ssa ssä sta stä lla llä lle n ban ben ba be ból ből ról ről on en ön u ie em om ě e i"
)  # (and a Hungarian town's adjective: "Debreceni", "Szegedi")
# a measurement after a word: a number and a unit of measure, not of time or count (a name may
# stand before "3 times" or "2 days")
_MEASURED_AFTER: Final = re.compile(
    r"[ \t]*[:=]?[ \t]*\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|g|kg|ml|mL|dL|mmHg|Hgmm|mm|cm|m/s|%|bpm"
    r"|mmol|°C|°F|°|x/[a-z]+|/[a-zµ]+|l/p|IU|U/L|g/dL|kPa|ppm)(?![A-Za-z])"
)


# the word before a run, past an initial: "Inf. F. Pezzotta"
_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w.]*)[ \t]+(?:[A-Z]\.[ \t]*)?\Z")


# an initial before a word of another language's note makes it a surname: "Huisarts   H.
# Koopmans", "Bearbeitet: R. Wienhold" (after a field's start, a column's gap, a bracket or a
# comma; not "Vitamin D. Kontrolle", "z. B. Multiple Sklerose", nor "N." of a number)
_INITIALS_BEFORE_SURNAME: Final = re.compile(
    r"(?:^|(?<=[:(,\t\"])|(?<=[ \t]{2}))[ ]?[A-MO-Z]\.[ ]?\Z"
    # (two initials or three anywhere: "M.H. Schuurman"; not a unit's, as Italian and Spanish
    # write them: "U.O.C. Cardiologia", "S.C. Medicina Interna", "F.E.A. Endocrinología"; nor
    # Turkey's "T.C. SAĞLIK BAKANLIĞI")
    r"|(?<![\w.])(?!(?:U\.O\.|S\.[CSO]\.|F\.E\.A\.|D\.H\.|T\.C\.))(?:[A-Z]\.){2,3}[ ]?\Z",
    re.MULTILINE,
)
# initials and a particle in lower case before a run make it a surname, in any language and
# whatever its words: "behandelaar K. de Ruiter", "M. van Dijk", "T. de Wit"
# (not Italian's "di", which follows a unit's initials too: "U.O. di Chirurgia")
_SURNAME_PARTICLES: Final = split_words("van von de der den ter ten te 't da dos das")
_INITIALS_AND_PARTICLES_BEFORE: Final = re.compile(
    rf"(?<![\w.])(?:[A-Z]\.[ ]?){{1,3}}(?:(?:{'|'.join(_SURNAME_PARTICLES)})[ ]){{1,3}}\Z"
)
# (their last word, tested with str.endswith before the search)
_PARTICLES_BEFORE_SURNAME: Final = tuple(f" {word} " for word in _SURNAME_PARTICLES)


# A DNA profile: the alleles on each line of a short tandem repeat's locus, as paternity and
# forensic reports tabulate them ("D8S1179   12, 14   13, 14", "TH01  7, 9.3"); a table of
# them names at least one of the core loci of CODIS
_CORE_LOCI: Final = ("D8S1179", "D3S1358", "TH01", "TPOX", "CSF1PO", "vWA", "D21S11")
_LOCUS_LINE: Final = re.compile(
    r"^[ \t|]*(?:D\d{1,2}S\d{2,4}|TH01|TPOX|CSF1PO|vWA|VWA|FGA|SE33|Penta[ ]?[DE]|DYS\d{3}[a-z]?)"
    r"\b[^\n]*",
    re.MULTILINE,
)
_ALLELE_PAIR: Final = re.compile(r"(?<![\d.])\d{1,2}(?:\.[1-3])?,[ ]?\d{1,2}(?:\.[1-3])?(?![\d.])")


def _dna_profiles(text: str) -> list[Raw]:
    """The allele pairs of a DNA profile's table (:data:`_LOCUS_LINE`): biometric data, masked
    as an identifier."""
    if not any(locus in text for locus in _CORE_LOCI):
        return []
    return [
        (*pair.span(), "IDENTIFIER", NET_SCORE)
        for line in _LOCUS_LINE.finditer(text)
        for pair in _ALLELE_PAIR.finditer(text, line.start(), line.end())
    ]


def net_spans(
    text: str, lowered: str, strict: bool = False, known: Sequence[Raw] = ()
) -> list[Raw]:
    """``(start, end, entity, score)`` for every token of ``text`` not known to be safe.

    ``lowered`` is ``text`` in lower case, of the same length (:func:`lower_case`). ``known``
    (sorted, disjoint spans already detected) is skipped: a token inside one of them is not
    looked at again.
    """
    out: list[Raw] = []
    gaps = _gaps(len(text), known)
    # the word after a title or after a one-word name is (more of) a name
    titled = _after_titles(text)
    after_title = titled | _after_lone_names(text, known)
    before_names = _before_lone_names(text, known)
    brands = _brand_names(text) if "(" in text or "." in text else frozenset()
    surname_end = -3  # the end of a surname in capitals before its given names ("SMITH, JOHN")
    runs = 0
    other_language = not strict and _in_another_language(text, lowered)
    months = _FOREIGN_MONTH_FORMS_IN_OTHER_LANGUAGE if other_language else _FOREIGN_MONTH_FORMS
    # (asked once of the text, not of each run: most notes hold no particle of a surname)
    particles = any(map(text.__contains__, _PARTICLES_BEFORE_SURNAME))
    for gap_start, gap_end in gaps:
        for m in _RUNS.finditer(text, gap_start, gap_end):
            runs += 1
            run, start, end = m.group(), m.start(), m.end()
            if start in brands or text[start - 1 : start] == "<" or text[start - 2 : start] == "</":
                continue  # (an XML element's name: "<AddressLine1>", "</CommunicationNumbers>")
            if text[end + 1 : end + 2].isdigit() and (
                run[(month_at := run.rfind(" ") + 1) :] in months
            ):
                date = _DAY_OR_YEAR_AFTER.match(text, end)
                if date is not None:  # "Shawwal 15", "Nisan 2025", "Meskerem 12, 2017"
                    out.append((start + month_at, date.end(), "DATE", NET_SCORE))
                    if not month_at:
                        continue
                    run, end = run[: month_at - 1], start + month_at - 1
            if (
                start - surname_end <= 2
                and text[surname_end:start] in (", ", ",")
                and not (run.isupper() and _common_words(run))
            ):
                out.append((start, end, "PERSON", NET_SCORE))  # the given names, in any case
                surname_end = -3
                continue
            if end in before_names and run.isupper() and _given_names_in_capitals(run):
                out.append((start, end, "PERSON", NET_SCORE))  # "LUCIENE" before "SOARES"
                continue
            if run.isupper():
                titled_word = (
                    _CAPITAL_TITLE_BEFORE.search(text, max(0, start - 6), start)
                    if text.startswith(". ", start - 2)
                    else None
                )
                asked = " " in run or "\t" in run or text.startswith(",", end) or titled_word
                name_start = (
                    _name_in_capitals(text, start, end, titled_word is not None) if asked else None
                )
                if name_start is not None:
                    out.append((name_start, end, "PERSON", NET_SCORE))
                    # a surname (or two in a cell of their own): the given names after its
                    # comma are names too
                    one = " " not in text[name_start:end]
                    cell = _CELL_BEFORE.search(text, max(0, start - 1), start)
                    surname_end = end if one or cell else -3
                    continue
                if not asked and _initial_and_surname(run):
                    out.append((start, end, "PERSON", NET_SCORE))  # a user name: "PWALSH"
                    continue
            # a postal code ends with two digits and a space: "113 57 Stockholm"
            if start > 2 and "0" <= text[start - 2] <= "9" and text[start - 1] == " ":
                postcode = _postcode_before(text, start, run)
                if postcode is not None:  # "546 30 Thessaloniki"
                    out.append((*postcode, "ZIP", NET_SCORE))
                    tail = _TOWN_NAME_TAIL.match(text, end)  # "28947 Torrejón del Pinar"
                    out.append((start, end if tail is None else tail.end(), "CITY", NET_SCORE))
                    continue
            if end - start >= _SHORTEST_OPAQUE and _opaque(run):
                padded = end + len(text[end : end + 2]) - len(text[end : end + 2].lstrip("="))
                out.append((start, padded, "IDENTIFIER", NET_SCORE))  # with base64's "=="
                continue
            place = _PLACE_RUNS[run]  # "Old Salem Pike", "Jasper County", "Hauptstraße"
            if place:
                street = _street_of_run(text, start, end, place)
                if street is not None:
                    out.append(street)
                    continue
            # a town after a preposition of place: "in Beavercreek", "to Tripoli", "in Sudbury",
            # "from Portage Bend", "at Tamarack Point", "of Sheboygan Falls"
            town = (
                (_TOWN_LIKE[run] or _WORLD_TOWN[run])
                and _PLACE_PREPOSITION.search(text, start - 8, start)
            ) or (
                _NAMED_LIKE_A_PLACE.fullmatch(run) is not None
                and _PLACE_AT_OR_OF.search(text, start - 8, start) is not None
            ) or (  # a town's usual first word: "in Port Callow", "via Upper Swaile"
                _PREFIXED_TOWN.fullmatch(run) is not None
                and _PLACE_OR_VIA.search(text, start - 8, start) is not None
                and (  # not a side of a building or the world: "North Tower", "West Africa"
                    not run.startswith(_COMPASS_AND_SIZE) or _KINDS[run.rsplit(" ", 1)[-1]] != _SAFE
                )
            ) or (  # whatever the word is, after Dutch "te": "wonende te Zwevezele", "huisarts
                # te Leusden" ("te" is followed by a verb in lower case otherwise)
                other_language
                and text[start - 3 : start] == "te "
                and not text[start - 4 : start - 3].isalnum()
                and not _SAFE_RUNS[run]
            ) or (  # whatever the word is, before a state: "from Coxsackie, NY"
                text.startswith(",", end)
                and _US_STATE_AFTER.match(text, end) is not None
                and _PLACE_PREPOSITION.search(text, start - 8, start) is not None
            )
            if start not in after_title and town:
                out.append((start, end, "CITY", NET_SCORE))
                continue
            if (
                particles
                and text.endswith(_PARTICLES_BEFORE_SURNAME, 0, start)
                and _INITIALS_AND_PARTICLES_BEFORE.search(text, max(0, start - 24), start)
            ):
                out.append((start, end, "PERSON", NET_SCORE))  # "R. van den Akker", "T. de Wit"
                continue
            # most runs are safe words ("Patient", "BP", "Blood Pressure"): settled here
            if start not in after_title and _SAFE_RUNS[run]:
                continue
            if (
                not strict
                and (text.startswith(":", end) or _HEADING_WORDS_AFTER.match(text, end))
                and _form_label(text, start, run)
                and _foreign_heading(text, end)
            ):
                continue  # (at strict an unknown speaker of a chat stays masked: "Tsetsegmaa:")
            if other_language and _PLACE_HEAD_AFTER.match(text, end) and not _SAFE_RUNS[run]:
                out.append((start, end, "CITY", NET_SCORE))  # "Sagene legesenter"
                continue
            if (
                other_language
                and (
                    _unknown_words(text, start, run, after_title)
                    or _common_word_opening(text, start, run, after_title)
                )
                and not _INITIALS_BEFORE_SURNAME.search(text, max(0, start - 12), start)
            ):
                if not _surname_opening_cell(text, start, end):
                    out += _towns_among_nouns(text, start, run)
                    continue  # a noun of another language's note: "Disfagia", "Herzschwäche"
                out.append((start, end, "PERSON", NET_SCORE))  # "| Cabras, Efisio |"
                surname_end = end
                continue
            if " " not in run and start not in after_title and _MEASURED_AFTER.match(text, end):
                continue  # a measurement's name: "Vmax 4.6 m/s", "Nadi 96x/menit", "Suhu 37,8 °C"
            if run in MAIL_HEADER_LABELS and text.startswith(":", end) and _first_on_line(
                text, start
            ):
                continue  # an e-mail's "From:" or "To:" in another language: "Van:", "Von:"
            if not strict and run.isupper() and _heading_with_particle(run):
                continue  # "NOTA DE EVOLUCIÓN MATUTINA", "INSTITUTO MEXICANO DEL SEGURO SOCIAL"
            _run_spans(text, start, run, strict, after_title, out.append)
    in_lower_case = runs * _CHARACTERS_PER_RUN < len(text)
    if in_lower_case:  # "spoke w mary jones", "moved up from dayton"
        out += _lower_case_names(text, gaps) + _lower_case_towns(text)
    cued = _after_message_cues(text, lowered, in_lower_case)
    roles = frozenset(
        m.end()
        for m in _ROLE_CUE.finditer(lowered)
        if text[m.end()].islower() and _starts_word(text, m.start())
    )
    out += _lower_case_cued_names(text, titled, cued, roles) + _relatives_in_lower_case(text)
    if any(cue in lowered for cue in _ADDRESS_IN_WORDS_CUES):
        out += _addresses_in_words(lowered)
    if "Co." in text or "County " in text:
        out += _irish_counties(text)
    codes = _code_tokens(text, gaps, strict)
    out += _code_spans(text, codes, strict)
    if "**" in text or "XX" in text or "xx" in text or "••" in text:
        out += [
            (*m.span(), "IDENTIFIER", NET_SCORE)
            for m in _MASKED_NUMBER.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_*•Xx"))
        ]
    out += _plates_after_vehicles(text, codes) + _aircraft_and_plates(text)
    out += _word_dates(text) + _dotted_day_dates(text) + _lower_case_word_dates(text, lowered)
    if "/" in text:
        out += _numeric_date_ranges(text)
    if "-" in text:
        out += _iso_month_days(text)
    out += _lower_case_short_dates(text)
    if "/" in text:
        out += _dates_listed_before(text, known)
    out += _foreign_months_with_years(text, lowered)
    if "yue" in lowered or "wol" in lowered:  # "2024 nian 3 yue 5 ri", "2024nyeon 3wol 5il"
        out += [(m.start(), m.end(), "DATE", NET_SCORE) for m in _ROMANISED_DATE.finditer(lowered)]
    if other_language:
        out += [
            (m.start(), m.end(), "DATE", NET_SCORE)
            for m in _FOREIGN_WEEKDAY_AND_DAY.finditer(lowered)
            if len(m["weekday"]) > 3 and not _unit_after(text, m.end())
        ]
        if "(" in text:
            out += _towns_before_provinces(text)
        out += _places_of_letters(text)
        out += [
            (*m.span("place"), "CITY", NET_SCORE)
            for m in word_start_matches(_DISTRICT_AND_NAME, text)
            if not _SAFE_RUNS[m["place"]] or _WORLD_TOWN[m["place"]]
        ]
        out += [
            (*m.span("town"), "CITY", NET_SCORE)
            for m in word_start_matches(_TOWN_AFTER_BIRTH_OR_HOME, text)
            if not _SAFE_RUNS[m["town"]]
        ]
    if "ngày" in lowered or "tháng" in lowered:
        out += [(m.start(), m.end(), "DATE", NET_SCORE) for m in _VIETNAMESE_DATE.finditer(lowered)]
    if "exp" in lowered:
        out += [
            (m.start(1), m.end(1), "DATE", NET_SCORE)
            for m in _EXPIRY.finditer(lowered)
            if _starts_word(lowered, m.start()) and not _unit_after(text, m.end(1))
        ]
    if "ate(" in text or "DATE(" in text:  # =DATEDIF(DATE(1930,4,9),TODAY(),"y")
        out += [(m.start(1), m.end(1), "DATE", NET_SCORE) for m in _FORMULA_DATE.finditer(text)]
    for m in _MONTH_FIELD.finditer(text):  # "year: 1930 month: 6 day: 9"
        year = _YEAR_FIELD_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if year is not None:
            out.append((year.start(), m.end(), "DATE", NET_SCORE))
    out += _dated_years(text)
    out += _ages(text, lowered)
    out += _nicknames(text, lowered, strict) + _split_numbers(text, lowered)
    if "FIRST" in text:
        out += _claim_form_names(text)
    if "Baby" in text or "BABY" in text or "BB " in text:
        out += [(*m.span(), "PERSON", NET_SCORE) for m in _NEWBORN_NAME.finditer(text)]
    if "." in text or "°" in text:
        out += _coordinates(text)
    out += _dna_profiles(text)
    if strict and not text.isascii():
        out += [(*m.span(), "IDENTIFIER", NET_SCORE) for m in _UNJUDGED_WORDS.finditer(text)]
    out += spoken_spans(text, lowered, in_lower_case)
    out += _days_of_month(text, lowered)
    if "day the " in lowered:  # "thursday the 7th", in any case
        out += [(m.start(), m.end(), "DATE", NET_SCORE) for m in _WEEKDAY_ORDINAL.finditer(lowered)]
    if "." in text:
        out += _files_and_hosts(text)
    if "@" in text:
        out += [(m.start(), m.end(), "IDENTIFIER", NET_SCORE) for m in _HANDLE.finditer(text)]
        out += [
            (*m.span(), "IDENTIFIER", NET_SCORE) for m in _ADDRESS_WITHOUT_DOMAIN.finditer(text)
        ]
    if ":" in text:
        out += _speakers(text)
    if "///" in text:  # a what3words address: ///lantern.mossy.bicycle
        out += [
            (m.start(), m.end(), "STREET_ADDRESS", NET_SCORE) for m in _THREE_WORDS.finditer(text)
        ]
    out += _cued_initials(text) + staff_spans(text, lowered)
    if "@" in text and "<" in text:
        out += _display_names(text)
    out += _glued_initials(text)
    if "/s/" in text or "cc:" in lowered or "by:" in lowered:
        out += _lower_case_signatures(text)
    if in_lower_case or " rn" in text:
        out += _lower_case_credentialed(text)
    out += _signatures_after_closings(text)
    if "sers" in text or "home/" in text:
        out += _user_folders(text)
    out += _ages_after_names(text, known) + _ages_after_names(text, out)
    out += _age_range_ends(text, known) + _age_range_ends(text, out)
    persons = [(s, e) for s, e, entity, _score in (*known, *out) if entity == "PERSON"]
    beside = initials_beside_names(text, persons) if "(" in text else []
    out += beside
    out += _names_beside_names(text, persons)
    if " (" in text:
        out += _names_in_brackets(text, persons)
    # initials a name's parentheses give ("Eamon Brophy (EB)") stand for it elsewhere too
    out += _initials_in_legends(text, persons, {text[start:end] for start, end, *_ in beside})
    out += _australian_postcodes(text) + _canadian_postcodes(text)
    out += _street_parts(text, lowered, [*known, *out])
    out += _towns_in_lists(text)
    if "/es/" in text or "Rx" in text:
        out += _signatures_and_prescriptions(text)
    if any(cue in text for cue in _INSTALLATION_CUES):
        out += _installations(text)
    if " of " in text or " before " in text or " after " in text:
        out += _date_anchors(text, [*known, *out])
    if " upon " in text or "Dublin " in text or "DUBLIN " in text:
        out += [(*m.span(), "CITY", NET_SCORE) for m in _TOWN_WITH_PARTICLE.finditer(text)]
    if ", " in text:
        out += _postcodes_after_comma(text)
    out += _streets_before_postcodes(text, [*known, *out])
    if other_language or "postcode" in lowered:
        out += _dutch_postcodes(text)
    if "[" in text:
        out = _outside_tokens(text, out)
    return _join_names(text, out)


# A word beside a one-word name that is more of it: the given name or initial after a surname
# and its comma ("Holloway, June", "SHIMIZU, K"), the surname before a comma and a given name
# ("Mendelsohn, Avi", though Mendelson's syndrome is an eponym), a surname in capitals before
# a given name ("LEUNG Mei-ling", the order of Chinese names)
_GIVEN_AFTER_COMMA: Final = re.compile(
    r",[ \t]?([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?![\w'’-]| \d)|[A-Z]\.?(?![\w.,'’-]))"
)
# the given names after a surname in capitals, in title case: up to three and an initial
_GIVENS_AFTER_COMMA: Final = re.compile(
    r",[ \t]?([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2}"
    r"(?:[ \t][A-Z]\.?)?)(?![\w'’-])"
)
_SURNAME_BEFORE_COMMA: Final = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|(?:Mc|Mac|O')?[A-Z]{2,}(?:[-'’][A-Z]{2,})?)"
    r",[ \t]?\Z"
)
# given names in capitals after a surname in capitals: "NAKAMURA, KENTA", "McALLISTER, DOUGLAS R"
_SURNAME_IN_CAPITALS: Final = re.compile(r"(?:Mc|Mac|O')?[A-Z]{2,}(?:[-'’][A-Z]{2,})?")
_PREFIXED_CAPITALS: Final = re.compile(r"(?:Mc|Mac|O')[A-Z]{2,}")  # a surname, whoever's
# a surname's prefix before a hyphen: whatever follows is a name ("Al-Sayed", "El-Amin")
_SURNAME_PREFIXES: Final = frozenset(split_words("al el abu bin ibn ben bint ould"))
_PATIENT_CUE_BEFORE: Final = re.compile(r"\b(?i:pt|patient|client|resident|name)[:.]?[ \t]+$")
# a surname in capitals after given names: "Delbert Ray TOOMBS", "Beryl Annette McKINLAY"
_SURNAME_IN_CAPITALS_AFTER: Final = re.compile(
    r" ((?:Mc|Mac|O')?[A-Z]{2,}(?:[-'’][A-Z]{2,})?)(?![\w'’-])"
)
_GIVEN_IN_CAPITALS_AFTER_COMMA: Final = re.compile(
    r",[ \t]?([A-Z]{2,}(?:-[A-Z]{2,})?)(?:[ \t]([A-Z]{2,}(?:-[A-Z]{2,})?))?"  # one or two words
    r"(?:[ \t]([A-Z])\.?)?(?![\w'’-])"  # and an initial
)
_SURNAME_IN_CAPITALS_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z]{2,12})[ \t]\Z")
# (a key with a surname's prefix too: "LMcG = Liam McGettigan"; glued: "MD=Marie Dubé")
_INITIALS_KEY: Final = re.compile(
    r"(?<![\w.;])([A-Z]{2,4}|[A-Z]{1,2}(?:Mc|Mac|O')[A-Z])[ \t]*=[ \t]*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sr|Mw|DR|MR|MRS|MS)\.?[ \t]+)?\Z"
)
_OWN_INITIALS_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\n:;,|])|(?<=[ \t]{2}))[ \t]*([A-Z]{2,4})[ \t]+\Z"
)
_NAME_PARTS: Final = re.compile(r"[A-Z][\w'’-]*")
_CAPITAL_INITIALS: Final = re.compile(
    r"(?<![\w'’-])(?:[A-Z]{2,4}|[A-Z]{1,2}(?:Mc|Mac|O')[A-Z])(?![\w'’-])"
)
_CHINESE_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Mei-ling", "Tai-man"
_LONGEST_CAPITAL_ABBREVIATION: Final = 3  # "BVM", "PEC"


# a name in brackets between a name's parts, the one its bearer goes by: "Mrs Dorothy (Dot)
# Fairweather", "mw. G. (Greet) Bosschaart-Verbeek", "William (Will) Kerehoma"
_NAME_IN_BRACKETS: Final = re.compile(r" \(([A-Z][a-z][\w'’-]{0,19})\) (?=[A-Z][a-z])")
_INITIAL_AT_END: Final = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}\Z")


def _names_in_brackets(text: str, persons: Sequence[tuple[int, int]]) -> list[Raw]:
    """The names of :data:`_NAME_IN_BRACKETS` between a name (or its initials) and a name."""
    starts = {start for start, _end in persons}
    ends = {end for _start, end in persons}
    out: list[Raw] = []
    for m in _NAME_IN_BRACKETS.finditer(text):
        named_before = m.start() in ends or _INITIAL_AT_END.search(
            text, max(0, m.start() - 6), m.start()
        )
        if not named_before or _plain(m.group(1)) in _vocabulary().proper:
            continue  # (a place: "Québec (Québec) G1R 2J6")
        if m.end() in starts:
            out.append((*m.span(1), "PERSON", NET_SCORE))
            continue
        surname = _WORD_AFTER_BRACKETS.match(text, m.end())  # a surname no list knows
        if surname is not None and _plain(surname.group()) not in _vocabulary().safe:
            out += [(*m.span(1), "PERSON", NET_SCORE), (*surname.span(), "PERSON", NET_SCORE)]
    return out


_WORD_AFTER_BRACKETS: Final = re.compile(r"[A-Z][\w'’-]+")


def _names_beside_names(text: str, persons: Sequence[tuple[int, int]]) -> list[Raw]:
    """The words beside the names in ``persons`` that are more of the same name: given names
    after a surname and its comma, a surname before them, a surname in capitals after given
    names (see :data:`_GIVEN_AFTER_COMMA` and the patterns after it)."""
    vocab = _vocabulary()
    out: list[Raw] = []
    for start, end in persons:
        name = text[start:end].split(" ", 1)[0]  # a given name before more: "Gurpreet Kaur"
        if not name.isalpha() and not name.replace("-", "").isalpha():
            continue
        one_word = start + len(name) == end
        last = (
            _SURNAME_IN_CAPITALS_AFTER.match(text, end)
            if text[end : end + 2].isupper()  # (" T": a space and a capital)
            else None
        )
        if last is not None and _surname_in_capitals(text, *last.span(1), vocab):
            out.append((*last.span(1), "PERSON", NET_SCORE))  # "Delbert Ray TOOMBS"
        if one_word:
            after = _GIVEN_AFTER_COMMA.match(text, end)
            if after is not None:
                given = after.group(1)
                givens = _GIVENS_AFTER_COMMA.match(text, end) if len(name) > 2 else None
                if givens is not None and _SURNAME_IN_CAPITALS.fullmatch(name):
                    # after a surname in capitals, whatever words: "WHITCOMBE, Ottoline R",
                    # "DUNSTERFIELD, Marigold Averill"
                    out.append((*givens.span(1), "PERSON", NET_SCORE))
                elif (
                    len(given.rstrip(".")) == 1
                    or _is_given(given, vocab)
                    or _PATIENT_CUE_BEFORE.search(text, max(0, start - 12), start)
                    # (any word after a patient's cue: "pt Hollingsworth, Garnet MRN")
                ):
                    out.append((*after.span(1), "PERSON", NET_SCORE))
            elif _SURNAME_IN_CAPITALS.fullmatch(name):
                out += _given_in_capitals(text, end, vocab)
        before = (
            _SURNAME_BEFORE_COMMA.search(text, max(0, start - 30), start)
            if "," in text[max(0, start - 2) : start]  # (a plain test first: most have none)
            else None
        )
        if not one_word and before is not None and not _SURNAME_IN_CAPITALS.fullmatch(before[1]):
            before = None  # more than one given name only after a surname in capitals
        if before is not None and _is_given(name, vocab):
            surname = before.group(1)
            key = _plain(surname)
            if (key not in vocab.proper or key in vocab.names) and key not in vocab.clinical and (
                _KINDS[surname] != _SAFE
                or key in vocab.eponyms
                or key in vocab.names
                # a surname in capitals before a given name in capitals, as VistA writes a
                # name: "GRIER, DANIELLE M" (not "BVM, SAM splint")
                or (name.isupper() and len(key) > _LONGEST_CAPITAL_ABBREVIATION)
                or _PREFIXED_CAPITALS.fullmatch(surname) is not None  # "McCUTCHEON, Delores"
                or key.partition("-")[0] in _SURNAME_PREFIXES  # "Al-Sayed, Yousef"
            ):
                out.append((*before.span(1), "PERSON", NET_SCORE))
        if one_word and start > 1 and text[start - 1] in " \t-":
            out += _more_of_the_name_before(text, start, vocab)
        capitals = (
            _SURNAME_IN_CAPITALS_BEFORE.search(text, max(0, start - 14), start)
            if start > 1 and text[start - 1] in " \t" and text[start - 2].isupper()
            else None
        )
        if capitals is not None and (one_word or capitals[1].lower() in vocab.surnames_only):
            key = capitals.group(1).lower()
            named = _CHINESE_GIVEN.fullmatch(name) or key in vocab.names
            if named and key not in _CUES and key not in vocab.clinical and key not in vocab.safe:
                out.append((*capitals.span(1), "PERSON", NET_SCORE))
    return out


# the word before a surname found alone that is more of the name: a given name that is also
# a word ("Precious Mensah", "Peg Huddleston"), a Māori name's "Te" and an initial before it
# ("J. Te Rangi"), the first half of a double surname ("Garza-McBride")
_NAME_WORD_BEFORE: Final = re.compile(
    r"(?:(?<![\w.])[A-Z]\.[ \t])?(?:Te|(?P<word>[A-Z][^\W\d_]+))(?P<joint>[ \t]|-)\Z"
)


def _more_of_the_name_before(text: str, start: int, vocab: _Vocabulary) -> list[Raw]:
    """:data:`_NAME_WORD_BEFORE` before the one-word name at ``start``, as a PERSON span."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return []
    word = before["word"]
    if word is not None:
        key = _plain(word)
        if before["joint"] == "-":
            named = _KINDS[word] != _SAFE  # "Garza-McBride", not "Non-Hodgkin"
        else:
            named = key in vocab.given and key not in vocab.clinical and key not in _TITLES
        if not named:
            return []
    return [(before.start(), start - 1, "PERSON", NET_SCORE)]


def _initials_in_legends(
    text: str, persons: Sequence[tuple[int, int]], given: Iterable[str] = ()
) -> list[Raw]:
    """The initials a legend gives a person in ``persons`` ("TK = Tamika Kowalski"), or
    ``given`` initials, wherever they stand ("TK/MRO" in a log's column)."""
    keys = {initials for initials in given if initials.isupper()}
    for start, end in persons:
        words = _NAME_PARTS.findall(text, start, end)
        key = _INITIALS_KEY.search(text, max(0, start - 16), start)
        # glued to its name, a key is the name's own initials ("MD=Marie Dubé", not "PCP=Jo
        # Hale": key=value pairs of a log are glued too)
        if key is not None and (text[start - 1] != "=" or _initials_of(key.group(1), words)):
            keys.add(key.group(1))
            continue
        # or the person's own initials right before the name, as a signature list gives them:
        # "JB Joanne Bewley RGN   RK Rajesh Kutty RGN"
        key = _OWN_INITIALS_BEFORE.search(text, max(0, start - 6), start)
        if key is not None and _initials_of(key.group(1), words):
            keys.add(key.group(1))
    if not keys:
        return []
    # one pass for every key: a text of many legends is not read once per key
    return [
        (*m.span(), "PERSON", NET_SCORE) for m in _CAPITAL_INITIALS.finditer(text) if m[0] in keys
    ]


def _initials_of(initials: str, words: Sequence[str]) -> bool:
    """Whether ``initials`` begin with the first of a name's ``words`` (two or more) and end
    with the last: "JB" of "Joanne Bewley", "LMcG" of "Liam McGettigan"."""
    surname = _SURNAME_INITIAL.search(initials)
    return (
        len(words) >= 2
        and initials[0] == words[0][0]
        and surname is not None
        and words[-1].startswith(surname.group())
    )


_SURNAME_INITIAL: Final = re.compile(r"(?:Mc|Mac|O')?[A-Z]\Z")  # "B" of "JB", "McG" of "LMcG"


def _given_in_capitals(text: str, end: int, vocab: _Vocabulary) -> list[Raw]:
    """The given names in capitals after a surname in capitals that ends at ``end`` and its
    comma, up to the first word known as another ("SMITH, MD" is a doctor)."""
    m = _GIVEN_IN_CAPITALS_AFTER_COMMA.match(text, end)
    if m is None:
        return []
    words = [m.group(i) for i in (1, 2) if m.group(i) is not None]
    given = len(list(takewhile(lambda word: _given_in_capitals_word(word, vocab), words)))
    if not given:
        return []
    last = m.end(3) if given == len(words) and m.group(3) else m.end(given)
    return [(m.start(1), last, "PERSON", NET_SCORE)]


def _surname_in_capitals(text: str, start: int, end: int, vocab: _Vocabulary) -> bool:
    """Whether the word in capitals at ``start:end`` after given names is their surname: a
    known name, a prefixed one ("McKINLAY"), or a word of four letters or more known as
    nothing else that ends a field ("TOOMBS   MRN"; not "MD", "DOB", nor a credential ending
    a sentence: "Declan Furlong MISA.")."""
    word = text[start:end]
    key = _plain(word)
    if key in vocab.names or _PREFIXED_CAPITALS.fullmatch(word):
        return key not in vocab.clinical
    ends_field = end == len(text) or text.startswith(("  ", "\t", "\n"), end)
    return ends_field and len(key) > 3 and key not in vocab.safe


def _given_in_capitals_word(word: str, vocab: _Vocabulary) -> bool:
    """Whether ``word`` in capitals after a surname in capitals is a given name: a known one,
    or a word of three letters or more known as nothing else ("KENTA"; not "QT" after
    "LBBB,", nor "OM" in "SVG-OM")."""
    key = _plain(word)
    if key in vocab.given:
        return True
    return key not in vocab.safe and all(len(p) > 2 for p in key.split("-"))


def _is_given(word: str, vocab: _Vocabulary) -> bool:
    """Whether ``word`` can be a given name: a known one, or a word known as no other."""
    return _plain(word) in vocab.given or _KINDS[word] == _NAME


# Replacement tokens this package writes ([NAME_1], [NAME#3fa2...], [NAME:MFRG...]): text that
# quotes one is not PHI.
_OUR_TOKEN: Final = re.compile(r"\[[A-Z_]+(?:_\d+|#[0-9a-f]{16}|:[A-Z2-7]+)\]")


def _outside_tokens(text: str, spans: list[Raw]) -> list[Raw]:
    """``spans`` without those inside a replacement token the text already holds."""
    tokens = [m.span() for m in _OUR_TOKEN.finditer(text)]
    if not tokens:
        return spans
    return [r for r in spans if not any(s <= r[0] and r[1] <= e for s, e in tokens)]


# VistA's electronic signature, "/es/ MARISOL K. ODUYA, PharmD", and a prescription's number,
# "Rx #10934472" (a count is shorter: "#90")
_SIGNED_OR_RX: Final = re.compile(
    r"/es/[ \t]+(?P<signer>[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){0,3})"
    r"|\bRx[ \t]?(?P<rx>#[ \t]?\d{6,})\b"
)


def _signatures_and_prescriptions(text: str) -> list[Raw]:
    """The signers and prescription numbers of :data:`_SIGNED_OR_RX`."""
    return [
        (*m.span("signer"), "PERSON", NET_SCORE)
        if m["signer"]
        else (*m.span("rx"), "IDENTIFIER", NET_SCORE)
        for m in _SIGNED_OR_RX.finditer(text)
    ]


# A military installation: "Camp Sandhollow", "MCB Camp Tarrow", "Fort Hartwell", "Naval
# Station Bellhaven", "Joint Base Lewis" (the word after it no common word but as a compound)
# (its word's start checked in Python: word_start_matches)
_INSTALLATION: Final = re.compile(
    r"(?:Camp|Fort|Ft\.|Naval Station|Naval Air Station|Air Base|Joint Base|Marine Corps Base"
    r"|Air Force Base) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
_INSTALLATION_CUES: Final = ("Camp ", "Fort ", "Ft. ", " Base ", "Station ")


def _installations(text: str) -> list[Raw]:
    """The installations of :data:`_INSTALLATION`, as CITY spans."""
    return [
        (m.start(), m.end(), "CITY", NET_SCORE)
        for m in word_start_matches(_INSTALLATION, text)
        if _KINDS[m[1]] != _SAFE or _TOWN_LIKE[m[1]]
    ]


def _join_names(text: str, spans: list[Raw]) -> list[Raw]:
    """One PERSON span for ``Nguyen, Thi Bich``: join names apart by a space or comma."""
    spans.sort()
    out: list[Raw] = []
    for span in spans:
        if out and span[2] == "PERSON" and out[-1][2] == "PERSON":
            prev = out[-1]
            if text[prev[1] : span[0]] in (" ", ", ", ","):
                out[-1] = (prev[0], max(prev[1], span[1]), "PERSON", NET_SCORE)
                continue
        out.append(span)
    return out
