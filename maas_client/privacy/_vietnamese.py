"""Vietnamese names: a family name of the common ones, then one to three capitalised syllables.

Vietnamese writes a person's family name first, then a middle and a given name, each one
capitalised syllable ("Nguyễn Thị Minh Châu", "TRỊNH THỊ MỸ DUYÊN"). A syllable alone is
often a common word too ("Thu" is autumn, "An" peace), so the net, which judges word by word,
leaves parts of such names. A run led by one of the family names that most Vietnamese bear,
or holding the middle names ``Thị`` and ``Văn``, is a name as a whole.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import follows_word_char, grouped_alternation, split_words, word_start_matches
from ._span import Raw

_SCORE: Final = 0.85
# the family names of about nine in ten Vietnamese ("La" is left out: "La Paz", "La Jolla")
_FAMILY_NAMES: Final = split_words(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh
    Lương Lâm Mai Tôn Trịnh Đoàn Hứa Kha Thạch Quách Châu Tạ Cao Lưu Đào Tăng Vương Ông Đàm
    Kiều Lạc Lục Mạc Nghiêm Phùng Quan Tô Triệu Từ Văn Vi Chu Diệp Giang Hà Khúc Thái Thân"""
)
_SYLLABLE = r"[^\W\d_]+"  # (its case is judged in Python: see _written_as_name)
# (led by the family names and the middle names, each run's start checked in Python: a
# look-behind first made the scan try every position; a full stop only after an initial:
# "Lâm Quang Vinh. Giới" is a name and the next label)
_FAMILY_RUN: Final = re.compile(
    grouped_alternation(
        sorted({*_FAMILY_NAMES, *(name.upper() for name in _FAMILY_NAMES)}, key=len, reverse=True)
    )
    + rf"(?:[ \t](?:[^\W\d_]\.|{_SYLLABLE})){{1,3}}(?![\w])"
)
# the middle name and what follows it; the syllable before is found in Python
_MIDDLE_NAME_RUN: Final = re.compile(
    rf"[ \t](?:Thị|THỊ|Văn|VĂN)(?:[ \t](?:{_SYLLABLE})){{1,2}}(?![\w])"
)
# letters only Vietnamese writes (not French's "â", "ê", "ô"): a note without them holds no
# Vietnamese name
VIETNAMESE_LETTER: Final = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


# a title, a role or a kinship word of address before a given name alone: "ĐD Thu" (nurse),
# "BS Khoa" (doctor), "Bác Tư", "má Tư", "chị Lan" (the name capitalised, one or two syllables)
_TITLES: Final = ("ĐD", "BS", "BSCKI", "BSCKII", "ThS", "TS", "KTV", "NHS", "YS")
_ADDRESS_WORDS: Final = split_words("bác cụ ông bà anh chị má cô chú dì cậu mợ")
_TITLED: Final = re.compile(
    grouped_alternation(
        [*_TITLES, *(form for word in _ADDRESS_WORDS for form in (word.capitalize(), word))]
    )
    + r"[ \t]+([^\W\d_]+)(?:[ \t]([^\W\d_]+))?(?![\w])"
)


def vietnamese_name_spans(text: str) -> list[Raw]:
    """``(start, end, "PERSON", score)`` for the Vietnamese names of ``text`` (see above), and
    the given names after a title or a word of address (:data:`_TITLED`)."""
    if text.isascii() or VIETNAMESE_LETTER.search(text) is None:
        return []
    runs = [m.span() for m in word_start_matches(_FAMILY_RUN, text, not_after=".")]
    for m in _MIDDLE_NAME_RUN.finditer(text):
        start = m.start()
        while start and _is_letter(text[start - 1]):
            start -= 1
        after_full_stop = text[start - 1 : start] == "."
        if start < m.start() and not follows_word_char(text, start) and not after_full_stop:
            runs.append((start, m.end()))
    out = [(s, e, "PERSON", _SCORE) for s, e in runs if _written_as_name(text, s, e)]
    for m in word_start_matches(_TITLED, text):
        # (not a family name: a whole name is a _FAMILY_RUN)
        if _capitalised(m.group(1)) and m.group(1) not in _FAMILY_SET:
            end = m.end(2) if m.group(2) and _capitalised(m.group(2)) else m.end(1)
            out.append((m.start(1), end, "PERSON", _SCORE))
    return out


