"""Extractive summaries: `POST /v1/summaries`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ._base import APIObject, RequestModel, StrictInt

__all__ = ["MAX_SUMMARY_TEXT", "Summary", "SummaryCreateParams", "SummarySentence", "SummaryUsage"]

#: Characters; the server's body limit (1 MiB by default) usually binds first.
MAX_SUMMARY_TEXT = 500_000


class SummaryCreateParams(RequestModel):
    """The body of `POST /v1/summaries`."""

    model: str = Field(min_length=1, max_length=128)
    text: str = Field(max_length=MAX_SUMMARY_TEXT)
    max_sentences: StrictInt = Field(default=3, ge=1, le=20)


class SummarySentence(APIObject):
    """A selected sentence: always `text == note[start:end]`."""

    text: str
    start: int
    end: int
    score: float
    section: str | None = None


class SummaryUsage(APIObject):
    """How much of the note was read."""

    input_sentences: int
    input_tokens: int


class Summary(APIObject):
    """`{"id": "sum_...", "object": "summary", ...}`; sentences in note order."""

    id: str
    object: Literal["summary"] = "summary"
    model: str
    summary: str
    sentences: list[SummarySentence]
    usage: SummaryUsage
