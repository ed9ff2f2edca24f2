"""Local PHI detection: :func:`detect` (no network, no model download)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection
from functools import cached_property
from itertools import accumulate
from typing import Final

from ._clinical_phrases import clinical_phrase_ranges
from ._dicom import dicom_safe_ranges
from ._east_asian import east_asian_spans
from ._fields import ADDRESS_CUE_HINTS, field_spans
from ._hl7 import caret_name_spans, hl7_spans
from ._id_documents import id_document_spans
from ._lexicon import lower_case, name_words, safe_words
from ._names import name_spans, native_forms, with_particles
from ._native_towns import native_town_spans
from ._net import LEVELS, VERSION_CODE_AFTER, Level, eponym_context, is_file_name, net_spans
from ._ocr import changed_lines, ocr_reading
from ._organisations import organisation_spans
from ._other_scripts import other_script_spans
from ._patterns import FOREIGN_WEEKDAY, WEEKDAY, pattern_spans, score_before
from ._products import product_ranges
from ._road_locations import road_location_spans
from ._romance_dates import romance_date_spans
from ._span import ENTITIES, NET_SCORE, Raw, Span, entity_set
from ._street_types import street_type_spans
from ._tables import sql_values, table_spans
from ._uncased_names import uncased_name_spans
from ._unicode import readable
from ._vietnamese import vietnamese_name_spans, vietnamese_no_names
from ._x12 import x12_codes, x12_spans

_PRIORITY = {name: i for i, name in enumerate(ENTITIES)}
_EVERYTHING = frozenset(ENTITIES)
_MIN_SWEEP = 3  # shorter values are not looked for again
_MONTH_AND_DAY: Final = re.compile(r"\d{1,2}[/-]\d{1,2}")
# nor are longer ones: a value of a line's length is not written twice, and the values of
# spans that overlap (a field's value to the line's end after each of many labels) would
# otherwise be read in time quadratic in the line
_MAX_SWEEP = 200
_LONG_NET_SPAN = 1000  # see _beyond_typed
_WORD = re.compile(r"[^\W_]+")
_WORD_SPLIT = re.compile(r"([^\W_]+)")  # (the words kept: they alternate with the rest)
_WORD_ENTITIES = frozenset({"PERSON", "DATE", "AGE"})
_FEW_VALUES = 48  # up to this many values, one str.count and str.find pass per value


def check_level(level: str) -> Level:
    """``level`` if it is one of :data:`LEVELS`, else ``ValueError``."""
    for known in LEVELS:
        if level == known:
            return known
    raise ValueError(f"unknown privacy level {level!r}; expected one of {list(LEVELS)}")


def detect(
    text: str, *, entities: Collection[str] | None = None, level: str = "safe_harbor"
) -> list[Span]:
    """Find HIPAA Safe Harbor identifiers in ``text``.

    Returns disjoint spans sorted by offset (overlapping and touching candidates are merged).
    ``entities`` restricts the types reported (names from :data:`ENTITIES`, any case).
    ``level`` is ``"safe_harbor"`` (default: typed detectors plus the recall-first net),
    ``"strict"`` (the net also masks ambiguous words and bare three-digit numbers) or
    ``"light"`` (typed detectors only). Every occurrence of a detected value is reported, and
    the single words of a detected person's name are found again elsewhere in the text.
    """
    raw = detect_raw(text, entity_set(entities), check_level(level))
    return [Span(entity, start, end, score) for start, end, entity, score in raw]


def detect_raw(
    text: str, wanted: frozenset[str] = _EVERYTHING, level: Level = "safe_harbor"
) -> list[Raw]:
    """:func:`detect` as ``(start, end, entity, score)`` tuples, for types in ``wanted``."""
    scanned, offsets = readable(text)
    raw = _detect_readable(scanned, wanted, level)
    if offsets is None:
        return raw
    raw = [(offsets[s], offsets[e - 1] + 1, entity, score) for s, e, entity, score in raw]
    # a value is looked for again in the text as written too: an invisible character the
    # readable text drops may part it from a token it was glued to there ("0\xadMarch 4")
    return _resolve(raw + _sweep(text, raw, _Words(text))) if raw else raw


# words that open a field without a colon (a user name, an address: see field_spans)
_FIELD_HINTS: Final = ("user", "...", *ADDRESS_CUE_HINTS)  # ("...": a form's dot leader)


def _detect_readable(text: str, wanted: frozenset[str], level: Level) -> list[Raw]:
    """:func:`detect_raw` of text as :func:`readable` gives it."""
    raw = pattern_spans(text)  # every candidate span is non-empty
    misread = ocr_reading(text)
    if misread is not None:  # a scanner's "O1632 96O 2l9", "27 N0V 2023", line by line
        reading, changed = misread
        for line_start, line_end in changed_lines(text, changed):
            raw += [
                (line_start + s, line_start + e, entity, score)
                for s, e, entity, score in pattern_spans(reading[line_start:line_end])
                if _holds_any(changed, line_start + s, line_start + e)
            ]
    if "|" in text:
        raw += hl7_spans(text)
    if "^" in text:
        raw += caret_name_spans(text)
    unmasked: list[tuple[int, int]] = []  # table headers, code columns, codes, products
    if "NM1*" in text or "N3*" in text or "N4*" in text:
        raw += x12_spans(text)
        unmasked += x12_codes(text)
    raw += id_document_spans(text) + street_type_spans(text)
    unmasked += product_ranges(text) + clinical_phrase_ranges(text)
    if "://" in text:
        unmasked += [m.span() for m in _STANDARD_URL.finditer(text)]
    unmasked += dicom_safe_ranges(text)
    if "\n" in text:
        cells, header_and_codes = table_spans(text, raw)
        raw += cells
        unmasked += header_and_codes
    if "VALUES" in text or "values" in text:  # an SQL dump's INSERT, on one line too
        raw += sql_values(text)
    raw += east_asian_spans(text) + uncased_name_spans(text) + vietnamese_name_spans(text)
    raw += native_town_spans(text) + other_script_spans(text)
    unmasked += vietnamese_no_names(text)
    raw += organisation_spans(text)
    lowered = lower_case(text)
    raw += romance_date_spans(text, lowered) + road_location_spans(text, lowered)
    if ":" in text or "=" in text or "</" in text or any(h in lowered for h in _FIELD_HINTS):
        raw += field_spans(text, lowered)
    if "PERSON" in wanted or "CITY" in wanted:
        raw += [r for r in name_spans(text) if not eponym_context(text, r[0], r[1])]
    if len(wanted) != len(ENTITIES):
        raw = [r for r in raw if r[2] in wanted]
    words = _Words(text)
    if raw:
        raw += _sweep(text, raw, words)
    raw = _resolve(raw)
    if level != "light":
        net = net_spans(text, lowered, strict=level == "strict", known=raw)
        if len(wanted) != len(ENTITIES):
            net = [r for r in net if r[2] in wanted]
        added = _beyond_typed(text, raw, net)
        if added:
            # (what the net alone found must not survive elsewhere)
            added += _sweep(text, added, words)
            raw = _resolve(raw + added)
    capitals = _names_in_capitals(text, raw) if "PERSON" in wanted else []
    if capitals:
        raw = _resolve(raw + capitals)
    if unmasked:
        raw = _outside(raw, unmasked)
    raw = with_particles(text, _whole_values(text, raw))
    native = native_forms(text, raw)  # after the particles: "al-Harbi / فاطمة عبدالله الحربي"
    for start, end, entity, score in list(native):  # and wherever else it stands (no sweep after)
        for i in _occurrences(text, text[start:end]):
            if i != start:
                _add_if_whole_word(text, i, i + end - start, entity, score, native)
    return _resolve(raw + native) if native else raw


def _holds_any(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``start:end``."""
    i = bisect_right(positions, start - 1)
    return i < len(positions) and positions[i] < end


