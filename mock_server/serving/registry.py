"""Loads, warms and holds the served models; one process-wide cache so apps share warm models."""

from __future__ import annotations

import gc
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.minilm import MiniLMEncoder
    from ..models.summarizer import ExtractiveSummarizer
    from ..models.wdbc import WDBCModel

__all__ = ["ARTIFACTS_DIR", "ModelRegistry", "load_card", "load_reference"]

log = logging.getLogger("mock_server")
ARTIFACTS_DIR = Path(__file__).resolve().parent.parent / "artifacts"
_lock = threading.Lock()
#: model id → (seconds to load its weights, seconds to warm it up / JIT-compile), per process.
LOAD_TIMES: dict[str, tuple[float, float]] = {}
T = TypeVar("T")


def load_card(model_id: str) -> dict[str, Any]:
    """The committed model card of `model_id`."""
    card: dict[str, Any] = json.loads((ARTIFACTS_DIR / f"{model_id}.card.json").read_text())
    return card


def load_reference(model_id: str) -> dict[str, Any] | None:
    """The committed reference artifact of `model_id` (conformal, OOD, drift), if it has one."""
    path = ARTIFACTS_DIR / f"{model_id}.reference.json"
    if not path.exists():
        return None
    reference: dict[str, Any] = json.loads(path.read_bytes())
    return reference


def _loaded(model_id: str, load: Callable[[], T], warmup: Callable[[T], None] | None) -> T:
    """Load a model, then warm it up, with one log line for the load and one per program."""
    from ..models.jax_setup import CompileLog

    started = time.perf_counter()
    model = load()
    loaded = time.perf_counter()
    log.info("%s loaded in %.2fs", model_id, loaded - started)
    if warmup is not None:
        with CompileLog(model_id):
            warmup(model)
    LOAD_TIMES[model_id] = (loaded - started, time.perf_counter() - loaded)
    return model


@cache
def _encoder(model_dir: Path | None, warm: bool) -> MiniLMEncoder:
    from ..models.minilm import MiniLMEncoder

    return _loaded("minilm-l6-v2", lambda: MiniLMEncoder.load(model_dir),
                   MiniLMEncoder.warmup if warm else None)


@cache
def _wdbc(warm: bool) -> WDBCModel:
    from ..models.wdbc import WDBCModel

    return _loaded("wdbc-mlp", WDBCModel.load, WDBCModel.warmup if warm else None)


class ModelRegistry:
    """The models one app serves. `load()` blocks (run it in a thread); `ready` tells when done."""

    def __init__(self, models: tuple[str, ...], model_dir: Path | None, warmup: bool, *,
                 encoder_shapes: Sequence[tuple[int, int]] = (),
                 prepare: Callable[[ModelRegistry], None] | None = None) -> None:
        """`encoder_shapes`: extra (batch, length) shapes to compile at warm-up; `prepare`
        runs after loading, before `ready` turns true (the scheduler times a forward)."""
        self.model_ids = models
        self.encoder_shapes = tuple(encoder_shapes)
        self.prepare = prepare
        self.model_dir = model_dir
        self.warmup = warmup
        self.cards: dict[str, dict[str, Any]] = {m: load_card(m) for m in models}
        self.encoder: MiniLMEncoder | None = None
        self.wdbc: WDBCModel | None = None
        self.summarizer: ExtractiveSummarizer | None = None
        self.failed: str | None = None
        self._ready = threading.Event()

    @property
    def timings(self) -> dict[str, tuple[float, float]]:
        """Load and warm-up seconds of the loaded models this registry serves."""
        return {m: LOAD_TIMES[m] for m in self.model_ids if m in LOAD_TIMES}

    @property
    def ready(self) -> bool:
        """True once every model is loaded and warm."""
        return self._ready.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ready (or timeout); True if ready."""
        return self._ready.wait(timeout)

    def load(self) -> None:
        """Load and warm every configured model (idempotent, shares the process-wide cache)."""
        started = time.perf_counter()
        try:
            with _lock:
                needs_encoder = bool({"minilm-l6-v2", "clinical-extractive"} & set(self.model_ids))
                if needs_encoder or "wdbc-mlp" in self.model_ids:
                    from ..models.jax_setup import configure_jax

                    configure_jax()
                if needs_encoder:
                    self.encoder = _encoder(self.model_dir, self.warmup)
                    if self.warmup and self.encoder_shapes:
                        self.encoder.warmup(self.encoder_shapes)
                if "wdbc-mlp" in self.model_ids:
                    self.wdbc = _wdbc(self.warmup)
                if "clinical-extractive" in self.model_ids and self.encoder is not None:
                    from ..models.summarizer import ExtractiveSummarizer

                    self.summarizer = ExtractiveSummarizer.from_encoder(self.encoder)
            if self.prepare is not None:
                self.prepare(self)
        except Exception as exc:
            self.failed = type(exc).__name__
            log.error("model loading failed: %s: %s", type(exc).__name__, exc)
            raise
        log.info("models ready: %s in %.1fs", ",".join(self.model_ids) or "none",
                 time.perf_counter() - started)
        # The loaded models leave millions of long-lived objects (JAX, Keras) on the heap; a
        # full collection over them stalled the event loop for 240-420 ms (measured during
        # benchmarks/scheduler.py's flood). Freezing moves them out of the collector's sight.
        gc.collect()
        gc.freeze()
        self._ready.set()
