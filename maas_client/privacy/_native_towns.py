"""Towns named in their own country's script: "杭州", "인천광역시", "Đà Nẵng", "חיפה", "पुणे".

:func:`world_cities` holds towns as Latin letters write them; a note in Chinese, Korean,
Vietnamese, Hebrew, Arabic or Hindi names its towns in its own script. ``native_towns.txt``
lists the towns of 15,000 people or more by the names GeoNames gives them in their country's
script, less the names that are far more often a common word than a town ("中心" is a
centre, "合作" cooperation; Cyrillic and Greek are left to the net, which reads their
capitalised words).

Scripts that put no space between words (Chinese, Japanese, Thai) are read at every letter,
longest name first; a Korean name opens a word and may have particles glued after it
("인천에서"); in the other scripts a name is a whole word or words, after the letters Hebrew
and Arabic glue before a word ("בכפר סבא"), or in capitals ("CẦN THƠ"). A village's, a
district's or a town's word before a name makes it a town too ("xã Lại Xuân", "ต.หนองหาร"),
in Latin letters too where Indonesia, Malaysia and the Philippines name their villages and
districts so ("Desa Sukamaju", "Kec. Cilamaya Wetan", "Brgy. San Roque").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Final

from ._east_asian import CHINESE_SURNAMES
from ._lexicon import safe_words, word_start_matches
from ._span import Raw
from ._vietnamese import VIETNAMESE_LETTER

_SCORE: Final = 0.85
_UNSPACED: Final = "\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff"  # Thai, kana, Han
_HANGUL: Final = "\uac00-\ud7af"
_UNSPACED_RUN: Final = re.compile(rf"[{_UNSPACED}]{{2,}}")
_HANGUL_WORD: Final = re.compile(rf"[{_HANGUL}]{{2,}}")  # (a whole run: the scan takes it whole)
# after a town's name, a disease named for it ("川崎病") or a province or prefecture of the same
# name ("湖南省", "千葉県", "大阪府", "北海道"): states and provinces identify no one
_NOT_A_TOWN_AFTER: Final = frozenset("病症省県府道")
# a Vietnamese or Thai province of the town's name: "tỉnh Bến Tre", "จ.เชียงใหม่"
_PROVINCE_BEFORE: Final = re.compile(r"(?:tỉnh|TỈNH|Tỉnh|จ\.|จังหวัด)[ \t]?\Z")
# the prepositions and conjunctions Hebrew and Arabic write glued to the next word
_GLUED_LETTERS = "בלמוהשכ" + "وبلفك"
_GLUED_BEFORE: Final = {
    1: frozenset(_GLUED_LETTERS),
    2: frozenset(a + b for a in _GLUED_LETTERS for b in _GLUED_LETTERS),
}
_SHORTEST_BARE: Final = 2
# the word of a village, a district or a town before its name: Vietnamese, Thai (glued to the
# name), Hindi, Arabic, Persian and Hebrew ("xã Lại Xuân", "ต.หนองหาร", "ग्राम चंदलाई",
# "ولاية صحم", "ولسوالی گذره", "קיבוץ גבעת ברנר"); a province's word is not among them
_VIETNAMESE_SYLLABLE = r"[A-ZĐÀ-ỸẠ-Ỹ][^\W\d_]*"
# (each with whether its word must start one: checked in Python, as a look-behind in front
# made the scan try every position)
_PLACES_AFTER_UNITS: Final = tuple(
    (re.compile(pattern), starts_word)
    for pattern, starts_word in (
        (
            r"(?:xã|huyện|quận|phường|thị trấn|thị xã|thôn|ấp|xóm|TP\.?|thành phố|Thành phố"
            r"|XÃ|HUYỆN|QUẬN|PHƯỜNG|THỊ TRẤN|THỊ XÃ|THÀNH PHỐ|Xã|Huyện|Quận|Phường|Thị trấn"
            r"|Thị xã|Thôn|Ấp|Xóm|Q\.|P\.|TX\.|TT\."
            # (a district's general hospital, "BỆNH VIỆN ĐA KHOA THẠNH HÒA", not its "TRUNG ƯƠNG")
            r"|(?:BỆNH VIỆN|Bệnh viện)[ \t](?:ĐA KHOA|Đa khoa)"
            r"(?![ \t](?:TRUNG ƯƠNG|Trung ương|HUYỆN|huyện)))"
            # (and a hamlet's number: "ấp Nhơn Lộc 2")
            rf"[ \t]*({_VIETNAMESE_SYLLABLE}(?:[ \t]{_VIETNAMESE_SYLLABLE}){{0,2}}"
            r"(?:[ \t]\d{1,2})?)",
            True,
        ),
        # a numbered ward or district, its word with it: "Phường 4", "Quận 10"
        (r"((?:Phường|phường|PHƯỜNG|Quận|quận|QUẬN)[ \t]+\d{1,2})(?![\d/])", True),
        (
            r"(?:ต\.|อ\.|แขวง|เขต|ตำบล|อำเภอ|รพ\.สต\.|รพ\.|โรงพยาบาล)[ \t]?([\u0e01-\u0e4e]+)",
            False,
        ),
        (
            r"(?:ग्राम|गाँव|गांव|तहसील|ज़िला|जिला|ब्लॉक|मजरा)[ \t]*:?[ \t]*"
            r"([\u0900-\u0963\u0971-\u097f]+)",
            False,
        ),
        (
            r"(?:ولاية|قرية|حي|قریه|ولسوالی|شهرستان|روستای|מושב|קיבוץ|העיר|היישוב)[ \t]+"
            r"([\u0621-\u06ff\u05d0-\u05ea\u200c]+(?:[ \t][\u05d0-\u05ea]+)?)",
            True,
        ),
    )
)
# the scripts with spaces between words and no capitals whose towns the list holds: Hebrew,
# Arabic and Persian, Devanagari and Bengali (and Vietnamese, told by its own letters)
_NO_CASE = "\u0590-\u06ff\u0750-\u077f\u0900-\u09ff"
_SPACED_SCRIPT: Final = re.compile(f"[{_NO_CASE}]")
_LISTED_SCRIPT: Final = re.compile(f"[{_UNSPACED}{_HANGUL}{_NO_CASE}]")
_WORD: Final = re.compile(r"[^\W\d_]+")
# a run of words that may hold a town's name: capitalised (as Vietnamese writes one; the class
# takes the Vietnamese block whole, its small letters too, which the run's words then sort
# out), or in a script without capitals, joined by a space or a hyphen
_CAPITAL = "A-ZÀ-ÞĂĐƠƯ\u1ea0-\u1ef9"
_NAME_RUN: Final = re.compile(
    rf"(?<![\w-])[{_CAPITAL}][^\W\d_]*(?:[ -][{_CAPITAL}][^\W\d_]*)*"
    rf"|[{_NO_CASE}]+(?:[ -][{_NO_CASE}]+)*"
)
_MOST_WORDS: Final = 3  # of a town's name in a spaced script ("Thủ Dầu Một")


@cache
def _towns() -> tuple[frozenset[str], int]:
    """The listed names, and the length of the longest."""
    data = resources.files("maas_client.privacy").joinpath("data", "native_towns.txt")
    names = frozenset(
        line for line in data.read_text("utf-8").splitlines() if line and line[0] != "#"
    )
    return names, max(map(len, names))


# the word of a village, a hamlet, a ward, a district or a regency before its name, in
# Indonesia, Malaysia and the Philippines: "Desa Sukamaju", "Kec. Cilamaya Wetan", "Dsn.
# Krajan", "Brgy. San Roque", "Kampung Baru"; the name is capitalised words, one to three
_LATIN_UNIT_WORDS: Final = (
    "Desa", "Ds.", "Dusun", "Dsn.", "Dk.", "Dukuh", "Kp.", "Kampung", "Kampong", "Kel.",
    "Kelurahan", "Kec.", "Kecamatan", "Kab.", "Kabupaten", "Barangay", "Brgy", "Bgy.", "Purok",
    "Sitio", "Mukim",
)  # fmt: skip
# (one search for them all, an alternation of literals the engine skips to by their first
# letters: twenty-one substring searches of every note cost a fifth of this module's time)
_LATIN_UNIT_HINT: Final = re.compile("|".join(re.escape(word) for word in _LATIN_UNIT_WORDS))
_LATIN_UNIT_PLACE: Final = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(word) for word in _LATIN_UNIT_WORDS) + r")\.?[ \t]+"
    r"((?!(?:RT|RW|No)\b)[A-Z][\w'-]*(?:[ \t](?!(?:RT|RW|No)\b)[A-Z][\w'-]*){0,2})"
)


def native_town_spans(text: str) -> list[Raw]:
    """``(start, end, "CITY", score)`` for the towns ``text`` names in their own script, and
    the villages and districts of Indonesia, Malaysia and the Philippines after their word."""
    out = _native_towns(text)
    if _LATIN_UNIT_HINT.search(text) is not None:
        safe = safe_words()
        out += [
            (*m.span(1), "CITY", _SCORE)
            for m in _LATIN_UNIT_PLACE.finditer(text)
            if not all(word.lower() in safe for word in m.group(1).split())  # "Health Station"
        ]
    return out


def _native_towns(text: str) -> list[Raw]:
    """:func:`native_town_spans`'s towns in their own script."""
    if text.isascii():
        return []
    towns, longest = _towns()
    vietnamese = VIETNAMESE_LETTER.search(text) is not None
    if not vietnamese and _LISTED_SCRIPT.search(text) is None:
        # a note in English may name a Vietnamese town ("born in Biên Hòa"), or a "José"
        return _spaced_names(text, towns)
    out: list[Raw] = []
    for run in _UNSPACED_RUN.finditer(text):
        i, end = run.span()
        while i < end - 1:
            found = _longest_at(text, i, min(end, i + longest), towns)
            if (
                found
                and text[found : found + 1] not in _NOT_A_TOWN_AFTER
                and _PROVINCE_BEFORE.search(text, max(0, i - 12), i) is None
                and not _given_name(text, i, found, run.start())
            ):
                out.append((i, found, "CITY", _SCORE))
            i = found or i + 1
    for word in _HANGUL_WORD.finditer(text):
        found = _longest_at(text, word.start(), word.end(), towns)
        out += [(word.start(), found, "CITY", _SCORE)] if found else []
    if vietnamese or _SPACED_SCRIPT.search(text) is not None:
        out += _spaced_names(text, towns)
    for places, starts_word in _PLACES_AFTER_UNITS[0 if vietnamese else 1 :]:
        matches = word_start_matches(places, text) if starts_word else places.finditer(text)
        out += [(*m.span(1), "CITY", _SCORE) for m in matches]
    return out


