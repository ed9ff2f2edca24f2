"""Local PHI de-identification: detect, replace, and restore (no network, no model download).

>>> from maas_client.privacy import deidentify
>>> result = deidentify("Patient: John Smith, seen 03/04/2021.")
>>> result.text
'Patient: [NAME_1], seen [DATE_1].'
>>> result.restore.reidentify("[NAME_1] was seen.")
'John Smith was seen.'
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
