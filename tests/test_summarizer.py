"""The clinical-extractive summarizer, on the real MiniLM encoder (loaded once per module)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import hashlib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_server.models.minilm import MiniLMEncoder
from mock_server.models.summarizer import MAX_CANDIDATES, ExtractiveSummarizer, SummaryResult

NOTE = """PROGRESS NOTE

HPI: 66-year-old man admitted with community-acquired pneumonia of the right lower lobe.
He reports less cough and no fever since yesterday.

Vitals: T 37.0 C, HR 82, BP 124/76, SpO2 95% on RA

Physical Exam:
Crackles at the right base. No respiratory distress.

Assessment: Right lower lobe pneumonia, improving on ceftriaxone and azithromycin.
Plan:
1. Switch to oral amoxicillin today to complete 5 days.
2. Wean oxygen; ambulate with physical therapy.
3. Anticipate discharge home tomorrow.
"""


@pytest.fixture(scope="module")
def encoder() -> MiniLMEncoder:
    return MiniLMEncoder.load()


@pytest.fixture(scope="module")
def summarizer(encoder: MiniLMEncoder) -> ExtractiveSummarizer:
    return ExtractiveSummarizer.from_encoder(encoder)


def check_spans(note: str, result: SummaryResult, k: int) -> None:
    assert len(result.sentences) <= k
    last_end = 0
    for s in result.sentences:
        assert note[s.start:s.end] == s.text
        assert last_end <= s.start < s.end
        assert 0.0 <= s.score <= 1.0
        last_end = s.end
    assert result.summary == " ".join(s.text for s in result.sentences)


@pytest.mark.parametrize("note", ["", "   ", "\n\n\t"])
def test_empty_note_gives_empty_summary(summarizer: ExtractiveSummarizer, note: str) -> None:
    result = summarizer.summarize(note)
    assert result.sentences == [] and result.summary == ""
    assert tuple(result.usage) == (0, 0)


def test_one_sentence_note(summarizer: ExtractiveSummarizer) -> None:
    note = "  Patient is stable for discharge home today.  "
    result = summarizer.summarize(note, 3)
    assert [s.text for s in result.sentences] == ["Patient is stable for discharge home today."]
    assert result.summary == "Patient is stable for discharge home today."
    check_spans(note, result, 3)


def test_summary_of_a_header_style_note(summarizer: ExtractiveSummarizer,
                                        encoder: MiniLMEncoder) -> None:
    result = summarizer.summarize(NOTE, 3)
    check_spans(NOTE, result, 3)
    assert len(result.sentences) == 3
    sections = {s.section for s in result.sentences}
    assert sections & {"Assessment", "Plan"}
    assert all(s.text.rstrip(":") not in ("Plan", "Assessment", "Physical Exam")
               for s in result.sentences)
    texts = [t.text for t in _all_sentences(NOTE)]
    assert result.usage.input_sentences == len(texts)
    assert result.usage.input_tokens == sum(encoder.count_tokens(texts))


def _all_sentences(note: str) -> list[object]:
    from mock_server.models.clinical_text import split_sentences

    class T:
        def __init__(self, text: str) -> None:
            self.text = text

    return [T(s.text(note)) for s in split_sentences(note)]


def test_headers_alone_are_never_selected(summarizer: ExtractiveSummarizer) -> None:
    note = "Assessment:\nPlan:\nHOSPITAL COURSE\nMedications:\nStable angina, no changes."
    result = summarizer.summarize(note, 5)
    assert [s.text for s in result.sentences] == ["Stable angina, no changes."]


@pytest.mark.parametrize("k", [1, 2, 5, 20])
def test_respects_max_sentences(summarizer: ExtractiveSummarizer, k: int) -> None:
    result = summarizer.summarize(NOTE, k)
    assert len(result.sentences) == min(k, result.usage.input_sentences)
    check_spans(NOTE, result, k)


@pytest.mark.parametrize("k", [0, -1, 21])
def test_rejects_out_of_range_max_sentences(summarizer: ExtractiveSummarizer, k: int) -> None:
    with pytest.raises(ValueError, match="max_sentences"):
        summarizer.summarize(NOTE, k)


def test_deterministic(summarizer: ExtractiveSummarizer, encoder: MiniLMEncoder) -> None:
    first = summarizer.summarize(NOTE, 3)
    assert summarizer.summarize(NOTE, 3) == first
    assert ExtractiveSummarizer.from_encoder(encoder).summarize(NOTE, 3) == first


def test_mmr_removes_duplicates(summarizer: ExtractiveSummarizer) -> None:
    repeated = "Assessment: acute decompensated heart failure due to missed diuretic doses."
    note = "\n".join([repeated, repeated, repeated,
                      "Plan: restart furosemide 40 mg twice daily and check a BMP tomorrow.",
                      "He lives alone and walks with a cane."])
    texts = [s.text for s in summarizer.summarize(note, 2).sentences]
    assert len(texts) == 2 and len(set(texts)) == 2


def _hash_encode(texts: list[str]) -> np.ndarray:
    """A cheap deterministic stand-in encoder: unit vectors from a hash of each text."""
    rows = []
    for t in texts:
        seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
        v = np.random.default_rng(seed).standard_normal(16)
        rows.append(v / np.linalg.norm(v))
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), 16)


def test_candidate_cap_bounds_the_work() -> None:
    seen: list[int] = []

    def encode(texts: list[str]) -> np.ndarray:
        seen.append(len(texts))
        return _hash_encode(texts)

    note = " ".join(f"Sentence number {i} about the patient's course." for i in range(1000))
    result = ExtractiveSummarizer(encode).summarize(note, 5)
    assert seen == [MAX_CANDIDATES]
    assert result.usage.input_sentences == 1000
    check_spans(note, result, 5)


def test_200kb_note_gives_exact_spans(summarizer: ExtractiveSummarizer) -> None:
    # Its latency is measured in benchmarks/long_text.py, not bounded here.
    note = (NOTE * (200_000 // len(NOTE) + 1))[:200_000]
    result = summarizer.summarize(note, 5)
    check_spans(note, result, 5)


_PIECES = st.sampled_from([
    "Patient seen by Dr. Lee.", "Metformin 500 mg p.o. b.i.d.", "Temp 98.6 F.", "HPI:",
    "Assessment:", "Plan:", "1.", "2.", "-", "\n", "\n\n", "Chest pain resolved.",
    "Continue aspirin.", "A/P:", "No acute distress.", "Follow up in 2 weeks.", "vs.", "e.g.",
])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30).map(" ".join),
       st.integers(min_value=1, max_value=20))
def test_property_spans_exact_ordered_disjoint(summarizer: ExtractiveSummarizer, note: str,
                                               k: int) -> None:
    result = summarizer.summarize(note, k)
    check_spans(note, result, k)
    assert result == summarizer.summarize(note, k)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map(" ".join),
       st.integers(min_value=1, max_value=20))
def test_property_with_stub_encoder(note: str, k: int) -> None:
    summarizer = ExtractiveSummarizer(_hash_encode)
    result = summarizer.summarize(note, k)
    check_spans(note, result, k)
    assert result == summarizer.summarize(note, k)
