"""Summaries are re-identified onto the caller's note; a canary patient name never reaches a
log line (DEBUG, every logger) or an exception string, on success or failure paths."""

from __future__ import annotations

import inspect
import logging
from typing import Any

import httpx
import pytest
import respx

from maas_client import (
    APIError,
    AsyncMaaSClient,
    InvalidParametersError,
    MaaSClient,
    MaaSError,
    Privacy,
)
from maas_client.testing.mock import MockMaaS

BASE = "http://127.0.0.1:8000"
CANARY = "Zebediah Quillfeather-Marchbanks"
KEY = "sk-canary-key-93f1"
NOTE = (f"Patient: {CANARY} was seen on 03/04/2021 for chest pain. "
        f"{CANARY} reports shortness of breath. Plan: troponin and ECG.")


async def run(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


def clients(privacy: Privacy | None) -> list[MaaSClient | AsyncMaaSClient]:
    sleep_sync = lambda s: None  # noqa: E731
    async def sleep_async(s: float) -> None:
        return None
    return [MaaSClient(api_key=KEY, base_url=BASE, privacy=privacy, _sleep=sleep_sync),
            AsyncMaaSClient(api_key=KEY, base_url=BASE, privacy=privacy, _sleep=sleep_async)]


@pytest.mark.parametrize("which", [0, 1])
async def test_summary_offsets_map_back_to_original(which: int) -> None:
    client = clients(Privacy())[which]
    with MockMaaS() as mock:
        summary = await run(client.summaries.create(model="clinical-extractive", text=NOTE,
                                                    max_sentences=2))
    sent = mock.calls[0].json["text"]
    assert CANARY not in sent and "[NAME_1]" in sent
    assert len(summary.sentences) == 2
    for s in summary.sentences:
        assert NOTE[s.start:s.end] == s.text
    assert CANARY in summary.sentences[0].text and CANARY in summary.summary
    assert "[NAME_1]" not in summary.summary
    assert summary.request_id


def _scrub_check(caplog: pytest.LogCaptureFixture, errors: list[BaseException]) -> None:
    for rec in caplog.records:
        line = rec.getMessage()
        assert CANARY not in line and KEY not in line, line
    for e in errors:
        assert CANARY not in str(e) and CANARY not in repr(e) and KEY not in str(e)
        for attr in vars(e).values():
            assert CANARY not in str(attr)


@pytest.mark.parametrize("privacy", [None, Privacy()], ids=["privacy-off", "privacy-on"])
@pytest.mark.parametrize("which", [0, 1])
async def test_log_canary(caplog: pytest.LogCaptureFixture, privacy: Privacy | None,
                          which: int) -> None:
    caplog.set_level(logging.DEBUG)
    client = clients(privacy)[which]
    errors: list[BaseException] = []
    with MockMaaS() as mock:
        # success paths
        await run(client.embeddings.create(model="m", input=[NOTE, CANARY]))
        await run(client.summaries.create(model="clinical-extractive", text=NOTE))
        # retried failures then success
        mock.fail("embeddings", times=2, status=503, retry_after=0)
        await run(client.embeddings.create(model="m", input=CANARY))
        # failure paths: status, timeout, connection, malformed, truncated
        for script in (lambda: mock.fail("summaries", times=3, status=500),
                       lambda: mock.fail("summaries", status=422),
                       lambda: mock.timeout("summaries", times=3),
                       lambda: mock.connection_error("summaries", times=3),
                       lambda: mock.malformed("summaries"),
                       lambda: mock.truncated("summaries")):
            script()
            with pytest.raises(APIError) as info:
                await run(client.summaries.create(model="clinical-extractive", text=NOTE))
            errors.append(info.value)
    # invalid parameters (text over the limit; a non-string in a list)
    for kwargs in ({"text": NOTE * 10_000}, {"text": NOTE, "max_sentences": 0}):
        with pytest.raises(InvalidParametersError) as vinfo:
            await run(client.summaries.create(model="clinical-extractive", **kwargs))
        errors.append(vinfo.value)
    with pytest.raises(InvalidParametersError) as einfo:
        await run(client.embeddings.create(model="m", input=[CANARY, ""]))
    errors.append(einfo.value)
    # a misbehaving server that echoes the note in a non-envelope error body
    with respx.mock(base_url=BASE) as router:
        router.post("/v1/embeddings").mock(return_value=httpx.Response(
            502, text=f"<html>upstream failed for {CANARY}</html>"))
        with pytest.raises(MaaSError) as pinfo:
            await run(client.with_options(max_retries=0).embeddings.create(model="m",
                                                                           input=NOTE))
        errors.append(pinfo.value)
    assert caplog.records, "expected attempt log lines"
    assert any("POST /v1/embeddings -> 200" in r.getMessage() for r in caplog.records)
    assert any("retrying" in r.getMessage() for r in caplog.records)
    _scrub_check(caplog, errors)
