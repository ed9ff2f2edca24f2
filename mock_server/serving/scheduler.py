"""The encoder's scheduler: admission by estimated work, round-robin slices, token-budget batches.

Routes ``await scheduler.submit(items, key=..., lengths=..., deadline=...)``; one worker thread
runs the batches, so the model is never entered concurrently.

* **Admission.** The queue is bounded in estimated *seconds*, not items: each queued item costs
  ``per_token * L + per_batch / rows(L)`` where ``L`` is its padded length (see
  :class:`CostModel`, measured at warm-up and updated after every batch). A request is refused
  at once with :class:`OverloadedError` when its estimated wait under the round-robin schedule
  (:meth:`Scheduler.estimated_wait`) exceeds ``max_wait``, or when wait plus its own compute
  would pass its deadline; ``retry_after`` is that estimated wait (for a flood from one key,
  the time to drain the queue). An idle scheduler admits any request, so a large one is not
  refused forever.
* **Interleaving.** Queued work is served round-robin across keys (API keys), then across one
  key's requests; each turn takes one batch-sized slice, so a large request delays others by at
  most one slice.
* **Token-budget batches.** A batch holds items of one padded length ``L`` (the lead request's
  longest waiting bucket), at most ``rows(L)`` of them, where ``rows(L) * L <= max_batch_tokens``:
  the lead's slice, then other requests whose items of that length all fit (many small calls
  share one batch; a large request waits for its own turn). The batch is padded to a power of
  two, and spare padded rows are filled with shorter items (they cost nothing extra); when the
  padding would cost more than running the remainder as a batch of its own, the batch rounds
  down to the power of two below instead (:meth:`Scheduler._rows_to_run`). Every
  (batch, length) shape is listed by :meth:`Shapes.all`, so the encoder compiles them all at
  warm-up.
* **Drops.** Requests whose deadline has passed are failed with :class:`DeadlineExceededError`
  and requests whose awaiting task was cancelled are removed, before each batch is formed: the
  batch function never sees their items.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = [
    "Batch",
    "CostModel",
    "DeadlineExceededError",
    "OverloadedError",
    "Reservation",
    "Scheduler",
    "SchedulerClosedError",
    "SchedulerStats",
    "Shapes",
    "retry_after_header",
]

T = TypeVar("T")
R = TypeVar("R")


class OverloadedError(RuntimeError):
    """Refused at admission; retry after :attr:`retry_after` seconds (estimated drain time)."""

    def __init__(self, reason: str, estimated_wait: float, retry_after: float) -> None:
        """``reason`` is ``"queue"`` (wait above the maximum) or ``"deadline"``."""
        super().__init__(f"scheduler overloaded ({reason}): estimated wait "
                         f"{estimated_wait:.2f}s")
        self.reason = reason
        self.estimated_wait = estimated_wait
        self.retry_after = retry_after


class DeadlineExceededError(RuntimeError):
    """The request's deadline passed before its work could run; the model never saw it."""


class SchedulerClosedError(RuntimeError):
    """The scheduler is closing or closed and accepts no more work."""


@dataclass(frozen=True)
class Shapes:
    """The compiled shapes: power-of-two batches and the given lengths, within a token budget."""

    lengths: tuple[int, ...] = (16, 32, 64, 128, 256)
    max_batch: int = 64
    max_batch_tokens: int = 2048

    def __post_init__(self) -> None:
        if not self.lengths or list(self.lengths) != sorted(self.lengths) or self.max_batch < 1:
            raise ValueError("lengths must be ascending and non-empty; max_batch >= 1")

    def length_bucket(self, tokens: int) -> int:
        """The padded length of an item of ``tokens`` tokens."""
        for length in self.lengths:
            if tokens <= length:
                return length
        return self.lengths[-1]

    def rows(self, length: int) -> int:
        """Most rows a batch of padded length ``length`` may hold (a power of two, >= 1)."""
        rows = 1
        while rows * 2 <= self.max_batch and rows * 2 * length <= self.max_batch_tokens:
            rows *= 2
        return rows

    @staticmethod
    def batch_bucket(n: int) -> int:
        """The padded batch size of ``n`` rows: the next power of two."""
        return 1 << max(0, n - 1).bit_length()

    def all(self) -> list[tuple[int, int]]:
        """Every (batch, length) shape a batch can take."""
        shapes = []
        for length in self.lengths:
            batch = 1
            while batch <= self.rows(length):
                shapes.append((batch, length))
                batch *= 2
        return shapes


