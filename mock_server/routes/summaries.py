"""Extractive summaries: `POST /v1/summaries`."""

from __future__ import annotations

import asyncio
from typing import Annotated

import numpy as np
import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from maas_client.types import Summary, SummaryCreateParams

from ..http.body import json_body, openapi_body
from ..http.deps import new_object_id, serving_registry
from ..http.errors import ServerError
from ..models.summarizer import SummaryResult
from ..policy.auth import require_scope
from ..serving.monitoring import observe_texts

router = APIRouter(tags=["summaries"])


def _render(model: str, result: SummaryResult) -> bytes:
    return orjson.dumps({
        "id": new_object_id("sum"),
        "object": "summary",
        "model": model,
        "summary": result.summary,
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end, "score": s.score,
             "section": s.section}
            for s in result.sentences
        ],
        "usage": {"input_sentences": result.usage.input_sentences,
                  "input_tokens": result.usage.input_tokens},
    })


@router.post(
    "/v1/summaries",
    response_model=Summary,
    dependencies=[Depends(require_scope("summarize"))],
    openapi_extra=openapi_body(SummaryCreateParams),
)
async def create_summary(
    request: Request,
    params: Annotated[SummaryCreateParams, Depends(json_body(SummaryCreateParams))],
) -> Response:
    """Pick up to `max_sentences` sentences of `text`; each is an exact span of the input
    (`text == input[start:end]`), returned in note order with its salience and section.
    Notes longer than `max_note_chars` characters are refused with 413 `note_too_large`."""
    registry = serving_registry(request, params.model, "summarization")
    limit = request.app.state.settings.max_note_chars
    if len(params.text) > limit:
        raise ServerError(413, "note_too_large",
                          f"the note is longer than max_note_chars={limit} characters",
                          param="text")
    summarizer = registry.summarizer
    assert summarizer is not None  # a ready registry holds every model it has a card for
    # Splitting and token counting are CPU work: off the event loop. The candidates are
    # embedded through the app's batcher (shared with /v1/embeddings, same back-pressure).
    with request.app.state.metrics.inference.labels(params.model).time():  # queueing included
        plan = await asyncio.to_thread(summarizer.plan, params.text, params.max_sentences)
        if plan.to_embed:
            vectors, _ = await request.app.state.embed(
                plan.to_embed, key=request.state.principal.key_id,
                deadline=request.state.deadline)
        else:
            vectors = np.zeros((0, 1), dtype=np.float32)
        result = await asyncio.to_thread(summarizer.finish, plan, vectors)
    if plan.to_embed:
        await observe_texts(request.app.state, params.model, plan.to_embed)
    return Response(await asyncio.to_thread(_render, params.model, result),
                    media_type="application/json")
