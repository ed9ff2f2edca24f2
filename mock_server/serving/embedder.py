"""The embedding service the routes call: tokenise, admit, schedule, map errors to the envelope.

``await service.embed(texts, key=..., deadline=...)`` returns ``(vectors, token_counts)``.
Both ``/v1/embeddings`` and ``/v1/summaries`` go through it, so they share one queue, one
admission rule and one round-robin across API keys.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from maas_client.protocol import CODE_DEADLINE_EXCEEDED, CODE_SHUTTING_DOWN

from ..http.errors import ServerError
from .scheduler import (
    CostModel,
    DeadlineExceededError,
    OverloadedError,
    Scheduler,
    SchedulerClosedError,
    Shapes,
    retry_after_header,
)

if TYPE_CHECKING:
    from ..settings import Settings
    from .registry import ModelRegistry

__all__ = ["ENCODER_LENGTHS", "EmbeddingService", "SchedulerCollector"]

log = logging.getLogger("mock_server")
#: Lengths the encoder pads to (tokens incl. [CLS]/[SEP]); the last is the model window.
ENCODER_LENGTHS = (16, 32, 64, 128, 256)
#: Requests with fewer characters than this are tokenised on the event loop (tens of
#: microseconds: cheaper than a hop to a worker thread); larger ones in a thread.
INLINE_TOKENIZE_CHARS = 2000
#: Characters per token assumed before any text has been tokenised (English WordPiece text
#: runs 4 to 6); afterwards the service follows what it measures. Admission needs a size before
#: tokenising (see `embed`); the real count replaces the guess once the text is tokenised.
INITIAL_CHARS_PER_TOKEN = 4.0
#: How many tokens of evidence outweigh the running figure (a large request moves it most).
_CHARS_PER_TOKEN_MEMORY = 2000


class EmbeddingService:
    """One app's encoder behind a :class:`~mock_server.serving.scheduler.Scheduler`."""

    def __init__(self, settings: Settings) -> None:
        """Build the scheduler from the settings; the encoder is found on the registry."""
        self.shapes = Shapes(lengths=ENCODER_LENGTHS, max_batch=settings.batch_max_size,
                             max_batch_tokens=settings.batch_max_tokens)
        self.max_request_tokens = settings.max_request_tokens
        #: Characters per token measured on the texts tokenised so far (see `guess_tokens`).
        self.chars_per_token = INITIAL_CHARS_PER_TOKEN
        self.registry: ModelRegistry | None = None
        #: Called after each forward with (items, tokens, seconds), from the worker thread.
        self.on_batch: Callable[[int, int, float], None] | None = None
        self.scheduler: Scheduler[list[int], np.ndarray] = Scheduler(
            self._run, shapes=self.shapes, cost=CostModel(),
            max_wait=settings.queue_max_wait_seconds, gather_ms=settings.batch_max_wait_ms,
            name="embeddings",
        )

    def _encoder(self) -> Any:
        assert self.registry is not None and self.registry.encoder is not None
        return self.registry.encoder

    def _run(self, ids: list[list[int]], batch: int, length: int) -> list[np.ndarray]:
        started = time.perf_counter()
        vectors = list(self._encoder().encode_ids(ids, batch, length))
        if self.on_batch is not None:
            self.on_batch(len(ids), sum(map(len, ids)), time.perf_counter() - started)
        return vectors

    def prepare(self, registry: ModelRegistry) -> None:
        """Registry hook, after warm-up: time a small and a full forward to seed the costs."""
        self.registry = registry
        encoder = registry.encoder
        if encoder is None or not registry.warmup:
            return
        small = (1, self.shapes.lengths[0])
        length = 128 if 128 in self.shapes.lengths else self.shapes.lengths[-1]
        large = (self.shapes.rows(length), length)
        timed = []
        for batch, size in (small, large):
            rows = [[101] + [1000] * (size - 2) + [102]] * batch
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                encoder.encode_ids(rows, batch, size)
                best = min(best, time.perf_counter() - started)
            timed.append((batch, size, best))
        self.scheduler.cost.calibrate(timed[0], timed[1])
        log.info("encoder cost: %.1f ms per batch + %.2f us per token",
                 self.scheduler.cost.per_batch * 1e3, self.scheduler.cost.per_token * 1e6)

    def precheck(self, key: str, deadline: float | None) -> None:
        """Refuse at once (503/504) when no work from ``key`` could be admitted now: called
        before the request body is read, so a flood's refusals cost almost nothing."""
        try:
            self.scheduler.check(key, deadline)
        except OverloadedError as exc:
            raise _overloaded(exc) from None
        except (DeadlineExceededError, SchedulerClosedError) as exc:
            raise _server_error(exc) from None

    async def embed(self, texts: Sequence[str], *, key: str = "",
                    deadline: float | None = None) -> tuple[np.ndarray, list[int]]:
        """Vectors (n, 384) and token counts for ``texts``; 503/504/413 as the envelope."""
        scheduler = self.scheduler
        try:
            reservation = scheduler.admit(scheduler.estimate(self.guess_tokens(texts),
                                                             guessed=True), deadline, key)
        except OverloadedError as exc:
            raise _overloaded(exc) from None
        except (DeadlineExceededError, SchedulerClosedError) as exc:
            raise _server_error(exc) from None
        try:
            if sum(len(t) for t in texts) <= INLINE_TOKENIZE_CHARS:
                ids = self._encoder().tokenize(list(texts))
            else:
                ids = await asyncio.to_thread(self._encoder().tokenize, list(texts))
        except BaseException:
            scheduler.release(reservation)
            raise
        counts = [len(row) for row in ids]
        self._learn_chars_per_token(texts, counts)
        if sum(counts) > self.max_request_tokens:
            scheduler.release(reservation)
            raise ServerError(413, "too_many_tokens",
                              f"the request holds more than max_request_tokens="
                              f"{self.max_request_tokens} tokens; split it", param="input")
        try:
            rows = await scheduler.submit(ids, lengths=counts, key=key, deadline=deadline,
                                          reservation=reservation)
        except (DeadlineExceededError, SchedulerClosedError) as exc:
            raise _server_error(exc) from None
        return np.stack(rows), counts

    def guess_tokens(self, texts: Sequence[str]) -> list[int]:
        """Token counts (with [CLS]/[SEP]) guessed from characters at the measured
        :attr:`chars_per_token`: the size admission uses before the texts are tokenised."""
        window = self.shapes.lengths[-1]
        return [min(window, round(len(text) / self.chars_per_token) + 2) for text in texts]

    def _learn_chars_per_token(self, texts: Sequence[str], counts: Sequence[int]) -> None:
        """Move :attr:`chars_per_token` towards what this request measured (texts cut at the
        model window are left out: their characters outrun their tokens)."""
        window = self.shapes.lengths[-1]
        whole = [(len(text), count - 2) for text, count in zip(texts, counts, strict=True)
                 if 2 < count < window]
        tokens = sum(n for _, n in whole)
        if tokens:
            weight = tokens / (tokens + _CHARS_PER_TOKEN_MEMORY)
            measured = sum(chars for chars, _ in whole) / tokens
            self.chars_per_token += weight * (measured - self.chars_per_token)


