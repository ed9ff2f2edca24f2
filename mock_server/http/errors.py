"""The error envelope: one exception type for the handlers, one renderer for every error."""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

from maas_client.types import ERROR_TYPES

__all__ = [
    "ServerError",
    "error_response",
    "install_error_handlers",
    "param_from_loc",
    "send_error",
    "validation_error_from_pydantic",
]

log = logging.getLogger("mock_server")


class ServerError(Exception):
    """Raise anywhere in a handler to answer with the error envelope.

    The message must name fields, never echo request values (they may hold PHI).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.param = param
        self.headers = dict(headers or {})


def error_body(
    status: int, code: str, message: str, param: str | None, request_id: str | None
) -> bytes:
    """The JSON bytes of `{"error": {...}}`."""
    fallback = "internal_error" if status >= 500 else "invalid_request"
    return json.dumps(
        {
            "error": {
                "type": ERROR_TYPES.get(status, fallback),
                "code": code,
                "message": message,
                "param": param,
                "request_id": request_id,
            }
        }
    ).encode()


async def send_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    *,
    param: str | None = None,
    request_id: str | None = None,
    headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    """Send a complete error answer with the envelope from pure ASGI middleware."""
    body = error_body(status, code, message, param, request_id)
    raw = [(b"content-type", b"application/json"),
           (b"content-length", str(len(body)).encode()), *headers]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def error_response(
    status: int,
    code: str,
    message: str,
    *,
    param: str | None = None,
    request_id: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A complete error response with the envelope."""
    return Response(
        error_body(status, code, message, param, request_id),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


def param_from_loc(loc: Sequence[int | str]) -> str:
    """`("body", "inputs", 0, "features", "x")` → `inputs[0].features.x`."""
    out = ""
    for part in loc:
        if part == "body" and not out:
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "body"


_SAFE_MESSAGES = {
    "missing": "is required",
    "extra_forbidden": "is not a known field",
    "json_invalid": "is not valid JSON",
    "finite_number": "must be a finite number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "int_parsing": "must be an integer",
    "int_type": "must be an integer",
    "string_type": "must be a string",
    "bool_type": "must be a boolean",
    "bool_parsing": "must be a boolean",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "too_short": "has too few items",
    "too_long": "has too many items",
    "string_too_short": "is too short",
    "string_too_long": "is too long",
    "greater_than_equal": "is below the minimum",
    "less_than_equal": "is above the maximum",
    "literal_error": "is not one of the allowed values",
    "value_error": "is invalid",
}
#: Fields whose keys the caller chooses (feature names): an error path stops at the field, so
#: no message or `param` repeats a caller-supplied key.
_FREE_FORM_FIELDS = frozenset({"features"})


def validation_error_from_pydantic(errors: Sequence[Mapping[str, Any]],
                                   public_keys: Collection[str] = ()) -> ServerError:
    """Turn pydantic's first error into a 422 that names the field and never the value.

    Below a free-form field (`features`) the path stops at the field unless the key is one of
    `public_keys` (e.g. the feature names of the model cards): a caller's own key is never
    repeated."""
    def strip(loc: Sequence[int | str]) -> tuple[int | str, ...]:
        # A union (str | list[str]) tags each branch in the path: name the field, not the branch.
        out: list[int | str] = []
        free_form = False
        for p in loc:
            if free_form:
                if isinstance(p, str) and p in public_keys:
                    out.append(p)
                break
            if isinstance(p, int) or p.isidentifier():
                out.append(p)
            free_form = p in _FREE_FORM_FIELDS
        return tuple(out)

    def rank(e: Mapping[str, Any]) -> tuple[int, int]:
        # The deepest path, then a specific complaint over a type mismatch of a union branch.
        return len(strip(e.get("loc", ()))), int(not str(e.get("type", "")).endswith("_type"))

    err = max(errors, key=rank) if errors else {"loc": (), "type": "invalid"}
    full_loc = tuple(err.get("loc", ()))
    loc = strip(full_loc)
    kind = str(err.get("type", "invalid"))
    ctx = err.get("ctx") or {}
    detail = _SAFE_MESSAGES.get(kind, "is invalid")
    if kind == "value_error" and "visible text" in str(err.get("msg", "")):
        # whitespace-only or invisible-only text: refused exactly like ""
        kind, detail = "string_too_short", "must contain visible text"
    elif kind in ("too_short", "too_long") and isinstance(ctx, Mapping):
        bound = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
        detail = f"must have {'at least' if kind == 'too_short' else 'at most'} {bound} items"
    elif kind in ("greater_than_equal", "less_than_equal") and isinstance(ctx, Mapping):
        bound = ctx.get("ge") if kind == "greater_than_equal" else ctx.get("le")
        detail = f"must be {'>=' if kind == 'greater_than_equal' else '<='} {bound}"
    if loc and loc[-1] in _FREE_FORM_FIELDS and len(loc) < len(full_loc):
        detail = f"has an entry that {detail}"  # which one would repeat the caller's key
    param = param_from_loc(loc)
    return ServerError(422, kind if kind in _SAFE_MESSAGES else "invalid_value",
                       f"{param} {detail}", param=param)


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error, ours or the framework's, answer with the envelope."""

    @app.exception_handler(ServerError)
    async def _server_error(request: Request, exc: ServerError) -> Response:
        return error_response(exc.status, exc.code, exc.message, param=exc.param,
                              request_id=_request_id(request), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        err = validation_error_from_pydantic(exc.errors())
        return error_response(err.status, err.code, err.message, param=err.param,
                              request_id=_request_id(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {404: ("not_found", "no such route"), 405: ("method_not_allowed",
                 "method not allowed on this route")}
        code, message = codes.get(exc.status_code, ("http_error", "request failed"))
        return error_response(exc.status_code, code, message, request_id=_request_id(request),
                              headers=getattr(exc, "headers", None))
