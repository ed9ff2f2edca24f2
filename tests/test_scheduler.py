"""Scheduler: shapes, admission by estimated work, round-robin order, token budget, drops.

No wall-clock asserts: admission uses a fake clock and a fixed cost model; ordering tests hold
the worker on a gate so everything is queued before the first real batch is formed.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_server.serving.scheduler import (
    CostModel,
    DeadlineExceededError,
    OverloadedError,
    Scheduler,
    SchedulerClosedError,
    Shapes,
    retry_after_header,
)

Item = tuple[str, int]  # (tag, token length)


class Recorder:
    """A batch function that records its batches; the first call waits on ``gate``."""

    def __init__(self, fail_tag: str | None = None) -> None:
        self.batches: list[tuple[list[Item], int, int]] = []
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.fail_tag = fail_tag

    def __call__(self, items: list[Item], batch: int, length: int) -> list[str]:
        self.batches.append((list(items), batch, length))
        if len(self.batches) == 1:
            self.entered.set()
            self.gate.wait(30)
        if self.fail_tag is not None and any(tag == self.fail_tag for tag, _ in items):
            raise ValueError("bad item in batch")
        return [tag for tag, _ in items]

    def tags(self) -> list[list[str]]:
        return [[tag for tag, _ in items] for items, _, _ in self.batches[1:]]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(fn: Recorder, *, clock: Clock | None = None, max_wait: float = 1e6,
         shapes: Shapes | None = None, cost: CostModel | None = None) -> Scheduler[Item, str]:
    # A forward's fixed cost is several rows' worth (as measured on the encoder), so small
    # batches are padded up rather than split.
    return Scheduler(fn, shapes=shapes or Shapes(max_batch=4, max_batch_tokens=4096),
                     cost=cost or CostModel(per_batch=0.05, per_token=0.001),
                     max_wait=max_wait, gather_ms=0, clock=clock or Clock())


async def hold_worker(s: Scheduler[Item, str], fn: Recorder) -> asyncio.Task[list[str]]:
    """Occupy the worker with one gated batch; return the task awaiting it."""
    task = asyncio.create_task(s.submit([("gate", 1)], lengths=[1], key="gate"))
    for _ in range(5000):  # bounded: fail rather than hang
        if fn.entered.is_set():
            return task
        await asyncio.sleep(0.001)
    raise AssertionError("the worker never started the gated batch")


def submit(s: Scheduler[Item, str], key: str, tags: list[str], length: int = 10,
           deadline: float | None = None) -> asyncio.Task[list[str]]:
    items = [(t, length) for t in tags]
    return asyncio.create_task(s.submit(items, lengths=[length] * len(items), key=key,
                                        deadline=deadline))


# -- shapes -------------------------------------------------------------------------------------

def test_shapes_are_powers_of_two_within_the_token_budget() -> None:
    shapes = Shapes(lengths=(16, 32, 64, 128, 256), max_batch=64, max_batch_tokens=4096)
    assert shapes.rows(16) == 64 and shapes.rows(128) == 32 and shapes.rows(256) == 16
    all_shapes = shapes.all()
    assert (64, 16) in all_shapes and (16, 256) in all_shapes and (32, 256) not in all_shapes
    for batch, length in all_shapes:
        assert batch & (batch - 1) == 0
        assert batch == 1 or batch * length <= 4096
    assert [shapes.length_bucket(n) for n in (1, 16, 17, 256, 999)] == [16, 16, 32, 256, 256]
    assert [Shapes.batch_bucket(n) for n in (1, 2, 3, 5, 16, 17)] == [1, 2, 4, 8, 16, 32]


@given(st.lists(st.integers(1, 300), min_size=1, max_size=200))
def test_every_batch_fits_a_compiled_shape(lengths: list[int]) -> None:
    async def run() -> list[tuple[list[Item], int, int]]:
        fn = Recorder()
        fn.gate.set()
        shapes = Shapes(max_batch=16, max_batch_tokens=1024)
        async with make(fn, shapes=shapes) as s:
            items = [(str(i), n) for i, n in enumerate(lengths)]
            got = await s.submit(items, lengths=lengths)
        assert got == [tag for tag, _ in items]
        return fn.batches

    batches = asyncio.run(run())
    allowed = set(Shapes(max_batch=16, max_batch_tokens=1024).all())
    for items, batch, length in batches:
        assert (batch, length) in allowed
        assert len(items) <= batch
        assert all(min(n, 256) <= length for _, n in items)
    assert sum(len(items) for items, _, _ in batches) == len(lengths)


# -- admission ----------------------------------------------------------------------------------

async def test_admission_is_by_estimated_seconds_and_retry_after_is_the_drain() -> None:
    clock = Clock()
    fn = Recorder()
    # 10 ms per padded token, no batch overhead: an item of 10 tokens (bucket 16) = 0.16 s.
    s = make(fn, clock=clock, max_wait=1.0, cost=CostModel(per_batch=0.0, per_token=0.01))
    gate = await hold_worker(s, fn)  # running batch: estimated 1 x 16 x 0.01 = 0.16 s
    first = submit(s, "a", [f"a{i}" for i in range(5)])  # 0.8 s queued
    await asyncio.sleep(0)
    assert s.estimated_wait("a") == pytest.approx(0.16 + 0.8)
    second = submit(s, "a", ["a5"])  # wait 0.96 <= 1.0: admitted
    await asyncio.sleep(0)
    with pytest.raises(OverloadedError) as info:  # wait 1.12 > 1.0: refused at once
        await s.submit([("a6", 10)], lengths=[10], key="a")
    assert info.value.reason == "queue"
    assert info.value.retry_after == pytest.approx(0.16 + 0.96)
    assert retry_after_header(info.value.retry_after) == "2"
    with pytest.raises(OverloadedError):  # the cheap pre-check (no work yet) agrees
        s.check("a")
    # A new key goes first: a small call waits for the running batch only; a call needing two
    # turns waits one slice of "a" (4 rows x 16 tokens = 0.64 s) in between.
    assert s.estimated_wait("b", 0.16) == pytest.approx(0.16)
    assert s.estimated_wait("b", 1.0) == pytest.approx(0.16 + 0.64)
    other = submit(s, "b", ["b0"])
    await asyncio.sleep(0)
    # As the clock runs, the running batch's remaining estimate shrinks.
    clock.now += 0.16
    assert s.estimated_wait() == pytest.approx(0.96 + 0.16)
    fn.gate.set()
    assert await first == [f"a{i}" for i in range(5)] and await second == ["a5"]
    assert await other == ["b0"]
    await gate
    assert s.stats().refused == 2
    await s.aclose()


async def test_a_deadline_shorter_than_wait_plus_compute_is_refused_and_idle_admits_all() -> None:
    clock = Clock()
    fn = Recorder()
    s = make(fn, clock=clock, max_wait=0.5, cost=CostModel(per_batch=0.0, per_token=0.01))
    # Idle: a request far above max_wait is admitted (never refused forever)...
    reservation = s.admit(s.estimate([10] * 100), deadline=None)
    s.release(reservation)
    # ...unless its own compute cannot finish before its deadline.
    with pytest.raises(OverloadedError) as info:
        s.admit(s.estimate([10] * 100), deadline=clock.now + 1.0)
    assert info.value.reason == "deadline"
    with pytest.raises(DeadlineExceededError):
        s.admit(0.1, deadline=clock.now)
    # A reservation counts towards the wait until it is submitted or released.
    held = s.admit(0.4, deadline=None)
    with pytest.raises(OverloadedError):
        s.admit(0.2, deadline=clock.now + 0.5)
    s.release(held)
    assert s.idle
    await s.aclose()


# -- interleaving -------------------------------------------------------------------------------

async def test_round_robin_across_keys_a_large_request_costs_others_one_slice() -> None:
    fn = Recorder()
    s = make(fn)  # rows(16) = 4
    gate = await hold_worker(s, fn)
    big = submit(s, "A", [f"A{i}" for i in range(16)])
    await asyncio.sleep(0)
    small = [submit(s, "B", [f"B{i}"]) for i in range(3)]
    await asyncio.sleep(0)
    fn.gate.set()
    await asyncio.gather(gate, big, *small)
    batches = fn.tags()
    # Key B arrived with nothing queued, so it goes first; its small calls share one batch,
    # and A's large request does not ride in it (it waits for its own turn, in slices of 4).
    assert batches[0] == ["B0", "B1", "B2"]
    assert batches[1] == ["A0", "A1", "A2", "A3"]
    assert [t for b in batches for t in b if t.startswith("A")] == [f"A{i}" for i in range(16)]
    assert all(len(b) <= 4 for b in batches)
    await s.aclose()


async def test_round_robin_across_one_keys_requests() -> None:
    fn = Recorder()
    s = make(fn)
    gate = await hold_worker(s, fn)
    first = submit(s, "A", [f"x{i}" for i in range(12)], length=100)  # bucket 128
    second = submit(s, "A", [f"y{i}" for i in range(12)], length=10)  # bucket 16
    await asyncio.sleep(0)
    fn.gate.set()
    await asyncio.gather(gate, first, second)
    batches = fn.tags()
    leads = [b[0][0] for b in batches]
    assert leads[:4] == ["x", "y", "x", "y"], batches  # alternating slices, not x until done
    assert all(len({t[0] for t in b}) == 1 for b in batches)  # lengths are not mixed
    await s.aclose()


async def test_shorter_items_ride_in_padded_rows_only() -> None:
    fn = Recorder()
    s = make(fn, shapes=Shapes(max_batch=8, max_batch_tokens=4096))
    gate = await hold_worker(s, fn)
    long_ = submit(s, "A", ["L0", "L1", "L2"], length=100)  # 3 rows pad to 4
    short = submit(s, "A", ["S0", "S1", "S2"], length=5)
    await asyncio.sleep(0)
    fn.gate.set()
    await asyncio.gather(gate, long_, short)
    (items, rows, length), *rest = fn.batches[1:]
    assert (rows, length) == (4, 128)
    assert [t for t, _ in items] == ["L0", "L1", "L2", "S0"]  # one free padded row filled
    assert [(r, n) for _, r, n in rest] == [(2, 16)]
    await s.aclose()


@pytest.mark.parametrize(("callers", "expected_rows"), [
    (9, [8, 1]),  # 8 + 1 costs less than 9 padded to 16: run 8, the last waits one batch
    (12, [8, 4]),
    (15, [16]),  # 8 + 8 would cost more than one padded row
    (16, [16]),
])
async def test_a_batch_rounds_down_when_padding_costs_more_than_the_remainder(
        callers: int, expected_rows: list[int]) -> None:
    fn = Recorder()
    # The encoder's shape: a fixed cost of about two rows of 16 tokens, then linear in tokens.
    s = make(fn, shapes=Shapes(max_batch=16, max_batch_tokens=4096),
             cost=CostModel(per_batch=0.006, per_token=0.0002))
    gate = await hold_worker(s, fn)
    calls = [submit(s, "A", [f"c{i}"]) for i in range(callers)]
    await asyncio.sleep(0)
    fn.gate.set()
    await asyncio.gather(gate, *calls)
    assert [rows for _, rows, _ in fn.batches[1:]] == expected_rows
    served = [tag for items, _, _ in fn.batches[1:] for tag, _ in items]
    assert served == [f"c{i}" for i in range(callers)]  # in arrival order
    await s.aclose()


# -- drops and errors ---------------------------------------------------------------------------

async def test_expired_and_cancelled_requests_never_reach_the_model() -> None:
    clock = Clock()
    fn = Recorder()
    s = make(fn, clock=clock)
    gate = await hold_worker(s, fn)
    expiring = submit(s, "A", ["late0", "late1"], deadline=clock.now + 5)
    cancelled = submit(s, "B", ["gone"])
    kept = submit(s, "C", ["kept"])
    await asyncio.sleep(0)
    cancelled.cancel()
    await asyncio.sleep(0)
    clock.now += 10
    fn.gate.set()
    assert await kept == ["kept"]
    with pytest.raises(DeadlineExceededError):
        await expiring
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    await gate
    seen = {tag for items, _, _ in fn.batches for tag, _ in items}
    assert seen == {"gate", "kept"}
    stats = s.stats()
    assert stats.dropped_deadline == 1 and stats.queued_items == 0 and stats.queued_requests == 0
    await s.aclose()


async def test_an_error_reaches_only_its_batch_and_close_refuses_new_work() -> None:
    fn = Recorder(fail_tag="bad")
    fn.gate.set()
    s = make(fn, shapes=Shapes(lengths=(16, 128), max_batch=4))
    bad = submit(s, "A", ["bad"], length=100)
    good = submit(s, "B", ["good"], length=10)
    results = await asyncio.gather(bad, good, return_exceptions=True)
    assert isinstance(results[0], ValueError) and results[1] == ["good"]
    await s.aclose()
    with pytest.raises(SchedulerClosedError):
        await s.submit([("x", 1)], lengths=[1])


def test_cost_model_calibrates_and_follows_observations() -> None:
    cost = CostModel()
    cost.calibrate((1, 16, 0.010), (32, 128, 0.410))
    assert cost.per_token == pytest.approx(0.4 / (32 * 128 - 16))
    assert cost.batch_seconds(32, 128) == pytest.approx(0.410)
    before = cost.per_token
    cost.observe(32, 128, 0.810)  # twice as slow now: the estimate moves towards it
    assert before < cost.per_token < 2 * before
