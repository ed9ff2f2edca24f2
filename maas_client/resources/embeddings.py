"""`client.embeddings`: `POST /v1/embeddings` (OpenAI-compatible), with transparent chunking.

A list longer than `MAX_EMBEDDING_INPUTS` (2048) is split into chunks, one request each (the
async client sends up to 4 at a time); the answer keeps input order, `index` is renumbered
across chunks and `usage` is summed. With privacy on, each text is de-identified before it is
sent, so the vectors are of the de-identified text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import pydantic

from .._core import CallPlan, PreparedRequest, invalid_params, validate_params
from .._errors import APIResponseValidationError
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


class EmbeddingsResponse(CreateEmbeddingResponse):
    """`CreateEmbeddingResponse` plus `.to_numpy()`."""

    def to_numpy(self) -> npt.NDArray[np.float32]:
        """The vectors as a `(len(data), dim)` float32 array, in input order (needs numpy)."""
        try:
            import numpy
        except ImportError as exc:  # pragma: no cover - numpy is present in the dev env
            raise ImportError("to_numpy() needs numpy: pip install numpy") from exc
        return numpy.asarray([d.embedding for d in self.data], dtype=numpy.float32)


def _chunk_params(model: str, texts: Sequence[Any], encoding_format: str
                  ) -> list[EmbeddingCreateParams]:
    out = []
    for offset in range(0, len(texts), MAX_EMBEDDING_INPUTS):
        try:
            out.append(EmbeddingCreateParams(
                model=model, input=list(texts[offset: offset + MAX_EMBEDDING_INPUTS]),
                encoding_format=encoding_format))
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
    merged._attach(first.request_id, parts[-1].rate_limit)
    return merged


def create_plan(*, model: str, input: str | Sequence[str], encoding_format: EncodingFormat,
                privacy: Privacy | None, idempotency_key: str | None,
                extra_headers: Headers | None) -> CallPlan[EmbeddingsResponse]:
    """Validate, de-identify, chunk and build the plan of `embeddings.create(...)`."""
    if isinstance(input, list | tuple) and len(input) > MAX_EMBEDDING_INPUTS:
        chunks = _chunk_params(model, input, encoding_format)
    else:
        chunks = [validate_params(EmbeddingCreateParams, "embeddings", model=model,
                                  input=input, encoding_format=encoding_format)]
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


class Embeddings(SyncAPIResource):
    """Sentence embeddings (OpenAI-compatible)."""

    def create(self, *, model: str, input: str | Sequence[str],
               encoding_format: EncodingFormat = "float", timeout: float | None = None,
               idempotency_key: str | None = None, extra_headers: Headers | None = None,
               ) -> EmbeddingsResponse:
        """Embed one text or a list (any length: lists over 2048 are sent in chunks)."""
        return self._client._execute(
            create_plan(model=model, input=input, encoding_format=encoding_format,
                        privacy=self._client.privacy, idempotency_key=idempotency_key,
                        extra_headers=extra_headers), timeout)


class AsyncEmbeddings(AsyncAPIResource):
    """Sentence embeddings (async; long lists are sent as concurrent chunks)."""

    async def create(self, *, model: str, input: str | Sequence[str],
                     encoding_format: EncodingFormat = "float", timeout: float | None = None,
                     idempotency_key: str | None = None, extra_headers: Headers | None = None,
                     ) -> EmbeddingsResponse:
        """Embed one text or a list (any length: lists over 2048 are sent in chunks)."""
        return await self._client._execute(
            create_plan(model=model, input=input, encoding_format=encoding_format,
                        privacy=self._client.privacy, idempotency_key=idempotency_key,
                        extra_headers=extra_headers), timeout)
