"""The compiled pattern pass of :func:`~maas_client.privacy.detect`.

All pattern-based entities are found by one alternation of named groups, scanned once. Each
branch has exactly one capturing group (named ``<ENTITY>__<tag>``) that delimits the value,
so a branch may consume a context cue ("MRN:", "Fax") that is not part of the span.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Final

from ._lexicon import (
    LOWER,
    STREET_SUFFIXES,
    UPPER,
    US_STATES,
    drug_names,
    grouped_alternation,
    split_words,
)
from ._span import Raw

_MONTHS_FULL = split_words(
    "January February March April May June July August September October November December"
)
_MONTHS_ABBR = split_words("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec")
# the English months and their abbreviations in lower case ("january", "sept")
ENGLISH_MONTHS: Final = frozenset(m.lower() for m in (*_MONTHS_FULL, *_MONTHS_ABBR))


def _month_alternation() -> str:
    forms: set[str] = set()
    for m in _MONTHS_FULL:
        forms.update({m, m.upper()})
    for m in _MONTHS_ABBR:
        forms.update({m + r"\.?", m.upper() + r"\.?"})
    return grouped_alternation(sorted(forms, key=len, reverse=True))


MONTH: Final = _month_alternation()
# Month names in Spanish, Portuguese, Galician, Catalan, Italian, French, German, Dutch, the
# Nordic languages, Polish, Czech, Croatian, Serbian, Lithuanian, Russian and Ukrainian (the
# genitive a date takes, and the nominative and locative a month and a year take), Turkish,
# Hungarian, Greek, Romanian, Finnish, Estonian, Indonesian, Malay, Swahili, Filipino, Irish and
# Afrikaans, in Latin letters and in Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali and
# Thai script, and of the Islamic, Hebrew, Persian and Ethiopian calendars, matched in any case
# after a day. Those that are English words too ("mars", "mart", "mai") are dates only there.
# English names are here too, for a month in lower case ("seen 3 april"). Abbreviations that are
# words after a number ("5 out of 10", "1 set", "2 days ago") are left out.
FOREIGN_MONTHS: Final = split_words(
    """enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre janeiro fevereiro março abril maio junho julho setembro outubro
    dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janvier
    février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
    novembro januar jänner februar märz
    maerz juni juli oktober dezember januari februari maart mei augustus augusti maj marts
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października
    pazdziernika listopada grudnia ocak şubat mart nisan mayıs haziran temmuz ağustos eylül
    ekim kasım aralık january february march april june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec ene abr dic ott giu lug
    dez jän mär mrz mrt okt janv févr fevr avr juil déc fev
    január február március április május június július augusztus szeptember október
    janúar febrúar apríl maí júní júlí ágúst nóvember desember
    ianouariou fevrouariou martiou apriliou maiou iouniou iouliou avgoustou septemvriou
    oktovriou noemvriou dekemvriou yanvarya fevralya marta aprelya maya iyunya iyulya avgusta
    sentyabrya oktyabrya noyabrya dekabrya pebrero marso hunyo hulyo setyembre oktubre
    nobyembre disyembre eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa samhain
    nollaig januarie februarie junie julie muharram safar rajab sha'ban shaban shawwal
    tishrei cheshvan kislev tevet shevat adar nisan iyar sivan tammuz elul ramadan farvardin
    ordibehesht khordad mordad shahrivar aban azar bahman esfand hamal sawr jawza saratan
    sunbula mizan aqrab qaws jadi dalw ledna února března dubna
    května června července srpna září října listopadu prosince ianuarie martie aprilie iunie
    iulie septembrie octombrie noiembrie decembrie maret agustus desember mac ogos julai
    disember machi aprili agosti septemba oktoba novemba desemba tammikuuta helmikuuta
    maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta
    marraskuuta joulukuuta jaanuar veebruar märts aprill juuni juuli oktoober detsember
    siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga prosinca
    sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio
    gruodžio gener febrer març maig juny juliol agost setembre desembre xaneiro febreiro
    xuño xullo decembro
    января февраля марта апреля мая июня июля августа сентября октября ноября
    декабря січня лютого березня квітня травня червня липня серпня вересня жовтня листопада
    грудня януари февруари март април май юни юли август септември октомври ноември декември
    ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου
    οκτωβρίου νοεμβρίου δεκεμβρίου يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس
    سبتمبر أكتوبر نوفمبر ديسمبر ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר
    נובמבר דצמבר فروردین اردیبهشت خرداد مرداد شهریور آبان آذر بهمن اسفند जनवरी फ़रवरी फरवरी
    मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर
    জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর মে
    มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน
    ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. መስከረም ጥቅምት ኅዳር
    ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ meskerem tikimt tekemt hidar hedar tahsas
    yekatit megabit miyazya ginbot hamle
    nehase pagume ramadhan ramazan rejab syawal shawal syaaban sya'ban muharam zulhijjah
    zulkaedah zulkaidah dhulhijjah dhulqadah al-qadah al-qa'dah al-qi'dah al-qidah al-hijjah
    al-awwal al-thani al-akhir al-ula al-akhirah ul-awal ul-akhir al-Qadah al-Qa'dah
    al-Qi'dah al-Qidah al-Hijjah al-Awwal al-Thani al-Akhir al-Ula al-Akhirah ul-Awal
    ul-Akhir
    јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра
    januara februara aprila juna jula avgusta septembra oktobra novembra decembra
    janairu fabrairu afrilu satumba nuwamba disamba januwari februwari mashi ephreli julayi
    agasti septhemba okthoba okthobha novemba disemba janyuwari matshi epreli ianuari fepuari
    aperila iulai aukuso setema oketopa novema tesema sānuali fēpueli sepitema nōvema tīsema
    hānuere pēpuere pepuere māehe āperira hūrae ākuhata hepetema noema tīhema"""
)
# The cases a month takes alone or with its year, not after a day, in Serbian, Polish,
# Czech, Russian, Ukrainian, Greek and Finnish: "фебруар", "marzec 2024", "в марте", "у
# вересні 2024", "τον Ιανουάριο του 2024", "toukokuussa 2024" (read by the net beside a year
# or after a day with a full stop: the typed scan's alternation of months after a day has no
# need of them)
MONTHS_ALONE: Final = split_words(
    """јануар фебруар април мај јун јул септембар октобар новембар децембар januar februar
    septembar oktobar novembar decembar avgust styczeń luty marzec kwiecień czerwiec lipiec
    sierpień wrzesień październik grudzień leden únor březen duben květen červenec srpen
    říjen prosinec январь февраль апрель июнь июль сентябрь октябрь ноябрь декабрь январе
    феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре січень лютий
    березень квітень травень червень липень серпень вересень жовтень грудень січні лютому
    березні квітні травні червні липні серпні вересні жовтні листопаді грудні ιανουάριο
    ιανουάριος φεβρουάριο φεβρουάριος μάρτιο μάρτιος απρίλιο απρίλιος μάιο μάιος ιούνιο
    ιούνιος ιούλιο ιούλιος αύγουστο αύγουστος σεπτέμβριο σεπτέμβριος οκτώβριο οκτώβριος
    νοέμβριο νοέμβριος δεκέμβριο δεκέμβριος tammikuu helmikuu maaliskuu huhtikuu toukokuu
    kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu tammikuussa helmikuussa
    maaliskuussa huhtikuussa toukokuussa kesäkuussa heinäkuussa elokuussa syyskuussa
    lokakuussa marraskuussa joulukuussa"""
)
# the first word of an Islamic month of two: "Dhu al-Hijjah", "Rabi al-Awwal", "Jumada al-Ula"
_HIJRI_MONTH_HEAD = r"(?:(?:Dhu|Dhul|Rabi|Rabi'|Rabi’|Jumada|Jamadil|Rabiul)[ \t]+)?"
# In lower, title and upper case, as literals: a case-insensitive alternation is tested a
# character at a time, and cost the typed scan 4% of its time on the padded benchmark notes.
# (A day with a full stop before the month, "12. März", let every number that ends a sentence
# reach it, and cost as much: that form is left to the net.)
FOREIGN_MONTH: Final = grouped_alternation(
    sorted(
        {f for m in FOREIGN_MONTHS for f in (m, m[:1].upper() + m[1:], m.upper())},
        key=len,
        reverse=True,
    )
)
_FOREIGN_MONTH_LOWER: Final = grouped_alternation(
    sorted(set(FOREIGN_MONTHS), key=len, reverse=True)
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ROMAN_MONTH = "(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_DASH = "-\u2010\u2011\u2013"  # hyphen, the Unicode hyphens and the en dash ("617–555–0167")
_ORD = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[89]\d\d|20\d\d)"
_THAI_MONTH_ABBREVIATION = (
    r"(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
)
_HUNGARIAN_MONTH = grouped_alternation(
    sorted(
        {
            f
            for m in split_words(
                """január február március április május június július augusztus szeptember
                október november december jan. febr. márc. ápr. máj. jún. júl. aug. szept.
                okt. nov. dec."""
            )
            for f in (m, m[:1].upper() + m[1:])
        },
        key=len,
        reverse=True,
    )
)
# the Spanish and Portuguese abbreviations English does not share
_IBERIAN_MONTH_ABBREVIATION = (
    "(?:ENE|Ene|ene|ABR|Abr|abr|AGO|Ago|ago|DIC|Dic|dic|FEV|Fev|fev|MAI|Mai|SET|Set|OUT|Out|out"
    "|DEZ|Dez|dez)"
)
# a year of the Islamic or the Persian calendar (1300s, 1400s) or of the Buddhist era (2500s)
_OTHER_ERA_YEAR = r"(?:1[34]\d\d|25\d\d)"
_NOT_UNIT = r"(?!\s*(?:mg|mcg|ug|ml|mL|g|kg|units?|%|mmol|mEq|cm|mm|hours?|hrs?|days?|weeks?)\b)"
_NUM_L = r"(?<![\w./-])"  # numeric value starts on its own
_NUM_R = r"(?![\w/-]|\.\d)"  # and ends on its own (a trailing full stop is fine)

_DATE_BRANCHES = [
    # ISO 2021-03-04, 2021/03/04, EXIF's 2021:03:04 (a time may follow; it is not part of the
    # span)
    rf"{_NUM_L}(?P<DATE__iso>{_YEAR4}(?P<_siso>[-/.:])(?:0?[1-9]|1[0-2])(?P=_siso){_DAY}(?!\d))",
    # US numeric 03/04/2021, 3-4-21, 04.03.2021 (day-first accepted too)
    rf"{_NUM_L}(?P<DATE__num>{_DAY}(?P<_snum>[-/.]){_DAY}(?P=_snum)(?:{_YEAR4}|\d\d){_NUM_R})",
    # month/year 03/2021, 3-2021
    rf"{_NUM_L}(?P<DATE__my>(?:0?[1-9]|1[0-2])[/-]{_YEAR4}{_NUM_R})",
    # March 4, 2021 / Mar 4th / Mar. 4 2021 / March 2021
    rf"\b(?P<DATE__mdy>{MONTH}(?:\s+{_DAY}{_ORD}\b{_NOT_UNIT}(?:[{_DASH}]{_DAY}{_ORD}\b{_NOT_UNIT})?"
    rf"(?:,?\s+{_YEAR4}\b|/\d\d\b)?"  # ... / Mar. 21/24
    rf"|,?\s+{_YEAR4}\b|[-/]{_DAY}[-/](?:{_YEAR4}|\d\d)\b"  # ... / AUG-12-2024, Mar/4/24
    rf"|[-/](?:{_YEAR4}|\d\d)\b))",  # ... / Mar-2024, MAR/24
    # 4 March 2021 / 4th of March / 4-Mar-2021 / 03-Mar-24 / the 5th day of March / 17/MAR/2025
    # / 3-4 March 2024
    rf"{_NUM_L}(?P<DATE__dmy>{_DAY}{_ORD}(?:[{_DASH}]{_DAY}{_ORD})?(?:\s+day)?(?:\s+of)?"
    rf"(?:[\s-]+|/){MONTH}"
    rf"(?:,?[\s-]+{_YEAR4}\b|-\d\d\b|/(?:{_YEAR4}|\d\d)\b)?)"
    r"(?![A-Za-z])",
    # an ISO week, and day of the week: 2024-W22, 2024W221
    rf"{_NUM_L}(?P<DATE__week>{_YEAR4}-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?)\b",
    # a month in Roman numerals: "5-III-24", "5.III.2024", "2. IV 2024"
    rf"{_NUM_L}(?P<DATE__roman>{_DAY}(?:(?P<_sr>[-./ ]){_ROMAN_MONTH}(?P=_sr)"
    rf"|\.[ \t]{_ROMAN_MONTH}\.?[ \t])(?:{_YEAR4}|\d\d)){_NUM_R}",
    # the year first, the month in words: "2024. március 5.", "2024 March 5", "2024. január
    # 19-én", "2024. augusztus", "2024 m. kovo 11 d." (Lithuanian)
    rf"{_NUM_L}(?P<DATE__ymd>{_YEAR4}(?:\.|[ \t]?m\.)?[ \t]+(?:{FOREIGN_MONTH}|{MONTH})"
    rf"(?:[ \t]+{_DAY}\b\.?(?:[ \t]?d\.|-[a-záéíóöőúüű]{{1,3}})?)?)(?![\w-])",
    # a day, a month and a year with full stops and spaces, as Central Europe writes them, or
    # the year first, as Hungary and Korea do: "14. 08. 1963.", "3. 4. 2024", "2024. 03. 12.",
    # "2019. 05. 08.-i"
    rf"{_NUM_L}(?P<DATE__spaced>{_DAY}\.[ ]?(?:0?[1-9]|1[0-2])\.[ ]{_YEAR4}\.?"
    rf"|{_YEAR4}\.[ ](?:0?[1-9]|1[0-2])\.[ ]?{_DAY}\.?(?:-[a-záéíóöőúüű]{{1,3}})?"
    # (and a form's slashes with spaces: "11 / 08 / 1957")
    rf"|{_DAY}[ ]/[ ](?:0?[1-9]|1[0-2]|{_DAY})[ ]/[ ]{_YEAR4}){_NUM_R}",
    # a Thai month abbreviated, with the Buddhist year's last two digits: "18 ต.ค. 66" (before
    # the next branch, which would take the day and the month alone)
    rf"{_NUM_L}(?P<DATE__thai>{_DAY}[ \t]+{_THAI_MONTH_ABBREVIATION}[ \t]?\d\d)(?!\d)",
    # a day and a month named in another language: "12 gennaio 2024", "5 de maio de 1932",
    # "1er janvier" (a day with a full stop, "12. März", is the net's: see _net._word_dates)
    # (and the Catalan "d'" before a month that opens with a vowel: "9 d'octubre de 2024", the
    # Italian degree sign of the first: "1° gennaio")
    # (a Malay day's "hb", a Swedish ordinal's ":e", Filipino's "ng" before the month: "14hb
    # Mac 2024", "11:e mars", "16 ng Pebrero 2024")
    rf"(?:{_NUM_L}|(?<=ika-))(?P<DATE__intl>{_DAY}(?:er|º|ª|°|hb|:e|:a)?[ \t]{{1,2}}"
    r"(?:de[ \t]+|ng[ \t]+|d['’])?"
    rf"{_HIJRI_MONTH_HEAD}"
    rf"{FOREIGN_MONTH}\.?"
    rf"(?:,?[ \t]+(?:de[ \t]+|del[ \t]+)?(?:{_YEAR4}|{_OTHER_ERA_YEAR}))?)(?![\w-])",
    # a Spanish or Portuguese month abbreviated between a day and a year: "15-ENE-2024",
    # "03/Ago/24"
    rf"{_NUM_L}(?P<DATE__esd>{_DAY}(?P<_ses>[-/ ]){_IBERIAN_MONTH_ABBREVIATION}(?P=_ses)"
    rf"(?:{_YEAR4}|\d\d)){_NUM_R}",
    # the year first, the month abbreviated in English: "2024-Feb-26", "2019-May"
    rf"{_NUM_L}(?P<DATE__yMd>{_YEAR4}-{MONTH}(?:-{_DAY})?)(?![\w-])",
    # a day of the last, this or the next month, as old letters write it: "the 14th ult."
    rf"{_NUM_L}(?P<DATE__old>{_DAY}{_ORD}[ \t]+(?:ult|inst|prox)\b\.?)",
    # a date written in the boxes of a form, a digit to each: "0 4 / 1 1 / 1 9 5 2"
    rf"{_NUM_L}(?<!\d )(?P<DATE__boxed>\d[ ]\d(?:[ ]?[/.-][ ]?\d[ ]\d){{2}}(?:[ ]\d[ ]\d)?)"
    r"(?![ ]?[\d/.-])",
    # a date of the Islamic or the Persian calendar with its era: "1409/03/14 هـ", "1402/12/22 SH"
    rf"{_NUM_L}(?P<DATE__era>(?:1[34]\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]1[34]\d\d)"
    r"[ \t]?(?:هـ|ه|AH\b|SH\b|H\b))",
    # a Persian month whose name is a word elsewhere, with its year: "15 Mehr 1402"
    rf"{_NUM_L}(?P<DATE__persian>{_DAY}[ \t]+(?:Mehr|MEHR|mehr|Tir|TIR|tir|Dey|DEY|dey)"
    r"[ \t]+1[34]\d\d)(?!\d)",
]

# "years" after an age in other languages: "93 años", "92 ans", "93 taong gulang", "94 goda",
# "93 ára", "91-se", "97 tuổi", "94 yaşında"
_YEAR_WORDS = (
    "años|anos|ans|anni|jahre|jaar|år|ára|éves|goda|let|lat|sana|yaş|yasinda|taong|bliain"
    "|se|sal|jährige[rnms]?|jährig|jarige|årig[ae]?|vuotias|godine|godina|лет|года|سنة|عاما|वर्ष"
    "|yaşında|tuổi|tahun|साल"
)

_EXT = r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?"
# Between digit groups: a hyphen or a dot, a space on either side allowed ("555 - 0145"),
# or white space alone.
_GROUP_SEP = rf"(?:[ \t]?[{_DASH}.][ \t]?|\s)"
_NANP = rf"(?:\+?1[-.\s]?)?(?:\(\d{{3}}\)\s?|\d{{3}}{_GROUP_SEP})\d{{3}}{_GROUP_SEP}\d{{4}}{_EXT}"
# (a trunk zero in parentheses may have the area code's first digit glued to it: "+212 (0)5 35")
# (a group of one digit only after a separator, and eight digits in all: "+43 7252 5 49 87-420")
_INTL = (
    rf"\+(?=(?:[\s.()-]{{0,2}}\d){{8}})\d{{1,3}}(?:[\s.-]?\(\d{{1,4}}\)\d?)?"
    rf"(?:[\s.-]?\d{{2,5}}+|[\s.-]\d){{2,6}}{_EXT}"
)
_PHONE = rf"(?:{_NANP}|{_INTL}|\d{{10}})"
# an area code of two to four digits in parentheses, as other countries write it: "(028) 8542
# 3317", "(02) 8555 0199", "(11) 3555-0142", a trunk zero's before two digits ("(063) 41 2200",
# "(096) 41 228"), a Brazilian mobile's nine ("(11) 9 8742-1605")
_PAREN_AREA = (
    r"\(0?\d{1,3}\)[ \t]?\d{3,5}[ .-]?\d{3,4}|\(0\d{1,3}\)[ \t]?\d\d[ ]\d{3,4}"
    r"|\(\d\d\)[ \t]?9[ ]\d{4}-\d{4}"
)
# a trunk prefix, an area code and digits in 3-2-2 groups, as Russia and others write them:
# "8 912 555-44-10"
_GROUPS_322 = r"(?:\d[ -])?\(?\d{3}\)?[ -]\d{3}-\d{2}-\d{2}"
# a trunk zero and an area code before a hyphen, then digits apart by a space, as South Asia,
# the Gulf, the Netherlands and Sweden write them: "081-2555 091", "09666-555 710", "06-5550
# 417", "070-418 27 73", "010 - 411 72 90" (not "03-2024 0830")
_TRUNK_AREA = (
    r"0\d{1,4}(?:-| - )(?!(?:19|20)\d\d\b)(?:\d{3,4} \d{3,4}|\d{1,3}(?: \d\d\d?){2,3})(?!\d)"
)
# a trunk zero and an area code before a slash, as German-speaking countries write them, the
# number in groups: "02234/20 11 45", "07225 / 71 03" (eight digits at least, and not in a
# reference: "TC-0098/2024", "0416/0417", "0700/1400")
_AREA_SLASH = (
    r"(?<![\w/-])(?<!\d )(?=0(?:[ /-]{0,3}\d){7})"
    r"0\d{2,5}[ ]?/[ ]?\d{1,5}(?:[ -]\d{1,4}){1,4}(?![\d/])"
)
_PHONE_UNCUED = rf"(?:{_NANP}|{_INTL}|{_PAREN_AREA}|{_GROUPS_322}|{_TRUNK_AREA}|{_AREA_SLASH})"

# the word for a telephone in other languages
_PHONE_WORDS = (
    "[Cc]elular|[Cc]ellulare|[Hh]andy|[Tt]elefon[eo]?|[Tt]eléfono|[Tt]éléphone|[Tt]él|[Mm]óvil"
    "|[Mm]ovil|[Pp]ortable|GSM|[Kk]eitai|[Pp]uhelin|Durchwahl|Festnetz|Rufnummer|Natel"
)

# After a phone or fax cue, any grouping of seven digits or more ("070-555 12 34", "(41)
# 99555-0184", a trunk zero before the area code: "0 (212) 414 22 97")
_CUED_DIGITS = (
    r"(?:\d{10}|\d{7}|\d{3}-\d{4}"
    r"|(?=\+?(?:[ ()./-]{0,3}\d){7})\+?(?:0 )?\(?\d{2,5}\)?"
    # (German groups: "0581 7 38 02", "07252 / 46 2 18-9", "0621 43 77 28-0")
    # (not a date after it: "0581 7 38 02 14.03.2024")
    r"(?:(?![ ]?\d{1,2}\.\d{1,2}\.\d)(?:[ .-]?\d{2,5}+|(?:[ .-]|[ ]?/[ ]?)\d{1,5}+)){1,6})"
)
_PHONE_BRANCHES = [
    r"\b(?:fax|Fax|FAX|[Ff]aks|FAKS|[Tt]elefax|TELEFAX|[Tt]élécopieur)"
    rf"(?:\s*(?:#|no\.?|number|num))?\s*[:.]?\s*(?:is\s+|at\s+)?"
    rf"(?P<FAX__cue>{_PHONE}|{_CUED_DIGITS}){_NUM_R}",
    rf"(?:\b|(?<=[\s(=:;,|'\"]))(?P<PHONE__any>{_PHONE_UNCUED}){_NUM_R}",
    # a toll-free number spelt with letters: 1-800-FLOWERS, 1-888-GO-TILES
    # (any area code after the country's 1: "1-876-TAXI-247"), and as Britain, Australia and
    # New Zealand write them: 0800 555 TALK (not a time: "0800 GCS 10")
    r"(?:\b|(?<=\s))(?P<PHONE__vanity>"
    r"(?:\+?1[-. ]\(?\d{3}|(?:\+?1[-. ])?\(?8(?:00|33|44|55|66|77|88))\)?[-. ]"
    r"(?=[A-Z0-9-]{0,22}[A-Z])[A-Z0-9]{2,7}(?:-[A-Z0-9]{2,7}){0,2}"
    r"|(?:0800|0808|0508|1800|1300)[ -]\d{3}[ -][A-Z]{3,4})(?![\w-])",
    # after a cue in English or another language ("Mobil: 070-555 12 34")
    rf"\b(?:[Pp]hone|PHONE|[Tt]el|TEL|[Cc]ell|[Mm]obile?|MOBILE?|[Pp]ager|{_PHONE_WORDS})\b"
    rf"[^\n\d]{{0,20}}?(?P<PHONE__cue>{_CUED_DIGITS}{_EXT}){_NUM_R}",
    # an old number, its exchange named by a place or a word: "Tel. Kilbrack 9", "Telephone:
    # Stanmere 2041", "ph. 41-J" (a party line's letter), "CAnal 4416", "CHerry 4-7720" (the
    # exchange's first two letters in capitals, dialled)
    r"(?:\b(?:[Pp]hone|PHONE|[Tt]el|TEL|[Tt]elephone|TELEPHONE)\.?[ \t]*:?[ \t]+"
    r"|(?<![\w.])ph\.[ \t]+)"
    r"(?P<PHONE__exchange>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"(?:[A-Z][a-z]+\.?[ \t]){1,2}\d{1,5}(?:[ \t]?[A-Z]\b|-[A-Z]\b)?|\d{1,4}-[A-Z])(?![\w-])"
    rf"{_NOT_UNIT}(?![ \t]+times\b)"
    rf"|\b(?P<PHONE__dialled>[A-Z]{{2}}[a-z]{{2,10}}[ \t]\d(?:-\d{{4}}|\d{{3,4}}))\b{_NOT_UNIT}",
]


def _id_branch(
    name: str, cues: str, value: str = r"[A-Z0-9][A-Z0-9-]{3,19}", spaced: bool = False
) -> str:
    """A cued identifier: ``<cue> [#|:|No.|number] <value>`` with the value as the span.

    The value holds a digit (in its first word, or anywhere when it may hold ``spaced``
    words: a plate "LND 482 KJ"); it may stand in quotes; "_" may join the cue and "id"
    ("subscriber_id:").
    """
    sep = (
        r"(?:[\s_]*(?:#|No\.|no\.|NO\.|(?:No|no|NO|number|Number|NUMBER|num|ID|Id|id)\b))*"
        r"(?:[ \t]+(?:is|was))?"  # (as a message says it: "my Medicare number is 2953 ...")
        r"\s*[:#=]?\s*#?\s*['‘\"“]?"
    )
    # (the digit is looked for no further than the longest value reaches: unbounded, the
    # look-ahead read "MRN-MRN-MRN-..." to its end from each cue, in time quadratic in it)
    digit = (
        r"(?=[A-Za-zÄÖÜ0-9 ·-]{0,13}\d)" if spaced else r"(?=[A-Za-z0-9-]{0,40}\d|[A-Z]{1,3} \d)"
    )
    return rf"\b(?i:{cues}){sep}\b(?P<{name}>{digit}{value})(?![\w-])"


# An identifier after its cue: a code, a number written with thousands commas
# ("4,471,902"), digit groups split by single spaces ("881 22 0093 01"; the last may be
# one check digit: "5918 33207 2") or after a letter prefix and a space ("G 88213", "XYQ
# 8827 1190").
_ID_VALUE = (  # (digit groups may end with a letter or a reference after a hyphen:
    # "221 887 419J", Australia's Medicare "4117 26501 3-2" or "4126 55031 7 3")
    # (or full stops: "556.091-2", a Brazilian record's number with its check digit)
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?:-[\dXx])?(?![\d.])"
    r"|\d{2,6}(?: \d{2,6}){0,3}(?: \d{1,6}){1,2}(?:[A-Z]|-\d)?(?!\d)"
    r"|(?!ZIP\b)[A-Z]{1,3}(?: \d{2,10}){1,3}(?!\d)|[A-Za-z0-9][A-Za-z0-9-]{3,19})"
)
_ID_BRANCHES = [
    _id_branch("SSN__cue", r"SSN|[Ss]ocial [Ss]ecurity(?: [Nn]umber| [Nn]o\.?| #)?", r"\d{9}"),
    _id_branch(
        "MRN__cue",
        r"MRN|MR|Med(?:ical)?\.? [Rr]ec(?:ord)?\.?(?: [Nn]umber)?|[Mm]edical [Rr]ecord"
        r"|[Cc]hart|[Pp]atient ID|PID|Pt\.? ID|Hospital (?:No|Number|#)|Record"
        r"|NHI"  # New Zealand's National Health Index: "NHI ZRM47KT"
        r"|[Pp]rontu[aá]rio|PRONTU[AÁ]RIO",  # (Brazil's)
        _ID_VALUE,
    ),
    _id_branch(
        "HEALTH_PLAN__cue",
        r"[Hh]ealth [Pp]lan(?: ID| [Bb]eneficiary)?|[Mm]ember(?:ship)?(?: ID)?|[Ss]ubscriber"
        r"(?: ID)?|[Pp]olicy|[Ii]nsurance(?: ID)?|[Bb]eneficiary(?: ID)?|Medicare(?: ID)?"
        r"|Medicaid(?: ID)?|[Gg]roup|HICN|MBI|R[Xx] ?(?:GRP|Grp|ID)",
        _ID_VALUE,
    ),
    _id_branch(
        "ACCOUNT__cue",
        r"[Aa]ccount|[Aa]cct\.?|ACCT|[Bb]illing(?: [Aa]ccount)?|[Ee]ncounter|[Vv]isit|FIN|CSN"
        r"|[Ii]nvoice|IBAN|[Cc]redit [Cc]ard|[Cc]ard|[Ss]ort [Cc]ode|BSB",  # (a bank's branch)
        _ID_VALUE,
    ),
    _id_branch(
        "LICENSE__cue",
        r"[Dd]river'?s? [Ll]icen[cs]e|DL|[Ll]icen[cs]e|[Ll]ic\.?|DEA|NPI|[Pp]ermit"
        r"|[Pp]assport",
        _ID_VALUE,
    ),
    # a Brazilian professional council's number, its state before or after it: "CRM-SP
    # 148.332", "CRM: SP 162.884", "COREN-RS 287.114", "RQE 23.110", "CRESS 9ª Região 41.227"
    # (CRP, CRF, CRO and CRN only with their state: alone they are a protein, a renal failure)
    r"(?<![\w-])(?:(?:CRM|COREN|CREFITO|CRESS|CRBM|CRMV|RQE)(?:[-/ ][A-Z]{2}(?![\w-]))?"
    r"|(?:CRP|CRF|CRO|CRN|CRFa)[-/][A-Z]{2}(?![\w-]))"
    r"(?:[ \t]+\d{1,2}ª[ \t]+Região)?[ \t]*(?:n[º°o]\.?|nº)?[ \t:]*"
    r"(?P<LICENSE__council>(?:[A-Z]{2}[ \t])?\d{1,3}(?:\.\d{3})+(?:-\d)?|\d{3,7})(?![\w-]|\.\d)",
    # a Portuguese doctor's or pharmacist's number in the order: "cédula 39 801", "Cédula
    # Profissional n.º 49 117"
    r"(?<![\w-])(?:[Cc]édula|CÉDULA)(?:[ \t]+(?:[Pp]rofissional|PROFISSIONAL))?"
    r"(?:[ \t]+(?:n\.?[º°]|nº))?[ \t:]*(?P<LICENSE__cedula>\d{2,3}[ .]?\d{3})(?![\w-]|\.\d)",
    _id_branch(
        "CERTIFICATE__cue",
        r"[Cc]ertificate|[Cc]ert\.?|[Cc]ertification|[Bb]irth [Cc]ertificate",
        _ID_VALUE,
    ),
    _id_branch(
        "VEHICLE__plate",
        r"(?:(?:[Ll]icen[cs]e|[Vv]anity) )?[Pp]lates?(?: reads| number)?|[Tt]ag|[Vv]ehicle"
        r"(?: [Rr]egistration)?|[Rr]egistration|[Rr]eg\.?|[Rr]ego|[Rr]eg\.?nr\.?|[Ii]mmatriculation"
        r"|[Kk]ennzeichen|[Kk]enteken|[Kk]ontrollschild|[Pp]laka(?:s[ıi])?|[Ii]mmatricul[ée]e?"
        r"|[Tt]argat[oa]|[Tt]arga|[Mm]atr[ií]cula|[Pp]lacas?|[Pp]atente|[Nn]opol|SPZ",
        # "KJ·TR·54" (Chile); not France's social security number ("numéro d'immatriculation")
        r"(?![12] \d\d \d\d )[A-Z0-9][A-Z0-9 ·-]{1,12}[A-Z0-9]",
        spaced=True,
    ),
    # a plate after a word for a vehicle or for a plate that is a clinical word too ("carotid
    # plaque 120"): only letters and digits both, in capitals ("plaque F23 KXT", "moto KLM 48D")
    _id_branch(
        "VEHICLE__vehicle_word",
        # (and a German ambulance's, a hire car's or a firm's: "KTW MR-RK 2214", "Mietwagen
        # MR-TX 418", "Dienstwagen DÜW-LN 312", "Kennz. HI-KT 5520")
        r"[Pp]laque|[Mm]oto|[Cc]arro|[Cc]oche|KTW|RTW|NEF|NAW|Mietwagen|Dienstwagen|Firmenwagen"
        r"|Firmenfahrzeug|Kennz\.?|PKW|Pkw|LKW|Lkw",
        r"(?=[A-ZÄÖÜ0-9 -]{0,13}[A-ZÄÖÜ])(?=(?:[A-ZÄÖÜ0-9][ -]?){5})"
        r"[A-ZÄÖÜ0-9]{1,4}(?:[ -][A-ZÄÖÜ0-9]{1,4}){0,2}",
        spaced=True,
    ),
    _id_branch(
        "DEVICE__cue",
        r"[Ss]erial|S/N|SN|[Dd]evice(?: ID| [Ss]erial)?|UDI|IMEI|[Ii]mplant(?: ID)?"
        r"|[Pp]acemaker|[Ll]ot|LOT",  # a vaccine's or an implant's lot: "lot JEV23B14"
        # parentheses only in pairs, as a UDI's application identifiers: "(01)0761...(17)28",
        # not the one that closes "(lot U7114AA)"
        r"[A-Za-z0-9](?:[A-Za-z0-9-]|\(\d{1,4}\)){3,40}",
    ),
]

_SUFFIX = (
    grouped_alternation(
        sorted({*STREET_SUFFIXES, *(s.upper() for s in STREET_SUFFIXES)}, key=len, reverse=True)
    )
    + r"\b\.?"
)
_STATE_CODES = grouped_alternation(sorted(US_STATES))
_STATE_NAMES = grouped_alternation(sorted(US_STATES.values(), key=len, reverse=True))
_CAPWORD = rf"[{UPPER}][{UPPER}{LOWER}'.-]*"  # ("Tākapu Road", "Décarie")
_UNIT = (  # "Apt 4B", "apt 2R", "Unit 7", "# 12", "2nd Floor"
    r"(?:,?\s*(?:(?i:apartment|apt|app|suite|ste|unit|room|rm|floor|fl|bldg|trailer|trlr|space"
    r"|spc|lot|flat)(?![A-Za-z])|#)\.?\s*#?\s*[A-Za-z0-9-]{1,6}\b"
    r"|,?[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?i:fl|floor)\b\.?)?"
)
# (a Canadian unit before the house number, "807-1250 Quayside Dr"; a numbered street without
# its ordinal, as Calgary writes them: "203 15 Ave SE")
_STREET = (
    rf"(?:\d{{1,5}}-(?=\d{{1,6}} [A-Z]))?\d{{1,6}}[A-Za-z]?(?:[ \t]+1/2)?\s+(?:block\s+of\s+)?"
    r"(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    r"(?:\d{1,3} (?=(?:Ave|Avenue|St|Street)\b)"
    rf"|(?:(?:{_CAPWORD}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,4}}){_SUFFIX}"
    r"(?:[ \t]+\d{1,3}(?![\w/.:-]))?"  # County Road 14
    r"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?|[ \t]+(?:North|South|East|West)\b)?"
    rf"{_UNIT}"
)

# Streets of other countries: the word for a street and a name of up to four words, with
# the particles between them ("de la", "das", "della")
# (French, Belgian, Swiss and Quebec types, in lower case; "rang": a Quebec concession road)
_FRENCH_STREETS = (
    "rue|ruelle|avenue|av\\.|boulevard|bd|chemin|ch\\.|allée|allee|impasse|quai|place|pl\\."
    "|cours|square|route|rte|passage|voie|sentier|esplanade|promenade|faubourg|chaussée|drève"
    "|montée|rond-point|rang|lotissement|résidence|hameau|lieu-dit|cité"
)
_STREET_HEADS = grouped_alternation(
    sorted(
        {
            f
            for w in split_words(
                "calle avenida avda paseo plaza via viale piazza corso largo rua travessa praça"
                " rue chemin allée ulica strada calea aleea bulevardul jalan rehov prospekt carrera"
                " diagonal transversal heol andador pasadizo urbanización callejón corredor"
                " prolongación ampliación privada cerrada circuito retorno periférico ronda"
                " camino travesía glorieta rambla pasaje boulevard vereda alameda rodovia"
                " estrada ladeira passeig carrer avinguda plaça camí rúa lugar"
            )
            for f in (w.title(), w.upper())
        }
        # abbreviations with their full stop, and Cyrillic and Greek ones written in lower case
        | {"ul\\.", "Ul\\.", "C/", "Av\\.", "Avda\\.", "Pza\\.", "Pl\\.", "Ctra\\.", "Pg\\.",
           "Urb\\.", "Jl\\.", "Str\\.", "prosp\\.",
           "Bd\\.", "B-dul", "Bulevar", "Șos\\.", "Sos\\.", "Splaiul", "Piața"}
        | {"вул\\.", "ул\\.", "просп\\.", "бул\\.", "ж\\.к\\.", "кв\\.", "пер\\.", "улица",
           "вулиця", "проспект", "οδός", "Οδός", "οδ\\.", "Λεωφ\\.", "Λεωφόρος"},
        key=len,
        reverse=True,
    )
)
_PARTICLE = (
    r"(?:de la|de las|de los|de l'|del|de|du|des|dos|das|da|do|di|della|delle|dei|la|le|les|los"
    r"|las|d'|y)"
)
# a flat after the house number, as other countries write it: "apto 73", "lgh 1102", "m. 15"
FOREIGN_UNIT: Final = (
    r",?[ \t]*(?:(?i:apto|apt|ap|app|piso|dpto|depto|lgh|whg|bus|bte|m|kv|кв|int|interior|edif"
    r"|torre|stan|sala|cj|conj|casa|qd|lt|lote"
    r"|scala|bloco|bloc|blok|esc|escalera|portal|stiege|top|корп|стр|ет|ап|вх|бл|sc|et|bl)"
    r"\.?[ \t]*(?:\d{1,5}[A-Za-z]?|[A-ZА-Я]\d{0,2})\b"
    r"|,?[ \t]*(?i:parter|партер)\b"  # the ground floor
    r"|\d{1,2}\.[ \t]?(?:tv|th|mf)\b\.?)"  # a Danish floor and side: "3. tv."
)
# a title cut short inside a street's name: "Jl. Jend. Sudirman", "Jl. KH. Ahmad Dahlan"
_CUT_TITLE = rf"[{UPPER}][A-Za-z]{{0,3}}\.(?=[ \t]+[{UPPER}])"
_FOREIGN_STREET_NAME = (
    rf"(?:(?:{_PARTICLE}[ \t]*)?(?:{_CUT_TITLE}|[{UPPER}][\w'’-]*|\d{{1,3}}[A-Z]?(?=[ \t]+#))"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_CUT_TITLE}|[{UPPER}][\w'’-]*)){{0,3}}"
    rf"|[„\"«][{UPPER}][^“\"»\n]{{0,40}}[“\"»])"  # in quotes: 'бул. „Пещерско шосе“'
)

# Places: the branches that start with a house's number, those led by a word, and a state
# and its ZIP code (a pass of its own, STATE_ZIP)
_PLACE_NUMERIC_START = [
    rf"(?<![\w.-])(?P<STREET_ADDRESS__street>{_STREET})",
    # a street of another country, number first: "14 rue des Lilas", "3 bis, Avenue Foch",
    # "2250 Calle Los Olivos #5"
    # (a comma after the number only before a French street, as Quebec writes it: "4471, rue
    # Saint-Denis"; "4000, ул. ..." is a postcode before its street)
    rf"(?<![\w.-])(?P<STREET_ADDRESS__nfirst>\d{{1,5}}(?:[ \t]?(?:bis|ter)\b)?"
    rf"(?:,(?=[ \t]+(?:{_FRENCH_STREETS})(?!\w)))?[ \t]+"
    rf"(?:{_FRENCH_STREETS}|{_STREET_HEADS})[ \t]+{_FOREIGN_STREET_NAME}{_UNIT})",
    # a house on a numbered road: "4400 Route 23 South", "1250 State Hwy 7"
    r"(?<![\w.-])(?P<STREET_ADDRESS__route>\d{1,6}[ \t]+(?:(?:State|County|US|U\.S\.)[ \t]+)?"
    r"(?:Route|Rte\.?|Highway|Hwy\.?|Road|Rd\.?)[ \t]+\d{1,4}[A-Z]?\b"
    r"(?:[ \t]+(?:North|South|East|West|[NSEW]\b))?)",
    # the crosses and mains of Bengaluru's grid: "3rd Cross, 5th Main"
    r"\b(?P<STREET_ADDRESS__grid>\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main)(?:[ \t]+Road)?)\b",
]
_PLACE_WORD_START = [
    # Indonesia's neighbourhood and hamlet units of an address: "RT 002/RW 005", "RT.04/RW.02"
    r"\b(?P<STREET_ADDRESS__rtrw>RT\.?[ \t]?\d{1,3}[ \t]?/[ \t]?RW\.?[ \t]?\d{1,3})\b",
    r"\b(?P<STREET_ADDRESS__pobox>(?:P\.?\s?O\.?\s?(?:Box|BOX)|Post Office Box|POST OFFICE BOX"
    r"|(?:RR|Rural Route|HC|PSC|CMR|Unit|UNIT)\s*\d{1,5},?\s+(?:Box|BOX)|Private Bag|PRIVATE BAG)"
    r"\s+[A-Z]?\d{1,6}[A-Za-z]?)\b",
    r"\b(?:ZIP|Zip|zip)(?:\s*[Cc]ode)?\s*[:#]?\s*(?P<ZIP__cue>\d{5}(?:-\d{4})?)(?![\w-])",
    r"\b(?:[Pp]ostal [Cc]ode|[Pp]ostcode|[Pp]ostnummer|[Pp]ostnr\.?|PLZ|CEP|[Cc]ódigo [Pp]ostal"
    r"|[Cc]odice [Pp]ostale|[Cc]ode [Pp]ostal|[Pp]ostleitzahl|[Kk]od [Pp]ocztowy|[Ee]ircode)"
    # (a British postcode ends with letters: "CF37 2RT")
    r"\s*[:#]?\s*(?P<ZIP__postal>[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z0-9][A-Z0-9 -]{2,8}\d)\b",
    # a unit before the street number: "Flat 2, 14 Wexford Mews", "Unit 7/22 Kookaburra Cres";
    # a house, plot or numbered street as South Asia, the Gulf and East Africa write them:
    # "House No. 14, Nii Okaiman Link", "Villa 27, Street 14b", "Kebele 07, House No. 512"
    # "Blk 12 Lot 7 Sampaguita St." (a Philippine block and lot)
    r"\b(?P<STREET_ADDRESS__unit>(?:Apt|APT|Apartment|Unit|UNIT|Flat|Suite|Ste|STE|Space|Lot"
    r"|Trlr|Trailer|Bldg|House|Villa|Plot|Kebele|Street|Sector|Blk)\.?\s*"
    r"(?:No\.?\s*)?#?\s*(?=[A-Za-z0-9-]{0,5}\d)[A-Za-z0-9][A-Za-z0-9-]{0,5})"
    r"(?=,|/\d|[ \t]+Lot\b)",
    # a rural delivery route and its box, a mail bag, a post office's box in another
    # language, mail held at the post office: "R.F.D. No. 2", "Rte. 1, Box 44", "R.R. 2,
    # Site 7, Box 11", "RMB 2241 Toogong Rd", "RD 2, Glenmorven", "Locked Bag 14", "Posbus
    # 118", "C.P. 1142, succ. Hull", "General Delivery"
    r"\b(?P<STREET_ADDRESS__rural>(?:(?:R\.[ ]?F\.[ ]?D\.|RFD|R\.[ ]?R\.|RR|Rte\.?|RTE|RT|Route"
    r"|ROUTE|RMB|RD|Locked Bag|LOCKED BAG|Posbus|POSBUS)[ \t]*(?:No\.[ \t]*|#[ \t]*)?\d{1,5}"
    r"(?:,?[ \t]+(?:Site[ \t]+\d{1,3},?[ \t]+)?(?:Box|BOX)[ \t]+\d{1,5}"
    r"|[ \t]+[A-Z][a-z]+[ \t]+(?:Rd|Road|Lane|Ln|Track)\b\.?)?"
    r"|C\.P\.[ \t]*\d{1,6},?[ \t]+succ(?:\.|ursale)[ \t]+[A-Z][\w-]+"
    r"|General Delivery|GENERAL DELIVERY)(?![\w-]))",
    # a numbered county or state road: "County Road 14", "State Highway 2"
    r"\b(?P<STREET_ADDRESS__road>(?:County|State|Farm to Market) (?:Road|Rd\.?|Highway|Hwy\.?"
    r"|Route|Rte\.?) \d{1,4}[A-Z]?)\b",
    # a street named first, its number after: "Calle Mayor 12, 3º B", "Via Roma 12", "Rua das
    # Flores, 123", "ul. Marszałkowska 84/92 m. 15"
    rf"\b(?P<STREET_ADDRESS__intl>(?:{_STREET_HEADS})[ \t]+{_FOREIGN_STREET_NAME},?[ \t]+"
    # "No. 45", "d. 51", "Carrera 43A # 14-109" (Colombia: the street, then "#" and the cross
    # street with the house's distance along it)
    # ("№ 56", "nr. 46", "д. 14", "буд. 20")
    r"(?:[Nn][º°o]\.?[ \t]*|d\.[ \t]*|#[ \t]*|№[ \t]*|nr\.[ \t]*|д\.[ \t]*|буд\.[ \t]*)?"
    r"(?:\d{1,2}\.\d{3}(?![\d.])|\d{1,5}[A-Za-z]?)(?:[/-]\d{1,4})?"  # (Brazil's "2.210")
    # a flat or two ("Torre 2, Apto 1502"), or a floor and side: "3º B", "2.º Esq."
    rf"(?:(?:{FOREIGN_UNIT}){{1,4}}"
    r"|,?[ \t]*\d{1,2}(?!\d)\.?[º°ª]?(?:[ \t]?(?:Esq|Dto|Izq|[A-Z])\b\.?)?)?)",
]
_STATE_ZIP_BRANCH = (
    # City, ST 12345 / City, State 12345-6789 -- the city is its own group in a separate pass;
    # (?=[A-Z]) passes over most commas (before a lower-case word or a number) in one test;
    # or in a row's cells: "|Drums|PA|18222|", "Weatherly\tPA\t18255"
    rf"(?:,\s*|(?P<_cell>[|\t])[ ]*)(?=[A-Z])(?:{_STATE_CODES}|{_STATE_NAMES})"
    rf"(?(_cell)[ ]*(?P=_cell)[ ]*|,?\s+)(?P<ZIP__state>\d{{5}}(?:-\d{{4}})?)(?![\w-])"
)

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_NET_BRANCHES = [
    # also a defanged link ("hxxps://drive.example[.]com/...") and a local file's
    r"(?P<URL__scheme>\b(?:h[tx]{2}ps?|ftp|file)://(?:[^\s<>\"'\[\]()]|\[\.\])+"
    r"[^\s<>\"'\[\]().,;:!?])",
    r"(?P<URL__www>\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>\"'\[\]()]*"
    r"[^\s<>\"'\[\]().,;:!?])?)",
    rf"(?<![\w.])(?P<IP__v4>{_OCTET}(?:(?:\.|\[\.\]){_OCTET}){{3}}(?:/\d{{1,2}})?)(?!\w|\.\d)",
    r"(?<![\w:])(?P<IP__v6>(?=[0-9A-Fa-f:]*[0-9A-Fa-f])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
    r"(?:%\w+)?)(?![\w:])",
]

_MISC_BRANCHES = [
    # (a hyphen between spaces too: "431 - 67 - 2259")
    rf"(?<![\w-])(?P<SSN__dash>(?!000|666|9\d\d)\d{{3}}(?P<_sssn>[ {_DASH}]|[ ][{_DASH}][ ])"
    r"(?!00)\d{2}(?P=_sssn)(?!0000)\d{4})(?![\w-])",
    # VIN: 17 characters, at least three digits and three letters (ISO 3779 excludes I, O, Q
    # but transcribed VINs often contain them, so they are accepted)
    r"\b(?P<VEHICLE__vin>(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{17})\b",
    r"\b(?P<AGE__phrase>(?:9\d|1[01]\d)(?:[- ](?:years?|yrs?|yr)[- ]old|\s?-?(?:y/o|y\.o\.|yo)\b"
    rf"|-year-old|[- ](?i:{_YEAR_WORDS})\b))",  # ("91 Jahre alt")
    # (and the word for age in other languages: "edad 91", "Alter: 93", "idade 94", "umur 92")
    r"\b(?:[Aa]ges?|AGES?|[Aa]ged|[Ee]dad|EDAD|[Ii]dade|[Ee]tà|[Ââ]ge|[Ll]eeftijd|[Åå]lder|[Ww]iek"
    r"|[Yy]aş|[Uu]mur|Alter|ALTER)"
    # ("Age/Sex : 91 Yrs / F", "age_at_filing": "90")
    r"(?:_years|_yrs|_at_[a-z]+|[ \t]?/[ \t]?(?:[Ss]ex|SEX|[Gg]ender|GENDER))?"
    r"\b['\"]?\s*[:=]?\s*['\"]?(?P<AGE__cue>0?(?:9\d|1[01]\d)"
    # (and the word for years after it: "Âge: 95 ans", "edad 91 años")
    r"(?:[ \t]?(?i:ans|años|anos|anni|jahre|jaar|år|lat|yaş|tahun|years|yrs)\b)?)"
    r"(?!\d|\.\d)",
]

# France's social security number (NIR) in its printed groups, its key last: "1 79 12 44
# 109 086 69" (sex, year, month, department or Corsica's 2A/2B, commune, order)
_NIR = (
    r"(?<![\w-])(?P<SSN__nir>[12] \d\d (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d\d|2[AB]) \d{3} \d{3}"
    r"(?: \d\d)?)(?![\w-])"
)

# a Hungarian month before its day with a full stop or a case ending: "október 14.",
# "március 5-én", "okt. 23-án" (its months are cue words)
_HUNGARIAN_DATE = (
    rf"(?<![\w-])(?P<DATE__hu>{_HUNGARIAN_MONTH}[ \t]+{_DAY}"
    r"(?:\.(?!\d)|-(?:[aáeé]n|j[aáeé]n|[aáeé]ig|ig|i|t[oóöő]l)(?![\w-])))"
)

_NUMERIC_START = [  # branches whose value starts with a digit, "(" or "+"
    _NET_BRANCHES[2],
    *_MISC_BRANCHES[:3],
    _NIR,
    *_PHONE_BRANCHES[1:3],
    *_DATE_BRANCHES[:3],
    *_DATE_BRANCHES[4:],
    *_PLACE_NUMERIC_START,
]
_WORD_START = [  # branches that start with a word (a cue, a month name, a scheme)
    *_NET_BRANCHES[:2],
    *_ID_BRANCHES,
    _MISC_BRANCHES[1].replace("VEHICLE__vin", "VEHICLE__vin2"),
    _MISC_BRANCHES[3],
    _PHONE_BRANCHES[0],
    _PHONE_BRANCHES[3],
    _PHONE_BRANCHES[4],
    _DATE_BRANCHES[3],
    _HUNGARIAN_DATE,
    *_PLACE_WORD_START,
]

# Cue words that may start an identifier branch, as whole words. By default a word is looked
# for in Title and UPPER case; "+" adds lower case, "=" means exactly as written, "_" is a space.
_CUE_WORDS = split_words(
    """=SSN social+ =MRN =MR =NHI med+ medical+ =Med. chart+ patient_id+ =PID =Pt hospital record+
    health+ member+ membership+ subscriber+ policy+ insurance_id+ beneficiary+ medicare
    medicaid group+ =HICN =MBI =RxGrp =RxGRP =RXGRP =RxID =RXID account+ acct+ billing+
    encounter+ =FIN =CSN invoice+ =IBAN sort_code+ =BSB
    credit+ card+ driver+ drivers+ =DL license+ licence+ lic+ =DEA =NPI permit+ passport+
    certificate+ cert+ certification+ birth_certificate+ plate+ tag+ vehicle+ registration+
    plates+ reg+ rego+ regnr+ reg.nr+ immatriculation+ kennzeichen+ kenteken+ targa+ matrícula+
    matricula+ placa+ placas+ patente+ nopol+ kontrollschild+ plaka+ plakası+ immatriculé+ =SPZ
    plaque+ moto+ carro+ coche+ targata+ targato+ =KTW =RTW =NEF =NAW mietwagen+
    vanity+ serial+ =S/N =SN device+ =UDI =IMEI implant+ pacemaker+ lot+
    age+ ages+ aged+ edad+ idade+ età+ âge+ leeftijd+ ålder+ wiek+ yaş+ umur+ =Alter =ALTER
    fax+ faks+ telefax+ télécopieur+ phone+ tel+ telephone+ cell+ mobile+ mobil+ pager+ celular+
    cellulare+ handy telefon+
    telefone+ telefono+ teléfono+ téléphone+ tél+ móvil+ movil+ portable =GSM keitai+ puhelin+
    =Durchwahl =Festnetz =Rufnummer =Natel =Dienstwagen =Firmenwagen =Firmenfahrzeug =Kennz.
    =PKW =Pkw =LKW =Lkw
    =CRM =COREN =CREFITO =CRESS =CRBM =CRMV =RQE =CRP =CRF =CRO =CRN =CRFa cédula+ prontuário+
    prontuario+
    zip+ postal+ postcode+ http+ https+ hxxp+ hxxps+ ftp+ =file: www+
    =P.O. =PO_Box =PO_BOX private_bag apt apartment unit flat suite ste space lot
    trlr trailer bldg house villa plot kebele street sector blk county state farm =RT =RT.
    =P.O._Box post_office_box+ rural_route+ =HC =PSC =CMR postnummer+ postnr+ =PLZ =CEP
    =R.F.D. =R._F._D. =RFD =R.R. =R._R. =RMB locked_bag posbus =C.P. general_delivery
    código_postal+ codice_postale+ code_postal+ postleitzahl+ kod_pocztowy+ eircode+
    calle avenida avda paseo plaza via viale piazza corso largo rua travessa praça rue chemin
    allée ulica =ul. =Ul. =C/ strada calea aleea bulevardul jalan rehov prospekt carrera diagonal
    transversal heol =Av. =Avda. =Jl. andador pasadizo urbanización callejón corredor prolongación
    ampliación privada cerrada circuito retorno periférico ronda camino travesía glorieta rambla
    pasaje boulevard vereda alameda rodovia estrada ladeira passeig carrer avinguda plaça camí
    rúa lugar =Pza. =Pl. =Ctra. =Pg. =Urb.
    =Str. =prosp. =вул. =ул. =просп. =Bd. =B-dul bulevar =Șos. =Sos. splaiul piața =бул.
    =ж.к. =кв. =пер. =улица =вулиця =проспект =οδός =Οδός =οδ. =Λεωφ. =Λεωφόρος
    january february march april may june july august september sept october november december
    jan feb mar apr jun jul aug sep oct nov dec
    január+ február+ március+ április+ május+ június+ július+ augusztus+ szeptember+ október+
    febr.+ márc.+ ápr.+ máj.+ jún.+ júl.+ szept.+ okt.+"""
)


def _cue_forms(words: tuple[str, ...]) -> set[str]:
    """Each cue word as it may be written (see :data:`_CUE_WORDS`)."""
    forms: set[str] = set()
    for w in words:
        base = w.strip("+=").replace("_", " ")
        if w.startswith("="):
            forms.add(base)
            continue
        forms.update({base.title(), base.upper()})
        if w.endswith("+"):
            forms.add(base)
    return forms


def _word_alternation(forms: set[str]) -> str:
    """The cue words as one alternation grouped by first character, then a word end.

    Grouping by first character lets the engine reject most positions after comparing a
    single character.
    """
    by_first: dict[str, set[str]] = {}
    for f in forms:
        by_first.setdefault(f[0], set()).add(re.escape(f[1:]))
    alts = [
        re.escape(c) + "(?:" + "|".join(sorted(rest, key=len, reverse=True)) + ")"
        for c, rest in sorted(by_first.items())
    ]
    return "(?:" + "|".join(alts) + ")(?![A-Za-z])"


# Where an identifier can start: after a character that is not a letter, digit or full stop
# (or at the start), either a cue word (or a 17-character VIN), or a number shaped like an
# identifier -- not every number (doses, vitals, lab values) is tried. The atomic group picks
# the kind once: a cue position is matched against the word branches only, a number position
# against the numeric branches only. One ``finditer`` then finds every value, resuming after
# each match, so no Python code runs for positions that are not identifiers.
_CUE_FORMS = _cue_forms(_CUE_WORDS)
# "RR" (a rural route, and a respiratory rate in every set of vitals) is a cue only before
# its box or a house number: as a plain cue word it sent every "RR 16" through the word
# branches. So are a route ("Rte. 1, Box 44"; "Route: IV" is none) and New Zealand's rural
# delivery before its town ("RD 2, Glenmorven"; "RD" is a dietitian too).
_CUE = (
    _word_alternation(_CUE_FORMS)
    + r"|(?:RR|R(?:te\.?|TE|T|oute|OUTE))(?=[ \t]*\d{1,3}(?:,?[ \t]+(?:Box|BOX)\b|,[ \t]+\d))"
    + r"|RD(?=[ \t]\d{1,2},[ \t]+[A-Z])|[A-Z0-9]{17}\b"
    + r"|ph\.|[A-Z]{2}(?=[a-z]{2,10}[ \t]\d(?:-\d{4}|\d{3,4})\b)"  # see PHONE__dialled
)
# What a cue or a VIN starts with: one class test passes over the separators before other
# words ("the", "year", "no") before the cue alternation is tried.
_CUE_START = "[" + "".join(sorted({re.escape(f[0]) for f in _CUE_FORMS})) + "A-Z0-9]"
_NUMBER = (
    rf"[(+]\d|\d{{4}}|\d{{3}}{_GROUP_SEP}\d|\d{{1,3}}\.\d{{1,3}}\.\d"
    r"|\d{1,2}[-/]\d{1,2}[-/]\d|\d{1,2}[-/][12]\d\d\d|1[-.\s]\(?\d{3}"
    r"|\d{1,3}(?:st|nd|rd|th|[A-Za-z])?(?:\s+day)?(?:\s+of)?(?:[\s-]+|/)[A-Z]"
    rf"|(?:9\d|1[01]\d)(?:[- ]?[yY]|-|[ \t](?i:{_YEAR_WORDS})\b)"
    r"|\d{1,2}[-./ ][IVX]{1,4}[-./ ]\d|\d{1,2}\. [IVX]{1,4}\.? \d|\d{1,2}\.[ ]?\d{1,2}\.[ ]\d{4}"
    r"|\d{1,2}[-–]\d{1,2}[ \t]+[A-Z]|\d{1,3}\[\.\]\d"
    r"|\d[ -]\(?\d{3}\)?[ -]\d{3}-\d\d-\d\d"
    r"|\d{1,6}\s+block\s|\d{1,3}[ \t]+1/2[ \t]"  # "22 1/2 Orchard Ln."
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:ult|inst|prox)\b|\d \d ?[/.-] ?\d \d"  # "14th ult."
    r"|\d{1,2} / \d{1,2} / \d"
    r"|0\d(?:-| - )\d"  # "06 - 7 43 12 88"
    r"|[12] \d\d \d\d (?:\d\d|2[AB]) \d"  # a French NIR
    # a month's name or a French street after a day or a house number (possessive: a number
    # is not tried again shorter)
    rf"|\d{{1,5}}+(?:er|º|ª|°|hb|:e|:a|[ \t]?(?:bis|ter)\b)?,?[ \t]+(?:de[ \t]+|ng[ \t]+|d['’])?"
    rf"(?:{FOREIGN_MONTH}|{_FRENCH_STREETS}|{_STREET_HEADS})"
)
# The commonest numbers that :data:`_NUMBER` rejects, rejected by one cheaper test first:
# up to three digits (and up to two decimals) before a lower-case word, ",;:)%" or the end
# of a sentence, or a ratio -- a dose, a vital sign, a count, a score ("120 mg", "98.6 and",
# "72,", "HR 72. Patient", "BP 120/80", "pain 4/10"; the last two took 7% of the scan's time
# on the padded benchmark notes). "of", "block" and "y" (a day of a month, a street block,
# an age), a month's name, a French street, "bis"/"ter" of a house number and "years" in
# another language are left to _NUMBER.
_NOT_NUMBER = (
    r"(?!\d{1,3}(?:\.\d{1,2})?(?:[ \t]+(?!of|block|[yY]|de[ \t]|ng[ \t]|d['’]|bis\b|ter\b"
    rf"|{_FOREIGN_MONTH_LOWER}|{_FRENCH_STREETS}|(?:{_YEAR_WORDS})\b)[a-z]"
    rf"|,(?![ \t]+(?:{_FRENCH_STREETS})(?!\w))|[;)%]|:(?![ea][ \t])"
    # (not before a Roman month or a month's number: "2. IV 2024", "3. 4. 2024")
    r"|\.(?:\s(?![IVX]{1,4}\.? \d|\d{1,2}\.[ ]?\d)|$)"
    r"|/\d{1,3}(?![\d/-]|\.\d)))"
)
_HEAD = (
    rf"(?>(?={_CUE_START})(?=(?P<_w>{_CUE}))|(?=[\d(+]){_NOT_NUMBER}(?={_NUMBER}))"
    rf"(?(_w)(?:{'|'.join(_WORD_START)})|(?:{'|'.join(_NUMERIC_START)}))"
)
_SCAN = r"(?<![\w.])" + _HEAD
# The same scan led by the character before the identifier, one that is not a letter, digit,
# "_" or "." (run over NUL + text). A pattern that starts with a character class lets the
# engine skip ahead in C to such characters instead of testing a look-behind at every
# position. ASCII text needs no further test; elsewhere the class takes every non-ASCII
# character and a look-behind drops letters.
_ASCII_SEP = r"[\x00-\x2d/:-@\[-^`{-\x7f]"
_UNICODE_SEP = r"[\x00-\x2d/:-@\[-^`{-\U0010ffff](?<!\w)"


# The state/ZIP branch is anchored on a comma and runs as its own pass (its match may overlap
# another one). Branch order matters only for matches at one position.
SCAN: Final = re.compile(_SCAN)
_SCAN_ASCII: Final = re.compile(_ASCII_SEP + _HEAD)
_SCAN_UNICODE: Final = re.compile(_UNICODE_SEP + _HEAD)
STATE_ZIP: Final = re.compile(_STATE_ZIP_BRANCH)
# one to three capitalised words right before a state and ZIP code (see city_before)
_CITY_BEFORE: Final = re.compile(
    rf"(?<![\w'’.-])(?:[{UPPER}][\w'’.-]*[ \t]){{0,2}}[{UPPER}][\w'’.-]*$"
)
_CITY_REACH: Final = 60
IPV6: Final = re.compile(_NET_BRANCHES[3])
_IPV6_HINT: Final = re.compile(r":[0-9A-Fa-f]{0,4}:")
# A device's hardware address, found by the IPv6 pass (its shape is one of IPv6's).
MAC_ADDRESS: Final = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}")
# The "@" as it may be written: a full-width "＠" or an HTML entity in text copied from a web
# page; a space may stand on either side in a scanned or pasted address ("sandra.k@
# comcast.net"). Both parts may hold any letter ("jose.conceição@", "@한국병원.kr"), the
# domain may be an IP address in brackets ("walt.k@[192.0.2.17]"), the address may stand in
# quotes ('guardian','N.Zulu@outlook.com').
_ATS: Final = ("@", "＠", "&#64;", "&commat;", "%40")  # and URL-encoded: "a.b%40example.net"
EMAIL: Final = re.compile(
    r"(?<![\w.%+-])(?<!\w['’])[^\W_][\w.%+'’-]{0,63} ?(?:@|＠|&#64;|&commat;|%40) ?(?:[^\W_]"
    r"(?:[\w-]{0,62}[^\W_])?(?:\.[\w-]{1,63})*\.[A-Za-z]{2,24}\b"
    r"|\[\d{1,3}(?:\.\d{1,3}){3}\])"
)
BARE_DOMAIN: Final = re.compile(
    r"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+"
    r"(?:com|org|net|edu|gov|mil|info|biz|io|us|co|health|care|clinic)(?:/[^\s<>\"'\[\]()]*"
    r"[^\s<>\"'\[\]().,;:!?])?(?![\w@-])"
)
_BARE_DOMAIN_HINT: Final = re.compile(
    r"\.(?:com|org|net|edu|gov|mil|info|biz|io|us|co|health|care|clinic)\b"
)

# a weekday, short or in full (lower case: used inside "(?i:...)")
WEEKDAY: Final = (
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)
# and in French, Spanish, Portuguese, Italian, German, Dutch, the Nordic languages, Polish,
# Turkish, Indonesian, Russian and Greek, in full or as Dutch and German write them short
# ("mardi 14 janvier", "lunes 7 de julio", "ma 4 nov.", "Mi., 3. April", "Senin, 26 Agustus",
# "Τρίτη 4 Μαρτίου")
FOREIGN_WEEKDAY: Final = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves"
    r"|viernes|s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|vr|za|zo|mo|mi"
    r"|(?:m[aå]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[oøö]rdag|s[oøö]ndag)(?:en)?"
    r"|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"  # Catalan
    r"|maanantai(?:na)?|tiistai(?:na)?|keskiviikko(?:na)?|torstai(?:na)?|perjantai(?:na)?"
    r"|lauantai(?:na)?|sunnuntai(?:na)?|poniedzia[lł]ek"  # (Finnish, "on Monday" too)
    r"|wtorek|[sś]roda|czwartek|pi[aą]tek|sobota|niedziela|pazartesi|sal[iı]|[cç]ar[sş]amba"
    r"|per[sş]embe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu"
    r"|понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье"
    r"|Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή"
)

# A month and day with no year ("LMP 6/12", "admitted 12/25", "on 3/4"), only after a word
# that takes a date (after a weekday: the net's, "Tues 9/17"). Found from its "/", which the
# engine finds fast, the word then checked before it: as cue words of SCAN, "on", "seen" and
# "today" cost a tenth of its time. A dose ("1/2 tab", "given 3/4 IV push") is not a date.
_DAY_AFTER_SLASH: Final = re.compile(
    r"/(?:0?[1-9]|[12]\d|3[01])(?![\d/%]|\.\d)"
    r"(?![ \t]*(?:of|(?i:tabs?|tablets?|caps?|pills?|doses?|strength|power|amps?|ampoules?|vials?"
    r"|iv|im|sc|sq|po|sl|units?|puffs?|drops?|ml|mg|mcg|g))\b)"
)
# A month and a day without a year after a word that dates something: "seen 3/14", "week of
# 7/10", "POD#2 (11/6)", "review 17/4" (a day first when it cannot be a month). "from" and
# "to" are weaker (see _WEAK_DATE_WORD): "pain from 8/10 to 3/10".
_DATE_WORD_AND_MONTH: Final = re.compile(
    r"\b(?i:on|since|until|till|through|thru|by|between|dated?|dos|lmp|edd|edc|dob|dod|doi"
    r"|admitted|discharged|seen|today|visit|appt|appointment|f/u|follow-up|surgery|week[ \t]+of"
    r"|(?P<review>review|(?:re)?check|clinic|tte|tee)"  # ("repeat TTE 3/12")
    r"|reviewed|(?:re)?checked|returned|started|stopped|held|resumed|drawn|collected|due"
    r"|placed|reported|delivered|filled|pronounced|received|sent|signed|performed|obtained"
    r"|scheduled|born|died|expired|hearing|bm|labs|completed|rec'?d|return|given|arrived|exp"
    r"|plan|s/p|d/c|dc'?d|mri|ct|cxr|echo|ekg|ecg|tha|tka|eval|evaluation|moved"
    r"|anticipated?|expected|released|delivery"
    r"|attended|visited|called|phoned|booked|rescheduled|cancell?ed|missed|postponed|faxed"
    r"|call|message|letter|e-?mail|fitted|implanted|inserted|removed|angiography|angiogram"
    r"|cath|catheterization|biopsy|procedure|operation"
    r"|onset|noticed|hosp|hospitali[sz]ed|admit|ed|rtw|resolved|exposed|exposure|diagnosed"
    r"|dx|tested|swabbed|vaccinated|immuni[sz]ed"
    rf"|{WEEKDAY}"
    r"|(?:pod|hd|dol)[ \t]?#?[ \t]?\d{1,3})"
    r":?\s+\(?(?P<first>0?[1-9]|[12]\d|3[01])$"
)
# "review 3/12" is one in three months in British notes (and 2/52 two weeks, 5/7 five days)
_FRACTION_OF_YEAR: Final = ("7", "12", "52")
# A month and a day after a word that may stand before a score too ("from 3/29", "between 4/20
# and 4/24", "PFTs of 1/10"; "pain from 8/10 to 3/10", "score of 4/5"): not over a scale's
# usual top
_WEAK_DATE_WORD: Final = re.compile(
    r"\b(?:from|to|of|and|at|for)[ \t]+\(?(?P<first>0?[1-9]|1[0-2])$"
)
_SCALE_TOPS: Final = ("4", "5", "6", "10")
# the tops of scales, fractions and British counts a month and day without a cue may be
_FRACTION: Final = re.compile(r"(?<![\w/.])(\d{1,3})/\d{1,3}(?![\w/])")
_COUNT_TOPS: Final = frozenset(split_words("2 3 4 5 6 7 8 9 10 12 52"))
# or before a time of day ("11/1 at 21:40", "7/21 1800"), or alone in a table cell ("| 9/6")
_TIME_AFTER: Final = re.compile(
    r"[ \t]+(?:at[ \t]+|@[ \t]*)?(?:[01]?\d|2[0-3])(?::?[0-5]\d(?![\d%])|[ \t]?[AaPp][Mm]\b)"
)
# a clock time with its colon right after one is no score's: "moved to 10/10 09:15"; nor is
# a morning or an afternoon ("Cath lab 3/5 AM", "earliest 1/10 PM"), unless it is half, a
# third or a quarter of a tablet ("1/2 AM")
_COLON_TIME_AFTER: Final = re.compile(
    r"[ \t]+(?:at[ \t]+|@[ \t]*)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"  # "3/6 at 2:15 PM"
)
_MERIDIEM_AFTER: Final = re.compile(r"[ \t]+(?:AM|PM|am|pm)\b")
# nor is one that heads an entry of a log after a dash or initials ("Visit 2 — 9/10: sleep
# 5 h"; not "CAS 2/7: TRAb", "bloods in 3/12: FBC")
_ENTRY_AFTER: Final = re.compile(r":[ \t]")
_DASH_BEFORE: Final = re.compile(
    r"(?:[—–-][ \t]+|(?:^|\n)[ \t]*[A-Za-z]{2,4}[ \t]+)(?:0?[1-9]|[12]\d|3[01])$"
)  # (or after initials or a note opening the line: "AR 2/3: aunt asks", "Note 3/13: failed")
_PARTS_OF_A_DOSE: Final = ("2", "3", "4")
# or before the next month and day of a range, itself not over a scale's top unless the first
# day is past any: "5/13 to 5/24", "1/22–2/4"
_RANGE_AFTER: Final = re.compile(
    r"[ \t]*(?:to|through|thru|until|and|-|–)[ \t]*(?:0?[1-9]|1[0-2])/"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?![\d/%]|\.\d)"
)
_CELL_BEFORE: Final = re.compile(r"(?:^|\|)[ \t]*(?P<first>0?[1-9]|1[0-2])$", re.MULTILINE)
_CELL_AFTER: Final = re.compile(r"[ \t]*(?:\||$)", re.MULTILINE)
_DATE_WORD_REACH: Final = 20
# or opening a line, as a terse note's entries do ("3/14: pt restless", "5/2 met w/ pt")
_LINE_START_BEFORE: Final = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?P<first>0?[1-9]|1[0-2])$", re.M)
_MONTH_DIGITS: Final = re.compile(r"(?<![\w/.:-])(?P<first>0?[1-9]|1[0-2])$")
# a month or a day before the slash of a date whose day or month follows (see _inverted)
_MONTH_OR_DAY: Final = re.compile(r"(?<![\w/.:-])(?P<first>0?[1-9]|[12]\d|3[01])$")
# what makes two numbers over a slash a ratio, a setting, a pair of sizes or a score: a unit
# after them ("8/2 mg", "4/3 mm") or a word before ("BiPAP 12/5", "PS 10/5", "pupils 4/3",
# "VA 6/5", "GCS 10/15", "EPDS 4/30")
_UNIT_AFTER_RATIO: Final = re.compile(
    r"[ \t]*(?:mg|mcg|µg|ug|g|ml|mL|L|h|hrs?|hours|mm|cm|cmH2O|mmHg|%|x)(?![A-Za-z])"
)
_RATIO_BEFORE: Final = re.compile(
    r"\b(?i:bipap|cpap|ipap|epap|peep|ps|niv|nippv|vent|settings?|avaps|pupils?|perrla?"
    r"|apgars?|tanner|va|vision|acuity|snellen|ratio|i:e|count|score|scored|total|occupied"
    r"|strength|power|pain|reflexes|pulses|murmur|grade|h/h|h&h|hgb/hct|bp|b/p|gcs|mmse|moca"
    r"|slums|gds|epds|mna|epworth|phq|gad|audit|ciwa|cows|bdi|bai|hads|nihss|braden|morse|cam"
    r"|rass|fim|berg|tinetti|barthel|katz|lawton|ecog|kps|pps|assessment|fluency|memory"
    r"|attention|orientation|recall|naming|language|visuospatial|abstraction"
    r"|page|pages|pg|seite|página|pagina|sida|side|sivu|strona|頁|頁次)\b"  # "Page 1/1"
    r"(?:-[0-9A-Za-z]{1,4}\b)?[^\n\d]*$"  # "GDS-15 6/15", "MNA-SF 6/14"
    # and an acuity past the eye's before it: "VA R 6/9 L 6/24"
    r"|\b(?i:va|vision|acuity|snellen|bcva|ucva)\b(?:[^\n\d]|\d{1,2}(?:\.\d)?/\d{1,3}(?!\d))*$"
)
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)[ \t]+$")
_DURATION_BEFORE: Final = re.compile(
    r"(?:\b(?i:for|x|over|past|last|age|aged|about|approx|within)|~)[ \t]*$"
)
_DURATION_AFTER: Final = re.compile(
    r"[ \t]*(?i:old|ago|hx|history|of|course|post|duration|onset|days?|months?)\b"
)
_RATIO_REACH: Final = 16
_LEADING_ZERO_MONTH: Final = re.compile(r"(?<![\w/.:-])0[1-9]$")
_DAY_FIRST_RANGE_BEFORE: Final = re.compile(
    r"(?<![\w/.:-])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])[ \t]*(?:to|-|–)[ \t]*"
    r"(?P<first>0?[1-9]|[12]\d|3[01])$"
)
_CLOCK_BEFORE: Final = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d[ \t]+(?P<first>0?[1-9]|1[0-2])$"
)
_RANGE_BEFORE: Final = re.compile(
    r"(?<![\w/.:-])(?:0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])[ \t]*"
    r"(?:to|through|thru|until|-|–)[ \t]*(?P<first>0?[1-9]|1[0-2])$"
)
# A month and day apart by a hyphen ("adm 12-3 w/ urosepsis", "10-22 0345 called to bed 4"),
# which a range of counts shares ("3-4 times", "on 2-4 L"): only after a word that dates an
# admission, a birth or a death, or opening a line before a time of day; never before a unit.
_DAY_AFTER_HYPHEN: Final = re.compile(
    r"-(?:0?[1-9]|[12]\d|3[01])(?![\d/%-]|\.\d)"
    r"(?![ \t]*(?i:x\b|times|tabs?\b|tablets?|caps?\b|puffs?|drops|mg|mcg|g\b|ml\b|l\b|units?"
    r"|d\b|days?|wks?\b|weeks?|mos?\b|months?|y\b|yrs?|years?|h\b|hrs?|hours?|min|cm|mm|per\b|/))"
)
_HYPHEN_DATE_WORD: Final = re.compile(
    r"\b(?i:adm|admit|admitted|disch|discharged|d/c'?d|dc'?d|seen|dob|dod|dos|lmp|edd|edc|born"
    r"|died|expired|dated?|pronounced|delivered|surgery|s/p)\.?:?[ \t]+(?P<first>0?[1-9]|1[0-2])$"
)
_TWO_DIGIT_MONTH: Final = re.compile(r"0[1-9]|1[0-2]")
_TWO_DIGIT_DAY_BEFORE: Final = re.compile(r"(?<![\w/.:-])(?P<first>0[1-9]|[12]\d|3[01])$")
_HYPHEN_LINE_START: Final = re.compile(r"^[ \t]*(?P<first>0?[1-9]|1[0-2])$", re.M)
_CLOCK_AFTER: Final = re.compile(r"[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d(?![\d%])")

_SCORES: Final[dict[str, float]] = {"PHONE__any": 0.7, "IP__v6": 0.8, "DATE__my": 0.8}


def _group_table() -> list[tuple[str, float] | None]:
    """``(entity, score)`` per group number of :data:`SCAN` (None for helper groups)."""
    table: list[tuple[str, float] | None] = [None] * (SCAN.groups + 1)
    for name, i in SCAN.groupindex.items():
        if not name.startswith("_"):
            table[i] = (name.split("__", 1)[0], _SCORES.get(name, 0.95))
    return table


_GROUPS: Final = _group_table()


_ODD_END: Final = frozenset(c for c in map(chr, range(128)) if re.fullmatch(r"[^\w.]", c))
_DOMAIN_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_LOCAL_CHARS: Final = _DOMAIN_CHARS | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ_%+'’")
_CHARS_TEXT: Final = {chars: "".join(sorted(chars)) for chars in (_DOMAIN_CHARS, _LOCAL_CHARS)}


# an aircraft's registration (an air ambulance's) in Canada, Britain, Australia, New Zealand
# and Ireland: "C-GBKA", "G-PMHX", "VH-FVX" (not "G-CSF", "c-ANCA", DICOM's "C-FIND", a
# claim's "C-FILE")
_AIRCRAFT_PREFIXES: Final = ("C-", "G-", "VH-", "ZK-", "EI-")
_WORD_OR_DASH: Final = re.compile(r"[\w-]")
_AIRCRAFT: Final = re.compile(
    r"(?:C-(?!FIND|FILE)[FGI][A-Z]{3}|G-[A-Z]{4}|(?:VH|ZK|EI)-[A-Z]{3})(?![\w-])"
)  # (led by its literals; the character before it is checked in Python)


def pattern_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for every pattern-based identifier in ``text``."""
    found = _scan_led(text)
    out = _scan(text) if found is None else found
    if "ika-" in text:  # a Filipino ordinal's prefix before a date's day: "ika-16 ng Pebrero"
        out = [
            (s - 4, e, entity, score) if entity == "DATE" and text.endswith("ika-", 0, s) else
            (s, e, entity, score)
            for s, e, entity, score in out
        ]
    if "," in text or "|" in text or "\t" in text:
        for m in STATE_ZIP.finditer(text):
            start, end = m.span("ZIP__state")
            out.append((start, end, "ZIP", 0.95))
            city = city_before(text, m.start())
            if city is not None:  # the city before ", ST 12345", whatever its words
                out.append((*city, "CITY", 0.9))
    if "/" in text:
        _month_days(text, out)
    if "-" in text:
        _hyphen_month_days(text, out)
        if any(prefix in text for prefix in _AIRCRAFT_PREFIXES):  # (a scan less for most)
            out += [
                (*m.span(), "VEHICLE", 0.9)
                for m in _AIRCRAFT.finditer(text)
                if m.start() == 0 or not _WORD_OR_DASH.match(text, m.start() - 1)
            ]
    if ":" in text and _IPV6_HINT.search(text):
        for m in IPV6.finditer(text):
            if _valid_ipv6(m.group()):
                out.append((m.start(), m.end(), "IP", 0.8))
            elif MAC_ADDRESS.fullmatch(m.group()):
                out.append((m.start(), m.end(), "DEVICE", 0.9))
    for at in _ATS:
        if at in text:
            _anchored(text, at, _LOCAL_CHARS, 64, EMAIL, "EMAIL", 0.99, out.append)
            if " " + at in text:  # "kwame.asante @ nhs.net": from the word before the space
                _anchored(text, " " + at, _LOCAL_CHARS, 64, EMAIL, "EMAIL", 0.99, out.append)
    hint = _BARE_DOMAIN_HINT.search(text)
    if hint is not None:
        for h in _BARE_DOMAIN_HINT.finditer(text, hint.start()):
            _expand_from(text, h.start(), _DOMAIN_CHARS, 253, BARE_DOMAIN, "URL", 0.85, out.append)
    return out


def city_before(text: str, end: int) -> tuple[int, int] | None:
    """The one to three capitalised words that end at ``end``, before a state and ZIP code
    (``FLAGSTAFF, AZ 86001``, ``Bisbee AZ 85603``): a city, whatever its words."""
    city = _CITY_BEFORE.search(text, max(0, end - _CITY_REACH), end)
    return None if city is None else city.span()


def _month_days(text: str, out: list[Raw]) -> None:
    """Add the months and days of :data:`_DAY_AFTER_SLASH` after a date word."""
    for m in _DAY_AFTER_SLASH.finditer(text):
        slash = m.start()
        if not text[slash - 1 : slash].isdigit():
            continue
        second = text[slash + 1 : m.end()]
        word = _DATE_WORD_AND_MONTH.search(text, max(0, slash - _DATE_WORD_REACH), slash)
        if word is None:
            word = _month_before(text, slash, m.end(), second)
            if word is None:
                continue
        elif word.group("review") and second.lstrip("0") in _FRACTION_OF_YEAR:
            continue
        if int(word.group("first")) > 12 and int(second) > 12:
            continue  # neither can be the month
        out.append((word.start("first"), m.end(), "DATE", 0.95))


def _hyphen_month_days(text: str, out: list[Raw]) -> None:
    """Add the months and days of :data:`_DAY_AFTER_HYPHEN` after a date word, or before a time
    of day when they open a line or are two digits each ("19-03 21:15")."""
    for m in _DAY_AFTER_HYPHEN.finditer(text):
        hyphen = m.start()
        reach = max(0, hyphen - _DATE_WORD_REACH)
        if not _MONTH_DIGITS.search(text, max(0, hyphen - 3), hyphen):
            word = None
        else:
            word = _HYPHEN_DATE_WORD.search(text, reach, hyphen)
            if word is None and _CLOCK_AFTER.match(text, m.end()):
                word = _HYPHEN_LINE_START.search(text, reach, hyphen)
        if (
            word is None
            and _TWO_DIGIT_MONTH.fullmatch(text, hyphen + 1, m.end())
            and _CLOCK_AFTER.match(text, m.end())
        ):  # a day and a month of two digits each before a time: "bezoek 19-03 21:15"
            word = _TWO_DIGIT_DAY_BEFORE.search(text, max(0, hyphen - 3), hyphen)
        if word is not None:
            out.append((word.start("first"), m.end(), "DATE", 0.95))


def _month_before(text: str, slash: int, end: int, day: str) -> re.Match[str] | None:
    """The month before the ``slash`` of a month and day without a date word before them,
    unless the day is a scale's top: after a word of :data:`_WEAK_DATE_WORD`, before a time
    of day or another month and day ("5/13 to 5/24"), alone in a table cell or opening a
    line; anywhere else unless the day is a common count's top or the pair stands among
    scores, before a unit or after a word of a score, a ratio or a dose ("adm 10/16",
    "BMP 10/15 at Quest", not "GCS 10/15", "Norco 10/15")."""
    reach = max(0, slash - 8)
    if _LEADING_ZERO_MONTH.search(text, reach, slash):  # "01/10 08:50": no score is written so
        return _MONTH_DIGITS.search(text, reach, slash)
    if len(day) == 2 and day[0] == "0":  # nor so: "11/07", "18/03"
        return _MONTH_OR_DAY.search(text, reach, slash)
    if (
        _COLON_TIME_AFTER.match(text, end)
        or (day not in _PARTS_OF_A_DOSE and _MERIDIEM_AFTER.match(text, end))
        or (_ENTRY_AFTER.match(text, end) and _DASH_BEFORE.search(text, reach, slash))
    ):  # a month and day, or a day and month ("RN 22/2 19:40", "Visit 2 — 9/10: sleep")
        first = _MONTH_OR_DAY.search(text, reach, slash)
        if first is None or (int(first["first"]) > 12 and int(day) > 12):
            return None
        if _RATIO_BEFORE.search(text, max(0, first.start() - _RATIO_REACH), first.start()):
            return None  # a score at a time: "strength 4/5 at 10:00"
        return first
    inverted = _MONTH_OR_DAY.search(text, reach, slash)
    if inverted is not None and _inverted(text, inverted, slash, end, day):
        return inverted
    after_range = _RANGE_BEFORE.search(text, max(0, slash - 16), slash)
    if after_range is not None and int(after_range["day"]) > 12:
        return after_range  # the end of a range from a day no scale's top is: "1/22–2/4"
    window = text[max(0, slash - 16) : slash]
    if "/" in window:
        day_first = _DAY_FIRST_RANGE_BEFORE.search(text, max(0, slash - 16), slash)
        if day_first is not None:
            return day_first  # or from a day and month: "(away 25/1–1/2)"
    if ":" in window:
        timed = _CLOCK_BEFORE.search(text, max(0, slash - 12), slash)
        if timed is not None:
            return timed  # after a time of day: "14:10 8/10 SpR addendum"
    if day.lstrip("0") in _SCALE_TOPS or _score_out_of(text, slash, day):
        return None
    if after_range is not None:  # the end of a range: "3/18 - 3/19"
        return after_range
    weak = _WEAK_DATE_WORD.search(text, reach, slash)
    if weak is not None:
        return weak
    next_day = _RANGE_AFTER.match(text, end)
    if _TIME_AFTER.match(text, end) or (
        next_day is not None
        and (int(day) > 12 or next_day["day"].lstrip("0") not in _SCALE_TOPS)
    ):
        return _MONTH_DIGITS.search(text, reach, slash)
    if _CELL_AFTER.match(text, end):
        cell = _CELL_BEFORE.search(text, reach, slash)
        if cell is not None:
            return cell  # (a date at the end of a line is judged as one in running text)
    line_start = _LINE_START_BEFORE.search(text, reach, slash)
    if line_start is not None:
        return line_start
    # anywhere else, recall first: a month and a day are a date unless the day is the top of
    # a common scale or count ("2/3 of", "8/9", "3/7 days", "9/12" months), a unit follows
    # or a word of a score or ratio stands before ("GCS 10/15", "H/H 9/27", "Norco 10/15")
    if day.lstrip("0") in _COUNT_TOPS or _UNIT_AFTER_RATIO.match(text, end):
        return None
    if any(int(m.group(1)) > 12 for m in _FRACTION.finditer(text, max(0, slash - 40), end + 40)):
        return None  # among scores: "attention 14/18, memory 13/26, fluency 8/14"
    month = _MONTH_DIGITS.search(text, reach, slash)
    reach = max(0, month.start() - _RATIO_REACH) if month is not None else 0
    if month is None or _RATIO_BEFORE.search(text, reach, month.start()):
        return None
    before = _WORD_BEFORE.search(text, reach, month.start())
    return None if before is not None and before.group(1).lower() in drug_names() else month


def _inverted(text: str, first: re.Match[str], slash: int, end: int, second: str) -> bool:
    """Whether the numbers around ``slash`` are a day and month no score can be, its first
    number over its second ("echo 11/3", "transcribed 20/4"; a score is never over its top),
    and no ratio, setting or duration either: not before a unit, not after a word of
    :data:`_RATIO_BEFORE`, not a British count of days, months or weeks ("10/7", "24/7")."""
    if int(first.group("first")) <= int(second):
        return False
    if second.lstrip("0") in _FRACTION_OF_YEAR and not _day_of_july_or_december(
        text, first, end, second
    ):
        return False
    if _UNIT_AFTER_RATIO.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, first.start() - _RATIO_REACH), first.start())
    if before is not None and before.group(1).lower() in drug_names():
        return False  # a dose's strengths: "buprenorphine/naloxone 8/2"
    return _RATIO_BEFORE.search(text, max(0, first.start() - _RATIO_REACH), first.start()) is None


