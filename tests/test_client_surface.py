"""Both clients expose the same surface; construction, env config, with_options, close."""

from __future__ import annotations

import inspect
import platform
from typing import Any

import httpx
import pytest
import respx

import maas_client
from maas_client import AsyncMaaSClient, MaaSClient, MaaSError, Privacy
from maas_client.resources import (
    AsyncDiagnosis,
    AsyncEmbeddings,
    AsyncModels,
    AsyncSummaries,
    Diagnosis,
    Embeddings,
    Models,
    Summaries,
)
from maas_client.testing.mock import MockMaaS

PAIRS = [(MaaSClient, AsyncMaaSClient), (Models, AsyncModels), (Diagnosis, AsyncDiagnosis),
         (Summaries, AsyncSummaries), (Embeddings, AsyncEmbeddings)]
# Annotations that differ by design between the two: the injected I/O objects.
IO_PARAMS = {"http_client", "_sleep", "client"}
ASYNC_ONLY = {"aclose"}


def public(cls: type) -> dict[str, Any]:
    return {n: getattr(cls, n) for n in dir(cls)
            if not n.startswith("_") and callable(getattr(cls, n))}


def shape(fn: Any) -> list[tuple[str, Any, Any, Any]]:
    sig = inspect.signature(fn)
    return [(p.name, p.kind, p.default,
             None if p.name in IO_PARAMS else p.annotation) for p in sig.parameters.values()]


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS)
def test_same_methods_and_signatures(sync_cls: type, async_cls: type) -> None:
    sync_api, async_api = public(sync_cls), public(async_cls)
    assert set(async_api) - ASYNC_ONLY == set(sync_api)
    for name, fn in sync_api.items():
        afn = async_api[name]
        assert shape(fn) == shape(afn), name
        assert inspect.signature(fn).return_annotation == (
            inspect.signature(afn).return_annotation), name
        if name != "with_options":
            assert inspect.iscoroutinefunction(afn) != inspect.iscoroutinefunction(fn), name
    assert shape(sync_cls.__init__) == shape(async_cls.__init__)


def test_resource_attributes_match() -> None:
    s, a = MaaSClient(api_key="k"), AsyncMaaSClient(api_key="k")
    for name in ("models", "diagnosis", "summaries", "embeddings"):
        assert type(getattr(a, name)).__name__ == "Async" + type(getattr(s, name)).__name__


def test_exports_and_docstrings() -> None:
    for name in maas_client.__all__:
        obj = getattr(maas_client, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__, name
    for cls, _ in PAIRS:
        for name, fn in public(cls).items():
            assert fn.__doc__, f"{cls.__name__}.{name}"


def test_missing_key_names_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAAS_API_KEY", raising=False)
    for cls in (MaaSClient, AsyncMaaSClient):
        with pytest.raises(MaaSError, match="MAAS_API_KEY"):
            cls()


def test_env_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAAS_API_KEY", "sk-from-env")
    monkeypatch.setenv("MAAS_BASE_URL", "http://127.0.0.1:9999/")
    with respx.mock(base_url="http://127.0.0.1:9999") as router:
        route = router.get("/v1/models").mock(
            return_value=httpx.Response(200, json={"object": "list", "data": []}))
        with MaaSClient() as client:
            assert client.base_url == "http://127.0.0.1:9999"
            client.models.list()
    headers = route.calls[0].request.headers
    assert headers["authorization"] == "Bearer sk-from-env"
    assert headers["user-agent"] == (
        f"maas-client/{maas_client.__version__} python/{platform.python_version()}")
    monkeypatch.delenv("MAAS_BASE_URL")
    assert MaaSClient().base_url == "http://127.0.0.1:8000"
    assert MaaSClient(api_key="explicit").options.api_key == "explicit"


def test_defaults() -> None:
    opts = MaaSClient(api_key="k").options
    assert opts.timeout == 60.0 and opts.max_retries == 2 and opts.deadline is None
    assert isinstance(opts.privacy, Privacy) and opts.privacy.enabled
    assert opts.encryption == "auto" and opts.max_retry_after == 60.0
    assert "api_key" not in repr(MaaSClient(api_key="sk-secret-1").options)
    assert "sk-secret-1" not in repr(MaaSClient(api_key="sk-secret-1").options)


def test_with_options_copies_and_shares_the_pool() -> None:
    client = MaaSClient(api_key="k", timeout=30.0)
    fast = client.with_options(timeout=5.0, max_retries=0, deadline=8.0, privacy=None)
    assert fast is not client and fast._http is client._http
    assert (fast.options.timeout, fast.options.max_retries, fast.options.deadline) == (
        5.0, 0, 8.0)
    assert fast.privacy is None and client.privacy is not None
    assert client.options.timeout == 30.0 and client.options.max_retries == 2
    assert fast.embeddings._client is fast
    fast.close()  # a copy does not close the shared pool
    assert not client._http.is_closed
    client.close()
    assert client._http.is_closed


async def test_async_with_options_and_context_manager() -> None:
    async with AsyncMaaSClient(api_key="k") as client:
        copy = client.with_options(max_retries=5)
        assert copy._http is client._http and copy.options.max_retries == 5
        await copy.aclose()
        assert not client._http.is_closed
    assert client._http.is_closed


def test_injected_http_client_is_used_and_not_closed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with MaaSClient(api_key="k", http_client=http) as client:
        client.models.list()
    assert len(seen) == 1 and not http.is_closed
    http.close()


async def test_every_model_carries_request_id() -> None:
    async with MockMaaS():
        client = AsyncMaaSClient(api_key="k", privacy=None)
        results = [
            await client.models.list(),
            await client.models.retrieve("wdbc-mlp"),
            await client.diagnosis.create(model="wdbc-mlp",
                                          inputs=[{"features": {"worst_area": 900.0}}]),
            await client.summaries.create(model="clinical-extractive", text="A. B. C. D."),
            await client.embeddings.create(model="minilm-l6-v2", input=["a", "b"]),
        ]
        await client.close()
    assert all(r.request_id and r.request_id.startswith("req_mock_") for r in results)


def test_retrieve_quotes_the_id_and_validates() -> None:
    with respx.mock(base_url="http://127.0.0.1:8000") as router:
        route = router.get("/v1/models/a%2Fb").mock(return_value=httpx.Response(
            404, json={"error": {"type": "not_found", "code": "model_not_found",
                                 "message": "no model", "param": "model_id"}}))
        with pytest.raises(maas_client.NotFoundError):
            MaaSClient(api_key="k").models.retrieve("a/b")
        assert route.called
    with pytest.raises(maas_client.InvalidParametersError):
        MaaSClient(api_key="k").models.retrieve("")


def test_encryption_required_sends_nothing() -> None:
    with respx.mock(base_url="http://127.0.0.1:8000", assert_all_called=False) as router:
        route = router.post("/v1/embeddings")
        client = MaaSClient(api_key="k", encryption="required")
        with pytest.raises(maas_client.EncryptionError):
            client.embeddings.create(model="m", input="x")
        assert not route.called
