"""Deadlines end to end, client side (respx, fake clock): every attempt sends `MaaS-Timeout`
with what is left, a retry that meets its own attempt still running waits for it, and the call
ends in the answer or an `APITimeoutError` naming the attempts — never a `ConflictError`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from maas_client import APITimeoutError, ConflictError
from maas_client.protocol import parse_timeout

from .test_client_retries import FakeTime, embed, err, ft, kind, make, ok, router  # noqa: F401


def in_progress(wait_ms: int = 500) -> httpx.Response:
    return err(409, "idempotency_in_progress",
               headers={"retry-after": "1", "retry-after-ms": str(wait_ms)})


def sent_timeouts(route: Any) -> list[float | None]:
    return [parse_timeout(c.request.headers.get("maas-timeout")) for c in route.calls]


async def test_every_attempt_sends_the_time_left(kind: str, ft: FakeTime, router: Any) -> None:
    def slow_then(request: httpx.Request) -> httpx.Response:
        ft.now += 3.0
        raise httpx.ReadTimeout("slow", request=request)

    route = router.post("/v1/embeddings").mock(side_effect=[slow_then, ok()])
    await embed(make(kind, ft, deadline=10.0, timeout=4.0))
    first, second = sent_timeouts(route)
    assert first == pytest.approx(4.0)  # the attempt timeout: below what is left of the deadline
    assert second is not None and second <= 10.0 - 3.0
    assert second == pytest.approx(min(4.0, 10.0 - ft.waits[0] - 3.0), abs=1e-3)


async def test_without_a_deadline_the_attempt_timeout_is_sent(kind: str, ft: FakeTime,
                                                              router: Any) -> None:
    route = router.post("/v1/embeddings").mock(return_value=ok())
    await embed(make(kind, ft, timeout=2.5))
    assert route.calls[0].request.headers["maas-timeout"] == "2500m"


async def test_timeout_then_in_progress_waits_for_its_own_attempt(kind: str, ft: FakeTime,
                                                                  router: Any) -> None:
    # attempt 0 times out; the server is still running it, so attempts 1-3 meet 409 in
    # progress; attempt 4 gets the stored answer. max_retries=1: the waits do not count.
    route = router.post("/v1/embeddings").mock(side_effect=[
        httpx.ReadTimeout("slow"), in_progress(), in_progress(), in_progress(), ok()])
    result = await embed(make(kind, ft, max_retries=1, deadline=30.0))
    assert result.request_id == "req_ok"
    assert route.call_count == 5
    assert ft.waits[1:] == [0.5, 0.5, 0.5]  # the server's retry-after-ms estimate
    keys = {c.request.headers["idempotency-key"] for c in route.calls}
    assert len(keys) == 1


async def test_deadline_running_out_while_waiting_is_a_timeout_naming_attempts(
    kind: str, ft: FakeTime, router: Any
) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[httpx.ReadTimeout("slow")] + [
        in_progress(2000)] * 50)
    with pytest.raises(APITimeoutError) as info:
        await embed(make(kind, ft, deadline=5.0))
    assert not isinstance(info.value, ConflictError)
    assert f"{route.call_count} attempts" in str(info.value)
    assert ft.now <= 5.0


async def test_without_a_deadline_waiting_is_bounded_by_the_attempt_timeouts(
    kind: str, ft: FakeTime, router: Any
) -> None:
    router.post("/v1/embeddings").mock(side_effect=[httpx.ReadTimeout("slow")] + [
        in_progress(1000)] * 100)
    with pytest.raises(APITimeoutError):
        await embed(make(kind, ft, timeout=4.0, max_retries=2))
    assert ft.now <= 4.0 * 3


async def test_someone_elses_in_progress_on_a_first_attempt_is_retried_normally(
    kind: str, ft: FakeTime, router: Any
) -> None:
    # the caller reused an Idempotency-Key that another call is running: that is a conflict
    router.post("/v1/embeddings").mock(side_effect=[in_progress()] * 5)
    with pytest.raises(ConflictError):
        await embed(make(kind, ft, max_retries=1), idempotency_key="shared-key")
