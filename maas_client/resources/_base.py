"""Base classes of the resource namespaces (`client.embeddings`, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .._core import CallPlan, PreparedRequest
from ..types import APIObject

if TYPE_CHECKING:
    from .._client import AsyncMaaSClient, MaaSClient

__all__ = ["AsyncAPIResource", "Headers", "SyncAPIResource", "single"]

M = TypeVar("M", bound=APIObject)
Headers = Mapping[str, str]


def _first(results: list[Any]) -> Any:
    return results[0]


def single(req: PreparedRequest, cast_to: type[M]) -> CallPlan[M]:
    """A plan of one request whose parsed answer is the result."""
    assert req.cast_to is cast_to
    return cast(CallPlan[M], CallPlan([req], _first))


class SyncAPIResource:
    """A namespace of the sync client."""

    def __init__(self, client: MaaSClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A namespace of the async client."""

    def __init__(self, client: AsyncMaaSClient) -> None:
        self._client = client
