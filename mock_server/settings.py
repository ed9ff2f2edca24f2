"""Server configuration: API keys and scopes, limits, models to load, test-only switches."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from maas_client.protocol import ADMIN_SCOPE

from .policy.faults import FaultScript

__all__ = ["ALL_MODELS", "ALL_SCOPES", "DEV_API_KEY", "Settings", "parse_api_keys"]

#: Accepted with every scope when no keys are configured (documented; never use in production).
DEV_API_KEY = "maas-dev-key"
#: The scopes `*` grants. `admin` (fault injection, when enabled) must be named explicitly.
ALL_SCOPES = frozenset({"diagnosis", "summarize", "embed"})
ALL_MODELS = ("minilm-l6-v2", "wdbc-mlp", "clinical-extractive")


def parse_api_keys(spec: str) -> dict[str, frozenset[str]]:
    """Parse `key-a:embed,summarize;key-b:*` into key → scopes (`*` means every scope)."""
    keys: dict[str, frozenset[str]] = {}
    for entry in filter(None, (part.strip() for part in spec.split(";"))):
        key, sep, scope_list = entry.partition(":")
        key = key.strip()
        if not key or not sep:
            raise ValueError("MAAS_SERVER_API_KEYS entries look like 'key:scope,scope' or 'key:*'")
        scopes = {s.strip() for s in scope_list.split(",") if s.strip()}
        unknown = scopes - ALL_SCOPES - {"*", ADMIN_SCOPE}
        if unknown:
            raise ValueError(f"unknown scope(s) {sorted(unknown)}; known: {sorted(ALL_SCOPES)}")
        keys[key] = (ALL_SCOPES | (scopes & {ADMIN_SCOPE})) if "*" in scopes else frozenset(scopes)
    return keys


class Settings(BaseModel):
    """Everything `create_app` needs; `Settings.from_env()` reads the `MAAS_*` variables."""

    model_config = ConfigDict(frozen=True)

    api_keys: dict[str, frozenset[str]] = Field(default_factory=dict)
    max_body_bytes: int = 1024 * 1024
    rate_limit_per_minute: int = 6000
    rate_limit_burst: int | None = None
    idempotency_ttl_seconds: float = 24 * 3600
    idempotency_max_entries: int = 10_000
    models: tuple[str, ...] = ALL_MODELS
    model_dir: Path | None = None
    warmup: bool = True
    batch_max_size: int = 64
    batch_max_tokens: int = 4096
    batch_max_wait_ms: float = 2.0
    queue_max_wait_seconds: float = 2.0
    max_request_tokens: int = 131_072
    max_note_chars: int = 500_000
    enable_fault_injection: bool = False
    faults: tuple[FaultScript, ...] = ()
    #: Where state that must survive a restart lives: the gateway's keys
    #: (`ohttp-keys.json`) and the idempotency records (`idempotency.sqlite3`). None: memory.
    state_dir: Path | None = None
    #: A gateway key file to use instead of `<state_dir>/ohttp-keys.json` (created if absent).
    ohttp_key_file: Path | None = None
    #: Seconds a shutdown waits for requests in flight before answering them 503 (keep it
    #: under the orchestrator's own limit, e.g. Kubernetes' 30 s).
    shutdown_grace_seconds: float = Field(default=25.0, ge=0)

    @property
    def effective_api_keys(self) -> Mapping[str, frozenset[str]]:
        """The configured keys, or the development key with every scope when none are (plus
        `admin` when fault injection is on: a development server only)."""
        if self.api_keys:
            return self.api_keys
        admin = {ADMIN_SCOPE} if self.enable_fault_injection else set()
        return {DEV_API_KEY: ALL_SCOPES | admin}

    @property
    def key_file(self) -> Path | None:
        """The gateway key file: configured, else under the state directory, else None."""
        if self.ohttp_key_file is not None:
            return self.ohttp_key_file
        return None if self.state_dir is None else self.state_dir / "ohttp-keys.json"

    @property
    def idempotency_db(self) -> Path | None:
        """The idempotency store's SQLite file under the state directory (None: in memory)."""
        return None if self.state_dir is None else self.state_dir / "idempotency.sqlite3"

    @property
    def uses_dev_key(self) -> bool:
        """True when no keys are configured and the development key is accepted."""
        return not self.api_keys

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from `MAAS_SERVER_API_KEYS`, `MAAS_MODEL_DIR` and friends."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        if env.get("MAAS_SERVER_API_KEYS"):
            values["api_keys"] = parse_api_keys(env["MAAS_SERVER_API_KEYS"])
        if env.get("MAAS_MODEL_DIR"):
            values["model_dir"] = Path(env["MAAS_MODEL_DIR"])
        if env.get("MAAS_SERVER_MODELS"):
            values["models"] = tuple(m.strip() for m in env["MAAS_SERVER_MODELS"].split(",") if m)
        if env.get("MAAS_SERVER_RATE_LIMIT"):
            values["rate_limit_per_minute"] = int(env["MAAS_SERVER_RATE_LIMIT"])
        if env.get("MAAS_SERVER_MAX_BODY_BYTES"):
            values["max_body_bytes"] = int(env["MAAS_SERVER_MAX_BODY_BYTES"])
        if env.get("MAAS_SERVER_QUEUE_MAX_WAIT"):
            values["queue_max_wait_seconds"] = float(env["MAAS_SERVER_QUEUE_MAX_WAIT"])
        if env.get("MAAS_SERVER_BATCH_MAX_TOKENS"):
            values["batch_max_tokens"] = int(env["MAAS_SERVER_BATCH_MAX_TOKENS"])
        if env.get("MAAS_SERVER_STATE_DIR"):
            values["state_dir"] = Path(env["MAAS_SERVER_STATE_DIR"])
        if env.get("MAAS_SERVER_OHTTP_KEY_FILE"):
            values["ohttp_key_file"] = Path(env["MAAS_SERVER_OHTTP_KEY_FILE"])
        if env.get("MAAS_SERVER_SHUTDOWN_GRACE"):
            values["shutdown_grace_seconds"] = float(env["MAAS_SERVER_SHUTDOWN_GRACE"])
        if env.get("MAAS_SERVER_FAULT_INJECTION", "").lower() in ("1", "true", "yes"):
            values["enable_fault_injection"] = True
        values.update(overrides)
        return cls.model_validate(values)