def _overloaded(exc: OverloadedError) -> ServerError:
    why = ("the queue holds more work than the server waits for" if exc.reason == "queue"
           else "the queued work would outlast the request's deadline")
    return ServerError(503, "overloaded", f"{why}; retry after the Retry-After delay",
                       headers={"Retry-After": retry_after_header(exc.retry_after)})


def _server_error(exc: Exception) -> ServerError:
    if isinstance(exc, DeadlineExceededError):
        return ServerError(504, CODE_DEADLINE_EXCEEDED,
                           "the request's deadline (MaaS-Timeout) passed before its work ran")
    return ServerError(503, CODE_SHUTTING_DOWN, "the server is shutting down; retry shortly",
                       headers={"Retry-After": "1"})


class SchedulerCollector:
    """A prometheus_client collector over :meth:`Scheduler.stats` (register it on
    ``app.state.metrics_registry``): queue depth, estimated wait, batches, tokens, seconds."""

    def __init__(self, scheduler: Scheduler[Any, Any]) -> None:
        """Read ``scheduler`` at every scrape."""
        self._scheduler = scheduler

    def collect(self) -> Iterator[Any]:
        """Yield the metric families (prometheus_client collector protocol)."""
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            HistogramMetricFamily,
        )

        s = self._scheduler.stats()
        yield GaugeMetricFamily("maas_scheduler_queued_requests",
                                "Requests waiting in the model queue", value=s.queued_requests)
        yield GaugeMetricFamily("maas_scheduler_queued_tokens",
                                "Padded tokens waiting in the model queue", value=s.queued_tokens)
        yield GaugeMetricFamily("maas_scheduler_estimated_wait_seconds",
                                "Estimated wait for work admitted now",
                                value=s.estimated_wait_seconds)
        yield CounterMetricFamily("maas_scheduler_batch_items",
                                  "Items run through the model", value=s.batch_items)
        yield CounterMetricFamily("maas_scheduler_batch_tokens",
                                  "Padded tokens run through the model",
                                  value=s.batch_padded_tokens)
        yield CounterMetricFamily("maas_scheduler_inference_seconds",
                                  "Seconds spent in forward passes", value=s.inference_seconds)
        refused = CounterMetricFamily("maas_scheduler_rejected",
                                      "Work refused at admission or dropped while queued",
                                      labels=["reason"])
        refused.add_metric(["overloaded"], s.refused)
        refused.add_metric(["deadline"], s.dropped_deadline)
        refused.add_metric(["cancelled"], s.dropped_cancelled)
        yield refused
        buckets, total = [], 0
        for size in sorted(s.batch_size_counts):
            total += s.batch_size_counts[size]
            buckets.append((str(float(size)), total))
        buckets.append(("+Inf", total))
        rows = sum(size * n for size, n in s.batch_size_counts.items())
        yield HistogramMetricFamily("maas_scheduler_batch_size", "Padded rows per batch",
                                    buckets=buckets, sum_value=float(rows))
