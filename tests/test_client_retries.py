"""Retries through both clients (respx, fake clock, injected sleep): attempts, waits,
Idempotency-Key and MaaS-Retry-Count, deadline, and the exception raised at the end."""

from __future__ import annotations

import email.utils
import inspect
import time
from typing import Any

import httpx
import pytest
import respx

from maas_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncMaaSClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MaaSClient,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryEvent,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from maas_client.protocol import parse_timeout

BASE = "http://127.0.0.1:8000"
EMB_OK = {"object": "list", "model": "minilm-l6-v2",
          "data": [{"object": "embedding", "index": 0, "embedding": [0.6, 0.8]}],
          "usage": {"prompt_tokens": 3, "total_tokens": 3}}


class FakeTime:
    """A clock that only moves when the client sleeps (or a test advances it)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def ft() -> FakeTime:
    return FakeTime()


def make(kind: str, ft: FakeTime, **kw: Any) -> MaaSClient | AsyncMaaSClient:
    kw.setdefault("privacy", None)
    if kind == "sync":
        return MaaSClient(api_key="sk-test", base_url=BASE, _sleep=ft.sleep, _clock=ft.clock,
                          **kw)
    return AsyncMaaSClient(api_key="sk-test", base_url=BASE, _sleep=ft.asleep,
                           _clock=ft.clock, **kw)


async def embed(client: MaaSClient | AsyncMaaSClient, **kw: Any) -> Any:
    kw.setdefault("model", "minilm-l6-v2")
    kw.setdefault("input", "chest pain")
    result = client.embeddings.create(**kw)
    return await result if inspect.isawaitable(result) else result


def err(status: int, code: str = "x", headers: dict[str, str] | None = None,
        rid: str = "req_abc") -> httpx.Response:
    body = {"error": {"type": "t", "code": code, "message": "safe message",
                      "param": "input", "request_id": rid}}
    return httpx.Response(status, json=body, headers={"x-request-id": rid, **(headers or {})})


def ok() -> httpx.Response:
    return httpx.Response(200, json=EMB_OK, headers={"x-request-id": "req_ok",
                                                     "ratelimit-remaining": "9"})


@pytest.fixture
def router() -> Any:
    with respx.mock(base_url=BASE, assert_all_called=False) as r:
        yield r


async def test_retry_after_seconds_then_success(kind: str, ft: FakeTime, router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[
        err(503, headers={"retry-after": "2"}), err(429, headers={"retry-after-ms": "1500"}),
        ok()])
    events: list[RetryEvent] = []
    result = await embed(make(kind, ft, on_retry=events.append))
    assert result.request_id == "req_ok" and result.rate_limit.remaining == 9
    assert route.call_count == 3
    assert ft.waits == [2.0, 1.5]
    keys = {c.request.headers["idempotency-key"] for c in route.calls}
    assert len(keys) == 1 and len(keys.pop()) == 36
    assert [c.request.headers["maas-retry-count"] for c in route.calls] == ["0", "1", "2"]
    assert [(e.attempt, e.wait, e.reason, e.request_id) for e in events] == [
        (0, 2.0, "503", "req_abc"), (1, 1.5, "429", "req_abc")]
    assert events[0].method == "POST" and events[0].route == "/v1/embeddings"


async def test_http_date_retry_after(kind: str, ft: FakeTime, router: Any) -> None:
    date = email.utils.formatdate(time.time() + 5, usegmt=True)
    router.post("/v1/embeddings").mock(side_effect=[
        err(503, headers={"retry-after": date}), ok()])
    await embed(make(kind, ft))
    assert len(ft.waits) == 1 and 3.5 <= ft.waits[0] <= 5.5


async def test_retry_after_above_cap_is_not_honoured(kind: str, ft: FakeTime,
                                                     router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[
        err(429, headers={"retry-after": "120"}), ok()])
    with pytest.raises(RateLimitError):
        await embed(make(kind, ft))
    assert route.call_count == 1 and ft.waits == []
    route.side_effect = [err(429, headers={"retry-after": "120"}), ok()]
    await embed(make(kind, ft, max_retry_after=300))
    assert ft.waits == [120.0]


async def test_caller_idempotency_key_wins(kind: str, ft: FakeTime, router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[err(500), ok()])
    await embed(make(kind, ft), idempotency_key="my-key-1")
    assert [c.request.headers["idempotency-key"] for c in route.calls] == ["my-key-1"] * 2


async def test_each_logical_call_gets_a_new_key(kind: str, ft: FakeTime, router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[ok(), ok()])
    client = make(kind, ft)
    await embed(client)
    await embed(client)
    assert len({c.request.headers["idempotency-key"] for c in route.calls}) == 2


async def test_backoff_without_retry_after_is_bounded(kind: str, ft: FakeTime,
                                                      router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[err(502), err(504), err(500)])
    with pytest.raises(InternalServerError) as info:
        await embed(make(kind, ft))
    assert route.call_count == 3  # max_retries=2 by default
    assert len(ft.waits) == 2 and 0 <= ft.waits[0] <= 0.5 and 0 <= ft.waits[1] <= 1.0
    assert info.value.status_code == 500


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 422])
async def test_no_retry_on_client_errors(kind: str, ft: FakeTime, router: Any,
                                         status: int) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[err(status), ok()])
    with pytest.raises(Exception) as info:
        await embed(make(kind, ft))
    assert route.call_count == 1 and ft.waits == []
    assert info.value.status_code == status  # type: ignore[attr-defined]


async def test_idempotency_conflict_is_not_retried(kind: str, ft: FakeTime,
                                                   router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[
        err(409, code="idempotency_conflict"), ok()])
    with pytest.raises(ConflictError) as info:
        await embed(make(kind, ft))
    assert route.call_count == 1 and info.value.code == "idempotency_conflict"
    route.side_effect = [err(409, code="conflict"), ok()]
    await embed(make(kind, ft))


async def test_should_retry_header_overrides(kind: str, ft: FakeTime, router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[
        err(400, headers={"maas-should-retry": "true"}), ok()])
    await embed(make(kind, ft))
    assert route.call_count == 2
    route.side_effect = [err(503, headers={"maas-should-retry": "false"}), ok()]
    with pytest.raises(ServiceUnavailableError):
        await embed(make(kind, ft))
    assert route.call_count == 3


async def test_connection_errors_are_retried_then_raised(kind: str, ft: FakeTime,
                                                         router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        await embed(make(kind, ft, max_retries=3))
    assert type(info.value) is APIConnectionError and route.call_count == 4
    route.side_effect = [httpx.ReadTimeout("slow"), httpx.ConnectTimeout("slow")]
    with pytest.raises(APITimeoutError):
        await embed(make(kind, ft, max_retries=1))
    route.side_effect = [httpx.ReadTimeout("slow"), ok()]
    assert (await embed(make(kind, ft))).request_id == "req_ok"


async def test_deadline_caps_attempt_timeouts_and_stops_waits(kind: str, ft: FakeTime,
                                                              router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[
        err(503, headers={"retry-after": "4"})] * 6)
    with pytest.raises(ServiceUnavailableError):
        await embed(make(kind, ft, max_retries=5, deadline=10.0, timeout=60.0))
    assert route.call_count == 3 and ft.waits == [4.0, 4.0]
    timeouts = [c.request.extensions["timeout"]["read"] for c in route.calls]
    assert timeouts == [10.0, 6.0, 2.0]


async def test_deadline_exhausted_by_slow_attempts_raises_timeout(kind: str, ft: FakeTime,
                                                                  router: Any) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        ft.now += 6.0
        raise httpx.ReadTimeout("slow", request=request)

    route = router.post("/v1/embeddings").mock(side_effect=slow)
    with pytest.raises(APITimeoutError):
        await embed(make(kind, ft, max_retries=10, deadline=10.0))
    assert route.call_count == 2
    assert ft.now >= 10.0 and sum(ft.waits) < 10.0


async def test_per_call_timeout_overrides(kind: str, ft: FakeTime, router: Any) -> None:
    route = router.post("/v1/embeddings").mock(side_effect=[ok(), ok()])
    client = make(kind, ft, timeout=30.0)
    await embed(client)
    await embed(client, timeout=2.5)
    assert [c.request.extensions["timeout"]["read"] for c in route.calls] == [30.0, 2.5]


STATUS_CLASSES = [(400, BadRequestError), (401, AuthenticationError),
                  (403, PermissionDeniedError), (404, NotFoundError), (409, ConflictError),
                  (422, UnprocessableEntityError), (429, RateLimitError),
                  (500, InternalServerError), (503, ServiceUnavailableError)]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_status_maps_to_class_with_attributes(kind: str, ft: FakeTime, router: Any,
                                                    status: int, cls: type) -> None:
    router.post("/v1/embeddings").mock(
        return_value=err(status, code="some_code", headers={"maas-should-retry": "false"},
                         rid="req_xyz"))
    with pytest.raises(cls) as info:
        await embed(make(kind, ft))
    e = info.value
    assert type(e) is cls
    assert (e.status_code, e.request_id, e.type, e.code, e.param) == (
        status, "req_xyz", "t", "some_code", "input")
    assert e.headers["x-request-id"] == "req_xyz"
    assert "req_xyz" in str(e) and "some_code" in str(e) and "safe message" in str(e)


async def test_retrying_on_models_get(kind: str, ft: FakeTime, router: Any) -> None:
    route = router.get("/v1/models").mock(side_effect=[
        err(503), httpx.Response(200, json={"object": "list", "data": []})])
    client = make(kind, ft)
    result = client.models.list()
    result = await result if inspect.isawaitable(result) else result
    assert result.data == [] and route.call_count == 2
    assert "idempotency-key" not in route.calls[0].request.headers


# -- deadlines end to end: `MaaS-Timeout` on every attempt, and waiting for the call's own
# -- attempt still running on the server (409 idempotency_in_progress after a timeout)
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
