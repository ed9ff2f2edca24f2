"""The `maas_client` logger: one metadata-only line per attempt.

Lines carry method, route, status (or exception class), latency, attempt and request id:
never a body, a text, a header dump or an API key.
"""

from __future__ import annotations

import logging

__all__ = ["log_attempt", "logger"]

logger = logging.getLogger("maas_client")
logger.addHandler(logging.NullHandler())


def log_attempt(method: str, route: str, outcome: str, latency_s: float, attempt: int,
                request_id: str | None) -> None:
    """Log one attempt at DEBUG (INFO when it failed)."""
    failed = not outcome.isdigit() or int(outcome) >= 400
    level = logging.INFO if failed else logging.DEBUG
    if logger.isEnabledFor(level):
        logger.log(level, "%s %s -> %s in %.1f ms (attempt %d, request_id=%s)",
                   method, route, outcome, latency_s * 1000.0, attempt, request_id or "-")
