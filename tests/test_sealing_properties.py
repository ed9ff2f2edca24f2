"""Hypothesis properties: round trips, garbage into decoders, single-byte tampering."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maas_client.sealing import (
    BHTTPDecodeError,
    BinaryRequest,
    BinaryResponse,
    DecryptionError,
    InformationalResponse,
    KeyConfigError,
    ServerKeyPair,
    UnknownKeyError,
    decapsulate_request,
    decode_request,
    decode_response,
    encapsulate_request,
    encode_request,
    encode_response,
    parse_key_configs,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = ServerKeyPair.generate(5, datetime(2100, 1, 1, tzinfo=UTC))
KEYS = {5: KEY}

small = st.binary(max_size=40)
fields = st.lists(st.tuples(st.binary(min_size=1, max_size=20), small), max_size=5)
requests = st.builds(BinaryRequest, method=st.binary(min_size=1, max_size=10), scheme=small,
                     authority=small, path=small, headers=fields,
                     body=st.binary(max_size=300), trailers=fields)
responses = st.builds(
    BinaryResponse, status=st.integers(200, 599), headers=fields, body=st.binary(max_size=300),
    informational=st.lists(st.builds(InformationalResponse, st.integers(100, 199), fields),
                           max_size=3),
    trailers=fields)


@FAST
@given(requests, st.integers(0, 20))
def test_bhttp_request_round_trip(request: BinaryRequest, padding: int) -> None:
    assert decode_request(encode_request(request) + bytes(padding)) == request


@FAST
@given(responses, st.integers(0, 20))
def test_bhttp_response_round_trip(response: BinaryResponse, padding: int) -> None:
    assert decode_response(encode_response(response) + bytes(padding)) == response


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200))
def test_garbage_into_bhttp_decoders(data: bytes) -> None:
    for decode in (decode_request, decode_response):
        with contextlib.suppress(BHTTPDecodeError):
            decode(data)


@FAST
@given(requests, st.integers(0, 200))
def test_mutated_valid_messages_only_raise_our_error(request: BinaryRequest, cut: int) -> None:
    encoded = bytearray(encode_request(request))
    encoded[cut % len(encoded)] ^= 0xFF
    with contextlib.suppress(BHTTPDecodeError):
        decode_request(bytes(encoded[: len(encoded) - cut % 7]))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=120))
def test_garbage_into_ohttp_decoders(data: bytes) -> None:
    with contextlib.suppress(DecryptionError, UnknownKeyError):
        decapsulate_request(KEYS, data)
    with contextlib.suppress(KeyConfigError):
        parse_key_configs(data)
    _, client = encapsulate_request(KEY.config, b"x")
    with pytest.raises(DecryptionError):
        client.open(data)


@FAST
@given(st.binary(max_size=2048), st.binary(max_size=2048), st.sampled_from([1, 3]))
def test_seal_open_round_trip(body: bytes, answer: bytes, aead_id: int) -> None:
    sealed, client = encapsulate_request(KEY.config, body, aead_id=aead_id)
    inner, server = decapsulate_request(KEYS, sealed)
    assert inner == body
    assert client.open(server.seal(answer)) == answer


@FAST
@given(st.binary(max_size=64), st.data())
def test_flipping_any_request_byte_is_refused(body: bytes, data: st.DataObject) -> None:
    sealed, _ = encapsulate_request(KEY.config, body)
    index = data.draw(st.integers(0, len(sealed) - 1))
    flip = data.draw(st.integers(1, 255))
    tampered = bytearray(sealed)
    tampered[index] ^= flip
    expected: tuple[type[Exception], ...] = (
        (UnknownKeyError,) if index == 0 else
        (DecryptionError, UnknownKeyError) if index < 7 else (DecryptionError,))
    with pytest.raises(expected):
        decapsulate_request(KEYS, bytes(tampered))


@FAST
@given(st.binary(max_size=64), st.data())
def test_flipping_any_response_byte_is_refused(body: bytes, data: st.DataObject) -> None:
    sealed, client = encapsulate_request(KEY.config, b"request")
    _, server = decapsulate_request(KEYS, sealed)
    answer = server.seal(body)
    index = data.draw(st.integers(0, len(answer) - 1))
    tampered = bytearray(answer)
    tampered[index] ^= data.draw(st.integers(1, 255))
    with pytest.raises(DecryptionError):
        client.open(bytes(tampered))
