"""JAX/Keras process setup: backend choice and the persistent compilation cache.

Call :func:`configure_jax` before the first JAX compilation (importing this module does not
import JAX). It selects the JAX backend for Keras unless ``KERAS_BACKEND`` says otherwise and
turns on JAX's persistent compilation cache, so a restarted server loads its compiled
programs from disk instead of compiling every (batch, length) shape again.

It also quiets JAX's probe of accelerator backends ("Unable to initialize backend 'tpu'" on a
CPU-only machine: expected, not a problem) and offers :class:`CompileLog`, which logs one line
per program JAX compiles (or loads from the persistent cache) while a model warms up.

Config names follow the JAX "Persistent compilation cache" guide:
``jax_compilation_cache_dir``, ``jax_persistent_cache_min_entry_size_bytes`` (-1: no size
floor) and ``jax_persistent_cache_min_compile_time_secs`` (0: cache even fast compiles).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

os.environ.setdefault("KERAS_BACKEND", "jax")

__all__ = ["ENV_CACHE_DIR", "CompileLog", "configure_jax", "jax_cache_dir", "limit_threads"]

log = logging.getLogger("mock_server")

ENV_CACHE_DIR = "MAAS_JAX_CACHE_DIR"
"""Environment variable that overrides the compilation cache directory."""

_lock = threading.Lock()
_configured: Path | None = None


def jax_cache_dir() -> Path:
    """Return the compilation cache directory: ``MAAS_JAX_CACHE_DIR`` or the user cache."""
    from ..settings import Settings

    settings = Settings()
    if settings.jax_cache_dir is not None:
        return settings.jax_cache_dir.expanduser()
    return settings.user_cache / "maas-client" / "jax-cache"


def configure_jax() -> Path:
    """Set ``KERAS_BACKEND=jax`` (as a default) and enable the persistent compilation cache.

    Idempotent and thread-safe; returns the cache directory in use. Only the first call in a
    process takes effect, which must come before JAX compiles anything for the cache to apply.
    """
    global _configured
    with _lock:
        if _configured is not None:
            return _configured
        os.environ.setdefault("KERAS_BACKEND", "jax")
        logging.getLogger("jax._src.xla_bridge").addFilter(_drop_backend_probe)
        import jax

        cache = jax_cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        jax.config.update("jax_compilation_cache_dir", str(cache))
        jax.config.update("jax_persistent_cache_min_entry_size_bytes", -1)
        jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.0)
        jax.monitoring.register_event_listener(_on_event)
        jax.monitoring.register_event_duration_secs_listener(_on_duration)
        _configured = cache
        return cache


def limit_threads(threads: int) -> bool:
    """Size XLA's and the BLAS libraries' thread pools to `threads` CPUs (a replica's share of
    the machine), instead of one thread per core of the whole machine. Takes effect only
    before JAX is imported in this process: returns False (and changes nothing) after."""
    import sys

    if "jax" in sys.modules:
        log.warning("JAX is already imported: its thread pools keep their size")
        return False
    threads = max(1, threads)
    flags = [f for f in os.environ.get("XLA_FLAGS", "").split()
             if not f.startswith(("--xla_cpu_multi_thread_eigen", "intra_op_parallelism"))]
    flags += [f"--xla_cpu_multi_thread_eigen={'true' if threads > 1 else 'false'}",
              f"intra_op_parallelism_threads={threads}"]
    os.environ["XLA_FLAGS"] = " ".join(flags)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(threads)
    return True


def _drop_backend_probe(record: logging.LogRecord) -> bool:
    """Drop JAX's notes on the accelerator backends it probed and did not find."""
    return not record.getMessage().startswith("Unable to initialize backend")


# JAX reports each compilation as a duration event (from the persistent cache or not); a cache
# hit is a separate event that comes just before it, in the same thread.
_BACKEND_COMPILE = "/jax/core/compile/backend_compile_duration"
_CACHE_HIT = "/jax/compilation_cache/cache_hits"
_active = threading.local()


def _on_event(event: str, **_: Any) -> None:
    recorder: CompileLog | None = getattr(_active, "recorder", None)
    if recorder is not None and event == _CACHE_HIT:
        recorder.pending_hit = True


def _on_duration(event: str, seconds: float, **kwargs: Any) -> None:
    recorder: CompileLog | None = getattr(_active, "recorder", None)
    if recorder is not None and event == _BACKEND_COMPILE:
        recorder.record(str(kwargs.get("fun_name", "?")), seconds)


class CompileLog:
    """Log every program JAX compiles in this thread inside ``with CompileLog(model_id):``.

    One INFO line per program (a program per input shape: the warm-up compiles one per bucket)
    with its running count, its seconds and whether the persistent cache supplied it; the
    totals are kept in ``programs``, ``cache_hits`` and ``seconds``. Needs
    :func:`configure_jax` to have run (it registers the JAX listeners).
    """

    def __init__(self, model_id: str) -> None:
        self.model_id = model_id
        self.programs = 0
        self.cache_hits = 0
        self.seconds = 0.0
        self.pending_hit = False
        self._started = 0.0

    def record(self, fun_name: str, seconds: float) -> None:
        """Count one compiled program and log it."""
        hit, self.pending_hit = self.pending_hit, False
        self.programs += 1
        self.cache_hits += hit
        self.seconds += seconds
        log.info("%s: program %d (%s) %s in %.2fs", self.model_id, self.programs, fun_name,
                 "loaded from the persistent cache" if hit else "compiled", seconds)

    def __enter__(self) -> CompileLog:
        self._started = time.perf_counter()
        _active.recorder = self
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        _active.recorder = None
        if et is None:
            log.info("%s warm: %d programs in %.2fs (%d from the persistent cache, %d compiled)",
                     self.model_id, self.programs, time.perf_counter() - self._started,
                     self.cache_hits, self.programs - self.cache_hits)
