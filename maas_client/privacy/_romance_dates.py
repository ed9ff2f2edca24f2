"""Dates written in words in French, Italian, Spanish, Portuguese, Galician and Catalan.

Certificates and legal forms write a date out in full: "le vingt-trois août deux mille
vingt-quatre", "il primo gennaio 2025", "aos vinte e dois dias do mês de janeiro de dois mil e
vinte e cinco", "el quince de marzo". The typed scan finds a day in digits before a month's
name; here the day is a number word, and the year, when there is one, is digits or words.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import grouped_alternation, split_words
from ._span import Raw

_SCORE: Final = 0.85
# the months, lower-cased as these languages write them
_MONTHS: Final = split_words(
    """janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre gennaio febbraio marzo aprile maggio giugno luglio agosto settembre
    ottobre dicembre enero febrero abril mayo junio julio septiembre setiembre noviembre
    diciembre janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
    gener febrer març maig juny juliol agost setembre desembre xaneiro febreiro xuño xullo
    decembro"""
)
# and German's and Dutch's, for a month on its own (see _month_alone)
_GERMANIC_MONTHS: Final = split_words(
    """januar jänner februar märz april juni juli august oktober dezember januari februari maart
    mei augustus"""
)
# the days of a month in words (1 to 31) and the words of a year's number
_DAY_WORDS: Final = split_words(
    """premier un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
    quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois
    vingt-quatre vingt-cinq vingt-six vingt-sept vingt-huit vingt-neuf trente trente-et-un
    primo uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici
    quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitré
    ventitre ventiquattro venticinque ventisei ventisette ventotto ventinove trenta trentuno
    primero dos cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
    dieciséis dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintidos
    veintitrés veintitres veinticuatro veinticinco veintiséis veintiseis veintisiete
    veintiocho veintinueve treinta primeiro um dois três tres quatro cinco sete oito dez
    dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte trinta"""
)
_DAY = (
    "(?:"
    + "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
    + r")(?:[ -](?:et|e|y|i)[ -](?:un|um|uno|une|dois|duas|dos|tres|três|quatro|cinco|seis|sete"
    r"|oito|nove))?"
)
_NUMBER_WORD = (
    "mille|mil|mila|duemila|deux|dois|dos|vingt|venti|veinte|vinte|trente|trenta|treinta|trinta"
    "|et|e|y|i|un|um|uno|une|deux|due|tre|trois|tres|três|quatre|quattro|cuatro|quatro|cinq"
    "|cinque|cinco|six|sei|seis|sept|sette|siete|sete|huit|otto|ocho|oito|neuf|nove|nueve"
    "|dix|dieci|diez|dez|quatorze|veinticuatro|veinticinco|ventiquattro|venticinque"
    "|vingt-[a-z]+|venti[a-z]+|veinti[a-zé]+|duemilaventi[a-z]*|duemila[a-z]*"
)
_YEAR = (
    rf"(?:\d{{4}}|(?:deux mille|dos mil|dois mil|duemila[a-z]*)(?:[ -](?:{_NUMBER_WORD})){{0,4}})"
)
# the months in the lower-cased text, each after a space or an apostrophe: one search led by
# those characters, the months grouped by their first letter (a month's letters inside a
# word, "mai" in "email", do not count)
_MONTH_WORD: Final = re.compile(
    "[ '’\n\t(-]"
    + grouped_alternation(sorted({*_MONTHS, *_GERMANIC_MONTHS}, key=len, reverse=True))
    + r"(?![\w-])"
)
# A month on its own after a preposition of time is a date's element too, as "since December"
# is in English: "depuis novembre", "em junho/2024", "seit Dezember", "Anfang März", "fin
# janvier", "mi-juin", "a fine giugno". The words that place it in its month ("Anfang", "fin")
# are part of the span.
_PLACE_IN_MONTH: Final = re.compile(
    r"(?<![\w-])(?:fin|début|debut|mi|anfang|mitte|ende|início|inicio|fim|meados|finales"
    r"|principios|mediados|fine|inizio|metà|eind|begin|half|medio)(?:[ \t]+(?:de|di|del|d['’]))?"
    r"[ \t-]+$",
    re.IGNORECASE,
)
_TIME_PREPOSITION: Final = re.compile(
    r"(?<![\w-])(?:en|depuis|dès|courant|jusqu'en|em|desde|até|ate|nel|dal|in|im|seit|ab|bis"
    r"|vom|zum|hasta|durante|sinds|vanaf|tot|de|di|del|do|da|d['’])[ \t]*$",
    re.IGNORECASE,
)
_MONTH_CONTEXT_REACH: Final = 24
# the months that are words of other languages after "de" ("de mai multe ori": Romanian's
# "more"; "de marco": a landmark)
_AMBIGUOUS_AFTER_DE: Final = frozenset(("mai", "marco", "mei"))
_YEAR_AFTER_SLASH: Final = re.compile(r"/(?:19|20)\d\d(?!\d)")
# the day before a month, up to its preposition: "vingt-trois ", "primo ", "quince de ",
# "vinte e dois dias do mês de ", "nou d'", a legal text's "veintidós (22) días del mes de "
_DAY_BEFORE: Final = re.compile(
    rf"(?<![\w-]){_DAY}(?:[ \t]+\(\d{{1,2}}\))?"
    r"(?:[ \t]+(?:dias[ \t]+do[ \t]+mês|días[ \t]+del[ \t]+mes))?"
    r"[ \t]+(?:(?:de|del)[ \t]+|d['’])?$",
    re.IGNORECASE,
)
_DAY_REACH: Final = 60
_YEAR_AFTER: Final = re.compile(
    rf",?[ \t]+(?:(?:de|del)[ \t]+)?{_YEAR}(?![\w-])", re.IGNORECASE
)


def romance_date_spans(text: str, lowered: str) -> list[Raw]:
    """``(start, end, "DATE", score)`` for the dates in words of ``text`` (see above):
    ``lowered`` is the text in lower case (as long as it), where the months are looked for."""
    if text.isascii():
        return []  # (a note in these languages has accented letters: "août", "è", "mês")
    out: list[Raw] = []
    for month in _MONTH_WORD.finditer(lowered):
        start = month.start() + 1
        day = _DAY_BEFORE.search(text, max(0, start - _DAY_REACH), start)
        if day is None:
            alone = _month_alone(text, start, month.end())
            if alone is not None:
                out.append(alone)
            continue
        year = _YEAR_AFTER.match(text, month.end())
        out.append((day.start(), month.end() if year is None else year.end(), "DATE", _SCORE))
    return out


def _month_alone(text: str, start: int, end: int) -> Raw | None:
    """The month at ``start:end`` as a date on its own, after the words that place it in its
    month or after a preposition of time (:data:`_PLACE_IN_MONTH`, :data:`_TIME_PREPOSITION`),
    with a year after a slash ("junho/2024"); ``None`` after other words."""
    reach = max(0, start - _MONTH_CONTEXT_REACH)
    placed = _PLACE_IN_MONTH.search(text, reach, start)
    if placed is not None:
        start = placed.start()
    else:
        preposition = _TIME_PREPOSITION.search(text, reach, start)
        if preposition is None:
            return None
        word = preposition.group().strip(" \t").lower()
        if word in ("de", "d'", "d’") and text[start:end].lower() in _AMBIGUOUS_AFTER_DE:
            return None
    year = _YEAR_AFTER_SLASH.match(text, end)
    return (start, end if year is None else year.end(), "DATE", _SCORE)
