"""The pytest plugin in a user's bare project: no conftest, no plugin settings of ours.

Each case writes a user's test file into an empty directory and runs pytest on it in a
subprocess (a fresh interpreter, as in the user's CI), under pytest-asyncio's strict or auto
mode, with its default function loop scope or a session loop scope. The file uses the sync and
the async client fixtures, an async fixture of the user's own built on ours, and the mock.

The server serves no model here (`MAAS_SERVER_MODELS=","`, an empty list, set in the
environment so the user's files stay unconfigured): each run then imports neither JAX nor
Keras, and the calls exercise the fixtures' clients, not the models (those have their own
tests).
"""

from __future__ import annotations

import pytest

from maas_client._extras import extra_hint, missing_modules

pytest_plugins = ["pytester"]

pytestmark = pytest.mark.integration
if missing_modules("server"):
    pytest.skip(extra_hint("server"), allow_module_level=True)

USER_TESTS = '''
import pytest

from maas_client import NotFoundError

CASE = {"worst_area": 2000.0, "worst_concave_points": 0.26}
CASE2 = {"worst_area": 400.0, "worst_concave_points": 0.05}


def test_sync_fixture(maas_client):
    assert maas_client.models.list().data == []


def test_sync_fixture_again(maas_client):
    with pytest.raises(NotFoundError):
        maas_client.models.retrieve("wdbc-mlp")


@pytest.mark.asyncio
async def test_async_fixture(async_maas_client):
    assert (await async_maas_client.models.list()).data == []


@pytest.mark.asyncio
async def test_async_fixture_again(async_maas_client):
    with pytest.raises(NotFoundError):
        await async_maas_client.models.retrieve("wdbc-mlp")


@pytest.fixture
async def user_models(async_maas_client):
    """A user's own async fixture built on ours."""
    return await async_maas_client.models.list()


@pytest.mark.asyncio
async def test_user_async_fixture(user_models, async_maas_client):
    assert user_models.data == []
    assert (await async_maas_client.models.list()).request_id


def test_sync_mock(maas_mock):
    from maas_client import MaaSClient

    with MaaSClient(api_key="k", base_url=maas_mock.base_url, privacy=None) as client:
        diag = client.diagnosis.create(model="wdbc-mlp", inputs=[{"features": CASE}])
    assert diag.results[0].label == "malignant"


@pytest.mark.asyncio
async def test_async_mock(maas_mock):
    from maas_client import AsyncMaaSClient

    async with AsyncMaaSClient(api_key="k", base_url=maas_mock.base_url,
                               privacy=None) as client:
        diag = await client.diagnosis.create(model="wdbc-mlp", inputs=[{"features": CASE2}])
    assert diag.results[0].label == "benign"
'''

# The user's fixture above is a plain `@pytest.fixture`: under strict mode pytest-asyncio does
# not run it, so strict-mode users write `@pytest_asyncio.fixture`, as its docs say.
STRICT_FIXTURE = "import pytest_asyncio\n" + USER_TESTS.replace(
    "@pytest.fixture\nasync def user_models", "@pytest_asyncio.fixture\nasync def user_models")

TESTS = ("test_sync_fixture", "test_sync_fixture_again", "test_async_fixture",
         "test_async_fixture_again", "test_user_async_fixture", "test_sync_mock",
         "test_async_mock")


@pytest.mark.parametrize("loop_scope", ["function", "session"])
@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_fixtures_work_in_a_bare_user_project(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, mode: str, loop_scope: str
) -> None:
    pytester.makepyfile(test_user=STRICT_FIXTURE if mode == "strict" else USER_TESTS)
    args = ["-v", "-p", "no:cacheprovider", "-W", "error::pytest.PytestUnraisableExceptionWarning"]
    if mode != "strict":  # strict is pytest-asyncio's default: nothing to set
        args += ["-o", f"asyncio_mode={mode}"]
    if loop_scope != "function":  # function is its default: nothing to set
        args += ["-o", f"asyncio_default_fixture_loop_scope={loop_scope}",
                 "-o", f"asyncio_default_test_loop_scope={loop_scope}"]
    monkeypatch.setenv("MAAS_SERVER_MODELS", ",")
    result = pytester.runpytest_subprocess(*args, timeout=600)
    for name in TESTS:
        result.stdout.fnmatch_lines([f"*::{name} PASSED*"])
    result.assert_outcomes(passed=len(TESTS))
    assert "Event loop is closed" not in result.stdout.str() + result.stderr.str()
