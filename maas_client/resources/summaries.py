"""`client.summaries`: `POST /v1/summaries`, de-identified on the way out, restored on return.

The server sees the de-identified note; each returned sentence's `start`/`end` are mapped back
to the caller's original note (so `sentence.text == note[start:end]` still holds) and the
summary's placeholders are replaced by the original values, in memory only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from .._bulk import BulkResult, Chunk
from .._core import CallPlan, PreparedRequest, validate_params
from .._errors import APIResponseValidationError
from ..bulk import ProgressCallback, run_async, run_sync
from ..privacy import Deidentified, Privacy
from ..types import Summary, SummaryCreateParams
from ._base import AsyncAPIResource, Headers, SyncAPIResource, single

__all__ = ["AsyncSummaries", "Summaries", "create_plan", "restore_summary"]


def restore_summary(summary: Summary, deid: Deidentified, original: str) -> Summary:
    """Map a summary of the de-identified note back onto `original`."""
    if deid.text == original and len(deid.restore) == 0:
        return summary
    sentences = []
    for sent in summary.sentences:
        try:
            start, end = deid.restore.to_original(sent.start, sent.end)
        except ValueError:
            raise APIResponseValidationError(
                "A summary sentence's offsets fall outside the note that was sent "
                f"[request_id={summary.request_id or 'unknown'}]",
                status_code=200, request_id=summary.request_id) from None
        sentences.append(sent.model_copy(
            update={"text": original[start:end], "start": start, "end": end}))
    restored = summary.model_copy(update={
        "summary": deid.restore.reidentify(summary.summary), "sentences": sentences})
    restored._attach(summary.request_id, summary.rate_limit, summary.replayed)
    return restored


def create_plan(*, model: str, text: str, max_sentences: int, privacy: Privacy | None,
                idempotency_key: str | None, extra_headers: Headers | None
                ) -> CallPlan[Summary]:
    """Validate, de-identify and build the plan of `summaries.create(...)`."""
    params = validate_params(SummaryCreateParams, "summaries",
                             model=model, text=text, max_sentences=max_sentences)
    original: str = params.text
    deid = privacy.deidentify(original) if privacy is not None and privacy.enabled else None
    sent = params if deid is None else params.model_copy(update={"text": deid.text})
    req = PreparedRequest.post("/v1/summaries", sent, Summary,
                               idempotency_key=idempotency_key, extra_headers=extra_headers)
    if deid is None:
        return single(req, Summary)
    return CallPlan([req], lambda results: restore_summary(results[0], deid, original))


def _summary_record(summary: Summary) -> dict[str, Any]:
    return {"summary": summary.model_dump(mode="json")}


class Summaries(SyncAPIResource):
    """Extractive summaries of clinical notes, traceable to the note word for word."""

    def create(self, *, model: str, text: str, max_sentences: int = 3,
               timeout: float | None = None, max_retries: int | None = None,
               idempotency_key: str | None = None,
               extra_headers: Headers | None = None) -> Summary:
        """Summarise `text` in at most `max_sentences` sentences (offsets into `text`)."""
        return self._client._execute(
            create_plan(model=model, text=text, max_sentences=max_sentences,
                        privacy=self._client.privacy, idempotency_key=idempotency_key,
                        extra_headers=extra_headers), timeout, max_retries)

    def create_many(self, notes: Iterable[str], *, model: str, max_sentences: int = 3,
                    concurrency: int = 4, output: str | os.PathLike[str] | None = None,
                    on_progress: ProgressCallback | None = None,
                    timeout: float | None = None, max_retries: int | None = None,
                    ) -> BulkResult[Summary]:
        """Summarise any iterable of notes, `concurrency` at a time, in input order.

        Results are in `.results`, or with `output` in a JSON Lines file of
        `{"index": i, "summary": {...}}` that a rerun resumes from. Each note is one call
        (de-identified and restored as in `create`), retried like any call.
        """
        def send(chunk: Chunk) -> list[Summary]:
            return [self.create(model=model, text=chunk.texts[0], max_sentences=max_sentences,
                                timeout=timeout, max_retries=max_retries)]

        return run_sync(dict(texts=notes, chunk_size=1, to_record=_summary_record), send,
                        concurrency=concurrency, output=output, on_progress=on_progress)


class AsyncSummaries(AsyncAPIResource):
    """Extractive summaries (async)."""

    async def create(self, *, model: str, text: str, max_sentences: int = 3,
                     timeout: float | None = None, max_retries: int | None = None,
                     idempotency_key: str | None = None,
                     extra_headers: Headers | None = None) -> Summary:
        """Summarise `text` in at most `max_sentences` sentences (offsets into `text`)."""
        return await self._client._execute(
            create_plan(model=model, text=text, max_sentences=max_sentences,
                        privacy=self._client.privacy, idempotency_key=idempotency_key,
                        extra_headers=extra_headers), timeout, max_retries)

    async def create_many(self, notes: Iterable[str], *, model: str, max_sentences: int = 3,
                          concurrency: int = 4, output: str | os.PathLike[str] | None = None,
                          on_progress: ProgressCallback | None = None,
                          timeout: float | None = None, max_retries: int | None = None,
                          ) -> BulkResult[Summary]:
        """The async `create_many`: the same job, notes sent as concurrent tasks."""
        async def send(chunk: Chunk) -> list[Summary]:
            return [await self.create(model=model, text=chunk.texts[0],
                                      max_sentences=max_sentences, timeout=timeout,
                                      max_retries=max_retries)]

        return await run_async(dict(texts=notes, chunk_size=1, to_record=_summary_record),
                               send, concurrency=concurrency, output=output,
                               on_progress=on_progress)