@dataclass
class CostModel:
    """Seconds a forward of shape (batch, length) takes: ``per_batch + per_token * batch * length``.

    ``per_token`` follows the observed batches (exponential moving average); both start from a
    measurement at warm-up (:meth:`calibrate`) or from conservative defaults.
    """

    per_batch: float = 0.005
    per_token: float = 5e-5
    smoothing: float = 0.2

    def batch_seconds(self, batch: int, length: int) -> float:
        """Estimated seconds of one forward of that shape."""
        return self.per_batch + self.per_token * batch * length

    def item_seconds(self, length: int, rows: int) -> float:
        """An item's share of a full batch of padded length ``length`` and ``rows`` rows."""
        return self.per_token * length + self.per_batch / rows

    def calibrate(self, small: tuple[int, int, float], large: tuple[int, int, float]) -> None:
        """Fit both terms from two timed forwards ``(batch, length, seconds)``."""
        b1, l1, t1 = small
        b2, l2, t2 = large
        tokens = b2 * l2 - b1 * l1
        if tokens > 0 and t2 > t1:
            self.per_token = (t2 - t1) / tokens
        self.per_batch = max(0.0, t1 - self.per_token * b1 * l1)

    def observe(self, batch: int, length: int, seconds: float) -> None:
        """Update ``per_token`` from one batch that took ``seconds``."""
        sample = max(seconds - self.per_batch, 0.0) / (batch * length)
        if sample > 0:
            self.per_token += self.smoothing * (sample - self.per_token)


@dataclass(frozen=True)
class SchedulerStats:
    """A snapshot for metrics: queue state and running totals since start."""

    queued_requests: int
    queued_items: int
    queued_tokens: int
    """Padded tokens of the queued items."""
    estimated_wait_seconds: float
    batches: int
    batch_items: int
    batch_padded_tokens: int
    inference_seconds: float
    refused: int
    dropped_deadline: int
    dropped_cancelled: int
    batch_size_counts: dict[int, int]
    """Number of batches per padded batch size."""


@dataclass(eq=False)
class Reservation:
    """Admitted work not yet queued (from :meth:`Scheduler.admit`)."""

    key: str
    seconds: float
    released: bool = False


@dataclass(eq=False)
class _Request(Generic[T, R]):
    key: str
    items: list[T]
    deadline: float | None
    future: asyncio.Future[list[R]]
    buckets: dict[int, list[int]]  # padded length -> indices of items still queued
    results: list[R | None]
    queued: int  # items still queued
    unfinished: int  # items not yet answered (queued or in a running batch)
    seconds: float  # estimated cost of the queued items
    queued_at: float  # scheduler clock time it was queued

    def longest(self) -> int:
        return max(length for length, idx in self.buckets.items() if idx)


@dataclass(frozen=True)
class Batch(Generic[T, R]):
    """One formed batch: ``parts`` lists (request, item indices) in row order."""

    length: int
    rows: int
    parts: list[tuple[_Request[T, R], list[int]]] = field(default_factory=list)

    @property
    def size(self) -> int:
        """Real (unpadded) rows."""
        return sum(len(idx) for _, idx in self.parts)


