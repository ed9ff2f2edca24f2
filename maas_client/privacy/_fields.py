"""Values of labelled place, name and user-name fields: forms, key-value exports, logs, JSON.

``CITY: HAYS``, ``HOME CITY: TRUTH OR CONSEQUENCES``, ``ADDR1: PO BOX 2291``,
``"city": "Montréal"``, ``line: "77 Rue Saint-Denis, app. 402"``. The label says what the
value is, so the value is masked whatever its words are: a town named with common words, an
address in capitals or in another country's format, a nickname (``PREFERRED NAME: DUTCH``),
a person's name under a relative's key or under ``"name"`` in a record of a person
(``father_name=Gul Agha``, ``"name": "WATTS, Jarrah"``).
(Numbers and dates after their labels are the typed detectors' and the net's.)

Labels are found with ``str.find`` in the lower-cased text. A value runs to the end of its
field: a quote, a field separator (``|``, ``;``, ``&``, a tab, two spaces, a line end), the next
``Label:`` or a comma (the city, state and ZIP after a street are typed on their own).
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import (
    clinical_terms,
    common_words,
    derived_word,
    drug_names,
    find_all,
    inflected_from,
    safe_words,
)
from ._span import Raw

# label -> entity; "line" (an address line in FHIR) only before a quoted value
_LABELS: Final = {
    "city": "CITY",
    "town": "CITY",
    "county": "CITY",
    "addr": "STREET_ADDRESS",  # and "address"
    # "address" in other languages
    **dict.fromkeys(
        ("adresse", "adres", "adress", "dirección", "direccion", "domicilio", "indirizzo",
         "anschrift", "endereço", "endereco", "osoite"),
        "STREET_ADDRESS",
    ),
    "street": "STREET_ADDRESS",
    # an employer, which item 18 counts when it points at a patient: "Employer: Robins AFB
    # Credit Union", in other languages too
    **dict.fromkeys(
        ("employer", "arbeitgeber", "empleador", "employeur", "werkgever", "empregador"),
        "IDENTIFIER",
    ),
    "line": "STREET_ADDRESS",
}
# a town's labels in other languages, looked for only in a text with a letter outside ASCII
# (a note in those languages): "Localidad: Villaseca de Tormes", "Municipi:"
_OTHER_LANGUAGE_TOWN_LABELS: Final = dict.fromkeys(
    ("localidad", "localidade", "localitat", "localité", "municipio", "município", "municipi",
     "concelho", "freguesia", "población", "poblacion", "ciudad", "cidade", "naturalidade",
     "natural de", "lugar de nacimiento", "ville", "comune", "wohnort", "woonplaats",
     "miejscowość", "miasto", "città", "citta'", "frazione", "località", "provincia",
     "sigla provincia", "prov.", "geboorteplaats", "plaats"),
    "CITY",
)  # fmt: skip
# name labels, looked for only in a text with "name" or "alias" in it
_NAME_LABELS: Final = dict.fromkeys(
    (
        "last name", "first name", "middle name", "given name", "family name", "surname",
        "maiden name", "preferred name", "preferred", "nickname", "alias", "legal name",
        "full name", "pt_name", "patient_name", "other names",
        # a nickname in other languages
        "apelido", "apodo", "spitzname", "surnom", "soprannome", "bijnaam",
        # a surname and a given name in other languages, and as British forms ask for them
        "cognome", "nome", "nazwisko", "imię", "imie", "nachname", "vorname", "apellidos",
        "apellido", "nombres", "nombre", "nombre(s)", "apellido paterno", "apellido materno",
        "primer apellido", "segundo apellido", "sobrenome", "prénom", "prenom", "nom",
        "nom de naissance", "nom d'usage", "nom de jeune fille", "achternaam",
        "voornaam", "efternamn", "förnamn", "etternavn", "fornavn", "soyadı", "forenames",
        "forename",
        # the patient and the parts of a name in Central and Eastern Europe and Greece
        "pacjent", "pacient", "pacijent", "pacientas", "beteg", "hasta", "ασθενής", "пациент",
        "пацієнт", "пацијент", "піб", "фио", "ф.и.о.", "презиме", "име једног родитеља",
        "ονοματεπώνυμο", "όνομα πατρός", "όνομα μητρός", "επώνυμο", "vardas", "pavardė",
        "prenume", "jméno", "příjmení", "adı soyadı", "anne adı", "baba adı",
        # the patient in Spanish, Portuguese, Galician, Catalan, Italian and Dutch
        "paciente", "utente", "doente", "enfermo", "enferma", "paziente", "patiënt",
    ),
    "PERSON",
)  # fmt: skip
# what a text with a name's label holds: a word of one of the labels
_NAME_HINTS: Final = ("name", "alias", "apelido", "apodo", "spitzname", "surnom", "soprannome",
                      "bijnaam", "nome", "nazwisko", "imi", "nombre", "apellido", "prénom",
                      "prenom", "naam", "namn", "navn", "soyad", "forename", "pacjent",
                      "pacient", "pacijent", "beteg", "hasta", "ασθεν", "пациент", "пацієнт",
                      "пацијент", "піб", "фио", "ф.и.о", "презиме", "родитеља", "όνομα",
                      "ονοματεπώνυμο", "επώνυμο", "vardas", "pavard", "jméno", "příjmení",
                      "adı", "utente", "doente", "enferm", "pazient", "patiënt")
# labels of a part of a name, only on a line with a name label before them: "LAST NAME: SMITH
# FIRST: TONYA   MI: T", "Patient Name — First: WILHELMINA  MI: R  Last: STROUD" (elsewhere
# "First: check BP", "MI: 2019")
_NAME_PART_LABEL: Final = re.compile(r"(?:first|last|middle|mi)(?=[ \t]*[:=])")
# after the label: "ess" of "address", the rest of a key in snake case ("city_last_slept="), a
# digit ("ADDR1"), a closing quote, then ":", "=" or a form's dot leader ("Surname ........
# ASHWORTH") and an opening quote
_AFTER_LABEL: Final = re.compile(
    r"(?:ess)?(?:_[a-z]{2,12}){0,3}\d?[\")]?[ \t]*(?:[:=]|\.{3,}:?)[ \t]*(\[?\")?[ \t]*"
)
# and after an address's label, a word that says which one: "Adresse principale:", "Address
# (home):", "address line 1:"
_AFTER_ADDRESS_LABEL: Final = re.compile(
    r"(?:ess)?(?:[ \t]+\(?[a-zà-ü]{3,12}\)?)?(?:[ \t]+\d)?\d?[ \t]*(?:[:=]|\.{3,})[ \t]*"
    r"(\[?\")?[ \t]*"
)
# A value runs to a quote, a separator ("&" in a query string) or a comma (the city, state
# and ZIP after a street are typed on their own: "Lake Jamesside, NV 89012"), then is cut at
# two spaces or at the next "Label:" of up to three words.
_VALUE: Final = re.compile(r"[^\s\"|;&{}\[\],][^\"|;&\n\r\t{}\[\],]*")
# how far a value is read (a line of a thousand labels is not read to its end for each)
_VALUE_REACH: Final = 256
_ADDRESS_PARTS: Final = 16  # the most parts of an address after its street (see _rest_of_address)
_NEXT_LABEL: Final = re.compile(r"[ \t]+[A-Za-z]\w*(?: \w+){0,2}:")
# a unit after a street and a comma stays with it: "77 Rue Saint-Denis, app. 402"
_UNIT_AFTER: Final = re.compile(
    r",[ \t]*(?i:apt|app|apartment|appartement|unit|suite|ste|flat|lot|#)\.?[ \t]*#?[ \t]*"
    r"[\w-]{1,6}\b"
)
# the next part of an address after a comma or a full stop: words and numbers on the same
# line, up to the next comma, full stop and space, or separator
_ADDRESS_PART: Final = re.compile(
    r"\.?,?[ \t]?(?<![ \t]{2})([A-Za-z0-9\u00C0-\u024F(][^,;|&\n\r\t\"{}\[\]]*?)"
    r"(?=\.?(?:,|[ \t]{2}|[;|&\n\r\t\"]|$)|\. )"
)
# a town, a state's two letters and a ZIP code, which the typed detectors find and type
_TOWN_STATE_ZIP: Final = re.compile(r"[A-Z][\w .'-]*,?[ \t]+[A-Z]{2},?[ \t]+\d{5}\b")
_LOWER_WORDS: Final = re.compile(r"(?<![\w.])[a-z]+\b")
_LONGEST_PARTICLE: Final = 3  # "off Iwo Road", "Oaxaca de Juárez", "Heol y Wig"
# a landmark that a part of an address gives the way to, as South Asia and Africa write it:
# "behind Oja Oba mosque", "near Jamia Masjid", "opposite Al-Noor General Store"
_LANDMARK_WORDS: Final = 6  # "near Jamia Masjid Ghari"; not a sentence: "near the hospital we..."
_LANDMARK: Final = re.compile(
    r"(?:behind|near|opposite|opp\.|beside|next to|adjacent to|close to|in front of)[ \t]"
)
# the words for a street that other languages write in lower case: "4471, boul. Lévesque Est"
_STREET_WORDS: Final = frozenset(
    ("boul", "boulevard", "avenue", "chemin", "route", "place", "impasse", "allée", "quai",
     "cours", "calle", "carrera", "avenida", "strada", "piazza", "viale", "corso", "rua",
     "travessa", "ulica", "aleja", "straße", "strasse", "gasse", "porte", "casa", "piso")
)  # fmt: skip
# an "address" that is not a place: "e-mail address:", "IP address:"
_NOT_PLACE: Final = ("mail ", "mail_", "mail-", "ip ", "ip_", "mac ", "web ")
_SCORE: Final = 0.9
# titles before a name, which name no one: "Dña. Remedios Salcedo", "Sra. Dra. Pires", "Frau"
_TITLES_OPENING: Final = re.compile(
    r"(?:(?:Dr|Dra|Dña|Dª|Sr|Sra|Srta|Mr|Mrs|Ms|Miss|Herr|Frau|Mme|Mlle|Sig|Sig\.ra|Dott"
    r"|Dott\.ssa|Prof)\.?[ \t]+)+"
)
# the given names after a surname's comma, to the field's end: "QUESADA MORA, ISABEL   NHC:"
_GIVEN_NAMES_AFTER_COMMA: Final = re.compile(
    r",[ \t]?[A-ZÀ-Þ][\w'’-]*(?:[ \t][A-ZÀ-Þ][\w'’.-]*){0,2}(?=[ \t]{2}|[ \t]*(?:$|[\n|;\t]))",
    re.MULTILINE,
)
# words in lower case that are no particle of a name ("de", "van", "bin"): two make a sentence
_SENTENCE_WORDS: Final = re.compile(
    r"(?<![\w'’-])(?!(?:de|da|do|das|dos|del|della|di|du|van|von|der|den|la|le|bin|binti|al|el"
    r"|y|e|in|ten|ter|zu)\b)[a-zà-ÿ][\w'’-]*"
)
# the name a newborn is registered under before one is given, which names nobody
_NEWBORN_PLACEHOLDER: Final = re.compile(
    r"(?i:baby|infant|newborn)[ \t]+(?i:girl|boy)(?:[ \t]+[A-D])?"
    r"(?:[ \t]+\((?i:twin)[ \t]+[A-D]\))?"
)


# An address after a cue without a colon: "r/o H. No. 2271, Gali No. 4" (resident of, as
# Indian medico-legal records write it; elsewhere r/o is "rule out"), "residing at 14 ...",
# "address #47, 3rd Cross", "address 41 Tweed Street" (not an IP address)
ADDRESS_CUE_HINTS: Final = ("r/o ", "resid", "address ")  # what a text with one holds
_ADDRESS_CUE: Final = re.compile(
    r"(?<![\w/])(?:[Rr]/[Oo](?=[ \t]+(?:H\.? ?No|House|Flat|Plot|Door|Vill|Old No|#))"
    r"|[Rr]esident of|[Rr]esiding at|[Aa]ddress(?=[ \t]+(?:#|\d+[A-Za-z]?,?[ \t]+[A-Z])))[ \t]+"
)


# A user name after its label, in logs and exports: "user=mrodriguez", "login: jdoe4",
# "username": "k.obi", "user name: kszymanski", "Operator: lpeacock", "updated by user
# youngrachel"; the value may be in lower case.
_ACCOUNT_LABELS: Final = ("user", "login", "operator")
_AFTER_ACCOUNT_LABEL: Final = re.compile(r"(?:[ _]?(?:name|id))?\"?(?:[ \t]*[:=][ \t]*\"?| )")
# who did something, as exports and audit trails key it, before a colon, an equals sign or an
# XML element's text: "lastEditor": "lmarchetti", <SubmittedBy>lfranzen_admin</SubmittedBy>,
# "technologist": "p.okafor", "Reviewer: jkessler_RN"
_ACTOR_KEYS: Final = (
    "lasteditor", "editor", "submittedby", "enteredby", "createdby", "updatedby",
    "modifiedby", "exportedby", "signedby", "verifiedby", "approvedby", "performedby",
    "recordedby", "reviewer", "technologist", "scorer",
)  # fmt: skip
_ACTOR_LABELS: Final = ("reviewer", "technologist", "scorer")  # (and in plain text: "Reviewer:")
_AFTER_ACTOR_KEY: Final = re.compile(r"\"?(?:[ \t]*[:=][ \t]*\"?|>)")
_ACCOUNT_VALUE: Final = re.compile(r"[A-Za-z0-9][\w.@-]*[A-Za-z0-9]")
# a log's row: a time (a date before it) and then a user name in lower case that is no word,
# "04/08 03:14   rgillespie (FP-0041-R2)", "2024-11-04 08:12  kchoi  witness"
# (led by the line's newline, looked for in the text after one: a scan led by "^" tries every
# position, seven times slower)
_LOG_ROW_USER: Final = re.compile(
    r"\n[^\S\n]*(?:[\d/.-]{3,10}[^\S\n]+)?\d{1,2}:\d{2}(?::\d{2})?[^\S\n]+"
    # (the user's column ends at two spaces, a bracket or the line's end: not "08:15 gebeld
    # naar", "07:20 callback list")
    r"([a-z][a-z0-9]*(?:[._][a-z0-9]+)*)(?=[^\S\n]{2,}|[^\S\n]*\(|\n|$)"
)
_SHORTEST_LOG_USER: Final = 4


# XML elements that hold a part of a name or an address, as CDA and FHIR XML write them:
# "<given>Ray</given><family>Harlan-Pruitt</family>", "<city>Lubbock</city>" (not "<name>",
# which holds a drug's or a test's name as often as a person's)
_XML_ELEMENTS: Final = {
    **dict.fromkeys(
        ("given", "family", "firstname", "lastname", "middlename", "surname", "givenname",
         "familyname", "fullname", "patientname", "nickname", "maidenname"),
        "PERSON",
    ),
    **dict.fromkeys(("streetaddressline", "streetaddress", "street", "streetname"),
                    "STREET_ADDRESS"),
    **dict.fromkeys(("city", "town", "county", "district"), "CITY"),
    **dict.fromkeys(("postalcode", "zip", "zipcode", "postcode", "zip3", "zip5"), "ZIP"),
}  # fmt: skip
_XML_ELEMENT: Final = re.compile(
    r"<(?:\w+:)?(\w+)(?:[ \t][^<>]*)?>[ \t]*([^<>\s][^<>\n]{0,79}?)[ \t]*</"
)


# a key of a person's name in an export: "father_name=", "name_bn": (a script's suffix), and
# "name" in a record of a person (a birth date, a record number or a sex beside it; not a
# schema's, a device's or a drug's "name"); its value runs to its quote or the line's end, a
# comma inside ("WATTS, Jarrah")
# (found from each "name" with str.find: a regex led by the prefixes' letters tested a
# character class at every letter, 3% of detect's time on the padded benchmark notes)
_NAME_KEY_PREFIX: Final = re.compile(
    r"(?:\"|(?<![a-z])(?:patient|pt|father|mother|child|guardian|spouse|partner|parent|carer"
    r"|caregiver|nok|kin|contact|informant|relative|husband|wife|son|daughter)_)\Z"
)
_NAME_KEY_END: Final = re.compile(r"(?:_[a-z]{2})?\"?[ \t]*[:=][ \t]*\"?")
_LONGEST_NAME_KEY_PREFIX: Final = 12
_PERSON_RECORD: Final = re.compile(r"\"(?:dob|birth|mrn|urn|sex|gender|nhs|patient)")
_PERSON_RECORD_REACH: Final = 200
_NAME_VALUE: Final = re.compile(r"[^\W\d_][^\"|;&\n\r\t{}\[\]=]{0,60}")
_NAME_VALUE_WORDS: Final = 6
_NO_NAME_VALUES: Final = frozenset(("null", "none", "unknown", "n/a", "na", "not known"))


def _enclosing_object(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the braces of the JSON object around ``text[start:end]`` open and close, within
    :data:`_PERSON_RECORD_REACH` of it."""
    low = max(0, start - _PERSON_RECORD_REACH)
    opening = text.rfind("{", low, start)
    closing = text.find("}", end, end + _PERSON_RECORD_REACH)
    return (low if opening < 0 else opening, end + _PERSON_RECORD_REACH if closing < 0 else closing)


