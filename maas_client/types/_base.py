"""Base classes for wire models shared by the SDK and the reference server."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, PrivateAttr

__all__ = ["APIObject", "RateLimit", "RequestModel"]


class RequestModel(BaseModel):
    """A request body: strict about unknown fields and non-finite numbers."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)


class RateLimit(BaseModel):
    """The `RateLimit-*` headers of one response, when the server sent them."""

    model_config = ConfigDict(frozen=True)

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit:
        """Read the `RateLimit-Limit`, `-Remaining` and `-Reset` headers; bad values → None."""

        def num(name: str) -> float | None:
            raw = headers.get(name)
            if raw is None:
                return None
            try:
                return float(raw.strip())
            except ValueError:
                return None

        limit, remaining = num("ratelimit-limit"), num("ratelimit-remaining")
        return cls(
            limit=None if limit is None else int(limit),
            remaining=None if remaining is None else int(remaining),
            reset=num("ratelimit-reset"),
        )


class APIObject(BaseModel):
    """A response body. Tolerates fields added by newer servers; carries the request id."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    _request_id: str | None = PrivateAttr(default=None)
    _rate_limit: RateLimit | None = PrivateAttr(default=None)
    _replayed: bool = PrivateAttr(default=False)

    @property
    def request_id(self) -> str | None:
        """The server's `X-Request-Id` for the call that returned this object."""
        return self._request_id

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the response that carried this object."""
        return self._rate_limit

    @property
    def replayed(self) -> bool:
        """True when the server answered from its idempotency store (`Idempotent-Replayed:
        true`): the work was done by an earlier request with the same `Idempotency-Key`."""
        return self._replayed

    def _attach(self, request_id: str | None, rate_limit: RateLimit | None,
                replayed: bool = False) -> None:
        self._request_id = request_id
        self._rate_limit = rate_limit
        self._replayed = replayed
