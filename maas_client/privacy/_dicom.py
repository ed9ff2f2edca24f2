"""The parts of a DICOM dump, an association log or an audit message that identify no one.

An image's header lists its attributes one to a line, a tag, a name, a value representation
(VR) and a value: "(0008,0060) Modality  CS: 'CT'" (pydicom), "(0018,0050) DS [1.0]"
(dcmdump). A value whose VR is a code, a number, a time or binary data holds no identifier
(CS, DS, IS, the binary numbers, TM, OB, OW, AT), nor do the attributes that name a machine's
make, model, software or protocol, or the class and transfer syntax of an object (a UI that is
no instance's). Dates (DA), names (PN), texts (LO, SH, LT, ST), ages (AS) and instance UIDs
stay with the detectors.

DICOM's own vocabulary is kept too where a text speaks DICOM: the storage classes and transfer
syntaxes an association log accepts ("CT Image Storage", "Explicit VR Little Endian") and the
application entity titles of its machines ("Called AE: PACS_GW2", '"US_LOGIQ_ED" ->
"PACS_GW2"').
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import split_words

_SAFE_VRS: Final = frozenset(split_words("CS DS IS US UL SS SL FL FD TM OB OW OF AT UN"))
# attributes of another VR that name a class, a machine or a protocol, never a person
_SAFE_TAGS: Final = frozenset(
    split_words(
        """0002,0002 0002,0010 0002,0012 0002,0013 0008,0016 0008,0070 0008,1010 0008,1090
        0008,1150 0010,0021 0018,1020 0018,1030 0018,1210"""
    )
)
_DUMP_LINE: Final = re.compile(
    r"^[ \t>]*\((?P<tag>[0-9A-Fa-f]{4},[0-9A-Fa-f]{4})\)"
    # pydicom: a name, then "VR:"; dcmdump: "VR [" or "VR (" or "VR =" right after the tag
    r"(?:[ \t]+(?P<name>[^\n:]{1,60}?)[ \t]+(?P<vr>[A-Z]{2}):"
    r"|[ \t]+(?P<vr2>[A-Z]{2})(?=[ \t]+[\[(=]))"
    r"[ \t]*(?P<value>[^\n#]*)",
    re.MULTILINE,
)
# an element of dcm2xml's XML, with its tag, its VR and its value
_XML_ELEMENT: Final = re.compile(
    r'<element tag="(?P<tag>[0-9A-Fa-f]{4},[0-9A-Fa-f]{4})" vr="(?P<vr>[A-Z]{2})"'
    r'(?:(?=[^>\n]*? name="(?P<keyword>[A-Za-z]+)"))?[^>\n]*>(?P<value>[^<\n]*)'
)
# a tag, its offset and its attribute's name as AFNI's dicom_hdr prints them: "0008 0060
# [412     ] //             ID Modality//" (the value after it stays with the detectors)
_HDR_TAG: Final = re.compile(
    r"^[0-9a-fA-F]{4} [0-9a-fA-F]{4}[ \t]+\[[\d ]+\][ \t]+//(?:[^/\n]{0,80}//)?", re.MULTILINE
)
# a structured report's coded concept: its code and scheme before its meaning, '(113701,DCM,"'
_SR_CODE: Final = re.compile(
    r"\(([\w.-]{1,16}),(?:DCM|SRT|SCT|UCUM|LN|RADLEX|RID|NCIt|UMLS),\"([^\"\n]{1,80})\"\)"
)
# the storage classes and transfer syntaxes of DICOM, named in words
_DICOM_TERM: Final = re.compile(
    r"(?<![\w-])(?:[A-Z][\w-]*[ \t]){1,5}Storage(?![\w-])"
    r"|(?:Explicit|Implicit)[ \t]VR[ \t](?:Little|Big)[ \t]Endian"
    r"|JPEG(?:[ \t]20{3})?[ \t](?:Baseline|Lossless|Extended)(?:[ \t]\(Process[ \t][\d,& ]+\))?"
)
# an application entity's title after its label, or either title of an association
_AE_TITLE = r"[A-Z][A-Z0-9_-]{1,15}"
_AE_TITLES: Final = re.compile(
    rf"(?:\bAE(?:[ \t]?Title)?|\bAET|\bAEC)[ \t]*[:=][ \t]*\"?({_AE_TITLE})"
    rf"|\"({_AE_TITLE})\"[ \t]*->[ \t]*\"({_AE_TITLE})\""
)
_DICOM_HINTS: Final = ("(00", "DCM", "DICOM", "dicom", "AE", "<element tag=")


def dicom_safe_ranges(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` that DICOM fills with codes, numbers and its own terms (see
    above), to be left unmasked; none in a text that does not speak DICOM."""
    if not any(hint in text for hint in _DICOM_HINTS):
        return []
    out: list[tuple[int, int]] = []
    if "(00" in text:
        for m in _DUMP_LINE.finditer(text):
            if m.group("name"):
                out.append(m.span("name"))  # the attribute's name: "File Meta Information..."
            if _safe_value(m.group("tag"), m.group("vr") or m.group("vr2")):
                out.append(m.span("value"))
    if "<element tag=" in text:
        for m in _XML_ELEMENT.finditer(text):
            out += [m.span("tag"), m.span("vr")]
            if m.group("keyword"):
                out.append(m.span("keyword"))  # the attribute's keyword: "MedicalAlerts"
            if _safe_value(m.group("tag"), m.group("vr")):
                out.append(m.span("value"))
    out += [m.span() for m in _HDR_TAG.finditer(text)]
    for m in _SR_CODE.finditer(text):
        out += [m.span(1), m.span(2)]  # the code and its meaning: (113819,DCM,"CT Acquisition")
    out += [m.span() for m in _DICOM_TERM.finditer(text)]
    for m in _AE_TITLES.finditer(text):
        out += [m.span(group) for group in (1, 2, 3) if m.group(group)]
    return out


def _safe_value(tag: str, vr: str) -> bool:
    """Whether an attribute's value identifies no one by its VR or its tag (not in the
    patient's group, where even sex and weight stay with the detectors)."""
    tag = tag.upper()
    if tag.startswith("0010,") and tag != "0010,0021":
        return False
    return vr in _SAFE_VRS or tag in _SAFE_TAGS