# A telephone extension after a number: "x204", "ext. 3", ";ext=209", "ramal 218" (Portuguese),
# "anexo 12" (Spanish), "poste 4471" (French), "Durchwahl 12" (German)
_EXTENSION_AFTER: Final = re.compile(
    r"[ \t]*[,;]?[ \t]*(?:[Xx]|[Ee]xt\.?|[Ee]xtension|[Rr]amal|[Aa]nexo|[Pp]oste|[Dd]urchwahl)"
    r"[ \t]*[.:=#]?[ \t]*\d{1,6}\b"
)
# a country code and an area code the number's pattern left out: "+43 1 40400-12345"
_COUNTRY_CODE_BEFORE: Final = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){0,2}[ .-]$")
# the months after an age in years: "99 years and 11 months", "90y 3m"
_MONTHS_AFTER_AGE: Final = re.compile(r"(?:,|[ \t]+and)?[ \t]+\d{1,2}[ \t]?(?:m|mo|mos|months?)\b")
# the year of another calendar after a day and month, and its era: "1 Ramadan 1445 AH", "27
# Esfand 1402", "1 Dhu al-Qadah 1446H", "15 Feb 2567 BE", "12 Meskerem 2017 E.C." (Hijri,
# Solar Hijri, Buddhist, Hebrew and Ethiopian years), or the word for year after it ("5
# апреля 1951 г.", "14 lutego 1948 r.")
_ERA = r"[ \t]?(?:AH|A\.H\.|H|BE|B\.E\.|SH|AP|E\.C\.|[грr]\.)(?!\w|\.\w)"
# or a year of two digits after an apostrophe ("5 giugno '21", "15th Mar'25"), or the time of
# an ISO 8601 timestamp, glued to its date: "2024-10-28T13:18:50.44Z" (a time apart from its
# date is not an element of it: "03/22/2024 06:15" keeps its time)
_DATE_TAIL: Final = re.compile(
    rf",?[ \t]+(?:1[34]|2[56]|5[78])\d\d(?:{_ERA}|\b)|{_ERA}|[ \t]*['’]\d\d(?![\d'’])"
    r"|T[0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?(?![\w:])"
)
# a weekday before a date: "Sent: Thursday, April 11, 2024", "du mardi 14 janvier 2025",
# "am Dienstag, den 15. Juli 2025"
# (and as Portuguese and Spanish write them short, only before a date: "seg, 04/12/2023")
_IBERIAN_SHORT_WEEKDAY = r"seg|ter|qua|qui|sex|s[aá]b|dom|lun|mar|mi[eé]|jue|vie"
# (and German's "Do.", "Fr.", "Sa.", "So.", with their full stop: "Datum: Do., 14.03.2024")
_WEEKDAY_BEFORE: Final = re.compile(
    rf"(?:\b(?i:{WEEKDAY}|{FOREIGN_WEEKDAY}|{_IBERIAN_SHORT_WEEKDAY}|(?:do|fr|sa|so)(?=\.))\.?,?"
    r"(?:[ \t]+(?:den|dem))?|(?<![\w-])den)[ \t]+$"
)  # (or the Nordic article alone: "Opererades den 4 oktober")
_WEEKDAY_REACH: Final = 20
# the first day of a range before a date ("13–19 jan", "3-5/6", "du 1er au 26 septembre"), or
# the first of the month as French and Italian write it before the month ("1er mai", "1°
# maggio")
_FIRST_DAY_BEFORE: Final = re.compile(
    r"(?<![\w./-])(?:(?:[12]?\d|3[01])(?:st|nd|rd|th|er)?"
    r"(?:[–-]|[ \t]+(?:to|au|al|bis|tot|till)[ \t]+)|1(?:er|°|º)[ \t]+)\Z"
)
_RANGE_WORDS_AND_FIRSTS: Final = (" to", " au", " al", " bis", " tot", " till", "1er", "1°", "1º")