def _name_key_values(text: str, lowered: str) -> list[Raw]:
    """The values of the keys of a person's name (:data:`_NAME_KEY_PREFIX`): not a drug's or
    a clinical term's name ("name": "Sertraline")."""
    out: list[Raw] = []
    for _key, at in find_all(lowered, ("name",)):
        prefix = _NAME_KEY_PREFIX.search(lowered, max(0, at - _LONGEST_NAME_KEY_PREFIX), at)
        key_end = _NAME_KEY_END.match(lowered, at + len("name")) if prefix else None
        if prefix is None or key_end is None:
            continue  # ("device_name": no person's key)
        if prefix.group() == '"' and not _PERSON_RECORD.search(
            lowered, *_enclosing_object(lowered, at, key_end.end())
        ):
            continue
        value = _NAME_VALUE.match(text, key_end.end())
        if value is None:
            continue
        words = [word.strip(",.").lower() for word in value.group().split()]
        if (
            len(words) > _NAME_VALUE_WORDS
            or " ".join(words) in _NO_NAME_VALUES
            or all(word in drug_names() or word in clinical_terms() for word in words)
        ):
            continue
        end = value.start() + len(value.group().rstrip(" ,"))
        out.append((value.start(), end, "PERSON", _SCORE))
    return out


def field_spans(text: str, lowered: str) -> list[Raw]:
    """``(start, end, entity, score)`` for the values of the place, name and user-name
    fields in ``text`` (``lowered``: ``text`` in lower case, of the same length)."""
    out: list[Raw] = []
    # (the keys of exports and audit trails only in a text with a key's quote or an element)
    structured = '"' in text or "</" in text or "=" in text
    for label in (*_ACCOUNT_LABELS, *(_ACTOR_KEYS if structured else _ACTOR_LABELS)):
        after_label = _AFTER_ACCOUNT_LABEL if label in _ACCOUNT_LABELS else _AFTER_ACTOR_KEY
        at = lowered.find(label)
        while at >= 0:
            end = at + len(label)
            after = after_label.match(lowered, end)
            if after is not None and (at == 0 or not lowered[at - 1].isalpha()):
                value = _ACCOUNT_VALUE.match(text, after.end())
                if value is not None and _user_name(value.group(), label not in _ACCOUNT_LABELS):
                    out.append((value.start(), value.end(), "IDENTIFIER", _SCORE))
            at = lowered.find(label, end)
    _labelled_values(text, lowered, _LABELS, out)
    if not text.isascii():
        _labelled_values(text, lowered, _OTHER_LANGUAGE_TOWN_LABELS, out)
    out += [
        (m.start(1) - 1, m.end(1) - 1, "IDENTIFIER", _SCORE)  # (offsets in "\n" + text)
        for m in _LOG_ROW_USER.finditer("\n" + text)
        if len(m.group(1)) >= _SHORTEST_LOG_USER and not _word(m.group(1))
    ]
    if any(hint in lowered for hint in ADDRESS_CUE_HINTS):
        for m in _ADDRESS_CUE.finditer(text):
            _add_value(text, m.end(), "STREET_ADDRESS", out)
    if "</" in text:
        for m in _XML_ELEMENT.finditer(text):
            entity = _XML_ELEMENTS.get(m.group(1).lower())
            if entity is not None:
                out.append((m.start(2), m.end(2), entity, _SCORE))
    if any(map(lowered.__contains__, _NAME_HINTS)):
        _labelled_values(text, lowered, _NAME_LABELS, out)
        out += _name_key_values(text, lowered)
    if "name" in lowered and ("first" in lowered or "last" in lowered):
        for m in _NAME_PART_LABEL.finditer(lowered):
            if m.start() > 0 and lowered[m.start() - 1].isalpha():
                continue
            after = _AFTER_LABEL.match(lowered, m.end())
            line_start = lowered.rfind("\n", 0, m.start()) + 1
            if after is not None and "name" in lowered[line_start : m.start()]:
                _add_value(text, after.end(), "PERSON", out)
    return out


