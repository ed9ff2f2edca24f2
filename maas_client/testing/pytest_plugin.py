"""pytest plugin (auto-registered through the `pytest11` entry point).

Fixtures:
- `maas_server_options` (session): keyword arguments for `ReferenceServer`; override it in your
  `conftest.py` to configure keys, limits or the models served.
- `maas_server` (session): the real reference server on 127.0.0.1, started once per session,
  with fault injection enabled (`maas_server.inject_fault(...)`).
- `maas_client` / `async_maas_client` (function): clients wired to `maas_server`; faults
  scripted during a test are cleared after it.
- `maas_mock` (function): a `MockMaaS` respx router, for unit tests with no server at all.

Importing this module costs nothing: the server, Keras and JAX load only when a server fixture
is used, and respx only when `maas_mock` is.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .reference_server import TESTING_EXTRA_HINT, ReferenceServer

if TYPE_CHECKING:
    from .._client import AsyncMaaSClient, MaaSClient
    from .mock import MockMaaS

__all__ = [
    "async_maas_client",
    "maas_client",
    "maas_mock",
    "maas_server",
    "maas_server_options",
]


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


@pytest.fixture
def maas_client(maas_server: ReferenceServer) -> Iterator[MaaSClient]:
    """A `MaaSClient` for `maas_server` (scripted faults are cleared afterwards)."""
    from .._client import MaaSClient

    with MaaSClient(api_key=maas_server.api_key, base_url=maas_server.base_url) as client:
        yield client
    maas_server.clear_faults()


@pytest.fixture
def async_maas_client(maas_server: ReferenceServer) -> Iterator[AsyncMaaSClient]:
    """An `AsyncMaaSClient` for `maas_server` (scripted faults are cleared afterwards).

    A plain fixture, not an async one, so it needs no async plugin mode (pytest-asyncio's strict
    and auto modes, anyio's plugin) and belongs to no event loop: its connection pool keeps no
    idle connection, so every connection is opened and closed inside the loop of the request,
    whatever loop scope the test or the user's own async fixtures run in.
    """
    import httpx

    from .._client import AsyncMaaSClient
    from .._core import DEFAULT_TIMEOUT

    http = httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, follow_redirects=False,
                             limits=httpx.Limits(max_keepalive_connections=0))
    try:
        yield AsyncMaaSClient(api_key=maas_server.api_key, base_url=maas_server.base_url,
                              http_client=http)
    finally:
        # A private loop: asyncio.run() would unset the current loop of the test's plugin.
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(http.aclose())
        finally:
            loop.close()
        maas_server.clear_faults()


@pytest.fixture
def maas_mock() -> Iterator[MockMaaS]:
    """A started `MockMaaS` at the default base URL (needs the `testing` extra, for respx)."""
    try:
        from .mock import MockMaaS
    except ImportError:  # pragma: no cover - depends on the environment
        pytest.skip(TESTING_EXTRA_HINT)
    with MockMaaS() as mock:
        yield mock
