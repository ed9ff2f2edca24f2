"""Model cards: `GET /v1/models` and `GET /v1/models/{id}`."""

from __future__ import annotations

from typing import Any, Literal

from ._base import APIObject

__all__ = ["ModelCard", "ModelList"]


class ModelCard(APIObject):
    """What a model is, what it takes and returns, how it was measured and where it stops."""

    id: str
    object: Literal["model"] = "model"
    task: Literal["diagnosis", "summarization", "embedding"]
    version: str
    description: str
    inputs: dict[str, Any]
    outputs: dict[str, Any]
    metrics: dict[str, Any]
    training_data: str | dict[str, Any]
    intended_use: str
    limitations: str | list[str]
    created: int


class ModelList(APIObject):
    """`{"object": "list", "data": [ModelCard, ...]}`."""

    object: Literal["list"] = "list"
    data: list[ModelCard]
