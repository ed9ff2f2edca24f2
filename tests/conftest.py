"""Shared fixtures. The live reference server comes from the package's own pytest plugin
(`maas_server`, session-scoped: one server start per test session); here it gets extra keys
so scope rules can be tested against the real thing.

Without the `server` extra (an SDK-only install, as CI runs the sdist's tests), test modules
that import the server's packages are not collected, and the server fixtures skip."""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Any

import pytest

from maas_client._extras import EXTRA_MODULES, extra_hint, missing_modules

os.environ.setdefault("KERAS_BACKEND", "jax")

DEV_KEY = "maas-dev-key"
EMBED_ONLY_KEY = "test-embed-only"
NO_EMBED_KEY = "test-no-embed"
#: Every scope, its own rate-limit bucket: for the schemathesis run, which must not use up the
#: development key's bucket that the other tests share.
SCHEMA_KEY = "test-schemathesis"


AUDIT_HMAC_KEY = "test-audit-hmac-key"


@pytest.fixture(scope="session")
def maas_server_options(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Our suite's server: the dev key with every scope (and `admin`, for fault injection),
    two narrower keys, and an audit trail in a session temporary folder."""
    if not SERVER_EXTRA:
        pytest.skip(extra_hint("server"))
    from mock_server.settings import ALL_SCOPES

    return {
        "api_keys": {
            DEV_KEY: ALL_SCOPES | {"admin"},
            EMBED_ONLY_KEY: frozenset({"embed"}),
            NO_EMBED_KEY: frozenset({"diagnosis", "summarize"}),
            SCHEMA_KEY: ALL_SCOPES,
        },
        "audit_log": tmp_path_factory.mktemp("audit") / "audit.jsonl",
        "audit_hmac_key": AUDIT_HMAC_KEY,
    }


# `make test-fast` deselects `integration` and `models`: tests are marked here by the fixtures
# they use, so a new test that takes one of these fixtures is marked without remembering to.
SERVER_FIXTURES = frozenset({"maas_server"})
"""Fixtures that start the reference server (marker `integration`)."""
MODEL_FIXTURES = frozenset({"encoder", "summarizer", "model", "loaded_app"})
"""Module fixtures of this suite that load a Keras model (marker `models`)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the expensive fixtures it uses (see the two sets above)."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & SERVER_FIXTURES:
            item.add_marker(pytest.mark.integration)
        if used & MODEL_FIXTURES:
            item.add_marker(pytest.mark.models)


SERVER_EXTRA = not missing_modules("server")
SERVER_PACKAGES = frozenset({"mock_server", "scipy", *EXTRA_MODULES["server"]})
"""Top-level packages a test module may import only when the `server` extra is installed."""


def _imports_server_packages(path: Path) -> bool:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name.split(".")[0] in SERVER_PACKAGES for name in names):
            return True
    return False


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    """SDK-only install: skip collecting test modules that import the server's packages."""
    if SERVER_EXTRA or collection_path.suffix != ".py":
        return None
    if collection_path.name.startswith("test_") and _imports_server_packages(collection_path):
        return True
    return None