def _day_of_july_or_december(text: str, first: re.Match[str], end: int, second: str) -> bool:
    """Whether a day past any month's number over 7 or 12 is a date ("ED 16/7", "GP 16/12"),
    not a count of days or an age in months: not round the clock ("24/7"), nor after or before
    a word of a duration or an age ("for 14/7", "aged 18/12", "16/7 hx", "18/12 old")."""
    start = first.start()
    if int(first.group("first")) <= 12 or second == "52" or text.startswith("24/7", start):
        return False
    if _DURATION_BEFORE.search(text, max(0, start - 10), start):
        return False
    return _DURATION_AFTER.match(text, end) is None


def score_before(text: str, start: int) -> bool:
    """Whether a word of a score, a ratio or a setting (:data:`_RATIO_BEFORE`) stands
    shortly before ``start``: "Pain 9/10", "GCS 10/15", "PS 10/5"."""
    return _RATIO_BEFORE.search(text, max(0, start - _RATIO_REACH), start) is not None


def _score_out_of(text: str, slash: int, day: str) -> bool:
    """Whether a score out of ``day`` that no month can start stands shortly before
    ("named 18/20 pictures in Welsh and 11/20 in English")."""
    before = text[max(0, slash - 40) : slash]
    return any(int(m.group(1)) > 12 for m in re.finditer(rf"(\d+)/{day}(?!\d)", before))


