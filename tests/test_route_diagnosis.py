"""`POST /v1/diagnosis` on an in-process app with the real wdbc-mlp (loaded once per module)."""

from __future__ import annotations

import json
import math
import os

os.environ.setdefault("KERAS_BACKEND", "jax")

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from maas_client.types import Diagnosis
from mock_server.app import create_app
from mock_server.settings import Settings
from mock_server.training.wdbc import load_split

KEYS = {"k-diag": frozenset({"diagnosis"}), "k-embed": frozenset({"embed"})}
DIAG = {"Authorization": "Bearer k-diag"}
SECRET = 987654.321


@pytest.fixture(scope="module")
def loaded_app() -> FastAPI:
    app = create_app(Settings(models=("wdbc-mlp",), api_keys=KEYS, warmup=False))
    app.state.registry.load()
    return app


@pytest.fixture
async def client(loaded_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=loaded_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest.fixture(scope="module")
def cases(loaded_app: FastAPI) -> list[dict[str, float]]:
    names = loaded_app.state.registry.wdbc.feature_names
    return [{n: float(v) for n, v in zip(names, row, strict=True)}
            for row in load_split().x_test]


async def diagnose(client: httpx.AsyncClient, body: Any,
                   headers: dict[str, str] = DIAG) -> httpx.Response:
    if isinstance(body, str):
        return await client.post("/v1/diagnosis", content=body.encode(),
                                 headers={**headers, "Content-Type": "application/json"})
    return await client.post("/v1/diagnosis", json=body, headers=headers)


async def test_diagnosis_matches_the_model_and_explains(
    client: httpx.AsyncClient, loaded_app: FastAPI, cases: list[dict[str, float]]
) -> None:
    r = await diagnose(client, {"model": "wdbc-mlp", "inputs": [{"features": c}
                                                                for c in cases[:5]],
                                "explain": True})
    assert r.status_code == 200, r.text
    d = Diagnosis.model_validate(r.json())
    assert d.id.startswith("diag_") and d.object == "diagnosis" and d.model == "wdbc-mlp"
    assert d.model_version == "1.1.0"
    wdbc = loaded_app.state.registry.wdbc
    direct = wdbc.predict(wdbc.to_array(cases[:5]))
    for i, (res, ref) in enumerate(zip(d.results, direct, strict=True)):
        assert res.index == i and res.label == ref.label
        assert res.probability == pytest.approx(ref.probability, abs=1e-9)
        assert res.probabilities["malignant"] + res.probabilities["benign"] == pytest.approx(1)
        assert res.explanation is not None and len(res.explanation) == 30
        delta = res.probability - wdbc.baseline_probability
        total = sum(a.attribution for a in res.explanation)
        assert abs(total - delta) <= max(0.01 * abs(delta), 1e-3)
        assert {a.feature: a.value for a in res.explanation} == pytest.approx(cases[i])


async def test_explanation_is_null_unless_asked(
    client: httpx.AsyncClient, cases: list[dict[str, float]]
) -> None:
    r = await diagnose(client, {"model": "wdbc-mlp", "inputs": [{"features": cases[0]}]})
    assert r.status_code == 200, r.text
    result = r.json()["results"][0]
    assert "explanation" in result and result["explanation"] is None
    assert result["label"] in ("malignant", "benign")


async def test_256_inputs_are_accepted_and_257_refused(
    client: httpx.AsyncClient, cases: list[dict[str, float]]
) -> None:
    many = [{"features": cases[i % len(cases)]} for i in range(256)]
    r = await diagnose(client, {"model": "wdbc-mlp", "inputs": many, "explain": True})
    assert r.status_code == 200 and len(r.json()["results"]) == 256
    r = await diagnose(client, {"model": "wdbc-mlp", "inputs": [*many, many[0]]})
    assert r.status_code == 422 and r.json()["error"]["param"] == "inputs"
    r = await diagnose(client, {"model": "wdbc-mlp", "inputs": []})
    assert r.status_code == 422 and r.json()["error"]["param"] == "inputs"


def _with(case: dict[str, float], **change: Any) -> dict[str, Any]:
    out: dict[str, Any] = dict(case)
    for k, v in change.items():
        if v is KeyError:
            out.pop(k)
        else:
            out[k] = v
    return out


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"mean_radius": KeyError}, "missing_feature", "mean_radius"),
        ({"tumour_size": 1.0}, "unknown_feature", "tumour_size"),
        ({"mean_texture": SECRET}, "feature_out_of_range", "mean_texture"),
        ({"worst_area": -1.0}, "feature_out_of_range", "worst_area"),
        ({"mean_symmetry": "abc-secret"}, None, "mean_symmetry"),
        ({"mean_symmetry": None}, None, "mean_symmetry"),
    ],
)
async def test_bad_features_are_422_naming_the_field(
    client: httpx.AsyncClient, cases: list[dict[str, float]],
    change: dict[str, Any], code: str | None, field: str,
) -> None:
    body = {"model": "wdbc-mlp", "inputs": [{"features": cases[0]},
                                            {"features": _with(cases[1], **change)}]}
    r = await diagnose(client, body)
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["type"] == "validation_error"
    if code != "unknown_feature":
        # names from the model card: safe and helpful to repeat
        assert err["param"] == f"inputs[1].features.{field}"
        assert field in err["message"]
    else:  # a name the caller made up is never repeated
        assert err["param"] == "inputs[1].features"
        assert field not in err["message"]
    if code:
        assert err["code"] == code
    assert "987654" not in r.text and "abc-secret" not in r.text


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
async def test_non_finite_numbers_are_422(
    client: httpx.AsyncClient, cases: list[dict[str, float]], literal: str
) -> None:
    body = json.dumps({"model": "wdbc-mlp", "inputs": [{"features": cases[0]}]})
    body = body.replace(f"{cases[0]['mean_area']}", literal, 1)
    assert literal in body
    r = await diagnose(client, body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["param"] == "inputs[0].features.mean_area"


async def test_unknown_names_that_may_hold_text_are_not_echoed(
    client: httpx.AsyncClient, cases: list[dict[str, float]]
) -> None:
    features = {**cases[0], "Jane Doe 555-0100": 1.0}
    r = await diagnose(client, {"model": "wdbc-mlp", "inputs": [{"features": features}]})
    assert r.status_code == 422
    assert "Jane" not in r.text and "555-0100" not in r.text  # not "555": a request id may hold it
    assert r.json()["error"]["param"].startswith("inputs[0].features")


async def test_scope_model_and_auth(
    client: httpx.AsyncClient, cases: list[dict[str, float]]
) -> None:
    body = {"model": "wdbc-mlp", "inputs": [{"features": cases[0]}]}
    assert (await diagnose(client, body, {})).status_code == 401
    r = await diagnose(client, body, {"Authorization": "Bearer k-embed"})
    assert r.status_code == 403
    r = await diagnose(client, {**body, "model": "minilm-l6-v2"})
    assert r.status_code == 404 and r.json()["error"]["param"] == "model"
    r = await diagnose(client, {**body, "extra": 1})
    assert r.status_code == 422


async def test_same_input_same_answer(
    client: httpx.AsyncClient, cases: list[dict[str, float]]
) -> None:
    body = {"model": "wdbc-mlp", "inputs": [{"features": cases[3]}], "explain": True}
    a, b = (await diagnose(client, body)).json(), (await diagnose(client, body)).json()
    assert a["results"] == b["results"] and a["id"] != b["id"]
    assert not math.isnan(a["results"][0]["probability"])
