"""MiniLM-L6 sentence encoder (sentence-transformers/all-MiniLM-L6-v2) as a Keras 3 model.

A BERT encoder — 6 layers, hidden 384, 12 heads, intermediate 1536, exact-erf GELU,
post-LayerNorm (eps 1e-12), word + position + token-type embeddings — followed by mean pooling
over the attention mask and L2 normalisation, loaded from the published safetensors weights.

JAX compiles one program per input shape, so inputs are padded to a few sequence-length
buckets and batch-size buckets (larger batches are split), and one jitted stateless forward
serves every shape. :meth:`MiniLMEncoder.warmup` compiles all of them up front; with the
persistent compilation cache (:mod:`mock_server.models.jax_setup`) a restart loads them from
disk.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import json
import math
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mock_server.models.jax_setup import configure_jax

__all__ = [
    "ATTENTION_IMPLS",
    "BATCH_BUCKETS",
    "DEFAULT_ATTENTION",
    "LENGTH_BUCKETS",
    "EncodeResult",
    "MiniLMEncoder",
]

LENGTH_BUCKETS: tuple[int, ...] = (16, 32, 64, 128, 256)
"""Padded sequence lengths (tokens, incl. [CLS]/[SEP]); the last one is the model window."""
BATCH_BUCKETS: tuple[int, ...] = (1, 8, 32)
"""Padded batch sizes; a larger request is split into chunks of the largest bucket."""
_MASK_BIAS = -1e9
ATTENTION_IMPLS: tuple[str, ...] = ("fused", "einsum")
"""Forward implementations, same vectors: ``fused`` (default) projects Q, K and V with one
matmul; above 64 tokens (batch > 1) straight into a head-major
``[3, batch, heads, length, head_dim]`` layout, with the attention run over cache-sized slices
of the batch. ``einsum`` is the original
sequence-major form with three projections, kept selectable for ``benchmarks/forward.py``."""
DEFAULT_ATTENTION = "fused"


@dataclass(frozen=True)
class EncodeResult:
    """Embeddings for a list of texts, in input order.

    ``vectors`` is float32 of shape (n, 384), each row L2-normalised; ``token_counts`` holds the
    number of tokens embedded per text (special tokens included, after truncation).
    """

    vectors: np.ndarray
    token_counts: list[int]


_SLICE_SCORE_BYTES = 1_572_864
_SHORT_LENGTH = 64
"""Up to this many tokens (and at batch 1) the fused forward keeps sequence-major attention."""


def _attention_slice(batch: int, length: int, heads: int = 12) -> int:
    """Sequences per attention slice: as many as keep the slice's scores under 1.5 MB."""
    rows = max(1, _SLICE_SCORE_BYTES // (heads * length * length * 4))
    while batch % rows:
        rows -= 1
    return min(rows, batch)


def _build_model(config: dict[str, Any], attention_impl: str = DEFAULT_ATTENTION) -> Any:
    """Create the Keras BERT sentence encoder described by a Hugging Face ``config.json``.

    ``attention_impl`` is one of :data:`ATTENTION_IMPLS`; both give the same vectors.
    """
    if attention_impl not in ATTENTION_IMPLS:
        raise ValueError(f"attention_impl must be one of {ATTENTION_IMPLS}, not {attention_impl!r}")
    import keras
    from keras import layers, ops

    hidden = int(config["hidden_size"])
    heads = int(config["num_attention_heads"])
    head_dim = hidden // heads
    eps = float(config["layer_norm_eps"])

    class TransformerLayer(layers.Layer):
        """Post-LN BERT layer: self-attention, then a GELU feed-forward block."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            if attention_impl == "fused":
                self.qkv = QKVProjection(name="qkv")
            else:
                self.query = layers.Dense(hidden, name="query")
                self.key = layers.Dense(hidden, name="key")
                self.value = layers.Dense(hidden, name="value")
            self.attn_out = layers.Dense(hidden, name="attention_output")
            self.attn_norm = layers.LayerNormalization(epsilon=eps, name="attention_norm")
            self.intermediate = layers.Dense(int(config["intermediate_size"]), name="intermediate")
            self.ffn_out = layers.Dense(hidden, name="output")
            self.ffn_norm = layers.LayerNormalization(epsilon=eps, name="output_norm")

        def call(self, x: Any, bias: Any) -> Any:
            if attention_impl == "fused":
                context = self._fused_attention(x, bias)
            else:
                context = self._einsum_attention(x, bias)
            x = self.attn_norm(x + self.attn_out(context))
            h = ops.gelu(self.intermediate(x), approximate=False)
            return self.ffn_norm(x + self.ffn_out(h))

        def _einsum_attention(self, x: Any, bias: Any) -> Any:
            """The original form: sequence-major Q/K/V, XLA transposes them per product."""
            batch, length = ops.shape(x)[0], ops.shape(x)[1]

            def split(t: Any) -> Any:
                return ops.reshape(t, (batch, length, heads, head_dim))

            q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
            scores = ops.einsum("bqhd,bkhd->bhqk", q, k) / math.sqrt(head_dim)
            probs = ops.softmax(scores + bias, axis=-1)
            return ops.reshape(ops.einsum("bhqk,bkhd->bqhd", probs, v), (batch, length, hidden))

        def _fused_attention(self, x: Any, bias: Any) -> Any:
            """One QKV matmul into head-major layout, then attention over cache-sized slices.

            Slicing the batch keeps each slice's ``[heads, length, length]`` scores in cache
            instead of materialising them for the whole batch (100 MB at 32 x 256 tokens).
            """
            batch, length = int(x.shape[0]), int(x.shape[1])
            if length <= _SHORT_LENGTH or batch == 1:
                # Short sequences or one sequence: the scores fit in cache and the head-major
                # layout saves nothing (measured): the original computation, same ops.
                q, k, v = self.qkv(x, head_major=False)  # each [batch, length, heads, dim]
                scores = ops.einsum("bqhd,bkhd->bhqk", q, k) / math.sqrt(head_dim)
                probs = ops.softmax(scores + bias, axis=-1)
                context = ops.einsum("bhqk,bkhd->bqhd", probs, v)
                return ops.reshape(context, (batch, length, hidden))
            rows = _attention_slice(batch, length)
            q, k, v = self.qkv(x)  # each [batch, heads, length, head_dim]

            def attend(args: Any) -> Any:
                q, k, v, b = args
                probs = ops.softmax(ops.einsum("bhqd,bhkd->bhqk", q, k) + b, axis=-1)
                return ops.einsum("bhqk,bhkd->bqhd", probs, v)

            if rows == batch:
                context = attend((q, k, v, bias))
            else:
                def sliced(t: Any) -> Any:
                    return ops.reshape(t, (batch // rows, rows, *t.shape[1:]))

                context = ops.map(attend, (sliced(q), sliced(k), sliced(v), sliced(bias)))
            return ops.reshape(context, (batch, length, hidden))

    class QKVProjection(layers.Layer):
        """Query, key and value projections as one matmul, output head-major.

        The kernel is ``[3, hidden, heads, head_dim]`` (so each of Q, K, V is a contiguous
        ``[hidden, hidden]`` matrix for the sequence-major path); the query part is scaled by
        ``1/sqrt(head_dim)`` after the matmul (not folded into the weights, for parity).
        """

        def build(self, input_shape: Any) -> None:
            self.kernel = self.add_weight(
                shape=(3, hidden, heads, head_dim), initializer="zeros", name="kernel"
            )
            self.bias = self.add_weight(
                shape=(3, 1, heads, 1, head_dim), initializer="zeros", name="bias"
            )

        def call(self, x: Any, head_major: bool = True) -> tuple[Any, Any, Any]:
            if not head_major:  # three unscaled [batch, length, heads, head_dim], as Dense
                shape = (*x.shape[:2], heads, head_dim)
                return tuple(  # type: ignore[return-value]
                    ops.reshape(ops.matmul(x, ops.reshape(self.kernel[t], (hidden, hidden)))
                                + ops.reshape(self.bias[t], (hidden,)), shape)
                    for t in range(3)
                )
            # [3, batch, heads, length, head_dim]
            qkv = ops.einsum("bld,tdhe->tbhle", x, self.kernel) + self.bias
            return qkv[0] / math.sqrt(head_dim), qkv[1], qkv[2]

    class SentenceEncoder(keras.Model):
        """BERT embeddings + encoder layers + masked mean pooling + L2 normalisation."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.word_embeddings = layers.Embedding(
                int(config["vocab_size"]), hidden, name="word_embeddings"
            )
            self.position_embeddings = layers.Embedding(
                int(config["max_position_embeddings"]), hidden, name="position_embeddings"
            )
            self.token_type_embeddings = layers.Embedding(
                int(config["type_vocab_size"]), hidden, name="token_type_embeddings"
            )
            self.embed_norm = layers.LayerNormalization(epsilon=eps, name="embeddings_norm")
            self.encoder_layers = [
                TransformerLayer(name=f"layer_{i}") for i in range(int(config["num_hidden_layers"]))
            ]

        def call(self, token_ids: Any, mask: Any) -> Any:
            length = ops.shape(token_ids)[1]
            positions = ops.expand_dims(ops.arange(length, dtype="int32"), 0)
            x = (
                self.word_embeddings(token_ids)
                + self.position_embeddings(positions)
                + self.token_type_embeddings(ops.zeros_like(token_ids))
            )
            x = self.embed_norm(x)
            maskf = ops.cast(mask, x.dtype)
            bias = ops.reshape((1.0 - maskf) * _MASK_BIAS, (ops.shape(mask)[0], 1, 1, length))
            for layer in self.encoder_layers:
                x = layer(x, bias)
            weights = ops.expand_dims(maskf, -1)
            pooled = ops.sum(x * weights, axis=1) / ops.maximum(ops.sum(weights, axis=1), 1e-9)
            norm = ops.sqrt(ops.sum(pooled * pooled, axis=-1, keepdims=True))
            return pooled / ops.maximum(norm, 1e-12)

    model = SentenceEncoder(name="minilm_l6_v2")
    dummy = np.zeros((1, LENGTH_BUCKETS[0]), dtype="int32")
    model(dummy, np.ones_like(dummy))
    return model


