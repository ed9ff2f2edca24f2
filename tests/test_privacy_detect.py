"""Unit tests for maas_client.privacy.detect: one test per entity, plus clinical negatives."""

from __future__ import annotations

import itertools

import pytest

from maas_client.privacy import ENTITIES, Span, deidentify, detect


def found(text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Patient: John Smith was seen.", "PERSON", "John Smith"),
        ("Seen by Dr. Xylo Quintavious today.", "PERSON", "Xylo Quintavious"),
        ("Mrs. Okonkwo reports pain.", "PERSON", "Okonkwo"),
        ("Her daughter Kwabena called.", "PERSON", "Kwabena"),
        ("Electronically signed by: Ann O'Brien, RN", "PERSON", "Ann O'Brien"),
        ("Maria Garcia-Lopez presented with cough.", "PERSON", "Maria Garcia-Lopez"),
        ("José Pérez presented with cough.", "PERSON", "José Pérez"),
        ("Name: Smith, John A.", "PERSON", "Smith, John A."),
        ("Erkan Oderwald (pharmacist) confirmed.", "PERSON", "Erkan Oderwald"),
        ("At 1234 Main Street Apt. 5 with wife.", "STREET_ADDRESS", "1234 Main Street Apt. 5"),
        ("Mail to PO Box 4411 please.", "STREET_ADDRESS", "PO Box 4411"),
        ("Address: 12 Oak Ave, Lake Jamesside, NV 89012", "CITY", "Lake Jamesside"),
        ("He lives in Port Kimberly with family.", "CITY", "Port Kimberly"),
        ("Springfield, IL 62704-1234", "ZIP", "62704-1234"),
        ("Zip code: 02139", "ZIP", "02139"),
        ("DOB 03/04/2021.", "DATE", "03/04/2021"),
        ("seen 3-4-21 in clinic", "DATE", "3-4-21"),
        ("on 2021-03-04T08:30 admitted", "DATE", "2021-03-04T08:30"),
        ("since March 4, 2021 stable", "DATE", "March 4, 2021"),
        ("on 4 Mar 2021 stable", "DATE", "4 Mar 2021"),
        ("since Mar 4th stable", "DATE", "Mar 4th"),
        ("since 03/2021 stable", "DATE", "03/2021"),
        ("since 4th of March stable", "DATE", "4th of March"),
        ("underwent LHC on 2/14 showing", "DATE", "2/14"),
        ("lives with wife in Springfield, married", "CITY", "Springfield"),
        ("A 92-year-old woman", "AGE", "92-year-old"),
        ("Age: 95\n", "AGE", "95"),
        ("Call (555) 123-4567 today", "PHONE", "(555) 123-4567"),
        ("Call 555.123.4567 today", "PHONE", "555.123.4567"),
        ("Call +1 555 123 4567 today", "PHONE", "+1 555 123 4567"),
        ("Call +44 20 7946 0958 today", "PHONE", "+44 20 7946 0958"),
        ("Call (555) 123-4567 x123 today", "PHONE", "(555) 123-4567 x123"),
        ("Fax: 555-765-4321", "FAX", "555-765-4321"),
        ("Write to john.doe@mail.example.com now", "EMAIL", "john.doe@mail.example.com"),
        ("SSN 123-45-6789 on file", "SSN", "123-45-6789"),
        ("SSN: 123456789 on file", "SSN", "123456789"),
        ("MRN: 00123456", "MRN", "00123456"),
        ("MR# A1234567", "MRN", "A1234567"),
        ("Member ID: XJH123456789", "HEALTH_PLAN", "XJH123456789"),
        ("Medicare ID: 1EG4-TE5-MK73", "HEALTH_PLAN", "1EG4-TE5-MK73"),
        ("Account #: 99887766", "ACCOUNT", "99887766"),
        ("Driver's license: D1234567", "LICENSE", "D1234567"),
        ("Certificate #: C1234567", "CERTIFICATE", "C1234567"),
        ("VIN 1HGCM82633A004352 noted", "VEHICLE", "1HGCM82633A004352"),
        ("License plate: ABC-1234", "VEHICLE", "ABC-1234"),
        ("Pacemaker serial #: PM123456", "DEVICE", "PM123456"),
        ("See https://portal.example.org/a?b=1.", "URL", "https://portal.example.org/a?b=1"),
        ("See www.example.org for details", "URL", "www.example.org"),
        ("From 192.168.0.1.", "IP", "192.168.0.1"),
        ("From 2001:db8::1 today", "IP", "2001:db8::1"),
        ("Enrolled as subject STUDY-ENR-4471 in May.", "IDENTIFIER", "STUDY-ENR-4471"),
        ("Transplant list ID KAT4417.", "IDENTIFIER", "KAT4417"),
        ("Photo saved as IMG_0412_quince.jpg today", "IDENTIFIER", "IMG_0412_quince.jpg"),
    ],
)
def test_detects_entity(text: str, entity: str, value: str) -> None:
    assert (entity, value) in found(text)


