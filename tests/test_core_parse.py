"""The I/O-free core: request building and response parsing, with no client and no sockets."""

from __future__ import annotations

import json

import httpx
import pytest

from maas_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    EncryptionError,
    InternalServerError,
    InvalidParametersError,
    MaaSError,
    UnprocessableEntityError,
)
from maas_client._core import (
    ClientOptions,
    PreparedRequest,
    attempt_timeout,
    base_headers,
    map_transport_error,
    parse_response,
    seal,
    user_agent,
    validate_params,
    wire_request,
)
from maas_client.types import CreateEmbeddingResponse, EmbeddingCreateParams, ModelList

REQ = PreparedRequest.get("/v1/models", ModelList)
H = httpx.Headers({"x-request-id": "req_1", "ratelimit-limit": "60",
                   "ratelimit-remaining": "59", "ratelimit-reset": "1.5"})


def test_parse_success_attaches_request_id_and_rate_limit() -> None:
    model = parse_response(REQ, 200, H, b'{"object": "list", "data": []}')
    assert isinstance(model, ModelList)
    assert model.request_id == "req_1"
    assert model.rate_limit is not None and model.rate_limit.remaining == 59


@pytest.mark.parametrize("body", [
    b"{not json", b'{"object": "list", "da', b"", b"[]", b'{"object": "list"}',
    b'{"object": "list", "data": [{"id": 1}]}', b"\xff\xfe",
])
def test_contract_breaking_bodies_raise_response_validation_error(body: bytes) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        parse_response(REQ, 200, H, body)
    assert info.value.status_code == 200 and info.value.request_id == "req_1"
    assert info.value.__cause__ is None


def test_non_finite_numbers_in_a_response_are_rejected() -> None:
    req = PreparedRequest.get("/x", CreateEmbeddingResponse)
    body = b'{"object":"list","model":"m","data":[{"object":"embedding","index":0,' \
           b'"embedding":[NaN]}],"usage":{"prompt_tokens":1,"total_tokens":1}}'
    with pytest.raises(APIResponseValidationError):
        parse_response(req, 200, H, body)


def test_error_envelope_maps_to_class() -> None:
    body = json.dumps({"error": {"type": "validation_error", "code": "too_long",
                                 "message": "input is too long", "param": "input[0]",
                                 "request_id": "req_env"}}).encode()
    with pytest.raises(UnprocessableEntityError) as info:
        parse_response(REQ, 422, httpx.Headers({}), body)
    e = info.value
    assert (e.request_id, e.type, e.code, e.param) == ("req_env", "validation_error",
                                                       "too_long", "input[0]")


def test_non_envelope_error_body_is_not_echoed() -> None:
    html = b"<html>Bad gateway for Zebediah Quillfeather</html>"
    with pytest.raises(InternalServerError) as info:
        parse_response(REQ, 502, H, html)
    assert "Zebediah" not in str(info.value) and info.value.code is None
    with pytest.raises(APIStatusError) as info2:
        parse_response(REQ, 418, H, b"teapot")
    assert type(info2.value) is APIStatusError


def test_long_server_message_is_capped() -> None:
    body = json.dumps({"error": {"type": "t", "code": "c", "message": "x" * 5000}}).encode()
    with pytest.raises(APIStatusError) as info:
        parse_response(REQ, 400, H, body)
    assert len(str(info.value)) < 500


def test_transport_errors_map_to_typed_errors() -> None:
    assert type(map_transport_error(httpx.ConnectError("x"))) is APIConnectionError
    assert type(map_transport_error(httpx.ReadTimeout("x"))) is APITimeoutError
    assert type(map_transport_error(httpx.PoolTimeout("x"))) is APITimeoutError
    assert type(map_transport_error(httpx.RemoteProtocolError("x"))) is APIConnectionError
    assert isinstance(map_transport_error(httpx.DecodingError("x")),
                      APIResponseValidationError)


def test_wire_request_headers() -> None:
    opts = ClientOptions.resolve("sk-1", "http://h:1/v1/", default_headers={"X-A": "1"})
    assert opts.base_url == "http://h:1"
    params = EmbeddingCreateParams(model="m", input="t")
    req = PreparedRequest.post("/v1/embeddings", params, CreateEmbeddingResponse,
                               extra_headers={"X-B": "2"})
    wire = wire_request(opts, base_headers(opts), req, 3, 2.5)
    assert wire.url == "http://h:1/v1/embeddings"
    assert wire.headers["MaaS-Timeout"] == "2500m"
    assert wire.headers["Authorization"] == "Bearer sk-1"
    assert wire.headers["MaaS-Retry-Count"] == "3"
    assert wire.headers["Idempotency-Key"] == req.idempotency_key
    assert wire.headers["Content-Type"] == "application/json"
    assert wire.headers["X-A"] == "1" and wire.headers["X-B"] == "2"
    assert wire.headers["User-Agent"] == user_agent()
    assert user_agent().startswith("maas-client/0.") and " python/3." in user_agent()
    assert json.loads(wire.content or b"") == {"model": "m", "input": "t",
                                               "encoding_format": "float"}


def test_seal_stage_seam() -> None:
    opts = ClientOptions(api_key="k")
    wire = wire_request(opts, base_headers(opts), REQ, 0, 60.0)
    same, opener = seal(opts, wire)
    assert same is wire and opener(200, H, b"x") == (200, H, b"x")
    with pytest.raises(EncryptionError):
        seal(opts.copy_with(encryption="required"), wire)


def test_attempt_timeout() -> None:
    assert attempt_timeout(60.0, None) == 60.0
    assert attempt_timeout(60.0, 5.0) == 5.0
    assert attempt_timeout(2.0, 5.0) == 2.0


def test_params_validation_never_echoes_input() -> None:
    secret = "Zebediah Quillfeather " * 6000
    with pytest.raises(InvalidParametersError) as info:
        validate_params(EmbeddingCreateParams, "embeddings", model="m", input=[secret])
    assert "Zebediah" not in str(info.value) and "Zebediah" not in repr(info.value.errors)
    assert isinstance(info.value, ValueError) and isinstance(info.value, MaaSError)
    assert info.value.errors and "loc" in info.value.errors[0]


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"timeout": float("inf")}, {"deadline": -1},
                                 {"max_retries": -1}, {"encryption": "maybe"},
                                 {"max_retry_after": 0}])
def test_bad_options_raise(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidParametersError):
        ClientOptions(api_key="k", **bad)  # type: ignore[arg-type]
