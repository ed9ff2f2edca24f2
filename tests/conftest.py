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
#: Every scope, its own rate-limit bucket: for the schemathesis run, which must not use up the
#: development key's bucket that the other tests share.
SCHEMA_KEY = "test-schemathesis"


AUDIT_HMAC_KEY = "test-audit-hmac-key"


@pytest.fixture(scope="session")
def maas_server_options(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Our suite's server: the dev key with every scope (and `admin`, for fault injection),
    two narrower keys, and an audit trail in a session temporary folder."""
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