# The addresses of the standards a record's codes come from, which identify no one: a FHIR
# profile, a code system's URI ("http://loinc.org", "http://snomed.info/sct",
# "http://terminology.hl7.org/CodeSystem/v2-0203", "http://unitsofmeasure.org")
_STANDARD_URL: Final = re.compile(
    r"https?://(?:www\.)?(?:(?:terminology\.|build\.|fhir\.)?hl7\.org|loinc\.org|snomed\.info"
    r"|unitsofmeasure\.org|fhir\.org|ihe\.net|w3\.org|www\.nlm\.nih\.gov|nlm\.nih\.gov"
    r"|hl7\.org\.au|fhir\.nhs\.uk|fhir\.hl7\.org\.uk|ns\.electronichealth\.net\.au)"
    r"(?![\w.-])(?:/[^\s<>\"'\[\]()]*)?"
)
_CODE_ENTITIES: Final = frozenset(
    ("MRN", "IDENTIFIER", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "DEVICE", "CERTIFICATE")
)
_GLUED_CODE_BEFORE: Final = re.compile(r"(?<![\w-])[A-Z0-9]{1,6}-$")
_GLUED_CODE_AFTER: Final = re.compile(r"-[A-Z0-9]{1,6}(?![\w-])")
_CROSSING: Final = frozenset((" and ", " & ", " at ", "/", " / "))  # two streets that cross
# a street's unit after it or before it: "2290 Halvorsen Rd Apt 4C", "600 S. State St, 4th Fl",
# "Unit 12, Canal Wharf", "Suite 4.02, 1 Pegasus Place", "Shop 4, 118 Main Rd", "Level 2, 484
# Wickham Tce", "Box 219, 31 Main Street", "Ground Floor, 5 Corella Street"
_UNIT_NUMBER = r"[A-Za-z]?\d[\w.-]{0,5}"  # "4C", "B12", "3R", "4.02"
_UNIT_WORDS = (
    r"(?:Apt|APT|Apartment|Unit|UNIT|Suite|SUITE|Ste|STE|Flat|FLAT|Shop|Lot|Room|Rm|Level|LEVEL"
    r"|Block|Blk|BLK|Box|BOX|Gate|Bldg|Building)"
)
_FLOOR = r"(?:Ground|First|Second|Third|Fourth|Fifth|\d{1,2}(?:st|nd|rd|th))[ \t]+Floor"
# (and as Spanish and Portuguese write a floor, an office, a suite, a block and a lot, one
# after another: "Av. Arequipa 2480, of. 303", "Rua Brasil Central, Qd. 14, Lt. 7")
_UNIT_WORDS_ABROAD = (
    r"(?i:piso|of|oficina|cons|consultorio|consultório|sala|conj|conjunto|apto|dpto|depto"
    r"|casa|bloco|bl|torre|qd|quadra|lt|lote|local|int|interior)"
)
_UNIT_AFTER: Final = re.compile(
    rf"(?:,?[ \t]+(?:{_UNIT_WORDS}\.?[ \t]*#?[ \t]?{_UNIT_NUMBER}|#[ \t]?\d[\w-]{{0,5}})(?![\w-])"
    r"|,[ \t]*\d{1,2}(?:st|nd|rd|th|º|°)?[ \t]?(?:Fl|FL|Floor|floor)\b\.?"
    rf"|(?:,|[ \t]+[—–-])[ \t]*{_UNIT_WORDS_ABROAD}\.?[ \t]*(?:n[º°o]\.?[ \t]?)?{_UNIT_NUMBER}"
    r"(?![\w-]))+"
)
_UNIT_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{_UNIT_WORDS}\.?[ \t]*#?[ \t]?{_UNIT_NUMBER}|{_FLOOR}),?[ \t]+$"
)
_UNIT_REACH: Final = 24
# the kind of street after a word taken for a name or a town: "Corrimal St", "Hurontario St",
# "Cunard St at Robie St" (not "Dr", a title, nor "St" before a name: "St Luke's")
_STREET_TYPE_AFTER: Final = re.compile(
    r"[ \t](?:St\b(?![ \t]+[A-Z])|Rd|Ave|Av|Blvd|Ln|Ct|Pl|Cl|Cres|Tce|Pde|Hwy|Street|Road"
    r"|Avenue|Lane|Court|Place|Close|Crescent|Terrace|Parade|Highway|Boulevard)\b\.?"
)
_STREET_NAMES: Final = frozenset(("PERSON", "CITY"))
_PORT_AFTER: Final = re.compile(r":\d{1,5}(?![\d.:])")  # a host's port: "10.24.8.113:8443"
_JOINED_AFTER: Final = {
    "AGE": _MONTHS_AFTER_AGE,
    "DATE": _DATE_TAIL,
    "IP": _PORT_AFTER,
    **{entity: _EXTENSION_AFTER for entity in ("PHONE", "FAX", "IDENTIFIER")},
}