def _user_name(value: str, actor: bool) -> bool:
    """Whether the value after a user's label is a user name: no word ("The user: reports
    pain", "User name: not given", "failed login x5") and, after a key of who did something,
    no abbreviation in capitals or words joined by a hyphen ("Reviewer: CPT L. Marchetti",
    "Reviewer: board-certified")."""
    if len(value) <= 2 or value.lower() in safe_words():
        return False
    return not actor or not (value.isupper() or all(map(_word, value.lower().split("-"))))


def _word(token: str) -> bool:
    """Whether a token in lower case is a word (or a form of one), not a user name."""
    words = common_words()
    return token in words or inflected_from(token, words) or derived_word(token)


def _labelled_values(text: str, lowered: str, labels: dict[str, str], out: list[Raw]) -> None:
    """Add the value after each of ``labels`` (label -> entity)."""
    for label, entity in labels.items():
        at = lowered.find(label)
        while at >= 0:
            end = at + len(label)
            if (at == 0 or not lowered[at - 1].isalpha()) and not lowered.endswith(
                _NOT_PLACE, 0, at
            ):
                after = (
                    _AFTER_ADDRESS_LABEL if entity == "STREET_ADDRESS" else _AFTER_LABEL
                ).match(lowered, end)
                if after is not None and (label != "line" or after.group(1)):
                    _add_value(text, after.end(), entity, out)
            at = lowered.find(label, end)


