"""Parity and behaviour of the Keras MiniLM-L6 encoder against sentence-transformers vectors.

The reference vectors come from ``tests/data/minilm_reference.json`` (made by
``tests/data/make_minilm_reference.py`` with sentence-transformers + torch, not run here).
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import json
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mock_server.models.minilm import (
    BATCH_BUCKETS,
    LENGTH_BUCKETS,
    MiniLMEncoder,
    _attention_slice,
)

REFERENCE = Path(__file__).parent / "data" / "minilm_reference.json"


@pytest.fixture(scope="module")
def encoder() -> MiniLMEncoder:
    return MiniLMEncoder.load()


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return data


def test_reference_file_covers_the_required_cases(reference: dict[str, Any]) -> None:
    entries = reference["entries"]
    assert len(entries) >= 24
    assert sum(e["token_count"] == 256 for e in entries) >= 3
    assert any(len(e["text"].split()) == 1 for e in entries)
    assert reference["versions"]["torch"] and reference["versions"]["sentence_transformers"]


def test_matches_sentence_transformers(encoder: MiniLMEncoder, reference: dict[str, Any]) -> None:
    texts = [e["text"] for e in reference["entries"]]
    expected = np.array([e["vector"] for e in reference["entries"]], dtype=np.float64)
    result = encoder.encode(texts)
    assert result.token_counts == [e["token_count"] for e in reference["entries"]]
    cosine = (result.vectors * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    assert cosine.min() >= 0.99999, cosine.min()
    # Measured: max abs difference about 2.2e-7 (float32 round-off).
    assert np.abs(result.vectors - expected).max() < 1e-5


def test_shape_dtype_and_normalisation(encoder: MiniLMEncoder) -> None:
    result = encoder.encode(["Afebrile, vitals stable.", "x", ""])
    assert result.vectors.shape == (3, encoder.dim) == (3, 384)
    assert result.vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(result.vectors, axis=1), 1.0, atol=1e-5)
    assert result.token_counts[2] == 2  # [CLS] [SEP] only


def test_empty_batch(encoder: MiniLMEncoder) -> None:
    result = encoder.encode([])
    assert result.vectors.shape == (0, 384)
    assert result.token_counts == []


def test_single_string_is_rejected(encoder: MiniLMEncoder) -> None:
    with pytest.raises(TypeError):
        encoder.encode("not a list")


def test_truncation_at_256_tokens(encoder: MiniLMEncoder) -> None:
    long_note = "The patient reports intermittent palpitations after exercise. " * 60
    longer_note = long_note + "Additional findings beyond the model window. " * 40
    assert encoder.count_tokens([long_note, longer_note, "short"]) == [256, 256, 3]
    result = encoder.encode([long_note, longer_note])
    assert result.token_counts == [256, 256]
    # Text past the window does not change the embedding.
    np.testing.assert_allclose(result.vectors[0], result.vectors[1], atol=1e-6)


def test_independent_of_batch_and_length_bucket(encoder: MiniLMEncoder) -> None:
    short = "Mild pedal oedema bilaterally."
    long_note = "Chest radiograph shows no focal consolidation or effusion. " * 30
    alone = encoder.encode([short]).vectors[0]  # batch bucket 1, length bucket 16
    with_long = encoder.encode([long_note, short]).vectors[1]  # batch 8, length 256
    many = [f"Follow-up visit number {i}: wound healing well." for i in range(40)] + [short]
    in_big_batch = encoder.encode(many).vectors[-1]  # split across chunks, batch 32
    np.testing.assert_allclose(with_long, alone, atol=1e-6)
    np.testing.assert_allclose(in_big_batch, alone, atol=1e-6)


def test_order_preserved_across_chunks(encoder: MiniLMEncoder) -> None:
    texts = [("word " * (i % 50)).strip() or "blank" for i in range(45)]
    batched = encoder.encode(texts)
    for i in (0, 7, 31, 44):
        single = encoder.encode([texts[i]])
        assert batched.token_counts[i] == single.token_counts[0]
        np.testing.assert_allclose(batched.vectors[i], single.vectors[0], atol=1e-6)


def test_concurrent_encode_is_consistent(encoder: MiniLMEncoder) -> None:
    texts = ["Shortness of breath on exertion.", "Denies chest pain.", "Plan: repeat labs."]
    expected = encoder.encode(texts).vectors
    results: list[np.ndarray] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(encoder.encode(texts).vectors)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for got in results:
        np.testing.assert_allclose(got, expected, atol=1e-6)


def test_metadata(encoder: MiniLMEncoder) -> None:
    assert encoder.name == "minilm-l6-v2"
    assert encoder.dim == 384
    assert encoder.max_tokens == 256 == LENGTH_BUCKETS[-1]
    assert encoder.parameter_count == 22_565_376  # ~22.6 M (BERT pooler not used)


def test_warmup_compiles_every_bucket(encoder: MiniLMEncoder) -> None:
    encoder.warmup()
    assert encoder.is_warm
    assert len(encoder._compiled) == len(BATCH_BUCKETS) * len(LENGTH_BUCKETS)


@pytest.fixture(scope="module")
def einsum_encoder() -> MiniLMEncoder:
    return MiniLMEncoder.load(attention_impl="einsum")


@pytest.mark.parametrize("length", [32, 128, 256])
def test_fused_forward_matches_the_einsum_forward(
    encoder: MiniLMEncoder, einsum_encoder: MiniLMEncoder, length: int
) -> None:
    # Batch 8 covers the short path (32), two sequences per slice (128) and one (256).
    rng = np.random.default_rng(length)
    ids = rng.integers(1000, 20000, size=(8, length), dtype=np.int32)
    mask = np.ones_like(ids)
    for row, used in enumerate((length, length // 2, 5, 2, length, 3, length - 1, 9)):
        ids[row, used:] = 0
        mask[row, used:] = 0
    fused = encoder._run(ids, mask)
    einsum = einsum_encoder._run(ids, mask)
    # Same maths, different summation order: float32 round-off only.
    np.testing.assert_allclose(fused, einsum, atol=2e-6)
    # Padding is masked in the sliced path too: a row alone gives the same vector.
    alone = encoder._run(ids[2:3, :8].copy(), mask[2:3, :8].copy())
    np.testing.assert_allclose(fused[2], alone[0], atol=1e-6)


def test_unknown_attention_impl_is_rejected() -> None:
    with pytest.raises(ValueError, match="attention_impl"):
        MiniLMEncoder.load(attention_impl="flash")


@pytest.mark.parametrize(("batch", "length", "rows"),
                         [(32, 256, 1), (32, 128, 2), (8, 128, 2), (1, 256, 1), (32, 96, 2)])
def test_attention_slices_divide_the_batch(batch: int, length: int, rows: int) -> None:
    assert _attention_slice(batch, length) == rows
    assert batch % rows == 0
