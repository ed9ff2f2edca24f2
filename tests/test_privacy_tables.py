"""Tables whose header says what a column holds (``maas_client.privacy._tables``).

All values are synthetic. A cell under an identifying header is masked whatever its words
(``Green`` under ``last``, ``Summit Logistics`` under ``employer``); the header itself and the
clinical columns stay.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maas_client.privacy import deidentify, detect
from maas_client.privacy._tables import column_entity

CSV = (
    "mrn,last,first,dob,plate,employer,school,zip,test,result\n"
    '4471823,Green,Rose,03/14/1951,7KRT442,Summit Logistics,Northgate Academy,02139,Na,140\n'
    '4471824,"Bell, Jr",Young,1949-02-01,ABC1234,Hallmark Freight,Riverside Elementary,60614,K,4\n'
)
PIPES = (
    "| Name | Plate | Employer | Age | Medication |\n"
    "|---|---|:---:|---|---|\n"
    "| Mark Ward | 4ABC 221 | Bluebird Daycare | 91 | Eliquis 5 mg |\n"
    "| Ellen West | 8XYZ221 | Stop and Shop | 45 | Keppra 500 mg |\n"
)
TABS = "MRN\tSurname\tGiven\tCity\n123456\tYoung\tGrace\tSpringfield\n"
ALIGNED = (
    "MRN       Surname     Given    City          Test      Result\n"
    "123456    Young       Grace    Springfield   Sodium    140\n"
    "77812     Bell                 Hope          Glucose   99\n"
)

# a column whose label the vocabulary lacks ("Mobilised day 1") is one more column, not prose
AUDIT = (
    "Case | NHS no | Name | Age | Mobilised day 1 | Residence\n"
    "01 | 401 223 7719 | ARKWRIGHT, Dorothy | 97 | Y | own home\n"
    "02 | 487 552 0934 | BELL, Albert | 86 | N | 14 Elm Road, Leigh\n"
)
# a table's labels in another language, with their accents
ITALIAN = (
    "ID | nome | sesso | nascita | età | comune | note\n"
    "LO-0031 | Cabras, Efisio | M | 7-IX-1923 | 101 | Talana | caduta, frattura polso\n"
)
REPORT = (
    "RM   BED PATIENT NAME            MRN        ATTENDING      DX\n"
    "----- --- --------------------- ---------- -------------- --------\n"
    "514   A   KING, MAY             00880017   PATEL R        COPD\n"
    "516   A   LAMB, CHRISTIAN       00885263   VOSS E         SBO\n"
    "TOTAL OCCUPIED: 6/24   CHARGE RN: on call\n"
)


def _masked(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (CSV, "Green"),
        (CSV, "Rose"),
        (CSV, "7KRT442"),
        (CSV, "Summit Logistics"),
        (CSV, "Riverside Elementary"),
        (CSV, "Bell, Jr"),  # a quoted cell holds the comma
        (PIPES, "4ABC 221"),
        (PIPES, "Bluebird Daycare"),
        (PIPES, "91"),
        (TABS, "Young"),
        (TABS, "Springfield"),
        (ALIGNED, "Hope"),  # placed under "City" by where it starts
        (ALIGNED, "Bell"),
        (REPORT, "KING, MAY"),  # in the columns the rule of dashes draws
        (REPORT, "VOSS E"),
        (AUDIT, "ARKWRIGHT, Dorothy"),
        (AUDIT, "97"),
        (AUDIT, "14 Elm Road, Leigh"),
        (ITALIAN, "101"),
        (ITALIAN, "Talana"),
        (ITALIAN, "Cabras, Efisio"),
        ("Dati raccolti alla prima visita.\n\n| età | comune |\n|---|---|\n| 101 | Talana |\n",
         "Talana"),  # a header of two labels, the first with an accent
    ],
)
def test_a_cell_under_an_identifying_header_is_masked(text: str, secret: str) -> None:
    assert secret in _masked(text)
    assert secret not in deidentify(text).text


@pytest.mark.parametrize(
    ("text", "clinical"),
    [
        (CSV, "mrn,last,first,dob,plate,employer,school,zip,test,result"),
        (CSV, "140"),
        (PIPES, "45"),  # an age column masks ages over 89 only
        (PIPES, "Keppra 500 mg"),
        (TABS, "MRN\tSurname\tGiven\tCity"),
        (ALIGNED, "Glucose   99"),
        (REPORT, "COPD"),
        # a row's number under "Case"; common words in lower case under "Residence"
        (AUDIT, "01 |"),
        (AUDIT, "| own home"),
        (REPORT, "TOTAL OCCUPIED: 6/24   CHARGE RN: on call"),  # it writes across the columns
        # a date column's comment is not a date; a comma between two words is prose
        ("Drug | Last dose | Admission action\nwarfarin 5 mg | 7/21 1800 | HOLD (INR 3.8)\n",
         "HOLD (INR 3.8)"),
        ("Date, time and place discussed.\nFollow up in 2 weeks, call if worse.\n",
         "Follow up in 2 weeks"),
    ],
)  # fmt: skip
def test_headers_and_clinical_columns_stay(text: str, clinical: str) -> None:
    assert clinical in deidentify(text).text


def test_a_cell_takes_the_type_a_typed_detector_gives_it() -> None:
    text = "ID | Name | Contact\nP-1 | Ana Cruz | +1 617 555 0147\nP-2 | Li Wei | Ana Cruz\n"
    types = {text[s.start : s.end]: s.entity for s in detect(text)}
    assert types["+1 617 555 0147"] == "PHONE"  # not a PERSON, though "Contact" holds names
    assert types["Li Wei"] == "PERSON"


def test_a_row_whose_cells_run_together_is_read_by_its_labels() -> None:
    """Cells apart by one space where each starts under its label: the age and the admission
    date are masked, the code and diagnosis stay."""
    text = (
        "RM   RESIDENT         AGE  ADMIT      CODE    DX\n"
        "107  EASTMAN, FLOYD   90 03/01/2020 DNR/DNI COPD\n"
    )
    masked = {text[s.start : s.end] for s in detect(text)}
    assert {"90", "03/01/2020"} <= masked
    assert not any("COPD" in m or "DNR" in m for m in masked)


def test_a_header_must_read_as_labels() -> None:
    text = "Pt Avery, Douglas Andrew, mrn 5953843\nStage 4 ulcer, 6.1 x 4.7 cm, NIHSS 11.\n"
    masked = _masked(text)
    assert "Avery, Douglas Andrew" in masked  # the line is not a header: its names stay found
    assert "NIHSS 11." not in masked


@pytest.mark.parametrize(
    ("label", "entity"),
    [
        ("Last Name", "PERSON"),
        ("pt_name", "PERSON"),
        ("DOB", "DATE"),
        ("Date of Service", "DATE"),
        ("Home Phone", "PHONE"),
        ("Zip Code", "ZIP"),
        ("Plate No.", "VEHICLE"),
        ("Member ID", "HEALTH_PLAN"),
        ("Employer", "IDENTIFIER"),
        ("Badge #", "IDENTIFIER"),
        ("Drug Name", None),
        ("Facility Address", None),
        ("Result", None),
        ("Admission Action", None),
        ("Età", "AGE"),
        ("Teléfono", "PHONE"),
        ("Código postal", "ZIP"),
        ("Wohnort", "CITY"),
    ],
)
def test_column_entity(label: str, entity: str | None) -> None:
    assert column_entity(label) == entity


TABLE_PIECES = [
    "mrn", "last", "Name", "City", "dob", "Test", ",", "\t", "|", "  ", "\n", '"', "---", " ",
    "Green", "4471823", "03/14/1951", "Na 140", "91", "", "Bell, Jr",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TABLE_PIECES), max_size=40))
def test_tables_restore_exactly(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans = detect(text)
    assert all(0 <= a.start < a.end <= len(text) for a in spans)
    assert all(a.end < b.start for a, b in itertools.pairwise(spans))
    out = deidentify(text)
    assert out.reidentify(out.text) == text
