"""JSON request bodies: media type, UTF-8, parse, validate — each failure a clear envelope."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Collection
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from maas_client.protocol import CODE_INVALID_JSON

from .errors import ServerError, validation_error_from_pydantic

__all__ = ["json_body", "openapi_body"]

M = TypeVar("M", bound=BaseModel)


def _parse_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ServerError(400, "invalid_encoding", "the body must be UTF-8 encoded JSON") from None
    if not text.strip():
        raise ServerError(400, "missing_body", "a JSON body is required")
    try:
        # NaN/Infinity parse here and are refused by the models (allow_inf_nan=False) with the
        # field's name, which is more helpful than a parse error.
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ServerError(400, CODE_INVALID_JSON,
                          f"the body is not valid JSON (line {exc.lineno}, column {exc.colno})"
                          ) from None
    except RecursionError:
        raise ServerError(400, CODE_INVALID_JSON, "the body is nested too deeply") from None
    except ValueError:  # e.g. an integer longer than Python's int/str conversion limit
        raise ServerError(400, CODE_INVALID_JSON,
                          "the body is not JSON this server can parse (a number is too long)"
                          ) from None


def json_body(model: type[M], *, public_keys: Collection[str] = ()
              ) -> Callable[[Request], Awaitable[M]]:
    """A FastAPI dependency that returns the validated body as `model`. `public_keys` are
    keys of free-form fields an error may name (see `validation_error_from_pydantic`)."""

    async def dependency(request: Request) -> M:
        content_type = request.headers.get("content-type", "")
        media, _, params = content_type.partition(";")
        media = media.strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ServerError(415, "unsupported_media_type",
                              "send the body as 'Content-Type: application/json'")
        charset = params.strip().lower().removeprefix("charset=").strip('"') if params else ""
        if charset and charset not in ("utf-8", "utf8"):
            raise ServerError(415, "unsupported_charset", "the body must be UTF-8 encoded")
        data = _parse_json(await request.body())
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise validation_error_from_pydantic(exc.errors(include_input=False),
                                                 public_keys) from None

    return dependency


def openapi_body(model: type[BaseModel]) -> dict[str, Any]:
    """`openapi_extra` that documents `model` as the JSON request body of a route."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {
                "$ref": f"#/components/schemas/{model.__name__}"}}},
        },
        "x-body-model": model.__name__,
    }
