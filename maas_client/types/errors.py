"""The error envelope every non-2xx response carries."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..protocol import ERROR_TYPES

__all__ = ["ERROR_TYPES", "ErrorBody", "ErrorEnvelope"]

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
