"""The exception tree of the SDK. Every error the client raises is a :class:`MaaSError`.

Messages carry metadata only (status, type, code, param, request id): never a request or
response body, never input text, never an API key.

::

    MaaSError
    ├── InvalidParametersError (also ValueError)   bad arguments, raised before any I/O
    ├── EncryptionError                            sealing could not be applied or opened
    └── APIError                                   something went wrong talking to the API
        ├── APIConnectionError                     no usable response (DNS, refused, reset)
        │   └── APITimeoutError                    an attempt or the total deadline ran out
        ├── APIResponseValidationError             a 2xx body that breaks the contract
        └── APIStatusError                         a non-2xx answer
            ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403
            ├── NotFoundError 404, ConflictError 409, PayloadTooLargeError 413
            ├── UnprocessableEntityError 422, RateLimitError 429
            └── InternalServerError 500+
                └── ServiceUnavailableError 503
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EncryptionError",
    "InternalServerError",
    "InvalidParametersError",
    "MaaSError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "make_status_error",
    "safe_text",
]

_MAX_FIELD = 200


def safe_text(value: object, limit: int = _MAX_FIELD) -> str:
    """`value` as one printable line of at most `limit` characters (for messages and logs)."""
    text = "".join(c if c.isprintable() else " " for c in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MaaSError(Exception):
    """Base class of every exception raised by `maas_client`."""


class InvalidParametersError(MaaSError, ValueError):
    """A call's arguments failed validation; nothing was sent.

    `errors` lists `{"loc", "type", "msg"}` per problem (the offending values are never kept).
    """

    def __init__(self, message: str, errors: Sequence[Mapping[str, Any]] = ()) -> None:
        super().__init__(message)
        self.errors: list[dict[str, Any]] = [dict(e) for e in errors]


class EncryptionError(MaaSError):
    """End-to-end encryption was required but could not be applied, or an answer did not open."""


class APIError(MaaSError):
    """An error while calling the API. `request_id` is the server's id when one is known."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id


class APIConnectionError(APIError):
    """No usable HTTP response arrived (connection refused or reset, DNS, protocol error)."""

    def __init__(self, message: str = "Connection error.", *, request_id: str | None = None
                 ) -> None:
        super().__init__(message, request_id=request_id)


class APITimeoutError(APIConnectionError):
    """An attempt timed out, or the call's total `deadline` was used up."""

    def __init__(self, message: str = "Request timed out.", *, request_id: str | None = None
                 ) -> None:
        super().__init__(message, request_id=request_id)


class APIResponseValidationError(APIError):
    """A response that does not match the contract: malformed JSON, wrong shape, truncated."""

    def __init__(self, message: str, *, status_code: int, request_id: str | None = None) -> None:
        super().__init__(message, request_id=request_id)
        self.status_code = status_code


class APIStatusError(APIError):
    """A non-2xx answer, with the fields of its error envelope.

    Attributes: `status_code`, `request_id`, `type`, `code`, `param`, `headers` (the response
    headers). The response body itself is not kept.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: httpx.Headers,
        request_id: str | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.status_code = status_code
        self.headers = headers
        self.type = type
        self.code = code
        self.param = param


class BadRequestError(APIStatusError):
    """400 `invalid_request`."""


class AuthenticationError(APIStatusError):
    """401: missing or unknown API key."""


class PermissionDeniedError(APIStatusError):
    """403: the key lacks the route's scope."""


class NotFoundError(APIStatusError):
    """404: unknown route or model."""


class ConflictError(APIStatusError):
    """409, e.g. `idempotency_conflict` (same key, different body)."""


class PayloadTooLargeError(APIStatusError):
    """413: the body is over the server's limit."""


class UnprocessableEntityError(APIStatusError):
    """422 `validation_error`: the server rejected a field (named in `param`)."""


class RateLimitError(APIStatusError):
    """429 `rate_limit_exceeded`; see `headers["retry-after"]`."""


class InternalServerError(APIStatusError):
    """500 and every other 5xx status."""


class ServiceUnavailableError(InternalServerError):
    """503 `overloaded`: the model queue is full."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status."""
    found = _BY_STATUS.get(status_code)
    if found is not None:
        return found
    return InternalServerError if status_code >= 500 else APIStatusError


def make_status_error(
    status_code: int,
    headers: httpx.Headers,
    *,
    request_id: str | None,
    type: str | None = None,
    code: str | None = None,
    param: str | None = None,
    message: str | None = None,
) -> APIStatusError:
    """Build the exception for a non-2xx answer from its (already parsed) envelope fields."""
    cls = status_error_class(status_code)
    text = safe_text(message) if message else "the response carried no error envelope"
    details = ", ".join(
        f"{k}={safe_text(v, 64)}" for k, v in (("type", type), ("code", code), ("param", param))
        if v is not None
    )
    full = f"Error {status_code}: {text}"
    if details:
        full += f" ({details})"
    full += f" [request_id={safe_text(request_id, 128) if request_id else 'unknown'}]"
    return cls(
        full,
        status_code=status_code,
        headers=headers,
        request_id=request_id,
        type=None if type is None else safe_text(type, 64),
        code=None if code is None else safe_text(code, 64),
        param=None if param is None else safe_text(param, _MAX_FIELD),
    )
