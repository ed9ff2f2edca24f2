"""The retry policy: what is retried, how long to wait, and when to stop (total deadline).

The decisions are pure functions of (attempt, error, elapsed, deadline) → :class:`Decision`;
:class:`RetryRun` turns them into tenacity ``retry``/``wait``/``stop`` callables for one
logical request and runs an attempt function under ``Retrying`` (sync, :meth:`RetryRun.call`)
or ``AsyncRetrying`` (async, :meth:`RetryRun.acall`). Both clients use the same policy object;
only the ``sleep`` differs.

A retry that meets 409 `idempotency_in_progress` is waiting for this call's own earlier attempt,
which the server is still running: it waits for that answer (the 409's `Retry-After`) for as
long as the call's time budget allows, without using up `max_retries`, and ends in the stored
answer or in an :class:`APITimeoutError` naming the attempts made, never in a `ConflictError`.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tenacity import AsyncRetrying, RetryCallState, Retrying

from ._errors import APIConnectionError, APIStatusError, APITimeoutError, MaaSError
from .protocol import (
    CODE_IDEMPOTENCY_CONFLICT,
    CODE_IDEMPOTENCY_IN_PROGRESS,
    RETRY_AFTER_HEADER,
    RETRY_AFTER_MS_HEADER,
    SHOULD_RETRY_HEADER,
)

__all__ = [
    "RETRYABLE_STATUSES",
    "Decision",
    "RetryEvent",
    "RetryPolicy",
    "RetryRun",
    "backoff",
    "decide",
    "is_own_in_progress",
    "is_retryable",
    "retry_after_seconds",
]

logger = logging.getLogger("maas_client")
R = TypeVar("R")

#: Statuses retried by default (409 only when its code is not `idempotency_conflict`).
RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries: attempts, exponential backoff with full jitter, Retry-After cap.

    The n-th retry (n = 0, 1, ...) waits ``uniform(0, min(max_delay, initial_delay * 2**n))``
    unless the server said how long (`retry-after-ms` or `Retry-After`, seconds or HTTP date).
    A server wait longer than ``max_retry_after`` is not honoured: the call fails at once.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[], float] = field(default=random.random, compare=False)
    now: Callable[[], float] = field(default=time.time, compare=False)


@dataclass(frozen=True)
class Decision:
    """Retry after `wait` seconds, or stop (`why` says which rule stopped it).

    `counts` says whether the failed attempt used up one of `max_retries` (a wait for the
    call's own in-flight attempt does not); `error`, when set, is raised instead of the
    attempt's own error (an `APITimeoutError` in place of the server's 409 in progress)."""

    retry: bool
    wait: float
    reason: str
    why: str = ""
    counts: bool = True
    error: MaaSError | None = None


@dataclass(frozen=True)
class RetryEvent:
    """What the `on_retry` hook receives: metadata only, never a body.

    `attempt` is the 0-based number of the attempt that failed (its `MaaS-Retry-Count`),
    `wait` the seconds before the next one, `reason` the status (`"503"`) or the exception
    class (`"APITimeoutError"`), `request_id` the failed attempt's id when the server sent one.
    """

    attempt: int
    wait: float
    reason: str
    request_id: str | None
    method: str
    route: str


def reason_of(error: BaseException) -> str:
    """`"503"` for a status error, else the exception's class name."""
    if isinstance(error, APIStatusError):
        return str(error.status_code)
    return type(error).__name__


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait a response asks for: `retry-after-ms`, else `Retry-After` (seconds or date)."""
    raw_ms = headers.get(RETRY_AFTER_MS_HEADER.lower())
    if raw_ms is not None:
        try:
            ms = float(raw_ms)
        except ValueError:
            ms = float("nan")
        if ms == ms and ms >= 0 and ms != float("inf"):
            return ms / 1000.0
    raw = headers.get(RETRY_AFTER_HEADER.lower())
    if raw is None:
        return None
    raw = raw.strip()
    try:
        secs = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None or when.tzinfo is None:
            return None
        current = time.time() if now is None else now
        return max(0.0, when.timestamp() - current)
    if secs != secs or secs < 0 or secs == float("inf"):
        return None
    return secs


def is_retryable(error: BaseException) -> bool:
    """The status rule, overridden by a `MaaS-Should-Retry: true|false` response header."""
    if isinstance(error, APIStatusError):
        raw = error.headers.get(SHOULD_RETRY_HEADER.lower())
        override = str(raw).strip().lower() if raw is not None else ""
        if override in ("true", "false"):
            return override == "true"
        if error.status_code == 409:
            return error.code != CODE_IDEMPOTENCY_CONFLICT
        return error.status_code in RETRYABLE_STATUSES
    return isinstance(error, APIConnectionError)


#: Seconds an attempt needs at least, and the shortest wait between polls of an attempt in
#: progress; a wait that leaves less before the deadline stops.
_MIN_ATTEMPT = 0.05


def is_own_in_progress(error: BaseException, earlier_may_run: bool) -> bool:
    """Whether `error` is a 409 `idempotency_in_progress` for the call's own earlier attempt:
    one ended without an answer (a timeout or connection error: `earlier_may_run`), so the
    server may still be running it under the same key."""
    return (earlier_may_run and isinstance(error, APIStatusError) and error.status_code == 409
            and error.code == CODE_IDEMPOTENCY_IN_PROGRESS)


def _waiting_for_own_attempt(policy: RetryPolicy, error: APIStatusError, *, attempt: int,
                             attempts_made: int, elapsed: float, budget: float | None
                             ) -> Decision:
    """The decision after a retry met the call's own attempt still running on the server:
    wait as the 409 says, within the budget; when that runs out, an `APITimeoutError`."""
    reason = reason_of(error)
    wait = retry_after_seconds(error.headers, policy.now())
    if wait is None:
        wait = backoff(policy, attempt)
    wait = max(wait, _MIN_ATTEMPT)
    if budget is not None:
        wait = min(wait, budget - elapsed - _MIN_ATTEMPT)
        if wait < _MIN_ATTEMPT:
            return Decision(False, 0.0, reason, "deadline", counts=False, error=APITimeoutError(
                f"The call's time budget of {budget:g}s ran out while an earlier attempt was "
                f"still running on the server ({attempts_made} attempts made) "
                f"[request_id={error.request_id or 'unknown'}]",
                request_id=error.request_id))
    return Decision(True, wait, reason, counts=False)


def backoff(policy: RetryPolicy, retry_number: int) -> float:
    """Full-jitter exponential backoff for the `retry_number`-th retry (0-based)."""
    cap = min(policy.max_delay, policy.initial_delay * (2.0 ** min(retry_number, 30)))
    return cap * policy.jitter()


def decide(
    policy: RetryPolicy,
    *,
    attempt: int,
    error: BaseException,
    elapsed: float,
    deadline: float | None,
    counted: int | None = None,
    budget: float | None = None,
    earlier_may_run: bool = False,
) -> Decision:
    """Whether to retry after attempt number `attempt` (0-based) failed with `error`.

    `elapsed` is the time since the call started; `deadline` its total budget (None: none).
    A wait never reaches past the deadline: if it would, the call stops. `counted` is how many
    earlier failures used up a retry (default: `attempt`). When an earlier attempt ended without
    an answer (`earlier_may_run`), a 409 in progress is that attempt still running: the call
    waits for it within `budget` (default: `deadline`) instead.
    """
    if isinstance(error, APIStatusError) and is_own_in_progress(error, earlier_may_run):
        return _waiting_for_own_attempt(
            policy, error, attempt=attempt, attempts_made=attempt + 1, elapsed=elapsed,
            budget=deadline if budget is None else budget)
    if counted is not None:
        attempt = counted
    reason = reason_of(error)
    if not isinstance(error, MaaSError) or not is_retryable(error):
        return Decision(False, 0.0, reason, "not retryable")
    if attempt >= policy.max_retries:
        return Decision(False, 0.0, reason, "max_retries reached")
    wait: float | None = None
    if isinstance(error, APIStatusError):
        wait = retry_after_seconds(error.headers, policy.now())
        if wait is not None and wait > policy.max_retry_after:
            return Decision(False, 0.0, reason, "Retry-After above max_retry_after")
    if wait is None:
        wait = backoff(policy, attempt)
    if deadline is not None and elapsed + wait >= deadline:
        return Decision(False, 0.0, reason, "deadline")
    return Decision(True, wait, reason)


class RetryRun:
    """The retry state of one logical request: tenacity callables around :func:`decide`.

    `deadline` is the call's total budget (None: none). `wait_budget` bounds how long a retry
    may keep waiting for the call's own attempt still running on the server (409
    `idempotency_in_progress`); it defaults to `deadline`."""

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        clock: Callable[[], float],
        started: float,
        deadline: float | None,
        method: str,
        route: str,
        on_retry: Callable[[RetryEvent], object] | None = None,
        wait_budget: float | None = None,
    ) -> None:
        self.policy = policy
        self.clock = clock
        self.started = started
        self.deadline = deadline
        self.wait_budget = deadline if wait_budget is None else wait_budget
        self.method = method
        self.route = route
        self.on_retry = on_retry
        self.attempts = 0
        self.counted = 0
        self.earlier_may_run = False
        self._decision = Decision(False, 0.0, "")

    # -- deadline ------------------------------------------------------------------------
    def remaining(self) -> float | None:
        """Seconds left of the total deadline (None: no deadline)."""
        if self.deadline is None:
            return None
        return self.deadline - (self.clock() - self.started)

    def next_attempt(self) -> int:
        """Count an attempt; returns its 0-based number (the `MaaS-Retry-Count`)."""
        n = self.attempts
        self.attempts += 1
        return n

    def deadline_error(self) -> APITimeoutError:
        """The error when the total deadline is used up before another attempt could start."""
        return APITimeoutError(f"The call's deadline of {self.deadline:g}s was used up "
                               f"({self.attempts - 1} attempts made).")

    # -- tenacity callables ---------------------------------------------------------------
    def _retry(self, state: RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None or not outcome.failed:
            return False
        error = outcome.exception()
        assert error is not None
        self._decision = decide(
            self.policy,
            attempt=state.attempt_number - 1,
            error=error,
            elapsed=self.clock() - self.started,
            deadline=self.deadline,
            counted=self.counted,
            budget=self.wait_budget,
            earlier_may_run=self.earlier_may_run,
        )
        if self._decision.counts:
            self.counted += 1
        if isinstance(error, APIConnectionError):  # no answer: it may still run on the server
            self.earlier_may_run = True
        return True  # every failure goes to `_stop`, which raises the final error

    def _wait(self, state: RetryCallState) -> float:
        return self._decision.wait

    def _stop(self, state: RetryCallState) -> bool:
        return not self._decision.retry

    def _final(self, state: RetryCallState) -> Any:
        """Raise the error the call ends with: the decision's replacement, else the last."""
        if self._decision.error is not None:
            raise self._decision.error
        assert state.outcome is not None
        last = state.outcome.exception()
        if isinstance(last, APITimeoutError) and self.attempts > 1:
            raise APITimeoutError(f"{last.message} ({self.attempts} attempts made)",
                                  request_id=last.request_id) from last
        return state.outcome.result()  # raises the last attempt's error

    def _before_sleep(self, state: RetryCallState) -> None:
        outcome = state.outcome
        error = outcome.exception() if outcome is not None else None
        request_id = getattr(error, "request_id", None)
        event = RetryEvent(
            attempt=state.attempt_number - 1,
            wait=self._decision.wait,
            reason=self._decision.reason,
            request_id=request_id if isinstance(request_id, str) else None,
            method=self.method,
            route=self.route,
        )
        logger.info(
            "retrying %s %s after attempt %d failed (%s); waiting %.3fs",
            event.method, event.route, event.attempt, event.reason, event.wait,
        )
        if self.on_retry is not None:
            try:
                self.on_retry(event)
            except Exception as exc:  # a broken hook must not break the call
                logger.warning("on_retry hook raised %s; ignored", type(exc).__name__)

    def _kwargs(self) -> dict[str, Any]:
        return {
            "retry": self._retry,
            "wait": self._wait,
            "stop": self._stop,
            "before_sleep": self._before_sleep,
            "retry_error_callback": self._final,
        }

    def retrying(self, sleep: Callable[[float], None]) -> Retrying:
        """A tenacity `Retrying` for the sync client."""
        return Retrying(sleep=sleep, **self._kwargs())

    def async_retrying(self, sleep: Callable[[float], Awaitable[None]]) -> AsyncRetrying:
        """A tenacity `AsyncRetrying` for the async client."""
        return AsyncRetrying(sleep=sleep, **self._kwargs())

    # -- running a request ----------------------------------------------------------------
    def call(self, attempt: Callable[[], R], sleep: Callable[[float], None]) -> R:
        """Run `attempt` until it succeeds or the policy stops (sync driver).

        A first attempt that succeeds never builds the retry loop; one that fails with a
        :class:`MaaSError` is replayed into it as its first outcome."""
        try:
            return attempt()
        except MaaSError as exc:
            first = [exc]

        def replay_then_attempt() -> R:
            if first:
                raise first.pop()
            return attempt()

        result: R = self.retrying(sleep)(replay_then_attempt)
        return result

    async def acall(self, attempt: Callable[[], Awaitable[R]],
                    sleep: Callable[[float], Awaitable[None]]) -> R:
        """:meth:`call` for the async driver."""
        try:
            return await attempt()
        except MaaSError as exc:
            first = [exc]

        async def replay_then_attempt() -> R:
            if first:
                raise first.pop()
            return await attempt()

        result: R = await self.async_retrying(sleep)(replay_then_attempt)
        return result
