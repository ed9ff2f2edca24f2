"""Test kit: an in-process reference server, a respx mock of the API, and a pytest plugin.

Heavy imports (the server, Keras, JAX; respx) happen only when they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .reference_server import ReferenceServer, ServerNotReady

if TYPE_CHECKING:
    from .mock import MockMaaS, RecordedCall

__all__ = ["MockMaaS", "RecordedCall", "ReferenceServer", "ServerNotReady"]


def __getattr__(name: str) -> Any:
    if name in ("MockMaaS", "RecordedCall"):
        from . import mock

        return getattr(mock, name)
    raise AttributeError(name)
