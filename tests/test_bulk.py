"""`create_many`: order, bounded concurrency, progress, per-chunk retries, and resuming an
interrupted run from its JSON Lines output without recomputing finished chunks."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from maas_client import AsyncMaaSClient, BulkProgress, MaaSClient, ServiceUnavailableError
from maas_client._bulk import BulkJob, Chunk
from maas_client.bulk import read_jsonl, run_async, run_sync
from maas_client.testing.mock import MockMaaS, _embedding

BASE = "http://127.0.0.1:8000"


def client(**kw: Any) -> MaaSClient:
    return MaaSClient(api_key="k", base_url=BASE, privacy=None, encryption="off", **kw)


def texts(n: int) -> list[str]:
    return [f"synthetic note {i}" for i in range(n)]


def sent_inputs(mock: MockMaaS) -> list[str]:
    return [t for c in mock.calls_to("embeddings") if c.response_status == 200
            for t in c.json["input"]]


@given(st.integers(1, 60), st.integers(1, 9), st.randoms(use_true_random=False))
def test_job_emits_lines_in_input_order_whatever_the_completion_order(
        n: int, size: int, rnd: Any) -> None:
    job: BulkJob[int] = BulkJob([str(i) for i in range(n)], size,
                                lambda r: {"v": r}, done_before=set(), to_file=True)
    chunks = []
    while (c := job.next_chunk()) is not None:
        chunks.append(c)
    rnd.shuffle(chunks)
    out = b"".join(job.complete(c, [int(t) for t in c.texts]) for c in chunks)
    records = [json.loads(line) for line in out.splitlines()]
    assert records == [{"index": i, "v": i} for i in range(n)]
    assert job.progress() == BulkProgress(n, n, 0)


def test_order_progress_and_bounded_concurrency() -> None:
    seen: list[BulkProgress] = []
    active = peak = 0
    lock = threading.Lock()
    with MockMaaS() as mock, client() as c:
        real = mock._handle

        def counting(request: Any) -> Any:
            nonlocal active, peak
            with lock:
                active += 1
                peak = max(peak, active)
            try:
                return real(request)
            finally:
                with lock:
                    active -= 1

        mock._router.routes[0].side_effect = counting  # type: ignore[union-attr]
        result = c.embeddings.create_many(texts(1000), model="minilm-l6-v2", chunk_size=64,
                                          concurrency=3, on_progress=seen.append)
    assert result.total == result.computed == 1000 and result.skipped == 0
    assert result.results is not None
    assert all(abs(a - b) < 1e-6 for a, b in zip(result.results[7], _embedding(texts(1000)[7]),
                                                strict=True))
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1] == BulkProgress(1000, 1000, 0) and len(seen) == 16
    assert 1 <= peak <= 3


def test_any_iterable_and_retries_per_chunk() -> None:
    def gen() -> Iterator[str]:
        yield from texts(10)

    seen: list[BulkProgress] = []
    with MockMaaS() as mock, client(max_retries=2) as c:
        mock.fail("embeddings", times=1, status=503, retry_after=0)
        result = c.embeddings.create_many(gen(), model="minilm-l6-v2", chunk_size=4,
                                          concurrency=1, on_progress=seen.append)
        assert len(mock.calls_to("embeddings")) == 4  # 3 chunks, the first one retried
    assert result.computed == 10 and seen[-1] == BulkProgress(10, None, 0)


def test_interrupted_run_resumes_without_recomputing(tmp_path: Path) -> None:
    out = tmp_path / "vectors.jsonl"
    data = texts(100)
    with MockMaaS() as mock, client(max_retries=0) as c:
        calls = 0
        real = mock._handle

        def dies_on_the_fourth_chunk(request: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == 4:
                mock.fail("embeddings", times=1, status=503)
            return real(request)

        mock._router.routes[0].side_effect = dies_on_the_fourth_chunk  # type: ignore[union-attr]
        with pytest.raises(ServiceUnavailableError):
            c.embeddings.create_many(data, model="minilm-l6-v2", chunk_size=10,
                                     concurrency=1, output=out)
        first = sent_inputs(mock)
        assert first == data[:30]
        assert [r["index"] for r in read_jsonl(out)] == list(range(30))
        with out.open("ab") as fh:  # a torn line, as if killed mid-write
            fh.write(b'{"index": 30, "embedd')
        mock.calls.clear()
        result = c.embeddings.create_many(data, model="minilm-l6-v2", chunk_size=10,
                                          concurrency=2, output=out)
        assert sorted(sent_inputs(mock)) == sorted(data[30:])  # finished chunks not resent
    assert (result.total, result.computed, result.skipped) == (100, 70, 30)
    assert result.results is None and result.output == out
    records = read_jsonl(out)
    assert [r["index"] for r in records] == list(range(100))
    assert records[42]["embedding"] == pytest.approx(_embedding(data[42]), abs=1e-6)


async def test_async_create_many_and_resume(tmp_path: Path) -> None:
    out = tmp_path / "v.jsonl"
    seen: list[BulkProgress] = []
    async with MockMaaS() as mock:
        async with AsyncMaaSClient(api_key="k", base_url=BASE, privacy=None,
                                   encryption="off") as c:
            result = await c.embeddings.create_many(texts(50), model="minilm-l6-v2",
                                                    chunk_size=8, concurrency=4, output=out,
                                                    on_progress=seen.append)
            again = await c.embeddings.create_many(texts(60), model="minilm-l6-v2",
                                                   chunk_size=8, output=out)
            mem = await c.embeddings.create_many(texts(20), model="minilm-l6-v2",
                                                 chunk_size=8)
        assert sorted(sent_inputs(mock)) == sorted(texts(50) + texts(60)[50:] + texts(20))
    assert result.computed == 50 and seen[-1].done == 50
    assert (again.skipped, again.computed) == (50, 10)
    assert mem.results is not None and len(mem.results) == 20
    assert [r["index"] for r in read_jsonl(out)] == list(range(60))


async def test_summaries_create_many_sync_and_async(tmp_path: Path) -> None:
    notes = [f"Note {i}. Chest pain since morning. ECG normal. Plan: observe." for i in range(7)]
    with MockMaaS() as mock, client() as c:
        result = c.summaries.create_many(notes, model="clinical-extractive", max_sentences=1,
                                         concurrency=3)
        assert len(mock.calls_to("summaries")) == 7
    assert result.results is not None
    assert all(s.sentences[0].text in n for s, n in zip(result.results, notes, strict=True))
    out = tmp_path / "s.jsonl"
    async with MockMaaS(), AsyncMaaSClient(api_key="k", base_url=BASE, privacy=None,
                                            encryption="off") as ac:
        done = await ac.summaries.create_many(notes, model="clinical-extractive", output=out)
    assert done.computed == 7
    recs = read_jsonl(out)
    assert [r["index"] for r in recs] == list(range(7))
    assert recs[3]["summary"]["object"] == "summary"


def test_bad_arguments_are_typed_errors() -> None:
    with MockMaaS(), client() as c:
        with pytest.raises(ValueError, match="chunk_size"):
            c.embeddings.create_many(texts(3), model="minilm-l6-v2", chunk_size=0)
        with pytest.raises(ValueError, match="concurrency"):
            c.embeddings.create_many(texts(3), model="minilm-l6-v2", concurrency=0)
        with pytest.raises(ValueError, match="input 1 is a int"):
            c.embeddings.create_many(["a", 3], model="minilm-l6-v2")  # type: ignore[list-item]


@pytest.mark.integration
def test_create_many_on_the_reference_server(maas_client: MaaSClient, tmp_path: Path) -> None:
    data = [f"patient reports symptom {i}" for i in range(300)]
    seen: list[BulkProgress] = []
    result = maas_client.embeddings.create_many(data, model="minilm-l6-v2", chunk_size=64,
                                                on_progress=seen.append)
    direct = maas_client.embeddings.create(model="minilm-l6-v2", input=data[:5])
    assert result.results is not None and seen[-1].done == 300
    for a, b in zip(result.results[:5], direct.data, strict=True):
        assert a == pytest.approx(b.embedding, abs=1e-5)


def _overloaded() -> ServiceUnavailableError:
    return ServiceUnavailableError("overloaded", status_code=503, headers=httpx.Headers(),
                                   code="overloaded")


def test_a_chunk_refused_as_overloaded_while_others_are_out_is_sent_again() -> None:
    # chunk 0 is still out when the server refuses chunk 1: the job filled the queue itself
    refused = threading.Event()
    calls: list[int] = []

    def send(chunk: Chunk) -> list[int]:
        calls.append(chunk.seq)
        if chunk.seq == 0:
            assert refused.wait(10)
        elif chunk.seq == 1 and not refused.is_set():
            refused.set()
            raise _overloaded()
        return [int(t) for t in chunk.texts]

    result = run_sync(dict(texts=[str(i) for i in range(12)], chunk_size=4,
                           to_record=lambda r: {"v": r}), send, concurrency=3, output=None,
                      on_progress=None)
    assert result.results == list(range(12)) and result.computed == 12
    assert sorted(calls) == [0, 1, 1, 2]


async def test_async_jobs_send_a_refused_chunk_again_with_fewer_in_flight() -> None:
    refused = asyncio.Event()
    out = 0
    out_after_refusal: list[int] = []  # chunks out (this one included) at each later send

    async def send(chunk: Chunk) -> list[int]:
        nonlocal out
        out += 1
        if refused.is_set():
            out_after_refusal.append(out)
        try:
            if chunk.seq == 0:
                await refused.wait()
            elif chunk.seq == 1 and not refused.is_set():
                refused.set()
                raise _overloaded()
            return [int(t) for t in chunk.texts]
        finally:
            out -= 1

    result = await run_async(dict(texts=[str(i) for i in range(40)], chunk_size=4,
                                  to_record=lambda r: {"v": r}), send, concurrency=2,
                             output=None, on_progress=None)
    assert result.results == list(range(40))
    assert len(out_after_refusal) == 9 and set(out_after_refusal) == {1}


@pytest.mark.parametrize("error", [_overloaded(), ServiceUnavailableError(
    "shutting down", status_code=503, headers=httpx.Headers(), code="shutting_down")])
def test_a_refusal_with_nothing_else_out_ends_the_job(error: Exception) -> None:
    def send(chunk: Chunk) -> list[int]:
        raise error

    with pytest.raises(ServiceUnavailableError):
        run_sync(dict(texts=["a", "b"], chunk_size=1, to_record=lambda r: {"v": r}), send,
                 concurrency=1, output=None, on_progress=None)
