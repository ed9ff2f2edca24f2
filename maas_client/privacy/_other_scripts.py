"""Dates, ages and streets written in Arabic, Hebrew, Persian, Devanagari and Thai.

The net does not judge the words of scripts without capitals (their names are
:mod:`._uncased_names`'s). What gives their other identifiers away:

* **a calendar's month**: a day before it or a year after it, in any digits, in the Gregorian
  months of each language, the Hijri, Hebrew and Solar Hijri (Iranian and Afghan) months and
  the Thai months ("٢٠ جمادى الآخرة ١٤٤٥", "י"ב באדר ב' תשפ"ד", "۸ آذر", "२२ जुलाई २०२४");
* **an age's words**: a number from 90 after "בן"/"בת", "عمر", "سن", "आयु", "อายุ" or before
  "ساله", "سنة", "वर्ष", "ปี", and the nineties in words;
* **a street's word** before its name and number ("רח' הרצל 41 דירה 6", "ת.ד. 152",
  "١٤ شارع ٢٣٣", "خیابان شریعتی، ... پلاک ۲۴", "๒๗/๓ หมู่ ๕").
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import split_words
from ._span import Raw
from ._uncased_names import SCRIPT_LETTERS, SCRIPT_WORD

_SCORE: Final = 0.85
_ANY_LETTER: Final = re.compile(f"[{SCRIPT_LETTERS}]")

# --- dates -----------------------------------------------------------------------------------

# (the months of two words are written out: split_words would part them)
_GREGORIAN_MONTHS = (
    *split_words(
        """يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر
        أكتوبر اكتوبر نوفمبر ديسمبر شباط آذار نيسان أيار حزيران تموز أيلول آب
        ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר
        ژانویه فوریه آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
        जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर
        नवम्बर दिसंबर दिसम्बर
        มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม
        พฤศจิกายน ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."""
    ),
    "كانون الثاني", "كانون الأول", "تشرين الأول", "تشرين الثاني",
)  # fmt: skip
_HIJRI_MONTHS = (
    *split_words("محرم صفر رجب شعبان رمضان شوال"),
    "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الاولى",
    "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "ذو القعدة", "ذي القعدة", "ذو الحجة",
    "ذي الحجة",
)  # fmt: skip
# the Solar Hijri months, Iranian and Afghan ("تیر", "مهر", "دی", "اسد", "سرطان" are words too:
# these need a day before them)
_SOLAR_MONTHS = split_words(
    """فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند حمل ثور جوزا جوزای
    سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت"""
)
_SOLAR_MONTHS_ALONE = split_words(
    "فروردین اردیبهشت خرداد مرداد شهریور آبان آذر بهمن اسفند جوزا جوزای سنبله"
)
_HEBREW_MONTHS = split_words(
    "תשרי חשוון חשון מרחשוון כסלו כסליו טבת שבט ניסן אייר סיון סיוון תמוז אלול"
)
_MONTH = "|".join(
    sorted(
        map(re.escape, {*_GREGORIAN_MONTHS, *_HIJRI_MONTHS, *_SOLAR_MONTHS}), key=len, reverse=True
    )
)
_MONTH_WITH_YEAR = "|".join(
    sorted(
        map(re.escape, {*_GREGORIAN_MONTHS, *_HIJRI_MONTHS, *_SOLAR_MONTHS_ALONE}),
        key=len,
        reverse=True,
    )
)
_WEEKDAY = (
    r"(?:(?:يوم[ \t])?"
    r"(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)"
    r"|יום[ \t][א-ו]['׳])[ \t]?,?[ \t]?"
)
_ARABIC_ORDINAL = (
    r"(?:الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر"
    r"|الحادي عشر|الثاني عشر|\S+ عشر|العشرين|\S+ والعشرين|الثلاثين|الحادي والثلاثين)"
)
# a Hebrew numeral of a day or a year: "ח'", "י"ב", "תשפ"ד"
_HEBREW_NUMERAL = r"[א-ת]{1,3}(?:[\"״][א-ת]|['׳])"
_DATE: Final = re.compile(
    rf"(?:{_WEEKDAY})?(?<![\d/.])\d{{1,2}}[ \t]?(?:ב|de[ \t])?(?:{_MONTH})"
    rf"(?:,?[ \t]\d{{2,4}}(?![\d/]))?(?:[ \t]?(?:هـ|ه\.ش|ش|ق))?"
    rf"|(?<![{SCRIPT_LETTERS}])ב?(?:{_MONTH_WITH_YEAR})[ \t]\d{{4}}(?![\d/])"
    rf"|(?:{_WEEKDAY})?{_ARABIC_ORDINAL}[ \t]من[ \t](?:{_MONTH})(?:[ \t]\d{{4}})?"
    rf"|(?<![{SCRIPT_LETTERS}]){_HEBREW_NUMERAL}[ \t]ב"
    rf"(?:אדר(?:[ \t][אב]['׳])?|{'|'.join(_HEBREW_MONTHS)}|אב)"
    rf"(?:[ \t]{_HEBREW_NUMERAL})?(?![{SCRIPT_LETTERS}])"
)

# --- ages ------------------------------------------------------------------------------------

_AGE: Final = re.compile(
    rf"(?:(?<![{SCRIPT_LETTERS}])(?:בן|בת|בגיל|גיל)[ \t]?(?:ה-?)?|(?:عمره|عمرها|العمر|عمر|سن|سنه|"
    r"आयु|उम्र|อายุ)[ \t]*[:：]?[ \t]*)(\d{2,3})(?!\d)"
)
_AGE_BEFORE_YEARS: Final = re.compile(
    rf"(?<![\d.])(\d{{2,3}})[ \t]?(?:ساله|سنة|سنه|عام|عاماً|वर्ष|साल|ปี)(?![{SCRIPT_LETTERS}])"
)
_OLDEST_UNMASKED_AGE: Final = 89
_AGE_WORDS: Final = re.compile(
    r"(?:\S+[ \t]و)?تسع(?:ون|ين)|تسعين|(?<![א-ת])תשעים(?:[ \t]ו[א-ת]+)?"
    r"|เก้าสิบ[\u0e01-\u0e4e]{0,6}?(?=ปี|[ \t)]|$)"
    r"|नब्बे|\S*ानबे|\S*ानवे"
    r"|نود(?:[ \t]و[ \t]\S+)?(?=[ \t]?سال)"
)

# --- streets ---------------------------------------------------------------------------------

_UNIT_AFTER = r"(?:[ \t,،]+(?:דירה|קומה|כניסה|واحد|طبقه|طابق|شقة)[ \t]?\d+)*"
_STREET: Final = re.compile(
    rf"(?<![{SCRIPT_LETTERS}])(?:רח['׳]|רחוב|שד['׳]|שדרות|דרך)[ \t]+(?:{SCRIPT_WORD}[ \t]){{1,3}}"
    rf"\d+(?:/\d+)?{_UNIT_AFTER}"
    r"|(?<![\w.])ת\.ד\.?[ \t]?\d+"
    rf"|(?:\d{{1,5}}[ \t])?(?:شارع|ش\.)[ \t]+"
    rf"(?:\d+|{SCRIPT_WORD}(?:[ \t]{SCRIPT_WORD})?[ \t]\d+){_UNIT_AFTER}"
    rf"|(?:خیابان|بلوار|کوچه|میدان)[ \t][^\n]{{1,100}}?پلاک[ \t]?\d+{_UNIT_AFTER}"
    r"|(?<![\d/])\d{1,5}(?:/\d{1,4})?[ \t]หมู่(?:ที่)?[ \t]?\d{1,3}"
    r"|(?:मकान|प्लॉट|फ्लैट)[ \t]?(?:नं\.|नंबर|संख्या)[ \t]?\d+(?:,[ \t]?गली[ \t]?(?:नं\.)?[ \t]?\d+)?"
)


def other_script_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the names, dates, ages over 89 and streets of
    Arabic, Hebrew, Persian, Devanagari and Thai text (see above); none in other text."""
    if text.isascii() or _ANY_LETTER.search(text) is None:
        return []
    out = [(*m.span(), "DATE", _SCORE) for m in _DATE.finditer(text)]
    for m in (*_AGE.finditer(text), *_AGE_BEFORE_YEARS.finditer(text)):
        if int(m.group(1)) > _OLDEST_UNMASKED_AGE:  # (int reads every script's digits)
            out.append((*m.span(1), "AGE", _SCORE))
    out += [(*m.span(), "AGE", _SCORE) for m in _AGE_WORDS.finditer(text)]
    out += [(*m.span(), "STREET_ADDRESS", _SCORE) for m in _STREET.finditer(text)]
    return out