_FAMILY_SET: Final = frozenset(_FAMILY_NAMES)


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()  # (the regex class [^\W\d_])


def _capitalised(syllable: str) -> bool:
    return syllable[0].isupper() and (syllable[1:].islower() or len(syllable) == 1)


# "Nam" as the country's name and as a form's sex, "male" ("Giới: Nam", "Nam/Nữ: Nam",
# "Giới tính của con: Nam"), not a name
# (three scans: an alternation of named groups is tried at every position)
_VIET_NAM: Final = re.compile(r"(?:Việt|VIỆT)[ \t](?:Nam|NAM)\b")
_NAM_BEFORE_NU: Final = re.compile(r"(?:Nam|NAM)(?=[ \t]*[/,|][ \t]*(?:Nữ|NỮ|nữ)\b)")
_NAM_VALUE: Final = re.compile(r"[:：][ \t]*(Nam|NAM)\b")
_SEX_LABEL_BEFORE: Final = re.compile(r"(?:(?:Giới|GIỚI)[^:\n]{0,16}|(?:Nam|NAM)/(?:Nữ|NỮ))[:：]\Z")
# Words of two or three syllables, common in notes and forms, whose first syllable is a name
# too ("Phương pháp điều trị" is "method of treatment", "Gia đình" "family", "Năm sinh" "year
# of birth"): capitalised at a sentence's or a field's start, every syllable capitalised ("Bà
# Nội"), or in capitals in a heading
_COMPOUNDS: Final = split_words(
    """phương_pháp phương_tiện phương_án phương_hướng dân_tộc năm_sinh gia_đình bảo_hiểm
    hướng_điều_trị hướng_xử_trí tim_đều dương_tính âm_tính tỷ_lệ trường_hợp quốc_tịch
    sức_khỏe chỉ_số vận_chuyển lưu_ý đa_khoa xã_hội_chủ_nghĩa nội_trú ngoại_trú hồi_sức
    huyết_học trung_ương nguyên_đán tiếng_việt bà_nội ông_nội"""
)
# (led by the words grouped by their first letters, the character before checked in Python: a
# look-behind first made the scan try every position)
_COMPOUND: Final = re.compile(
    grouped_alternation(
        [
            variant
            for compound in sorted(_COMPOUNDS, key=len, reverse=True)
            for words in [compound.replace("_", " ")]
            for variant in dict.fromkeys(
                (words[0].upper() + words[1:], words.upper(), words.title())
            )
        ]
    )
    + r"(?!\w)"
)


def vietnamese_no_names(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` where a name's syllable names no one: "Nam" as the country or a
    form's sex, and the first syllable of a common word (:data:`_COMPOUNDS`)."""
    if VIETNAMESE_LETTER.search(text) is None:
        return []
    out = [
        m.span()
        for m in _COMPOUND.finditer(text)
        if not (m.start() and text[m.start() - 1].isalnum())
    ]
    if "Nam" in text or "NAM" in text:
        out += [m.span() for m in _VIET_NAM.finditer(text)]
        out += [m.span() for m in word_start_matches(_NAM_BEFORE_NU, text)]
        out += [
            m.span(1)
            for m in _NAM_VALUE.finditer(text)
            if _SEX_LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start() + 1)
        ]
    return out


def _written_as_name(text: str, start: int, end: int) -> bool:
    """Whether every syllable of the run ``text[start:end]`` is capitalised ("Lưu ý" is
    "note"), and a run in capitals is a form's value after a colon ("Họ và tên: TRỊNH THỊ MỸ
    DUYÊN"; not a heading, "HỒ SƠ BỆNH ÁN")."""
    run = text[start:end]
    syllables = run.replace("\t", " ").split(" ")
    if not all(syllable[0].isupper() for syllable in syllables):
        return False
    if not run.isupper():
        return all(syllable[1:].islower() or len(syllable) == 1 for syllable in syllables)
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].rstrip().endswith(":")
