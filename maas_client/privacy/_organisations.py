"""Names of employers, schools, practices, hospitals, churches, bars and military units: item
18 of Safe Harbor when they point at a patient ("works nights at Columbia River Cold Storage",
"attends Westbrook Academy", "mass at St. Hedwig Parish", "served on the USS Missouri").

Their words are common words (``Valley Steel Supply``), so no vocabulary finds them; their last
word does: a run of capitalised words that ends in a head word of :data:`_HEADS` (``School``,
``Academy``, ``Pediatrics``, ``Logistics``, ``Inc``) is an organisation, if a word before the
head is more than a generic one (``Family Medicine``, ``Anticoagulation Clinic`` and ``High
School`` stay). Ships, military units and union locals have shapes of their own.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import (
    cities,
    clinical_terms,
    eponyms,
    given_names,
    grouped_alternation,
    inflected_from,
    name_words,
    safe_words,
    split_words,
)
from ._span import Raw

_SCORE: Final = 0.7
_HEADS: Final = split_words(
    "School Elementary Academy University College Preschool Daycare Kindergarten Montessori"
    " Pediatrics Associates Practice Medicine Clinic Rehab Dentistry Orthopaedics Orthopedics"
    " Cardiology Oncology Hematology Dermatology Health Care Group Services Svcs"
    " Inc LLC Ltd Corp Corporation Company Logistics Freight Carriers Trucking Transport"
    " Towing Builders Construction Supply Systems Industries Manufacturing Mutual Bank Foods"
    " Farms Restaurant Cafe Diner Bakery Storage Laundry Castings Steel Motors Airlines Lines"
    " Mall Market Depot Warehouse Plumbing Electric Roofing Landscaping District Cooperative"
    " Library Church Parish Chapel Cathedral Mosque Synagogue Tavern Bar Pub Grill Inn Motel"
    " Hotel Club Rink Fitness Gym Salon Salvage Stevedores LLP PLLC Co Residences Endocrinology"
    " Pharmacy Partners Ministries Cemetery Pavilion Laboratory Laboratories Genomics"
    " Apothecary Mart Farm Mine League Ironworks Dental Casualty Insurance Assurance"
    " Provisions Hospice Creamery Couriers Co-op Collective Fire-Rescue Diagnostics"
    " GmbH PLC Pty Sons SpA SPA Srl SRL Ltda LTDA VAMC CBOC CMOP MEPS Neurology"
    " Gastroenterology Neurosciences Neurophysiology Pathology Urology Nephrology Pulmonology"
    " Rheumatology Radiology Audiology Podiatry Freightways Hauling"
)
# the sites of the Veterans Health Administration and the military, named for their town
# ("Iowa River VAMC SUD clinic", "Sugar Pine VAMC ED"): a service may follow the head
_VA_SITES: Final = frozenset(("VAMC", "CBOC", "CMOP", "MEPS"))
# Heads that clinical headings end in too ("Comprehensive Stroke Center", "Plastic Surgery",
# "Nursing Home"): the name needs a word that is no common word, or a person's or a town's
# name ("Eastgate Community Health Center", "Saint Catherine Medical Center", "Stray Road
# Surgery"; "Nursing Service" stays)
_STRICT_HEADS: Final = frozenset(
    split_words(
        "Center Centre Hospital Infirmary Surgery Program Programme Home House Union Lodge"
        " Institute Foundation Physicians Unit Nurses Plan Fund Team Living Rehabilitation"
        " Rescue Service Recovery Jail Prison Penitentiary Medical Trust Outreach"
    )
)
_ALL_HEADS: Final = (*_HEADS, *_STRICT_HEADS)
# heads that English writes as adjectives before a noun in lower case too
_ADJECTIVE_HEADS: Final = frozenset(("Medical", "MEDICAL"))
_LOWER_WORD_AFTER: Final = re.compile(r" [a-z]")
# heads in capitals too ("HARBORVIEW ORTHOPAEDIC ASSOCIATES"), but not "CO" (carbon monoxide)
_CAPITAL_HEADS: Final = {h.upper() for h in _ALL_HEADS} - {"CO"}
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "ive", "ary", "ory", "ing", "ous")  # "Robotic Surgery"
_DISCIPLINE_ENDINGS: Final = ("ology", "scopy", "graphy", "therapy", "iatry", "iatrics", "ics")
# "3rd Battalion, 5th Marines", "2nd Bn, 506th Infantry Regiment", "101st Airborne Division",
# looked for only in a text where the scan for head words found a unit word
_UNIT_WORDS: Final = (
    "Battalion|Bn|Brigade|Regiment|Division|Marines|Infantry|Squadron|Wing|Fleet|Cavalry"
    "|Artillery|Company|Platoon|Corps"
)
_ONE_UNIT = rf"\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{_UNIT_WORDS})\b"
_UNIT: Final = re.compile(rf"(?<!\w){_ONE_UNIT}(?:,[ \t]+{_ONE_UNIT})*")
_UNIT_HEADS: Final = frozenset(_UNIT_WORDS.split("|"))
# The head words as one grouped alternation without a leading "\b": the engine then skips
# to their first letters fast (a "\b" before them made this scan six times slower); the
# word's start is checked in Python.
_HEAD: Final = re.compile(
    "(?:"
    # the longest first: "Co-op" before "Co"
    + grouped_alternation(sorted({*_ALL_HEADS, *_CAPITAL_HEADS, *_UNIT_HEADS}, key=len)[::-1])
    + ")"
    r"\b(?![ \t]*(?:#[ \t]*)?:|[ \t]+\d)"  # not a label ("School:", "Group #:", "INC 0044718")
)
_NEXT_WORD: Final = re.compile(r" ([A-Z][\w'’-]*)")  # one space: two or a tab part cells
# what the name goes on with after its head: "Al-Noor College of Nursing", "Cardiology
# Associates of the Rockies"
_OF_AFTER: Final = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
# the legal form of a firm, after a comma: "Rapid Rail Couriers, Inc.", "Blue Heron
# Rheumatology, PLLC"
_LEGAL_FORMS: Final = frozenset(
    split_words("Inc LLC Ltd Corp LLP PLLC INC CORP LTD GmbH PLC Pty SpA SPA Srl SRL Ltda LTDA")
)
# words that say what kind of organisation, not which: a run of them names none
_GENERIC: Final = frozenset(
    split_words(
        "the of and & at for st saint family internal primary general medical community"
        " children's childrens women's womens men's pediatric emergency health care home high"
        " middle elementary junior senior public private charter department dept"
        " anticoagulation nuclear sleep sports travel occupational urgent dental eye vision"
        " wound pain cancer heart cardiology oncology surgery surgical rehab rehabilitation"
        " physical therapy mental behavioral behavioural outpatient inpatient infusion dialysis"
        " diabetes endocrine specialty specialist clinic center centre hospital university state"
        " county city national regional veterans va student employee nursing hospice"
        " palliative memory geriatric adult infectious disease diseases lung pulmonary kidney"
        " renal liver transplant vascular spine orthopedic orthopaedic neurology psychiatry"
        " psychiatric maternal fetal medicine imaging radiology laboratory lab pharmacy sexual"
        " reproductive fertility allergy asthma skin dermatology hearing speech weight"
        " bariatric lactation prenatal birth neonatal newborn group associates practice"
        " services service unit team program support blood age risk control study focus"
        " care-giver caregiver peer patient staff hematology hospitalist critical intensive"
        " acute chronic day night evening weekend north south east west central new"
        " respiratory child protective abuse elder correctional continuity certification form"
        " note report plan letter consultation request records information intake screening"
        " quality safety infection prevention wellness women men kids youth teen adolescent"
        " board certified vocational protected long-term long term clinical core reference"
        " central ministry paediatric paediatrics haematology gynaecology obstetric obstetrics"
        " hepatology cardiac interventional diagnostic molecular anatomic anatomical"
        " neurological neuromuscular cognitive movement epilepsy stroke headache chemical"
        " cellular speech language speech-language division institute harm reduction radiation"
        " radiotherapy proton"
    )
)
# words of the clinical vocabulary that name schools and firms too ("Memorial High School")
_NAMING_WORDS: Final = frozenset(
    split_words("memorial first united good mercy providence trinity samaritan covenant")
)
# words of landscapes and streets that place names are made of: before a heading-like head
# they say which organisation as a person's or a town's name does ("Mercy Hollow Medical
# Center", "Summit Crest Health Plan", "Beech Lane Surgery"); clinical headings have none
_PLACE_WORDS: Final = frozenset(
    split_words(
        "valley hollow ridge summit crest cedar cedars pine pines oak oaks maple elm willow"
        " willows birch aspen cypress magnolia laurel heron eagle river lake lakes lakeside"
        " lakeview creek brook springs meadow meadows grove glen dale vale hill hills hillside"
        " heights mount mountain peak canyon mesa prairie harbor harbour bay shore shores"
        " coast beach island bluff rock rocks stone bridge crossing ford park forest woods"
        " haven vista sunrise sunset horizon narrows falls mercy providence trinity samaritan"
        " covenant basin plains desert gulf cove point cape isle glade knoll marsh bend orchard"
        " garden gardens terrace highland highlands field fields quarry mill beech ash chestnut"
        " hawthorn juniper spruce alder sycamore poplar linden road lane street avenue range"
        " ranges parade reef"
    )
)
_WORD_BEFORE: Final = re.compile(r"(?:[A-Z][\w'’.-]*(?P<comma>,)?|&|of|the|and|de|du|la) \Z")
_MAX_WORDS: Final = 6
_ABBREVIATION: Final = 4
_REACH: Final = 60
# "USS Carl Vinson (CVN 70)", "USNS Mercy"
_SHIP: Final = re.compile(
    r"\bUSN?S[ \t]+[A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*){0,3}(?:[ \t]\([A-Z]{2,4}[ -]?\d{1,3}\))?"
)
# "Teamsters Local 414", "USW Local 9358", "Engineers' Union Local 94"
_UNION_LOCAL: Final = re.compile(r"\b(?:[A-Z][A-Za-z]+['’]?[ \t]+){1,3}Local[ \t]+\d{1,5}\b")


# Institutions that Spanish, Portuguese, Catalan, French and Italian name head first: "Hospital
# Comarcal de la Vega Alta", "Centro de Saúde de Santa Baia", "CS Las Acacias", "USF Ribeira da
# Lage", "CAP Vilamar Nord", "Mutua Laboral del Duero", "Juzgado de Instrucción n.º 2 de ..."
_HEAD_FIRST = grouped_alternation(
    ["Hospital", "HOSPITAL", "Hôpital", "Centre Hospitalier", "Ospedale", "Policlinico",
     "Policlínica", "Clínica", "Clinique", "Centro de Salud", "Centro de Saúde",
     "Centre de Salut", "Centre de Santé", "Centro Médico", "Consultorio", "Residencia",
     "Residência", "Sociosanitari", "Unidade Local de Saúde", "Unidade de Saúde Familiar",
     "Casa de Saúde", "Farmacia", "Farmácia", "Mutua", "MUTUA", "Juzgado", "USF", "UCSP", "ULS",
     "ACeS", "CAP", "CS",
     # and Italian, Dutch and Flemish ("Presidio Ospedaliero San Bernardino Alpe", "Apotheek
     # Het Anker", "Huisartsenpost Salland", "AZ Sint-Gerolf")
     "Presidio Ospedaliero", "Azienda Ospedaliera", "Casa di Cura", "Poliambulatorio",
     "Apotheek", "APOTHEEK", "Huisartsenpost", "Huisartsenpraktijk", "Huisartspraktijk",
     "Gezondheidscentrum", "Consultatiebureau", "Kinderziekenhuis", "Ziekenhuis", "Thuiszorg",
     "Thuisverpleging", "Stichting", "Zorggroep", "Woonzorgcentrum", "Verpleeghuis",
     "Revalidatiecentrum", "AZ", "UZ", "HAP",
     # French, Belgian, Swiss and Quebec ("CH de Vierzon-les-Forges", "Pharmacie du Sillon",
     # "CHSLD des Quatre-Vents", "Clinique médicale Saint-Vallier")
     "CH", "CHU", "CHR", "CHRU", "CHSLD", "CIUSSS", "CISSS", "CLSC", "GMF", "GMF-U", "EHPAD",
     "Centre hospitalier", "Grand Hôpital", "Hôpitaux", "Polyclinique", "Clinique médicale",
     "Pharmacie", "PHARMACIE", "Cabinet médical", "Cabinet", "Maison de santé",
     "Centre médical", "Centre d'imagerie", "Institut", "Laboratoire", "LBM", "Réseau hospitalier",
     # German, Austrian and Swiss ("Klinik Donauhöhe", "Apotheke am Markt", "LKH Rottenmann")
     "Klinik", "Klinikum", "Krankenhaus", "Kreiskrankenhaus", "Kreisklinik", "Landeskrankenhaus",
     "Landesklinikum", "Uniklinik", "Universitätsklinik", "Universitätsklinikum", "Spital",
     "Kantonsspital", "Regionalspital", "Herzzentrum", "Reha-Zentrum", "Rehaklinik", "KH", "LKH",
     "MVZ", "Praxis", "Apotheke", "APOTHEKE", "Pflegeheim", "Seniorenheim",
     "Seniorenstift", "Altenheim", "Hospiz", "Sozialstation", "Kita",
     # Brazilian ("UBS Vila Nova", "Santa Casa de Misericórdia de ...")
     "UBS", "UPA", "Santa Casa", "Laboratório"]
)  # fmt: skip
# (a word of a name; "No." opens its number)
_CAPITALISED = r"(?!No\b|NO\b|N\.?º)[A-ZÁÉÍÓÚÀÈÒÂÊÔÃÕÇÑÜ][\w'’-]*"
_PARTICLES = (
    r"(?i:de la|de las|de los|del|de|do|da|dos|das|du|des|di|della|dei|i|y"
    r"|am|an der|im|zum|zur)"  # (German: "Praxis am Feldberg")
)
_PARTICLE: Final = re.compile(_PARTICLES)
# (led by the heads grouped by their first letters, so that the engine skips in C to the capitals
# that can start one; the character before is checked in Python: a look-behind first made this
# scan try every position, a fifth of detection's time outside the net)
_HEAD_FIRST_NAME: Final = re.compile(
    rf"{_HEAD_FIRST}"
    rf"((?:(?:[ \t]{_PARTICLES}(?=[ \t]))*[ \t](?:[dl]['’])?{_CAPITALISED}){{1,8}})"
    r"(?:[ \t]+(?:[Nn]\.?[ºo°]|No\.?)[ \t]?\d{1,3})?"
)
# words that say which kind of institution or department, not which one
_KIND_WORDS: Final = frozenset(
    split_words(
        """universitario universitari universitário universitaire comarcal general provincial
        regional clínico clinico distrital central militar materno infantil día dia salud
        saúde salut santé mental familiar atención atencion primaria primària urgencias
        urgências especialidades referencia agudos privado público publico nacional municipal
        laboral unidad unidade médica médico medica medico móvil movil alta especialidad
        maternidad maternidade niños niñas crianças enfants violencia familia instrucción
        primera instancia guardia menores social penal mujer norte sur este oeste nord sud
        zona generale civile maggiore ospedaliero ospedaliera sanitaria locale algemeen
        academisch universitair medisch centrum campus locatie afdeling dienst médical
        médicale hospitalier hospitalière régional régionale départemental intercommunal
        pluridisciplinaire soins imagerie innere medizin allgemeinmedizin chirurgie ambulanz
        notaufnahme station psychiatrie
        pakar perubatan pediatrik endokrin mata gigi kesihatan berhenti merokok bilgiler
        hemodinâmica"""
    )
)
# a specialty's ending ("Oncología", "Kardiologi", "Ecocardiografia", "Radiographie")
_SPECIALTY_ENDINGS: Final = ("logía", "logia", "logie", "logi", "grafía", "grafia", "graphie")
_SHORTEST_CAPITAL_NAME: Final = 4
_DUTCH_POSTCODE_DIGITS_BEFORE: Final = re.compile(r"(?<!\d)[1-9]\d{3} \Z")
_HOUSE_NUMBER_AFTER: Final = re.compile(r"[ \t]\d{1,4}[A-Za-z]?(?:-\d{1,4})?,")
_ARTICLES: Final = frozenset(split_words("El La Las Los Les Os As Lo Il Le L' Het De 'T"))
_DEPARTMENT_WORDS: Final = frozenset(
    split_words("servicio serviço servei departamento consulta sección secção área planta")
)


def _head_first_spans(text: str) -> list[Raw]:
    """The institutions of :data:`_HEAD_FIRST_NAME` whose name, up to a department's word,
    has a word that says which one (:func:`_naming_word`); in capitals after a head in
    capitals, words of four letters or more; acronyms are no part of it."""
    out: list[Raw] = []
    for m in _HEAD_FIRST_NAME.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue  # inside a word
        if _DUTCH_POSTCODE_DIGITS_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # a Dutch postcode's letters: "2555 CH Den Haag"
        words = [w for w in m.group(1).split() if not _PARTICLE.fullmatch(w)]
        end = m.end()
        for word in words:
            if word.lower() in _DEPARTMENT_WORDS:  # "Hospital General · Servicio de ..."
                end = text.index(word, m.start(1))
                words = words[: words.index(word)]
                break
        romance = len(words) < len(m.group(1).split()) or words[0].title() in _ARTICLES
        words = [w for w in words if w.title() not in _ARTICLES]
        if m.group().isupper() and len(m.group()) - len(m.group(1)) > _SHORTEST_CAPITAL_NAME:
            # a name in capitals after its head in capitals: words, not acronyms ("HOSPITAL
            # UNIVERSITARIO VIRGEN DE LA ALMENARA"; not "HOSPITAL IPD", "HOSPITAL SDN BHD")
            if not all(w.isalpha() and len(w) >= _SHORTEST_CAPITAL_NAME for w in words):
                continue
        else:  # (an acronym is no name after a head: "CAP CURB-65", "Hospital PAS")
            words = [w for w in words if not w.isupper()]
        if not any(_naming_word(word, romance) for word in words):
            continue  # "Hospital Course", "Hospital de Día", "Centro de Salud Mental"
        if _HOUSE_NUMBER_AFTER.match(text, end):
            continue  # a street after the head: "Huisartsenpraktijk Kerkstraat 44, 9300 Aalst"
        out.append((m.start(), len(text[:end].rstrip(" \t")), "IDENTIFIER", _SCORE))
    return out


def _naming_word(word: str, romance: bool) -> bool:
    """Whether a word of a head-first institution's name says which one: no kind of
    institution, no specialty ("Oncología") and, in a name without a particle or an article
    of those languages, no English word ("Hospital Course", "CAP Treated"; "CS Las Acacias")."""
    key = word.lower().strip("'’.")
    if key in _KIND_WORDS or key.endswith(_SPECIALTY_ENDINGS):
        return False
    return romance or not (key in safe_words() or inflected_from(key, safe_words()))


def organisation_spans(text: str) -> list[Raw]:
    """``(start, end, entity, score)`` for each organisation name in ``text``."""
    out: list[Raw] = []
    units = False
    for head in _HEAD.finditer(text):
        if head.start() > 0 and text[head.start() - 1].isalnum():
            continue  # inside a word
        word = head.group()
        if word in _UNIT_HEADS:
            units = True
            if word not in _HEADS:
                continue
        after = _NEXT_WORD.match(text, head.end())
        if after is not None and after.group(1) not in _HEADS and word not in _VA_SITES:
            continue  # the name goes on past the head: "Oregon Health Plan", "Health Office"
        if word in _ADJECTIVE_HEADS and _LOWER_WORD_AFTER.match(text, head.end()):
            continue  # an adjective: "Medical director", "Medical records"
        start = _first_word(
            text, head.start(), word.title() in _STRICT_HEADS, word in _LEGAL_FORMS
        )
        if start is not None:
            of = _OF_AFTER.match(text, head.end())
            out.append((start, head.end() if of is None else of.end(), "IDENTIFIER", _SCORE))
    found: list[re.Match[str]] = []
    if "USS " in text or "USNS " in text:
        found += _SHIP.finditer(text)
    if " Local " in text:
        found += _UNION_LOCAL.finditer(text)
    if units:
        found += _UNIT.finditer(text)
    if not text.isascii():  # (a note in those languages has a letter with an accent)
        out += _head_first_spans(text)
    return out + [(m.start(), m.end(), "IDENTIFIER", _SCORE) for m in found]


def _first_word(text: str, head: int, strict: bool, legal: bool) -> int | None:
    """Where the run of capitalised words before the head word at ``head`` starts, if a word
    of it is more than generic (``strict``: a name, see :data:`_STRICT_HEADS`); else None.
    A comma may stand before a ``legal`` form only."""
    floor = max(0, head - _REACH)
    words: list[tuple[int, str]] = []
    start = head
    while len(words) < _MAX_WORDS:
        m = _WORD_BEFORE.search(text, floor, start)
        if m is None or (m.group("comma") and (words or not legal)):
            break
        start = m.start()
        words.append((start, m.group().split()[0]))
    while words and not words[-1][1][0].isupper():
        words.pop()  # a connector ("of", "&") only inside a name
    specific = _is_name if strict else _is_specific
    if not any(specific(word) for _, word in words):
        return None
    if len(words) == 1 and words[0][1].lower() in given_names() and not legal:
        return None  # a person: "David Church", "Kimberly Temple" (not "Willis Ltd")
    return words[-1][0]


def _is_specific(word: str) -> bool:
    """Whether ``word`` of a run says which organisation: a capitalised word that is not
    generic (``Valley`` of ``Valley Steel Supply``); in capitals, one no vocabulary here holds
    (``HARBORVIEW``; headings are in capitals: ``SCHOOL HEALTH FORM``)."""
    if not word[0].isupper() or (word.isupper() and len(word) <= _ABBREVIATION):
        return False  # "EMS PATIENT CARE"
    lower = word.lower().rstrip(".")
    if lower in _GENERIC or (lower in clinical_terms() and lower not in _NAMING_WORDS):
        return False
    return not word.isupper() or lower not in safe_words() or lower in _PLACE_WORDS


def _is_name(word: str) -> bool:
    """Whether ``word`` of a run before a heading-like head names the organisation: it is
    specific, and a person's or a town's name or no common word (``Eastgate``, ``Catherine``),
    nor an eponym or an adjective of a clinical heading (``Mohs``, ``Robotic``)."""
    if not _is_specific(word):
        return False
    lower = word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
    if lower in eponyms() or lower.endswith(_ADJECTIVE_ENDINGS):
        return False
    if lower in name_words() or lower in cities() or lower in _PLACE_WORDS:
        return True
    if lower in safe_words() or inflected_from(lower, safe_words()):
        return False  # "Activities of Daily Living"
    if lower.endswith(_DISCIPLINE_ENDINGS):
        return False  # "OPIOID TREATMENT PROGRAM", "ENDOSCOPY CENTER"
    # in capitals, a word no list holds, longer than an abbreviation ("KWUN TONG EASTERN
    # HOSPITAL" is no name: "TAMPINES RIVERSIDE GENERAL HOSPITAL" is)
    return not word.isupper() or len(word) > _ABBREVIATION
