"""`MaaSClient` and `AsyncMaaSClient`: thin I/O drivers over the shared core.

All logic lives in `_BaseClient` (options, per-attempt preparation, response handling) and in
the I/O-free `_core`/`_retry` modules. The two clients differ only in how they send a request
(`httpx.Client.request` vs `await httpx.AsyncClient.request`), how they sleep between attempts,
and in that the async client runs the chunks of a long embeddings call concurrently.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._core import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_PRIVACY,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    CallPlan,
    ClientOptions,
    Encryption,
    NotGiven,
    Opener,
    PreparedRequest,
    ServerKeys,
    WireRequest,
    _positive,
    attempt_timeout,
    base_headers,
    map_transport_error,
    parse_response,
    seal,
    user_agent,
    wire_request,
)
from ._errors import APIError, EncryptionError, MaaSError
from ._logging import log_attempt, logger
from ._retry import RetryEvent, RetryRun
from ._sealing_stage import KeyCache, KeyFetch, StaleKeyError
from .privacy import Privacy
from .resources import (
    AsyncDiagnosis,
    AsyncEmbeddings,
    AsyncModels,
    AsyncSummaries,
    Diagnosis,
    Embeddings,
    Models,
    Summaries,
)
from .types import APIObject

__all__ = ["AsyncMaaSClient", "MaaSClient"]

T = TypeVar("T")
_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=32)
#: How many chunks of one long embeddings call the async client sends at once.
CHUNK_CONCURRENCY = 4


class _KeyRefresh:
    """Per logical request: whether the keys were already fetched again after `unknown_key`."""

    __slots__ = ("used",)

    def __init__(self) -> None:
        self.used = False


class _BaseClient:
    """Configuration and the I/O-free steps around each attempt; shared by both clients."""

    _options: ClientOptions
    _clock: Callable[[], float]
    _headers: dict[str, str]
    _owns_http: bool
    _keys: KeyCache
    _http: Any  # httpx.Client or httpx.AsyncClient: the driver's own
    _sleep: Any

    def _configure(self, options: ClientOptions, clock: Callable[[], float] | None) -> None:
        self._options = options
        self._clock = clock or time.monotonic
        self._headers = base_headers(options)

    @property
    def options(self) -> ClientOptions:
        """The client's configuration (read-only; use `with_options` for a changed copy)."""
        return self._options

    @property
    def base_url(self) -> str:
        """The API's base URL (paths are `/v1/...` below it)."""
        return self._options.base_url

    @property
    def privacy(self) -> Privacy | None:
        """The de-identification setting applied to text before it is sent."""
        return self._options.privacy

    def with_options(
        self,
        *,
        timeout: float | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        privacy: Privacy | NotGiven | None = NOT_GIVEN,
        encryption: Encryption | NotGiven = NOT_GIVEN,
        on_retry: Callable[[RetryEvent], object] | NotGiven | None = NOT_GIVEN,
        max_retry_after: float | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool and keys.

        The copy is built through the constructor (so it is checked like any client).
        Closing the copy leaves the pool open; closing the original closes it.
        """
        options = self._options.copy_with(
            timeout=timeout, max_retries=max_retries, deadline=deadline, privacy=privacy,
            encryption=encryption, on_retry=on_retry, max_retry_after=max_retry_after)
        kwargs = {f.name: getattr(options, f.name) for f in dataclasses.fields(options)}
        constructor: Callable[..., Self] = type(self)
        return constructor(**kwargs, http_client=self._http, _sleep=self._sleep,
                           _clock=self._clock, _keys=self._keys)

    def _init_resources(self) -> None:
        raise NotImplementedError

    def _call_timeout(self, timeout: float | None) -> float:
        per_call = _positive("timeout", timeout, allow_none=True)
        return self._options.timeout if per_call is None else per_call

    def _retry_run(self, req: PreparedRequest, started: float, timeout: float) -> RetryRun:
        """The retry state of one request. Without a `deadline`, waiting for the call's own
        attempt still running on the server is bounded by the attempts' total timeouts."""
        options = self._options
        budget = options.deadline if options.deadline is not None else (
            timeout * (options.max_retries + 1))
        return RetryRun(options.policy(), clock=self._clock, started=started,
                        deadline=options.deadline, method=req.method, route=req.path,
                        on_retry=options.on_retry, wait_budget=budget)

    def _begin_attempt(self, req: PreparedRequest, run: RetryRun, timeout: float
                       ) -> tuple[int, WireRequest, Opener, float]:
        attempt = run.next_attempt()
        remaining = run.remaining()
        if remaining is not None and remaining <= 0:
            raise run.deadline_error()
        key = self._keys.key_for(self._options.encryption, self._clock())
        attempt_t = attempt_timeout(timeout, remaining)
        wire = wire_request(self._options, self._headers, req, attempt, attempt_t)
        wire, opener = seal(self._options, wire, key)
        return attempt, wire, opener, attempt_t

    def _key_fetch(self, req: PreparedRequest, run: RetryRun, timeout: float
                   ) -> tuple[KeyFetch, float] | None:
        """The key fetch the next attempt needs first (None: none), with its timeout."""
        if not self._keys.needs_fetch(self._options.encryption, self._clock(),
                                      has_body=req.body is not None):
            return None
        remaining = run.remaining()
        if remaining is not None and remaining <= 0:
            raise run.deadline_error()
        fetch = self._keys.fetch_request(self._options.base_url, user_agent())
        return fetch, attempt_timeout(timeout, remaining)

    def _on_key_answer(self, response: httpx.Response) -> None:
        self._keys.record_answer(response.status_code, response.headers, response.content,
                                 self._clock())

    def _on_key_fetch_error(self, exc: Exception) -> None:
        """A fetch that raised: under "auto" the call goes plain, under "required" it fails
        with this error (a connection error stays retryable)."""
        if isinstance(exc, httpx.HTTPError):
            mapped = map_transport_error(exc)
            kind, message = type(mapped), str(mapped)
            self._keys.record_failure(lambda: kind(message), self._clock())
        else:  # e.g. a custom transport raising something else: never break an "auto" call
            name = type(exc).__name__
            self._keys.record_failure(lambda: EncryptionError(
                f"Fetching the encryption keys failed ({name}); nothing was sent."),
                self._clock())
        logger.info("fetching the encryption keys failed (%s)", type(exc).__name__)

    def _on_stale_key(self, req: PreparedRequest, attempt: int, exc: StaleKeyError,
                      refresh: _KeyRefresh, t0: float) -> None:
        """After outer 422 `unknown_key` or 400 `decryption_failed`: refetch the keys and
        resend once (this resend is not counted against `max_retries`), else raise a clear
        `EncryptionError`."""
        log_attempt(req.method, req.path, "stale_key", self._clock() - t0, attempt,
                    exc.request_id)
        if self._keys.pinned:
            raise StaleKeyError(
                f"The gateway refused the pinned encryption key {exc.key_id}; pass current "
                f"server_keys= (nothing was processed) [request_id={exc.request_id or 'unknown'}]",
                key_id=exc.key_id, request_id=exc.request_id) from None
        if refresh.used:
            raise StaleKeyError(
                f"The gateway refused encryption key {exc.key_id} even after the keys were "
                f"fetched again (nothing was processed) "
                f"[request_id={exc.request_id or 'unknown'}]",
                key_id=exc.key_id, request_id=exc.request_id) from None
        refresh.used = True
        self._keys.invalidate(exc.key_id)

    def _on_response(self, req: PreparedRequest, attempt: int, opener: Opener,
                     response: httpx.Response, t0: float) -> APIObject:
        status, headers, content = opener(response.status_code, response.headers,
                                          response.content)
        try:
            result = parse_response(req, status, headers, content)
        except APIError as exc:
            log_attempt(req.method, req.path, str(status), self._clock() - t0, attempt,
                        exc.request_id)
            raise
        if logger.isEnabledFor(logging.DEBUG):
            log_attempt(req.method, req.path, str(status), self._clock() - t0, attempt,
                        result.request_id)
        return result

    def _on_transport_error(self, req: PreparedRequest, attempt: int, exc: httpx.HTTPError,
                            t0: float) -> MaaSError:
        error = map_transport_error(exc)
        log_attempt(req.method, req.path, type(error).__name__, self._clock() - t0,
                    attempt, None)
        return error


def _options_from(api_key: str | None, base_url: str | None, **rest: Any) -> ClientOptions:
    headers = rest.pop("default_headers", None)
    return ClientOptions.resolve(api_key, base_url, default_headers=dict(headers or {}), **rest)


class MaaSClient(_BaseClient):
    """Synchronous client. `with MaaSClient() as client: client.embeddings.create(...)`.

    `api_key`/`base_url` default to `MAAS_API_KEY`/`MAAS_BASE_URL` (then
    `http://127.0.0.1:8000`). `timeout` bounds each attempt, `deadline` the whole call
    including retries and waits. `privacy` de-identifies text before it is sent (None: off).
    An injected `http_client` is used as is and not closed by `close()`.
    """

    models: Models
    diagnosis: Diagnosis
    summaries: Summaries
    embeddings: Embeddings

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        privacy: Privacy | None = DEFAULT_PRIVACY,
        encryption: Encryption = "auto",
        http_client: httpx.Client | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        server_keys: ServerKeys | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        default_headers: Mapping[str, str] | None = None,
        _sleep: Callable[[float], None] | None = None,
        _clock: Callable[[], float] | None = None,
        _keys: KeyCache | None = None,
    ) -> None:
        options = _options_from(
            api_key, base_url, timeout=timeout, max_retries=max_retries, deadline=deadline,
            privacy=privacy, encryption=encryption, on_retry=on_retry, server_keys=server_keys,
            max_retry_after=max_retry_after, default_headers=default_headers)
        self._configure(options, _clock)
        self._keys = KeyCache.for_options(options.server_keys) if _keys is None else _keys
        self._sleep: Callable[[float], None] = _sleep or time.sleep
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=options.timeout, limits=_LIMITS,
                                                 follow_redirects=False)
        self._init_resources()

    def _init_resources(self) -> None:
        self.models = Models(self)
        self.diagnosis = Diagnosis(self)
        self.summaries = Summaries(self)
        self.embeddings = Embeddings(self)

    def _execute(self, plan: CallPlan[T], timeout: float | None) -> T:
        per_call = self._call_timeout(timeout)
        started = self._clock()
        return plan.finish([self._send(req, started, per_call) for req in plan.requests])

    def _send(self, req: PreparedRequest, started: float, timeout: float) -> APIObject:
        run = self._retry_run(req, started, timeout)
        refresh = _KeyRefresh()

        def attempt() -> APIObject:
            while True:
                self._fetch_keys(req, run, timeout)
                n, wire, opener, attempt_t = self._begin_attempt(req, run, timeout)
                t0 = self._clock()
                try:
                    response = self._http.request(wire.method, wire.url, headers=wire.headers,
                                                  content=wire.content, timeout=attempt_t)
                except httpx.HTTPError as exc:
                    raise self._on_transport_error(req, n, exc, t0) from exc
                try:
                    return self._on_response(req, n, opener, response, t0)
                except StaleKeyError as exc:
                    self._on_stale_key(req, n, exc, refresh, t0)

        return run.call(attempt, self._sleep)

    def _fetch_keys(self, req: PreparedRequest, run: RetryRun, timeout: float) -> None:
        """Fetch the gateway's keys if the cache says so (one thread at a time)."""
        if self._key_fetch(req, run, timeout) is None:
            return
        with self._keys.fetch_lock:
            todo = self._key_fetch(req, run, timeout)  # another thread may have fetched meanwhile
            if todo is None:
                return
            fetch, fetch_t = todo
            try:
                response = self._http.request(fetch.method, fetch.url, headers=fetch.headers,
                                              timeout=fetch_t)
            except Exception as exc:
                self._on_key_fetch_error(exc)
                return
            self._on_key_answer(response)

    def close(self) -> None:
        """Close the connection pool (unless it was injected or is shared by `with_options`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class AsyncMaaSClient(_BaseClient):
    """Asynchronous client: the same surface as `MaaSClient`, awaited.

    `async with AsyncMaaSClient() as client: await client.embeddings.create(...)`.
    A long embeddings input list is sent as concurrent chunks (at most 4 at a time).
    """

    models: AsyncModels
    diagnosis: AsyncDiagnosis
    summaries: AsyncSummaries
    embeddings: AsyncEmbeddings

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        privacy: Privacy | None = DEFAULT_PRIVACY,
        encryption: Encryption = "auto",
        http_client: httpx.AsyncClient | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        server_keys: ServerKeys | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        default_headers: Mapping[str, str] | None = None,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
        _clock: Callable[[], float] | None = None,
        _keys: KeyCache | None = None,
    ) -> None:
        options = _options_from(
            api_key, base_url, timeout=timeout, max_retries=max_retries, deadline=deadline,
            privacy=privacy, encryption=encryption, on_retry=on_retry, server_keys=server_keys,
            max_retry_after=max_retry_after, default_headers=default_headers)
        self._configure(options, _clock)
        self._keys = KeyCache.for_options(options.server_keys) if _keys is None else _keys
        self._sleep: Callable[[float], Awaitable[None]] = _sleep or asyncio.sleep
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=options.timeout, limits=_LIMITS,
                                                      follow_redirects=False)
        self._init_resources()

    def _init_resources(self) -> None:
        self.models = AsyncModels(self)
        self.diagnosis = AsyncDiagnosis(self)
        self.summaries = AsyncSummaries(self)
        self.embeddings = AsyncEmbeddings(self)

    async def _execute(self, plan: CallPlan[T], timeout: float | None) -> T:
        per_call = self._call_timeout(timeout)
        started = self._clock()
        if len(plan.requests) == 1:
            return plan.finish([await self._send(plan.requests[0], started, per_call)])
        gate = asyncio.Semaphore(CHUNK_CONCURRENCY)

        async def one(req: PreparedRequest) -> APIObject:
            async with gate:
                return await self._send(req, started, per_call)

        tasks = [asyncio.ensure_future(one(req)) for req in plan.requests]
        try:
            results = await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        return plan.finish(list(results))

    async def _send(self, req: PreparedRequest, started: float, timeout: float) -> APIObject:
        run = self._retry_run(req, started, timeout)
        refresh = _KeyRefresh()

        async def attempt() -> APIObject:
            while True:
                await self._fetch_keys(req, run, timeout)
                n, wire, opener, attempt_t = self._begin_attempt(req, run, timeout)
                t0 = self._clock()
                try:
                    response = await self._http.request(
                        wire.method, wire.url, headers=wire.headers, content=wire.content,
                        timeout=attempt_t)
                except httpx.HTTPError as exc:
                    raise self._on_transport_error(req, n, exc, t0) from exc
                try:
                    return self._on_response(req, n, opener, response, t0)
                except StaleKeyError as exc:
                    self._on_stale_key(req, n, exc, refresh, t0)

        return await run.acall(attempt, self._sleep)

    async def _fetch_keys(self, req: PreparedRequest, run: RetryRun, timeout: float) -> None:
        """Fetch the gateway's keys if the cache says so (one task at a time)."""
        if self._key_fetch(req, run, timeout) is None:
            return
        async with self._keys.async_lock():
            todo = self._key_fetch(req, run, timeout)  # another task may have fetched meanwhile
            if todo is None:
                return
            fetch, fetch_t = todo
            try:
                response = await self._http.request(fetch.method, fetch.url,
                                                    headers=fetch.headers, timeout=fetch_t)
            except Exception as exc:
                self._on_key_fetch_error(exc)
                return
            self._on_key_answer(response)

    async def close(self) -> None:
        """Close the connection pool (unless it was injected or is shared by `with_options`)."""
        if self._owns_http:
            await self._http.aclose()

    async def aclose(self) -> None:
        """Alias of `close()`, in the httpx naming."""
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.close()
