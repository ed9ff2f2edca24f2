"""De-identification on text the generator never wrote: the hand-written adversarial corpus.

``tests/data/deid_adversarial/cases.jsonl`` holds at least ten prose cases per Safe Harbor
category in formats ``maas_client.testing.phi_corpus`` does not produce, plus clinical text
that must stay (drugs and doses, vitals, labs, scores, codes, eponyms). ``heldout.jsonl`` is
a second, smaller set in other phrasing. Both are built from the marked-up ``.txt`` files by
``build.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from maas_client.privacy import deidentify, detect
from maas_client.privacy._lexicon import split_words
from maas_client.testing.deid_eval import Case, Score, evaluate, load_cases, probe_sets
from maas_client.testing.phi_corpus import generate_corpus

DATA = Path(__file__).parent / "data" / "deid_adversarial"
PATTERN_CATEGORIES = split_words(
    """DATE PHONE FAX EMAIL SSN MRN HEALTH_PLAN ACCOUNT LICENSE VEHICLE DEVICE URL IP ZIP AGE
    BIOMETRIC PHOTO OTHER"""
)
NAME_CATEGORIES = ("NAME", "ADDRESS", "CITY")


def _spans(level: str) -> Callable[[str], list[tuple[int, int]]]:
    def run(text: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in detect(text, level=level)]

    return run


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_cases(DATA / "cases.jsonl")


@pytest.fixture(scope="module")
def default_score(cases: list[Case]) -> Score:
    return evaluate(cases, _spans("safe_harbor"))


def _describe_misses(cases: list[Case], score: Score) -> list[str]:
    # category and case number only: the corpus is synthetic, but keep failures terse
    return [f"{cases[k].spans[i][2]} in case {k}" for k, i in score.missed]


def test_corpus_has_ten_cases_per_category(cases: list[Case]) -> None:
    per_category = Counter(c.category for c in cases)
    for category in (*PATTERN_CATEGORIES, *NAME_CATEGORIES):
        assert per_category[category] >= 10, category
    assert sum(len(c.keep) for c in cases) >= 100  # must-stay clinical spans


def test_corpus_gold_spans_are_consistent(cases: list[Case]) -> None:
    for case in cases:
        for start, end, _category in case.spans:
            assert 0 <= start < end <= len(case.text)
            assert case.text[start:end].strip() == case.text[start:end]
        for start, end in case.keep:
            assert not any(s < end and start < e for s, e, _c in case.spans)


@pytest.mark.parametrize("category", PATTERN_CATEGORIES)
def test_every_pattern_category_is_fully_masked(
    cases: list[Case], default_score: Score, category: str
) -> None:
    assert default_score.recall_of(category) == 1.0, _describe_misses(cases, default_score)


@pytest.mark.parametrize("category", NAME_CATEGORIES)
def test_names_and_addresses_are_masked(default_score: Score, category: str) -> None:
    assert default_score.recall_of(category) >= 0.98


def test_precision_on_the_adversarial_corpus(default_score: Score) -> None:
    assert default_score.precision >= 0.85


def test_no_clinical_must_stay_term_is_masked(cases: list[Case], default_score: Score) -> None:
    broken = [cases[k].text[slice(*cases[k].keep[i])] for k, i in default_score.broken]
    assert broken == []


def test_held_out_set(cases: list[Case]) -> None:
    held_out = load_cases(DATA / "heldout.jsonl")
    score = evaluate(held_out, _spans("safe_harbor"))
    assert score.overall_recall >= 0.95
    assert score.precision >= 0.85
    assert score.broken == []


def test_levels_order_recall(cases: list[Case], default_score: Score) -> None:
    """strict masks at least what safe_harbor does, which masks more than the typed detectors."""
    strict = evaluate(cases, _spans("strict"))
    light = evaluate(cases, _spans("light"))
    assert strict.overall_recall >= default_score.overall_recall > light.overall_recall
    # strict trades clinical text for recall: it may mask a bare "Plt 412" or an eponym


def test_generated_corpus_no_regression() -> None:
    """On the generator's notes the net loses no recall against the typed detectors alone."""
    notes = generate_corpus(150, seed=7)
    as_cases = [Case(n.text, tuple((s, e, ent) for ent, s, e in n.spans)) for n in notes]
    light = evaluate(as_cases, _spans("light"))
    default = evaluate(as_cases, _spans("safe_harbor"))
    for category in light.recall:
        assert default.recall_of(category) >= light.recall_of(category), category
        assert default.recall_of(category) >= 0.99, category
    assert default.precision >= 0.95


def test_deidentified_text_keeps_clinical_terms_and_restores(cases: list[Case]) -> None:
    for case in cases:
        out = deidentify(case.text)
        for start, end in case.keep:
            assert case.text[start:end] in out.text
        for start, end, _category in case.spans:
            assert case.text[start:end] not in out.text or not case.text[start:end].strip()
        assert out.reidentify(out.text) == case.text


def test_levels_are_checked_and_kept() -> None:
    from maas_client.privacy import Privacy

    assert Privacy().level == "safe_harbor"
    assert Privacy(level="strict").deidentify("Plt 412 today").text == "Plt [ID_1] today"
    # strict masks the words of scripts without capitals, which no vocabulary here judges
    assert Privacy(level="strict").deidentify("accepting (张秀英) for STEMI").text == (
        "accepting ([ID_1]) for STEMI"
    )
    # a form's label in any language stays at safe_harbor; at strict a word nobody knows that
    # opens a line before a colon is masked still, as a chat's speaker may be
    chat = "Tsetsegmaa: thank you"
    assert Privacy().deidentify(chat).text == chat
    assert Privacy(level="strict").deidentify(chat).text == "[NAME_1]: thank you"
    # the typed detectors alone leave the given names of "Last, First Middle"
    assert Privacy(level="light").deidentify("Pt: Nguyen, Thi Bich").text == (
        "Pt: [NAME_1], Thi Bich"
    )
    assert Privacy().deidentify("Pt: Nguyen, Thi Bich").text == "Pt: [NAME_1], [NAME_2]"
    with pytest.raises(ValueError, match="unknown privacy level"):
        Privacy(level="paranoid")
    with pytest.raises(ValueError, match="unknown privacy level"):
        detect("x", level="none")


def test_probe_sets_are_found_in_the_order_written(tmp_path: Path) -> None:
    for name in ("probe10.jsonl", "probe.jsonl", "probe2.jsonl", "probe2.txt", "probes.jsonl"):
        (tmp_path / name).write_text("", "utf-8")
    assert probe_sets(tmp_path) == ["probe", "probe2", "probe10"]
    assert probe_sets(tmp_path, ".txt") == ["probe2"]
    # every marked-up set in the repository has been built into its JSON Lines
    assert probe_sets(DATA, ".txt") == probe_sets(DATA)
