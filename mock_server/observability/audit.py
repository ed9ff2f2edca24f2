"""The audit trail: an append-only, hash-chained JSON Lines file, one record per request.

Each record carries `seq` (1, 2, ...), `prev` (the previous record's `hash`; 64 zeros for the
first) and `hash` = SHA-256 of `prev` + "\\n" + the record's canonical JSON without `hash`.
Editing, deleting or reordering a record breaks the chain. A sidecar `FILE.head` holds the last
`seq` and `hash`, so cutting records off the end is detected too. When `FILE` would grow past
`max_bytes` it is renamed `FILE.1`, `FILE.2`, ... (oldest first) and the chain continues into
the new `FILE`. The input itself is never written: only its size and an HMAC-SHA256 under the
server's audit key (so equal inputs can be matched by whoever holds the key).

`maas-reference-server audit verify FILE` checks `FILE` and its rotated predecessors.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["GENESIS", "AuditLog", "VerifyReport", "chain_files", "verify"]

GENESIS = "0" * 64
_HEAD_WIDTH = 128


def _canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _digest(prev: str, record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(prev.encode() + b"\n" + _canonical(body)).hexdigest()


def _head_path(path: Path) -> Path:
    return path.with_name(path.name + ".head")


def chain_files(path: Path) -> list[Path]:
    """`path`'s rotated predecessors, oldest first, then `path` itself (if it exists)."""
    pattern = re.compile(re.escape(path.name) + r"\.([0-9]+)")
    rotated = sorted(
        (int(m.group(1)), p) for p in path.parent.glob(path.name + ".*")
        if (m := pattern.fullmatch(p.name))
    )
    return [p for _, p in rotated] + ([path] if path.exists() else [])


class AuditLog:
    """Appends chained records to `path` (thread-safe), rotating past `max_bytes`."""

    def __init__(self, path: Path, *, hmac_key: bytes, max_bytes: int = 64 * 1024 * 1024) -> None:
        """Open (or continue) the trail at `path`."""
        self.path = path
        self.max_bytes = max_bytes
        self._key = hmac_key
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._seq, self._last = self._resume()
        self._fd: int | None = None
        self._head_fd: int | None = None

    def _resume(self) -> tuple[int, str]:
        """Continue after the last record on disk (the head file, else the last line)."""
        head = _head_path(self.path)
        if head.exists() and head.read_text().strip():
            state = json.loads(head.read_text())
            return int(state["seq"]), str(state["hash"])
        for file in reversed(chain_files(self.path)):
            lines = file.read_bytes().splitlines()
            if lines:
                last = json.loads(lines[-1])
                return int(last["seq"]), str(last["hash"])
        return 0, GENESIS

    def input_hmac(self, data: bytes) -> str:
        """`hmac-sha256:<hex>` of a request body under the audit key."""
        return "hmac-sha256:" + hmac.new(self._key, data, hashlib.sha256).hexdigest()

    def append(self, record: dict[str, Any]) -> dict[str, Any]:
        """Chain and write one record; returns it as written."""
        with self._lock:
            entry = {**record, "seq": self._seq + 1, "prev": self._last}
            entry["hash"] = _digest(self._last, entry)
            line = _canonical(entry) + b"\n"
            self._rotate_if_needed(len(line))
            if self._fd is None:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            os.write(self._fd, line)
            self._seq, self._last = entry["seq"], entry["hash"]
            # Fixed width, rewritten in place with one write: cheap, and never half a record.
            if self._head_fd is None:
                self._head_fd = os.open(_head_path(self.path), os.O_WRONLY | os.O_CREAT, 0o600)
            head = json.dumps({"seq": self._seq, "hash": self._last}).ljust(_HEAD_WIDTH - 1)
            os.pwrite(self._head_fd, head.encode() + b"\n", 0)
            return entry

    def close(self) -> None:
        """Close the files (appending again reopens them)."""
        with self._lock:
            for fd in (self._fd, self._head_fd):
                if fd is not None:
                    os.close(fd)
            self._fd = self._head_fd = None

    def _rotate_if_needed(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size and size + incoming > self.max_bytes:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
            rotated = chain_files(self.path)[:-1]
            index = 1 + max((int(p.name.rsplit(".", 1)[1]) for p in rotated), default=0)
            os.replace(self.path, self.path.with_name(f"{self.path.name}.{index}"))


@dataclass
class VerifyReport:
    """The result of :func:`verify`: `ok`, how many records, and what is wrong where."""

    records: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the chain is whole."""
        return not self.problems


def _lines(files: Iterable[Path]) -> Iterable[tuple[str, int, bytes]]:
    for file in files:
        data = file.read_bytes()
        if data and not data.endswith(b"\n"):
            yield file.name, -1, b""  # a cut-off last line: the file was truncated
        for number, line in enumerate(data.splitlines(), start=1):
            yield file.name, number, line


def verify(path: Path) -> VerifyReport:
    """Check the chain of `path` (with its rotated predecessors when `path` is the live file)."""
    report = VerifyReport()
    files = chain_files(path) if not re.search(r"\.[0-9]+$", path.name) else [path]
    if not files:
        report.problems.append(f"{path}: no such audit log")
        return report
    prev: str | None = None
    seq: int | None = None
    for name, number, line in _lines(files):
        where = f"{name}:{number}"
        if number == -1:
            report.problems.append(f"{name}: last line is incomplete (file truncated)")
            continue
        try:
            record = json.loads(line)
            stored, record_prev, record_seq = record["hash"], record["prev"], int(record["seq"])
        except (ValueError, KeyError, TypeError):
            report.problems.append(f"{where}: not a valid audit record")
            prev = seq = None
            continue
        if _digest(record_prev, record) != stored:
            report.problems.append(f"{where}: record {record_seq} was altered (hash mismatch)")
        if prev is None and seq is None and report.records == 0:
            if record_prev != GENESIS:
                report.notes.append(f"{where}: chain starts at record {record_seq} (earlier "
                                    "files are not present)")
        elif record_prev != prev:
            report.problems.append(f"{where}: record {record_seq} does not follow record "
                                   f"{seq} (deleted, reordered or inserted records)")
        if seq is not None and record_seq != seq + 1:
            report.problems.append(f"{where}: sequence jumps from {seq} to {record_seq}")
        prev, seq = stored, record_seq
        report.records += 1
    head = _head_path(path if files[-1] == path else files[-1])
    if files[-1] == path and head.exists() and head.read_text().strip():
        state = json.loads(head.read_text())
        if (state.get("seq"), state.get("hash")) != (seq, prev):
            report.problems.append(f"the head file says the last record is {state.get('seq')}, "
                                   f"the log ends at {seq} (records cut off the end)")
    elif files[-1] == path:
        report.notes.append("no head file: records cut off the end cannot be detected")
    return report
