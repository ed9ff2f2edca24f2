"""DynamicBatcher: coalescing, ordering, back-pressure, error isolation, cancellation."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from mock_server.serving.batching import (
    BatcherClosedError,
    DeadlineExceededError,
    DynamicBatcher,
    QueueFullError,
)


class Recorder:
    """A pure batch function (square each int) that records the batches it ran, and where."""

    def __init__(self, delay: float = 0.0, fail_on: int | None = None,
                 gate: threading.Event | None = None) -> None:
        self.batches: list[list[int]] = []
        self.gate = gate
        self.threads: set[str] = set()
        self.delay = delay
        self.fail_on = fail_on
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()

    def __call__(self, items: list[int]) -> list[int]:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            self.batches.append(list(items))
            self.threads.add(threading.current_thread().name)
            if self.delay:
                time.sleep(self.delay)
            if self.gate is not None:
                self.gate.wait(60)  # held until the test opens it (60 s: never hang the suite)
            if self.fail_on is not None and self.fail_on in items:
                raise ValueError("bad item in batch")
            return [x * x for x in items]
        finally:
            with self._lock:
                self.active -= 1


async def test_concurrent_requests_are_coalesced_in_order() -> None:
    fn = Recorder()
    async with DynamicBatcher(fn, max_batch=64, max_wait_ms=50) as batcher:
        requests = [list(range(i * 3, i * 3 + 3)) for i in range(5)]
        results = await asyncio.gather(*(batcher.submit(r) for r in requests))
    assert results == [[x * x for x in r] for r in requests]
    assert fn.batches == [list(range(15))]
    assert batcher.batches_run == 1


# No wall-clock bounds below: where a batcher could wait forever (or for an hour), the await is
# given a generous guard so a regression fails instead of hanging; speed is in benchmarks/.
GUARD = 60.0


async def test_max_batch_closes_a_batch_early() -> None:
    fn = Recorder()
    async with DynamicBatcher(fn, max_batch=4, max_wait_ms=3_600_000) as batcher:
        # Had a full batch waited for max_wait_ms (an hour), the guard would fail this.
        results = await asyncio.wait_for(
            asyncio.gather(*(batcher.submit([i, i + 100]) for i in range(4))), GUARD)
    assert results == [[i * i, (i + 100) ** 2] for i in range(4)]
    assert [len(b) for b in fn.batches] == [4, 4]


async def test_lone_request_waits_at_most_max_wait() -> None:
    fn = Recorder()
    async with DynamicBatcher(fn, max_batch=32, max_wait_ms=20) as batcher:
        # A lone request is never joined by others: it must go after max_wait_ms, not hang.
        assert await asyncio.wait_for(batcher.submit([3]), GUARD) == [9]
    assert fn.batches == [[3]]


async def test_oversized_request_runs_whole() -> None:
    fn = Recorder()
    async with DynamicBatcher(fn, max_batch=4, max_wait_ms=1, max_queue=8) as batcher:
        assert await batcher.submit(list(range(20))) == [x * x for x in range(20)]
    assert fn.batches == [list(range(20))]


async def test_runs_in_one_worker_thread_never_concurrently() -> None:
    fn = Recorder(delay=0.01)
    async with DynamicBatcher(fn, max_batch=2, max_wait_ms=1, name="minilm") as batcher:
        await asyncio.gather(*(batcher.submit([i]) for i in range(12)))
    assert fn.max_active == 1
    assert len(fn.threads) == 1
    assert next(iter(fn.threads)).startswith("minilm")
    assert threading.current_thread().name not in fn.threads


async def test_queue_full_raises_immediately() -> None:
    gate = threading.Event()
    fn = Recorder(gate=gate)
    async with DynamicBatcher(fn, max_batch=2, max_wait_ms=1, max_queue=4) as batcher:
        first = asyncio.create_task(batcher.submit([1, 2]))
        while not fn.active:  # the first batch is now running in the worker, held by the gate
            await asyncio.sleep(0.001)
        waiting = [asyncio.create_task(batcher.submit([i])) for i in range(3, 7)]
        await asyncio.sleep(0)
        assert batcher.queued == 4
        with pytest.raises(QueueFullError) as info:
            await batcher.submit([99])
        # Raised while the worker is still held: the caller did not wait for room.
        assert not first.done() and fn.active == 1
        assert info.value.retry_after >= 1
        assert "99" not in str(info.value)
        gate.set()
        assert await first == [1, 4]
        assert [await t for t in waiting] == [[9], [16], [25], [36]]


async def test_error_reaches_only_that_batch() -> None:
    fn = Recorder(fail_on=13)
    async with DynamicBatcher(fn, max_batch=2, max_wait_ms=20) as batcher:
        results = await asyncio.gather(
            batcher.submit([1]), batcher.submit([13]), batcher.submit([2]),
            batcher.submit([3]), return_exceptions=True,
        )
        assert await batcher.submit([4]) == [16]  # still serving afterwards
    assert fn.batches[:2] == [[1, 13], [2, 3]]
    assert isinstance(results[0], ValueError)
    assert isinstance(results[1], ValueError)
    assert results[2:] == [[4], [9]]


async def test_wrong_result_count_is_an_error_for_that_batch() -> None:
    async with DynamicBatcher(lambda items: items[:-1], max_batch=8) as batcher:
        with pytest.raises(RuntimeError, match="returned 1 results for 2 items"):
            await batcher.submit([1, 2])


async def test_cancelled_waiter_does_not_break_others() -> None:
    gate = threading.Event()
    fn = Recorder(gate=gate)
    async with DynamicBatcher(fn, max_batch=1, max_wait_ms=1) as batcher:
        running = asyncio.create_task(batcher.submit([1]))
        while not fn.active:  # [1] is running in the worker, held by the gate
            await asyncio.sleep(0.001)
        cancelled = asyncio.create_task(batcher.submit([2]))
        survivor = asyncio.create_task(batcher.submit([3]))
        await asyncio.sleep(0)
        assert batcher.queued == 2
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert batcher.queued == 1
        gate.set()
        assert await running == [1]
        assert await survivor == [9]
    assert [2] not in fn.batches


async def test_caller_cancelled_mid_batch_does_not_break_batchmates() -> None:
    gate = threading.Event()
    fn = Recorder(gate=gate)
    async with DynamicBatcher(fn, max_batch=8, max_wait_ms=5) as batcher:
        a = asyncio.create_task(batcher.submit([5]))
        b = asyncio.create_task(batcher.submit([6]))
        while not fn.active:  # the batch is running in the worker, held by the gate
            await asyncio.sleep(0.001)
        a.cancel()
        gate.set()
        assert await b == [36]
        with pytest.raises(asyncio.CancelledError):
            await a
        assert await batcher.submit([7]) == [49]


async def test_close_drains_then_refuses() -> None:
    fn = Recorder(delay=0.02)
    batcher: DynamicBatcher[int, int] = DynamicBatcher(fn, max_batch=2, max_wait_ms=1)
    await batcher.start()
    tasks = [asyncio.create_task(batcher.submit([i])) for i in range(5)]
    await asyncio.sleep(0)
    await batcher.aclose()
    assert [t.result() for t in tasks] == [[i * i] for i in range(5)]
    assert not batcher.running
    with pytest.raises(BatcherClosedError):
        await batcher.submit([1])


async def test_empty_submit_and_lazy_start() -> None:
    fn = Recorder()
    batcher: DynamicBatcher[int, int] = DynamicBatcher(fn)
    assert await batcher.submit([]) == []
    assert await batcher.submit([2]) == [4]  # starts itself
    await batcher.aclose()


def test_invalid_configuration() -> None:
    with pytest.raises(ValueError):
        DynamicBatcher(lambda xs: xs, max_batch=0)


async def test_expired_work_is_never_run() -> None:
    fn = Recorder(delay=0.2)
    async with DynamicBatcher(fn, max_batch=1, max_wait_ms=0) as batcher:
        with pytest.raises(DeadlineExceededError):  # already past: refused at once
            await batcher.submit([1], deadline=time.monotonic() - 0.001)
        first = asyncio.ensure_future(batcher.submit([2]))
        await asyncio.sleep(0.05)  # [2] is running; [3] waits behind it past its deadline
        late = asyncio.ensure_future(batcher.submit([3], deadline=time.monotonic() + 0.05))
        assert await first == [4]
        with pytest.raises(DeadlineExceededError):
            await late
        assert await batcher.submit([5], deadline=time.monotonic() + 10) == [25]
    assert [x for batch in fn.batches for x in batch] == [2, 5]
    assert batcher.expired == 1
