"""Cells of tables whose header says what a column holds: CSV and TSV exports, pipe and
Markdown tables, columns aligned by spaces.

In ``mrn,last,first,dob,plate,employer`` over ``4471823,Green,Rose,03/14/1951,7KRT442,Summit
Logistics`` only the header says that ``Green`` is a surname, ``7KRT442`` a plate and ``Summit
Logistics`` an employer. So every cell under an identifying header is masked, whatever its
words; a date column's cells only where they hold a date, an age column's only over 89.

A header is a line of at least two short labels apart by one delimiter (a tab, a pipe, two
spaces, or a comma between at least three labels), at least one of them identifying
(:func:`column_entity`). Its rows are the lines after it, past ``|---|`` rules, up to a blank
line: a delimited row has the header's number of cells; a space-aligned row's cells start
where the header's labels start, or lie in the columns a rule of dashes under the header
draws (a fixed-width report).

An SQL dump's ``INSERT INTO t (mrn, last_name, ...) VALUES (...), (...)`` names its columns
too: :func:`sql_values` masks its values the same way, on one line or many.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import HHMM, inflected_from, name_words, safe_words, split_words, without_accents
from ._span import Raw

_SCORE: Final = 0.6  # below the typed detectors: a cell that is a phone number is typed a phone
# A line that may be a header: a label (in any alphabet: "età"), then a delimiter (the rest is
# checked in Python). After the first line, led by its newline, which the engine finds fast
# ("^" made it try every position).
_HEADER_LINE = (
    r"[ \t|\"]*(?:[#№][ \t]*(?:[\t|]| {2})[ \t|]*)?"  # a first column of row numbers: "| # |"
    r"[^\W\d_](?:[^\W\d]|[ .#/()'&-]){0,39}?\d{0,2}\"?(?:[\t,;|]| {2})[ \t|\"]*[^\W\d_]"
)
_FIRST_HEADER: Final = re.compile(_HEADER_LINE)
_NEXT_HEADER: Final = re.compile("\n" + _HEADER_LINE)
# "address1", "icd10", "Falls (90 d)", "Patient (Last, First)"
_LABEL: Final = re.compile(
    # "f-Hb µg/g", "Âge", "Flu vax 23-24" (a season's years), "1st pos sample"
    # (a number may stand as a word between its words: "Wheal 30 min")
    r"(?:\d(?:st|nd|rd|th)[ ])?[A-Za-z](?:[^\W\d]|[ .#/()'&%°-]|\([\w .,%/-]+\)"
    r"|(?<= )\d{1,3}(?= [^\W\d])){0,39}"
    r"(?:\d\d-\d\d|\d{0,2})\??"
    r"|[#№]"  # a column of row numbers
)
_LABEL_WORDS: Final = 5  # a cell of more words is prose, not a label
_ABBREVIATION: Final = 6  # a label's word in capitals up to this long may be one ("ICDO3M")
_SHORT_WORD: Final = 4  # and any word up to this long that is not a name ("Exp", "Dept")
_RULE: Final = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}[-:| \t+]*")  # "|---|:--:|", "+----+"
# a rule of dashes under a fixed-width report's header draws its columns: "------ --- -----"
_DASH_RULE: Final = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*(?=\r?\n|$)")
_DASHES: Final = re.compile(r"-+")
_WORD: Final = re.compile(r"\S+")
_WORD_CHARS: Final = re.compile(r"[^\W\d_]+")
_FIELD_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
_EXPORT_FIELD: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")
_CHUNK: Final = re.compile(r"\S+(?: \S+)*")  # a space-aligned cell: words apart by one space
_NEXT_WORD: Final = re.compile(r"(?<= )\S")
_ALIGN: Final = 2  # how far a space-aligned cell may start from its label
_MIN_COMMA_CELLS: Final = 3  # a comma between two labels is too often prose
_FREE_TEXT_AFTER: Final = 3  # labels before a last column whose label may be a phrase
_EMPTY: Final = frozenset(
    ("", "-", "--", "—", "–", "n/a", "na", "none", "null", "nil", "unknown", "unk", "?", "x",
     "y", "n", "yes", "no", "tbd", "pending", "not available", "declined", "self", "same")
)  # fmt: skip
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_LEADING_NUMBER: Final = re.compile(r"\d+")
_PHONE_CHARS: Final = frozenset("0123456789 +-().")
_OLDEST_UNMASKED: Final = 89  # Safe Harbor: ages over 89
_ROW_DIGITS: Final = 4  # a row's number under "S/N" (a device's serial number is longer)
_AGES_IN_WORDS: Final = ("ninety", "one hundred", "a hundred", "hundred")
_REMARK_OPENINGS: Final = ("(", "—", "– ", "- ", "$", "€", "£")

_EXACT: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("name", "patient", "pt", "last", "lastname", "lname", "first", "firstname", "fname",
         "given", "given names", "forename", "forenames", "surname", "middle", "mi", "initials",
         "alias", "aka", "nickname", "mother", "father", "parent", "guardian", "spouse",
         "partner", "nok", "next of kin", "contact", "emergency contact", "caregiver", "carer",
         "physician", "doctor", "dr", "provider", "attending", "pcp", "gp", "referring",
         "referrer", "ordering", "nurse", "rn", "clinician", "author", "signed by",
         "entered by", "recorded by", "user", "username", "login", "staff", "employee",
         "student", "subscriber", "insured", "guarantor", "interpreter", "witness",
         "transcriptionist", "dictated by", "signer", "resident", "member",
         # who handled the record, by a role's name or as initials
         "collector", "pharmacist", "rph", "tech", "technician", "dispenser", "prescriber",
         "counsellor", "counselor", "therapist", "midwife", "keyworker", "key worker",
         "caseworker", "case worker", "supervisor", "observer", "responder", "checker",
         "verifier", "pt initials", "patient initials", "staff initials", "initial", "init",
         "inits", "sign", "signature", "by", "md", "owner", "porter", "porters", "photographer",
         "sonographer", "operator", "surgeon", "anaesthetist", "anesthetist", "consultant",
         "case manager", "benutzer", "bearbeiter", "driver", "installer", "courier",
         # a doctor in Polish, Czech, Hungarian and Romanian
         "lekarz", "lekarz prowadzacy", "lekar", "orvos", "medic"),
        "PERSON",
    ),
    **dict.fromkeys(("age", "age yrs", "age years", "age y", "pt age", "years"), "AGE"),
    **dict.fromkeys(
        ("phone", "telephone", "tel", "mobile", "cell", "cellphone", "ph", "contact number",
         "home", "work", "pager", "whatsapp"),
        "PHONE",
    ),
    "fax": "FAX",
    **dict.fromkeys(("email", "e mail", "mail"), "EMAIL"),
    **dict.fromkeys(
        ("address", "addr", "address1", "address2", "addr1", "addr2", "street", "line1",
         "line2", "residence", "apt", "unit address", "po box"),
        "STREET_ADDRESS",
    ),
    **dict.fromkeys(
        ("city", "town", "county", "suburb", "municipality", "village", "neighborhood",
         "neighbourhood", "locality", "birthplace", "place of birth", "hometown", "parish",
         "barangay", "province", "district"),
        "CITY",
    ),
    **dict.fromkeys(
        ("zip", "zipcode", "zip code", "postcode", "post code", "postal", "postal code", "plz"),
        "ZIP",
    ),
    **dict.fromkeys(
        ("ssn", "ss", "social security", "sin", "ssn last4", "ssn4",
         # national numbers of Europe: Poland, Bulgaria, Serbia, Romania, Croatia, Greece
         "pesel", "egn", "jmbg", "cnp", "oib", "amka"),
        "SSN",
    ),
    **dict.fromkeys(
        ("mrn", "medical record", "record", "chart", "patient id", "pt id", "pid", "unit no",
         "unit number", "hospital number", "hosp no", "nhs", "nhs number", "nhs no", "chi",
         "urn", "ur", "id", "identifier", "encounter", "encounter id", "visit id", "fin", "csn",
         "accession", "specimen id", "case", "case id", "subject", "subject id", "study id",
         "participant", "participant id", "enrollment id", "enrolment id", "record id",
         "person id", "empi", "har", "prontuario"),
        "MRN",
    ),
    **dict.fromkeys(
        ("member id", "member number", "policy", "policy number", "policy no", "subscriber id",
         "insurance id", "plan id", "group", "group number", "group no", "medicaid",
         "medicare", "medicare number", "mbi", "hicn", "health plan", "beneficiary",
         "insurance number", "coverage id", "cin"),
        "HEALTH_PLAN",
    ),
    **dict.fromkeys(
        ("account", "acct", "account number", "account no", "acct no", "billing account",
         "invoice", "claim", "claim number", "claim id", "iban", "card", "card number"),
        "ACCOUNT",
    ),
    **dict.fromkeys(
        ("license", "licence", "license number", "licence number", "license no", "licence no",
         "dl", "dl number", "driver license", "drivers license", "driving licence"),
        "LICENSE",
    ),
    **dict.fromkeys(
        ("plate", "plates", "license plate", "licence plate", "plate number", "plate no", "tag",
         "vin", "vehicle", "registration", "rego", "reg", "reg no", "vehicle id"),
        "VEHICLE",
    ),
    **dict.fromkeys(
        ("serial", "serial number", "serial no", "sn", "s n", "device id", "device serial",
         "imei", "udi", "mac", "mac address", "implant serial", "meid", "asset tag"),
        "DEVICE",
    ),
    **dict.fromkeys(("url", "website", "web", "link", "homepage", "profile"), "URL"),
    **dict.fromkeys(("ip", "ip address", "ipv4", "ipv6", "client ip", "host ip"), "IP"),
    **dict.fromkeys(("certificate", "certificate number", "cert", "cert no"), "CERTIFICATE"),
    **dict.fromkeys(
        ("employer", "company", "workplace", "school", "college", "university", "daycare",
         "ship", "vessel", "badge", "badge number", "employee id", "student id", "passport",
         "passport number", "national id", "fingerprint", "biometric", "photo", "image",
         "picture", "file", "filename", "handle", "twitter", "instagram", "facebook",
         "social media", "unit assignment", "command"),
        "IDENTIFIER",
    ),
    # the same labels in other languages (without their accents: "età", "teléfono")
    **dict.fromkeys(
        ("nome", "cognome", "nombre", "apellido", "apellidos", "nom", "prenom", "vorname",
         "nachname", "naam", "achternaam", "voornaam", "nazwisko", "imie", "navn", "namn",
         "nimi", "paciente", "paziente", "patientin", "patient name", "nome e cognome",
         "nom naissance", "nom usage", "nom de naissance", "nom d usage", "nom de famille",
         "medecin", "medecin traitant", "med resp", "arzt", "arztin", "operateur", "utilisateur",
         # and in Hebrew, Arabic, Persian and Hindi: a name, a patient, a recipient
         "שם", "שם מלא", "מטופל", "נמען", "الاسم", "اسم المريض", "المريض", "نام", "بیمار",
         "नाम"),
        "PERSON",
    ),
    **dict.fromkeys(
        ("eta", "edad", "idade", "alter", "leeftijd", "alder", "wiek", "ika", "yas", "umur"),
        "AGE",
    ),
    # a French patient's permanent number and stay's file, a German case's number
    **dict.fromkeys(("ipp", "nda", "fallnr", "fall nr", "fallnummer", "fall"), "MRN"),
    "ddn": "DATE",  # (French: a date of birth)
    **dict.fromkeys(
        ("comune", "citta", "ciudad", "municipio", "localidad", "cidade", "ville", "commune",
         "stadt", "ort", "wohnort", "gemeente", "woonplaats", "miasto", "kunta", "kaupunki",
         "luogo di nascita", "lugar de nacimiento", "lieu de naissance", "geburtsort"),
        "CITY",
    ),
    **dict.fromkeys(
        ("indirizzo", "direccion", "domicilio", "endereco", "morada", "adresse", "anschrift",
         "adres", "adress", "osoite", "residenza"),
        "STREET_ADDRESS",
    ),
    **dict.fromkeys(
        ("telefono", "telefone", "telefon", "puhelin", "cellulare", "celular"), "PHONE"
    ),
    **dict.fromkeys(
        ("cap", "cp", "npa", "postnummer", "postinumero", "codigo postal", "code postal",
         "codice postale", "postleitzahl"),
        "ZIP",
    ),
}  # fmt: skip
# words that make any label a date column ("DOB", "date of service", "birth"), and labels
# of a date column by themselves
_DATE_WORDS: Final = frozenset(
    ("date", "dob", "dod", "dos", "born", "birth", "birthdate", "birthday", "datetime",
     "timestamp", "dt", "deceased", "expiry", "expires", "expiration", "exp")
)  # fmt: skip
_DATE_LABELS: Final = frozenset(
    ("admitted", "admit", "admission", "discharged", "discharge", "appointment", "appt",
     "collected", "drawn", "seen", "last seen", "visit", "last visit", "when")
)  # fmt: skip
_DATE_CELL_WORDS: Final = 4  # a longer cell of a date column is a comment, not a date
# a word of a label -> its entity, where no qualifier below makes the column something else
_WORD_ENTITY: Final = {
    **dict.fromkeys(
        ("name", "surname", "forename", "nickname", "alias", "username", "einsender"), "PERSON"
    ),
    **dict.fromkeys(("phone", "telephone", "tel", "mobile", "cell", "pager"), "PHONE"),
    "fax": "FAX",
    **dict.fromkeys(("email", "mail"), "EMAIL"),
    **dict.fromkeys(("address", "addr", "street"), "STREET_ADDRESS"),
    **dict.fromkeys(("city", "town", "county", "suburb"), "CITY"),
    **dict.fromkeys(("zip", "zipcode", "postcode", "postal"), "ZIP"),
    "ssn": "SSN",
    **dict.fromkeys(("mrn", "chart"), "MRN"),
    **dict.fromkeys(("policy", "medicaid", "medicare", "subscriber"), "HEALTH_PLAN"),
    **dict.fromkeys(("account", "acct"), "ACCOUNT"),
    **dict.fromkeys(("license", "licence"), "LICENSE"),
    **dict.fromkeys(("plate", "vin", "tag"), "VEHICLE"),
    **dict.fromkeys(("serial", "imei", "udi"), "DEVICE"),
    "url": "URL",
    **dict.fromkeys(
        ("employer", "school", "company", "passport", "badge", "photo", "image", "picture",
         "fingerprint", "biometric", "voiceprint"),
        "IDENTIFIER",
    ),
}  # fmt: skip
# words that make a column clinical or about the institution, whatever else its label says:
# "drug name", "test name", "facility address", "lab phone"
# an age's column that holds bands, not ages: "age_grp", "Age group"
_AGE_GROUPS: Final = frozenset(("grp", "group", "band", "range", "cat", "category", "bracket"))
_NOT_IDENTIFYING: Final = frozenset(
    ("drug", "medication", "med", "meds", "test", "lab", "analyte", "component", "panel",
     "facility", "hospital", "clinic", "practice", "pharmacy", "product", "procedure", "brand",
     "generic", "item", "organism", "ward", "department", "dept", "device", "vaccine",
     "manufacturer", "allergen", "diagnosis", "problem", "order", "code", "display",
     "specimen", "field", "column", "variable", "form", "template", "event", "site", "room",
     "bed", "payer", "insurer", "plan", "study", "result", "unit", "units", "model", "type",
     "status", "reason", "service", "location", "office", "lot")
)  # fmt: skip

# labels of a column of clinical codes, whose cells stay whatever they look like: "94640"
# under "cpt" is a procedure, not an identifier
_CODE_LABELS: Final = frozenset(
    ("cpt", "cpt code", "cpt4", "cpt hcpcs", "hcpcs", "hcpcs code", "icd", "icd9", "icd 9",
     "icd10", "icd 10", "icd 10 cm", "icd code", "dx", "dx code", "diagnosis code", "px",
     "px code", "procedure code", "proc code", "loinc", "loinc code", "snomed", "snomed code",
     "ndc", "rxnorm", "billing code", "charge code", "revenue code", "rev code", "modifier",
     "mod")
)  # fmt: skip
# a cell of such a column: codes apart by commas, slashes or spaces ("99213, 36415")
_CODE_CELL: Final = re.compile(r"[A-Za-z0-9][\w.-]{0,11}(?:[,;/ ]+[A-Za-z0-9][\w.-]{0,11}){0,5}")
# labels of a column of times of day, as a medication record schedules doses: "0800, 2000",
# "q8h 0600/1400/2200", "0600 empty stomach"
_TIME_LABELS: Final = frozenset(
    ("time", "times", "admin time", "admin times", "dose times", "schedule", "scheduled",
     "scheduled times", "timing")
)  # fmt: skip
_TIME_CELL: Final = re.compile(
    rf"(?:q\d{{1,2}}h[ \t]+)?{HHMM}(?:(?:,[ \t]*|/|[ \t]+and[ \t]+){HHMM})*"
    r"(?:[ \t]+[a-z ]{1,30})?"
)
# the cells that stay, by their column's label
_UNMASKED_CELLS: Final = {
    **dict.fromkeys(_CODE_LABELS, _CODE_CELL),
    **dict.fromkeys(_TIME_LABELS, _TIME_CELL),
}

_LABEL_VOCABULARY: Final = frozenset(
    word
    for label in (*_EXACT, *_DATE_LABELS, *_DATE_WORDS, *_WORD_ENTITY, *_UNMASKED_CELLS)
    for word in label.split()
) | frozenset(("lagerort", "bemerkung", "bemerkungen", "material", "probe", "proben"))


def _first_row_fits(text: str, header_end: int, delimiter: str, count: int) -> bool:
    """Whether the line after a header (past a rule) has ``count`` cells."""
    pos = header_end + 1
    row = text[pos : _line_end(text, pos)].rstrip("\r")
    if _RULE.fullmatch(row):
        pos += len(row) + 1
        row = text[pos : _line_end(text, pos)].rstrip("\r")
    return len(_cells(row, delimiter)) == count


def _is_label(cell: str) -> bool:
    """Whether a header's ``cell`` reads as a column label: a few words of the vocabulary or
    of the labels here, or short abbreviations (not "Pt Avery, Douglas Andrew, mrn 5953843")."""
    cell = without_accents(cell)  # "età", "Teléfono"
    if _FIELD_NAME.fullmatch(cell):
        return True  # a machine export's field name: "workstation_ip", "auth_method"
    if not _LABEL.fullmatch(cell):
        return False
    words = re.findall(r"[A-Za-z0-9]+", cell)
    vocabulary = safe_words()
    names = name_words()
    return len(words) <= _LABEL_WORDS and all(
        (lower := word.lower().rstrip("0123456789") or word) in vocabulary
        or lower.rstrip("s") in vocabulary
        or inflected_from(lower, vocabulary)  # "Approached by"
        or lower.endswith("datum")  # German dates: "Entnahmedatum"
        or lower in _LABEL_VOCABULARY
        or (len(word) <= _ABBREVIATION and word.isupper())
        or (len(lower) <= _SHORT_WORD and lower not in names)
        for word in words
    )


def _words(label: str) -> list[str]:
    """The words of ``label`` in lower case, apart at anything but letters and digits."""
    return re.sub(r"[^a-z0-9]+", " ", without_accents(label.lower())).split()


def column_entity(label: str) -> str | None:
    """The entity a column's cells are, by its header ``label``; None for other columns. A
    label's words before a parenthesis say it first: "Patient (Last, First)", "Age (yrs)"."""
    before, parenthesis, _rest = label.partition("(")
    if parenthesis and before.strip():
        entity = column_entity(before)
        if entity is not None:
            return entity
    words = _words(label)
    if not words:
        return None
    joined = " ".join(words)
    if joined in _EXACT:
        return _EXACT[joined]
    if joined in _DATE_LABELS or any(
        word in _DATE_WORDS or word.endswith("datum") for word in words  # "Entnahmedatum"
    ):
        return "DATE"
    if any(word in _NOT_IDENTIFYING for word in words):
        return None
    for word in words:
        entity = _WORD_ENTITY.get(word)
        if entity is not None:
            return entity
    if words[0] == "age" and not _AGE_GROUPS.intersection(words):
        return "AGE"  # a machine export's "age_at_enroll", "age_text_from_consent"
    if len(words) > 1:
        if words[-1] in ("id", "number", "no", "num"):
            return "IDENTIFIER"  # "member no", "badge id": an identifier of what the label names
        if words[-1] in ("by", "user", "grader", "screener"):
            return "PERSON"  # "enrolled by", "verified by", a grading export's "pg_user"
        if words[-1] == "on":
            return "DATE"  # "enrolled on"
    return None


