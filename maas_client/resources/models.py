"""`client.models`: `GET /v1/models` and `GET /v1/models/{id}`."""

from __future__ import annotations

from urllib.parse import quote

from .._core import CallPlan, PreparedRequest
from .._errors import InvalidParametersError
from ..types import ModelCard, ModelList, ModelMonitoring
from ._base import AsyncAPIResource, Headers, SyncAPIResource, single

__all__ = ["AsyncModels", "Models", "list_plan", "monitoring_plan", "retrieve_plan"]


def list_plan(extra_headers: Headers | None = None) -> CallPlan[ModelList]:
    """The plan of `models.list()`."""
    return single(PreparedRequest.get("/v1/models", ModelList, extra_headers=extra_headers),
                  ModelList)


def _model_path(model_id: str) -> str:
    if not isinstance(model_id, str) or not 1 <= len(model_id) <= 128:
        raise InvalidParametersError("model_id must be a string of 1 to 128 characters")
    return "/v1/models/" + quote(model_id, safe="")


def retrieve_plan(model_id: str, extra_headers: Headers | None = None) -> CallPlan[ModelCard]:
    """The plan of `models.retrieve(model_id)`."""
    path = _model_path(model_id)
    return single(PreparedRequest.get(path, ModelCard, extra_headers=extra_headers), ModelCard)


def monitoring_plan(model_id: str,
                    extra_headers: Headers | None = None) -> CallPlan[ModelMonitoring]:
    """The plan of `models.monitoring(model_id)`."""
    path = _model_path(model_id) + "/monitoring"
    return single(PreparedRequest.get(path, ModelMonitoring, extra_headers=extra_headers),
                  ModelMonitoring)


class Models(SyncAPIResource):
    """Model cards: what each model is, takes, returns, and how it was measured."""

    def list(self, *, timeout: float | None = None,
             extra_headers: Headers | None = None) -> ModelList:
        """Every model the server serves."""
        return self._client._execute(list_plan(extra_headers), timeout)

    def retrieve(self, model_id: str, *, timeout: float | None = None,
                 extra_headers: Headers | None = None) -> ModelCard:
        """One model card; `NotFoundError` if the id is unknown."""
        return self._client._execute(retrieve_plan(model_id, extra_headers), timeout)

    def monitoring(self, model_id: str, *, timeout: float | None = None,
                   extra_headers: Headers | None = None) -> ModelMonitoring:
        """Input drift of one model: per feature PSI and KS of the server's rolling window."""
        return self._client._execute(monitoring_plan(model_id, extra_headers), timeout)


class AsyncModels(AsyncAPIResource):
    """Model cards (async)."""

    async def list(self, *, timeout: float | None = None,
                   extra_headers: Headers | None = None) -> ModelList:
        """Every model the server serves."""
        return await self._client._execute(list_plan(extra_headers), timeout)

    async def retrieve(self, model_id: str, *, timeout: float | None = None,
                       extra_headers: Headers | None = None) -> ModelCard:
        """One model card; `NotFoundError` if the id is unknown."""
        return await self._client._execute(retrieve_plan(model_id, extra_headers), timeout)

    async def monitoring(self, model_id: str, *, timeout: float | None = None,
                         extra_headers: Headers | None = None) -> ModelMonitoring:
        """Input drift of one model (async); see `Models.monitoring`."""
        return await self._client._execute(monitoring_plan(model_id, extra_headers), timeout)
