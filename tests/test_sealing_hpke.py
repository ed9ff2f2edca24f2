"""RFC 9180 Appendix A.1.1 and A.2.1 vectors (base mode, X25519, both AEADs), plus guards."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pyhpke import AEADId, CipherSuite, KDFId, KEMId

from maas_client.sealing import hpke
from maas_client.sealing.errors import (
    DecryptionError,
    MessageLimitReachedError,
    SealingError,
    UnknownKeyError,
)

VECTORS = Path(__file__).parent / "data" / "vectors"
SUITES = ["rfc9180_x25519_sha256_aes128gcm.json", "rfc9180_x25519_sha256_chacha20poly1305.json"]
h = bytes.fromhex


@pytest.fixture(params=SUITES)
def vector(request: pytest.FixtureRequest) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VECTORS / request.param).read_text())
    return data


def test_derive_key_pair(vector: dict[str, Any]) -> None:
    assert hpke.derive_key_pair(h(vector["ikmE"])) == (h(vector["skEm"]), h(vector["pkEm"]))
    assert hpke.derive_key_pair(h(vector["ikmR"])) == (h(vector["skRm"]), h(vector["pkRm"]))


def test_key_schedule(vector: dict[str, Any]) -> None:
    assert vector["mode"] == hpke.MODE_BASE
    enc, ctx = hpke.setup_base_s(h(vector["pkRm"]), h(vector["info"]), ikm_e=h(vector["ikmE"]),
                                 kdf_id=vector["kdf_id"], aead_id=vector["aead_id"])
    assert enc == h(vector["enc"])
    assert ctx.shared_secret == h(vector["shared_secret"])
    assert ctx.key == h(vector["key"])
    assert ctx.base_nonce == h(vector["base_nonce"])
    assert ctx.exporter_secret == h(vector["exporter_secret"])
    # The skE form of the same setup gives the same context.
    enc2, ctx2 = hpke.setup_base_s(h(vector["pkRm"]), h(vector["info"]), sk_e=h(vector["skEm"]),
                                   aead_id=vector["aead_id"])
    assert (enc2, ctx2.key) == (enc, ctx.key)
    rctx = hpke.setup_base_r(enc, h(vector["skRm"]), h(vector["info"]),
                             aead_id=vector["aead_id"])
    assert rctx.shared_secret == ctx.shared_secret and rctx.key == ctx.key


def test_encryptions_every_published_sequence_number(vector: dict[str, Any]) -> None:
    info = h(vector["info"])
    _, sender = hpke.setup_base_s(h(vector["pkRm"]), info, ikm_e=h(vector["ikmE"]),
                                  aead_id=vector["aead_id"])
    recipient = hpke.setup_base_r(h(vector["enc"]), h(vector["skRm"]), info,
                                  aead_id=vector["aead_id"])
    seqs = [e["sequence_number"] for e in vector["encryptions"]]
    assert seqs == [0, 1, 2, 4, 255, 256]
    for enc in vector["encryptions"]:
        sender._seq = recipient._seq = enc["sequence_number"]
        assert sender._nonce() == h(enc["nonce"])
        assert sender.seal(h(enc["aad"]), h(enc["pt"])) == h(enc["ct"])
        assert recipient.open(h(enc["aad"]), h(enc["ct"])) == h(enc["pt"])
        assert sender.seq == recipient.seq == enc["sequence_number"] + 1


def test_sequential_seal_open_matches_first_vectors(vector: dict[str, Any]) -> None:
    _, sender = hpke.setup_base_s(h(vector["pkRm"]), h(vector["info"]), ikm_e=h(vector["ikmE"]),
                                  aead_id=vector["aead_id"])
    for enc in vector["encryptions"][:3]:  # sequence numbers 0, 1, 2 in order, no poking
        assert sender.seal(h(enc["aad"]), h(enc["pt"])) == h(enc["ct"])


def test_exported_values(vector: dict[str, Any]) -> None:
    _, sender = hpke.setup_base_s(h(vector["pkRm"]), h(vector["info"]), ikm_e=h(vector["ikmE"]),
                                  aead_id=vector["aead_id"])
    recipient = hpke.setup_base_r(h(vector["enc"]), h(vector["skRm"]), h(vector["info"]),
                                  aead_id=vector["aead_id"])
    assert len(vector["exported_values"]) == 3
    for exp in vector["exported_values"]:
        expected = h(exp["exported_value"])
        assert sender.export(h(exp["exporter_context"]), exp["L"]) == expected
        assert recipient.export(h(exp["exporter_context"]), exp["L"]) == expected


def test_interoperates_with_pyhpke(vector: dict[str, Any]) -> None:
    aead = AEADId.AES128_GCM if vector["aead_id"] == 1 else AEADId.CHACHA20_POLY1305
    suite = CipherSuite.new(KEMId.DHKEM_X25519_HKDF_SHA256, KDFId.HKDF_SHA256, aead)
    sk_r, pk_r = hpke.generate_key_pair()
    enc, ours = hpke.setup_base_s(pk_r, b"info", aead_id=vector["aead_id"])
    theirs = suite.create_recipient_context(enc, suite.kem.deserialize_private_key(sk_r),
                                            info=b"info")
    assert theirs.open(ours.seal(b"a", b"hello"), aad=b"a") == b"hello"
    their_enc, their_sender = suite.create_sender_context(
        suite.kem.deserialize_public_key(pk_r), info=b"info")
    mine = hpke.setup_base_r(their_enc, sk_r, b"info", aead_id=vector["aead_id"])
    assert mine.open(b"", their_sender.seal(b"x" * 100)) == b"x" * 100
    assert mine.export(b"ctx", 16) == their_sender.export(b"ctx", 16)


def test_tampering_raises_decryption_error(vector: dict[str, Any]) -> None:
    recipient = hpke.setup_base_r(h(vector["enc"]), h(vector["skRm"]), h(vector["info"]),
                                  aead_id=vector["aead_id"])
    first = vector["encryptions"][0]
    ct = bytearray(h(first["ct"]))
    ct[0] ^= 1
    with pytest.raises(DecryptionError) as err:
        recipient.open(h(first["aad"]), bytes(ct))
    assert str(err.value) == DecryptionError.MESSAGE
    assert recipient.seq == 0  # a failed open does not advance the sequence
    assert recipient.open(h(first["aad"]), h(first["ct"])) == h(first["pt"])


def test_sequence_overflow_guard() -> None:
    sk_r, pk_r = hpke.generate_key_pair()
    enc, sender = hpke.setup_base_s(pk_r, b"")
    recipient = hpke.setup_base_r(enc, sk_r, b"")
    sender._seq = recipient._seq = (1 << 96) - 2  # the last usable sequence number
    assert recipient.open(b"", sender.seal(b"", b"last one")) == b"last one"
    with pytest.raises(MessageLimitReachedError):
        sender.seal(b"", b"one too many")
    with pytest.raises(MessageLimitReachedError):
        recipient.open(b"", bytes(32))


def test_small_order_and_malformed_enc_are_decryption_errors() -> None:
    sk_r, _ = hpke.generate_key_pair()
    for enc in (bytes(32), b"\x01" + bytes(31), b"short"):
        with pytest.raises(DecryptionError):
            hpke.setup_base_r(enc, sk_r, b"")


def test_unsupported_algorithms() -> None:
    _, pk_r = hpke.generate_key_pair()
    with pytest.raises(UnknownKeyError):
        hpke.setup_base_s(pk_r, b"", aead_id=0x0002)
    with pytest.raises(UnknownKeyError):
        hpke.setup_base_s(pk_r, b"", kdf_id=0x0002)


def test_export_length_bounds() -> None:
    _, pk_r = hpke.generate_key_pair()
    _, sender = hpke.setup_base_s(pk_r, b"")
    assert len(sender.export(b"", 255 * 32)) == 255 * 32
    with pytest.raises(SealingError):
        sender.export(b"", 255 * 32 + 1)
