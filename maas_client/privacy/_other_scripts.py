"""Dates, ages and streets written in Arabic, Hebrew, Persian, Devanagari and Thai, and the
dates and addresses of South Asia's other scripts (Bengali, Gurmukhi, Tamil, Sinhala).

The net does not judge the words of scripts without capitals (their names are
:mod:`._uncased_names`'s). What gives their other identifiers away:

* **a calendar's month**: a day before it or a year after it, in any digits, in the Gregorian
  months of each language, the Hijri, Hebrew and Solar Hijri (Iranian and Afghan) months and
  the Thai months ("٢٠ جمادى الآخرة ١٤٤٥", "י"ב באדר ב' תשפ"ד", "۸ آذر", "२२ जुलाई २०२४"),
  and South Asia's months and calendars with the day or the year before or after them ("৯ই
  শ্রাবণ, ১৪৩১", "२०८१ साउन १२", "ஆகஸ்ட் 1");
* **an age's words**: a number from 90 after "בן"/"בת", "عمر", "سن", "आयु", "อายุ" or before
  "ساله", "سنة", "वर्ष", "ปี", and the nineties in words;
* **a street's word** before its name and number ("רח' הרצל 41 דירה 6", "ת.ד. 152",
  "١٤ شارع ٢٣٣", "خیابان شریعتی، ... پلاک ۲۴", "๒๗/๓ หมู่ ๕"), and a South Asian address's
  label before its whole value ("ঠিকানা: গ্রাম- ..., ডাকঘর- ...", "முகவரி: ...").
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
# the Gregorian months in Urdu, Bengali, Gurmukhi, Tamil and Sinhala, and the months of the
# Bangla, Punjabi and Nepali (Bikram Sambat) calendars, which South Asian notes write with the
# day after them too ("साउन १५", "ஆகஸ்ட் 1") or the year first ("२०८१ साउन १२", "2024 ජූලි 08")
_SOUTH_ASIAN_MONTHS = split_words(
    """جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
    জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট আগষ্ট সেপ্টেম্বর
    অক্টোবর নভেম্বর ডিসেম্বর বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ
    ফাল্গুন চৈত্র
    ਜਨਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ ਚੇਤ ਵੈਸਾਖ ਜੇਠ ਹਾੜ
    ਸਾਵਣ ਭਾਦੋਂ ਅੱਸੂ ਕੱਤਕ ਮੱਘਰ ਪੋਹ ਮਾਘ ਫੱਗਣ
    ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்
    ජනවාරි පෙබරවාරි මාර්තු අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර්
    දෙසැම්බර්
    बैशाख वैशाख जेठ असार साउन श्रावण भदौ असोज आश्विन कात्तिक कार्तिक मंसिर पुस पौष माघ फागुन
    फाल्गुन चैत चैत्र"""
)
_HIJRI_MONTHS = (
    *split_words("محرم صفر رجب شعبان رمضان شوال"), "رمضان المبارک",
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


def _alternation(words: set[str]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_MONTH = _alternation({*_GREGORIAN_MONTHS, *_HIJRI_MONTHS, *_SOLAR_MONTHS, *_SOUTH_ASIAN_MONTHS})
_MONTH_WITH_YEAR = _alternation(
    {*_GREGORIAN_MONTHS, *_HIJRI_MONTHS, *_SOLAR_MONTHS_ALONE, *_SOUTH_ASIAN_MONTHS}
)
_SOUTH_ASIAN_MONTH = _alternation(set(_SOUTH_ASIAN_MONTHS))
# a day's ordinal ending in Bengali ("৯ই", "২রা", "২৪শে"), a year's era after it in Urdu
# ("۲۰۲۴ء", "۱۴۴۵ھ") and in Nepali the word for a day of the month after it ("साउन ५ गते")
_DAY_ENDING = "(?:ই|রা|শে|লা|ঠা)?"
_YEAR_ENDING = "(?:ء|ھ)?"
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
    rf"(?:{_WEEKDAY})?(?<![\d/.])\d{{1,2}}{_DAY_ENDING}[ \t]?(?:ב|de[ \t])?(?:{_MONTH})"
    rf"(?:,?[ \t]\d{{2,4}}{_YEAR_ENDING}(?![\d/]))?(?:[ \t]?(?:هـ|ه\.ش|ش|ق))?"
    rf"|(?<![\d/.])\d{{4}}[ \t](?:{_SOUTH_ASIAN_MONTH})(?:[ \t]\d{{1,2}}(?![\d/]))?"
    rf"|(?<![{SCRIPT_LETTERS}])(?:{_SOUTH_ASIAN_MONTH})[ \t]\d{{1,2}}(?![\d/])(?:[ \t]गते)?"
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
    rf"(?<![\d.])(\d{{2,3}})[ \t]?(?:ساله|سنة|سنه|عام|عاماً|वर्ष|साल|ปี|বছর|ਸਾਲ|வயது|අවුරුදු)"
    rf"(?![{SCRIPT_LETTERS}])"
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
# an address's label in Hindi, Nepali, Urdu, Bengali, Gurmukhi, Tamil and Sinhala ("ঠিকানা:",
# "پتہ:", "முகவரி:", "ස්ථිර ලිපිනය:", "अस्थायी ठेगाना (बुबाको घर):"): its value to the field's
# end is the address, street, village and town
_ADDRESS_FIELD: Final = re.compile(
    r"(?:पता|ठेगाना|پتہ|ঠিকানা|ਪਤਾ|முகவரி|ලිපිනය)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:：][ \t]*"
    r"([^\s|][^\n|]*?)(?=[ \t]{2,}|\t|[ \t]*\||[ \t]*(?:\r?\n|$))"
)


def other_script_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the names, dates, ages over 89 and streets of
    Arabic, Hebrew, Persian, Devanagari, Thai and South Asian text (see above); none in other
    text."""
    if text.isascii() or _ANY_LETTER.search(text) is None:
        return []
    out = [(*m.span(), "DATE", _SCORE) for m in _DATE.finditer(text)]
    for m in (*_AGE.finditer(text), *_AGE_BEFORE_YEARS.finditer(text)):
        if int(m.group(1)) > _OLDEST_UNMASKED_AGE:  # (int reads every script's digits)
            out.append((*m.span(1), "AGE", _SCORE))
    out += [(*m.span(), "AGE", _SCORE) for m in _AGE_WORDS.finditer(text)]
    out += [(*m.span(), "STREET_ADDRESS", _SCORE) for m in _STREET.finditer(text)]
    out += [(*m.span(1), "STREET_ADDRESS", _SCORE) for m in _ADDRESS_FIELD.finditer(text)]
    return out
