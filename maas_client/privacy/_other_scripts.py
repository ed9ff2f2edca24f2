"""Names, dates, ages and streets written in Arabic, Hebrew, Persian, Devanagari and Thai.

These scripts have no capitals, so the net, which reads a capitalised word as a possible name,
does not judge their words at all. What gives their identifiers away instead:

* **a person's label or title**: a name stands after a label that asks for one ("اسم المريض:",
  "מטופלת:", "نام و نام خانوادگی:", "मरीज़ का नाम:", "ชื่อ"), after a title or a relation
  ("د.", "ד"ר", "دکتر", "श्रीमती", "นางสาว", "בתו", "خاله"), and before the colon of a chat
  export's message after its date and time ("12/04/2024, 9:14 م - منى:"). After a title the
  name runs on over the words that are names (``script_names.txt``, from Faker) or that open
  an Arabic family name ("الغامدي", "بن", "عبد");
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

from ._lexicon import script_names, split_words
from ._span import Raw

_SCORE: Final = 0.85
# the letters of each script (not their digits or punctuation), Hebrew with its points,
# Arabic and Persian with their vowel marks, Devanagari and Thai with their vowel signs
_ARABIC = "\u0621-\u065f\u0670-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
_HEBREW = "\u05b0-\u05c7\u05d0-\u05ea"
_DEVANAGARI = "\u0900-\u0963\u0971-\u097f"
_THAI = "\u0e01-\u0e4e"
_LETTERS = _ARABIC + _HEBREW + _DEVANAGARI + _THAI
_ANY_LETTER: Final = re.compile(f"[{_LETTERS}]")
# a word: Hebrew's abbreviations with their geresh and gershayim inside or after ("ד"ר",
# "רח'"), Persian's words joined by a zero-width non-joiner ("نیک‌بخت")
_WORD = rf"[{_LETTERS}]+(?:[\u200c'\"׳״][{_LETTERS}]+)*['׳]?"
_LATIN_NAME = r"[A-Z][A-Za-z'’-]+"

# --- names -----------------------------------------------------------------------------------

# words of a label that asks for a person (the label ends with a colon)
_NAME_LABEL_WORDS: Final = frozenset(
    split_words(
        """اسم الاسم المريض المريضة الطبيب الطبيبة المعالج الممرض الممرضة المرافق الأب الأم
        الزوج الزوجة المبلغ المستلم الصيدلي الفني المقدم الموقع والد والدة
        שם מטופל מטופלת המטופל המטופלת הנדון רופא רופאה אחות מאשר מאשרת מאשר/ת בודק בודקת
        מלווה מטפל מטפלת נמען עו"ס טכנולוג טכנולוגית פונה
        نام بیمار پزشک دستیار مسئول ولد تخلص پدر مادر همراه پرستار داکتر کارمند معالج
        नाम मरीज़ मरीज रोगी पिता पति पिता/पति माता अभिभावक डॉक्टर चिकित्सक फार्मासिस्ट नर्स
        उपचारकर्ता कार्यकर्ता
        ชื่อ ผู้ป่วย ผู้ตรวจ ผู้รับรองผล พยาบาล แพทย์ บิดา มารดา สามี ภรรยา ผู้ติดต่อ"""
    )
)
# titles and relations before a name (Thai writes its titles glued to the name)
_TITLES = split_words(
    """دكتور الدكتور د. السيد السيدة الممرضة الأستاذ الأستاذة الحاج الحاجة خالو خالي خالتي عمي
    عمتي أخي أختي ابني بنتي زوجي زوجتي
    ד"ר פרופ' גב' מר הגב' בתו בנו בנה בתה אחיו אחותו אשתו בעלה
    دکتر داکتر آقای خانم خاله عمو دایی عمه
    डॉ. डॉ श्री श्रीमती सुश्री कुमारी मा."""
)
_THAI_TITLES = split_words("นางสาว นาง นาย นพ. พญ. ทนพญ. ทนพ. ด.ช. ด.ญ. ป้า ลุง คุณ")
_LABELLED_NAME: Final = re.compile(
    rf"(?P<label>(?:{_WORD}[ \t]){{0,3}}{_WORD})[ \t]*[:：][ \t]*"
    rf"(?:(?:{'|'.join(map(re.escape, _TITLES + _THAI_TITLES))})[ \t]*)?"
    rf"(?P<name>(?:{_WORD}|{_LATIN_NAME})(?:[ \t](?:{_WORD}|{_LATIN_NAME})){{0,3}})"
    r"(?![ \t]?[:：])"
)
_TITLED_NAME: Final = re.compile(
    rf"(?<![{_LETTERS}])(?:{'|'.join(map(re.escape, sorted(_TITLES, key=len, reverse=True)))})"
    rf"(?:[ \t]|(?<=[.'׳]))(?P<name>(?:[{_LETTERS}]\.[ \t]?){{0,2}}{_WORD}(?:[ \t]{_WORD}){{0,2}})"
    rf"|(?:{'|'.join(map(re.escape, _THAI_TITLES))})(?P<thai>[{_THAI}]+(?:[ \t][{_THAI}]+)?)"
)
# a chat export's message: its date and time, then its sender and a colon
_CHAT_SENDER: Final = re.compile(
    r"^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?(?:[AaPp]\.?[Mm]\.?|ص|م))?\]?[ \t]*[-–—][ \t]*"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*:",
    re.MULTILINE,
)
# words that are no name after a title or a relation ("אחיו בן ה-91" is "his brother, 91")
_NO_NAME: Final = frozenset(
    split_words(
        """בן בת של עם את על אל גם לא כן הוא היא في من على إلى الى عن مع قال قالت هو هي از به با
        در که را و का की के को से में ने है پسر دختر همسر برادر خواهر مادر پدر ابن ابنة زوج
        زوجة أخ أخت بنت"""
    )
)
# the words that open an Arabic family name or join its parts: after a title they go on
_NAME_PARTICLES: Final = ("ال", "آل", "بن", "ابن", "بنت", "عبد", "أبو", "ابو")


def _name_words(value: str, start: int, after_title: bool) -> Raw | None:
    """The name at the start of ``value`` (at ``start`` in the text): after a label its
    words to the first that is followed by another label; after a title the first word and
    the words after it that are names or open an Arabic family name."""
    words = value.replace("\t", " ").split(" ")
    if words[0] in _NO_NAME:
        return None
    if after_title:
        names = script_names()
        kept = 1
        while kept < len(words) and (
            words[kept] in names or words[kept].startswith(_NAME_PARTICLES)
        ):
            kept += 1
        words = words[:kept]
    end = start + len(" ".join(words))
    return (start, end, "PERSON", _SCORE) if end > start else None


def _names(text: str) -> list[Raw]:
    out: list[Raw] = []
    for m in _LABELLED_NAME.finditer(text):
        label = m.group("label").replace("\t", " ").split(" ")
        if any(word in _NAME_LABEL_WORDS for word in label[-3:]):
            span = _name_words(m.group("name"), m.start("name"), after_title=False)
            out += [span] if span else []
    for m in _TITLED_NAME.finditer(text):
        if m.group("thai"):
            out.append((*m.span("thai"), "PERSON", _SCORE))
            continue
        span = _name_words(m.group("name"), m.start("name"), after_title=True)
        out += [span] if span else []
    out += [(*m.span("name"), "PERSON", _SCORE) for m in _CHAT_SENDER.finditer(text)]
    return out


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
    rf"|(?<![{_LETTERS}])ב?(?:{_MONTH_WITH_YEAR})[ \t]\d{{4}}(?![\d/])"
    rf"|(?:{_WEEKDAY})?{_ARABIC_ORDINAL}[ \t]من[ \t](?:{_MONTH})(?:[ \t]\d{{4}})?"
    rf"|(?<![{_LETTERS}]){_HEBREW_NUMERAL}[ \t]ב"
    rf"(?:אדר(?:[ \t][אב]['׳])?|{'|'.join(_HEBREW_MONTHS)}|אב)"
    rf"(?:[ \t]{_HEBREW_NUMERAL})?(?![{_LETTERS}])"
)

# --- ages ------------------------------------------------------------------------------------

_AGE: Final = re.compile(
    rf"(?:(?<![{_LETTERS}])(?:בן|בת|בגיל|גיל)[ \t]?(?:ה-?)?|(?:عمره|عمرها|العمر|عمر|سن|سنه|"
    r"आयु|उम्र|อายุ)[ \t]*[:：]?[ \t]*)(\d{2,3})(?!\d)"
)
_AGE_BEFORE_YEARS: Final = re.compile(
    rf"(?<![\d.])(\d{{2,3}})[ \t]?(?:ساله|سنة|سنه|عام|عاماً|वर्ष|साल|ปี)(?![{_LETTERS}])"
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
    rf"(?<![{_LETTERS}])(?:רח['׳]|רחוב|שד['׳]|שדרות|דרך)[ \t]+(?:{_WORD}[ \t]){{1,3}}"
    rf"\d+(?:/\d+)?{_UNIT_AFTER}"
    r"|(?<![\w.])ת\.ד\.?[ \t]?\d+"
    rf"|(?:\d{{1,5}}[ \t])?(?:شارع|ش\.)[ \t]+(?:\d+|{_WORD}(?:[ \t]{_WORD})?[ \t]\d+){_UNIT_AFTER}"
    rf"|(?:خیابان|بلوار|کوچه|میدان)[ \t][^\n]{{1,100}}?پلاک[ \t]?\d+{_UNIT_AFTER}"
    r"|(?<![\d/])\d{1,5}(?:/\d{1,4})?[ \t]หมู่(?:ที่)?[ \t]?\d{1,3}"
    r"|(?:मकान|प्लॉट|फ्लैट)[ \t]?(?:नं\.|नंबर|संख्या)[ \t]?\d+(?:,[ \t]?गली[ \t]?(?:नं\.)?[ \t]?\d+)?"
)


def other_script_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the names, dates, ages over 89 and streets of
    Arabic, Hebrew, Persian, Devanagari and Thai text (see above); none in other text."""
    if text.isascii() or _ANY_LETTER.search(text) is None:
        return []
    out = _names(text)
    out += [(*m.span(), "DATE", _SCORE) for m in _DATE.finditer(text)]
    for m in (*_AGE.finditer(text), *_AGE_BEFORE_YEARS.finditer(text)):
        if int(m.group(1)) > _OLDEST_UNMASKED_AGE:  # (int reads every script's digits)
            out.append((*m.span(1), "AGE", _SCORE))
    out += [(*m.span(), "AGE", _SCORE) for m in _AGE_WORDS.finditer(text)]
    out += [(*m.span(), "STREET_ADDRESS", _SCORE) for m in _STREET.finditer(text)]
    return out
