"""One `Settings` (pydantic-settings) reads every environment variable the server uses."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import httpx
import pytest

from mock_server.app import create_app
from mock_server.models.jax_setup import jax_cache_dir
from mock_server.settings import ALL_SCOPES, Settings
from mock_server.weights import model_dir

ENVIRON = {
    "MAAS_SERVER_API_KEYS": "k1:embed;k2:*",
    "MAAS_SERVER_MODELS": "wdbc-mlp, minilm-l6-v2",
    "MAAS_SERVER_RATE_LIMIT": "120",
    "MAAS_SERVER_RATE_LIMIT_BURST": "7",
    "MAAS_SERVER_MAX_BODY_BYTES": "2048",
    "MAAS_SERVER_FAULT_INJECTION": "true",
    "MAAS_SERVER_METRICS_PORT": "9464",
    "MAAS_SERVER_AUDIT_LOG": "/var/log/maas/audit.jsonl",
    "MAAS_SERVER_AUDIT_MAX_BYTES": "1000000",
    "MAAS_SERVER_AUDIT_HMAC_KEY": "synthetic-key",
    "MAAS_SERVER_BATCH_MAX_SIZE": "16",
    "MAAS_MODEL_DIR": "/models/minilm",
    "MAAS_JAX_CACHE_DIR": "/cache/jax",
    "XDG_CACHE_HOME": "/cache/xdg",
    "KERAS_BACKEND": "jax",
}


def test_every_variable_is_read() -> None:
    s = Settings.from_env(ENVIRON)
    assert s.api_keys == {"k1": frozenset({"embed"}), "k2": ALL_SCOPES}
    assert s.models == ("wdbc-mlp", "minilm-l6-v2")
    assert (s.rate_limit_per_minute, s.rate_limit_burst, s.max_body_bytes) == (120, 7, 2048)
    assert s.enable_fault_injection and s.metrics_port == 9464 and s.batch_max_size == 16
    assert s.audit_log == Path("/var/log/maas/audit.jsonl") and s.audit_max_bytes == 1_000_000
    assert s.audit_hmac_key == "synthetic-key"
    assert s.model_dir == Path("/models/minilm") and s.jax_cache_dir == Path("/cache/jax")
    assert s.cache_home == Path("/cache/xdg") and s.keras_backend == "jax"


def test_process_environment_keywords_and_empty_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAAS_SERVER_RATE_LIMIT", "30")
    monkeypatch.setenv("MAAS_SERVER_AUDIT_LOG", "")  # empty: unset
    assert Settings().rate_limit_per_minute == 30 and Settings().audit_log is None
    assert Settings(rate_limit_per_minute=5).rate_limit_per_minute == 5  # keywords win
    assert Settings.from_env({}).rate_limit_per_minute == 6000  # a mapping replaces os.environ


def test_weights_and_jax_cache_paths_come_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAAS_MODEL_DIR", raising=False)
    monkeypatch.delenv("MAAS_JAX_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/cache/xdg")
    assert model_dir() == Path("/cache/xdg/maas-client/models/all-MiniLM-L6-v2")
    assert jax_cache_dir() == Path("/cache/xdg/maas-client/jax-cache")
    monkeypatch.setenv("MAAS_MODEL_DIR", "/models/minilm")
    assert model_dir() == Path("/models/minilm")


def test_bad_values_are_refused() -> None:
    with pytest.raises(ValueError, match="scope"):
        Settings.from_env({"MAAS_SERVER_API_KEYS": "k:everything"})
    with pytest.raises(ValueError):
        Settings.from_env({"MAAS_SERVER_RATE_LIMIT": "many"})


async def test_start_up_log_says_the_audit_trail_is_off(caplog: pytest.LogCaptureFixture,
                                                        tmp_path: Path) -> None:
    for audit_log, expected in ((None, "audit trail off"),
                                (tmp_path / "a.jsonl", "audit trail: appending")):
        app = create_app(Settings(models=(), warmup=False, audit_log=audit_log))
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mock_server"):
            async with app.router.lifespan_context(app):
                pass
        assert any(expected in r.getMessage() for r in caplog.records), expected


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_metrics_on_a_separate_port() -> None:
    port = _free_port()
    app = create_app(Settings(models=(), warmup=False, metrics_port=port))
    observability = app.state.observability
    observability.start()
    try:
        scrape = httpx.get(f"http://127.0.0.1:{port}/metrics")
        assert scrape.status_code == 200 and "maas_requests" in scrape.text
    finally:
        observability.stop()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        answer = await client.get("/metrics", headers={"Authorization": "Bearer maas-dev-key"})
    assert answer.status_code == 404  # not on the main port when a metrics port is set
