"""The `with_raw_response` views of the resources: same methods, `RawResponse` results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._raw import async_to_raw, to_raw

if TYPE_CHECKING:
    from .._client import AsyncMaaSClient, MaaSClient

__all__ = ["AsyncMaaSClientWithRawResponse", "MaaSClientWithRawResponse"]


class _ModelsRaw:
    def __init__(self, client: MaaSClient) -> None:
        self.list = to_raw(client.models.list)
        self.retrieve = to_raw(client.models.retrieve)
        self.monitoring = to_raw(client.models.monitoring)


class _DiagnosisRaw:
    def __init__(self, client: MaaSClient) -> None:
        self.create = to_raw(client.diagnosis.create)


class _SummariesRaw:
    def __init__(self, client: MaaSClient) -> None:
        self.create = to_raw(client.summaries.create)


class _EmbeddingsRaw:
    def __init__(self, client: MaaSClient) -> None:
        self.create = to_raw(client.embeddings.create)


class MaaSClientWithRawResponse:
    """`client.with_raw_response`: each method returns a `RawResponse` (status, headers,
    `.parse()`)."""

    def __init__(self, client: MaaSClient) -> None:
        self.models = _ModelsRaw(client)
        self.diagnosis = _DiagnosisRaw(client)
        self.summaries = _SummariesRaw(client)
        self.embeddings = _EmbeddingsRaw(client)


class _AsyncModelsRaw:
    def __init__(self, client: AsyncMaaSClient) -> None:
        self.list = async_to_raw(client.models.list)
        self.retrieve = async_to_raw(client.models.retrieve)
        self.monitoring = async_to_raw(client.models.monitoring)


class _AsyncDiagnosisRaw:
    def __init__(self, client: AsyncMaaSClient) -> None:
        self.create = async_to_raw(client.diagnosis.create)


class _AsyncSummariesRaw:
    def __init__(self, client: AsyncMaaSClient) -> None:
        self.create = async_to_raw(client.summaries.create)


class _AsyncEmbeddingsRaw:
    def __init__(self, client: AsyncMaaSClient) -> None:
        self.create = async_to_raw(client.embeddings.create)


class AsyncMaaSClientWithRawResponse:
    """`async_client.with_raw_response`: each method, awaited, returns a `RawResponse`."""

    def __init__(self, client: AsyncMaaSClient) -> None:
        self.models = _AsyncModelsRaw(client)
        self.diagnosis = _AsyncDiagnosisRaw(client)
        self.summaries = _AsyncSummariesRaw(client)
        self.embeddings = _AsyncEmbeddingsRaw(client)
