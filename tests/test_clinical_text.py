"""The clinical sentence splitter: abbreviations, decimals, lists, headers, offsets, speed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mock_server.models.clinical_text import (
    CANONICAL_SECTIONS,
    SECTION_ALIASES,
    SentenceSpan,
    split_sentences,
)


def texts(note: str) -> list[str]:
    return [s.text(note) for s in split_sentences(note)]


def sections(note: str) -> list[tuple[str | None, str]]:
    return [(s.section, s.text(note)) for s in split_sentences(note)]


def test_empty_and_whitespace_notes_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n ") == []


def test_one_sentence_without_final_period() -> None:
    assert texts("  Patient doing well  ") == ["Patient doing well"]
    assert split_sentences("  Patient doing well  ") == [SentenceSpan(2, 20, None)]


def test_plain_sentence_ends() -> None:
    note = "Patient seen today. Is she improving? Yes! Follow up in 2 weeks."
    assert texts(note) == ["Patient seen today.", "Is she improving?", "Yes!",
                           "Follow up in 2 weeks."]


@pytest.mark.parametrize("title", ["Dr.", "Mr.", "Mrs.", "Ms."])
def test_titles_never_end_a_sentence(title: str) -> None:
    note = f"Seen with {title} Smith in clinic. Labs reviewed."
    assert texts(note) == [f"Seen with {title} Smith in clinic.", "Labs reviewed."]


@pytest.mark.parametrize("abbrev", ["vs.", "e.g.", "i.e.", "approx.", "etc."])
def test_latin_abbreviations_do_not_split_before_lower_case(abbrev: str) -> None:
    note = f"Likely viral {abbrev} a mild course expected. Return if worse."
    assert texts(note) == [f"Likely viral {abbrev} a mild course expected.", "Return if worse."]


def test_vs_and_eg_do_not_split_even_before_capitals() -> None:
    note = "Differential includes NSTEMI vs. Unstable angina. Consider causes, e.g. Lyme disease."
    assert texts(note) == ["Differential includes NSTEMI vs. Unstable angina.",
                           "Consider causes, e.g. Lyme disease."]


@pytest.mark.parametrize("abbrev", ["b.i.d.", "t.i.d.", "q.i.d.", "q.d.", "p.o.", "p.r.n.", "i.v."])
def test_dosing_abbreviations(abbrev: str) -> None:
    inside = f"Give 5 mg {abbrev} with food. Recheck."
    assert texts(inside) == [f"Give 5 mg {abbrev} with food.", "Recheck."]
    at_end = f"Start metformin 500 mg {abbrev} Lisinopril unchanged."
    assert texts(at_end) == [f"Start metformin 500 mg {abbrev}", "Lisinopril unchanged."]


def test_chained_dosing_abbreviations() -> None:
    note = "Metformin 500 mg p.o. b.i.d. Tylenol 650 mg p.o. q6h p.r.n. pain."
    assert texts(note) == ["Metformin 500 mg p.o. b.i.d.", "Tylenol 650 mg p.o. q6h p.r.n. pain."]


def test_decimals_never_split() -> None:
    note = "Temp 98.6 F. Creatinine 1.5 mg/dL, HbA1c 7.2%. Weight 72.35 kg."
    assert texts(note) == ["Temp 98.6 F.", "Creatinine 1.5 mg/dL, HbA1c 7.2%.", "Weight 72.35 kg."]


def test_number_at_sentence_end_still_splits() -> None:
    note = "The dose was increased to 1. Then he improved. HR 72. RR 16."
    assert texts(note) == ["The dose was increased to 1.", "Then he improved.", "HR 72.", "RR 16."]


def test_numbered_list_on_lines() -> None:
    note = "Medications:\n1. Metformin 500 mg b.i.d.\n2. Lisinopril 10 mg daily\n3) Aspirin 81 mg"
    assert sections(note) == [("Medications", "Metformin 500 mg b.i.d."),
                              ("Medications", "Lisinopril 10 mg daily"),
                              ("Medications", "Aspirin 81 mg")]


def test_inline_numbered_list() -> None:
    note = "Plan: 1. Start metformin 500 mg daily 2. Recheck A1c in 3 months 3. Diet referral."
    assert sections(note) == [("Plan", "Start metformin 500 mg daily"),
                              ("Plan", "Recheck A1c in 3 months"),
                              ("Plan", "Diet referral.")]


def test_bullets() -> None:
    note = "Plan\n- Continue heparin\n* Echo in AM\n• Cardiology consult"
    assert sections(note) == [("Plan", "Continue heparin"), ("Plan", "Echo in AM"),
                              ("Plan", "Cardiology consult")]


@pytest.mark.parametrize(
    ("header", "canonical"),
    [("HPI", "History of Present Illness"), ("History of Present Illness",
     "History of Present Illness"), ("Assessment", "Assessment"), ("Plan", "Plan"),
     ("Impression", "Assessment"), ("Medications", "Medications"),
     ("PMH", "Past Medical History"), ("ROS", "Review of Systems"),
     ("Physical Exam", "Physical Exam"), ("A/P", "Assessment and Plan"),
     ("ASSESSMENT AND PLAN", "Assessment and Plan"), ("Chief Complaint", "Chief Complaint")],
)
def test_section_headers_inline_and_on_their_own_line(header: str, canonical: str) -> None:
    inline = f"{header}: Stable overall. Continue current care."
    assert sections(inline) == [(canonical, "Stable overall."),
                                (canonical, "Continue current care.")]
    own_line = f"{header}:\nStable overall.\n"
    assert sections(own_line) == [(canonical, "Stable overall.")]


def test_headers_mid_line_after_a_sentence() -> None:
    note = "HPI: Cough for 3 days. Assessment: Viral URI. Plan: Fluids and rest."
    assert sections(note) == [("History of Present Illness", "Cough for 3 days."),
                              ("Assessment", "Viral URI."), ("Plan", "Fluids and rest.")]


def test_all_caps_and_unknown_headers() -> None:
    note = ("HOSPITAL COURSE\nUneventful stay.\nNEURO EXAM\nNonfocal.\n"
            "Skin Findings:\nNo rash.\nNKDA")
    assert sections(note) == [("Hospital Course", "Uneventful stay."), ("Neuro Exam", "Nonfocal."),
                              ("Skin Findings", "No rash."), ("Skin Findings", "NKDA")]


def test_header_alone_is_never_a_sentence() -> None:
    assert split_sentences("Plan:") == []
    assert texts("Assessment: CHF. Plan:") == ["CHF."]


def test_line_breaks_in_header_style_notes() -> None:
    note = "VITALS\nBP 120/80\nHR 72\nSpO2 98% on RA"
    assert texts(note) == ["BP 120/80", "HR 72", "SpO2 98% on RA"]


def test_wrapped_prose_stays_together() -> None:
    note = ("The patient is a 54-year-old woman with a history of\nmoderate persistent asthma who"
            " presents with\nworsening dyspnea. She has used albuterol\nevery 2 hours.")
    assert texts(note) == [note.split(". ")[0] + ".", "She has used albuterol\nevery 2 hours."]


def test_rulers_are_dropped() -> None:
    assert texts("Note\n-----\n=====\nAll good.") == ["Note", "All good."]


def test_every_alias_maps_to_a_canonical_section() -> None:
    assert set(SECTION_ALIASES.values()) == set(CANONICAL_SECTIONS)


def test_200kb_note_splits() -> None:
    # Speed and linear scaling are measured in benchmarks/long_text.py, not asserted here.
    unit = ("HPI: 67 y.o. man, Dr. Lee's patient, with chest pain. Temp 98.6 F.\n"
            "Medications:\n1. Metformin 500 mg p.o. b.i.d.\n2. Lisinopril 10 mg\n"
            "ASSESSMENT\nNSTEMI vs. angina. Plan: heparin.\n\n")
    note = (unit * (200_000 // len(unit) + 1))[:200_000]
    spans = split_sentences(note)
    assert len(spans) > 5000
    assert all(note[s.start:s.end].strip() for s in spans[:50])


@pytest.mark.parametrize("adversarial", ["a." * 100_000, "." * 200_000, "1. " * 60_000,
                                         "A:\n" * 60_000, "x" * 200_000, "Dr. " * 50_000])
def test_adversarial_inputs_are_split(adversarial: str) -> None:
    # That they stay linear is measured in benchmarks/long_text.py (a 2x input, about 2x time);
    # a catastrophic regex would hit the suite's per-test timeout here.
    spans = split_sentences(adversarial)
    assert all(0 <= s.start < s.end <= len(adversarial) for s in spans)


_PIECES = st.sampled_from([
    "Patient seen.", "Dr. Smith", "b.i.d.", "p.o.", "e.g.", "vs.", "98.6", "7.2%", "1.", "2.",
    "3)", "-", "*", "•", "HPI:", "Plan:", "A/P:", "ASSESSMENT", "Medications:", "\n", "\n\n",
    "  ", "no", "and", "Lisinopril", "mg", "?", "!", ":", "(", ")", "\"", "q6h", "etc.", "No.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map(" ".join))
def test_spans_are_exact_ordered_trimmed_and_disjoint(note: str) -> None:
    spans = split_sentences(note)
    last_end = 0
    for span in spans:
        assert 0 <= last_end <= span.start < span.end <= len(note)
        text = span.text(note)
        assert text == note[span.start:span.end]
        assert text == text.strip()
        assert any(c.isalnum() or c == "_" for c in text)
        assert span.section is None or span.section.strip()
        last_end = span.end
    assert split_sentences(note) == spans