def _add_value(text: str, start: int, entity: str, out: list[Raw]) -> None:
    """Add the field value at ``start``, if it is one: it starts with a capital or a digit, a
    name with a capital ("The city: not specified" is not a field)."""
    m = _VALUE.match(text, start, start + _VALUE_REACH)
    if m is None or not (text[start].isupper() or text[start].isdigit() or text[start] == "#"):
        return
    if entity in ("PERSON", "IDENTIFIER") and not text[start].isalpha():
        return  # "MI: 2019", "Reported to employer: 04/24/2024 07:05"
    value = m.group()
    cut = value.find("  ")
    if cut >= 0:
        value = value[:cut]
    if ":" in value and (label := _NEXT_LABEL.search(value)) is not None:
        value = value[: label.start()]
    value = value.rstrip()
    if not value or (entity == "PERSON" and any(c.isdigit() for c in value)):
        return  # (a drug's name and its dose: "Nome: Paracetamolo 500 mg")
    if entity == "PERSON" and (title := _TITLES_OPENING.match(value)) is not None:
        start, value = start + title.end(), value[title.end() :]  # "Paciente: Dña. Remedios"
        if not value:
            return
    if entity == "PERSON" and _NEWBORN_PLACEHOLDER.fullmatch(value):
        return  # a newborn's name before one is given: "First name: BABY GIRL A (twin A)"
    if entity == "PERSON" and len(_SENTENCE_WORDS.findall(value)) > 1:
        return  # a sentence: "Informação ao utente: A receita pode ser dispensada..."
    end = start + len(value)
    if entity == "PERSON" and (given := _GIVEN_NAMES_AFTER_COMMA.match(text, end)) is not None:
        end = given.end()  # "Paciente: QUESADA MORA, ISABEL"
    if entity == "STREET_ADDRESS":
        if (unit := _UNIT_AFTER.match(text, end)) is not None:
            end = unit.end()
        end = _rest_of_address(text, end)
    out.append((start, end, entity, _SCORE))


def _rest_of_address(text: str, end: int) -> int:
    """Where an address that a label opens ends, past the street's ``end``: it goes on over
    commas while each part reads as one of an address ("No. 14, Olorunsogo Street, off Iwo
    Road, Agodi, Ibadan", "Blk 7 Lot 22, Sampaguita St., Phase 2, Brgy. San Isidro"), and
    stops at the first that holds a sentence's words, a separator or two spaces, or after
    :data:`_ADDRESS_PARTS` parts."""
    for _ in range(_ADDRESS_PARTS):
        part = _ADDRESS_PART.match(text, end)
        if part is None:
            break
        if _TOWN_STATE_ZIP.match(text, part.start(1)):
            break  # typed on their own
        landmark = _LANDMARK.match(part.group(1)) and len(part.group(1).split()) <= _LANDMARK_WORDS
        if not landmark and any(
            len(word) > _LONGEST_PARTICLE and word not in _STREET_WORDS
            for word in _LOWER_WORDS.findall(part.group(1))
        ):
            break
        end = part.end()
    return len(text[:end].rstrip(" \t"))
