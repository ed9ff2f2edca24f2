"""pytest plugin (auto-registered through the `pytest11` entry point).

Fixtures:
- `maas_server_options` (session): keyword arguments for `ReferenceServer`; override it in your
  `conftest.py` to configure keys, limits or the models served.
- `maas_server` (session): the real reference server on 127.0.0.1, started once per session.

Importing this module costs nothing: the server, Keras and JAX load only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .reference_server import ReferenceServer

__all__ = ["maas_server", "maas_server_options"]


@pytest.fixture(scope="session")
def maas_server_options() -> dict[str, Any]:
    """Options for the session's `ReferenceServer` (none by default)."""
    return {}


@pytest.fixture(scope="session")
def maas_server(maas_server_options: dict[str, Any]) -> Iterator[ReferenceServer]:
    """The reference server with every model, started once per test session."""
    server = ReferenceServer(**maas_server_options)
    try:
        server.start()
    except ImportError as exc:
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()
