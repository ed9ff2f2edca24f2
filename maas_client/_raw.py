"""`client.with_raw_response.<resource>.<method>(...)`: the parsed object plus the HTTP
status and headers of the answer it came from.

The driver records each answer's status and headers in a context variable that only the
raw wrappers set, so ordinary calls pay one `ContextVar.get()` and nothing else.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

import httpx

__all__ = ["RawResponse", "async_to_raw", "record_answer", "to_raw"]

T = TypeVar("T")
P = ParamSpec("P")
Answer = tuple[int, httpx.Headers]

_answers: ContextVar[list[Answer] | None] = ContextVar("maas_raw_answers", default=None)


def record_answer(status: int, headers: httpx.Headers) -> None:
    """Called by the drivers for each parsed answer (a no-op outside `with_raw_response`)."""
    seen = _answers.get()
    if seen is not None:
        seen.append((status, headers))


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """The answer of one call: `status_code` and `headers` of its (last) HTTP response, and
    `parse()` for the object the ordinary method returns. A long embeddings list sent in
    chunks has one entry per chunk in `responses`."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    responses: tuple[Answer, ...]

    def parse(self) -> T:
        """The parsed response object (what the ordinary method returns)."""
        return self.parsed

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the (last) response."""
        value: str | None = self.headers.get("x-request-id")
        return value


def _build(parsed: T, seen: list[Answer]) -> RawResponse[T]:
    status, headers = seen[-1] if seen else (200, httpx.Headers())
    return RawResponse(status, headers, parsed, tuple(seen))


def to_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a sync resource method so it returns a `RawResponse`."""
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        seen: list[Answer] = []
        token = _answers.set(seen)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _answers.reset(token)
        return _build(parsed, seen)

    return wrapped


def async_to_raw(method: Callable[P, Awaitable[T]]
                 ) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap an async resource method so it returns a `RawResponse`."""
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        seen: list[Answer] = []
        token = _answers.set(seen)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _answers.reset(token)
        return _build(parsed, seen)

    return wrapped
