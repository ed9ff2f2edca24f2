"""pytest plugin (auto-registered through the `pytest11` entry point).

Fixtures: `maas_server` (session: the real reference server on 127.0.0.1). Importing this module
costs nothing: the server, Keras and JAX load only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .reference_server import ReferenceServer

__all__ = ["maas_server"]


@pytest.fixture(scope="session")
def maas_server() -> Iterator[ReferenceServer]:
    """The reference server with every model, started once per test session."""
    try:
        server = ReferenceServer()
        server.start()
    except ImportError as exc:
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()