def _whole_values(text: str, spans: list[Raw]) -> list[Raw]:
    """``spans`` (sorted, disjoint) with what belongs to each value joined to it (see
    :func:`_extent`; a street's kind after a word taken for a name or a town makes it a
    street: "Corrimal St"), merged with what they reach; the same list when nothing is
    joined."""
    out = spans
    for i, span in enumerate(spans):
        if span[2] in _STREET_NAMES and (street := _STREET_TYPE_AFTER.match(text, span[1])):
            span = (span[0], street.end(), "STREET_ADDRESS", span[3])
        following = spans[i + 1] if i + 1 < len(spans) else None
        if following is not None and following[2] in _STREET_NAMES:
            street = _STREET_TYPE_AFTER.match(text, following[1])
            if street is not None:  # (a crossing street is read before its street's turn)
                following = (following[0], street.end(), "STREET_ADDRESS", following[3])
        extent = _extent(text, span, following)
        if extent != span[:2] or span is not spans[i]:
            if out is spans:
                out = list(spans)
            out[i] = (*extent, span[2], span[3])
    return out if out is spans else _resolve(out)


def _extent(text: str, span: Raw, following: Raw | None) -> tuple[int, int]:
    """Where ``span`` starts and ends with what belongs to it: a number's country code and
    extension, an age's months, a date's year of another calendar, a timestamp's time and a
    weekday before it, the rest of a code glued to the value by a hyphen, the street that
    crosses a street (``following``: the next span, if any), a street's unit before or after
    it."""
    start, end, entity, _score = span
    if entity == "STREET_ADDRESS":
        if (
            following is not None
            and following[2] == entity
            and text[end : following[0]] in _CROSSING  # "at Sahara Avenue and Rancho Drive"
        ):
            return start, following[1]
        unit = _UNIT_AFTER.match(text, end)
        before = _UNIT_BEFORE.search(text, max(0, start - _UNIT_REACH), start)
        return (start if before is None else before.start()), (end if unit is None else unit.end())
    after = _JOINED_AFTER.get(entity)
    if after is None:
        if entity in _CODE_ENTITIES:  # a value found again inside a longer code: "FS-AM-004418"
            before = _GLUED_CODE_BEFORE.search(text, max(0, start - 8), start)
            glued = _GLUED_CODE_AFTER.match(text, end)
            if glued is None and " " in text[start:end] and text[end - 1].isdigit():
                glued = VERSION_CODE_AFTER.match(text, end)  # "4082 117 953 KP"
            return (
                start if before is None else before.start(),
                end if glued is None else glued.end(),
            )
        return start, end
    m = after.match(text, end)
    new_end = end if m is None else m.end()
    if after is _EXTENSION_AFTER and text.rfind("+", max(0, start - 16), start) >= 0:
        m = _COUNTRY_CODE_BEFORE.search(text, max(0, start - 16), start)
        return (start if m is None else m.start()), new_end
    if after is _DATE_TAIL and text[start - 1 : start] in (" ", "\t", "-", "–"):
        start = _first_day_before(text, start)
        m = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
        return (start if m is None else m.start()), new_end
    return start, new_end


