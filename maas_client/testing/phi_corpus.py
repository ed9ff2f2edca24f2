"""A labelled synthetic clinical-note corpus for de-identification tests and benchmarks.

Everything is fake (Faker with a fixed seed). Each note carries gold spans
``(entity, start, end)`` for the identifiers it contains, using the entity names of
:mod:`maas_client.privacy`, mixed with clinical content that must *not* be masked (doses,
vitals, lab values, scores, ICD-10 codes, times of day, ages under 90).

Faker is a development dependency: it is imported here only, never by ``maas_client.privacy``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from faker import Faker

_EARLIEST = dt.date(1930, 1, 1)
_LATEST = dt.date(2025, 12, 31)
_OTHER_LOCALES = ("es_MX", "de_DE", "fr_FR", "it_IT", "pt_BR", "en_GB", "vi_VN", "en_IN")


@dataclass(frozen=True)
class LabelledNote:
    """One synthetic note with gold identifier spans.

    ``cued`` lists the ``(start, end)`` of PERSON spans that follow a context cue (a title,
    "Patient:", "signed by", a relation word...); the others are bare names.
    """

    text: str
    spans: tuple[tuple[str, int, int], ...]
    kind: str
    cued: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    def __repr__(self) -> str:
        return f"LabelledNote(kind={self.kind!r}, chars={len(self.text)}, spans={len(self.spans)})"


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[str, int, int]] = []
        self.cued: set[tuple[int, int]] = set()

    def t(self, text: str) -> _Builder:
        self.parts.append(text)
        self.size += len(text)
        return self

    def e(self, entity: str, value: str, *, cued: bool = False) -> _Builder:
        start = self.size
        self.t(value)
        self.spans.append((entity, start, self.size))
        if cued:
            self.cued.add((start, self.size))
        return self

    def note(self, kind: str) -> LabelledNote:
        return LabelledNote("".join(self.parts), tuple(self.spans), kind, frozenset(self.cued))


class _Gen:
    """Random identifier values in many formats."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fk = Faker("en_US")
        self.fk.seed_instance(seed)
        self.others = [Faker(loc) for loc in _OTHER_LOCALES]
        for i, f in enumerate(self.others):
            f.seed_instance(seed * 31 + i)

    def pick(self, *items: str) -> str:
        return self.r.choice(items)

    # --- names -------------------------------------------------------------------------
    def person_faker(self) -> Faker:
        return self.fk if self.r.random() < 0.75 else self.r.choice(self.others)

    def first(self) -> str:
        return str(self.person_faker().first_name())

    def last(self) -> str:
        return str(self.person_faker().last_name())

    def full(self) -> str:
        f = self.person_faker()
        style = self.r.random()
        if style < 0.15:
            return f"{f.first_name()} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {f.last_name()}"
        return f"{f.first_name()} {f.last_name()}"

    # --- dates -------------------------------------------------------------------------
    def date(self) -> str:
        d = self.fk.date_between_dates(date_start=_EARLIEST, date_end=_LATEST)
        m, dd, y = d.month, d.day, d.year
        mon = d.strftime("%B")
        fmts: list[Callable[[], str]] = [
            lambda: f"{m:02d}/{dd:02d}/{y}",
            lambda: f"{m}/{dd}/{y}",
            lambda: f"{m}-{dd}-{y % 100:02d}",
            lambda: f"{y}-{m:02d}-{dd:02d}",
            lambda: f"{mon} {dd}, {y}",
            lambda: f"{dd} {mon[:3]} {y}",
            lambda: f"{mon[:3]} {dd}{_ordinal(dd)}",
            lambda: f"{m:02d}/{y}",
            lambda: f"{mon} {y}",
            lambda: f"{mon[:3]}. {dd}, {y}",
            lambda: f"{dd}-{mon[:3]}-{y}",
            lambda: f"{m:02d}.{dd:02d}.{y}",
        ]
        return self.r.choice(fmts)()

    # --- contact -----------------------------------------------------------------------
    def phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.r.randint(200, 999), self.r.randint(0, 9999)
        fmts = [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"1-{a}-{b}-{c:04d}",
            f"+44 20 {self.r.randint(7000, 8999)} {c:04d}",
            f"({a}) {b}-{c:04d} x{self.r.randint(10, 9999)}",
            f"{a}-{b}-{c:04d} ext. {self.r.randint(10, 999)}",
            f"+1-{a}-{b}-{c:04d}",
            f"+49 30 {self.r.randint(100000, 99999999)}",
        ]
        return self.r.choice(fmts)

    def email(self) -> str:
        return str(self.r.choice([self.fk.email, self.fk.free_email, self.fk.company_email])())

    def ssn(self) -> str:
        v = str(self.fk.ssn())
        return self.r.choice([v, v.replace("-", " ")])

    def mrn(self) -> str:
        n = self.r.randint(10**6, 10**9)
        return self.pick(f"{n}", f"{n:010d}", f"A{n % 10**7:07d}", f"MR-{n % 10**6:06d}")

    def plan(self) -> str:
        letters = "".join(self.r.choices("ABCDEFGHJKLMNPQRSTUVWXYZ", k=3))
        return self.pick(
            f"{letters}{self.r.randint(10**8, 10**9)}",
            f"{self.r.randint(1, 9)}EG{self.r.randint(1, 9)}-TE{self.r.randint(1, 9)}-MK"
            f"{self.r.randint(10, 99)}",
            f"W{self.r.randint(10**8, 10**9)}",
        )

    def account(self) -> str:
        return self.pick(str(self.r.randint(10**7, 10**10)), f"AC-{self.r.randint(10**5, 10**7)}")

    def license(self) -> str:
        letter = self.r.choice("ABCDEFGHJKLMNPRSTW")
        return self.pick(f"{letter}{self.r.randint(10**6, 10**8)}", f"{letter}{letter}"
                         f"{self.r.randint(10**6, 10**7 - 1)}")

    def address(self) -> str:
        return str(self.fk.street_address())

    def city(self) -> str:
        return str(self.fk.city())

    def zip(self) -> str:
        return str(self.r.choice([self.fk.zipcode, self.fk.zipcode_plus4])())

    def url(self) -> str:
        return str(self.r.choice([self.fk.url, self.fk.uri])())

    def ip(self) -> str:
        return str(self.r.choice([self.fk.ipv4, self.fk.ipv4_private, self.fk.ipv6])())

    def age(self) -> tuple[str, str, str]:
        """(prefix, age span, suffix) with an age over 89."""
        n = self.r.randint(90, 104)
        return self.r.choice(
            [("A ", f"{n}-year-old", " "), ("Age: ", f"{n}", "\n"), ("aged ", f"{n}", " "),
             ("the ", f"{n} y/o", " "), ("is ", f"{n} years old", ". ")]
        )


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