def table_spans(text: str, typed: list[Raw]) -> tuple[list[Raw], list[tuple[int, int]]]:
    """``(start, end, entity, score)`` for each cell under an identifying header in ``text``,
    and the ``(start, end)`` of each such header line and of each cell under a column of
    clinical codes or times of day (:data:`_UNMASKED_CELLS`): where nothing is masked.

    A cell that overlaps a span of ``typed`` (spans the typed detectors found) takes its
    entity: a "Contact" column holds names or telephone numbers.
    """
    cells: list[Raw] = []
    unmasked: list[tuple[int, int]] = []
    resume = 0
    first = (0,) if _FIRST_HEADER.match(text) else ()
    for line_start in (*first, *(m.start() + 1 for m in _NEXT_HEADER.finditer(text))):
        if line_start < resume:
            continue
        line_end = _line_end(text, line_start)
        resume = _table(text, line_start, line_end, cells, unmasked)
        if resume > line_end:
            unmasked.append((line_start, line_end))
    if cells and typed:
        cells = [_typed_entity(cell, typed) for cell in cells]
    return cells, unmasked


# An SQL dump's INSERT with its columns named: "INSERT INTO `patients` (`mrn`,`last_name`,...)
# VALUES ('A0019327','Young',...),(...);" -- its values are a table's rows
_INSERT: Final = re.compile(
    r"\bINSERT[ \t]+INTO[ \t]+[`\"\[]?[\w.]+[`\"\]]?[ \t]*\(([^()]{1,2000})\)\s*VALUES\s*",
    re.IGNORECASE,
)
_SQL_VALUE: Final = re.compile(r"\s*(?:'((?:[^']|'')*)'|([^,()']*?))\s*(?=[,)])")
_SQL_ROW_GAP: Final = re.compile(r"\s*,\s*\(")


