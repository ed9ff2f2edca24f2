"""Input strictness on an app with no models (in-process ASGI): every unparseable body is a
400 `invalid_json`, wire scalars are never coerced from strings, text that shows nothing is
refused like "", and no error repeats what the caller sent."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maas_client import InvalidParametersError, MaaSClient
from maas_client.types import SummaryCreateParams
from maas_client.types._base import has_visible_text, visible_text_pattern
from mock_server.app import create_app
from mock_server.settings import ALL_SCOPES, Settings

KEY = "input-key"
AUTH = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
HUGE = "9" * 10_000


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(models=(), api_keys={KEY: ALL_SCOPES}, warmup=False))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as c:
        yield c


@pytest.mark.parametrize(("path", "raw"), [
    ("/v1/embeddings", '{"model": "minilm-l6-v2", "input": "x", "dimensions": %s}'),
    ("/v1/diagnosis", '{"model": "wdbc-mlp", "inputs": [{"features": {"mean_radius": %s}}]}'),
    ("/v1/summaries", '{"model": "clinical-extractive", "text": "x", "max_sentences": -%s}'),
    ("/v1/embeddings", '[%s]'),
])
async def test_ten_thousand_digit_integers_are_400_invalid_json(
    client: httpx.AsyncClient, path: str, raw: str
) -> None:
    r = await client.post(path, content=(raw % HUGE).encode(), headers=AUTH)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_json" and error["request_id"]
    # the number is not echoed back (a run of 9s no longer than a request id's hex digits
    # could be one by chance: "req_20ef41a2999...")
    assert HUGE[:40] not in r.text


@pytest.mark.parametrize(("path", "body", "param"), [
    ("/v1/diagnosis", {"model": "wdbc-mlp", "inputs": [{"features": {"mean_radius": "1.0"}}]},
     "inputs[0].features.mean_radius"),
    ("/v1/diagnosis", {"model": "wdbc-mlp", "inputs": [{"features": {"mean_radius": True}}]},
     "inputs[0].features.mean_radius"),
    ("/v1/diagnosis", {"model": "wdbc-mlp", "inputs": [{"features": {"mean_radius": 1.0}}],
                       "explain": "yes"}, "explain"),
    ("/v1/summaries", {"model": "clinical-extractive", "text": "x", "max_sentences": "2"},
     "max_sentences"),
    ("/v1/summaries", {"model": "clinical-extractive", "text": "x", "max_sentences": 2.5},
     "max_sentences"),
    ("/v1/embeddings", {"model": "minilm-l6-v2", "input": "x", "dimensions": "384"},
     "dimensions"),
])
async def test_no_string_or_bool_coercion(client: httpx.AsyncClient, path: str,
                                          body: dict[str, Any], param: str) -> None:
    r = await client.post(path, json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["param"] == param


def test_an_integral_float_is_an_integer_as_in_json_schema() -> None:
    # The OpenAPI document says `integer`, and JSON Schema counts 2.0 as one (schemathesis
    # sends it): accepted as 2, while "2", true and 2.5 are refused above.
    params = SummaryCreateParams.model_validate(
        {"model": "clinical-extractive", "text": "x", "max_sentences": 2.0})
    assert params.max_sentences == 2 and isinstance(params.max_sentences, int)


@pytest.mark.parametrize("text", ["   ", "\t\n", "\u200b", "\u200b\u200c\ufeff", " \u2060 "])
async def test_text_that_shows_nothing_is_refused_like_empty(client: httpx.AsyncClient,
                                                             text: str) -> None:
    empty = await client.post("/v1/embeddings", json={"model": "minilm-l6-v2", "input": ""},
                              headers=AUTH)
    blank = await client.post("/v1/embeddings", json={"model": "minilm-l6-v2",
                                                      "input": ["fine", text]}, headers=AUTH)
    assert empty.status_code == blank.status_code == 422
    assert blank.json()["error"]["code"] == empty.json()["error"]["code"]
    assert blank.json()["error"]["param"] == "input[1]"


def test_the_sdk_refuses_blank_text_before_sending() -> None:
    with MaaSClient(api_key="k", base_url="http://127.0.0.1:9", privacy=None) as client, \
            pytest.raises(InvalidParametersError):
        client.embeddings.create(model="minilm-l6-v2", input="\u200b \u200b")


async def test_a_made_up_feature_name_is_never_repeated(client: httpx.AsyncClient) -> None:
    secret = "Jane_Doe_MRN_555"
    body = {"model": "wdbc-mlp", "inputs": [{"features": {secret: "not a number"}}]}
    r = await client.post("/v1/diagnosis", content=json.dumps(body).encode(), headers=AUTH)
    assert r.status_code == 422
    assert secret not in r.text and "Jane" not in r.text
    assert r.json()["error"]["param"] == "inputs[0].features"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    [" ", "\t", "\u00a0", "\u200b", "\u2060", "\ufeff", "\U000e0020", "\U0001d173", "a", "é",
     "\u4e2d", "\U0001f600", "\u0600"]), max_size=5) | st.text(max_size=5))
def test_the_documented_pattern_matches_the_visible_text_rule(text: str) -> None:
    # The OpenAPI document's `pattern` and the server's check must agree on every text.
    pattern = re.compile(visible_text_pattern())
    assert (pattern.search(text) is not None) == has_visible_text(text)
