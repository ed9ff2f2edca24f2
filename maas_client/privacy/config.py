"""The client's privacy setting: ``MaaSClient(privacy=Privacy(...))``."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from ._net import Level
from ._span import entity_set
from .deid import Deidentified, deidentify
from .detect import check_level
from .policy import Policy
from .restore import RestoreMap


@dataclass(frozen=True)
class Privacy:
    """Whether and how the client de-identifies text before it leaves the process.

    ``policy`` defaults to typed placeholders; ``entities`` limits the detected types
    (default: all); ``level`` is the detection level: ``"safe_harbor"`` (default: recall
    first, anything not known to be safe is masked), ``"strict"`` or ``"light"`` (the typed
    detectors only). ``Privacy.off()`` sends text unchanged.
    """

    enabled: bool = True
    policy: Policy | None = None
    entities: frozenset[str] | None = field(default=None)
    level: Level = "safe_harbor"

    def __init__(
        self,
        enabled: bool = True,
        policy: Policy | None = None,
        entities: Collection[str] | None = None,
        level: str = "safe_harbor",
    ) -> None:
        object.__setattr__(self, "enabled", bool(enabled))
        object.__setattr__(self, "policy", policy)
        object.__setattr__(self, "entities", None if entities is None else entity_set(entities))
        object.__setattr__(self, "level", check_level(level))

    @classmethod
    def off(cls) -> Privacy:
        """No de-identification: texts are sent as they are."""
        return cls(enabled=False)

    def deidentify(self, text: str, *, patient_id: str | None = None) -> Deidentified:
        """De-identify ``text`` under this setting (identity when disabled)."""
        if not self.enabled:
            return Deidentified(text, RestoreMap(text, text, [], {}), ())
        return deidentify(
            text, self.policy, entities=self.entities, patient_id=patient_id, level=self.level
        )