def sql_values(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for each value of an SQL INSERT under an identifying
    column (see :func:`column_entity`)."""
    out: list[Raw] = []
    for insert in _INSERT.finditer(text):
        entities = [column_entity(name.strip(" \t\n`\"[]")) for name in insert.group(1).split(",")]
        pos = insert.end()
        while text.startswith("(", pos):
            pos += 1
            for entity in entities:
                value = _SQL_VALUE.match(text, pos)
                if value is None:
                    break
                group = 1 if value.group(1) is not None else 2
                cell = value.group(group)
                if entity is not None and cell.upper() != "NULL" and _identifies(cell, entity):
                    out.append(_cell_span(value.start(group), cell, entity))
                pos = value.end() + 1
            gap = _SQL_ROW_GAP.match(text, pos)
            if gap is None:
                break
            pos = gap.end() - 1
    return out


def _typed_entity(cell: Raw, typed: list[Raw]) -> Raw:
    """``cell`` with the entity of the first ``typed`` span it overlaps, if any."""
    start, end, _entity, score = cell
    for s, e, entity, _score in typed:
        if s < end and start < e:
            return (start, end, entity, score)
    return cell


def _line_end(text: str, start: int) -> int:
    """Where the line that holds ``start`` ends (its newline, or the end of the text)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _table(
    text: str, start: int, end: int, out: list[Raw], codes: list[tuple[int, int]]
) -> int:
    """Mask the rows under the header at ``start:end``, if it is one, and add the cells of its
    code and time columns (:data:`_UNMASKED_CELLS`) to ``codes``; where to look on."""
    header = text[start:end].rstrip("\r")
    rule = _DASH_RULE.match(text, end + 1)
    columns = [m.span() for m in _DASHES.finditer(rule.group())] if rule else []
    for delimiter in ("\t", "|", ";", ","):  # (";" as much of Europe writes CSV)
        if delimiter in header and not columns:
            break
    else:
        delimiter = "  "
    labels = _labels_over(header, columns) if columns else _cells(header, delimiter)
    if len(labels) < 2 or (delimiter == "," and len(labels) < _MIN_COMMA_CELLS):
        return end
    entities: list[str | None] = []
    # one label of words the vocabulary lacks, in a wide pipe or tab table whose first row has
    # the header's cells: a column of its own ("Mobilised day 1"), not prose
    spare = delimiter in "\t|" and len(labels) > _FREE_TEXT_AFTER and _first_row_fits(
        text, end, delimiter, len(labels)
    )
    # a machine export's header of field names in lower case, one with an underscore at least
    # ("nr_kartoteki;pesel;nazwisko;imie;jgp"): each of its cells is a label
    exported = any(_FIELD_NAME.fullmatch(label) for _s, _e, label in labels) and all(
        _EXPORT_FIELD.fullmatch(label) for _s, _e, label in labels
    )
    for k, (_s, _e, label) in enumerate(labels):
        if label and not exported and not _is_label(label):
            if k == len(labels) - 1 >= _FREE_TEXT_AFTER:
                entities.append(None)  # a last column of notes: "Event / change in condition"
                continue
            if spare and _LABEL.fullmatch(label):
                spare = False
                entities.append(None)
                continue
            if len(labels) == 2 and delimiter in "\t|":
                _key_value(labels, start, out)
            return end
        entities.append(column_entity(label) if label else None)
    kept = [_UNMASKED_CELLS.get(" ".join(_words(label))) for _s, _e, label in labels]
    if not any(entities) and not any(kept):
        return end
    pos = end + 1
    first_row, first_code = len(out), len(codes)
    while pos < len(text):
        row_end = _line_end(text, pos)
        row = text[pos:row_end].rstrip("\r")
        if not row.strip():
            break
        if not _RULE.fullmatch(row):
            cells = _cells(row, delimiter)
            if columns:
                if _spills(row, columns):
                    break
                cells = _columns(row, columns)
            elif delimiter == "  ":
                placed = _aligned(cells, labels)
                if placed is None:
                    break
                cells = placed
            elif len(cells) != len(labels) and not (
                delimiter == "," and len(cells := _csv_cells(row)) == len(labels)
            ):
                if delimiter not in row and not (delimiter == "|" and row[:1] in " \t"):
                    break  # (an indented line is a pipe row's cell wrapped onto it)
                pos = row_end + 1
                continue  # a row with a comma in a cell, or cut short
            for (s, e, cell), entity, kept_cell in zip(cells, entities, kept, strict=True):
                if entity is not None and _identifies(cell, entity):
                    out.append(_cell_span(pos + s, cell, entity))
                elif kept_cell is not None and kept_cell.fullmatch(cell):
                    codes.append((pos + s, pos + e))
        pos = row_end + 1
    return pos if len(out) > first_row or len(codes) > first_code else end


def _columns(line: str, columns: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The cells of ``line`` in the ``columns`` a rule of dashes under the header draws."""
    cells = []
    for k, (s, _e) in enumerate(columns):
        stop = columns[k + 1][0] if k + 1 < len(columns) else len(line)
        raw = line[s:stop]
        value = raw.strip()
        begin = s + raw.find(value) if value else s
        cells.append((begin, begin + len(value), value))
    return cells


def _labels_over(header: str, columns: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The header's words gathered into the ``columns`` they stand over (a word may start a
    character before its column: hand-aligned reports are off by one)."""
    labels: list[list[tuple[int, int, str]]] = [[] for _ in columns]
    for m in _WORD.finditer(header):
        k = max((k for k, (s, _e) in enumerate(columns) if s <= m.start() + 1), default=0)
        labels[k].append((m.start(), m.end(), m.group()))
    return [
        (words[0][0], words[-1][1], header[words[0][0] : words[-1][1]]) if words else (0, 0, "")
        for words in labels
    ]


def _spills(row: str, columns: list[tuple[int, int]]) -> bool:
    """Whether ``row`` writes across the gap between two columns: it is no row of them
    ("TOTAL OCCUPIED: 6/24   CHARGE RN: ...")."""
    return any(
        0 < e < len(row) and not row[e - 1].isspace() and not row[e].isspace()
        for _s, e in columns[:-1]
    )


def _key_value(cells: list[tuple[int, int, str]], start: int, out: list[Raw]) -> None:
    """Mask the value of a row of two cells whose first is an identifying label (``| Patient
    | Amara Osei |``): a table of fields and values."""
    entity = column_entity(cells[0][2]) if _LABEL.fullmatch(cells[0][2]) else None
    s, _e, value = cells[1]
    if entity is not None and _identifies(value, entity):
        out.append(_cell_span(start + s, value, entity))


def _cells(line: str, delimiter: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each cell of ``line``, stripped of spaces and quotes; a
    quoted CSV cell may hold the delimiter; a pipe row's outer pipes open no cell."""
    if delimiter == "  ":
        return [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(line)]
    cells: list[tuple[int, int, str]] = []
    i = 0
    n = len(line)
    while i <= n:
        j = i
        while j < n and line[j] in " \t" and line[j] != delimiter:
            j += 1
        if j < n and line[j] == '"' and delimiter != "|":
            close = line.find('"', j + 1)
            while close >= 0 and line[close + 1 : close + 2] == '"':
                close = line.find('"', close + 2)
            stop = line.find(delimiter, close + 1) if close >= 0 else -1
        else:
            stop = line.find(delimiter, i)
        stop = n if stop < 0 else stop
        raw = line[i:stop]
        value = raw.strip(" \t\"'")
        begin = i + raw.find(value) if value else i
        cells.append((begin, begin + len(value), value))
        i = stop + 1
    if delimiter == "|":
        if cells and not cells[0][2] and line.lstrip().startswith("|"):
            cells = cells[1:]
        if cells and not cells[-1][2] and line.rstrip().endswith("|"):
            cells = cells[:-1]
    return cells


def _csv_cells(row: str) -> list[tuple[int, int, str]]:
    """The cells of a CSV ``row`` that has more than its header: a comma and a space are
    inside a cell ("Brandt, Lisa RN"), as a person writes them; the file's commas have none."""
    cells: list[tuple[int, int, str]] = []
    start = 0
    for m in _FILE_COMMA.finditer(row + ","):
        raw = row[start : m.start()]
        value = raw.strip(" \t\"'")
        begin = start + raw.find(value) if value else start
        cells.append((begin, begin + len(value), value))
        start = m.end()
    return cells


_FILE_COMMA: Final = re.compile(r",(?! )")


def _aligned(
    chunks: list[tuple[int, int, str]], labels: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]] | None:
    """The cells of a space-aligned row under ``labels`` (an empty cell where none starts),
    or None if the line is not a row: fewer than two cells, or a cell that starts under no
    label or runs into the next column."""
    if len(chunks) < 2:
        return None
    chunks = _split_at_labels(chunks, labels)
    placed: list[tuple[int, int, str]] = [(0, 0, "")] * len(labels)
    for chunk in chunks:
        for k, (s, e, _label) in enumerate(labels):
            if abs(chunk[0] - s) <= _ALIGN or abs(chunk[1] - e) <= _ALIGN:
                if k + 1 < len(labels) and chunk[1] > labels[k + 1][0] + _ALIGN:
                    return None
                placed[k] = chunk
                break
        else:
            return None
    return placed


def _split_at_labels(
    chunks: list[tuple[int, int, str]], labels: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``chunks`` cut before each of their words that starts under a label: a cell that
    runs into the next column is two cells apart by one space ("DNR/DNI COPD")."""
    out = []
    for origin, end, chunk in chunks:
        start = origin  # of the piece not yet cut off
        for m in _NEXT_WORD.finditer(chunk):
            at = origin + m.start()
            if any(abs(at - s) <= _ALIGN for s, _e, _label in labels[1:]):
                out.append((start, at - 1, chunk[start - origin : at - 1 - origin]))
                start = at
        out.append((start, end, chunk[start - origin :]))
    return out


def _cell_span(start: int, cell: str, entity: str) -> Raw:
    """The span that masks ``cell`` (at ``start``) under a column of ``entity``: a date's
    time of day is left ("2024-07-01 08:12:00")."""
    end = start + len(cell)
    if entity == "DATE":
        time = _TIME_IN_CELL.search(cell)
        if time is not None and time.start() > 0:
            end = start + time.start()
    return (start, end, _cell_entity(cell, entity), _SCORE)


_TIME_IN_CELL: Final = re.compile(r"[ T]\d{1,2}:\d\d")


def _cell_entity(cell: str, entity: str) -> str:
    """``entity``, but a number in a column of names ("Contact") is a telephone number or
    another identifier."""
    if entity != "PERSON" or not any(c.isdigit() for c in cell):
        return entity
    return "PHONE" if _PHONE_CHARS.issuperset(cell) else "IDENTIFIER"


# who did something by their role, not their name, under "By", "Owner" or "Operator": "PI",
# "site", "SYSTEM"; "P" and "F" a legend's patient and family
_ROLE_CELLS: Final = frozenset(
    split_words(
        """system site lab pi cra crc rn md np pa pt patient family hcp gp team nurse doctor
        sponsor reception pharmacy auto admin unknown all p f"""
    )
)


def _role_cell(cell: str) -> bool:
    """Whether a cell under a column of people names a role, alone or before a remark ("pt -
    called")."""
    first, _, rest = cell.partition(" ")
    return first.lower() in _ROLE_CELLS and (not rest or rest.startswith("- "))


def _identifies(cell: str, entity: str) -> bool:
    """Whether ``cell`` under a column of ``entity`` holds an identifier."""
    if cell.lower() in _EMPTY or cell.startswith(_REMARK_OPENINGS):
        return False  # (a remark: "(no match)", "— (pre-UDI capture)", "$1M/$3M")
    if entity == "DATE":
        return (
            any(c.isdigit() for c in cell)
            and not _YEAR.fullmatch(cell)
            and not (cell.isdigit() and len(cell) <= 2)  # a visit's number under "Visit"
            and len(cell.split()) <= _DATE_CELL_WORDS
        )
    if entity == "AGE":
        number = _LEADING_NUMBER.match(cell)
        if number is None:
            return cell.lower().startswith(_AGES_IN_WORDS)  # "ninety-one"
        return int(number.group()) > _OLDEST_UNMASKED
    if entity == "VEHICLE" and not any(c.isdigit() for c in cell):
        return False  # a tag of another kind under "Tag": "PHI-PHOTO" (a plate holds a digit)
    if entity == "PERSON" and _role_cell(cell):
        return False
    if cell.isdigit() and (len(cell) <= 2 or (entity == "DEVICE" and len(cell) <= _ROW_DIGITS)):
        return False  # a row's number under "Case", "No" or "S/N" (a serial number of rows)
    # common words in lower case describe, they do not identify: "own home" under "Residence"
    # (a person's name may be written so: "bev")
    return entity == "PERSON" or not (
        cell.islower() and all(word in safe_words() for word in _WORD_CHARS.findall(cell))
    )
