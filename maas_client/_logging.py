"""The `maas_client` logger: one metadata-only line per attempt.

Lines carry method, route, status (or exception class), latency, attempt and request id:
never a body, a text, a header dump or an API key.
"""

from __future__ import annotations

import logging
import os
import sys

__all__ = ["LOG_ENV", "configure_from_env", "log_attempt", "logger"]

logger = logging.getLogger("maas_client")
logger.addHandler(logging.NullHandler())

#: `MAAS_LOG=debug` (every attempt) or `info` (failed attempts only) prints the logger's
#: metadata-only lines to stderr, like `OPENAI_LOG`.
LOG_ENV = "MAAS_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> logging.Handler | None:
    """Attach a stderr handler at the level `MAAS_LOG` names (once); None when unset."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return None
    for handler in logger.handlers:
        if getattr(handler, "_maas_log_env", False):
            logger.setLevel(level)
            return handler
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s maas_client %(levelname)s %(message)s"))
    handler._maas_log_env = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


def log_attempt(method: str, route: str, outcome: str, latency_s: float, attempt: int,
                request_id: str | None) -> None:
    """Log one attempt at DEBUG (INFO when it failed)."""
    failed = not outcome.isdigit() or int(outcome) >= 400
    level = logging.INFO if failed else logging.DEBUG
    if logger.isEnabledFor(level):
        logger.log(level, "%s %s -> %s in %.1f ms (attempt %d, request_id=%s)",
                   method, route, outcome, latency_s * 1000.0, attempt, request_id or "-")