def _first_day_before(text: str, start: int) -> int:
    """Where a date starting at ``start`` starts with the first day of its range or the first
    of the month before it (:data:`_FIRST_DAY_BEFORE`): "13–19 jan", "du 1er au 26
    septembre", "1° maggio 1921"."""
    before = text[max(0, start - 6) : start]
    if not (before[-2:-1].isdigit() or before.rstrip().endswith(_RANGE_WORDS_AND_FIRSTS)):
        return start  # (most dates: no regex search)
    day = _FIRST_DAY_BEFORE.search(text, max(0, start - 12), start)
    return start if day is None else day.start()


def _outside(spans: list[Raw], ranges: list[tuple[int, int]]) -> list[Raw]:
    """The spans that no one of ``ranges`` holds whole.

    Sorted by start with the furthest end so far, so that a 1 MB text with thousands of
    ranges is read once rather than once per span.
    """
    ranges = sorted(ranges)
    starts = [s for s, _e in ranges]
    furthest = list(accumulate((e for _s, e in ranges), max))
    out: list[Raw] = []
    for span in spans:
        k = bisect_right(starts, span[0])  # ranges[:k] start at or before the span
        if k == 0 or furthest[k - 1] < span[1]:
            out.append(span)
    return out


def _beyond_typed(text: str, typed: list[Raw], net: list[Raw]) -> list[Raw]:
    """The net spans that add to the typed ones (``typed`` resolved: sorted and disjoint).

    A net code span that overlaps a typed span is dropped when what it adds holds at most
    two digits: the typed span already masks the identifier, and the rest is a cue or a time
    ("IL 62704-1234", "2021-03-04T08"). A net span of words (a name, a date or an age
    in words, a number spoken as words) is kept when it adds any word.
    """
    if not typed:
        return net
    starts = [r[0] for r in typed]
    out: list[Raw] = []
    for span in net:
        start, end = span[0], span[1]
        k = bisect_right(starts, start) - 1  # the last typed span starting at or before
        if k >= 0 and end <= typed[k][1]:
            continue  # inside a typed span
        first = k if k >= 0 and typed[k][1] > start else k + 1
        last = bisect_right(starts, end - 1)  # typed spans first..last-1 overlap the span
        if first >= last or end - start > _LONG_NET_SPAN:
            # apart from every typed span, or too long to be read once for each of its
            # typed spans (it adds what they leave at once: the run it covers is one token)
            out.append(span)
            continue
        rest = list(text[start:end])
        for s, e, _entity, _score in typed[first:last]:
            for i in range(max(s, start), min(e, end)):
                rest[i - start] = " "
        left = "".join(rest)
        value = text[start:end]
        of_words = (
            span[2] in _WORD_ENTITIES
            or not any(map(str.isdigit, value))
            or is_file_name(value)  # "DL_front_90044718.jpg", "WhatsApp Image 2023-11-04.jpeg"
        )
        words_added = of_words and any(c.isalnum() for c in left)
        if (
            words_added
            or sum(c.isdigit() for c in left) > 2
            or _cuts_number(text, span, typed[first:last])
        ):
            out.append(span)
    return out


