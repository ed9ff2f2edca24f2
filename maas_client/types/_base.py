"""Base classes for wire models shared by the SDK and the reference server."""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PrivateAttr,
    Strict,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

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



def _integral_float_as_int(value: Any) -> Any:
    """JSON Schema's `integer` includes `19.0`: an integral float is that integer. Anything
    else passes through unchanged, for the strict check to refuse."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


#: Wire scalars without coercion: `"1.0"`, `"2"` and `true` are not numbers, `"yes"` is not a
#: boolean (an integer is still a valid float, and an integral float a valid integer, as in
#: JSON Schema).
StrictFloat = Annotated[float, Strict()]
StrictInt = Annotated[int, BeforeValidator(_integral_float_as_int), Strict()]
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


@functools.cache
def visible_text_pattern() -> str:
    """A JSON Schema `pattern` (unanchored) that matches exactly the text `has_visible_text`
    accepts: one character outside the invisible categories. Built from this Python's Unicode
    tables on first use (it walks every code point once), so the document and the check agree."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) in _INVISIBLE_CATEGORIES:
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))

    # Literal characters, not escapes: `\uXXXX` is not Python's syntax for astral code points
    # and `\U` is not ECMA's; a literal reads the same in both (none of these is special in
    # a character class).
    members = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)
    return f"[^{members}]"


class _VisibleText:
    """The visible-text rule: checked by `visible_text`, documented as a `pattern`."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler
                                     ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(visible_text, handler(source))

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["pattern"] = visible_text_pattern()
        return json_schema


#: Annotate a `str` with this: text that shows nothing is refused (see `visible_text`).
VisibleText = _VisibleText()


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
