"""Base classes for wire models shared by the SDK and the reference server."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, PrivateAttr, Strict

from ..protocol import RATE_LIMIT_HEADERS

__all__ = [
    "APIObject",
    "RateLimit",
    "RequestModel",
    "StrictBool",
    "StrictFloat",
    "StrictInt",
    "has_visible_text",
    "visible_text",
]

#: Wire scalars without coercion: `"1.0"`, `"2"` and `true` are not numbers, `"yes"` is not a
#: boolean (an integer is still a valid float).
StrictFloat = Annotated[float, Strict()]
StrictInt = Annotated[int, Strict()]
StrictBool = Annotated[bool, Strict()]

#: Unicode categories that show nothing: separators, controls, format (zero-width) characters.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def has_visible_text(text: str) -> bool:
    """Whether `text` has at least one character that is not whitespace or invisible."""
    return any(unicodedata.category(c) not in _INVISIBLE_CATEGORIES for c in text)


def visible_text(text: str) -> str:
    """A validator: text that shows nothing (whitespace or zero-width only) is refused, like
    an empty string (the message never repeats the text)."""
    if not has_visible_text(text):
        raise ValueError("must contain visible text")
    return text


class RequestModel(BaseModel):
    """A request body: strict about unknown fields and non-finite numbers; numbers and booleans
    use the `Strict*` types so nothing is coerced from a string."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)


VisibleText = AfterValidator(visible_text)


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

        limit_name, remaining_name, reset_name = (h.lower() for h in RATE_LIMIT_HEADERS)
        limit, remaining = num(limit_name), num(remaining_name)
        return cls(
            limit=None if limit is None else int(limit),
            remaining=None if remaining is None else int(remaining),
            reset=num(reset_name),
        )


class APIObject(BaseModel):
    """A response body. Tolerates fields added by newer servers; carries the request id."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    _request_id: str | None = PrivateAttr(default=None)
    _rate_limit: RateLimit | None = PrivateAttr(default=None)

    @property
    def request_id(self) -> str | None:
        """The server's `X-Request-Id` for the call that returned this object."""
        return self._request_id

    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the response that carried this object."""
        return self._rate_limit

    def _attach(self, request_id: str | None, rate_limit: RateLimit | None) -> None:
        self._request_id = request_id
        self._rate_limit = rate_limit
