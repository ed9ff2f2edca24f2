"""SDK smoke test, run by .ci/run in a fresh virtualenv holding the wheel and its `testing` extra.

It proves what a user gets from `pip install "maas-client[testing]"` without the server: the
SDK imports, and `MockMaaS` answers sync and async clients, scripted faults included.
"""

from __future__ import annotations

import asyncio
import importlib.util

from maas_client import AsyncMaaSClient, MaaSClient, ServiceUnavailableError
from maas_client.testing import MockMaaS

NOTE = "Patient John Smith, MRN 12345678, seen 03/04/2024. Chest pain resolved. Plan: rest."
CASE = {"worst_area": 2000.0, "worst_concave_points": 0.26}


def sync_flows() -> None:
    with MockMaaS() as mock, MaaSClient(api_key="k", base_url=mock.base_url,
                                        max_retries=0) as client:
        assert {m.id for m in client.models.list().data} >= {"minilm-l6-v2", "wdbc-mlp"}
        summary = client.summaries.create(model="clinical-extractive", text=NOTE,
                                          max_sentences=2)
        assert all(NOTE[s.start:s.end] == s.text for s in summary.sentences)
        sent = mock.calls_to("summaries")[0].json["text"]
        assert "John Smith" not in sent and "12345678" not in sent, "PHI left the client"
        mock.fail("diagnosis", status=503)
        try:
            client.diagnosis.create(model="wdbc-mlp", inputs=[{"features": CASE}])
        except ServiceUnavailableError as exc:
            assert exc.request_id
        else:
            raise AssertionError("the scripted 503 did not raise")


async def async_flows() -> None:
    async with MockMaaS() as mock, AsyncMaaSClient(api_key="k", base_url=mock.base_url) as c:
        mock.fail("embeddings", status=503, retry_after=0.01)
        emb = await c.embeddings.create(model="minilm-l6-v2", input=["chest pain", "angina"])
        assert len(emb.data) == 2 and len(emb.data[0].embedding) == 384
        assert [call.response_status for call in mock.calls_to("embeddings")] == [503, 200]
        diag = await c.diagnosis.create(model="wdbc-mlp", inputs=[{"features": CASE}])
        assert diag.results[0].label == "malignant"


def main() -> None:
    """Run both flows and check that nothing of the server was installed or imported."""
    for heavy in ("fastapi", "uvicorn", "keras", "jax", "numpy"):
        assert importlib.util.find_spec(heavy) is None, f"{heavy} is installed"
    sync_flows()
    asyncio.run(async_flows())
    print("smoke: SDK and MockMaaS flows (sync, async) passed")


if __name__ == "__main__":
    main()
