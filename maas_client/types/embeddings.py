"""Embeddings, OpenAI-compatible: `POST /v1/embeddings`."""

from __future__ import annotations

import base64
import struct
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from ._base import APIObject, RequestModel, StrictInt, VisibleText

__all__ = [
    "MAX_EMBEDDING_INPUTS",
    "CreateEmbeddingResponse",
    "Embedding",
    "EmbeddingCreateParams",
    "EmbeddingUsage",
    "decode_base64_embedding",
]

#: The most inputs one request may carry; the SDK splits longer lists into chunks.
MAX_EMBEDDING_INPUTS = 2048

#: One input: 1–100,000 characters with something visible (whitespace or zero-width-only text
#: is refused like "").
EmbeddingText = Annotated[str, Field(min_length=1, max_length=100_000), VisibleText]


class EmbeddingCreateParams(RequestModel):
    """The body of `POST /v1/embeddings`."""

    model: str = Field(min_length=1, max_length=128)
    input: EmbeddingText | Annotated[
        list[EmbeddingText], Field(min_length=1, max_length=MAX_EMBEDDING_INPUTS)
    ]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: StrictInt | None = Field(default=None, ge=1)
    user: str | None = Field(default=None, max_length=256)

    def texts(self) -> list[str]:
        """The inputs as a list, whichever form was sent."""
        return [self.input] if isinstance(self.input, str) else list(self.input)


def decode_base64_embedding(data: str) -> list[float]:
    """Decode a base64 string of little-endian float32 values."""
    raw = base64.b64decode(data, validate=True)
    if len(raw) % 4:
        raise ValueError("base64 embedding is not a whole number of float32 values")
    return list(struct.unpack(f"<{len(raw) // 4}f", raw))


class Embedding(APIObject):
    """One vector, in input order (`index`). Always a list of floats once parsed by the SDK."""

    object: Literal["embedding"] = "embedding"
    index: int
    embedding: list[float]

    @field_validator("embedding", mode="before")
    @classmethod
    def _decode(cls, value: Any) -> Any:
        return decode_base64_embedding(value) if isinstance(value, str) else value


class EmbeddingUsage(APIObject):
    """Tokens embedded (after truncation to the model's window)."""

    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(APIObject):
    """`{"object": "list", "model": ..., "data": [...], "usage": {...}}`."""

    object: Literal["list"] = "list"
    model: str
    data: list[Embedding]
    usage: EmbeddingUsage
