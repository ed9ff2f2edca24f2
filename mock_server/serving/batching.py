"""Dynamic batching: coalesce concurrent requests into one call of a CPU-bound batch function.

The server's handlers ``await batcher.submit(items)``. Requests that arrive within
``max_wait_ms`` of the oldest waiting one (or until ``max_batch`` items are gathered) are
concatenated, run through the batch function in one dedicated worker thread — so the model is
never called concurrently — and each caller gets back its own slice, in order.

* Back-pressure: more than ``max_queue`` waiting items raises :class:`QueueFullError` at once
  (the server answers 503 with ``Retry-After``, using :attr:`QueueFullError.retry_after`).
* An exception from the batch function reaches the callers of that batch only.
* A caller cancelled while waiting (its client disconnected, or its deadline passed) is
  dropped from the queue; the others are unaffected.
* Work whose ``deadline`` (an absolute ``time.monotonic()`` time) has passed is never run:
  ``submit`` refuses it at once and a batch skips it, raising :class:`DeadlineExceededError`.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["BatcherClosedError", "DeadlineExceededError", "DynamicBatcher", "QueueFullError"]

T = TypeVar("T")
R = TypeVar("R")


class QueueFullError(RuntimeError):
    """The batcher's queue is full; retry after :attr:`retry_after` seconds."""

    def __init__(self, queued: int, max_queue: int, retry_after: float) -> None:
        """Record the queue state and a suggested wait (seconds) before retrying."""
        super().__init__(f"model queue full ({queued} of {max_queue} items waiting)")
        self.queued = queued
        self.max_queue = max_queue
        self.retry_after = retry_after


class BatcherClosedError(RuntimeError):
    """The batcher is closing or closed and accepts no more work."""


class DeadlineExceededError(RuntimeError):
    """The caller's deadline passed before its work could start; the work was not run."""


@dataclass(eq=False)
class _Request(Generic[T, R]):
    items: list[T]
    future: asyncio.Future[list[R]]
    deadline: float | None = None
    enqueued: float = field(default_factory=time.monotonic)


