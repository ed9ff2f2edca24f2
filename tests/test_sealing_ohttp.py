"""RFC 9458 Appendix A, byte for byte, plus key configuration and error behaviour."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from maas_client.sealing import (
    MEDIA_TYPE_BHTTP,
    MEDIA_TYPE_OHTTP_KEYS,
    MEDIA_TYPE_OHTTP_REQ,
    MEDIA_TYPE_OHTTP_RES,
    BinaryRequest,
    DecryptionError,
    KeyConfig,
    KeyConfigError,
    ServerKeyPair,
    UnknownKeyError,
    decapsulate_request,
    decode_request,
    decode_response,
    encapsulate_request,
    encode_key_configs,
    parse_key_config,
    parse_key_configs,
)
from maas_client.sealing import ohttp as ohttp_mod

VECTOR: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "vectors" / "rfc9458_appendix_a.json").read_text())
h = bytes.fromhex
KC, REQ, RES = VECTOR["key_configuration"], VECTOR["request"], VECTOR["response"]
LATER = datetime(2100, 1, 1, tzinfo=UTC)


def _server_key() -> ServerKeyPair:
    return ServerKeyPair.from_private_bytes(1, h(KC["server_private_key"]), LATER)


def test_media_types() -> None:
    assert (MEDIA_TYPE_OHTTP_REQ, MEDIA_TYPE_OHTTP_RES, MEDIA_TYPE_OHTTP_KEYS, MEDIA_TYPE_BHTTP) \
        == ("message/ohttp-req", "message/ohttp-res", "application/ohttp-keys", "message/bhttp")


def test_key_configuration() -> None:
    parts = VECTOR["not_published_separately__read_from_published_hex"]["from_encoded_key_config"]
    config = parse_key_config(h(KC["encoded_key_config"]))
    assert config == KeyConfig(1, 0x0020, h(parts["public_key"]), [(1, 1), (1, 3)])
    assert config.encode() == h(KC["encoded_key_config"])
    # The server key derived from the published private key publishes the same configuration.
    assert _server_key().config == config


def test_encapsulated_request_byte_for_byte() -> None:
    config = parse_key_config(h(KC["encoded_key_config"]))
    info = ohttp_mod._REQUEST_LABEL + b"\x00" + ohttp_mod._header(1, 0x20, 1, 1)
    assert info == h(REQ["hpke_info"])
    sealed, _ = encapsulate_request(config, h(REQ["binary_http_request"]),
                                    sk_e=h(REQ["ephemeral_private_key"]))
    assert sealed == h(REQ["encapsulated_request"])
    assert sealed[7:39] == h(REQ["ephemeral_public_key"])


def test_server_opens_published_request_and_seals_published_response() -> None:
    inner, context = decapsulate_request({1: _server_key()}, h(REQ["encapsulated_request"]))
    assert inner == h(REQ["binary_http_request"])
    assert decode_request(inner) == BinaryRequest(b"GET", b"https", b"example.com", b"/")
    sealed = context.seal(h(RES["binary_http_response"]), response_nonce=h(RES["response_nonce"]))
    assert sealed == h(RES["encapsulated_response"])


def test_response_intermediate_values() -> None:
    _, context = decapsulate_request({1: _server_key()}, h(REQ["encapsulated_request"]))
    hpke_context = context._context
    assert hpke_context.export(b"message/bhttp response", 16) == h(RES["exported_secret"])
    enc = h(RES["salt"])[:32]
    _, key, nonce = ohttp_mod._response_aead(hpke_context, enc, h(RES["response_nonce"]))
    assert (key, nonce) == (h(RES["aead_key"]), h(RES["aead_nonce"]))


def test_client_opens_published_response() -> None:
    config = parse_key_config(h(KC["encoded_key_config"]))
    _, context = encapsulate_request(config, h(REQ["binary_http_request"]),
                                     sk_e=h(REQ["ephemeral_private_key"]))
    inner = context.open(h(RES["encapsulated_response"]))
    assert inner == h(RES["binary_http_response"])
    assert decode_response(inner).status == 200


@pytest.mark.parametrize("aead_id", [1, 3])
def test_round_trip_both_aeads(aead_id: int) -> None:
    key = ServerKeyPair.generate(7, LATER)
    sealed, client = encapsulate_request(key.config, b"request", aead_id=aead_id)
    inner, server = decapsulate_request({7: key}, sealed)
    assert inner == b"request"
    answer = server.seal(b"response")
    assert len(answer) == 16 + len(b"response") + 16 + (16 if aead_id == 3 else 0)
    assert client.open(answer) == b"response"


def test_key_config_list_round_trip_skips_unknown_kem() -> None:
    a, b = ServerKeyPair.generate(2, LATER), ServerKeyPair.generate(1, LATER)
    document = encode_key_configs([a.config, b.config])
    assert parse_key_configs(document) == [a.config, b.config]
    foreign = b"\x09\x00\x10" + bytes(65) + b"\x00\x04\x00\x01\x00\x01"  # P-256 KEM
    mixed = len(foreign).to_bytes(2, "big") + foreign + document
    assert parse_key_configs(mixed) == [a.config, b.config]
    assert parse_key_configs(b"") == []


BAD_SYMMETRIC_LENGTH = b"\x00\x2a" + b"\x01\x00\x20" + bytes(32) + b"\x00\x05" + bytes(5)


@pytest.mark.parametrize("bad", [b"\x00", b"\x00\x05abc", b"\x00\x03\x01\x00\x20",
                                 BAD_SYMMETRIC_LENGTH])
def test_malformed_key_configs(bad: bytes) -> None:
    with pytest.raises(KeyConfigError):
        parse_key_configs(bad)


def test_unknown_key_and_suite() -> None:
    key = ServerKeyPair.generate(1, LATER)
    sealed, _ = encapsulate_request(key.config, b"x")
    with pytest.raises(UnknownKeyError):
        decapsulate_request({2: ServerKeyPair.generate(2, LATER)}, sealed)
    aes_only = ServerKeyPair.from_private_bytes(1, key.private_key, LATER, suites=[(1, 1)])
    with pytest.raises(UnknownKeyError):
        encapsulate_request(aes_only.config, b"x", aead_id=3)
    chacha, _ = encapsulate_request(key.config, b"x", aead_id=3)
    with pytest.raises(UnknownKeyError):
        decapsulate_request({1: aes_only}, chacha)


def test_expired_key_is_unknown_when_now_is_given() -> None:
    now = datetime(2030, 1, 1, tzinfo=UTC)
    key = ServerKeyPair.generate(1, now - timedelta(seconds=1))
    sealed, _ = encapsulate_request(key.config, b"x")
    with pytest.raises(UnknownKeyError):
        decapsulate_request({1: key}, sealed, now=now)
    assert decapsulate_request({1: key}, sealed)[0] == b"x"


def test_decryption_errors_are_identical() -> None:
    key = ServerKeyPair.generate(1, LATER)
    sealed, client = encapsulate_request(key.config, b"payload")
    _inner, server = decapsulate_request({1: key}, sealed)
    answer = server.seal(b"answer")
    bad_tag = sealed[:-1] + bytes([sealed[-1] ^ 1])
    bad_enc = sealed[:7] + bytes(32) + sealed[39:]  # small-order point
    messages = set()
    for data in (sealed[:3], sealed[:40], bad_tag, bad_enc):
        with pytest.raises(DecryptionError) as err:
            decapsulate_request({1: key}, data)
        messages.add(str(err.value))
    for data in (answer[:10], answer[:-1], answer[:16] + bytes(len(answer) - 16)):
        with pytest.raises(DecryptionError) as err:
            client.open(data)
        messages.add(str(err.value))
    assert messages == {DecryptionError.MESSAGE}


def test_private_key_not_in_repr() -> None:
    key = ServerKeyPair.generate(1, LATER)
    assert key.private_key.hex() not in repr(key)
    assert str(key.private_key) not in repr(key)


def test_response_nonce_length_checked() -> None:
    key = ServerKeyPair.generate(1, LATER)
    sealed, _ = encapsulate_request(key.config, b"x")
    _, server = decapsulate_request({1: key}, sealed)
    with pytest.raises(ohttp_mod.SealingError):
        server.seal(b"y", response_nonce=bytes(12))
