"""`wdbc-mlp`: the breast-cancer diagnosis MLP, its input checks and integrated gradients.

The network is a GLM-anchored MLP (a "Combined Actuarial Neural Network", Wüthrich & Merz
2019): ``Normalization → [Dense(hidden, gelu) → Dense(1) residual] + Dense(1) linear skip →
sigmoid``. The linear skip holds the logistic regression's linear predictor, the residual's
output layer starts at zero, so an untrained residual is exactly the logistic regression. Its
weights and model card are the committed artifacts ``wdbc-mlp.weights.h5`` and
``wdbc-mlp.card.json`` (written by ``python -m mock_server.training wdbc``).

Explanations are integrated gradients (Sundararajan et al., 2017) of P(malignant) with respect
to the raw features, from the baseline x' = the training mean (zero after normalisation):
``attr_i = (x_i - x'_i) * mean_k w_k * dP/dx_i(x' + a_k (x - x'))`` with the trapezoid rule
on ``IG_STEPS`` intervals, so ``sum(attr) ≈ P(x) - P(x')`` (completeness).
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("KERAS_BACKEND", "jax")

import numpy as np

from .trust import ConformalSets, OODDetector, OODResult

__all__ = [
    "BATCH_BUCKETS",
    "IG_STEPS",
    "MAX_INPUTS",
    "MODEL_ID",
    "FeatureError",
    "Prediction",
    "WDBCModel",
    "build_network",
]

MODEL_ID = "wdbc-mlp"
MAX_INPUTS = 256
BATCH_BUCKETS = (1, 8, 32, 128, 256)
"""Batch sizes JAX compiles for; a request is padded up to the next one."""
IG_STEPS = 128
"""Trapezoid intervals along the straight path from the baseline to the input."""
N_FEATURES = 30


class FeatureError(ValueError):
    """An input that the model refuses. `message` names the field, never its value."""

    def __init__(self, code: str, param: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.param = param
        self.message = message


@dataclass(frozen=True)
class Prediction:
    """One case: P(malignant), the label at threshold 0.5, how far it is from the training
    data and, if asked, the attributions and the conformal prediction set."""

    probability: float
    label: str
    probabilities: dict[str, float]
    explanation: list[dict[str, Any]] | None = None
    prediction_set: list[str] | None = None
    ood: OODResult | None = None


def build_network(
    hidden: int, *, dropout: float = 0.0, l2: float = 0.0, activation: str = "gelu"
) -> Any:
    """The Keras model: logit = linear(z) + residual(z), z = Normalization(x); then sigmoid.

    ``residual = Dense(1)(Dense(hidden, activation)(z))`` with its output layer initialised at
    zero (L2 ``l2`` on both residual kernels); ``linear = Dense(1)(z)`` is the skip path that
    training loads with the logistic regression's coefficients. The Normalization layer is
    unadapted; training adapts it, inference loads it with the weights.
    """
    import keras

    reg = keras.regularizers.L2(l2) if l2 else None
    inputs = keras.Input((N_FEATURES,), name="features")
    z = keras.layers.Normalization(name="normalization")(inputs)
    h = keras.layers.Dense(hidden, activation=activation, kernel_regularizer=reg, name="hidden")(z)
    if dropout:
        h = keras.layers.Dropout(dropout, name="dropout")(h)
    residual = keras.layers.Dense(1, kernel_regularizer=reg, kernel_initializer="zeros",
                                  name="residual")(h)
    linear = keras.layers.Dense(1, name="linear")(z)
    logit = keras.layers.Add(name="logit")([linear, residual])
    prob = keras.layers.Activation("sigmoid", name="probability")(logit)
    return keras.Model(inputs, prob, name="wdbc_mlp")


def _bucket(n: int) -> int:
    for b in BATCH_BUCKETS:
        if n <= b:
            return b
    raise ValueError(f"at most {MAX_INPUTS} inputs per call")


class WDBCModel:
    """The loaded diagnosis model. Thread-safe: the jitted functions hold no mutable state."""

    def __init__(self, network: Any, card: dict[str, Any],
                 reference: Mapping[str, Any] | None = None) -> None:
        import jax
        import jax.numpy as jnp

        self.card = card
        self.network = network
        features = card["inputs"]["features"]
        self.feature_names: list[str] = [f["name"] for f in features]
        self.reference = reference
        """The reference artifact (conformal scores, OOD and drift statistics), if present."""
        self.conformal = None if reference is None else ConformalSets.from_reference(
            reference["conformal"])
        self.ood = None if reference is None else OODDetector.from_reference(
            reference["ood"], self.feature_names)
        self._index = {name: i for i, name in enumerate(self.feature_names)}
        self._min = {f["name"]: float(f["min"]) for f in features}
        self._max = {f["name"]: float(f["max"]) for f in features}
        norm = network.get_layer("normalization")
        self.baseline = np.asarray(norm.adapt_mean, dtype=np.float32).reshape(N_FEATURES)
        trainable = [v.value for v in network.trainable_variables]
        frozen = [v.value for v in network.non_trainable_variables]

        def prob(x: Any) -> Any:
            out, _ = network.stateless_call(trainable, frozen, x, training=False)
            return out[:, 0]

        grad = jax.grad(lambda x: jnp.sum(prob(x)))
        alphas = jnp.linspace(0.0, 1.0, IG_STEPS + 1, dtype=jnp.float32)
        weights = jnp.full((IG_STEPS + 1,), 1.0 / IG_STEPS, dtype=jnp.float32)
        weights = weights.at[0].set(0.5 / IG_STEPS).at[-1].set(0.5 / IG_STEPS)
        base = jnp.asarray(self.baseline)

        def explain(x: Any) -> tuple[Any, Any]:
            delta = x - base  # (n, 30)
            path = base + alphas[:, None, None] * delta[None]  # (steps+1, n, 30)
            grads = grad(path.reshape(-1, N_FEATURES)).reshape(path.shape)
            avg = jnp.tensordot(weights, grads, axes=1)  # (n, 30)
            return prob(x), delta * avg

        self._prob: Callable[[Any], Any] = jax.jit(prob)
        self._explain: Callable[[Any], tuple[Any, Any]] = jax.jit(explain)
        # The conformal fold models: the same graph (and Normalization) with each fold's
        # trainable weights, stacked on a leading axis and evaluated in one vmapped call.
        self._folds: list[Any] | None = None
        if reference is not None and "models" in reference["conformal"]:
            models = reference["conformal"]["models"]
            self._folds = [
                jnp.asarray(np.stack([m[v.path.split("/")[0]][int(v.path.endswith("bias"))]
                                      for m in models]), dtype=jnp.float32)
                for v in network.trainable_variables]

        def fold_prob(params: list[Any], x: Any) -> Any:
            out, _ = network.stateless_call(params, frozen, x, training=False)
            return out[:, 0]

        self._fold_prob: Callable[[Any, Any], Any] = jax.jit(
            jax.vmap(fold_prob, in_axes=(0, None)))
        self.baseline_probability = float(self._prob(base[None])[0])
        self._warm = threading.Event()

    @classmethod
    def load(cls, artifacts_dir: Path | None = None) -> WDBCModel:
        """Build the network from the card's architecture, load the committed weights and the
        reference artifact (checked against the card's SHA-256)."""
        import hashlib
        import json

        root = artifacts_dir or Path(__file__).resolve().parent.parent / "artifacts"
        card: dict[str, Any] = json.loads((root / f"{MODEL_ID}.card.json").read_text())
        arch = card["architecture"]
        network = build_network(arch["hidden_units"], activation=arch["activation"])
        network.load_weights(root / f"{MODEL_ID}.weights.h5")
        expected = card.get("trust", {}).get("reference_artifact")
        reference = None
        if expected is not None:
            raw = (root / expected["file"]).read_bytes()
            if hashlib.sha256(raw).hexdigest() != expected["sha256"]:
                raise RuntimeError(f"{expected['file']} does not match the model card's SHA-256")
            reference = json.loads(raw)
        return cls(network, card, reference)

    def warmup(self) -> None:
        """Compile every batch bucket for plain and explained predictions."""
        for b in BATCH_BUCKETS:
            x = np.repeat(self.baseline[None], b, axis=0)
            self._prob(x).block_until_ready()
            self._explain(x)[1].block_until_ready()
            if self._folds is not None:
                self._fold_prob(self._folds, x).block_until_ready()
        self._warm.set()

    @property
    def warm(self) -> bool:
        """True once `warmup()` has run."""
        return self._warm.is_set()

    def validate(self, inputs: Sequence[Mapping[str, Any]]) -> None:
        """Raise `FeatureError` for the first unknown, missing, non-numeric or bad value."""
        for i, features in enumerate(inputs):
            where = f"inputs[{i}].features"
            for name in features:
                if name not in self._index:  # never repeat a name the caller chose
                    raise FeatureError("unknown_feature", where,
                                       "unknown feature name; see the model card")
            for name in self.feature_names:
                param = f"{where}.{name}"
                if name not in features:
                    raise FeatureError("missing_feature", param, f"{name} is required")
                value = features[name]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise FeatureError("invalid_feature_type", param, f"{name} must be a number")
                if not math.isfinite(value):
                    raise FeatureError("non_finite", param, f"{name} must be a finite number")
                lo, hi = self._min[name], self._max[name]
                if not lo <= value <= hi:
                    raise FeatureError("feature_out_of_range", param,
                                       f"{name} must be between {lo:g} and {hi:g}")

    def to_array(self, inputs: Sequence[Mapping[str, float]]) -> np.ndarray:
        """Validated feature dicts → an (n, 30) float32 array in the card's feature order."""
        self.validate(inputs)
        return np.asarray([[f[name] for name in self.feature_names] for f in inputs],
                          dtype=np.float32).reshape(len(inputs), N_FEATURES)

    def predict(self, inputs: np.ndarray, explain: bool = False,
                coverage: float | None = None) -> list[Prediction]:
        """Predict 1 to 256 cases (rows in the card's feature order): the OOD verdict always
        (when the reference artifact is loaded), attributions and the conformal prediction set
        at `coverage` if asked."""
        x = np.asarray(inputs, dtype=np.float64)
        n = x.shape[0]
        if x.ndim != 2 or x.shape[1] != N_FEATURES or not 1 <= n <= MAX_INPUTS:
            raise ValueError(f"inputs must have shape (1..{MAX_INPUTS}, {N_FEATURES})")
        padded = np.repeat(self.baseline[None], _bucket(n), axis=0)
        padded[:n] = x
        if explain:
            p_dev, a_dev = self._explain(padded)
            attrs = np.asarray(a_dev, dtype=np.float64)[:n]
        else:
            p_dev, attrs = self._prob(padded), None
        probs = np.asarray(p_dev, dtype=np.float64)[:n]
        sets = None
        if coverage is not None:
            sets = self.conformal_sets(padded, coverage)[:n]
        ood = None if self.ood is None else self.ood.check(x)
        out = []
        for row in range(n):
            p = float(probs[row])
            expl = None if attrs is None else self._explanation(x[row], attrs[row])
            out.append(Prediction(
                probability=p,
                label="malignant" if p >= 0.5 else "benign",
                probabilities={"malignant": p, "benign": 1.0 - p},
                explanation=expl,
                prediction_set=None if sets is None else sets[row],
                ood=None if ood is None else ood[row],
            ))
        return out

    def fold_probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(malignant) of each conformal fold model for the rows of x: shape (K, n)."""
        if self._folds is None:
            raise ValueError("this model has no conformal calibration")
        return np.asarray(self._fold_prob(self._folds, np.asarray(x, np.float32)), np.float64)

    def conformal_sets(self, x: np.ndarray, coverage: float) -> list[list[str]]:
        """The conformal prediction set of every row of x at `coverage`."""
        if self.conformal is None:
            raise ValueError("this model has no conformal calibration")
        return self.conformal.sets(self.fold_probabilities(x), coverage)

    def _explanation(self, x: np.ndarray, attr: np.ndarray) -> list[dict[str, Any]]:
        order = np.argsort(-np.abs(attr), kind="stable")
        return [{"feature": self.feature_names[j], "value": float(x[j]),
                 "attribution": float(attr[j])} for j in order]

