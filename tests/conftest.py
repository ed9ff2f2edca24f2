"""Shared fixtures. The live reference server comes from the package's own pytest plugin
(`maas_server`, session-scoped: one server start per test session)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")
