"""RFC 9292 section 5 examples, varints, padding, truncation and hostile lengths."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from maas_client.sealing import bhttp
from maas_client.sealing.bhttp import BinaryRequest, BinaryResponse, InformationalResponse
from maas_client.sealing.errors import BHTTPDecodeError

EXAMPLES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "vectors" / "rfc9292_examples.json").read_text()
)["examples"]
h = bytes.fromhex


def _example(name: str) -> dict[str, Any]:
    return next(e for e in EXAMPLES if e["name"] == name)


def test_request_example_both_framings() -> None:
    ex = _example("request")
    known = h(ex["known_length"]["hex"])
    indeterminate = h(ex["indeterminate_length"]["hex"])
    assert len(known) == ex["known_length"]["length_bytes"] == 135
    assert len(indeterminate) == ex["indeterminate_length"]["length_bytes"] == 144
    expected = BinaryRequest(
        method=b"GET", scheme=b"https", authority=b"", path=b"/hello.txt",
        headers=[(b"user-agent", b"curl/7.16.3 libcurl/7.16.3 OpenSSL/0.9.7l zlib/1.2.3"),
                 (b"host", b"www.example.com"), (b"accept-language", b"en, mi")],
        body=b"", trailers=[])
    assert bhttp.decode_request(known) == expected
    assert bhttp.decode_request(indeterminate) == expected  # with its zero padding
    assert bhttp.encode_request(expected) == known


def test_response_with_informational_responses() -> None:
    ex = _example("response with informational (1xx) responses")
    response = bhttp.decode_response(h(ex["indeterminate_length"]["hex"]))
    assert [(i.status, i.headers) for i in response.informational] == [
        (102, [(b"running", b'"sleep 15"')]),
        (103, [(b"link", b"</style.css>; rel=preload; as=style"),
               (b"link", b"</script.js>; rel=preload; as=script")]),
    ]
    assert response.status == 200
    assert (b"content-type", b"text/plain") in response.headers
    assert response.body == b"Hello World! My content includes a trailing CRLF.\r\n"
    assert response.trailers == []
    # Our known-length encoding decodes back to the same message.
    assert bhttp.decode_response(bhttp.encode_response(response)) == response


def test_chunked_response_known_length() -> None:
    ex = _example("chunked response")
    known = h(ex["known_length"]["hex"])
    response = bhttp.decode_response(known)
    assert response == BinaryResponse(status=200, headers=[],
                                      body=b"This content contains CRLF.\r\n",
                                      informational=[], trailers=[(b"trailer", b"text")])
    assert bhttp.encode_response(response) == known


@pytest.mark.parametrize(("value", "encoded"), [
    (0, "00"), (37, "25"), (63, "3f"), (64, "4040"), (15293, "7bbd"), (16383, "7fff"),
    (16384, "80004000"), (494878333, "9d7f3e7d"), ((1 << 30) - 1, "bfffffff"),
    (1 << 30, "c000000040000000"), (151288809941952652, "c2197c5eff14e88c"),
])
def test_varints(value: int, encoded: str) -> None:
    assert bhttp.encode_varint(value) == h(encoded)
    assert bhttp.decode_varint(h(encoded)) == (value, len(h(encoded)))


def test_non_minimal_varints_are_accepted() -> None:
    # RFC 9000 A.1: 0x4025 also decodes to 37.
    assert bhttp.decode_varint(h("4025")) == (37, 2)
    assert bhttp.decode_request(h("00" "4003" "474554") + b"\x00" * 3).method == b"GET"


def test_varint_range() -> None:
    with pytest.raises(ValueError):
        bhttp.encode_varint(-1)
    with pytest.raises(ValueError):
        bhttp.encode_varint(bhttp.MAX_VARINT + 1)


def test_truncated_after_sections_means_empty() -> None:
    full = bhttp.encode_request(BinaryRequest(b"GET", b"https", b"a.example", b"/"))
    # Framing + control data only: header, content and trailer are absent (hence empty).
    control_only = h("00") + b"\x03GET\x05https\x09a.example\x01/"
    assert bhttp.decode_request(control_only) == bhttp.decode_request(full)
    assert bhttp.decode_response(h("0140c8")) == BinaryResponse(200)


def test_padding_must_be_zero() -> None:
    encoded = bhttp.encode_response(BinaryResponse(204))
    assert bhttp.decode_response(encoded + bytes(50)).status == 204
    with pytest.raises(BHTTPDecodeError):
        bhttp.decode_response(encoded + b"\x00\x01")


@pytest.mark.parametrize("data", [
    b"", h("04"), h("01"), h("0100"), h("01403f"), h("014258"),  # bad indicator/statuses
    h("00"), h("0003474554"), h("00034745"),  # truncated control data
    h("00") + b"\x00" * 4,  # empty method
    h("01" "40c8" "ffffffffffffffff"),  # header length 2**62-1 with nothing behind it
    h("01" "40c8" "00" "bfffffff") + b"x" * 10,  # content length ~1 GiB, 10 bytes present
    h("03" "40c8" "0161"),  # indeterminate field line cut after its name
    h("03" "40c8" "00" "05" "6869"),  # chunk longer than what is left
    h("03" "40c8" "00" "02" "6869"),  # chunks without their terminator
])
def test_malformed_inputs_raise_our_error(data: bytes) -> None:
    with pytest.raises(BHTTPDecodeError):
        bhttp.decode_response(data)
    with pytest.raises(BHTTPDecodeError):
        bhttp.decode_request(data)


def test_request_decoder_rejects_response_and_vice_versa() -> None:
    request = bhttp.encode_request(BinaryRequest(b"POST", body=b"{}"))
    response = bhttp.encode_response(BinaryResponse(200, body=b"{}"))
    with pytest.raises(BHTTPDecodeError):
        bhttp.decode_response(request)
    with pytest.raises(BHTTPDecodeError):
        bhttp.decode_request(response)


def test_encode_rejects_bad_statuses() -> None:
    with pytest.raises(ValueError):
        bhttp.encode_response(BinaryResponse(101))
    with pytest.raises(ValueError):
        bhttp.encode_response(BinaryResponse(200, informational=[InformationalResponse(200)]))


def test_full_request_round_trip_with_trailers() -> None:
    request = BinaryRequest(b"POST", b"https", b"maas.example", b"/v1/embeddings?x=1",
                            [(b"content-type", b"application/json"), (b"x-a", b"")],
                            b'{"input": "synthetic"}', [(b"x-checksum", b"abc")])
    assert bhttp.decode_request(bhttp.encode_request(request)) == request
