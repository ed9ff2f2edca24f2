"""A sample of how an application tests its own failure handling with the maas-client test kit.

The fixtures (`maas_server`, `maas_client`, `async_maas_client`, `maas_mock`) come from the
pytest plugin that `pip install maas-client` registers; nothing to import or configure.
Run: `pytest examples/test_user_retries.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from maas_client import APIConnectionError, APIStatusError, AsyncMaaSClient, MaaSClient
from maas_client.testing import MockMaaS, ReferenceServer


# --- the application under test ---------------------------------------------------------------
@dataclass
class TriageResult:
    """What our (imaginary) triage service stores for one note."""

    status: str  # "summarized" or "deferred"
    summary: str = ""
    request_id: str | None = None


def triage(client: MaaSClient, note: str) -> TriageResult:
    """Summarize a note; if the service stays unavailable after the SDK's retries, defer it."""
    try:
        summary = client.summaries.create(model="clinical-extractive", text=note,
                                          max_sentences=2)
    except (APIConnectionError, APIStatusError) as exc:
        if isinstance(exc, APIStatusError) and exc.status_code < 500:
            raise  # our bug, not an outage: let it surface
        return TriageResult("deferred")
    return TriageResult("summarized", summary.summary, summary.request_id)


async def triage_async(client: AsyncMaaSClient, note: str) -> TriageResult:
    """The async flavour of `triage`."""
    try:
        summary = await client.summaries.create(model="clinical-extractive", text=note)
    except (APIConnectionError, APIStatusError):
        return TriageResult("deferred")
    return TriageResult("summarized", summary.summary, summary.request_id)


NOTE = ("Assessment: Community-acquired pneumonia, clinically improving. "
        "Plan: Complete five days of amoxicillin. Follow up in clinic in two weeks.")


# --- the tests ----------------------------------------------------------------------------------
def test_two_outages_are_absorbed_by_retries(maas_server: ReferenceServer,
                                             maas_client: MaaSClient) -> None:
    maas_server.inject_fault("/v1/summaries", status=503, retry_after=0.05, times=2)
    result = triage(maas_client, NOTE)
    assert result.status == "summarized" and result.request_id


def test_a_long_outage_defers_the_note(maas_server: ReferenceServer,
                                       maas_client: MaaSClient) -> None:
    maas_server.inject_fault("/v1/summaries", status=503, retry_after=0.05, times=3)
    assert triage(maas_client.with_options(max_retries=2), NOTE).status == "deferred"


async def test_a_slow_server_is_cut_off_by_our_deadline(
    maas_server: ReferenceServer, async_maas_client: AsyncMaaSClient
) -> None:
    maas_server.inject_fault("/v1/summaries", delay=2.0, times=3)
    client = async_maas_client.with_options(timeout=0.5, deadline=1.0)
    assert (await triage_async(client, NOTE)).status == "deferred"


def test_unit_level_without_a_server(maas_mock: MockMaaS) -> None:
    maas_mock.connection_error("summaries", times=3)
    with MaaSClient(api_key="test", base_url=maas_mock.base_url, max_retries=2) as client:
        assert triage(client, NOTE).status == "deferred"
    assert len(maas_mock.calls_to("summaries")) == 3
