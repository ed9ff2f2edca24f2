"""`client.embeddings`: `POST /v1/embeddings` (OpenAI-compatible), with transparent chunking.

A list longer than `MAX_EMBEDDING_INPUTS` (2048) is split into chunks, one request each (the
async client sends up to 4 at a time); the answer keeps input order, `index` is renumbered
across chunks and `usage` is summed. With privacy on, each text is de-identified before it is
sent, so the vectors are of the de-identified text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import pydantic

from .._bulk import BulkResult, Chunk
from .._core import CallPlan, PreparedRequest, invalid_params, validate_params
from .._errors import APIResponseValidationError
from ..bulk import ProgressCallback, run_async, run_sync
from ..privacy import Privacy
from ..types import (
    MAX_EMBEDDING_INPUTS,
    CreateEmbeddingResponse,
    Embedding,
    EmbeddingCreateParams,
    EmbeddingUsage,
)
from ._base import AsyncAPIResource, Headers, SyncAPIResource

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["AsyncEmbeddings", "Embeddings", "EmbeddingsResponse", "create_plan"]

EncodingFormat = Literal["float", "base64"]
#: Texts per request in `create_many`: the route's maximum, which the server batches best;
#: smaller chunks give finer progress and resume points.
DEFAULT_CHUNK_SIZE = MAX_EMBEDDING_INPUTS


class EmbeddingsResponse(CreateEmbeddingResponse):
    """`CreateEmbeddingResponse` plus `.to_numpy()`."""

    def to_numpy(self) -> npt.NDArray[np.float32]:
        """The vectors as a `(len(data), dim)` float32 array, in input order (needs numpy)."""
        try:
            import numpy
        except ImportError as exc:
            raise ImportError(
                'to_numpy() needs numpy, in the "numpy" extra: pip install "maas-client[numpy]"'
            ) from exc
        return numpy.asarray([d.embedding for d in self.data], dtype=numpy.float32)


def _chunk_params(model: str, texts: Sequence[Any], encoding_format: str,
                  rest: dict[str, Any]) -> list[EmbeddingCreateParams]:
    out = []
    for offset in range(0, len(texts), MAX_EMBEDDING_INPUTS):
        try:
            out.append(EmbeddingCreateParams(
                model=model, input=list(texts[offset: offset + MAX_EMBEDDING_INPUTS]),
                encoding_format=encoding_format, **rest))
        except pydantic.ValidationError as exc:
            raise invalid_params(exc, "embeddings", offset) from None
    return out


def _checked(part: CreateEmbeddingResponse, expected: int) -> list[Embedding]:
    items = sorted(part.data, key=lambda e: e.index)
    if len(items) != expected or any(e.index != i for i, e in enumerate(items)):
        raise APIResponseValidationError(
            f"The embeddings response holds {len(items)} vectors for {expected} inputs "
            f"[request_id={part.request_id or 'unknown'}]",
            status_code=200, request_id=part.request_id)
    return items


def combine(parts: Sequence[EmbeddingsResponse], sizes: Sequence[int]) -> EmbeddingsResponse:
    """One response from per-chunk responses: input order, renumbered, usage summed."""
    if len(parts) == 1:
        items = _checked(parts[0], sizes[0])
        if items == parts[0].data:
            return parts[0]
    data: list[Embedding] = []
    offset = prompt = total = 0
    for part, size in zip(parts, sizes, strict=True):
        for item in _checked(part, size):
            data.append(item if offset == 0 else item.model_copy(
                update={"index": offset + item.index}))
        offset += size
        prompt += part.usage.prompt_tokens
        total += part.usage.total_tokens
    first = parts[0]
    merged = EmbeddingsResponse.model_construct(
        object="list", model=first.model, data=data,
        usage=EmbeddingUsage(prompt_tokens=prompt, total_tokens=total))
    merged._attach(first.request_id, parts[-1].rate_limit, all(p.replayed for p in parts))
    return merged


def create_plan(*, model: str, input: str | Sequence[str], encoding_format: EncodingFormat,
                privacy: Privacy | None, idempotency_key: str | None,
                extra_headers: Headers | None, dimensions: int | None = None,
                user: str | None = None) -> CallPlan[EmbeddingsResponse]:
    """Validate, de-identify, chunk and build the plan of `embeddings.create(...)`."""
    rest = {k: v for k, v in (("dimensions", dimensions), ("user", user)) if v is not None}
    if isinstance(input, list | tuple) and len(input) > MAX_EMBEDDING_INPUTS:
        chunks = _chunk_params(model, input, encoding_format, rest)
    else:
        chunks = [validate_params(EmbeddingCreateParams, "embeddings", model=model,
                                  input=input, encoding_format=encoding_format, **rest)]
    if privacy is not None and privacy.enabled:
        chunks = [_deidentified(c, privacy) for c in chunks]
    sizes = [len(c.texts()) for c in chunks]
    many = len(chunks) > 1
    requests = [
        PreparedRequest.post(
            "/v1/embeddings", c, EmbeddingsResponse,
            idempotency_key=f"{idempotency_key}-{i}" if idempotency_key and many
            else idempotency_key,
            extra_headers=extra_headers)
        for i, c in enumerate(chunks)
    ]
    return CallPlan(requests, lambda results: combine(results, sizes))


def _deidentified(params: EmbeddingCreateParams, privacy: Privacy) -> EmbeddingCreateParams:
    if isinstance(params.input, str):
        return params.model_copy(update={"input": privacy.deidentify(params.input).text})
    return params.model_copy(update={"input": [privacy.deidentify(t).text for t in params.input]})


def _vectors(response: EmbeddingsResponse) -> list[list[float]]:
    return [d.embedding for d in response.data]


def _embedding_record(vector: list[float]) -> dict[str, Any]:
    return {"embedding": vector}


class Embeddings(SyncAPIResource):
    """Sentence embeddings (OpenAI-compatible)."""

    def create(self, *, model: str, input: str | Sequence[str],
               encoding_format: EncodingFormat = "float", dimensions: int | None = None,
               user: str | None = None, timeout: float | None = None,
               max_retries: int | None = None, idempotency_key: str | None = None,
               extra_headers: Headers | None = None) -> EmbeddingsResponse:
        """Embed one text or a list (any length: lists over 2048 are sent in chunks).

        `dimensions` must be the model's (384 for `minilm-l6-v2`) if given; `user` is an
        end-user id the server may use for abuse monitoring (it is never logged).
        """
        return self._client._execute(
            create_plan(model=model, input=input, encoding_format=encoding_format,
                        dimensions=dimensions, user=user, privacy=self._client.privacy,
                        idempotency_key=idempotency_key, extra_headers=extra_headers),
            timeout, max_retries)

    def create_many(self, texts: Iterable[str], *, model: str,
                    chunk_size: int = DEFAULT_CHUNK_SIZE, concurrency: int = 4,
                    output: str | os.PathLike[str] | None = None,
                    on_progress: ProgressCallback | None = None,
                    encoding_format: EncodingFormat = "base64",
                    timeout: float | None = None, max_retries: int | None = None,
                    ) -> BulkResult[list[float]]:
        """Embed any iterable of texts, `chunk_size` per request, `concurrency` at a time.

        Results keep input order: in `.results` (vectors), or with `output` in a JSON Lines
        file of `{"index": i, "embedding": [...]}` that a rerun resumes from (inputs already
        there are skipped). Each chunk is retried like any call; a chunk refused as overloaded
        while others are out is sent again, with fewer in flight. `on_progress` gets a
        `BulkProgress` after each chunk.
        """
        def send(chunk: Chunk) -> list[list[float]]:
            return _vectors(self.create(model=model, input=list(chunk.texts),
                                        encoding_format=encoding_format, timeout=timeout,
                                        max_retries=max_retries))

        return run_sync(dict(texts=texts, chunk_size=chunk_size, to_record=_embedding_record),
                        send, concurrency=concurrency, output=output, on_progress=on_progress)


class AsyncEmbeddings(AsyncAPIResource):
    """Sentence embeddings (async; long lists are sent as concurrent chunks)."""

    async def create(self, *, model: str, input: str | Sequence[str],
                     encoding_format: EncodingFormat = "float", dimensions: int | None = None,
                     user: str | None = None, timeout: float | None = None,
                     max_retries: int | None = None, idempotency_key: str | None = None,
                     extra_headers: Headers | None = None) -> EmbeddingsResponse:
        """Embed one text or a list (any length: lists over 2048 are sent in chunks).

        `dimensions` must be the model's (384 for `minilm-l6-v2`) if given; `user` is an
        end-user id the server may use for abuse monitoring (it is never logged).
        """
        return await self._client._execute(
            create_plan(model=model, input=input, encoding_format=encoding_format,
                        dimensions=dimensions, user=user, privacy=self._client.privacy,
                        idempotency_key=idempotency_key, extra_headers=extra_headers),
            timeout, max_retries)

    async def create_many(self, texts: Iterable[str], *, model: str,
                          chunk_size: int = DEFAULT_CHUNK_SIZE, concurrency: int = 4,
                          output: str | os.PathLike[str] | None = None,
                          on_progress: ProgressCallback | None = None,
                          encoding_format: EncodingFormat = "base64",
                          timeout: float | None = None, max_retries: int | None = None,
                          ) -> BulkResult[list[float]]:
        """The async `create_many`: the same job, chunks sent as concurrent tasks."""
        async def send(chunk: Chunk) -> list[list[float]]:
            return _vectors(await self.create(model=model, input=list(chunk.texts),
                                              encoding_format=encoding_format,
                                              timeout=timeout, max_retries=max_retries))

        return await run_async(
            dict(texts=texts, chunk_size=chunk_size, to_record=_embedding_record),
            send, concurrency=concurrency, output=output, on_progress=on_progress)
