"""Names written in Arabic, Persian, Hebrew, Thai and the scripts of South Asia (Devanagari,
Bengali, Gurmukhi, Tamil, Sinhala; Chinese, Japanese and Korean are :mod:`._east_asian`'s).

These scripts have no capitals, so the net, which reads a capitalised word nobody knows as a
name, sees none of their names. What gives a name away is the word before it:

* **a label** -- ``الاسم:``, ``نام بیمار:``, ``שם האב:``, ``ชื่อ-สกุล:`` (name, patient's
  name, father's name): up to six words of the script after it, to the end of the field;
* **a title or a relation** -- ``د.``, ``دکتر``, ``آقای``, ``ד״ר``, ``פרופ׳``, ``ابنه`` (his
  son), ``בת:`` (daughter), ``คุณ``: a given name and a surname after it (and the ``بن`` of a
  lineage). A Thai title is written onto the name: ``นางสมศรี ใจดี``; a Thai word is a
  name only up to twelve letters (a clause runs on with no space). After a title in Bengali,
  Gurmukhi or Tamil (``ডাঃ``, ``டாக்டர்``) every word of the name to its field's end, and
  initials of up to four letters before it (``ஆர். பாலசுப்ரமணியன்``).

A field ends where two spaces, a parenthesis, a comma, a semicolon, a slash or a line end
stand.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import script_names, split_words
from ._names import person_cue_before
from ._span import Raw

_SCORE: Final = 0.85
# the letters of each script, and the joiner Persian writes inside a name ("موسوی‌نژاد")
_ARABIC = "\u0600-\u060b\u060d-\u061a\u0620-\u064a\u066e-\u06d3\u06d5-\u06ff\u200c"
_HEBREW = "\u05d0-\u05ea\u05f0-\u05f4'\""
_THAI = "\u0e01-\u0e4e"
# the scripts of South Asia besides Devanagari: Bengali, Gurmukhi, Tamil, Sinhala (no digits)
_BENGALI = "\u0980-\u09e5\u09f0-\u09fe"
_GURMUKHI = "\u0a00-\u0a65\u0a70-\u0a76"
_TAMIL = "\u0b80-\u0be5"
_SINHALA = "\u0d80-\u0de5\u0df0-\u0df4"
_SOUTH_ASIAN = _BENGALI + _GURMUKHI + _TAMIL + _SINHALA
_SOUTH_ASIAN_LETTER: Final = re.compile(f"[{_SOUTH_ASIAN}]")
_ANY: Final = re.compile(f"[\u0620-\u064a\u05d0-\u05ea\u0900-\u097f{_SOUTH_ASIAN}{_THAI}]")

_ARABIC_LABELS = "الاسم|اسم المريض|اسم المريضة|اسم الأب|اسم الأم|نام بیمار|نام پدر|نام مادر|نام"
_ARABIC_TITLES = (
    "د\\.|الدكتور|الدكتورة|السيد|السيدة|دکتر|آقای|خانم|ابنه|ابنته|زوجها|زوجته|ابنها|ابنتها"
    "|پسر|دختر|همسر|آقا"
)
_HEBREW_LABELS = "שם המטופל|שם המטופלת|שם האב|שם האם|שם פרטי|שם משפחה|שם"
_HEBREW_TITLES = "ד[״\"]ר|פרופ[׳']|גב[׳']|מר"
_HEBREW_RELATIONS = "בת|בן|נכדה|נכד|אחות|אח|אב|אם"  # with a colon: "בן 67" is an age
_THAI_LABELS = "ชื่อ-สกุล|ชื่อ-นามสกุล|ชื่อผู้ป่วย|ชื่อ"
_THAI_TITLES = "นางสาว|นาง|นาย|คุณ|ด\\.ช\\.|ด\\.ญ\\.|นพ\\.|พญ\\."

# a label, its colon, and up to six words of the script (a word: letters, and a hyphen or
# a geresh inside); a title or a relation and up to two (or a lineage: "بن راشد")
_ARABIC_WORD = f"[{_ARABIC}]+"
_HEBREW_WORD = f"[{_HEBREW}]+(?:-[{_HEBREW}]+)*"
_THAI_WORD = f"[{_THAI}]{{1,12}}(?![{_THAI}])"  # Thai writes no spaces inside a clause
_LINEAGE = "(?:بن|بنت|ابن)"  # "son of", "daughter of": "محمد بن عبدالله"
_NAMES: Final = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?<![{_ARABIC}])(?:{_ARABIC_LABELS})[ \t]*[:：][ \t]*"
        rf"({_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,5}})",
        rf"(?<![{_ARABIC}])(?:{_ARABIC_TITLES})[ \t]+"
        rf"({_ARABIC_WORD}(?: {_LINEAGE} {_ARABIC_WORD})*(?: {_ARABIC_WORD})?)",
        rf"(?<![{_HEBREW}])(?:{_HEBREW_LABELS})[ \t]*:[ \t]*"
        rf"({_HEBREW_WORD}(?: {_HEBREW_WORD}){{0,4}})",
        rf"(?<![{_HEBREW}])(?:(?:{_HEBREW_TITLES})[ \t]|(?:{_HEBREW_RELATIONS})[ \t]*:)[ \t]*"
        rf"({_HEBREW_WORD}(?: {_HEBREW_WORD})?)",
        rf"(?:{_THAI_LABELS})[ \t]*:[ \t]*({_THAI_WORD}(?: {_THAI_WORD}){{0,3}})",
        rf"(?<![{_THAI}])((?:{_THAI_TITLES})[ \t]?{_THAI_WORD}(?: {_THAI_WORD})?)",
        # a Sinhala doctor's initials and name ("වෛද්ය" is "medical" too: "වෛද්ය සහතිකය", a
        # medical certificate; written without the zero-width joiner readable takes out)
        rf"වෛද්ය[ \t]+((?:[{_SINHALA}]{{1,4}}\.[ \t]?){{1,3}}[{_SINHALA}]+(?: [{_SINHALA}]+)?)",
    )
)


# a name in Arabic or Hebrew script after a cue in a language written in Latin letters
# ("Patient: رائف طرابلسي", "discussed with daughter علوان بو مدين", "Relative: יאיר עיסא")
_AFTER_LATIN_CUE: Final = re.compile(
    rf"(?<=[ \t:,])(?<![{_ARABIC}{_HEBREW}] )"
    rf"({_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}}|{_HEBREW_WORD}(?: {_HEBREW_WORD}){{0,3}})"
)


# the letters of each script (not their digits or punctuation), Hebrew with its points,
# Arabic and Persian with their vowel marks, Devanagari and Thai with their vowel signs
_ARABIC_LETTERS = "\u0621-\u065f\u0670-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
_HEBREW_LETTERS = "\u05b0-\u05c7\u05d0-\u05ea"
_DEVANAGARI = "\u0900-\u0963\u0971-\u097f"
SCRIPT_LETTERS: Final = _ARABIC_LETTERS + _HEBREW_LETTERS + _DEVANAGARI + _THAI + _SOUTH_ASIAN
# a word: Hebrew's abbreviations with their geresh and gershayim inside or after ("ד"ר",
# "רח'"), Persian's words joined by a zero-width non-joiner ("نیک‌بخت")
SCRIPT_WORD: Final = rf"[{SCRIPT_LETTERS}]+(?:[\u200c'\"׳״][{SCRIPT_LETTERS}]+)*['׳]?"
_LATIN_NAME = r"[A-Z][A-Za-z'’-]+"

# --- names by the words around them, in these scripts and in Devanagari --------------------

# words of a label that asks for a person (the label ends with a colon)
_NAME_LABEL_WORDS: Final = frozenset(
    split_words(
        """اسم الاسم المريض المريضة الطبيب الطبيبة المعالج الممرض الممرضة المرافق الأب الأم
        الزوج الزوجة المبلغ المستلم الصيدلي الفني المقدم الموقع والد والدة
        שם מטופל מטופלת המטופל המטופלת הנדון רופא רופאה אחות מאשר מאשרת מאשר/ת בודק בודקת
        מלווה מטפל מטפלת נמען עו"ס טכנולוג טכנולוגית פונה
        نام بیمار پزشک دستیار مسئول ولد تخلص پدر مادر همراه پرستار داکتر کارمند معالج
        नाम मरीज़ मरीज रोगी पिता पति पिता/पति माता अभिभावक डॉक्टर चिकित्सक फार्मासिस्ट नर्स
        उपचारकर्ता कार्यकर्ता बिरामीको बिरामी श्रीमान चालक साक्षी संरक्षक हेरचाहकर्ता
        शल्यचिकित्सक प्यारामेडिक
        مریض مریضہ والد شوہر گواہ کنندہ دار
        নাম রোগীর রোগী পিতার পিতা মাতার মাতা স্বামী স্বামীর অভিভাবক চিকিৎসক নার্স চালক
        ਨਾਮ ਮਰੀਜ਼ ਪਿਤਾ ਪਤੀ ਡਾਕਟਰ ਵਰਕਰ ਨਰਸ
        பெயர் நோயாளியின் நோயாளி தந்தை கணவர் மருத்துவர் ஆலோசகர் செவிலியர் தயாரித்தவர்
        சரிபார்த்தவர் இருப்பவர்
        නම රෝගියාගේ රෝගියා පියා මව හිමිකරු නිලධාරී පුද්ගලයා
        ชื่อ ผู้ป่วย ผู้ตรวจ ผู้รับรองผล พยาบาล แพทย์ บิดา มารดา สามี ภรรยา ผู้ติดต่อ"""
    )
)
# titles and relations before a name (Thai writes its titles glued to the name)
_NAME_TITLES = split_words(
    """دكتور الدكتور د. السيد السيدة الممرضة الأستاذ الأستاذة الحاج الحاجة خالو خالي خالتي عمي
    عمتي أخي أختي ابني بنتي زوجي زوجتي
    ד"ר פרופ' גב' מר הגב' בתו בנו בנה בתה אחיו אחותו אשתו בעלה
    دکتر داکتر آقای خانم خاله عمو دایی عمه
    डॉ. डॉ श्री श्रीमती सुश्री कुमारी मा. डा.
    ڈاکٹر جناب محترمہ محترم
    ডা. ডাঃ মোঃ মোছাঃ মোসাম্মৎ শ্রী শ্রীমতী জনাব
    ਡਾ. ਸ਼੍ਰੀ ਸ਼੍ਰੀਮਤੀ ਸ੍ਰੀ
    டாக்டர் திரு. திருமதி"""
)
_GLUED_THAI_TITLES = split_words("นางสาว นาง นาย นพ. พญ. ทนพญ. ทนพ. พว. ด.ช. ด.ญ. ป้า ลุง คุณ หมอ")
_LABELLED_NAME: Final = re.compile(
    rf"(?P<label>(?:{SCRIPT_WORD}[ \t]){{0,3}}{SCRIPT_WORD}(?:/{SCRIPT_WORD})?)"
    r"[ \t]*[:：][ \t]*"
    rf"(?:(?:{'|'.join(map(re.escape, _NAME_TITLES + _GLUED_THAI_TITLES))})[ \t]*)?"
    rf"(?P<name>(?:[{SCRIPT_LETTERS}]{{1,4}}\.[ \t]?){{0,3}}(?:{SCRIPT_WORD}|{_LATIN_NAME})"
    rf"(?:[ \t](?:{SCRIPT_WORD}|{_LATIN_NAME})){{0,3}})"
    r"(?![ \t]?[:：])"
)
_TITLE_ALTERNATION = "|".join(map(re.escape, sorted(_NAME_TITLES, key=len, reverse=True)))
_TITLED_NAME: Final = re.compile(
    rf"(?<![{SCRIPT_LETTERS}])(?:{_TITLE_ALTERNATION})(?:[ \t]|(?<=[.'׳]))"
    rf"(?P<name>(?:[{SCRIPT_LETTERS}]{{1,4}}\.[ \t]?){{0,3}}{SCRIPT_WORD}"
    rf"(?:[ \t]{SCRIPT_WORD}){{0,2}})"
    rf"|(?:{'|'.join(map(re.escape, _GLUED_THAI_TITLES))})(?P<thai>[{_THAI}]+(?:[ \t][{_THAI}]+)?)"
)
# a chat export's message: its date and time, then its sender and a colon
_CHAT_SENDER: Final = re.compile(
    r"^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?(?:[AaPp]\.?[Mm]\.?|ص|م))?\]?[ \t]*[-–—][ \t]*"
    rf"(?P<name>{SCRIPT_WORD}(?:[ \t]{SCRIPT_WORD}){{0,2}})[ \t]*:",
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
    if after_title and not _SOUTH_ASIAN_LETTER.match(words[0]):
        names = script_names()  # (a name in Bengali, Tamil ... ends at its field's end)
        kept = 1
        while kept < len(words) and (
            words[kept] in names or words[kept].startswith(_NAME_PARTICLES)
        ):
            kept += 1
        words = words[:kept]
    end = start + len(" ".join(words))
    return (start, end, "PERSON", _SCORE) if end > start else None


def _cued_names(text: str) -> list[Raw]:
    """The names of ``text`` after a label that asks for a person, a title or a relation,
    and the senders of a chat export's messages, in these scripts and in Devanagari."""
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



def uncased_name_spans(text: str) -> list[Raw]:
    """``(start, end, "PERSON", score)`` for each name in Arabic, Persian, Hebrew or Thai
    script after its label, title or relation in ``text``, or after a person's cue in
    English (:func:`person_cue_before`)."""
    if _ANY.search(text) is None:
        return []
    return _cued_names(text) + [
        (m.start(1), m.end(1), "PERSON", _SCORE)
        for pattern in _NAMES
        for m in pattern.finditer(text)
    ] + [
        (m.start(1), m.end(1), "PERSON", _SCORE)
        for m in _AFTER_LATIN_CUE.finditer(text)
        if person_cue_before(text, m.start())
    ]
