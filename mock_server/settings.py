"""Server configuration: every environment variable the server reads, in one `Settings`."""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)
from pydantic_settings.sources.utils import parse_env_vars

from maas_client.protocol import ADMIN_SCOPE

from .policy.faults import FaultScript

__all__ = ["ALL_MODELS", "ALL_SCOPES", "DEV_API_KEY", "Settings", "parse_api_keys"]

#: Accepted with every scope when no keys are configured (documented; never use in production).
DEV_API_KEY = "maas-dev-key"
#: The scopes `*` grants. `admin` (fault injection, when enabled) must be named explicitly.
ALL_SCOPES = frozenset({"diagnosis", "summarize", "embed", "metrics"})
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


def _env(name: str, default: Any) -> Any:
    """A field read from the environment variable `name` (and settable by its field name)."""
    return Field(default, validation_alias=name)


class Settings(BaseSettings):
    """Everything the server reads from its environment, in one place (pydantic-settings).

    `Settings()` reads the environment variables named below (`MAAS_SERVER_*` for fields without
    a name of their own); keyword arguments use the field names and win over the environment.
    `Settings.from_env(mapping)` reads a given mapping instead of `os.environ`.
    """

    model_config = SettingsConfigDict(frozen=True, env_prefix="MAAS_SERVER_",
                                      populate_by_name=True, extra="ignore",
                                      env_ignore_empty=True)

    api_keys: Annotated[dict[str, frozenset[str]], NoDecode] = Field(
        default_factory=dict, validation_alias="MAAS_SERVER_API_KEYS")
    max_body_bytes: int = _env("MAAS_SERVER_MAX_BODY_BYTES", 1024 * 1024)
    rate_limit_per_minute: int = _env("MAAS_SERVER_RATE_LIMIT", 6000)
    rate_limit_burst: int | None = _env("MAAS_SERVER_RATE_LIMIT_BURST", None)
    idempotency_ttl_seconds: float = 24 * 3600
    idempotency_max_entries: int = 10_000
    models: Annotated[tuple[str, ...], NoDecode] = _env("MAAS_SERVER_MODELS", ALL_MODELS)
    model_dir: Path | None = _env("MAAS_MODEL_DIR", None)
    warmup: bool = True
    batch_max_size: int = 64
    # ~2,048 padded tokens is the encoder's most efficient batch (benchmarks/forward.py: 8x256,
    # 16x128, 32x64), and it bounds the slice a small call may wait behind.
    batch_max_tokens: int = _env("MAAS_SERVER_BATCH_MAX_TOKENS", 2048)
    batch_max_wait_ms: float = 2.0
    queue_max_wait_seconds: float = _env("MAAS_SERVER_QUEUE_MAX_WAIT", 2.0)
    max_request_tokens: int = 131_072
    max_note_chars: int = 500_000
    enable_fault_injection: bool = _env("MAAS_SERVER_FAULT_INJECTION", False)
    faults: tuple[FaultScript, ...] = ()
    #: Where state that must survive a restart lives: the gateway's keys
    #: (`ohttp-keys.json`) and the idempotency records (`idempotency.sqlite3`). None: memory.
    state_dir: Path | None = _env("MAAS_SERVER_STATE_DIR", None)
    #: A gateway key file to use instead of `<state_dir>/ohttp-keys.json` (created if absent).
    ohttp_key_file: Path | None = _env("MAAS_SERVER_OHTTP_KEY_FILE", None)
    #: State the replicas of a scaled-out server share (docs/scale-out.md): a Redis URL
    #: (`redis://host:6379/0`, `rediss://...`, `unix:///path/redis.sock`). When set, the
    #: idempotency records and in-flight markers, the rate-limit buckets and the gateway's keys
    #: live there instead of in this process (or the state directory).
    shared_state: str | None = _env("MAAS_SERVER_SHARED_STATE", None)
    #: Prefix of every key the server writes in the shared store (one prefix per deployment).
    shared_state_prefix: str = _env("MAAS_SERVER_SHARED_STATE_PREFIX", "maas:")
    #: Seconds a replica keeps the gateway keys it read from the shared store before reading
    #: them again (how long a rotation made by another replica takes to reach this one).
    shared_keys_refresh_seconds: float = 5.0
    #: Seconds a shutdown waits for requests in flight before answering them 503 (keep it
    #: under the orchestrator's own limit, e.g. Kubernetes' 30 s).
    shutdown_grace_seconds: float = Field(default=25.0, ge=0,
                                          validation_alias="MAAS_SERVER_SHUTDOWN_GRACE")
    # Observability (mock_server/observability): metrics on a separate port instead of
    # GET /metrics; the audit trail (off when no path), its rotation size and HMAC key.
    metrics_port: int | None = _env("MAAS_SERVER_METRICS_PORT", None)
    audit_log: Path | None = _env("MAAS_SERVER_AUDIT_LOG", None)
    audit_max_bytes: int = _env("MAAS_SERVER_AUDIT_MAX_BYTES", 64 * 1024 * 1024)
    audit_hmac_key: str | None = _env("MAAS_SERVER_AUDIT_HMAC_KEY", None)
    # Process environment the models use (read here, applied by models/ and weights.py).
    jax_cache_dir: Path | None = _env("MAAS_JAX_CACHE_DIR", None)
    cache_home: Path | None = _env("XDG_CACHE_HOME", None)
    keras_backend: str = _env("KERAS_BACKEND", "jax")

    @field_validator("api_keys", mode="before")
    @classmethod
    def _parse_keys(cls, value: object) -> object:
        return parse_api_keys(value) if isinstance(value, str) else value

    @field_validator("models", mode="before")
    @classmethod
    def _parse_models(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(m.strip() for m in value.split(",") if m.strip())
        return value

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

    @property
    def user_cache(self) -> Path:
        """`$XDG_CACHE_HOME`, else `~/.cache`: where weights and compiled programs are kept."""
        return self.cache_home or Path.home() / ".cache"

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings],
                                   init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Keyword arguments, then the environment (or the mapping given to `from_env`)."""
        environ = _ENVIRON.get()
        if environ is None:
            return init_settings, env_settings
        return init_settings, _MappingEnvSource(settings_cls, environ)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from `environ` (default: the process environment), then `overrides` by
        field name. Empty variables count as unset."""
        token = _ENVIRON.set(environ)
        try:
            return cls(**overrides)  # type: ignore[arg-type]
        finally:
            _ENVIRON.reset(token)


_ENVIRON: ContextVar[Mapping[str, str] | None] = ContextVar("maas_settings_environ",
                                                             default=None)


class _MappingEnvSource(EnvSettingsSource):
    """The environment source, reading a given mapping instead of `os.environ`."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return parse_env_vars(self._environ, self.case_sensitive, self.env_ignore_empty,
                              self.env_parse_none_str)
