"""`maas deid`: local de-identification, and the restore map file it can write."""

from __future__ import annotations

import json
import os
from typing import Any

from .._errors import MaaSError
from ..privacy import Deidentified, Operator, Policy, Privacy

__all__ = ["privacy_for", "replacements", "write_restore_map"]

_KEYED = {Operator.HASH, Operator.ENCRYPT, Operator.DATE_SHIFT}


def privacy_for(operator: str, entities: str | None, key_env: str,
                level: str | None = None) -> Privacy:
    """The `Privacy` the options describe (a keyed operator reads its key from `key_env`;
    an unknown `level` is refused by `Privacy` itself, which names the known ones)."""
    op = Operator(operator)
    key = None
    if op in _KEYED:
        raw = os.environ.get(key_env, "")
        if len(raw.encode()) < 16:
            raise MaaSError(f"--operator {op.value} needs a key of at least 16 bytes in the "
                            f"{key_env} environment variable")
        key = raw.encode()
    try:
        policy = Policy.safe_harbor() if op is Operator.SAFE_HARBOR else Policy(default=op,
                                                                              key=key)
        chosen = None if entities is None else [e.strip().upper() for e in entities.split(",")
                                                if e.strip()]
        if level is None:
            return Privacy(policy=policy, entities=chosen)
        return Privacy(policy=policy, entities=chosen, level=level)
    except ValueError as exc:
        raise MaaSError(f"deid: {exc}") from None


def replacements(original: str, deid: Deidentified) -> list[dict[str, Any]]:
    """What replaced what: one entry per detected span (offsets into the original and into
    the de-identified text), from the public restore map.

    Text outside the spans is unchanged, so each replacement starts where the gap before it
    ends; it runs as far as the masked offsets still map inside the span's original value.
    """
    masked, out = deid.text, []
    m = prev_end = 0
    for span in sorted(deid.spans, key=lambda s: s.start):
        m += span.start - prev_end
        k = m + 1
        while k < len(masked) and deid.restore.to_original(m, k + 1)[1] <= span.end:
            k += 1
        out.append({"entity": span.entity, "replacement": masked[m:k],
                    "original": original[span.start:span.end],
                    "start": span.start, "end": span.end, "masked_start": m, "masked_end": k})
        m, prev_end = k, span.end
    return out


def write_restore_map(path: str, entries: list[dict[str, Any]]) -> None:
    """Write the mapping as JSON, readable by the owner only (it holds the PHI)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        os.fchmod(fh.fileno(), 0o600)
        json.dump({"version": 1, "inputs": entries}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