CLINICAL_SENTENCES: tuple[str, ...] = (
    "BP 128/82, HR 76, RR 16, Temp 98.6 F, SpO2 97% on RA. ",
    "Vitals: BP 142/90 mmHg, pulse 88, weight 82.5 kg, BMI 27.4. ",
    "Metformin 500 mg PO BID; lisinopril 10 mg daily; atorvastatin 40 mg qhs. ",
    "Started Jardiance 10 mg daily and Insulin glargine 12 units at bedtime. ",
    "Colchicine 0.6 mg BID and Prednisone 1.5 mg taper. ",
    "A1c 7.2% (ref 4.0-5.6), LDL 112 mg/dL, creatinine 1.1 mg/dL, eGFR 68. ",
    "Hemoglobin 13.2 g/dL, WBC 7.4, platelets 245, sodium 138, potassium 4.1. ",
    "Assessment: Type 2 diabetes mellitus (E11.9), essential hypertension (I10). ",
    "ICD-10: J45.909, K21.9, E78.5. ",
    "PHQ-9 score 6, GAD-7 score 4, CHA2DS2-VASc score 3. ",
    "Dose taken at 08:30 and again at 20:15. ",
    "Plan: Continue Metformin. Follow up in 3 months. Return precautions discussed. ",
    "Troponin < 0.01 ng/mL at 0 and 3 hours. EKG: normal sinus rhythm. ",
    "Albuterol 2 puffs q4h PRN. Fluticasone 110 mcg 2 puffs BID. ",
    "Smoker, 20 pack-years. Drinks 2 beers per week. ",
    "Ordered CBC, BMP, TSH and lipid panel. Chest X-ray clear. ",
    "Pain 4/10, improved from 7/10. Ambulating 150 feet with walker. ",
    "Patient is a 67-year-old with CKD stage 3a and CHF (EF 35%). ",
    "Assessment and Plan: Stable. Continue current regimen. ",
    "Warfarin 5 mg daily, INR 2.4 on 3.5 mg Tuesdays. ",
)

