"""The `maas` command against the respx mock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from maas_client.cli import main
from maas_client.testing.mock import MockMaaS

ARGS = ["--api-key", "k", "--base-url", "http://127.0.0.1:8000"]


def test_models_embed_summarize_diagnose(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Chest pain since morning. ECG normal. Plan: observe.", encoding="utf-8")
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([{"worst_area": 2000.0}, {"features": {"worst_area": 300.0}}]))
    with MockMaaS() as mock:
        assert main([*ARGS, "models"]) == 0
        assert json.loads(capsys.readouterr().out)["object"] == "list"
        assert main([*ARGS, "models", "wdbc-mlp"]) == 0
        assert json.loads(capsys.readouterr().out)["task"] == "diagnosis"
        assert main([*ARGS, "embed", "a", "b"]) == 0
        assert len(json.loads(capsys.readouterr().out)["data"]) == 2
        assert main([*ARGS, "summarize", str(note), "--max-sentences", "2"]) == 0
        assert len(json.loads(capsys.readouterr().out)["sentences"]) == 2
        assert main([*ARGS, "diagnose", str(cases)]) == 0
        labels = [r["label"] for r in json.loads(capsys.readouterr().out)["results"]]
        assert labels == ["malignant", "benign"]
        assert main([*ARGS, "diagnose", '{"worst_area": 2000}', "--explain"]) == 0
        assert json.loads(capsys.readouterr().out)["results"][0]["explanation"]
        assert len(mock.calls) == 6


def test_errors_exit_1(capsys: pytest.CaptureFixture[str],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    with MockMaaS():
        assert main([*ARGS, "models", "nope"]) == 1
        assert "404" in capsys.readouterr().err
        assert main([*ARGS, "diagnose", "not json"]) == 1
    monkeypatch.delenv("MAAS_API_KEY", raising=False)
    assert main(["models"]) == 1
    assert "MAAS_API_KEY" in capsys.readouterr().err