def _spaced_names(text: str, towns: frozenset[str]) -> list[Raw]:
    """The listed towns of ``text`` of one to three words joined by a space or a hyphen,
    the longest at each word of a run that may hold one: capitalised words, or words of a
    script without capitals."""
    out: list[Raw] = []
    for run in _runs_outside_ascii(text):
        words = [m.span() for m in _WORD.finditer(text, *run.span())]
        for k, (start, _) in enumerate(words):
            for last in range(min(len(words), k + _MOST_WORDS) - 1, k - 1, -1):
                end = words[last][1]
                found = _listed(text[start:end], towns)
                if found >= 0:
                    if _PROVINCE_BEFORE.search(text, max(0, start - 12), start) is None:
                        out.append((start + found, end, "CITY", _SCORE))
                    break
    return out


def _runs_outside_ascii(text: str) -> Iterator[re.Match[str]]:
    """The runs of :data:`_NAME_RUN` that hold a letter outside ASCII (every listed name
    does), found from those letters: a note in English names a "Biên Hòa" among hundreds of
    capitalised words."""
    pos = 0
    while (letter := _OUTSIDE_ASCII.search(text, pos)) is not None:
        at = letter.start()
        line_start = max(text.rfind("\n", 0, at) + 1, at - _RUN_REACH)
        pos = letter.end()
        for run in _NAME_RUN.finditer(text, line_start, min(len(text), at + _RUN_REACH)):
            if run.start() <= at < run.end():
                yield run
                pos = run.end()
                break
            if run.start() > at:
                break