def _cuts_number(text: str, span: Raw, typed: list[Raw]) -> bool:
    """Whether one of the ``typed`` spans ends or starts inside a number of ``span``: the
    rest of the number is no cue ("Chemin des Fleurettes 12, 10" of "12, 1007 Lausanne")."""
    start, end = span[0], span[1]
    return any(
        start < cut < end and text[cut - 1].isdigit() and text[cut].isdigit()
        for s, e, _entity, _score in typed
        for cut in (s, e)
    )


def _rank(span: Raw) -> tuple[bool, int, float, int]:
    """A typed detector over the net, then longest, most certain, first in ENTITIES."""
    start, end, entity, score = span
    return (score > NET_SCORE, end - start, score, -_PRIORITY[entity])


def _resolve(spans: list[Raw]) -> list[Raw]:
    """Merge overlapping/touching spans; the entity of the best-ranked one (:func:`_rank`) wins."""
    if not spans:
        return []
    # plain tuple order (start, then end, ...): spans that share a start differ in length, so
    # the merged extent and the best-ranked entity do not depend on their order
    ordered = sorted(spans)
    out: list[Raw] = []
    cur = best = ordered[0]
    for span in ordered[1:]:
        if span[0] <= cur[1]:
            if _rank(span) > _rank(best):
                best = span
            cur = (cur[0], max(cur[1], span[1]), best[2], max(cur[3], span[3]))
        else:
            out.append(cur)
            cur = best = span
    out.append(cur)
    return out


