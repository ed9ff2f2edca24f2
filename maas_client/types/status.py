"""Health, readiness and published encryption keys."""

from __future__ import annotations

from typing import Literal

from ._base import APIObject

__all__ = ["Health", "KeyList", "PublicKey", "Readiness"]


class Health(APIObject):
    """`GET /v1/health`."""

    status: Literal["ok"] = "ok"


class Readiness(APIObject):
    """`GET /v1/ready`: `ready` once every model is loaded and warm."""

    status: Literal["ready", "loading"]
    models: list[str]


class PublicKey(APIObject):
    """One OHTTP key configuration, as JSON."""

    key_id: int
    kem: str
    kdf: str
    aead: str
    public_key: str
    not_after: str


class KeyList(APIObject):
    """`GET /v1/keys`, newest first."""

    keys: list[PublicKey]
