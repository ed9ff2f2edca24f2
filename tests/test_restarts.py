"""What survives a restart of the reference server (real servers, restarted in the test):
gateway keys and idempotency records under the state directory, and sealing clients that
recover by refetching the keys when the server came back with different ones."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import httpx
import pytest

from maas_client import MaaSClient
from maas_client.testing import ReferenceServer
from mock_server.policy.gateway import GatewayKeyStore

from .conftest import DEV_KEY

pytestmark = [pytest.mark.slow, pytest.mark.integration]
NOTE = ("Patient reports chest pain since Monday. ECG shows ST elevation. Troponin is rising. "
        "Cath lab activated. Aspirin given.")


def _server(port: int = 0, **settings: object) -> ReferenceServer:
    return ReferenceServer(port=port, api_keys={DEV_KEY: frozenset({"embed", "summarize"})},
                           **settings)


def _restart(server: ReferenceServer, **settings: object) -> ReferenceServer:
    port = server.port
    server.stop()
    return _server(port, **settings).start()


@pytest.mark.parametrize("keys", ["state_dir", "replaced"])
def test_a_required_sealing_client_keeps_working_across_a_restart(tmp_path: Path,
                                                                  keys: str) -> None:
    # state_dir: the keys persist, the client's cached key still opens.
    # replaced: the server comes back with new keys under the SAME ids (the old behaviour that
    # broke clients for good): the gateway answers decryption_failed, the client refetches the
    # keys once and resends.
    first_file, second_file = tmp_path / "a.json", tmp_path / "b.json"
    if keys == "replaced":
        for path in (first_file, second_file):
            store = GatewayKeyStore.bootstrap(first_id=7)
            store.path = path
            store.save()
        opts: list[dict[str, object]] = [{"ohttp_key_file": first_file},
                                         {"ohttp_key_file": second_file}]
    else:
        opts = [{"state_dir": tmp_path}, {"state_dir": tmp_path}]
    server = _server(**opts[0]).start()
    try:
        with MaaSClient(api_key=DEV_KEY, base_url=server.base_url, encryption="required",
                        privacy=None, max_retries=0) as client:
            before = client.embeddings.create(model="minilm-l6-v2", input="before restart")
            key_before = server.app.state.ohttp_key_store.live()[0].config.public_key
            server = _restart(server, **opts[1])
            key_after = server.app.state.ohttp_key_store.live()[0].config.public_key
            assert (key_before == key_after) == (keys == "state_dir")
            for i in range(3):
                after = client.embeddings.create(model="minilm-l6-v2", input=f"after {i}")
                assert len(after.data) == 1
    finally:
        server.stop()
    assert len(before.data[0].embedding) == len(after.data[0].embedding) == 384


def test_a_replayed_idempotency_key_after_a_restart_returns_the_stored_answer(
    tmp_path: Path,
) -> None:
    key = f"restart-{uuid.uuid4().hex}"
    headers = {"Authorization": f"Bearer {DEV_KEY}", "Idempotency-Key": key}
    body = {"model": "clinical-extractive", "text": NOTE, "max_sentences": 2}
    server = _server(state_dir=tmp_path).start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=60) as http:
            first = http.post("/v1/summaries", json=body, headers=headers)
        assert first.status_code == 200
        server = _restart(server, state_dir=tmp_path)
        with httpx.Client(base_url=server.base_url, timeout=60) as http:
            again = http.post("/v1/summaries", json=body, headers=headers)
            other = http.post("/v1/summaries", json={**body, "max_sentences": 1},
                              headers=headers)
    finally:
        server.stop()
    assert again.status_code == 200
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.json()["id"] == first.json()["id"]
    assert other.status_code == 409  # the stored record still guards the key
    assert other.json()["error"]["code"] == "idempotency_conflict"


def test_without_a_state_dir_records_do_not_survive(tmp_path: Path) -> None:
    key = f"ephemeral-{uuid.uuid4().hex}"
    headers = {"Authorization": f"Bearer {DEV_KEY}", "Idempotency-Key": key}
    body = {"model": "clinical-extractive", "text": NOTE, "max_sentences": 2}
    server = _server().start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=60) as http:
            first = http.post("/v1/summaries", json=body, headers=headers)
        server = _restart(server)
        with httpx.Client(base_url=server.base_url, timeout=60) as http:
            again = http.post("/v1/summaries", json=body, headers=headers)
    finally:
        server.stop()
    assert again.status_code == 200 and "idempotent-replayed" not in again.headers
    assert again.json()["id"] != first.json()["id"]


async def test_shutdown_finishes_what_fits_and_answers_the_rest_503() -> None:
    from .test_server_deadlines import GatedEncoder

    server = await asyncio.to_thread(_server(shutdown_grace_seconds=1.0).start)
    registry = server.app.state.registry
    gate = GatedEncoder(registry.encoder, f"gate {uuid.uuid4().hex}")
    registry.encoder = gate
    queued = f"queued {uuid.uuid4().hex}"
    auth = {"Authorization": f"Bearer {DEV_KEY}"}
    try:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=30) as http:
            held = asyncio.ensure_future(http.post(
                "/v1/embeddings", json={"model": "minilm-l6-v2", "input": gate.gate_text},
                headers=auth))
            await asyncio.to_thread(gate.entered.wait, 30)
            behind = asyncio.ensure_future(http.post(
                "/v1/embeddings", json={"model": "minilm-l6-v2", "input": queued},
                headers=auth))
            quick = await http.get("/v1/models", headers=auth)  # in flight work still served
            assert quick.status_code == 200
            stopping = asyncio.ensure_future(asyncio.to_thread(server.stop))
            answers = await asyncio.gather(held, behind)
            gate.release.set()
            await stopping
    finally:
        gate.release.set()
        server.stop()
    for answer in answers:  # the grace period ran out: answered, not dropped
        assert answer.status_code == 503
        assert answer.json()["error"]["code"] == "shutting_down"
    assert queued not in gate.seen
