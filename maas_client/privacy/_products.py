"""Medical devices and vehicles named by their maker and model, which stay: a product
identifies nobody ("Medtronic Percept PC", "Abbott FreeStyle Libre 2", "LIFEPAK 15", "2019
Toyota Tacoma"). Its serial number or plate does, and the typed detectors find those by
their cues ("serial", "S/N", "plate"), which end the product here.

A maker is a word of :data:`_MAKERS` not written as part of a person's name (no capitalised
word or title right before it: "Dr. Jane Abbott", "Harrison Ford"), and its model one to five
words after it, each capitalised or led by a digit, apart by single spaces. After a maker
that is a person's name too (Abbott, Ford, Hamilton), the model needs a word with a digit or
an inner capital ("Abbott FreeStyle Libre 2", "Hamilton C6"; not "Abbott Smith").
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import common_words, grouped_alternation, name_words, split_words

_VEHICLE_MAKERS: Final = frozenset(
    split_words(
        """Ford Toyota Honda Chevrolet Chevy Nissan Subaru Hyundai Kia BMW Mercedes-Benz
        Volkswagen Jeep Dodge GMC Tesla Mazda Lexus Audi Volvo Harley-Davidson Yamaha Buick
        Cadillac Chrysler Mitsubishi Acura"""
    )
)
_MAKERS: Final = (
    *split_words(
        """Medtronic Abbott Biotronik Fresenius Baxter Philips Siemens Stryker Zimmer Biomet
        DePuy Dexcom Insulet Tandem Omron Masimo Hamilton Dräger Draeger ResMed Respironics
        Edwards Teleflex Olympus Pentax Fujifilm Hologic Cochlear Oticon Phonak Invacare Hill-Rom
        Nihon Mindray Zoll Physio-Control Canfield Jobst Mölnlycke Coloplast ConvaTec Nellcor
        Covidien Alaris Inogen Sysmex Cepheid Nipro Terumo Nikkiso Gambro Roche Medela Ambu
        LIFEPAK Pfizer Moderna Sanofi Merck GSK GlaxoSmithKline AstraZeneca Novavax Janssen
        Seqirus Valneva Takeda Novartis Sandoz Teva Viatris Dynavax EuBiologics Varian Elekta
        Accuray Capintec Brainlab Orfit IBA Anzai BEBIG Theragenics Comecer Mirion Biodex"""
    ),
    *sorted(_VEHICLE_MAKERS),
)
# a plate after a vehicle's model, which ends the model: "Tesla RVN 5517", "Ford F-150
# PGX-2210", "Kia Carnival S 441 BKN" (letters and digits, in capitals; not "F-150", "CR-V")
_PLATE_AFTER_MODEL: Final = re.compile(r" (?:[A-Z]{1,3} \d{2,4}\b|[A-Z]{2,3}-?\d{3,4}\b)")
# makers of two words: "Boston Scientific", "GE Healthcare", "Smith & Nephew"
_TWO_WORD_MAKERS: Final = ("Boston Scientific", "GE Healthcare", "Smith & Nephew", "B. Braun",
                           "Welch Allyn", "Beckman Coulter", "Becton Dickinson", "Karl Storz",
                           "Zimmer Biomet", "Nihon Kohden", "Intuitive Surgical",
                           "St Jude Medical", "St. Jude Medical")  # fmt: skip
# a model's word: capitalised or led by a digit; not a serial number's or a plate's cue, nor a
# word of a firm's or a place's name ("Ford Motor Company", "Hamilton Health Sciences")
_NOT_MODEL = (
    "S/N|SN|Serial|SERIAL|Lot|LOT|ID|No|Plate|PLATE|VIN|Health|Healthcare|Sciences|Company|Co"
    "|Inc|Motor|Motors|Hospital|Center|Centre|Clinic|Group|University|College|School"
    "|Foundation|Institute|Medical|Dealership|Credit|Financial|Insurance|Plant|Factory|Street"
    "|Road|Avenue|County|City|Mr|Mrs|Ms|Miss|Dr|Prof"
)
# nor a state's or province's code before a postal code ("Hamilton ON L9C 3A6" is a town)
_STATE_AND_POSTCODE = r"[A-Z]{2},?[ ]+(?:\d{5}|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b"
# (or a product line in lower case before its model's number: "Roche cobas e801", "cobas c
# 702", "cobas 4800"; a word of English there ends the model: see product_ranges)
_MODEL_WORD = (
    rf"(?!(?:{_NOT_MODEL})\b|{_STATE_AND_POSTCODE})(?:[A-Z][\w+/.-]*|\d[\w+/.-]{{0,5}}(?!\w)"
    r"|[a-z]{3,12}(?= [a-z]?[ ]?\d)|[a-z]\d[\w-]{0,6}(?!\w)|[a-z](?= \d{3}))"
)
# (led by the makers' names, grouped by their first letters, so that the engine skips in C to
# the capitals that can start one; the word's start and a year before it are checked in
# Python: a look-behind or an optional year first made this scan try every position, a tenth
# of detect's time on the padded benchmark notes)
_LONGEST_FIRST = sorted((*_TWO_WORD_MAKERS, *_MAKERS), key=len)[::-1]
_PRODUCT: Final = re.compile(
    grouped_alternation([re.escape(maker) for maker in _LONGEST_FIRST])
    + rf"(?:[ ]{_MODEL_WORD}){{0,6}}"
)
# the model's code in brackets after its name, which stays with it: "Azure XT DR MRI SureScan
# (W1DR01)"; a serial number is longer ("RNB412587S") or has its cue ("(SN RNB412587S)")
_MODEL_CODE_AFTER: Final = re.compile(r" ?[(（](?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{2,7}[)）]")
_YEAR_BEFORE: Final = re.compile(r"(?<![\w.-])(?:19|20)\d\d $")
# a title or a capitalised word right before the maker: "Dr. Jane Abbott" (whether the word is
# a person's name is checked in product_ranges: "System Philips EPIQ" is a product)
_WORD_BEFORE: Final = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse|Sister)\.?|([A-Z][\w'’.-]*))[ \t]+$"
)


def product_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each maker and model in ``text`` (see the module)."""
    out: list[tuple[int, int]] = []
    for m in _PRODUCT.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_.'’&-"):
            continue  # inside a word
        maker, *model = m.group().split(" ")
        lower_case = next((i for i, w in enumerate(model) if w[0].islower()), None)
        if lower_case is not None and model[lower_case] in common_words():
            model = model[:lower_case]  # "Ford was 2 days late"
        if maker.lower() in name_words() and not any(map(_model_like, model)):
            continue  # a maker that is a name too, alone or before a name ("Abbott Smith")
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if before is not None and (before.group(1) is None or _name_word(before.group(1))):
            continue  # a person: "Dr Merck", "Harrison Ford"
        end = start + len(" ".join((maker, *model)))
        if model and (code := _MODEL_CODE_AFTER.match(text, end)) is not None:
            end = code.end()
        if maker in _VEHICLE_MAKERS:
            plate = _PLATE_AFTER_MODEL.search(text, start + len(maker), end)
            if plate is not None:
                end = plate.start()
        year = _YEAR_BEFORE.search(text, max(0, start - 5), start)
        out.append((start if year is None else year.start(), end))
    return out


def _name_word(word: str) -> bool:
    """Whether a capitalised ``word`` is a person's name ("Jane", "Harrison"), not a word
    naming the machine ("System", "Recorder", "AED")."""
    lowered = word.lower()
    return lowered in name_words() or (lowered not in common_words() and not word.isupper())


def _model_like(word: str) -> bool:
    """Whether ``word`` reads as a model's, not a name's: a digit, or a capital inside a word
    in mixed case ("FreeStyle"; not "ED" in "Hamilton ED", a town's emergency department)."""
    return any(c.isdigit() for c in word) or (
        not word.isupper() and any(c.isupper() for c in word[1:])
    )