def _weight_values(
    model: Any, tensors: dict[str, np.ndarray], n_layers: int
) -> Iterator[tuple[Any, str, np.ndarray]]:
    """Yield (keras variable, safetensors name, value) for every weight of the model."""

    def get(name: str) -> np.ndarray:
        if name not in tensors:
            raise ValueError(f"weight {name} missing from the safetensors file")
        return tensors[name]

    embed = "embeddings."
    yield model.word_embeddings.embeddings, embed + "word_embeddings.weight", get(
        embed + "word_embeddings.weight")
    yield model.position_embeddings.embeddings, embed + "position_embeddings.weight", get(
        embed + "position_embeddings.weight")
    yield model.token_type_embeddings.embeddings, embed + "token_type_embeddings.weight", get(
        embed + "token_type_embeddings.weight")
    yield model.embed_norm.gamma, embed + "LayerNorm.weight", get(embed + "LayerNorm.weight")
    yield model.embed_norm.beta, embed + "LayerNorm.bias", get(embed + "LayerNorm.bias")
    for i in range(n_layers):
        layer = model.encoder_layers[i]
        prefix = f"encoder.layer.{i}."
        dense = {
            layer.attn_out: "attention.output.dense",
            layer.intermediate: "intermediate.dense",
            layer.ffn_out: "output.dense",
        }
        qkv_names = [f"{prefix}attention.self.{p}" for p in ("query", "key", "value")]
        if hasattr(layer, "qkv"):
            # torch Linear stores (out, in); the fused kernel is (3, in, heads, head_dim).
            kernel = layer.qkv.kernel
            stacked = np.stack([get(n + ".weight").T for n in qkv_names])
            yield kernel, qkv_names[0] + ".weight", stacked.reshape(tuple(kernel.shape))
            bias = layer.qkv.bias
            stacked = np.stack([get(n + ".bias") for n in qkv_names])
            yield bias, qkv_names[0] + ".bias", stacked.reshape(tuple(bias.shape))
        else:
            dense = {layer.query: "attention.self.query", layer.key: "attention.self.key",
                     layer.value: "attention.self.value", **dense}
        for dense_layer, name in dense.items():
            # torch Linear stores (out, in); Keras Dense kernels are (in, out).
            yield dense_layer.kernel, prefix + name + ".weight", get(prefix + name + ".weight").T
            yield dense_layer.bias, prefix + name + ".bias", get(prefix + name + ".bias")
        for norm, name in ((layer.attn_norm, "attention.output.LayerNorm"),
                           (layer.ffn_norm, "output.LayerNorm")):
            yield norm.gamma, prefix + name + ".weight", get(prefix + name + ".weight")
            yield norm.beta, prefix + name + ".bias", get(prefix + name + ".bias")