def _scan(text: str) -> list[Raw]:
    """The matches of :data:`SCAN` as candidate spans."""
    out: list[Raw] = []
    for m in SCAN.finditer(text):
        i = m.lastindex or 0  # the value group closes last in every branch
        info = _GROUPS[i]
        if info is not None:
            start, end = m.span(i)
            out.append((start, end, info[0], info[1]))
    return out


def _scan_led(text: str) -> list[Raw] | None:
    """:func:`_scan` by the separator-led pattern, or None where it could differ.

    The led pattern consumes the separator before an identifier, so it differs from
    :data:`SCAN` only where one match ends with a separator and the next one starts right
    after it; such a text returns None.
    """
    padded = "\x00" + text  # like the start of the text to every look-behind of SCAN
    ascii_text = text.isascii()
    scan = _SCAN_ASCII if ascii_text else _SCAN_UNICODE
    out: list[Raw] = []
    for m in scan.finditer(padded):
        i = m.lastindex or 0  # the value group closes last in every branch
        info = _GROUPS[i]
        if info is None:
            return None
        start, end = m.span(i)
        last = padded[end - 1]
        if (last in _ODD_END or not (ascii_text or last.isalnum() or last in "_.")) and (
            SCAN.match(text, end - 1) is not None
        ):
            return None  # an identifier starts right after a separator this match took
        out.append((start - 1, end - 1, info[0], info[1]))
    return out


