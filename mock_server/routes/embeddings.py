"""OpenAI-compatible embeddings."""

from __future__ import annotations

import asyncio
import base64
from typing import Annotated

import numpy as np
import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from maas_client.protocol import EMBEDDING_DIMENSIONS
from maas_client.types import CreateEmbeddingResponse, EmbeddingCreateParams

from ..http.body import json_body, openapi_body
from ..http.deps import serving_registry
from ..http.errors import ServerError
from ..policy.auth import require_scope
from ..serving.monitoring import observe_texts

router = APIRouter(tags=["embeddings"])
#: Answers with more rows than this are serialised in a worker thread, off the event loop.
INLINE_RENDER_ROWS = 32


def _render(model: str, vectors: np.ndarray, tokens: int, encoding: str) -> bytes:
    """The response body; orjson writes float32 rows directly (shortest float32 repr, which
    parses back to the same float32) about 20x faster than json.dumps of `tolist()`."""
    le = np.ascontiguousarray(vectors, dtype="<f4")
    items: list[object]
    if encoding == "base64":
        items = [base64.b64encode(row.tobytes()).decode("ascii") for row in le]
    else:
        items = list(le)
    return orjson.dumps({
        "object": "list",
        "model": model,
        "data": [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(items)],
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }, option=orjson.OPT_SERIALIZE_NUMPY)


@router.post(
    "/v1/embeddings",
    response_model=CreateEmbeddingResponse,
    dependencies=[Depends(require_scope("embed"))],
    openapi_extra=openapi_body(EmbeddingCreateParams),
)
async def create_embeddings(
    request: Request,
    params: Annotated[EmbeddingCreateParams, Depends(json_body(EmbeddingCreateParams))],
) -> Response:
    """Embed 1–2048 texts; each is truncated to the model's window and `usage` counts that.
    At most `max_request_tokens` tokens per request (413 `too_many_tokens`); a busy server
    answers 503 `overloaded` at once with `Retry-After` (the estimated drain time)."""
    serving_registry(request, params.model, "embedding")
    if params.dimensions is not None and params.dimensions != EMBEDDING_DIMENSIONS:
        raise ServerError(422, "unsupported_dimensions",
                          f"dimensions must be {EMBEDDING_DIMENSIONS} for this model",
                          param="dimensions")
    texts = params.texts()
    vectors, token_counts = await request.app.state.embed(
        texts, key=request.state.principal.key_id, deadline=request.state.deadline)
    await observe_texts(request.app.state, params.model, texts)
    args = (params.model, vectors, sum(token_counts), params.encoding_format)
    if len(vectors) > INLINE_RENDER_ROWS:
        body = await asyncio.to_thread(_render, *args)
    else:
        body = _render(*args)
    return Response(body, media_type="application/json")
