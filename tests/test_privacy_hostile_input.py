"""De-identification takes time in proportion to the text, whatever the text.

Each input of ``data/deid_hostile.json`` once took time in the square of its length: a
pattern or a loop read on from every position to the end of a run (of spaces, of times, of
dotted words, of an HL7 field's words), or the sweep tried every value of a long column of
record numbers at each of its words. That is hours for a few megabytes: a hang for a service
that de-identifies what its users paste. Each is sized so that linear work takes about a
second here; quadratic work would take minutes, past the timeout below, so a regression fails
the test instead of passing slowly. No speed is asserted: the figures
belong to ``benchmarks/deid.py``, which reports throughput on these inputs at 10 KB and at
1 MB.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from maas_client.privacy import Privacy, detect
from maas_client.testing.deid_eval import load_hostile

PATH = Path(__file__).parent / "data" / "deid_hostile.json"
HOSTILE = load_hostile(PATH)

pytestmark = pytest.mark.slow


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_deidentified_and_restored_exactly(name: str) -> None:
    text = HOSTILE[name]
    result = Privacy().deidentify(text)
    assert result.restore.reidentify(result.text) == text


@pytest.mark.timeout(60)
@pytest.mark.parametrize("level", ["light", "strict"])
def test_hostile_input_at_every_level(level: str) -> None:
    # the costliest of the inputs per byte, at a tenth of its size, at the other levels
    text = load_hostile(PATH, size=25_000)["words in an HL7 field"]
    spans = detect(text, level=level)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_every_record_number_of_a_long_column_is_masked() -> None:
    text = HOSTILE["a column of record numbers"]
    result = Privacy().deidentify(text)
    assert "MRN-" not in result.text
    assert result.text.count("\n") == text.count("\n")


def test_a_run_of_spaces_holds_nothing_to_mask() -> None:
    assert detect(" " * 50_000) == []
    assert detect("\n" + "\t " * 25_000) == []
