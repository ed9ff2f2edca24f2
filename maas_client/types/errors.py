"""The error envelope every non-2xx response carries."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["ERROR_TYPES", "ErrorBody", "ErrorEnvelope"]

#: The `type` of an error by HTTP status, per the wire contract.
ERROR_TYPES: dict[int, str] = {
    400: "invalid_request",
    401: "authentication_error",
    403: "permission_denied",
    404: "not_found",
    405: "invalid_request",
    408: "timeout",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limit_exceeded",
    500: "internal_error",
    503: "overloaded",
    504: "timeout",
}


class ErrorBody(BaseModel):
    """One error: machine-readable `type` and `code`, the offending `param`, a safe message."""

    model_config = ConfigDict(extra="allow")

    type: str
    code: str
    message: str
    param: str | None = None
    request_id: str | None = None


class ErrorEnvelope(BaseModel):
    """`{"error": {...}}`."""

    model_config = ConfigDict(extra="allow")

    error: ErrorBody