def _sweep_values(text: str, spans: list[Raw]) -> dict[str, tuple[str, float]]:
    """Every detected value worth looking for again (and each capitalised word of a person's
    name, or one of :func:`_lower_case_name`).

    Ages are not: the same number elsewhere is another quantity ("his mid-90s", "SpO2
    mid-90s").
    """
    values: dict[str, tuple[str, float]] = {}
    for start, end, entity, score in spans:
        if end - start > _MAX_SWEEP:
            continue
        value = text[start:end]
        # (a code of two characters the net found is looked for again too: the same token
        # glued to another, "À0/March 4", is not one the net sees alone; a name in lower case
        # that is a common word is not: "son-in-law will," is one, "will call" is not)
        worth = (end - start >= _MIN_SWEEP and entity != "AGE") or (
            end - start == 2 and entity == "IDENTIFIER"
        )
        if worth and not (entity == "PERSON" and value.islower() and value in safe_words()):
            values.setdefault(value, (entity, score))
        if entity == "PERSON" and not value.isalpha():  # a plain word is already its own value
            for word in value.replace(",", " ").split():
                word = word.rstrip(".")
                if len(word) >= _MIN_SWEEP and (
                    _capitalised_name(word) or _lower_case_name(word)
                ):
                    values.setdefault(word, ("PERSON", score * 0.9))
    return values


def _capitalised_name(word: str) -> bool:
    """Whether a capitalised word of a name is worth looking for again: in capitals, no
    common word that is no name ("WAS" of a wrong "DALE, WAS" in a note in capitals is not
    looked for in every sentence; "Juniper" of a name in title case is)."""
    if not word[0].isupper():
        return False
    key = word.lower()
    return not word.isupper() or key not in safe_words() or key in name_words()


def _lower_case_name(word: str) -> bool:
    """Whether a word of a name in lower case is worth looking for again: a listed name and
    no common word ("hollis" of "hollis grant young", not "grant" or "young")."""
    return word.islower() and word in name_words() and word not in safe_words()


class _Words:
    """The words of a text and where each starts, read once (in C) for all the sweeps of one
    detection: in a long text they look for too many values to look for each alone, and a
    loop over ``finditer``'s matches took a sixth of the time of a 1 MB text."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def parts(self) -> list[str]:
        """The text's separators and words, alternating: the words at odd indices."""
        return _WORD_SPLIT.split(self._text)

    @cached_property
    def starts(self) -> list[int]:
        """Where each of :attr:`parts` starts."""
        return list(accumulate(map(len, self.parts), initial=0))

    @cached_property
    def counts(self) -> Counter[str]:
        """How often each word stands in the text."""
        return Counter(self.parts[1::2])


