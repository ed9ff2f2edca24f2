"""`client.summaries`: `POST /v1/summaries`, de-identified on the way out, restored on return.

The server sees the de-identified note; each returned sentence's `start`/`end` are mapped back
to the caller's original note (so `sentence.text == note[start:end]` still holds) and the
summary's placeholders are replaced by the original values, in memory only.
"""

from __future__ import annotations

from .._core import CallPlan, PreparedRequest, validate_params
from .._errors import APIResponseValidationError
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
    restored._attach(summary.request_id, summary.rate_limit)
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


class Summaries(SyncAPIResource):
    """Extractive summaries of clinical notes, traceable to the note word for word."""

    def create(self, *, model: str, text: str, max_sentences: int = 3,
               timeout: float | None = None, idempotency_key: str | None = None,
               extra_headers: Headers | None = None) -> Summary:
        """Summarise `text` in at most `max_sentences` sentences (offsets into `text`)."""
        return self._client._execute(
            create_plan(model=model, text=text, max_sentences=max_sentences,
                        privacy=self._client.privacy, idempotency_key=idempotency_key,
                        extra_headers=extra_headers), timeout)


class AsyncSummaries(AsyncAPIResource):
    """Extractive summaries (async)."""

    async def create(self, *, model: str, text: str, max_sentences: int = 3,
                     timeout: float | None = None, idempotency_key: str | None = None,
                     extra_headers: Headers | None = None) -> Summary:
        """Summarise `text` in at most `max_sentences` sentences (offsets into `text`)."""
        return await self._client._execute(
            create_plan(model=model, text=text, max_sentences=max_sentences,
                        privacy=self._client.privacy, idempotency_key=idempotency_key,
                        extra_headers=extra_headers), timeout)
