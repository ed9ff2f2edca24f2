"""Admission before routing: refuse model work the queue cannot take, at the cost of a header.

Under a flood most calls are refused, so a refusal must be the cheapest answer the server
gives: it is decided from the request line and headers alone (the API key, `MaaS-Timeout`),
before the body is parsed, routing runs or FastAPI resolves dependencies. The middleware sits
inside the OHTTP gateway and request capture, so sealed inner requests are admitted the same
way and refusals still reach the access log, metrics and audit trail with the caller's key id.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from ..policy.auth import authenticate
from .errors import ServerError, send_error

__all__ = ["SCHEDULED_ROUTES", "AdmissionMiddleware"]

#: Routes whose work runs through the model scheduler, and the scope each requires.
SCHEDULED_ROUTES = {"/v1/embeddings": "embed", "/v1/summaries": "summarize"}


class AdmissionMiddleware:
    """Answers 503 `overloaded` (with `Retry-After`) or 504 `deadline_exceeded` at once when
    the scheduler cannot take work from this key now; everything else passes through.

    Only callers with a valid key and the route's scope are checked here: the others reach the
    route, which answers 401/403/429 as usual. Work the check lets through is admitted again,
    with its estimated size, once the route has tokenised it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        needed = SCHEDULED_ROUTES.get(scope.get("path", "")) if scope["type"] == "http" else None
        if needed is None or scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        app_state = scope["app"].state
        authorization = next((v for k, v in scope.get("headers", ()) if k == b"authorization"),
                             None)
        try:
            principal = authenticate(authorization.decode("latin-1") if authorization else None,
                                     app_state.settings.effective_api_keys)
        except ServerError:
            await self.app(scope, receive, send)
            return
        if needed not in principal.scopes:
            await self.app(scope, receive, send)
            return
        try:
            app_state.embedder.precheck(principal.key_id, state.get("deadline"))
        except ServerError as refusal:
            state["principal"] = principal  # the access log and audit record name the key
            await _drain(receive)
            await send_error(send, refusal.status, refusal.code, refusal.message,
                             request_id=state.get("request_id"),
                             headers=[(k.lower().encode(), v.encode())
                                      for k, v in refusal.headers.items()])
            return
        await self.app(scope, receive, send)


async def _drain(receive: Receive) -> None:
    """Read (not parse) the body: closing a socket with unread data makes the kernel reset
    the connection, and the client would see that instead of the answer."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return
