"""Shared fixtures. The live reference server comes from the package's own pytest plugin
(`maas_server`, session-scoped: one server start per test session); here it gets extra keys
so scope rules can be tested against the real thing."""

from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("KERAS_BACKEND", "jax")

from mock_server.settings import ALL_SCOPES

DEV_KEY = "maas-dev-key"
EMBED_ONLY_KEY = "test-embed-only"
NO_EMBED_KEY = "test-no-embed"


@pytest.fixture(scope="session")
def maas_server_options() -> dict[str, Any]:
    """Our suite's server: the dev key with every scope (and `admin`, for fault injection)
    plus two narrower keys."""
    return {
        "api_keys": {
            DEV_KEY: ALL_SCOPES | {"admin"},
            EMBED_ONLY_KEY: frozenset({"embed"}),
            NO_EMBED_KEY: frozenset({"diagnosis", "summarize"}),
        }
    }
