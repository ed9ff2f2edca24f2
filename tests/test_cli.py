"""The `maas` command: options anywhere, stdin, --file, output formats, bulk output and
resume, progress only on a terminal, local de-identification, the diagnosis body."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import stat
import struct
import subprocess
import sys
import termios
from pathlib import Path
from typing import Any

import pytest

from maas_client import __version__
from maas_client import cli as cli_module
from maas_client.cli import main
from maas_client.testing.mock import MockMaaS

ARGS = ["--api-key", "k", "--base-url", "http://127.0.0.1:8000"]
NOTE = "Patient John Smith, MRN 12345678, seen 03/04/2021. Chest pain since morning."


def run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"maas {__version__}"


def test_options_are_accepted_after_the_subcommand(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    with MockMaaS() as mock:
        code, out = run(["summarize", str(note), "--no-privacy", *ARGS, "--max-retries", "0"])
        assert code == 0
        assert mock.calls_to("summaries")[0].json["text"] == NOTE  # --no-privacy took effect
        code, _ = run([*ARGS, "summarize", str(note)])  # before the subcommand: privacy on
        sent = mock.calls_to("summaries")[1].json["text"]
        assert "John Smith" not in sent and "12345678" not in sent
    (record,) = lines(out)
    assert record["index"] == 0 and record["summary"]["object"] == "summary"


def test_connection_options_reach_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    real = cli_module.MaaSClient

    def recording(**kwargs: Any) -> Any:
        seen.update(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(cli_module, "MaaSClient", recording)
    with MockMaaS():
        code, _ = run(["embed", "x", *ARGS, "--deadline", "7.5", "--max-retries", "5",
                       "--encryption", "off", "--timeout", "3"])
    assert code == 0
    assert (seen["deadline"], seen["max_retries"], seen["encryption"], seen["timeout"]) == (
        7.5, 5, "off", 3.0)


def test_max_retries_and_encryption_change_behaviour(capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    with MockMaaS() as mock:
        mock.fail("embeddings", times=1, status=503, retry_after=0)
        assert run([*ARGS, "embed", "x", "--max-retries", "0"])[0] == 1
        assert "503" in capsys.readouterr().err
        assert len(mock.calls_to("embeddings")) == 1
        mock.fail("embeddings", times=1, status=503, retry_after=0)
        assert run([*ARGS, "embed", "x", "--max-retries", "1"])[0] == 0
        assert len(mock.calls_to("embeddings")) == 3
        # the mock offers no OHTTP keys: "required" refuses to send anything in clear
        assert run([*ARGS, "embed", "x", "--encryption", "required"])[0] == 1
        assert "encrypt" in capsys.readouterr().err.lower()
        assert len(mock.calls_to("embeddings")) == 3


def test_stdin_dash_is_one_text_and_file_is_one_text_per_line(tmp_path: Path) -> None:
    texts = tmp_path / "texts.txt"
    texts.write_text("chest pain\n\nshortness of breath\r\nfever\n", encoding="utf-8")
    with MockMaaS() as mock:
        code, out = run([*ARGS, "embed", "-"], stdin="hi there\n")
        assert code == 0
        assert mock.calls_to("embeddings")[-1].json["input"] == ["hi there"]
        (one,) = lines(out)
        assert one["index"] == 0 and len(one["embedding"]) == 384
        code, out = run([*ARGS, "embed", "--file", str(texts)])
        assert mock.calls_to("embeddings")[-1].json["input"] == [
            "chest pain", "shortness of breath", "fever"]
        code, out2 = run([*ARGS, "embed", "--file", "-"], stdin=texts.read_text())
    records = lines(out)
    assert [r["index"] for r in records] == [0, 1, 2]
    assert out == out2
    assert ", " not in out and ": " not in out  # compact JSON Lines, one line per text


def test_formats_json_and_table(tmp_path: Path) -> None:
    with MockMaaS():
        code, out = run([*ARGS, "embed", "a", "b", "--format", "json"])
        assert code == 0 and "\n" not in out.rstrip("\n")
        assert [r["index"] for r in json.loads(out)] == [0, 1]
        code, out = run([*ARGS, "--format", "table", "embed", "a", "b"])
        header, *rows = out.splitlines()
        assert header.split() == ["index", "dim", "norm", "head"]
        assert len(rows) == 2 and rows[0].split()[1] == "384"
        code, out = run([*ARGS, "models", "--format", "table"])
        assert "minilm-l6-v2" in out and out.splitlines()[0].split() == ["id", "task", "version"]


def test_output_file_and_resume(tmp_path: Path) -> None:
    texts = tmp_path / "texts.txt"
    texts.write_text("\n".join(f"text number {i}" for i in range(10)) + "\n")
    out_path = tmp_path / "out.jsonl"
    with MockMaaS() as mock:
        code, out = run([*ARGS, "embed", "--file", str(texts), "--output", str(out_path),
                         "--chunk-size", "3"])
        assert code == 0
        assert lines(out) == [{"output": str(out_path), "total": 10, "computed": 10,
                               "skipped": 0}]
        assert len(mock.calls_to("embeddings")) == 4
        code, out = run([*ARGS, "embed", "--file", str(texts), "--output", str(out_path)])
        assert lines(out)[0]["skipped"] == 10
        assert len(mock.calls_to("embeddings")) == 4  # nothing recomputed
    assert [r["index"] for r in lines(out_path.read_text())] == list(range(10))


def test_diagnose_accepts_the_api_body(tmp_path: Path) -> None:
    body = {"model": "wdbc-mlp", "explain": True, "coverage": 0.9,
            "inputs": [{"features": {"worst_area": 2000.0}}, {"features": {"worst_area": 300}}]}
    (tmp_path / "body.json").write_text(json.dumps(body))
    with MockMaaS() as mock:
        for argv, stdin in (([json.dumps(body)], ""), ([str(tmp_path / "body.json")], ""),
                            (["-"], json.dumps(body))):
            code, out = run([*ARGS, "diagnose", *argv], stdin=stdin)
            assert code == 0
            results = lines(out)
            assert [r["label"] for r in results] == ["malignant", "benign"]
            assert results[0]["explanation"]
            assert mock.calls_to("diagnosis")[-1].json == body
        code, out = run([*ARGS, "diagnose", '[{"worst_area": 2000}]', "--format", "json"])
        assert json.loads(out)["object"] == "diagnosis"


def test_errors_exit_1_with_a_message(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with MockMaaS():
        assert run([*ARGS, "models", "nope"])[0] == 1
        assert "404" in capsys.readouterr().err
        assert run([*ARGS, "diagnose", "not json"])[0] == 1
        assert run([*ARGS, "embed", "-", "-"], stdin="x")[0] == 1
        assert "only once" in capsys.readouterr().err
        assert run([*ARGS, "embed"])[0] == 1
    monkeypatch.delenv("MAAS_API_KEY", raising=False)
    assert run(["models"])[0] == 1
    assert "MAAS_API_KEY" in capsys.readouterr().err


def test_help_has_descriptions_defaults_and_examples(capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "examples:" in text and "maas deid note.txt" in text
    for command in ("models", "embed", "summarize", "diagnose", "deid"):
        assert command in text
    with pytest.raises(SystemExit):
        main(["embed", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Embed each TEXT" in text
    assert "(default: minilm-l6-v2)" in text and "(default: 2048)" in text
    assert "--deadline" in text and "(default: 60)" in text
    assert "examples: maas embed" in text and "maas deid" not in text


def test_deid_stdin_runs_locally(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MAAS_API_KEY", raising=False)
    with MockMaaS() as mock:
        code, out = run(["deid", "-"], stdin=NOTE)
        assert code == 0
        (record,) = lines(out)
        assert "John Smith" not in record["text"] and "12345678" not in record["text"]
        assert record["entities"]["PERSON"] == 1
        code, out = run(["deid", "-", "--operator", "redact", "--format", "text",
                         "--restore-map", str(tmp_path / "map.json")], stdin=NOTE)
        assert code == 0 and "[REDACTED]" in out and "John Smith" not in out
        assert mock.calls == []  # nothing was sent anywhere
    mapping = json.loads((tmp_path / "map.json").read_text())
    reps = mapping["inputs"][0]["replacements"]
    assert {"entity": "PERSON", "replacement": "[REDACTED]", "original": "John Smith",
            "start": 8, "end": 18, "masked_start": 8, "masked_end": 18} in reps
    for r in reps:
        assert NOTE[r["start"]:r["end"]] == r["original"]
    assert stat.S_IMODE((tmp_path / "map.json").stat().st_mode) == 0o600


def test_deid_placeholder_map_restores_the_text(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTE + "\nCall Jane Doe at 555-123-4567.\n")
    code, out = run(["deid", "--file", str(notes), "--restore-map", str(tmp_path / "m.json")])
    assert code == 0
    records = lines(out)
    maps = json.loads((tmp_path / "m.json").read_text())["inputs"]
    for record, entry, original in zip(records, maps, notes.read_text().splitlines(),
                                       strict=True):
        text = record["text"]
        for r in sorted(entry["replacements"], key=lambda r: -r["start"]):
            assert r["replacement"] in text
        rebuilt = text
        for r in entry["replacements"]:
            rebuilt = rebuilt.replace(r["replacement"], r["original"], 1)
        assert rebuilt == original


def test_deid_level_is_the_privacy_level(capsys: pytest.CaptureFixture[str]) -> None:
    from maas_client import Privacy

    for level in ("light", "strict", "safe_harbor"):
        code, out = run(["deid", "-", "--level", level], stdin=NOTE)
        assert code == 0
        assert lines(out)[0]["text"] == Privacy(level=level).deidentify(NOTE).text
    assert run(["deid", "-", "--level", "bogus"], stdin=NOTE)[0] == 1
    assert "bogus" in capsys.readouterr().err


def test_deid_keyed_operator_needs_a_key(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("MAAS_DEID_KEY", raising=False)
    assert run(["deid", "-", "--operator", "hash"], stdin=NOTE)[0] == 1
    assert "MAAS_DEID_KEY" in capsys.readouterr().err
    monkeypatch.setenv("MAAS_DEID_KEY", "k" * 32)
    code, out = run(["deid", "-", "--operator", "hash"], stdin=NOTE)
    assert code == 0 and "[NAME#" in lines(out)[0]["text"]


def _pty() -> tuple[int, int]:
    """A pseudo-terminal 100 columns wide (a fresh pty reports 0 columns)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    return master, slave