_RELATIONS = ("daughter", "son", "wife", "husband", "sister", "brother", "mother", "friend")
_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.")


def _header_note(g: _Gen) -> LabelledNote:
    b = _Builder()
    r = g.r
    b.t(r.choice(["CLINIC NOTE\n", "Progress Note\n", "DISCHARGE SUMMARY\n", ""]))
    b.t(g.pick("Patient: ", "Patient Name: ", "Name: ", "PATIENT: ")).e(
        "PERSON", g.full(), cued=True
    )
    b.t(g.pick("    MRN: ", "  MRN # ", "\nMedical Record Number: ", "   MR# ")).e("MRN", g.mrn())
    b.t(g.pick("\nDOB: ", "\nDate of birth: ", "\nD.O.B.: ")).e("DATE", g.date())
    if r.random() < 0.3:
        pre, age, post = g.age()
        b.t("  " + pre).e("AGE", age).t(post.rstrip(". ") or "")
    else:
        b.t(f"  Age: {r.randint(18, 89)}")
    b.t(g.pick("\nDate of service: ", "\nVisit date: ", "\nAdmitted: ")).e("DATE", g.date())
    if r.random() < 0.8:
        b.t("\nAddress: ").e("STREET_ADDRESS", g.address()).t(", ").e("CITY", g.city())
        b.t(f", {g.fk.state_abbr()} ").e("ZIP", g.zip())
    if r.random() < 0.8:
        b.t(g.pick("\nPhone: ", "\nTel: ", "\nHome phone: ", "\nCell: ")).e("PHONE", g.phone())
    if r.random() < 0.4:
        b.t(g.pick("  Fax: ", "\nFax #: ", "  FAX ")).e("FAX", g.phone())
    if r.random() < 0.6:
        b.t(g.pick("\nEmail: ", "\nE-mail: ", "\nemail ")).e("EMAIL", g.email())
    if r.random() < 0.5:
        b.t(g.pick("\nSSN: ", "\nSocial Security Number: ", "\nSSN ")).e("SSN", g.ssn())
    if r.random() < 0.5:
        b.t(f"\nInsurance: {g.fk.company()}  ")
        b.t(g.pick("Member ID: ", "Policy #: ", "Subscriber ID ", "Medicare ID: ")).e(
            "HEALTH_PLAN", g.plan()
        )
    if r.random() < 0.4:
        b.t(g.pick("\nAccount #: ", "\nAcct: ", "\nBilling account ")).e("ACCOUNT", g.account())
    if r.random() < 0.25:
        b.t(g.pick("\nDriver's license: ", "\nDL # ", "\nLicense #: ")).e("LICENSE", g.license())
    if r.random() < 0.1:
        b.t("\nCertificate #: ").e("CERTIFICATE", f"C{r.randint(10**6, 10**8)}")
    if r.random() < 0.15:
        b.t(g.pick("\nVehicle VIN: ", "\nVIN ")).e("VEHICLE", str(g.fk.vin()))
    if r.random() < 0.1:
        b.t("\nLicense plate: ").e("VEHICLE", f"{g.fk.bothify('???-####').upper()}")
    if r.random() < 0.15:
        b.t(g.pick("\nPacemaker serial #: ", "\nDevice ID: ", "\nS/N ")).e(
            "DEVICE", f"{g.fk.bothify('??######').upper()}"
        )
    if r.random() < 0.3:
        b.t(g.pick("\nPortal: ", "\nResults at ", "\nWebsite: ")).e("URL", g.url())
    if r.random() < 0.2:
        b.t(g.pick("\nLogin IP: ", "\nIP address: ", "\nAccessed from ")).e("IP", g.ip())
    if r.random() < 0.6:
        b.t("\nEmergency contact: ").e("PERSON", g.full(), cued=True)
        b.t(f" ({r.choice(_RELATIONS)}) ").e("PHONE", g.phone())
    b.t("\n\n")
    for s in r.sample(CLINICAL_SENTENCES, k=r.randint(3, 6)):
        b.t(s)
    b.t(g.pick("\n\nAttending: Dr. ", "\n\nElectronically signed by: ", "\n\nSigned: "))
    b.e("PERSON", g.full(), cued=True).t(g.pick(", MD", " MD", ", NP", ", PA-C", ""))
    b.t(g.pick(" on ", " ")).e("DATE", g.date()).t(g.pick(" at 14:32\n", "\n"))
    return b.note("header")


