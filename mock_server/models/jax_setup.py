"""JAX/Keras process setup: backend choice and the persistent compilation cache.

Call :func:`configure_jax` before the first JAX compilation (importing this module does not
import JAX). It selects the JAX backend for Keras unless ``KERAS_BACKEND`` says otherwise and
turns on JAX's persistent compilation cache, so a restarted server loads its compiled
programs from disk instead of compiling every (batch, length) shape again.

Config names follow the JAX "Persistent compilation cache" guide:
``jax_compilation_cache_dir``, ``jax_persistent_cache_min_entry_size_bytes`` (-1: no size
floor) and ``jax_persistent_cache_min_compile_time_secs`` (0: cache even fast compiles).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "jax")

__all__ = ["ENV_CACHE_DIR", "configure_jax", "jax_cache_dir"]

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
        import jax

        cache = jax_cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        jax.config.update("jax_compilation_cache_dir", str(cache))
        jax.config.update("jax_persistent_cache_min_entry_size_bytes", -1)
        jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.0)
        _configured = cache
        return cache
