"""Operators, policies, restore maps and the Privacy config of maas_client.privacy."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from maas_client.privacy import (
    RESTRICTED_ZIP3,
    Deidentified,
    Operator,
    Policy,
    Privacy,
    decrypt_token,
    deidentify,
    mask,
    reidentify,
    safe_harbor,
)
from maas_client.privacy._dates import shift_date, year_of

KEY = b"k" * 32
NOTE = (
    "Patient: John Smith  MRN: 00123456  DOB: 03/04/1950\n"
    "Address: 1234 Main Street, Lake Jamesside, NV 89012. Phone (555) 123-4567.\n"
    "Smith is a 92-year-old man seen on March 4, 2021 at 08:30 by Dr. Ana Perez.\n"
    "Metformin 500 mg daily. BP 120/80. E11.9. Email john.smith@example.com."
)
PHI = [
    "John Smith", "00123456", "03/04/1950", "1234 Main Street", "Lake Jamesside", "89012",
    "(555) 123-4567", "92-year-old", "March 4, 2021", "Ana Perez", "john.smith@example.com",
]  # fmt: skip


def test_default_placeholders_are_typed_numbered_and_consistent() -> None:
    out = deidentify(NOTE)
    assert "[NAME_1]" in out.text and "[MRN_1]" in out.text and "[DATE_1]" in out.text
    assert "[ADDRESS_1]" in out.text and "[EMAIL_1]" in out.text
    # the same original value gets the same placeholder; "Smith" alone is a separate value
    assert out.text.count("[NAME_1]") == 1
    for value in PHI:
        assert value not in out.text
    for kept in ("Metformin 500 mg", "BP 120/80", "E11.9", "08:30"):
        assert kept in out.text
    assert reidentify(out.text, out.restore) == NOTE


def test_same_value_same_placeholder_within_a_call() -> None:
    out = deidentify("Dr. Ana Perez saw me. Later Dr. Ana Perez called.")
    assert out.text.count("[NAME_1]") == 2
    assert "[NAME_2]" not in out.text


def test_placeholders_never_collide_with_input() -> None:
    text = "[NAME_1] wrote: Patient: John Smith, [DATE_1] and 03/04/2021"
    out = deidentify(text)
    assert "[NAME_2]" in out.text and "[DATE_2]" in out.text
    assert out.text.startswith("[NAME_1] wrote:")
    assert out.reidentify(out.text) == text
    # a summary quoting the tokens is re-identified; the pre-existing token is left alone
    assert out.reidentify("[NAME_1] said [NAME_2] came on [DATE_2].") == (
        "[NAME_1] said John Smith came on 03/04/2021."
    )


def test_reidentify_a_summary() -> None:
    out = deidentify(NOTE)
    summary = "[NAME_1] (MRN [MRN_1]) was seen on [DATE_2]."
    expected = "John Smith (MRN 00123456) was seen on March 4, 2021."
    assert reidentify(summary, out.restore) == expected


def test_redact_and_mask() -> None:
    pol = Policy(default=Operator.REDACT, overrides={"SSN": Operator.MASK})
    out = deidentify("Patient: John Smith SSN 123-45-6789", pol)
    assert out.text == "Patient: [REDACTED] SSN ***-**-****"
    assert out.reidentify(out.text) == "Patient: John Smith SSN 123-45-6789"
    assert mask("123-45-6789", "#", keep_last=4) == "###-##-6789"


def test_hash_is_keyed_and_deterministic() -> None:
    pol = Policy(default=Operator.HASH, key=KEY)
    a = deidentify("Patient: John Smith", pol).text
    b = deidentify("Patient: John Smith", pol).text
    c = deidentify("Patient: John Smith", Policy(default=Operator.HASH, key=b"z" * 32)).text
    assert a == b != c
    assert re.fullmatch(r"Patient: \[NAME#[0-9a-f]{16}\]", a)


def test_aes_siv_tokens_are_deterministic_and_reversible() -> None:
    pol = Policy(default=Operator.ENCRYPT, key=KEY)
    out = deidentify("Patient: John Smith, MRN: 00123456", pol)
    tokens = re.findall(r"\[[A-Z_]+:[A-Z2-7]+\]", out.text)
    assert len(tokens) == 2
    assert deidentify("Patient: John Smith, MRN: 00123456", pol).text == out.text
    assert decrypt_token(tokens[0], pol) == "John Smith"
    assert out.reidentify(f"Summary: {tokens[1]}") == "Summary: 00123456"
    with pytest.raises(ValueError):
        decrypt_token(tokens[0], Policy(default=Operator.ENCRYPT, key=b"x" * 32))


def test_date_shift_is_per_patient_consistent_and_keeps_format() -> None:
    pol = Policy(overrides={"DATE": Operator.DATE_SHIFT}, key=KEY, patient_id="p-1")
    text = "Seen 03/04/2021 and 2021-03-05, follow-up March 10, 2021."
    a = deidentify(text, pol)
    b = deidentify(text, pol)
    assert a.text == b.text
    days = pol.shift_days()
    assert days != 0 and -365 <= days <= 365
    assert shift_date("03/04/2021", days) in a.text
    assert re.search(r"\d\d/\d\d/\d{4}", a.text) and re.search(r"\d{4}-\d\d-\d\d", a.text)
    other = deidentify(text, pol, patient_id="p-2")
    assert Policy(key=KEY).shift_days("p-2") != days or other.text == a.text
    assert a.reidentify(a.text) == text


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("03/04/2021", 30, "04/03/2021"),
        ("3-4-21", 30, "4-3-21"),
        ("2021-03-04", -400, "2020-01-29"),
        ("March 4, 2021", 30, "April 3, 2021"),
        ("4 Mar 2021", 30, "3 Apr 2021"),
        ("Mar 4th", 30, "Apr 3rd"),
        ("03/2021", 30, "04/2021"),
        ("31/12/2020", 1, "01/01/2021"),
    ],
)
def test_shift_date_formats(value: str, days: int, expected: str) -> None:
    assert shift_date(value, days) == expected


def test_year_of() -> None:
    assert year_of("March 4, 2021") == "2021"
    assert year_of("3-4-21") == "2021"
    assert year_of("Mar 4th") is None


def test_safe_harbor_generaliser() -> None:
    assert safe_harbor("ZIP", "02139") == "021**"
    assert safe_harbor("ZIP", "03601-1234") == "000**"
    restricted = "036 059 063 102 203 556 692 790 821 823 830 831 878 879 884 890 893"
    assert set(RESTRICTED_ZIP3) == set(restricted.split(" "))
    for prefix in RESTRICTED_ZIP3:
        assert safe_harbor("ZIP", prefix + "12") == "000**"
    assert safe_harbor("AGE", "92-year-old") == "90 or older"
    assert safe_harbor("DATE", "March 4, 2021") == "2021"
    assert safe_harbor("DATE", "March 4, 2021", keep_year=False) is None
    out = deidentify(
        "Patient: John Smith, Boston, MA 02139. Age: 93\nSeen 03/04/2021.", Policy.safe_harbor()
    )
    assert "021**" in out.text and "90 or older" in out.text and "Seen 2021." in out.text
    assert "[NAME_1]" in out.text
    no_year = deidentify("Seen 03/04/2021.", Policy.safe_harbor(keep_year=False))
    assert no_year.text == "Seen [DATE_1]."


def test_keep_operator_and_entity_filter() -> None:
    pol = Policy(overrides={"CITY": Operator.KEEP})
    out = deidentify("Address: 12 Oak Ave, Lake Jamesside, NV 89012", pol)
    assert "Lake Jamesside" in out.text and "[ZIP_1]" in out.text
    out2 = deidentify("Patient: John Smith, MRN: 12345678", entities=["MRN"])
    assert out2.text == "Patient: John Smith, MRN: [MRN_1]"


def test_policy_validation() -> None:
    with pytest.raises(ValueError, match="key"):
        Policy(default=Operator.HASH)
    with pytest.raises(ValueError, match="unknown entity"):
        Policy(overrides={"NOPE": Operator.REDACT})
    pol = Policy(overrides={"ssn": "mask"}, key=KEY)  # type: ignore[dict-item]
    assert pol.operator_for("SSN") is Operator.MASK
    assert "kkkk" not in repr(pol)


def test_overlapping_and_adjacent_spans_are_merged() -> None:
    out = deidentify("Fax: 555-765-4321")
    assert out.text == "Fax: [FAX_1]"
    assert len(out.spans) == 1


def test_to_original_maps_offsets() -> None:
    out = deidentify(NOTE)
    masked = out.text
    i = masked.index("[NAME_1]")
    assert out.restore.to_original(i, i + len("[NAME_1]")) == (9, 19)
    j = masked.index("Metformin")
    s, e = out.restore.to_original(j, j + 9)
    assert NOTE[s:e] == "Metformin"
    # a sentence that spans replacements maps to the whole original sentence
    k = masked.index("[NAME_2] is a")
    end = masked.index("]", masked.index("by Dr. [NAME_")) + 2
    s, e = out.restore.to_original(k, end)
    assert NOTE[s:e].startswith("Smith is a 92-year-old") and NOTE[s:e].endswith("Ana Perez.")
    with pytest.raises(ValueError):
        out.restore.to_original(0, len(masked) + 1)


def test_repr_and_str_never_show_phi() -> None:
    pol = Policy(default=Operator.ENCRYPT, key=KEY, patient_id="patient-secret-id")
    results = [deidentify(NOTE), deidentify(NOTE, pol)]
    privacy = Privacy(policy=pol)
    for out in results:
        for shown in (repr(out), str(out), repr(out.restore), str(out.restore), repr(privacy),
                      str(privacy), repr(pol), repr(out.spans)):  # fmt: skip
            for value in [*PHI, "Smith", "patient-secret-id", repr(KEY)]:
                assert value not in shown
    assert repr(results[0]).startswith("Deidentified(")
    assert "replacements=" in repr(results[0].restore)


def test_restore_map_cannot_be_pickled_or_copied() -> None:
    out = deidentify(NOTE)
    with pytest.raises(TypeError):
        pickle.dumps(out.restore)
    with pytest.raises(TypeError):
        copy.deepcopy(out.restore)


def test_privacy_config() -> None:
    on = Privacy()
    assert on.enabled and on.policy is None and on.entities is None
    off = Privacy.off()
    assert not off.enabled
    assert off.deidentify(NOTE).text == NOTE
    res = on.deidentify(NOTE)
    assert isinstance(res, Deidentified) and res.text != NOTE
    assert res.reidentify(res.text) == NOTE
    limited = Privacy(entities=["mrn"])
    assert limited.entities == frozenset({"MRN"})
    assert "John Smith" in limited.deidentify(NOTE).text
    with pytest.raises(AttributeError):
        on.enabled = False  # type: ignore[misc]
    same = Privacy(policy=Policy.safe_harbor())
    assert same == Privacy(policy=Policy.safe_harbor())
    assert hash(same) == hash(Privacy(policy=Policy.safe_harbor()))
    with pytest.raises(ValueError):
        Privacy(entities=["NOPE"])