class DynamicBatcher(Generic[T, R]):
    """Coalesce concurrent ``submit`` calls into batches for a synchronous batch function.

    ``fn`` receives a list of items and must return one result per item, in order. A request
    is never split: one larger than ``max_batch`` runs as a batch of its own, and when the
    queue is empty a request is admitted whatever its size, so an oversized request is not
    refused forever.
    """

    def __init__(
        self,
        fn: Callable[[list[T]], Sequence[R]],
        *,
        max_batch: int = 32,
        max_wait_ms: float = 5.0,
        max_queue: int = 4096,
        name: str = "batcher",
    ) -> None:
        """Configure the batcher; call :meth:`start` (or just :meth:`submit`) to run it."""
        if max_batch < 1 or max_queue < 1 or max_wait_ms < 0:
            raise ValueError("max_batch and max_queue must be >= 1 and max_wait_ms >= 0")
        self._fn = fn
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self.max_queue = max_queue
        self.name = name
        self._pending: deque[_Request[T, R]] = deque()
        self._queued = 0
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._closing = False
        self._batch_seconds = 0.0  # moving average of one batch's run time
        self.batches_run = 0
        """Number of calls made to the batch function (for tests and metrics)."""
        self.expired = 0
        """Requests dropped unrun because their deadline passed while queued."""

    @property
    def queued(self) -> int:
        """Items waiting for a batch (not counting the batch being run)."""
        return self._queued

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`aclose`."""
        return self._task is not None and not self._task.done() and not self._closing

    async def start(self) -> None:
        """Start the batching task and its worker thread on the running event loop."""
        if self._closing:
            raise BatcherClosedError(f"{self.name} is closed")
        if self._task is None:
            self._wakeup = asyncio.Event()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
            self._task = asyncio.create_task(self._loop(), name=f"{self.name}-loop")

    async def aclose(self) -> None:
        """Stop accepting work, finish what is queued, then stop the worker thread."""
        self._closing = True
        if self._task is not None:
            assert self._wakeup is not None
            self._wakeup.set()
            await self._task
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    async def __aenter__(self) -> DynamicBatcher[T, R]:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _retry_after(self) -> float:
        batches_ahead = self._queued / self.max_batch + 1
        return max(1.0, math.ceil(batches_ahead * max(self._batch_seconds, self.max_wait)))

    async def submit(self, items: list[T], *, deadline: float | None = None) -> list[R]:
        """Queue ``items`` and return their results, in order, once their batch has run.

        Raises :class:`QueueFullError` immediately when the queue is full,
        :class:`BatcherClosedError` after :meth:`aclose`, :class:`DeadlineExceededError` when
        ``deadline`` passes before the batch starts, or whatever the batch function raised.
        """
        if self._closing:
            raise BatcherClosedError(f"{self.name} is closed")
        if not items:
            return []
        if deadline is not None and deadline <= time.monotonic():
            raise DeadlineExceededError(f"{self.name}: deadline passed before queueing")
        if self._queued and self._queued + len(items) > self.max_queue:
            raise QueueFullError(self._queued, self.max_queue, self._retry_after())
        if self._task is None:
            await self.start()
        assert self._wakeup is not None
        request: _Request[T, R] = _Request(
            list(items), asyncio.get_running_loop().create_future(), deadline
        )
        self._pending.append(request)
        self._queued += len(request.items)
        self._wakeup.set()
        try:
            return await request.future
        except asyncio.CancelledError:
            self._discard(request)
            raise

    def _discard(self, request: _Request[T, R]) -> None:
        """Drop a cancelled request that is still waiting."""
        try:
            self._pending.remove(request)
        except ValueError:
            return  # already taken into a batch
        self._queued -= len(request.items)

    def _take_batch(self) -> list[_Request[T, R]]:
        batch = [self._pending.popleft()]
        count = len(batch[0].items)
        while self._pending and count + len(self._pending[0].items) <= self.max_batch:
            request = self._pending.popleft()
            batch.append(request)
            count += len(request.items)
        self._queued -= count
        return batch

    async def _gather(self) -> None:
        """Wait until a batch is full or the oldest request has waited ``max_wait``."""
        assert self._wakeup is not None
        while self._pending and self._queued < self.max_batch and not self._closing:
            remaining = self._pending[0].enqueued + self.max_wait - time.monotonic()
            if remaining <= 0:
                return
            self._wakeup.clear()
            try:
                await asyncio.wait_for(self._wakeup.wait(), remaining)
            except TimeoutError:
                return

    async def _loop(self) -> None:
        assert self._wakeup is not None
        loop = asyncio.get_running_loop()
        while True:
            if not self._pending:
                if self._closing:
                    return
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            await self._gather()
            if not self._pending:
                continue
            batch = [r for r in self._take_batch() if self._still_wanted(r)]
            if batch:
                await self._run_batch(loop, batch)

    def _still_wanted(self, request: _Request[T, R]) -> bool:
        """False for a request nobody awaits any more or whose deadline has passed."""
        if request.future.done():
            return False
        if request.deadline is not None and request.deadline <= time.monotonic():
            request.future.set_exception(
                DeadlineExceededError(f"{self.name}: deadline passed while queued"))
            self.expired += 1
            return False
        return True

    async def _run_batch(
        self, loop: asyncio.AbstractEventLoop, batch: list[_Request[T, R]]
    ) -> None:
        items = [item for request in batch for item in request.items]
        started = time.monotonic()
        try:
            results = list(await loop.run_in_executor(self._executor, self._fn, items))
            if len(results) != len(items):
                raise RuntimeError(
                    f"{self.name}: batch function returned {len(results)} results "
                    f"for {len(items)} items"
                )
        except Exception as exc:
            for request in batch:
                if not request.future.done():
                    request.future.set_exception(exc)
        else:
            offset = 0
            for request in batch:
                n = len(request.items)
                if not request.future.done():
                    request.future.set_result(results[offset:offset + n])
                offset += n
        finally:
            elapsed = time.monotonic() - started
            self.batches_run += 1
            self._batch_seconds = elapsed if self.batches_run == 1 else (
                0.8 * self._batch_seconds + 0.2 * elapsed
            )