def _expand_from(
    text: str,
    anchor: int,
    chars: frozenset[str],
    limit: int,
    pattern: re.Pattern[str],
    entity: str,
    score: float,
    add: Callable[[Raw], None],
) -> None:
    """Walk back from ``anchor`` over ``chars`` and match ``pattern`` there, if it spans it."""
    floor = max(0, anchor - limit)
    i = floor + len(text[floor:anchor].rstrip(_CHARS_TEXT[chars]))  # walk back over chars
    while i > floor and not text[i - 1].isascii() and text[i - 1].isalnum():  # "conceição"
        i = floor + len(text[floor : i - 1].rstrip(_CHARS_TEXT[chars]))
    while i < anchor:
        m = pattern.match(text, i)
        if m is not None and m.end() > anchor:
            add((m.start(), m.end(), entity, score))
            return
        i += 1


def _anchored(
    text: str,
    needle: str,
    chars: frozenset[str],
    limit: int,
    pattern: re.Pattern[str],
    entity: str,
    score: float,
    add: Callable[[Raw], None],
) -> None:
    """Run :func:`_expand_from` at every occurrence of ``needle``."""
    i = text.find(needle)
    while i >= 0:
        _expand_from(text, i, chars, limit, pattern, entity, score, add)
        i = text.find(needle, i + 1)


def _valid_ipv6(candidate: str) -> bool:
    try:
        ipaddress.IPv6Address(candidate.split("%", 1)[0])
    except ValueError:
        return False
    return True
