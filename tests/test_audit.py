"""The audit trail's hash chain: `maas-reference-server audit verify` passes on an intact log and
fails on each kind of tampering; rotation keeps the chain; restarts continue it."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from mock_server.__main__ import main
from mock_server.observability.audit import AuditLog, chain_files, verify

KEY = b"unit-test-audit-key"


def write_log(path: Path, n: int = 8, **kw: int) -> AuditLog:
    log = AuditLog(path, hmac_key=KEY, **kw)
    for i in range(n):
        log.append({"route": "/v1/embeddings", "status": 200, "key_id": "abc123",
                    "input": {"bytes": 10 + i, "items": 1,
                              "hmac": log.input_hmac(f"synthetic {i}".encode())}})
    return log


def cli(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        main(["audit", "verify", str(path)])
    return int(exit_.value.code or 0), capsys.readouterr().out


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_intact_log_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "audit.jsonl"
    write_log(path)
    code, out = cli(path, capsys)
    assert code == 0 and "OK: 8 records" in out
    records = [json.loads(line) for line in lines(path)]
    assert [r["seq"] for r in records] == list(range(1, 9))
    assert records[0]["prev"] == "0" * 64
    assert all(b["prev"] == a["hash"] for a, b in itertools.pairwise(records))
    assert records[0]["input"]["hmac"].startswith("hmac-sha256:")


def _edit(path: Path) -> None:
    rows = lines(path)
    record = json.loads(rows[3])
    record["status"] = 500  # the hash is left as it was
    rows[3] = json.dumps(record).encode() + b"\n"
    path.write_bytes(b"".join(rows))


def _edit_and_rehash_without_fixing_next(path: Path) -> None:
    from mock_server.observability.audit import _digest

    rows = lines(path)
    record = json.loads(rows[3])
    record["key_id"] = "someone-else"
    record["hash"] = _digest(record["prev"], record)
    rows[3] = json.dumps(record).encode() + b"\n"
    path.write_bytes(b"".join(rows))


def _delete(path: Path) -> None:
    rows = lines(path)
    del rows[4]
    path.write_bytes(b"".join(rows))


def _swap(path: Path) -> None:
    rows = lines(path)
    rows[2], rows[5] = rows[5], rows[2]
    path.write_bytes(b"".join(rows))


def _truncate_at_record(path: Path) -> None:
    path.write_bytes(b"".join(lines(path)[:5]))


def _truncate_mid_record(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])


@pytest.mark.parametrize("tamper", [_edit, _edit_and_rehash_without_fixing_next, _delete, _swap,
                                    _truncate_at_record, _truncate_mid_record])
def test_tampering_is_detected(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               tamper: object) -> None:
    path = tmp_path / "audit.jsonl"
    write_log(path)
    tamper(path)  # type: ignore[operator]
    code, out = cli(path, capsys)
    assert code == 1 and "FAIL:" in out and "BROKEN" in out


def test_rotation_continues_the_chain_across_files(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_log(path, n=40, max_bytes=2000)
    files = chain_files(path)
    assert len(files) >= 3 and files[-1] == path
    assert all(f.stat().st_size <= 2000 for f in files)
    report = verify(path)
    assert report.ok and report.records == 40, report.problems
    first_of_live = json.loads(lines(path)[0])
    last_of_previous = json.loads(lines(files[-2])[-1])
    assert first_of_live["prev"] == last_of_previous["hash"]
    # a record deleted in a rotated file breaks the chain seen from the live file
    rows = lines(files[0])
    files[0].write_bytes(b"".join(rows[:1] + rows[2:]))
    assert not verify(path).ok


def test_removing_a_whole_rotated_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_log(path, n=40, max_bytes=2000)
    chain_files(path)[1].unlink()
    assert not verify(path).ok


def test_a_restarted_writer_continues_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_log(path, n=3)
    write_log(path, n=3)  # a new process: resumes from the head file
    (tmp_path / "audit.jsonl.head").unlink()
    write_log(path, n=2)  # and without the head file, from the last line
    report = verify(path)
    assert report.records == 8
    # the head file was removed once, so the final state is re-anchored by the last writer
    assert report.ok, report.problems


def test_missing_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(tmp_path / "nope.jsonl", capsys)
    assert code == 1 and "no such audit log" in out
