"""Test kit: an in-process reference server, a respx mock of the API, and a pytest plugin.

Heavy imports (the server, Keras, JAX; respx) happen only when they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._extras import extra_hint
from .reference_server import ReferenceServer, ServerNotReady

if TYPE_CHECKING:
    from .mock import MockMaaS, RecordedCall

__all__ = ["MockMaaS", "RecordedCall", "ReferenceServer", "ServerNotReady"]


def __getattr__(name: str) -> Any:
    if name in ("MockMaaS", "RecordedCall"):
        try:
            from . import mock
        except ModuleNotFoundError as exc:
            raise ImportError(extra_hint("testing")) from exc

        return getattr(mock, name)
    raise AttributeError(name)
