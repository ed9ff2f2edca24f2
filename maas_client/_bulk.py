"""Bulk jobs (`create_many`): the I/O-free part shared by the sync and async drivers
(`maas_client.bulk`).

A job walks any iterable of texts, skips the indexes an earlier run already wrote to its
output (JSON Lines, one `{"index": i, ...}` object per input), cuts what is left into chunks
and, as the drivers report chunks done, hands back the output lines in input order, plus the
progress. The drivers only send chunks (bounded concurrency) and write the lines.

An interrupted run leaves a file whose complete lines are all valid results; a rerun with the
same output reads their indexes and computes only the rest (a torn last line is cut off).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from ._errors import InvalidParametersError, ServiceUnavailableError

__all__ = ["BulkJob", "BulkProgress", "BulkResult", "Chunk", "limit_after_error"]

#: The output's complete lines are what counts as done: the drivers write and flush them as
#: soon as they are ready, so killing a run loses at most the chunks still in flight.

R = TypeVar("R")


@dataclass(frozen=True)
class BulkProgress:
    """Where a bulk job stands: `done` of `total` inputs (None when the iterable has no
    length), of which `skipped` were already in the output of an earlier run."""

    done: int
    total: int | None
    skipped: int


@dataclass
class BulkResult(Generic[R]):
    """What a `create_many` call did. `results` holds the computed results in input order
    when there is no `output` file (with one, they are in the file: see `read_jsonl`)."""

    total: int
    computed: int
    skipped: int
    results: list[R] | None = None
    output: Path | None = None


@dataclass(frozen=True)
class Chunk:
    """Inputs sent together: their input indexes and texts (`seq` orders the chunks)."""

    seq: int
    indexes: tuple[int, ...]
    texts: tuple[str, ...]


@dataclass
class BulkJob(Generic[R]):
    """The state of one bulk run; `to_record(result)` makes the JSON object of one result."""

    texts: Iterable[str]
    chunk_size: int
    to_record: Callable[[R], dict[str, Any]]
    done_before: set[int] = field(default_factory=set)
    to_file: bool = False
    total: int | None = None
    skipped: int = 0
    computed: int = 0
    _chunks: Iterator[Chunk] | None = field(default=None, repr=False)
    _pending: dict[int, tuple[Chunk, Sequence[R]]] = field(default_factory=dict, repr=False)
    _next_seq: int = 0
    _results: list[tuple[int, R]] = field(default_factory=list, repr=False)
    _resend: list[Chunk] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.chunk_size, bool) or not isinstance(self.chunk_size, int) or (
                self.chunk_size < 1):
            raise InvalidParametersError("chunk_size must be an integer >= 1")
        if self.total is None and hasattr(self.texts, "__len__"):
            self.total = len(self.texts)  # type: ignore[arg-type]
        self._chunks = self._cut()

    def _cut(self) -> Iterator[Chunk]:
        seq = 0
        idx: list[int] = []
        texts: list[str] = []
        for i, text in enumerate(self.texts):
            if i in self.done_before:
                self.skipped += 1
                continue
            if not isinstance(text, str):
                raise InvalidParametersError(f"input {i} is a {type(text).__name__}, not a str")
            idx.append(i)
            texts.append(text)
            if len(idx) == self.chunk_size:
                yield Chunk(seq, tuple(idx), tuple(texts))
                seq, idx, texts = seq + 1, [], []
        if idx:
            yield Chunk(seq, tuple(idx), tuple(texts))

    def next_chunk(self) -> Chunk | None:
        """The next chunk to send: one to send again (see :meth:`resend`), else the next new
        one (reading the iterable lazily); None when all are out."""
        if self._resend:
            return self._resend.pop(0)
        assert self._chunks is not None
        return next(self._chunks, None)

    def resend(self, chunk: Chunk) -> None:
        """Send ``chunk`` again, before any new chunk (the server refused it for now)."""
        self._resend.append(chunk)

    def complete(self, chunk: Chunk, results: Sequence[R]) -> bytes:
        """Record a finished chunk; returns the output lines now ready, in input order."""
        if len(results) != len(chunk.indexes):
            raise ValueError("a chunk's results do not match its inputs")
        self.computed += len(results)
        self._pending[chunk.seq] = (chunk, results)
        out = []
        while self._next_seq in self._pending:
            ready, res = self._pending.pop(self._next_seq)
            out.append(self._lines(ready, res))
            self._next_seq += 1
        return b"".join(out)

    def drain(self) -> bytes:
        """The lines of finished chunks still waiting for an earlier one (on failure or
        interrupt: every finished result is kept, whatever its place)."""
        out = [self._lines(c, r) for _, (c, r) in sorted(self._pending.items())]
        self._pending.clear()
        return b"".join(out)

    def _lines(self, chunk: Chunk, results: Sequence[R]) -> bytes:
        if not self.to_file:
            self._results.extend(zip(chunk.indexes, results, strict=True))
            return b""
        return b"".join(
            json.dumps({"index": i, **self.to_record(r)}, separators=(",", ":")).encode()
            + b"\n" for i, r in zip(chunk.indexes, results, strict=True))

    def progress(self) -> BulkProgress:
        """Inputs done so far (computed or skipped)."""
        return BulkProgress(self.computed + self.skipped, self.total, self.skipped)

    def result(self, output: Path | None) -> BulkResult[R]:
        """The summary of the finished job."""
        results = None if self.to_file else [
            r for _, r in sorted(self._results, key=lambda p: p[0])]
        return BulkResult(self.computed + self.skipped, self.computed, self.skipped,
                          results, output)


def limit_after_error(error: BaseException, out: int) -> int | None:
    """The in-flight limit to go on with after a chunk failed with ``error`` while ``out``
    chunks of the job (itself included) were out, or None when the error ends the job.

    A 503 ``overloaded`` while other chunks of the job were out means the job filled the
    server's queue itself (a server bounds the work it queues per API key): the chunk is sent
    again, and from then on the job keeps out only as many chunks as the server took. Refused
    with nothing else out, it is the error a single call would raise (after its retries)."""
    if out > 1 and isinstance(error, ServiceUnavailableError) and error.code == "overloaded":
        return out - 1
    return None
