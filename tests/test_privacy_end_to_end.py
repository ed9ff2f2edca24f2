"""PHI never leaves the client: a summary of a PHI-laden note through the real server."""

from __future__ import annotations

import httpx
import pytest

from maas_client import AsyncMaaSClient, MaaSClient
from maas_client.testing import ReferenceServer

pytestmark = pytest.mark.integration

# Synthetic: every identifier below is invented.
PHI = {
    "names": ["Theodora Vasquez-Lindqvist", "Dr. Okonkwo", "Bartholomew Pryce"],
    "dates": ["02/14/2026", "March 3, 2026"],
    "mrn": "MRN 77120934",
    "phone": "(617) 555-0199",
    "email": "t.vasquez@example.org",
    "street": "88 Juniper Hollow Rd",
}
NOTE = (
    "Patient: Theodora Vasquez-Lindqvist (MRN 77120934) was admitted on 02/14/2026 with "
    "fever and flank pain. Her husband Bartholomew Pryce can be reached at (617) 555-0199 or "
    "t.vasquez@example.org; home address 88 Juniper Hollow Rd. "
    "Assessment: Theodora Vasquez-Lindqvist has acute pyelonephritis, improving on "
    "ceftriaxone 1 g IV daily. "
    "Plan: Dr. Okonkwo will see Theodora Vasquez-Lindqvist in clinic on March 3, 2026 and "
    "repeat the urine culture. Discharge home today on oral cefpodoxime."
)
SECRETS = [*PHI["names"], "Vasquez", "Lindqvist", "Okonkwo", "Bartholomew", *PHI["dates"],
           "77120934", "555-0199", PHI["email"], "Juniper"]


def _recorder(bodies: list[bytes]) -> dict[str, list]:
    def on_request(request: httpx.Request) -> None:
        request.read()
        bodies.append(request.content)

    return {"request": [on_request]}


def _check(bodies: list[bytes], summary_text: str, sentences: list) -> None:
    sent = b"".join(bodies).decode("utf-8", "replace")
    assert bodies, "nothing was captured"
    for secret in SECRETS:
        assert secret not in sent, f"an identifier reached the wire ({len(secret)} chars)"
    # The caller gets the summary back with the originals, offsets into the original note.
    assert any(name in summary_text for name in PHI["names"])
    for s in sentences:
        assert NOTE[s.start:s.end] == s.text
    assert "[NAME_" not in summary_text and "[DATE_" not in summary_text


def test_summary_round_trip_keeps_phi_on_the_client(maas_server: ReferenceServer) -> None:
    bodies: list[bytes] = []
    http = httpx.Client(event_hooks=_recorder(bodies), timeout=60)
    with MaaSClient(api_key=maas_server.api_key, base_url=maas_server.base_url,
                    http_client=http, encryption="off") as client:
        summary = client.summaries.create(model="clinical-extractive", text=NOTE,
                                          max_sentences=3)
    http.close()
    _check(bodies, summary.summary, summary.sentences)
    assert any(d in summary.summary for d in PHI["dates"]) or "Theodora" in summary.summary


async def test_async_summary_round_trip_keeps_phi_on_the_client(
    maas_server: ReferenceServer,
) -> None:
    bodies: list[bytes] = []

    async def on_request(request: httpx.Request) -> None:
        await request.aread()
        bodies.append(request.content)

    http = httpx.AsyncClient(event_hooks={"request": [on_request]}, timeout=60)
    async with AsyncMaaSClient(api_key=maas_server.api_key, base_url=maas_server.base_url,
                               http_client=http, encryption="off") as client:
        summary = await client.summaries.create(model="clinical-extractive", text=NOTE,
                                                max_sentences=3)
    await http.aclose()
    _check(bodies, summary.summary, summary.sentences)


def test_embeddings_embed_the_deidentified_text(maas_server: ReferenceServer) -> None:
    bodies: list[bytes] = []
    http = httpx.Client(event_hooks=_recorder(bodies), timeout=60)
    with MaaSClient(api_key=maas_server.api_key, base_url=maas_server.base_url,
                    http_client=http, encryption="off") as client:
        client.embeddings.create(model="minilm-l6-v2", input=[NOTE, "no identifiers here"])
    http.close()
    sent = b"".join(bodies).decode()
    assert "no identifiers here" in sent
    for secret in SECRETS:
        assert secret not in sent