def test_every_entity_has_a_case() -> None:
    import inspect

    src = inspect.getsource(test_detects_entity)  # the parametrize list sits above it
    module = inspect.getsource(inspect.getmodule(test_detects_entity))  # type: ignore[arg-type]
    assert src
    for entity in ENTITIES:
        assert f'"{entity}"' in module


CLINICAL = [
    "Metformin 500 mg PO BID; lisinopril 10 mg daily; atorvastatin 40 mg qhs.",
    "Prednisone 1.5 mg taper, colchicine 0.6 mg BID, 5 mg warfarin.",
    "BP 120/80, HR 72, RR 16, Temp 98.6 F, SpO2 97% on RA.",
    "Vitals: BP 142/90 mmHg, pulse 88, weight 82.5 kg, BMI 27.4.",
    "A1c 7.2% (ref 4.0-5.6), LDL 112 mg/dL, creatinine 1.1 mg/dL, eGFR 68.",
    "Hemoglobin 13.2 g/dL, WBC 7.4, platelets 245, sodium 138, potassium 4.1.",
    "Assessment: Type 2 diabetes mellitus (E11.9), essential hypertension (I10).",
    "ICD-10: J45.909, K21.9, E78.5.",
    "PHQ-9 score 6, GAD-7 score 4, CHA2DS2-VASc score 3.",
    "Dose taken at 08:30 and again at 20:15.",
    "Plan: Continue Metformin. Follow up in 3 months. Return precautions discussed.",
    "Troponin < 0.01 ng/mL at 0 and 3 hours. EKG: normal sinus rhythm.",
    "Patient is a 67-year-old with CKD stage 3a and CHF (EF 35%).",
    "Pain 4/10, improved from 7/10. Ambulating 150 feet.",
    "Started Jardiance 10 mg daily and Insulin glargine 12 units at bedtime.",
    "Assessment and Plan: Stable. Continue current regimen.",
    "He may 5 mg prn. Insulin 2 units.",
    "Patient reports chest pain radiating to the left arm.",
]


@pytest.mark.parametrize("text", CLINICAL)
def test_clinical_content_is_not_flagged(text: str) -> None:
    assert found(text) == []


def test_spans_are_sorted_disjoint_and_typed() -> None:
    text = "Patient: John Smith MRN: 12345678 DOB 01/02/1950 Smith called (555) 123-4567."
    spans = detect(text)
    assert all(isinstance(s, Span) for s in spans)
    assert all(a.end < b.start for a, b in itertools.pairwise(spans))
    assert {s.entity for s in spans} <= set(ENTITIES)


def test_every_occurrence_of_a_detected_value_is_found() -> None:
    text = "Patient: John Smith. Later Smith and John were both mentioned; Smithfield is a town."
    values = found(text)
    assert values.count(("PERSON", "Smith")) == 1
    assert ("PERSON", "John") in values
    # a further occurrence is a whole word: not "Smith" of the town "Smithfield"
    town = text.index("Smithfield")
    assert not any(s.start == town and s.end < town + len("Smithfield") for s in detect(text))


def test_entity_filter() -> None:
    text = "Patient: John Smith, MRN: 12345678, phone (555) 123-4567"
    assert {e for e, _ in found(text)} >= {"PERSON", "MRN", "PHONE"}
    only = detect(text, entities=["phone", "MRN"])
    assert {s.entity for s in only} == {"PHONE", "MRN"}
    with pytest.raises(ValueError, match="unknown entity"):
        detect(text, entities=["NOPE"])


def test_age_under_90_is_not_phi() -> None:
    assert found("A 67-year-old man, age 45.") == []
    assert found("A 90-year-old man.") == [("AGE", "90-year-old")]


def test_empty_and_plain_text() -> None:
    assert detect("") == []
    assert detect("no identifiers here at all.") == []


@pytest.mark.parametrize("level", ["light", "safe_harbor", "strict"])
def test_long_text_finds_what_each_part_finds(level: str) -> None:
    """The sweep over a long text finds every repeat; each copy is masked like the note alone."""
    note = "Patient: John Smith MRN: 12345678 seen 03/04/2021 by Dr. Ana Perez. Smith ok. "
    text = note * 400  # ~30 KB, many repeated values
    alone = [(s.entity, s.start, s.end) for s in detect(note, level=level)]
    spans = detect(text, level=level)
    assert sum(1 for s in spans if text[s.start : s.end] == "Smith") == 400
    for k in (0, 17, 399):
        base = k * len(note)
        copy = [
            (s.entity, s.start - base, s.end - base)
            for s in spans
            if base <= s.start < base + len(note)
        ]
        assert copy == alone


@pytest.mark.parametrize("text", ["Repeat chest X-ray in 6 weeks.", "CT scan and X-ray done.",
                                  "Chest X-ray shows a right lower lobe consolidation."])
def test_a_known_hyphenated_term_is_not_a_name(text: str) -> None:
    # "Ray" is a given name, but "X-ray" as a whole is a clinical term (seen in the demo note)
    assert deidentify(text).text == text
