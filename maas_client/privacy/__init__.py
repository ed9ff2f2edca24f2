"""Local PHI de-identification: detect, replace, and restore (no network, no model download).

>>> from maas_client.privacy import deidentify
>>> result = deidentify("Patient: John Smith, seen 03/04/2021.")
>>> result.text
'Patient: [NAME_1], seen [DATE_1].'
>>> result.restore.reidentify("[NAME_1] was seen.")
'John Smith was seen.'

How detection works
-------------------
:func:`detect` runs two layers and merges what they find (``detect.py``):

1. **Typed detectors** find the formats they know and say what each value is, which the
   operators (placeholders, date shifting, Safe Harbor generalisation) and restore need:
   one compiled pattern scan for dates, phones, IDs after their cues, addresses, e-mail,
   URLs, IPs, SSNs, VINs and ages over 89 (``_patterns.py``), run again over the lines where
   a scanner misread digits as letters or an "O" as a zero, read as meant ("O1632 96O 2l9",
   "27 N0V 2023"; ``_ocr.py``), the identifying fields of HL7
   segments by position and names written ``FAMILY^GIVEN`` (``_hl7.py``), the names,
   streets and towns of X12 claims and remittances by position (``_x12.py``), the values of
   labelled place, name and user-name fields such as ``City:``, ``LAST NAME:`` and ``user=``
   (``_fields.py``), the cells of a table under an identifying column header such as
   ``last``, ``DOB`` or ``Plate`` and the values of an SQL ``INSERT`` under its named
   columns (``_tables.py``), employers, schools, practices, ships and
   military units by their last word (``_organisations.py``), the
   name in a passport's machine-readable zone and the elements of a driving licence's
   barcode text (``_id_documents.py``), names, places and streets of Chinese, Japanese and
   Korean text by their cues, titles, family names and suffixes (``_east_asian.py``),
   Vietnamese names led by a family name (``_vietnamese.py``), dates in words in French,
   Italian, Spanish, Portuguese and Catalan (``_romance_dates.py``), a highway's mile marker
   and labelled cross streets (``_road_locations.py``), names in Arabic,
   Persian, Hebrew, Devanagari and Thai script after their labels, titles and relations
   and a chat's senders (``_uncased_names.py``), the dates of their calendars, their ages
   over 89 and their streets (``_other_scripts.py``), towns named in their own script or
   after a village's or a district's word (``_native_towns.py``), and a scan of
   capitalised runs against name lists and cues such as titles and "Patient:"
   (``_names.py``). Every word of a detected name is then looked for again in the rest of
   the text (the sweep).
2. **The recall-first net** (``_net.py``, levels ``safe_harbor`` and ``strict``) works the
   other way round: every token that could identify someone -- a capitalised word, a token
   holding a digit, a quoted nickname, a file or host name, a handle, a date or an age in
   words, a name in capitals, or in lower case after a cue or in a text typed in lower case,
   digits spoken as words or spaced out by a scanner (``_spoken.py``), staff initials and
   user names where a record puts them (``JAF/pd``, ``Transcribed by: KLM``, ``called ... by
   tgreene``, ``transcribed by oadeyemifrost``, ``— j. yuen, md``, ``**mkowalczyk**
   commented``; ``_staff.py``), a display name before an e-mail address -- is PHI unless it is
   known to be safe: a common English word, clinical term, drug, form label or eponym in its
   clinical use (``data/*.txt``), a word nobody knows before a dose (a drug), or a
   measurement or clinical code (doses, vitals, labs, scores, ICD-10/CPT/LOINC codes, times,
   years). Net spans are typed ``PERSON``, ``IDENTIFIER``, ``DATE``, ``AGE``, ``URL`` or
   ``EMAIL``.

What is known to be no identifier is then taken out whatever found it: a table's header and
code columns, the clinical codes of X12 segments, a device's or vehicle's maker and model
("Medtronic Percept PC", "2019 Toyota Tacoma"; ``_products.py``), clinical phrases whose
words read as names ("Ann Arbor IIB", "Torres Strait Islander"; ``_clinical_phrases.py``), a
DICOM header's codes, numbers and vocabulary (``_dicom.py``), and "Nam" as Vietnam's or a
form's sex.
Overlapping spans are merged; a typed detector's entity wins over the net's, and a name
takes in the particles and initials before it and a generational suffix after it ("van der
Berg", "K. Ramaswamy", "D.Cordova", "Alvarez III"). ``deid.py``
replaces the merged spans in one pass as the :class:`Policy` says, and ``restore.py`` maps
the result back. ``docs/privacy.md`` has the measured recall and precision of each level.
"""

from ._span import ENTITIES, Span
from .config import Privacy
from .deid import (
    RESTRICTED_ZIP3,
    Deidentified,
    decrypt_token,
    deidentify,
    mask,
    reidentify,
    safe_harbor,
)
from .detect import detect
from .policy import Operator, Policy
from .restore import RestoreMap, Segment

__all__ = [
    "ENTITIES",
    "RESTRICTED_ZIP3",
    "Deidentified",
    "Operator",
    "Policy",
    "Privacy",
    "RestoreMap",
    "Segment",
    "Span",
    "decrypt_token",
    "deidentify",
    "detect",
    "mask",
    "reidentify",
    "safe_harbor",
]
