"""The OpenAPI document tells the truth: schemathesis with every check (coverage, fuzzing and
stateful phases) against the real reference server, authenticated, must find nothing.

A short run with a fixed seed here; `make bench` (benchmarks/schemathesis_run.py) runs a longer
one with a random seed. Settings: schemathesis.toml at the repository root."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from maas_client.testing import ReferenceServer
from mock_server.app import create_app
from mock_server.settings import Settings

from .conftest import SCHEMA_KEY

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parent.parent


def run_schemathesis(base_url: str, api_key: str, max_examples: int,
                     seed: int | None) -> subprocess.CompletedProcess[str]:
    """`st run` with every check against `base_url`; returns the finished process."""
    command = [sys.executable, "-m", "schemathesis.cli",
               "--config-file", str(ROOT / "schemathesis.toml"), "run",
               f"{base_url}/openapi.json", "--checks", "all", "--max-examples", str(max_examples),
               "--header", f"Authorization: Bearer {api_key}", "--no-color"]
    if seed is not None:
        command += ["--seed", str(seed)]
    return subprocess.run(command, capture_output=True, text=True, timeout=900, check=False,
                          cwd=ROOT)


def test_every_route_conforms_to_the_document(maas_server: ReferenceServer) -> None:
    result = run_schemathesis(maas_server.base_url, SCHEMA_KEY, max_examples=10, seed=20261130)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    operations = sum(len(ops) for ops in maas_server.app.openapi()["paths"].values())
    assert f"Tested: {operations}" in result.stdout  # every documented operation was exercised


def _document() -> dict:  # type: ignore[type-arg]

    return create_app(Settings(warmup=False)).openapi()


def test_every_status_is_documented_with_the_error_envelope() -> None:
    paths = _document()["paths"]
    post = paths["/v1/embeddings"]["post"]["responses"]
    assert set(post) == {"200", "400", "401", "403", "404", "409", "413", "415", "422", "429",
                         "500", "503"}
    assert set(paths["/v1/models/{model_id}"]["get"]["responses"]) == {"200", "401", "404",
                                                                       "429", "500"}
    for path, operations in paths.items():
        for operation in operations.values():
            for status, answer in operation["responses"].items():
                if int(status) < 400:
                    continue
                schema = answer["content"]["application/json"]["schema"]
                expected = "Readiness" if (path, status) == ("/v1/ready", "503") \
                    else "ErrorEnvelope"
                assert schema == {"$ref": f"#/components/schemas/{expected}"}, (path, status)


def test_every_route_has_its_statuses_listed() -> None:
    from mock_server.http.openapi import ROUTE_STATUSES

    operations = {(method, path) for path, ops in _document()["paths"].items() for method in ops}
    assert operations == set(ROUTE_STATUSES)


def test_request_schemas_are_exact() -> None:
    schemas = _document()["components"]["schemas"]
    features = schemas["DiagnosisInput"]["properties"]["features"]
    assert len(features["required"]) == 30 and features["additionalProperties"] is False
    assert features["properties"]["mean_radius"] == {
        "type": "number", "minimum": 0.0, "maximum": 42.17,
        "description": features["properties"]["mean_radius"]["description"]}
    assert schemas["DiagnosisCreateParams"]["properties"]["model"]["enum"] == ["wdbc-mlp"]
    assert schemas["EmbeddingCreateParams"]["properties"]["model"]["enum"] == ["minilm-l6-v2"]
    assert schemas["DiagnosisCreateParams"]["properties"]["inputs"]["maxItems"] == 256
