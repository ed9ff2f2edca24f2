"""Bulk jobs: `client.embeddings.create_many(...)` and `client.summaries.create_many(...)`.

Both walk any iterable, send chunks with bounded concurrency (each chunk is one ordinary call,
with the client's retries), keep input order, report progress, and can write JSON Lines
(`{"index": i, ...}` per input) that a rerun resumes from. When the server refuses a chunk as
overloaded (503 `overloaded`, after the call's retries) while other chunks of the job are out,
the job filled the server's queue itself: the chunk is sent again and the job goes on with
fewer chunks in flight. The job's state lives in the I/O-free `_bulk.BulkJob`; this module
holds the two drivers and the output file.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, TypeVar

from ._bulk import BulkJob, BulkProgress, BulkResult, Chunk, limit_after_error
from ._errors import InvalidParametersError

__all__ = ["BulkProgress", "BulkResult", "OutputFile", "ProgressCallback", "read_jsonl"]

R = TypeVar("R")
#: Called after every finished chunk with the job's progress.
ProgressCallback = Callable[[BulkProgress], object]
PathLike = str | os.PathLike[str]


def read_jsonl(path: PathLike) -> list[dict[str, Any]]:
    """The complete records of a bulk output file, sorted by input `index`."""
    records = []
    with open(path, "rb") as fh:
        for line in fh:
            if line.endswith(b"\n"):
                records.append(json.loads(line))
    return sorted(records, key=lambda r: int(r["index"]))


class OutputFile:
    """A job's JSON Lines output: the indexes already done, a torn last line cut, appends."""

    def __init__(self, path: PathLike) -> None:
        self.path = Path(path)
        self.done: set[int] = set()
        if self.path.exists():
            self._load()
        self._fh = open(self.path, "ab")  # noqa: SIM115 - closed by close()

    def _load(self) -> None:
        good = 0
        with open(self.path, "rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    break
                try:
                    self.done.add(int(json.loads(line)["index"]))
                except (ValueError, KeyError, TypeError):
                    break
                good += len(line)
        if good != self.path.stat().st_size:
            with open(self.path, "r+b") as fh:
                fh.truncate(good)

    def write(self, data: bytes) -> None:
        """Append complete lines and flush them, so an interrupt keeps them."""
        if data:
            self._fh.write(data)
            self._fh.flush()

    def close(self) -> None:
        """Close the file."""
        self._fh.close()


def _concurrency(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParametersError("concurrency must be an integer >= 1")
    return value


class _Run:
    """A job with its output file and progress callback: what both drivers do per chunk."""

    def __init__(self, job_args: dict[str, Any], output: PathLike | None,
                 on_progress: ProgressCallback | None) -> None:
        self.out = OutputFile(output) if output is not None else None
        self.job: BulkJob[Any] = BulkJob(**job_args,
                                         done_before=self.out.done if self.out else set(),
                                         to_file=self.out is not None)
        self.on_progress = on_progress

    def finished(self, chunk: Chunk, results: Sequence[Any]) -> None:
        lines = self.job.complete(chunk, results)
        if self.out is not None:
            self.out.write(lines)
        if self.on_progress is not None:
            self.on_progress(self.job.progress())

    def settle(self, chunk: Chunk, error: BaseException | None, results: Sequence[Any],
               out: int, limit: int) -> int:
        """Record how a chunk ended (``out`` chunks were out, itself included); returns the
        in-flight limit to go on with, or raises ``error`` when it ends the job."""
        if error is None:
            self.finished(chunk, results)
            return limit
        fewer = limit_after_error(error, out)
        if fewer is None:
            raise error
        self.job.resend(chunk)
        return min(limit, fewer)

    def abort(self) -> None:
        """Keep every finished result, whatever its place (a rerun resumes after them)."""
        if self.out is not None:
            self.out.write(self.job.drain())

    def close(self) -> None:
        if self.out is not None:
            self.out.close()

    def result(self) -> BulkResult[Any]:
        return self.job.result(self.out.path if self.out else None)


def run_sync(job_args: dict[str, Any], send: Callable[[Chunk], Sequence[R]], *,
             concurrency: int, output: PathLike | None,
             on_progress: ProgressCallback | None) -> BulkResult[R]:
    """Run a job with at most `concurrency` chunks in flight on worker threads."""
    limit = _concurrency(concurrency)
    run = _Run(job_args, output, on_progress)
    pool = ThreadPoolExecutor(max_workers=limit, thread_name_prefix="maas-bulk")
    inflight: dict[Future[Sequence[R]], Chunk] = {}
    try:
        while True:
            while len(inflight) < limit and (chunk := run.job.next_chunk()) is not None:
                inflight[pool.submit(send, chunk)] = chunk
            if not inflight:
                break
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            out = len(inflight)
            for fut in sorted(done, key=lambda f: inflight[f].seq):
                error = fut.exception()
                limit = run.settle(inflight.pop(fut), error, () if error else fut.result(),
                                   out, limit)
    except BaseException:
        for fut in inflight:
            fut.cancel()
        run.abort()
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        run.close()
    return run.result()


async def run_async(job_args: dict[str, Any], send: Callable[[Chunk], Awaitable[Sequence[R]]],
                    *, concurrency: int, output: PathLike | None,
                    on_progress: ProgressCallback | None) -> BulkResult[R]:
    """Run a job with at most `concurrency` chunks in flight as tasks."""
    limit = _concurrency(concurrency)
    run = _Run(job_args, output, on_progress)
    inflight: dict[asyncio.Task[Sequence[R]], Chunk] = {}
    try:
        while True:
            while len(inflight) < limit and (chunk := run.job.next_chunk()) is not None:
                inflight[asyncio.ensure_future(send(chunk))] = chunk
            if not inflight:
                break
            done, _ = await asyncio.wait(inflight, return_when=asyncio.FIRST_COMPLETED)
            out = len(inflight)
            for task in sorted(done, key=lambda t: inflight[t].seq):
                error = task.exception()
                limit = run.settle(inflight.pop(task), error, () if error else task.result(),
                                   out, limit)
    except BaseException:
        for task in inflight:
            task.cancel()
        await asyncio.gather(*inflight, return_exceptions=True)
        run.abort()
        raise
    finally:
        run.close()
    return run.result()