_OUTSIDE_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_RUN_REACH: Final = 120  # characters either side of a letter where its run is looked for


def _listed(name: str, towns: frozenset[str]) -> int:
    """Where in ``name`` a listed town starts: 0 for the name itself (or in capitals), 1 or
    2 after the letters Hebrew and Arabic glue before a word ("בחיפה", "ומבית שמש",
    "بالرياض"), and -1 for none."""
    if name in towns or (name.isupper() and name.title() in towns):
        return 0
    for i in (1, 2):
        if len(name) - i >= _SHORTEST_BARE and name[:i] in _GLUED_BEFORE[i] and name[i:] in towns:
            return i
    return -1


def _given_name(text: str, start: int, end: int, run_start: int) -> bool:
    """Whether a town's two characters are a Chinese given name after its family name, the
    three alone in their run ("张秀英" is a woman; "浙江杭州" is a province and a town)."""
    return (
        end - start == 2
        and start - 1 >= run_start
        and text[start - 1] in CHINESE_SURNAMES
        and (start - 2 < run_start)
    )


def _longest_at(text: str, start: int, stop: int, towns: frozenset[str]) -> int:
    """The end of the longest listed name at ``start`` that ends by ``stop``, or 0."""
    for end in range(stop, start + 1, -1):
        if text[start:end] in towns:
            return end
    return 0