def _sweep(text: str, spans: list[Raw], words: _Words) -> list[Raw]:
    """Find further whole-word occurrences of every detected value (and of name words).

    Linear in the text. With a few values, each is counted and looked for with ``str.find``
    (in C); with many, the words of the text are counted once (in C) and one pass over them
    tries each value only where its rarest word stands. An eponym in its
    clinical term ("Bell" of a detected "Grace Bell" in "Bell's palsy") is not a further
    occurrence.
    """
    values = _sweep_values(text, spans)
    found: list[Raw] = []
    if len(values) <= _FEW_VALUES:
        for value, (entity, score) in values.items():
            if text.count(value) < 2:
                continue  # found once: only the detected occurrence
            for i in _occurrences(text, value):
                _add_if_whole_word(text, i, i + len(value), entity, score, found)
        return found
    counts = words.counts
    # a value is keyed by its rarest word in the text, and tried only where that word stands:
    # values that share words ("555" of phone numbers, "MRN" and "2024" of a list of record
    # numbers) are not all tried at each of them, which took time in the square of the list
    by_word: dict[str, list[tuple[str, int, str, float]]] = {}
    for value, (entity, score) in values.items():
        in_value = list(_WORD.finditer(value))
        if not in_value:
            continue
        key = min(in_value, key=lambda word: counts[word.group()])
        if counts[key.group()] >= 2:  # found once: only the detected occurrence
            by_word.setdefault(key.group(), []).append((value, key.start(), entity, score))
    parts, starts = words.parts, words.starts
    for k in [k for k in range(1, len(parts), 2) if parts[k] in by_word]:
        for value, offset, entity, score in by_word[parts[k]]:
            i = starts[k] - offset
            if i >= 0 and text.startswith(value, i):
                _add_if_whole_word(text, i, i + len(value), entity, score, found)
    return found


def _names_in_capitals(text: str, spans: list[Raw]) -> list[Raw]:
    """The words of detected names, written in title case, found again in capitals where no
    span stands: "Colin Sweeney" and a transcript's "SWEENEY:", "Vernetta Purcell-Higgs" and
    "PURCELL-HIGGS" (not a common word: "Grace Bell" does not make every "BELL" a name)."""
    words: dict[str, float] = {}
    for start, end, entity, score in spans:
        if entity != "PERSON":
            continue
        for word in text[start:end].replace(",", " ").split():
            letters = word.replace("-", "").replace("'", "")
            if (
                len(word) >= _MIN_SWEEP
                and letters.isalpha()
                and word[0].isupper()
                and not word.isupper()
                and word.lower() not in safe_words()
                # a word only the net took for a name is no proof ("Holter" of a monitor)
                and (score > NET_SCORE or all(p in name_words() for p in word.lower().split("-")))
            ):
                words.setdefault(word.upper(), score)
    if not words:
        return []
    # with a few words, each is looked for with str.find (in C); with many, the words in
    # capitals of the text are read once: a long text of many names is not read once a name
    if len(words) <= _FEW_VALUES:
        places = [
            (i, capitals) for capitals in words for i in _occurrences(text, capitals)
        ]
    else:
        places = [(m.start(), m.group()) for m in _CAPITALS.finditer(text) if m.group() in words]
    starts = [start for start, *_ in spans]  # (sorted and disjoint: spans are resolved)
    found: list[Raw] = []
    for i, capitals in places:
        k = bisect_right(starts, i + len(capitals) - 1) - 1  # the last span starting before
        if k < 0 or spans[k][1] <= i:  # no span over the occurrence
            _add_if_whole_word(text, i, i + len(capitals), "PERSON", words[capitals], found)
    return found


_CAPITALS: Final = re.compile(r"[A-Z][A-Z'’-]*[A-Z]")


def _occurrences(text: str, value: str) -> list[int]:
    """Where ``value`` stands in ``text``."""
    found = []
    i = text.find(value)
    while i >= 0:
        found.append(i)
        i = text.find(value, i + 1)
    return found


def _add_if_whole_word(
    text: str, start: int, end: int, entity: str, score: float, found: list[Raw]
) -> None:
    """Add ``text[start:end]`` when it is a whole word (and not an eponym in its term)."""
    if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return
    scale_value = (  # a month and day found elsewhere is a score here: "Pain 9/10"
        entity == "DATE"
        and _MONTH_AND_DAY.fullmatch(text, start, end) is not None
        and score_before(text, start)
    )
    if scale_value:
        return
    if entity not in ("PERSON", "CITY") or not eponym_context(text, start, end):
        found.append((start, end, entity, score))  # ("Glasgow" is no town in its scale)
