"""The OpenAPI document, made to tell the truth.

FastAPI's generated document only knows the success answer and a 422 it never sends. This one
adds, for every route, each status the middleware, dependencies and handler can answer with
(all with the error envelope), the headers the server sets, bearer authentication, and request
schemas narrowed to the models this app serves: the diagnosis model's 30 named features with
their accepted ranges, the served model ids, the one embedding size. A schemathesis run with all
checks (tests/test_openapi_conformance.py) keeps it honest.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from maas_client.protocol import TRACEPARENT_HEADER
from maas_client.types import (
    DiagnosisCreateParams,
    EmbeddingCreateParams,
    ErrorEnvelope,
    SummaryCreateParams,
)

__all__ = ["ROUTE_STATUSES", "build_openapi"]

_BODY_MODELS: tuple[type[BaseModel], ...] = (
    EmbeddingCreateParams, DiagnosisCreateParams, SummaryCreateParams,
)
_ERROR_REF = {"$ref": "#/components/schemas/ErrorEnvelope"}
_STRING = {"schema": {"type": "string"}}
_INTEGER = {"schema": {"type": "integer", "minimum": 0}}
_ALWAYS_HEADERS = {
    "X-Request-Id": {"description": "The request's id (echoed when the caller sent a safe one).",
                     **_STRING},
    TRACEPARENT_HEADER: {"description": "W3C trace context: the caller's trace (or a fresh "
                         "one) and the server's span.", **_STRING},
}
_RATE_HEADERS = {
    "RateLimit-Limit": {"description": "Requests per minute allowed for this key.", **_INTEGER},
    "RateLimit-Remaining": {"description": "Requests left in the current burst.", **_INTEGER},
    "RateLimit-Reset": {"description": "Seconds until the burst is full again.", **_INTEGER},
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before retrying.", **_INTEGER}}

_DESCRIPTIONS = {
    400: "The body is not UTF-8 JSON, is empty, or the Idempotency-Key is too long.",
    401: "No API key, or an unknown one (`WWW-Authenticate: Bearer`).",
    403: "The API key lacks this route's scope.",
    404: "No such model (or no such route).",
    409: "The Idempotency-Key was used with another body, or its first request still runs.",
    413: "The body is larger than the server's limit.",
    415: "The body is not `application/json` in UTF-8.",
    422: "A field is missing, unknown, of the wrong type or out of range (`param` names it).",
    429: "Too many requests for this API key.",
    500: "The server failed; the envelope carries the request id.",
    503: "The models are still loading, or the model queue is full.",
}
#: Statuses by what a route goes through.
_AUTH = {401, 429}
_SCOPED = _AUTH | {403}
_BODY = {400, 409, 413, 415, 422, 404, 503}
_ROUTE_STATUSES: dict[tuple[str, str], set[int]] = {
    ("get", "/v1/health"): set(),
    ("get", "/v1/ready"): set(),
    ("get", "/v1/keys"): set(),
    ("get", "/v1/models"): _AUTH,
    ("get", "/v1/models/{model_id}"): _AUTH | {404},
    ("get", "/v1/models/{model_id}/monitoring"): _AUTH | {404},
    ("get", "/metrics"): _SCOPED,
    ("post", "/v1/embeddings"): _SCOPED | _BODY,
    ("post", "/v1/summaries"): _SCOPED | _BODY,
    ("post", "/v1/diagnosis"): _SCOPED | _BODY,
}
#: A route missing here fails tests/test_openapi_conformance.py: say what it can answer.
ROUTE_STATUSES = _ROUTE_STATUSES
_PUBLIC = {("get", "/v1/health"), ("get", "/v1/ready"), ("get", "/v1/keys")}


def _error_response(status: int) -> dict[str, Any]:
    headers = dict(_ALWAYS_HEADERS)
    if status in (409, 429, 503):
        headers.update(_RETRY_AFTER)
    if status == 401:
        headers["WWW-Authenticate"] = {"description": "`Bearer`", **_STRING}
    return {"description": _DESCRIPTIONS[status], "headers": headers,
            "content": {"application/json": {"schema": _ERROR_REF}}}


def _served(cards: dict[str, dict[str, Any]], task: str) -> list[str]:
    return sorted(m for m, card in cards.items() if card.get("task") == task)


def _narrow_bodies(components: dict[str, Any], cards: dict[str, dict[str, Any]]) -> None:
    """Request schemas for what this app serves: model ids, features, dimensions."""
    for name, task in (("EmbeddingCreateParams", "embedding"),
                       ("SummaryCreateParams", "summarization"),
                       ("DiagnosisCreateParams", "diagnosis")):
        served = _served(cards, task)
        if served:
            components[name]["properties"]["model"] = {
                "type": "string", "enum": served, "description": "A served model id."}
    dims = components["EmbeddingCreateParams"]["properties"].get("dimensions")
    if dims is not None:
        components["EmbeddingCreateParams"]["properties"]["dimensions"] = {
            "anyOf": [{"type": "integer", "enum": [384]}, {"type": "null"}],
            "description": "Must be 384 (the model's size) when given."}
    diagnosis = _served(cards, "diagnosis")
    if len(diagnosis) == 1:
        features = cards[diagnosis[0]]["inputs"]["features"]
        components["DiagnosisInput"]["properties"]["features"] = {
            "type": "object",
            "description": f"All {len(features)} features of the model card, each a finite "
                           "number within its accepted range.",
            "properties": {f["name"]: {"type": "number", "minimum": f["min"],
                                       "maximum": f["max"],
                                       "description": f.get("description", "")}
                           for f in features},
            "required": [f["name"] for f in features],
            "additionalProperties": False,
        }


def _describe_responses(components: dict[str, Any]) -> None:
    """Response schemas for what the routes actually send (they render JSON by hand)."""
    embedding = components.get("Embedding", {}).get("properties", {})
    if "embedding" in embedding:  # `encoding_format: base64` sends a string
        embedding["embedding"] = {"anyOf": [
            {"type": "array", "items": {"type": "number"}},
            {"type": "string", "contentEncoding": "base64",
             "description": "little-endian float32 values"}]}


def build_openapi(app: FastAPI, cards: dict[str, dict[str, Any]],
                  max_body_bytes: int) -> dict[str, Any]:
    """The app's OpenAPI document (see the module docstring)."""
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    models: tuple[type[BaseModel], ...] = (*_BODY_MODELS, ErrorEnvelope)
    for model in models:
        body = model.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(body.pop("$defs", {}))
        components[model.__name__] = body
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    _narrow_bodies(components, copy.deepcopy(cards))
    _describe_responses(components)
    schema["components"]["securitySchemes"] = {
        "bearer": {"type": "http", "scheme": "bearer", "description": "An API key."}}
    schema["security"] = [{"bearer": []}]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            statuses = _ROUTE_STATUSES.get((method, path), set()) | {500}
            responses: dict[str, Any] = operation.setdefault("responses", {})
            responses.pop("422", None)
            for code, answer in responses.items():
                if code.startswith("2"):
                    answer["headers"] = {**_ALWAYS_HEADERS,
                                         **(_RATE_HEADERS if statuses & _AUTH else {})}
            for status in sorted(statuses):
                if str(status) not in responses:
                    responses[str(status)] = _error_response(status)
            if (method, path) in _PUBLIC:
                operation["security"] = []
            if "requestBody" in operation:
                operation["requestBody"]["description"] = (
                    f"At most {max_body_bytes} bytes (else 413).")
                operation.setdefault("parameters", []).append({
                    "name": "Idempotency-Key", "in": "header", "required": False,
                    "description": "Replays the first answer for a retry with the same body "
                                   "(an empty value is ignored).",
                    "schema": {"type": "string", "maxLength": 255}})
    return schema
