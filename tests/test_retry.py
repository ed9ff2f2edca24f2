"""The pure retry decisions: what is retried, how long to wait, when to stop."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from maas_client import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    InvalidParametersError,
)
from maas_client._errors import make_status_error
from maas_client._retry import (
    RetryPolicy,
    backoff,
    decide,
    is_retryable,
    retry_after_seconds,
)

POLICY = RetryPolicy(max_retries=3, jitter=lambda: 1.0)


def status(code: int, headers: dict[str, str] | None = None, err_code: str | None = None):
    return make_status_error(code, httpx.Headers(headers or {}), request_id="req_1",
                             type="t", code=err_code, message="m")


@pytest.mark.parametrize("code", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses(code: int) -> None:
    assert is_retryable(status(code))


@pytest.mark.parametrize("code", [400, 401, 403, 404, 405, 413, 415, 422, 501])
def test_never_retried_statuses(code: int) -> None:
    assert not is_retryable(status(code))
    assert not decide(POLICY, attempt=0, error=status(code), elapsed=0, deadline=None).retry


def test_409_idempotency_conflict_is_not_retried() -> None:
    assert is_retryable(status(409, err_code="conflict"))
    assert not is_retryable(status(409, err_code="idempotency_conflict"))


def test_should_retry_header_overrides_the_status_rule() -> None:
    assert is_retryable(status(400, {"MaaS-Should-Retry": "true"}))
    assert not is_retryable(status(503, {"MaaS-Should-Retry": "false"}))
    assert is_retryable(status(503, {"MaaS-Should-Retry": "maybe"}))  # junk: status rule


def test_connection_errors_and_timeouts_are_retried_others_not() -> None:
    assert is_retryable(APIConnectionError())
    assert is_retryable(APITimeoutError())
    assert not is_retryable(APIResponseValidationError("x", status_code=200))
    assert not is_retryable(InvalidParametersError("x"))
    assert not is_retryable(ValueError("x"))


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after": "1.5"}) == 1.5
    assert retry_after_seconds({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({"retry-after": "-1"}) is None
    assert retry_after_seconds({}) is None
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 7, usegmt=True)
    assert retry_after_seconds({"retry-after": date}, now) == pytest.approx(7.0, abs=1.0)
    past = email.utils.formatdate(now - 100, usegmt=True)
    assert retry_after_seconds({"retry-after": past}, now) == 0.0


def test_backoff_is_full_jitter_exponential_and_capped() -> None:
    top = RetryPolicy(initial_delay=0.5, max_delay=8.0, jitter=lambda: 1.0)
    assert [backoff(top, n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff(RetryPolicy(jitter=lambda: 0.0), 3) == 0.0
    real = RetryPolicy()
    assert all(0.0 <= backoff(real, n) <= real.max_delay for n in range(50))


def test_server_wait_is_used_and_capped() -> None:
    d = decide(POLICY, attempt=0, error=status(429, {"retry-after": "5"}), elapsed=0,
               deadline=None)
    assert (d.retry, d.wait, d.reason) == (True, 5.0, "429")
    too_long = status(503, {"retry-after": "61"})
    assert not decide(POLICY, attempt=0, error=too_long, elapsed=0, deadline=None).retry
    lenient = RetryPolicy(max_retry_after=120)
    assert decide(lenient, attempt=0, error=too_long, elapsed=0, deadline=None).wait == 61


def test_attempts_are_bounded_by_max_retries() -> None:
    err = status(503)
    assert [decide(POLICY, attempt=n, error=err, elapsed=0, deadline=None).retry
            for n in range(5)] == [True, True, True, False, False]
    assert not decide(RetryPolicy(max_retries=0), attempt=0, error=err, elapsed=0,
                      deadline=None).retry


def test_no_wait_reaches_past_the_deadline() -> None:
    err = status(503, {"retry-after": "4"})
    assert decide(POLICY, attempt=0, error=err, elapsed=5, deadline=10).retry
    stop = decide(POLICY, attempt=0, error=err, elapsed=6, deadline=10)
    assert not stop.retry and stop.why == "deadline"
    assert not decide(POLICY, attempt=0, error=APITimeoutError(), elapsed=10.5,
                      deadline=10).retry


def test_http_date_uses_the_policy_clock() -> None:
    policy = RetryPolicy(now=lambda: 1_000_000.0)
    date = email.utils.formatdate(1_000_000.0 + 3, usegmt=True)
    d = decide(policy, attempt=0, error=status(503, {"retry-after": date}), elapsed=0,
               deadline=None)
    assert d.retry and d.wait == pytest.approx(3.0, abs=1.0)