def _tty_stderr(monkeypatch: pytest.MonkeyPatch) -> tuple[int, io.TextIOWrapper]:
    master, slave = _pty()
    stream = open(slave, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    monkeypatch.setattr(sys, "stderr", stream)
    return master, stream


def _drain(master: int) -> str:
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if not ready:
            return b"".join(chunks).decode(errors="replace")
        try:
            chunks.append(os.read(master, 65536))
        except OSError:  # EIO: every slave end is closed (the child exited)
            return b"".join(chunks).decode(errors="replace")


def test_progress_bar_only_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts.txt"
    texts.write_text("\n".join(f"t{i}" for i in range(6)) + "\n")
    argv = [*ARGS, "embed", "--file", str(texts), "--chunk-size", "2"]
    with MockMaaS():
        assert run(argv)[0] == 0  # stderr is captured: not a terminal
        assert capsys.readouterr().err == ""
        master, stream = _tty_stderr(monkeypatch)
        try:
            assert run(argv)[0] == 0
            stream.flush()
            drawn = _drain(master)
        finally:
            stream.close()
            os.close(master)
    assert "6/6" in drawn and "100%" in drawn
    with MockMaaS():
        master, stream = _tty_stderr(monkeypatch)
        try:
            assert run([*argv, "--no-progress"])[0] == 0
            stream.flush()
            assert _drain(master) == ""
        finally:
            stream.close()
            os.close(master)


@pytest.mark.integration
def test_console_script_against_the_reference_server(maas_server: Any, tmp_path: Path
                                                     ) -> None:
    """`python -m maas_client.cli` with stderr on a pseudo-terminal: a bar is drawn, and the
    vectors are the real model's."""
    texts = tmp_path / "texts.txt"
    texts.write_text("chest pain\nshortness of breath\nfever\n")
    master, slave = _pty()
    env = {**os.environ, "MAAS_API_KEY": maas_server.api_key,
           "MAAS_BASE_URL": maas_server.base_url}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "maas_client.cli", "embed", "--file", str(texts),
             "--chunk-size", "1"], stdout=subprocess.PIPE, stderr=slave, env=env,
            timeout=120, check=False)
        os.close(slave)
        drawn = _drain(master)
    finally:
        os.close(master)
    assert proc.returncode == 0
    records = lines(proc.stdout.decode())
    assert [r["index"] for r in records] == [0, 1, 2]
    assert all(abs(sum(x * x for x in r["embedding"]) - 1.0) < 1e-3 for r in records)
    assert "3/3" in drawn


@pytest.mark.parametrize("operator", ["placeholder", "redact", "mask", "hash", "encrypt",
                                      "date_shift", "safe_harbor", "keep"])
def test_restore_map_rebuilds_every_note_under_every_operator(
        operator: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from maas_client.cli._deid import privacy_for, replacements
    from maas_client.testing.phi_corpus import generate_corpus

    monkeypatch.setenv("MAAS_DEID_KEY", "a-synthetic-test-key-of-32-bytes")
    privacy = privacy_for(operator, None, "MAAS_DEID_KEY")
    for note in generate_corpus(40, seed=3):
        deid = privacy.deidentify(note.text)
        entries = replacements(note.text, deid)
        assert len(entries) == len(deid.spans)
        rebuilt = deid.text
        for e in sorted(entries, key=lambda e: -e["masked_start"]):
            assert rebuilt[e["masked_start"]:e["masked_end"]] == e["replacement"]
            rebuilt = rebuilt[:e["masked_start"]] + e["original"] + rebuilt[e["masked_end"]:]
        assert rebuilt == note.text
