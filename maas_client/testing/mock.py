"""`MockMaaS`: a respx router that speaks the wire contract, for unit tests with no server.

Answers are contract-valid and derived from the input (deterministic unit-length embeddings,
diagnoses from the features, extractive summaries with exact offsets). Faults are scripted per
route: `.fail(...)`, `.timeout()`, `.connection_error()`, `.malformed()`, `.truncated()`.
Every call is recorded (without its `Authorization` header) in `.calls`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
import struct
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal

import httpx
import respx

from ..protocol import EMBEDDING_DIMENSIONS
from ..types import ERROR_TYPES

__all__ = ["MockMaaS", "RecordedCall"]

Route = Literal["embeddings", "diagnosis", "summaries", "models"]
_PATHS: dict[str, str] = {
    "embeddings": "/v1/embeddings",
    "diagnosis": "/v1/diagnosis",
    "summaries": "/v1/summaries",
    "models": "/v1/models",
}
_DIM = EMBEDDING_DIMENSIONS
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class RecordedCall:
    """One request the mock answered (or failed)."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any
    response_status: int | None


@dataclass
class _Fault:
    kind: Literal["status", "timeout", "connect", "malformed", "truncated"]
    status: int = 503
    retry_after: float | None = None
    code: str | None = None


@dataclass
class MockMaaS:
    """Mock the MaaS API at `base_url` with respx. Use as a context manager (sync or async)."""

    base_url: str = "http://127.0.0.1:8000"
    calls: list[RecordedCall] = field(default_factory=list)
    _faults: dict[str, deque[_Fault]] = field(default_factory=dict)
    _router: respx.MockRouter | None = None

    # -- scripting ------------------------------------------------------------------------
    def _queue(self, route: Route, fault: _Fault, times: int) -> MockMaaS:
        self._faults.setdefault(_PATHS[route], deque()).extend([fault] * times)
        return self

    def fail(self, route: Route = "embeddings", *, times: int = 1, status: int = 503,
             retry_after: float | None = None, code: str | None = None) -> MockMaaS:
        """The next `times` calls of `route` answer `status` with the error envelope."""
        return self._queue(route, _Fault("status", status, retry_after, code), times)

    def timeout(self, route: Route = "embeddings", *, times: int = 1) -> MockMaaS:
        """The next `times` calls of `route` time out."""
        return self._queue(route, _Fault("timeout"), times)

    def connection_error(self, route: Route = "embeddings", *, times: int = 1) -> MockMaaS:
        """The next `times` calls of `route` fail to connect."""
        return self._queue(route, _Fault("connect"), times)

    def malformed(self, route: Route = "embeddings", *, times: int = 1) -> MockMaaS:
        """The next `times` calls of `route` answer 200 with a body that is not valid JSON."""
        return self._queue(route, _Fault("malformed"), times)

    def truncated(self, route: Route = "embeddings", *, times: int = 1) -> MockMaaS:
        """The next `times` calls of `route` answer 200 with half of a valid body."""
        return self._queue(route, _Fault("truncated"), times)

    def calls_to(self, route: Route) -> list[RecordedCall]:
        """The recorded calls of one route (and its sub-paths)."""
        return [c for c in self.calls if c.path.startswith(_PATHS[route])]

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> MockMaaS:
        """Start intercepting httpx requests to `base_url`."""
        router = respx.mock(base_url=self.base_url, assert_all_called=False)
        router.route(path__regex=r"^/v1/.*").mock(side_effect=self._handle)
        # The mock publishes no OHTTP keys: encryption="auto" sends plain requests to it.
        router.get("/.well-known/ohttp-gateway").mock(return_value=httpx.Response(
            404, json={"error": {"type": "not_found", "code": "not_found",
                                 "message": "no OHTTP gateway", "param": None,
                                 "request_id": None}}))
        router.start()
        self._router = router
        return self

    def stop(self) -> None:
        """Stop intercepting."""
        if self._router is not None:
            self._router.stop()
            self._router = None

    def __enter__(self) -> MockMaaS:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    async def __aenter__(self) -> MockMaaS:
        return self.start()

    async def __aexit__(self, et: type[BaseException] | None, ev: BaseException | None,
                        tb: TracebackType | None) -> None:
        self.stop()

    # -- answering ------------------------------------------------------------------------
    def _handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        try:
            body = json.loads(request.content) if request.content else None
        except ValueError:
            body = None
        headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        request_id = f"req_mock_{uuid.uuid4().hex[:12]}"
        queue = self._faults.get(path) or self._faults.get(path.rsplit("/", 1)[0])
        fault = queue.popleft() if queue else None
        response = self._answer(request, path, body, fault, request_id)
        self.calls.append(RecordedCall(request.method, path, headers, body,
                                       None if response is None else response.status_code))
        if response is None:
            assert fault is not None
            if fault.kind == "timeout":
                raise httpx.ReadTimeout("mocked timeout", request=request)
            raise httpx.ConnectError("mocked connection error", request=request)
        return response

    def _answer(self, request: httpx.Request, path: str, body: Any, fault: _Fault | None,
                request_id: str) -> httpx.Response | None:
        hdrs = {"x-request-id": request_id, "content-type": "application/json"}
        if fault is not None and fault.kind in ("timeout", "connect"):
            return None
        if fault is not None and fault.kind == "status":
            if fault.retry_after is not None:
                hdrs["retry-after"] = f"{fault.retry_after:g}"
            err = {"error": {"type": ERROR_TYPES.get(fault.status, "internal_error"),
                             "code": fault.code or "injected_fault", "message": "mocked fault",
                             "param": None, "request_id": request_id}}
            return httpx.Response(fault.status, headers=hdrs, json=err)
        if not request.headers.get("authorization", "").startswith("Bearer "):
            err = {"error": {"type": "authentication_error", "code": "missing_api_key",
                             "message": "provide an API key", "param": None,
                             "request_id": request_id}}
            return httpx.Response(401, headers=hdrs, json=err)
        handler = _HANDLERS.get(path)
        if handler is None and path.startswith("/v1/models/"):
            payload: Any = _card(path.removeprefix("/v1/models/"))
            if payload is None:
                err = {"error": {"type": "not_found", "code": "model_not_found",
                                 "message": "no model with that id", "param": "model_id",
                                 "request_id": request_id}}
                return httpx.Response(404, headers=hdrs, json=err)
        elif handler is None:
            return httpx.Response(404, headers=hdrs, json={"error": {
                "type": "not_found", "code": "not_found", "message": "no such route",
                "param": None, "request_id": request_id}})
        else:
            payload = handler(body or {})
        content = json.dumps(payload).encode()
        if fault is not None and fault.kind == "malformed":
            content = b'{"object": "list", "data": [{"obj'
        elif fault is not None and fault.kind == "truncated":
            content = content[: len(content) // 2]
        return httpx.Response(200, headers=hdrs, content=content)


def _embedding(text: str) -> list[float]:
    rng = random.Random(hashlib.sha256(text.encode()).digest())
    vec = [rng.gauss(0.0, 1.0) for _ in range(_DIM)]
    norm = math.sqrt(sum(v * v for v in vec))
    return [v / norm for v in vec]


def _embeddings(body: dict[str, Any]) -> dict[str, Any]:
    texts = body.get("input", [])
    texts = [texts] if isinstance(texts, str) else list(texts)
    as_b64 = body.get("encoding_format") == "base64"
    data = []
    for i, text in enumerate(texts):
        vec = _embedding(str(text))
        emb: Any = base64.b64encode(struct.pack(f"<{_DIM}f", *vec)).decode() if as_b64 else vec
        data.append({"object": "embedding", "index": i, "embedding": emb})
    tokens = sum(min(256, len(str(t).split()) + 2) for t in texts)
    return {"object": "list", "model": body.get("model", "minilm-l6-v2"), "data": data,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}


def _diagnosis(body: dict[str, Any]) -> dict[str, Any]:
    results = []
    for i, item in enumerate(body.get("inputs", [])):
        feats: dict[str, float] = item.get("features", {})
        # A transparent stand-in rule: larger, more concave nuclei → malignant.
        z = (feats.get("worst_area", 700.0) - 700.0) / 300.0 + (
            feats.get("worst_concave_points", 0.11) - 0.11) / 0.05
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        explanation = None
        if body.get("explain"):
            explanation = [{"feature": k, "value": v, "attribution": 0.0}
                           for k, v in sorted(feats.items())]
        results.append({"index": i, "label": "malignant" if p >= 0.5 else "benign",
                        "probability": p, "probabilities": {"malignant": p, "benign": 1 - p},
                        "explanation": explanation})
    return {"id": f"diag_mock_{uuid.uuid4().hex[:12]}", "object": "diagnosis",
            "model": body.get("model", "wdbc-mlp"), "model_version": "mock", "results": results}


def _summary(body: dict[str, Any]) -> dict[str, Any]:
    text: str = body.get("text", "")
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    chosen = spans[: int(body.get("max_sentences", 3))]
    sentences: list[dict[str, Any]] = [
        {"text": text[s:e], "start": s, "end": e, "score": 1.0 - k / 100, "section": None}
        for k, (s, e) in enumerate(chosen)
    ]
    return {"id": f"sum_mock_{uuid.uuid4().hex[:12]}", "object": "summary",
            "model": body.get("model", "clinical-extractive"),
            "summary": " ".join(text[s:e] for s, e in chosen), "sentences": sentences,
            "usage": {"input_sentences": len(spans), "input_tokens": len(text.split())}}


_TASKS = {"minilm-l6-v2": "embedding", "wdbc-mlp": "diagnosis",
          "clinical-extractive": "summarization"}
# The diagnosis model's 30 features as the reference server's card lists them (name, largest
# value, unit; each from 0), so that code building a case from the card runs against both.
_WDBC_FEATURES: tuple[tuple[str, float, str], ...] = (
    ("mean_radius", 42.17, "pixels"),
    ("mean_texture", 58.92, "grey levels"),
    ("mean_perimeter", 282.8, "pixels"),
    ("mean_area", 3749.0, "pixels²"),
    ("mean_smoothness", 0.2171, "unitless"),
    ("mean_compactness", 0.5182, "unitless"),
    ("mean_concavity", 0.6403, "unitless"),
    ("mean_concave_points", 0.3018, "unitless"),
    ("mean_symmetry", 0.456, "unitless"),
    ("mean_fractal_dimension", 0.1462, "unitless"),
    ("radius_error", 4.31, "pixels"),
    ("texture_error", 7.328, "grey levels"),
    ("perimeter_error", 32.97, "pixels"),
    ("area_error", 788.4, "pixels²"),
    ("smoothness_error", 0.0467, "unitless"),
    ("compactness_error", 0.2031, "unitless"),
    ("concavity_error", 0.594, "unitless"),
    ("concave_points_error", 0.07919, "unitless"),
    ("symmetry_error", 0.1185, "unitless"),
    ("fractal_dimension_error", 0.04476, "unitless"),
    ("worst_radius", 49.7, "pixels"),
    ("worst_texture", 74.32, "grey levels"),
    ("worst_perimeter", 344.0, "pixels"),
    ("worst_area", 5148.0, "pixels²"),
    ("worst_smoothness", 0.3277, "unitless"),
    ("worst_compactness", 1.587, "unitless"),
    ("worst_concavity", 1.878, "unitless"),
    ("worst_concave_points", 0.4366, "unitless"),
    ("worst_symmetry", 0.9958, "unitless"),
    ("worst_fractal_dimension", 0.3113, "unitless"),
)


def _card(model_id: str) -> dict[str, Any] | None:
    task = _TASKS.get(model_id)
    if task is None:
        return None
    inputs: dict[str, Any] = {}
    if model_id == "wdbc-mlp":
        inputs = {"features": [{"name": name, "unit": unit, "min": 0.0, "max": top}
                               for name, top, unit in _WDBC_FEATURES], "all_required": True}
    return {"id": model_id, "object": "model", "task": task, "version": "mock",
            "description": "MockMaaS stand-in card", "inputs": inputs, "outputs": {},
            "metrics": {},
            "training_data": "none (mock)", "intended_use": "unit tests",
            "limitations": "answers are synthetic", "created": 0}


def _models(_: dict[str, Any]) -> dict[str, Any]:
    return {"object": "list", "data": [_card(m) for m in _TASKS]}


_HANDLERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "/v1/embeddings": _embeddings,
    "/v1/diagnosis": _diagnosis,
    "/v1/summaries": _summary,
    "/v1/models": _models,
}