class Scheduler(Generic[T, R]):
    """Admit, interleave and batch work for one synchronous batch function.

    ``fn(items, batch, length)`` receives at most ``batch`` items whose lengths fit ``length``
    and returns one result per item, in order; it runs in one worker thread.
    """

    def __init__(
        self,
        fn: Callable[[list[T], int, int], Sequence[R]],
        *,
        shapes: Shapes | None = None,
        cost: CostModel | None = None,
        max_wait: float = 2.0,
        gather_ms: float = 2.0,
        name: str = "scheduler",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Configure; the worker starts on :meth:`start` or the first :meth:`submit`."""
        if max_wait <= 0 or gather_ms < 0:
            raise ValueError("max_wait must be > 0 and gather_ms >= 0")
        self._fn = fn
        self.shapes = shapes or Shapes()
        self.cost = cost or CostModel()
        self.max_wait = max_wait
        self.gather = gather_ms / 1000.0
        self.name = name
        self._clock = clock
        self._keys: OrderedDict[str, deque[_Request[T, R]]] = OrderedDict()
        self._queued_items = 0
        self._queued_tokens = 0
        self._reserved: dict[str, float] = {}  # admitted work not yet queued, per key
        self._running_until: float | None = None  # estimated end of the running batch
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._closing = False
        self._batches = 0
        self._batch_items = 0
        self._batch_tokens = 0
        self._inference_seconds = 0.0
        self._refused = 0
        self._dropped_deadline = 0
        self._dropped_cancelled = 0
        self._batch_sizes: dict[int, int] = {}
        self._slice_seconds: float | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the scheduling task and its worker thread on the running loop."""
        if self._closing:
            raise SchedulerClosedError(f"{self.name} is closed")
        if self._task is None:
            self._wakeup = asyncio.Event()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
            self._task = asyncio.create_task(self._loop(), name=f"{self.name}-loop")

    async def aclose(self) -> None:
        """Stop accepting work, finish what is queued, stop the worker thread."""
        self._closing = True
        if self._task is not None:
            assert self._wakeup is not None
            self._wakeup.set()
            await self._task
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    async def __aenter__(self) -> Scheduler[T, R]:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- admission -------------------------------------------------------------------------------

    def estimate(self, lengths: Sequence[int], *, guessed: bool = False) -> float:
        """Estimated compute seconds of items with these token lengths.

        With ``guessed=True`` (lengths estimated from characters, before tokenising) items are
        costed at their own length instead of their padded one: a guess a few tokens over a
        bucket's edge would otherwise double its cost."""
        total = 0.0
        for tokens in lengths:
            padded = self.shapes.length_bucket(tokens)
            total += self.cost.item_seconds(min(tokens, padded) if guessed else padded,
                                            self.shapes.rows(padded))
        return total

    def _key_seconds(self) -> dict[str, float]:
        """Queued plus reserved estimated seconds per key."""
        totals = dict(self._reserved)
        for key, queue in self._keys.items():
            totals[key] = totals.get(key, 0.0) + sum(r.seconds for r in queue)
        return totals

    def _running_seconds(self) -> float:
        if self._running_until is None:
            return 0.0
        return max(0.0, self._running_until - self._clock())

    def estimated_wait(self, key: str | None = None, seconds: float = 0.0) -> float:
        """Estimated seconds of other work done before ``seconds`` of new work from ``key``
        completes (its own compute excluded); with no key, the time to drain everything.

        Round-robin across keys: key ``k``'s work (its queue ``q_k`` plus the new ``seconds``)
        takes ``n`` turns of one slice; meanwhile every other key ``j`` gets up to ``n`` slices
        (``n - 1`` when ``k`` has nothing queued, as a new key goes first), so the wait is
        ``running + q_k + sum_j min(q_j, turns * slice)``. A flood from one key is bounded by
        the whole queue; a small call from another key waits for the running batch only.
        """
        totals = self._key_seconds()
        running = self._running_seconds()
        if key is None:
            return running + sum(totals.values())
        queued = key in self._keys
        own = totals.pop(key, 0.0)
        # Turns this key needs; a key with nothing queued takes its first turn next.
        slice_ = max(self.slice_seconds(), 1e-9)
        turns = math.ceil((own + seconds) / slice_ - 1e-9) - (0 if queued else 1)
        share = max(0, turns) * slice_
        return running + own + sum(min(q, share) for q in totals.values())

    def slice_seconds(self) -> float:
        """Seconds of one batch (what another key's turn costs): the moving average of the
        batches run, or before any has run, a full batch of the shortest length."""
        if self._slice_seconds is not None:
            return self._slice_seconds
        length = self.shapes.lengths[0]
        return self.cost.batch_seconds(self.shapes.rows(length), length)

    @property
    def idle(self) -> bool:
        """Nothing queued, reserved or running."""
        return not self._keys and not self._reserved and self._running_until is None

    def check(self, key: str = "", deadline: float | None = None,
              seconds: float = 0.0) -> float:
        """Raise :class:`OverloadedError` unless ``seconds`` of work from ``key`` is admissible
        now; returns its estimated wait. With ``seconds=0`` this is the cheap pre-check the
        server makes before reading a request body."""
        if self._closing:
            raise SchedulerClosedError(f"{self.name} is closed")
        now = self._clock()
        if deadline is not None and deadline <= now:
            raise DeadlineExceededError("the deadline passed before the work was queued")
        wait = self.estimated_wait(key, seconds)
        reason = None
        if not self.idle and wait > self.max_wait:
            reason = "queue"
        elif deadline is not None and now + wait + seconds > deadline:
            reason = "deadline"
        if reason is not None:
            self._refused += 1
            raise OverloadedError(reason, wait, retry_after=wait)
        return wait

    def admit(self, seconds: float, deadline: float | None = None,
              key: str = "") -> Reservation:
        """Admit ``seconds`` of work from ``key`` (see :meth:`check`) and reserve it.

        The reservation counts towards the estimated wait until :meth:`submit` queues the work
        (or :meth:`release` gives it back), so a burst of callers that are still preparing
        their items (tokenising) cannot all be admitted at once.
        """
        self.check(key, deadline, seconds)
        self._reserved[key] = self._reserved.get(key, 0.0) + seconds
        return Reservation(key, seconds)

    def release(self, reservation: Reservation) -> None:
        """Give back a reservation from :meth:`admit` (idempotent)."""
        if reservation.released:
            return
        reservation.released = True
        left = self._reserved.get(reservation.key, 0.0) - reservation.seconds
        if left > 1e-12:
            self._reserved[reservation.key] = left
        else:
            self._reserved.pop(reservation.key, None)

    async def submit(
        self,
        items: list[T],
        *,
        lengths: Sequence[int] | None = None,
        key: str = "",
        deadline: float | None = None,
        reservation: Reservation | None = None,
    ) -> list[R]:
        """Queue ``items`` (token ``lengths``, default 1 each) and return their results in order.

        Raises :class:`OverloadedError` at once when not admitted (unless ``reservation`` from
        :meth:`admit` is given), :class:`DeadlineExceededError` if the deadline passes while
        queued, :class:`SchedulerClosedError` after :meth:`aclose`, or what ``fn`` raised.
        """
        if not items:
            if reservation is not None:
                self.release(reservation)
            return []
        lengths = list(lengths) if lengths is not None else [1] * len(items)
        if len(lengths) != len(items):
            raise ValueError("one length per item")
        seconds = self.estimate(lengths)
        if reservation is None:
            reservation = self.admit(seconds, deadline, key)
        self.release(reservation)
        if self._closing:
            raise SchedulerClosedError(f"{self.name} is closed")
        if self._task is None:
            await self.start()
        assert self._wakeup is not None
        buckets: dict[int, list[int]] = {}
        # Indices are stored reversed so that pop() serves each bucket in input order.
        for i in reversed(range(len(items))):
            buckets.setdefault(self.shapes.length_bucket(lengths[i]), []).append(i)
        request: _Request[T, R] = _Request(
            key=key, items=list(items), deadline=deadline,
            future=asyncio.get_running_loop().create_future(), buckets=buckets,
            results=[None] * len(items), queued=len(items), unfinished=len(items),
            seconds=seconds, queued_at=self._clock(),
        )
        if key not in self._keys:
            # A key with nothing queued goes first: it has not been served lately, and its
            # (typically small) call should not wait behind a turn of every backlogged key.
            self._keys[key] = deque()
            self._keys.move_to_end(key, last=False)
        self._keys[key].append(request)
        self._queued_items += len(items)
        self._queued_tokens += sum(length * len(idx) for length, idx in buckets.items())
        self._wakeup.set()
        try:
            return await request.future
        except asyncio.CancelledError:
            self._remove(request)
            raise

    # -- batch formation (pure given the clock; tests drive it directly) ------------------------

    def _remove(self, request: _Request[T, R]) -> None:
        """Take a request's queued items out of the queue (idempotent)."""
        queue = self._keys.get(request.key)
        if queue is None or request not in queue:
            return
        queue.remove(request)
        if not queue:
            del self._keys[request.key]
        self._forget(request)

    def _forget(self, request: _Request[T, R]) -> None:
        self._queued_items -= request.queued
        self._queued_tokens -= sum(length * len(idx) for length, idx in request.buckets.items())
        request.seconds = 0.0
        request.queued = 0
        request.buckets = {}
        if not self._keys:
            self._queued_tokens = 0
            self._queued_items = 0

    def drop_expired(self) -> None:
        """Fail queued requests whose deadline passed; forget cancelled ones."""
        now = self._clock()
        for queue in list(self._keys.values()):
            for request in list(queue):
                if request.future.done():
                    self._dropped_cancelled += 1
                    self._remove(request)
                elif request.deadline is not None and request.deadline <= now:
                    self._dropped_deadline += 1
                    self._remove(request)
                    request.future.set_exception(
                        DeadlineExceededError("the deadline passed while the work was queued"))

    def _take(self, request: _Request[T, R], length: int, count: int) -> list[int]:
        idx = request.buckets.get(length)
        if not idx or count <= 0:
            return []
        taken = [idx.pop() for _ in range(min(count, len(idx)))]
        if not idx:
            del request.buckets[length]
        share = self.cost.item_seconds(length, self.shapes.rows(length)) * len(taken)
        request.seconds = max(0.0, request.seconds - share)
        request.queued -= len(taken)
        self._queued_items -= len(taken)
        self._queued_tokens -= length * len(taken)
        return taken

    def next_batch(self) -> Batch[T, R] | None:
        """Form the next batch (round-robin lead, same-length fill, free padding fill)."""
        self.drop_expired()
        if not self._keys:
            return None
        lead_key, lead_queue = next(iter(self._keys.items()))
        lead = lead_queue[0]
        length = lead.longest()
        order = [r for q in self._keys.values() for r in q]
        # Round-robin order of requests: lead first, then the other keys' heads, then the rest.
        heads = [q[0] for q in self._keys.values()]
        order = heads + [r for r in order if r not in heads]
        joining = self._joining(order, lead, length, self.shapes.rows(length))
        ready = sum(n for _, n in joining)
        fill = sum(len(idx) for r in order for b, idx in r.buckets.items() if b < length)
        rows = self._rows_to_run(ready, fill, length)
        if rows < ready:  # rounded down: fewer requests may join
            joining = self._joining(order, lead, length, rows)
        batch: Batch[T, R] = Batch(length=length, rows=rows)
        for request, count in joining:
            batch.parts.append((request, self._take(request, length, count)))
        padded = self.shapes.batch_bucket(batch.size)
        spare = padded - batch.size
        for request in order:  # shorter items ride in padded rows for free
            for shorter in sorted((b for b in request.buckets if b < length), reverse=True):
                if spare == 0:
                    break
                taken = self._take(request, shorter, spare)
                if taken:
                    batch.parts.append((request, taken))
                    spare -= len(taken)
        batch = Batch(length=length, rows=padded, parts=batch.parts)
        # Rotate: the lead key goes to the back, and its lead request behind its siblings.
        lead_queue.rotate(-1)
        self._keys.move_to_end(lead_key)
        for request, _ in batch.parts:
            if request.queued == 0:
                self._remove(request)
        return batch

    @staticmethod
    def _joining(order: list[_Request[T, R]], lead: _Request[T, R], length: int,
                 rows: int) -> list[tuple[_Request[T, R], int]]:
        """The requests whose items of ``length`` go into a batch of ``rows`` rows, in order,
        with how many items each puts in.

        The lead puts in what fits; another request joins only if all its items of this length
        fit: a large request waits for its own turn instead of filling (and slowing) a small
        call's batch."""
        joining: list[tuple[_Request[T, R], int]] = []
        room = rows
        for request in order:
            if room == 0:
                break
            count = len(request.buckets.get(length, ()))
            if count == 0 or (request is not lead and count > room):
                continue
            joining.append((request, min(count, room)))
            room -= min(count, room)
        return joining

    def _rows_to_run(self, ready: int, shorter: int, length: int) -> int:
        """Rows of the next batch, given ``ready`` items of padded ``length`` (and ``shorter``
        items that could ride in its padded rows): the power of two above ``ready``, or the one
        below when running the remainder as a batch of its own would still cost less than the
        padding. Under steady concurrent traffic this keeps batches full (16 callers settle
        into two full batches of 8 instead of batches of 9 padded to 16); the remainder
        usually joins the next callers' batch."""
        padded = self.shapes.batch_bucket(ready)
        if padded <= ready + shorter or padded == 1:
            return padded
        lower = padded // 2
        split = (self.cost.batch_seconds(lower, length)
                 + self.cost.batch_seconds(self.shapes.batch_bucket(ready - lower), length))
        return lower if split < self.cost.batch_seconds(padded, length) else padded

    def complete(self, batch: Batch[T, R], results: Sequence[R] | BaseException) -> None:
        """Hand a batch's results (or its exception) to its requests."""
        offset = 0
        for request, idx in batch.parts:
            if request.future.done():
                offset += len(idx)
                continue
            if isinstance(results, BaseException):
                self._remove(request)
                request.future.set_exception(results)
                continue
            for i in idx:
                request.results[i] = results[offset]
                offset += 1
            request.unfinished -= len(idx)
            if request.unfinished == 0:
                request.future.set_result(request.results)  # type: ignore[arg-type]

    # -- the worker loop -------------------------------------------------------------------------

    async def _gather(self) -> None:
        """Let concurrent callers arrive when the queue holds less than one full batch: wait
        until the oldest queued request has waited the gather window (as Triton's
        ``max_queue_delay``). Work that queued while a batch ran has waited already, so back
        to back batches start at once."""
        if self.gather <= 0 or self._queued_items >= self.shapes.max_batch:
            return
        oldest = min(r.queued_at for queue in self._keys.values() for r in queue)
        left = self.gather - (self._clock() - oldest)
        if left > 0:
            await asyncio.sleep(left)

    async def _loop(self) -> None:
        assert self._wakeup is not None
        loop = asyncio.get_running_loop()
        while True:
            if not self._keys:
                if self._closing:
                    return
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            await self._gather()
            batch = self.next_batch()
            if batch is None or batch.size == 0:
                continue
            items = [request.items[i] for request, idx in batch.parts for i in idx]
            self._running_until = self._clock() + self.cost.batch_seconds(batch.rows,
                                                                          batch.length)
            started = time.perf_counter()
            try:
                results = list(await loop.run_in_executor(
                    self._executor, self._fn, items, batch.rows, batch.length))
                if len(results) != len(items):
                    raise RuntimeError(f"{self.name}: batch function returned {len(results)} "
                                       f"results for {len(items)} items")
            except Exception as exc:  # reaches this batch's callers only
                self.complete(batch, exc)
            else:
                self.complete(batch, results)
            finally:
                elapsed = time.perf_counter() - started
                self._running_until = None
                self.cost.observe(batch.rows, batch.length, elapsed)
                self._slice_seconds = elapsed if self._slice_seconds is None else (
                    self._slice_seconds + self.cost.smoothing * (elapsed - self._slice_seconds))
                self._batches += 1
                self._batch_items += len(items)
                self._batch_tokens += batch.rows * batch.length
                self._inference_seconds += elapsed
                self._batch_sizes[batch.rows] = self._batch_sizes.get(batch.rows, 0) + 1

    # -- metrics ---------------------------------------------------------------------------------

    @property
    def queued(self) -> int:
        """Items waiting (the metrics' `maas_queue_depth`)."""
        return self._queued_items

    def stats(self) -> SchedulerStats:
        """Queue depth, estimated wait and totals, for the metrics collector."""
        return SchedulerStats(
            queued_requests=sum(len(q) for q in self._keys.values()),
            queued_items=self._queued_items,
            queued_tokens=self._queued_tokens,
            estimated_wait_seconds=self.estimated_wait(),
            batches=self._batches,
            batch_items=self._batch_items,
            batch_padded_tokens=self._batch_tokens,
            inference_seconds=self._inference_seconds,
            refused=self._refused,
            dropped_deadline=self._dropped_deadline,
            dropped_cancelled=self._dropped_cancelled,
            batch_size_counts=dict(self._batch_sizes),
        )


def retry_after_header(seconds: float) -> str:
    """A ``Retry-After`` value: whole seconds, rounded up, at least 1."""
    return str(max(1, math.ceil(seconds)))
