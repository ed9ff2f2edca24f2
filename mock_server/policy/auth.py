"""Bearer-key authentication with scopes, and the FastAPI dependency routes use."""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from fastapi import Request

from ..http.errors import ServerError

__all__ = ["Principal", "authenticate", "require_scope"]


@dataclass(frozen=True)
class Principal:
    """Who is calling: a fingerprint of the key (never the key) and its scopes."""

    key_id: str
    scopes: frozenset[str]


def _fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def authenticate(authorization: str | None, keys: Mapping[str, frozenset[str]]) -> Principal:
    """Check `Authorization: Bearer <key>` against the configured keys (constant-time)."""
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ServerError(401, "missing_api_key",
                          "provide an API key as 'Authorization: Bearer <key>'",
                          headers={"WWW-Authenticate": "Bearer"})
    for key, scopes in keys.items():
        if hmac.compare_digest(key.encode(), token.encode()):
            return Principal(_fingerprint(key), scopes)
    raise ServerError(401, "invalid_api_key", "the API key is not valid",
                      headers={"WWW-Authenticate": "Bearer"})


def require_scope(scope: str | None) -> Callable[[Request], Awaitable[Principal]]:
    """A FastAPI dependency: authenticate, check `scope` (None: any valid key), rate-limit."""

    async def dependency(request: Request) -> Principal:
        state = request.app.state
        principal = authenticate(request.headers.get("authorization"),
                                 state.settings.effective_api_keys)
        allowed, headers, wait = await state.rate_limiter.take(principal.key_id)
        request.state.extra_headers.update(headers)
        request.state.principal = principal
        if not allowed:
            raise ServerError(429, "rate_limit_exceeded", "too many requests for this API key",
                              headers={"Retry-After": str(max(1, math.ceil(wait)))})
        if scope is not None and scope not in principal.scopes:
            raise ServerError(403, "insufficient_scope",
                              f"this API key lacks the '{scope}' scope")
        return principal

    return dependency
