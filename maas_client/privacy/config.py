"""The client's privacy setting: ``MaaSClient(privacy=Privacy(...))``."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from .deid import Deidentified, deidentify
from .detect import _check_entities
from .policy import Policy
from .restore import RestoreMap


@dataclass(frozen=True)
class Privacy:
    """Whether and how the client de-identifies text before it leaves the process.

    ``policy`` defaults to typed placeholders; ``entities`` limits the detected types
    (default: all). ``Privacy.off()`` sends text unchanged.
    """

    enabled: bool = True
    policy: Policy | None = None
    entities: frozenset[str] | None = field(default=None)

    def __init__(
        self,
        enabled: bool = True,
        policy: Policy | None = None,
        entities: Collection[str] | None = None,
    ) -> None:
        object.__setattr__(self, "enabled", bool(enabled))
        object.__setattr__(self, "policy", policy)
        object.__setattr__(
            self, "entities", None if entities is None else _check_entities(entities)
        )

    @classmethod
    def off(cls) -> Privacy:
        """No de-identification: texts are sent as they are."""
        return cls(enabled=False)

    def deidentify(self, text: str, *, patient_id: str | None = None) -> Deidentified:
        """De-identify ``text`` under this setting (identity when disabled)."""
        if not self.enabled:
            return Deidentified(text, RestoreMap(text, text, [], {}), ())
        return deidentify(text, self.policy, entities=self.entities, patient_id=patient_id)