def _load_weights(model: Any, weights_path: Path, n_layers: int) -> None:
    from safetensors.numpy import load_file

    tensors = load_file(str(weights_path))
    for variable, name, value in _weight_values(model, tensors, n_layers):
        if tuple(value.shape) != tuple(variable.shape):
            raise ValueError(f"weight {name}: shape {value.shape} != {tuple(variable.shape)}")
        variable.assign(np.ascontiguousarray(value, dtype="float32"))


def _bucket(value: int, buckets: Sequence[int]) -> int:
    for b in buckets:
        if value <= b:
            return b
    return buckets[-1]


def _chunk_sizes(n: int) -> Iterator[int]:
    """Split ``n`` rows into chunks that waste few padded rows across the batch buckets."""
    big, small = BATCH_BUCKETS[-1], BATCH_BUCKETS[-2]
    while n > 0:
        use_big = n >= big or math.ceil(n / small) * small > big // 2
        take = min(n, big if use_big else small)
        yield take
        n -= take


class MiniLMEncoder:
    """all-MiniLM-L6-v2 sentence encoder on Keras 3 (JAX backend).

    Build with :meth:`load`; :meth:`encode` is thread-safe (forward passes are serialised).
    """

    name = "minilm-l6-v2"
    dim = 384
    max_tokens = 256

    def __init__(self, model: Any, tokenizer: Any, forward: Any,
                 params: tuple[Any, Any]) -> None:
        """Wrap a built model; use :meth:`load` rather than calling this directly."""
        self._model = model
        self._tokenizer = tokenizer
        self._forward = forward
        self._params = params
        self._lock = threading.Lock()
        self._compiled: dict[tuple[int, int], Any] = {}
        self._warm = False

    @classmethod
    def load(
        cls, model_dir: Path | None = None, attention_impl: str = DEFAULT_ATTENTION
    ) -> MiniLMEncoder:
        """Load tokenizer and weights from ``model_dir`` (default: :func:`ensure_weights`).

        The safetensors hash is verified before the weights are used. ``attention_impl``
        (one of :data:`ATTENTION_IMPLS`) selects the forward; the default is the fast one.
        """
        from mock_server.weights import ensure_weights, verify_weights

        if attention_impl not in ATTENTION_IMPLS:
            raise ValueError(
                f"attention_impl must be one of {ATTENTION_IMPLS}, not {attention_impl!r}")
        if model_dir is None:
            model_dir = ensure_weights()
        else:
            model_dir = Path(model_dir)
            verify_weights(model_dir)
        configure_jax()
        import jax
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=cls.max_tokens)

        model = _build_model(config, attention_impl)
        _load_weights(model, model_dir / "model.safetensors", int(config["num_hidden_layers"]))
        params = (
            [v.value for v in model.trainable_variables],
            [v.value for v in model.non_trainable_variables],
        )

        def forward(trainable: Any, non_trainable: Any, ids: Any, mask: Any) -> Any:
            out, _ = model.stateless_call(trainable, non_trainable, ids, mask)
            return out

        return cls(model, tokenizer, jax.jit(forward), params)

    @property
    def is_warm(self) -> bool:
        """True once :meth:`warmup` has compiled every (batch, length) bucket."""
        return self._warm

    @property
    def parameter_count(self) -> int:
        """Number of weights in the Keras model (about 22.6 M)."""
        return int(self._model.count_params())

    def _executable(self, batch: int, length: int) -> Any:
        """The compiled forward for one (batch, length) shape; compiles it on first use."""
        exe = self._compiled.get((batch, length))
        if exe is None:
            import jax

            spec = jax.ShapeDtypeStruct((batch, length), np.int32)
            exe = self._forward.lower(self._params[0], self._params[1], spec, spec).compile()
            self._compiled[(batch, length)] = exe
        return exe

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        exe = self._executable(int(ids.shape[0]), int(ids.shape[1]))
        return np.asarray(exe(self._params[0], self._params[1], ids, mask), dtype=np.float32)

    def warmup(self, shapes: Iterable[tuple[int, int]] = ()) -> None:
        """Compile (or load from the persistent cache) every (batch, length) bucket shape,
        and the extra ``shapes`` (the scheduler's token-budget batches).

        Only compiles: no forward pass is run, so warm-up cost is compile time alone.
        """
        with self._lock:
            for batch in BATCH_BUCKETS:
                for length in LENGTH_BUCKETS:
                    self._executable(batch, length)
            for batch, length in shapes:
                self._executable(batch, length)
            self._warm = True

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids per text (incl. [CLS]/[SEP], truncated at 256), for :meth:`encode_ids`."""
        return self._tokenize(texts)

    def encode_ids(self, token_ids: Sequence[Sequence[int]], batch: int,
                   length: int) -> np.ndarray:
        """Embed pre-tokenised rows as one forward of shape (``batch``, ``length``).

        At most ``batch`` rows, each at most ``length`` ids; returns (rows, 384) float32. The
        scheduler packs these batches itself; :meth:`encode` is the all-in-one path.
        """
        if len(token_ids) > batch or any(len(row) > length for row in token_ids):
            raise ValueError("rows do not fit the (batch, length) shape")
        ids = np.zeros((batch, length), dtype=np.int32)
        mask = np.zeros((batch, length), dtype=np.int32)
        for r, row in enumerate(token_ids):
            ids[r, : len(row)] = row
            mask[r, : len(row)] = 1
        with self._lock:
            out = self._run(ids, mask)
        return out[: len(token_ids)]

    def _tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        if isinstance(texts, str):
            raise TypeError("texts must be a sequence of strings, not a single string")
        return [enc.ids for enc in self._tokenizer.encode_batch(list(texts))]

    def token_stats(self, texts: Sequence[str]) -> np.ndarray:
        """Per text: [tokens it is embedded with, share of them that are [UNK]] — what drift
        monitoring watches (numbers only, no text)."""
        unk = self._tokenizer.token_to_id("[UNK]")
        ids = self._tokenize(texts)
        return np.array([[len(i), sum(t == unk for t in i) / max(len(i), 1)] for i in ids],
                        dtype=np.float64).reshape(-1, 2)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens each text would be embedded with (incl. [CLS]/[SEP], truncated at 256)."""
        return [len(ids) for ids in self._tokenize(texts)]

    def encode(self, texts: Sequence[str]) -> EncodeResult:
        """Embed ``texts``: L2-normalised float32 vectors (n, 384) and token counts, in order."""
        token_ids = self._tokenize(texts)
        counts = [len(ids) for ids in token_ids]
        vectors = np.zeros((len(counts), self.dim), dtype=np.float32)
        # Longest first, so texts of similar length share a padded length bucket.
        order = sorted(range(len(counts)), key=lambda i: -counts[i])
        start = 0
        for size in _chunk_sizes(len(order)):
            rows = order[start:start + size]
            start += size
            batch = _bucket(size, BATCH_BUCKETS)
            length = _bucket(max(counts[i] for i in rows), LENGTH_BUCKETS)
            ids = np.zeros((batch, length), dtype=np.int32)
            mask = np.zeros((batch, length), dtype=np.int32)
            for r, i in enumerate(rows):
                ids[r, : counts[i]] = token_ids[i]
                mask[r, : counts[i]] = 1
            with self._lock:
                out = self._run(ids, mask)
            vectors[rows] = out[: len(rows)]
        return EncodeResult(vectors=vectors, token_counts=counts)
