"""The two ASGI layers that observe requests.

* :class:`ObservabilityMiddleware`, outermost: opens the request's :class:`Observation` and
  server span, adds the `traceparent` response header, and when the answer is complete writes
  the access-log line, the metrics and the audit record.
* :class:`RequestCaptureMiddleware`, just outside idempotency (inside the OHTTP gateway, so it
  sees the decrypted inner request): the input's size and HMAC, the API-key id, the route, the
  idempotency key and whether the answer was a replay.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from datetime import UTC, datetime
from typing import Any

from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from maas_client.protocol import RETRY_COUNT_HEADER, TRACEPARENT_HEADER, parse_traceparent

from ..http.errors import ServerError
from ..policy.auth import authenticate
from ..policy.gateway import GATEWAY_PATH
from .access_log import access_record, log_access
from .audit import AuditLog
from .context import Observation, _current, current_observation
from .metrics import ServerMetrics
from .tracing import server_span

__all__ = ["ObservabilityMiddleware", "RequestCaptureMiddleware", "route_template"]

_SAFE_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_UNAUDITED = frozenset({"/v1/health", "/v1/ready"})
_ERROR_BODY_LIMIT = 4096


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value)
    return None


def route_template(scope: Scope) -> str:
    """The template of the route `scope` matches (`/v1/models/{model_id}`), never the raw path;
    `unmatched` when no route does."""
    route = scope.get("route")
    if route is not None and getattr(route, "path", None):
        return str(route.path)
    # Answered before routing (a middleware's error, an idempotent replay, an admission
    # refusal): match it ourselves against the documented paths.
    app = scope.get("app")
    if app is None:
        return "unmatched"
    path = str(scope.get("path", ""))
    return next((template for regex, template in route_patterns(app) if regex.match(path)),
                "unmatched")


def route_patterns(app: Any) -> list[tuple[re.Pattern[str], str]]:
    """The documented route templates of `app` as regexes, built once from its OpenAPI
    document. The server builds them at start-up: the first build takes a noticeable fraction
    of a second, which must not land on a request (under a flood, the first refusal)."""
    patterns: list[tuple[re.Pattern[str], str]] | None = getattr(app.state, "_route_patterns",
                                                                 None)
    if patterns is None:
        paths = [*app.openapi().get("paths", {}), GATEWAY_PATH]
        patterns = [(compile_path(path)[0], path) for path in paths]
        app.state._route_patterns = patterns
    return patterns


def _attempt(scope: Scope) -> int | None:
    raw = _header(scope, RETRY_COUNT_HEADER.lower().encode())
    if raw is None:
        return 0
    return int(raw) if raw.isdigit() and len(raw) <= 6 else None


def _error_code(status: int, content_type: bytes | None, body: bytes) -> str | None:
    if status < 400 or not content_type or b"json" not in content_type:
        return None
    try:
        code = json.loads(body)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None
    # Codes are the server's own literals; anything else is not trusted into a label.
    return code if isinstance(code, str) and re.fullmatch(r"[a-z_]{1,64}", code) else "other"


class ObservabilityMiddleware:
    """Trace context, access log, metrics and the audit record for every HTTP request."""

    def __init__(self, app: ASGIApp, metrics: ServerMetrics, audit: AuditLog | None) -> None:
        self.app = app
        self.metrics = metrics
        self.audit = audit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        outer = current_observation()
        if outer is not None:
            await self._inner_request(outer, scope, receive, send)
            return
        started = time.perf_counter()
        method = str(scope.get("method", ""))
        status = 500
        content_type: bytes | None = None
        error_body: list[bytes] = []
        recorded = False
        with server_span(_header(scope, TRACEPARENT_HEADER.encode()), method) as span:
            obs = Observation(span=span, method=method, attempt=_attempt(scope))
            token = _current.set(obs)

            def finish() -> None:
                nonlocal recorded
                recorded = True
                route = obs.route or route_template(scope)
                state = scope.get("state", {})
                # A client gone before any answer is 499 (set by the request context), not 500.
                answered = state.get("status_override", status)
                final, code = answered, _error_code(answered, content_type, b"".join(error_body))
                if obs.inner_status is not None and status == 200:  # a sealed answer
                    final, code = obs.inner_status, obs.inner_error_code
                # a sealed request's inner span (if any) is the one logged; this is the gateway's
                span.finish(method, route if obs.span is span else route_template(scope),
                            final if obs.span is span else status)
                self._record(scope, obs, route, final, code, time.perf_counter() - started)

            async def observed_send(message: Message) -> None:
                nonlocal status, content_type
                if message["type"] == "http.response.start":
                    status = message["status"]
                    headers = [(k, v) for k, v in message.get("headers", [])
                               if k.lower() != TRACEPARENT_HEADER.encode()]
                    content_type = next((v for k, v in headers if k.lower() == b"content-type"),
                                        None)
                    headers.append((TRACEPARENT_HEADER.encode(), span.traceparent.encode()))
                    message = {**message, "headers": headers}
                elif message["type"] == "http.response.body":
                    if status >= 400 and sum(map(len, error_body)) < _ERROR_BODY_LIMIT:
                        error_body.append(message.get("body", b""))
                    if not message.get("more_body") and not recorded:
                        finish()  # before the last byte goes out: a caller never outruns it
                await send(message)

            try:
                await self.app(scope, receive, observed_send)
            finally:
                _current.reset(token)
                if not recorded:
                    finish()

    async def _inner_request(self, obs: Observation, scope: Scope, receive: Receive,
                             send: Send) -> None:
        """A sealed request's decrypted inner request, which the OHTTP gateway runs through the
        whole app again. It belongs to the outer request's observation (one record per
        request); its status and error code are the ones recorded. The caller's `traceparent`
        travels inside the encryption: when present, the inner request gets its own server
        span, child of the caller's, and that span is the one logged and audited (the outer
        answer, which the relay sees, keeps the gateway's unrelated trace)."""
        obs.sealed = True
        content_type: bytes | None = None
        body: list[bytes] = []
        sent = _header(scope, TRACEPARENT_HEADER.encode())
        with contextlib.ExitStack() as stack:
            inner_span = None
            if sent is not None and parse_traceparent(sent) is not None:
                inner_span = obs.span = stack.enter_context(server_span(sent, obs.method))

            async def inner_send(message: Message) -> None:
                nonlocal content_type
                if message["type"] == "http.response.start":
                    obs.inner_status = int(message["status"])
                    headers = [(k, v) for k, v in message.get("headers", [])
                               if k.lower() != TRACEPARENT_HEADER.encode()]
                    content_type = next((v for k, v in headers if k.lower() == b"content-type"),
                                        None)
                    headers.append((TRACEPARENT_HEADER.encode(), obs.span.traceparent.encode()))
                    message = {**message, "headers": headers}
                elif message["type"] == "http.response.body" and obs.inner_status:
                    body.append(message.get("body", b""))
                    if not message.get("more_body"):
                        obs.inner_error_code = _error_code(obs.inner_status, content_type,
                                                           b"".join(body)[:_ERROR_BODY_LIMIT])
                await send(message)

            try:
                await self.app(scope, receive, inner_send)
            finally:
                if inner_span is not None:
                    inner_span.finish(obs.method, route_template(scope), obs.inner_status or 500)

    def _record(self, scope: Scope, obs: Observation, route: str, status: int,
                code: str | None, latency: float) -> None:
        request_id = scope.get("state", {}).get("request_id")
        key_id = obs.key_id or "anonymous"
        m = self.metrics
        m.requests.labels(obs.method, route, str(status), key_id).inc()
        m.latency.labels(obs.method, route).observe(latency)
        if code is not None:
            m.errors.labels(route, code).inc()
        if obs.attempt:
            m.retries.labels(route).inc()
        if code == "rate_limit_exceeded":
            m.rate_limited.labels(key_id).inc()
        if obs.idempotent_replay:
            m.replays.labels(route).inc()
        if code == "decryption_failed":
            m.decryption_failures.inc()
        log_access(access_record(obs, scope.get("state", {}), route, status, code, latency))
        if self.audit is not None and route not in _UNAUDITED:
            self.audit.append({
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "request_id": request_id,
                "trace_id": obs.span.trace_id,
                "key_id": obs.key_id,
                "method": obs.method,
                "route": route,
                "model": obs.model,
                "model_version": obs.model_version,
                "status": status,
                "outcome": "ok" if status < 400 else (code or "error"),
                "idempotency_key": obs.idempotency_key,
                "idempotent_replay": obs.idempotent_replay,
                "sealed": obs.sealed,
                "input": {"bytes": obs.input_bytes, "items": obs.input_items,
                          "hmac": obs.input_hmac},
            })


