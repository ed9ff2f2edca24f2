"""OpenAI-compatible embeddings."""

from __future__ import annotations

import base64
import json
from typing import Annotated

import numpy as np
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


def _render(model: str, vectors: np.ndarray, tokens: int, encoding: str) -> bytes:
    if encoding == "base64":
        le = vectors.astype("<f4", copy=False)
        items = [base64.b64encode(row.tobytes()).decode("ascii") for row in le]
    else:
        items = vectors.astype(np.float32).tolist()
    return json.dumps({
        "object": "list",
        "model": model,
        "data": [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(items)],
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }, separators=(",", ":")).encode()


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
    """Embed 1–2048 texts; each is truncated to the model's window and `usage` counts that."""
    serving_registry(request, params.model, "embedding")
    if params.dimensions is not None and params.dimensions != EMBEDDING_DIMENSIONS:
        raise ServerError(422, "unsupported_dimensions",
                          f"dimensions must be {EMBEDDING_DIMENSIONS} for this model",
                          param="dimensions")
    texts = params.texts()
    vectors, token_counts = await request.app.state.embed(texts,
                                                          deadline=request.state.deadline)
    await observe_texts(request.app.state, params.model, texts)
    body = _render(params.model, vectors, sum(token_counts), params.encoding_format)
    return Response(body, media_type="application/json")