def _narrative_note(g: _Gen) -> LabelledNote:
    b = _Builder()
    r = g.r
    first, last = g.first(), g.last()
    title = r.choice(_TITLES[:3])
    if r.random() < 0.5:
        b.e("PERSON", f"{first} {last}").t(
            f" is a {r.randint(20, 89)}-year-old {g.pick('man', 'woman')} with a history of "
            "hypertension and type 2 diabetes who presents for follow-up. "
        )
    else:
        b.t(title + " ").e("PERSON", last, cued=True).t(
            f" is a {r.randint(20, 89)}-year-old seen today for chest pain. "
        )
    for _ in range(r.randint(4, 9)):
        k = r.randrange(16)
        if k == 0:
            b.t(f"{g.pick('She', 'He')} was last seen on ").e("DATE", g.date()).t(". ")
        elif k == 1:
            b.t(f"Accompanied by {g.pick('her', 'his')} {r.choice(_RELATIONS)} ").e(
                "PERSON", g.full(), cued=True
            ).t(", who can be reached at ").e("PHONE", g.phone()).t(". ")
        elif k == 2:
            b.t("Discussed with Dr. ").e("PERSON", g.last(), cued=True).t(
                " from cardiology on "
            ).e("DATE", g.date()).t(". ")
        elif k == 3:
            b.t("Patient lives at ").e("STREET_ADDRESS", g.address()).t(" in ").e(
                "CITY", g.city()
            ).t(f", {g.fk.state()} ").e("ZIP", g.zip()).t(". ")
        elif k == 4:
            b.t(f"{g.pick('He', 'She')} lives in ").e("CITY", g.city()).t(" with family. ")
        elif k == 5:
            b.t("Copy of results sent to ").e("EMAIL", g.email()).t(" and faxed to ").e(
                "FAX", g.phone()
            ).t(". ")
        elif k == 6:
            b.t("Patient reviewed records at ").e("URL", g.url()).t(" from ").e("IP", g.ip())
            b.t(". ")
        elif k == 7:
            pre, age, post = g.age()
            b.t("Grandmother, " + pre.lower()).e("AGE", age).t(post.rstrip() + " lives nearby. ")
        elif k == 8:
            b.t("MRN ").e("MRN", g.mrn()).t(", SSN ").e("SSN", g.ssn()).t(" verified. ")
        elif k == 9:
            b.e("PERSON", f"{first}", cued=False).t(" reports improved energy. ")
        elif k == 10:
            b.t("Spoke with ").e("PERSON", g.full(), cued=True).t(" at ").e("PHONE", g.phone())
            b.t(" on ").e("DATE", g.date()).t(". ")
        elif k == 11:
            b.e("PERSON", g.full()).t(" (pharmacist) confirmed the refill. ")
        elif k == 12:
            b.t("Next appointment ").e("DATE", g.date()).t(" at 09:15. ")
        elif k == 13:
            b.t("Member ID ").e("HEALTH_PLAN", g.plan()).t(" verified with the plan. ")
        elif k == 14:
            b.t("Insulin pump serial number ").e("DEVICE", g.fk.bothify("??-#######").upper())
            b.t(" checked. ")
        else:
            b.t(r.choice(CLINICAL_SENTENCES))
        if r.random() < 0.6:
            b.t(r.choice(CLINICAL_SENTENCES))
    b.t(g.pick("\n-- ", "\nSigned by ", "\nDictated by: Dr. "))
    b.e("PERSON", g.full(), cued=True).t(g.pick(", MD", ", RN", "")).t(", ").e("DATE", g.date())
    return b.note("narrative")


def generate_corpus(n: int = 500, seed: int = 0, *, filler: int = 0) -> list[LabelledNote]:
    """``n`` labelled synthetic notes (about half header-style, half narrative), reproducible.

    ``filler`` appends that many clinical sentences (no identifiers) to every note, for a
    density of identifiers closer to real notes than the compact default.
    """
    g = _Gen(seed)
    notes = [(_header_note if i % 2 == 0 else _narrative_note)(g) for i in range(n)]
    if filler <= 0:
        return notes
    r = random.Random(seed + 1)
    return [
        LabelledNote(
            n.text + "\n\n" + "".join(r.choice(CLINICAL_SENTENCES) for _ in range(filler)),
            n.spans,
            n.kind,
            n.cued,
        )
        for n in notes
    ]