def _count_items(body: bytes) -> int | None:
    """How many texts or cases a JSON body holds (`input` list or string, `inputs`, `text`)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    for name in ("input", "inputs"):
        value = data.get(name)
        if isinstance(value, list):
            return len(value)
        if value is not None:
            return 1
    return 1 if "text" in data else None


def _key_id(scope: Scope) -> str | None:
    try:
        keys = scope["app"].state.settings.effective_api_keys
        authorization = _header(scope, b"authorization")
        principal = authenticate(authorization.decode("latin-1") if authorization else None,
                                 keys)
        return str(principal.key_id)
    except (ServerError, KeyError, AttributeError):
        return None


class RequestCaptureMiddleware:
    """Fills the current observation from the (inner, decrypted) request and its answer."""

    def __init__(self, app: ASGIApp, audit: AuditLog | None) -> None:
        self.app = app
        self.audit = audit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        obs = current_observation()
        if scope["type"] != "http" or obs is None:
            await self.app(scope, receive, send)
            return
        idem = _header(scope, b"idempotency-key")
        if idem is not None:
            text = idem.decode("latin-1")
            obs.idempotency_key = (text if _SAFE_ID.match(text) or self.audit is None
                                   else self.audit.input_hmac(idem))
        chunks: list[bytes] = []

        async def teeing_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request" and self.audit is not None:
                chunks.append(message.get("body", b""))
            return message

        def capture() -> None:
            state: dict[str, Any] = scope.get("state", {})
            principal = state.get("principal")
            if principal is not None:
                obs.key_id = principal.key_id
            elif obs.idempotent_replay:  # answered from the store: the same key asked before
                obs.key_id = _key_id(scope)
            obs.route = route_template(scope)
            if chunks and self.audit is not None:
                body = b"".join(chunks)
                obs.input_bytes = len(body)
                obs.input_items = _count_items(body)
                obs.input_hmac = self.audit.input_hmac(body)

        captured = False

        async def capturing_send(message: Message) -> None:
            nonlocal captured
            if message["type"] == "http.response.start":
                obs.idempotent_replay = any(
                    k.lower() == b"idempotent-replayed" for k, _ in message.get("headers", []))
                captured = True
                capture()  # the answer goes out once this returns: record what is known now
            await send(message)

        try:
            await self.app(scope, teeing_receive, capturing_send)
        finally:
            if not captured:
                capture()
