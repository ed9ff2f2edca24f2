"""Lazily built parts of a de-identification result: spans and restore-map segments."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from maas_client.privacy import Policy, RestoreMap, Segment, deidentify, detect

NOTE = (
    "Patient: John Smith, MRN 00123456, seen 03/04/2021 at 12 Oak Street, Springfield, "
    "IL 62704. Call 555-123-4567. John Smith agreed."
)


def test_spans_match_detect() -> None:
    out = deidentify(NOTE)
    expected = tuple(detect(NOTE))
    assert len(out.spans) == len(expected)
    assert out.spans == expected
    assert out.spans[0] == expected[0]
    assert out.spans[1:3] == expected[1:3]
    assert list(out.spans) == list(expected)
    assert repr(out.spans) == repr(expected)
    assert out.spans == deidentify(NOTE).spans
    assert hash(out.spans) == hash(expected)


def test_segments_built_on_demand_match_offsets() -> None:
    for policy in (None, Policy.safe_harbor()):
        out = deidentify(NOTE, policy)
        assert len(out.restore) == len(out.spans)  # before the segments are built
        segments = out.restore._segments
        assert len(out.restore) == len(segments)
        for seg, span in zip(segments, out.spans, strict=True):
            assert (seg.o_start, seg.o_end, seg.entity) == (span.start, span.end, span.entity)
            replacement = out.text[seg.m_start : seg.m_end]
            assert out.restore.to_original(seg.m_start, seg.m_end) == (span.start, span.end)
            assert replacement != NOTE[span.start : span.end]
        assert out.reidentify(out.text) == NOTE


def test_restore_map_from_segment_list() -> None:
    original, masked = "Hi John.", "Hi [NAME_1]."
    rmap = RestoreMap(original, masked, [Segment(3, 11, 3, 7, "PERSON")], {"[NAME_1]": "John"})
    assert len(rmap) == 1
    assert rmap.to_original(3, 11) == (3, 7)
    assert rmap.to_original(11, 12) == (7, 8)
    assert rmap.reidentify("[NAME_1]!") == "John!"
    assert rmap.entity_counts == {"PERSON": 1}


def test_separator_led_scan_matches_plain_scan() -> None:
    from maas_client.privacy import _patterns
    from maas_client.testing.phi_corpus import generate_corpus

    texts = [n.text for n in generate_corpus(60, 3)]
    texts += [
        "+1-533-998-1711 at start",
        "MRN 1234-(555) 123-4567",
        "see http://x.org/a/(555) 123-4567 now",
        "S/N AB12(3)-+1 555 123 4567",
        "José 03/04/2021 — Dr. Ünal, 555-123-4567\u00a0x12",
        "(555) 123-4567",
        "",
    ]
    for text in texts:
        led = _patterns._scan_led(text)
        assert led is None or led == _patterns._scan(text), text


_FRAGMENTS = ["Dr. ", "MRN ", "SSN ", "Tel ", "(555) ", "123-4567", "03/04/2021", " x12", "+1 ",
              "http://x.org/", "a@b.io", "10.0.0.1", ", MA 02139", "Ünal", "\u00a0", "-", "/",
              ".", ":", "(", "+", " ", "\n", "9", "07", "1st", " of May", "José"]


@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=3), max_size=30).map("".join))
@settings(max_examples=400, deadline=None)
def test_separator_led_scan_matches_plain_scan_on_generated_text(text: str) -> None:
    from maas_client.privacy import _patterns

    led = _patterns._scan_led(text)
    assert led is None or led == _patterns._scan(text)
