"""Hybrid Public Key Encryption (RFC 9180), base mode, on `cryptography` primitives.

Suite: DHKEM(X25519, HKDF-SHA256) (0x0020), HKDF-SHA256 (0x0001), and AES-128-GCM (0x0001) or
ChaCha20-Poly1305 (0x0003). Exports (section 5.3) are supported, which `cryptography`'s own HPKE
API lacks. Sans-I/O: bytes in, bytes out.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

from .errors import DecryptionError, MessageLimitReachedError, SealingError, UnknownKeyError

__all__ = [
    "AEAD_AES_128_GCM",
    "AEAD_CHACHA20_POLY1305",
    "AEAD_NAMES",
    "KDF_HKDF_SHA256",
    "KDF_NAMES",
    "KEM_X25519_HKDF_SHA256",
    "MODE_BASE",
    "AeadParams",
    "Buffer",
    "RecipientContext",
    "RecipientKey",
    "SenderContext",
    "aead_params",
    "derive_key_pair",
    "generate_key_pair",
    "public_key_from_private",
    "setup_base_r",
    "setup_base_s",
]

MODE_BASE = 0x00
KEM_X25519_HKDF_SHA256 = 0x0020
KDF_HKDF_SHA256 = 0x0001
AEAD_AES_128_GCM = 0x0001
AEAD_CHACHA20_POLY1305 = 0x0003
#: The names of the supported algorithms as `GET /v1/keys` spells them.
KDF_NAMES: dict[int, str] = {KDF_HKDF_SHA256: "HKDF-SHA256"}
AEAD_NAMES: dict[int, str] = {AEAD_AES_128_GCM: "AES-128-GCM",
                              AEAD_CHACHA20_POLY1305: "ChaCha20-Poly1305"}

_NH = 32  # HKDF-SHA256 output size
_NSECRET = 32  # DHKEM(X25519) shared secret size
_NSK = 32  # X25519 private key size
_NPK = 32  # X25519 public key / enc size
_VERSION = b"HPKE-v1"
_KEM_SUITE_ID = b"KEM" + KEM_X25519_HKDF_SHA256.to_bytes(2, "big")


Buffer = bytes | bytearray | memoryview
"""Bytes-like input; a memoryview slice avoids copying a large ciphertext."""


class _Aead(Protocol):
    def encrypt(self, nonce: bytes, data: Buffer, associated_data: bytes | None) -> bytes: ...

    def decrypt(self, nonce: bytes, data: Buffer, associated_data: bytes | None) -> bytes: ...


@dataclass(frozen=True, slots=True)
class AeadParams:
    """An AEAD of RFC 9180 section 7.3: its id, key/nonce/tag sizes and cipher factory."""

    aead_id: int
    nk: int
    nn: int
    nt: int
    factory: Callable[[bytes], _Aead]


_AEADS: dict[int, AeadParams] = {
    AEAD_AES_128_GCM: AeadParams(AEAD_AES_128_GCM, 16, 12, 16, AESGCM),
    AEAD_CHACHA20_POLY1305: AeadParams(AEAD_CHACHA20_POLY1305, 32, 12, 16, ChaCha20Poly1305),
}


def aead_params(aead_id: int) -> AeadParams:
    """The parameters of a supported AEAD; `UnknownKeyError` for any other id."""
    try:
        return _AEADS[aead_id]
    except KeyError:
        raise UnknownKeyError("unsupported HPKE AEAD") from None


def _check_kdf(kdf_id: int) -> None:
    if kdf_id != KDF_HKDF_SHA256:
        raise UnknownKeyError("unsupported HPKE KDF")


# --- HKDF-SHA256 and the labeled variants (RFC 9180 section 4) --------------------------------


def _extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.digest(salt or b"\x00" * _NH, ikm, hashlib.sha256)


def _expand(prk: bytes, info: bytes, length: int) -> bytes:
    if length > 255 * _NH:
        raise SealingError("HKDF-Expand length too large")
    out = b""
    block = b""
    counter = 1
    while len(out) < length:
        block = hmac.digest(prk, block + info + bytes([counter]), hashlib.sha256)
        out += block
        counter += 1
    return out[:length]


def _labeled_extract(suite_id: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return _extract(salt, _VERSION + suite_id + label + ikm)


def _labeled_expand(suite_id: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    if length > 0xFFFF:
        raise SealingError("HKDF-Expand length too large")
    labeled_info = length.to_bytes(2, "big") + _VERSION + suite_id + label + info
    return _expand(prk, labeled_info, length)


# --- DHKEM(X25519, HKDF-SHA256) (RFC 9180 section 4.1) ----------------------------------------


def derive_key_pair(ikm: bytes) -> tuple[bytes, bytes]:
    """DeriveKeyPair(ikm) for X25519 (RFC 9180 section 7.1.3): `(private, public)` raw bytes."""
    dkp_prk = _labeled_extract(_KEM_SUITE_ID, b"", b"dkp_prk", ikm)
    sk = _labeled_expand(_KEM_SUITE_ID, dkp_prk, b"sk", b"", _NSK)
    return sk, public_key_from_private(sk)


def generate_key_pair() -> tuple[bytes, bytes]:
    """A fresh random X25519 key pair as `(private, public)` raw bytes."""
    return derive_key_pair(os.urandom(_NSK))


def public_key_from_private(sk: bytes) -> bytes:
    """The raw X25519 public key of a raw 32-byte private key."""
    return _private_key(sk).public_key().public_bytes_raw()


def _private_key(sk: bytes) -> X25519PrivateKey:
    if len(sk) != _NSK:
        raise SealingError("an X25519 private key is 32 bytes")
    return X25519PrivateKey.from_private_bytes(sk)


class RecipientKey:
    """A recipient's X25519 private key, loaded once with its public key.

    Loading a raw key derives its public key (a scalar multiplication), so a gateway that opens
    many requests with one key keeps this object instead of the raw bytes."""

    __slots__ = ("_key", "public_key")

    def __init__(self, sk: bytes) -> None:
        self._key = _private_key(sk)
        #: The raw 32-byte public key (pkRm).
        self.public_key: bytes = self._key.public_key().public_bytes_raw()


@functools.lru_cache(maxsize=32)
def _recipient_public_key(pk: bytes) -> X25519PublicKey:
    """A sender's view of a recipient key; the same few keys come back on every call."""
    return X25519PublicKey.from_public_bytes(pk)


def _dh(sk: X25519PrivateKey, pk: X25519PublicKey) -> bytes:
    try:
        return sk.exchange(pk)
    except ValueError:  # all-zero output: a small-order point
        raise DecryptionError() from None


def _extract_and_expand(dh: bytes, kem_context: bytes) -> bytes:
    eae_prk = _labeled_extract(_KEM_SUITE_ID, b"", b"eae_prk", dh)
    return _labeled_expand(_KEM_SUITE_ID, eae_prk, b"shared_secret", kem_context, _NSECRET)


def _encap(pk_r: bytes, ephemeral: X25519PrivateKey) -> tuple[bytes, bytes]:
    if len(pk_r) != _NPK:
        raise SealingError("invalid recipient public key")
    enc = ephemeral.public_key().public_bytes_raw()
    try:
        dh = _dh(ephemeral, _recipient_public_key(bytes(pk_r)))
    except DecryptionError:
        raise SealingError("invalid recipient public key") from None
    return _extract_and_expand(dh, enc + pk_r), enc


def _decap(enc: bytes, recipient: RecipientKey) -> bytes:
    if len(enc) != _NPK:
        raise DecryptionError()
    dh = _dh(recipient._key, X25519PublicKey.from_public_bytes(enc))
    return _extract_and_expand(dh, enc + recipient.public_key)


# --- Key schedule and contexts (RFC 9180 section 5) -------------------------------------------


class _Context:
    """Shared state of an HPKE encryption context: key, base nonce, sequence, exporter secret."""

    __slots__ = ("_aead", "_cipher", "_seq", "_seq_limit", "_suite_id", "base_nonce",
                 "exporter_secret", "key", "shared_secret")

    def __init__(self, suite_id: bytes, aead: AeadParams, shared_secret: bytes,
                 key: bytes, base_nonce: bytes, exporter_secret: bytes) -> None:
        self._suite_id = suite_id
        self._aead = aead
        self._cipher = aead.factory(key)
        self._seq = 0
        self._seq_limit = (1 << (8 * aead.nn)) - 1
        self.shared_secret = shared_secret
        self.key = key
        self.base_nonce = base_nonce
        self.exporter_secret = exporter_secret

    @property
    def aead(self) -> AeadParams:
        """The AEAD this context uses."""
        return self._aead

    @property
    def seq(self) -> int:
        """The sequence number the next seal/open will use."""
        return self._seq

    def _nonce(self) -> bytes:
        nn = self._aead.nn
        return (int.from_bytes(self.base_nonce, "big") ^ self._seq).to_bytes(nn, "big")

    def _check_seq(self) -> None:
        if self._seq >= self._seq_limit:
            raise MessageLimitReachedError("HPKE message limit reached")

    def export(self, exporter_context: bytes, length: int) -> bytes:
        """Secret export (RFC 9180 section 5.3): `length` bytes bound to `exporter_context`."""
        if not 0 <= length <= 255 * _NH:
            raise SealingError("export length out of range")
        return _labeled_expand(self._suite_id, self.exporter_secret, b"sec", exporter_context,
                               length)


class SenderContext(_Context):
    """The sender's side of an HPKE context (from `setup_base_s`)."""

    __slots__ = ()

    def seal(self, aad: bytes, pt: bytes) -> bytes:
        """Encrypt `pt` with associated data `aad` under the next nonce; returns ct || tag."""
        self._check_seq()
        ct = self._cipher.encrypt(self._nonce(), pt, aad)
        self._seq += 1
        return ct


class RecipientContext(_Context):
    """The recipient's side of an HPKE context (from `setup_base_r`)."""

    __slots__ = ()

    def open(self, aad: bytes, ct: Buffer) -> bytes:
        """Decrypt and verify `ct`; `DecryptionError` if it does not authenticate."""
        self._check_seq()
        try:
            pt = self._cipher.decrypt(self._nonce(), ct, aad)
        except InvalidTag:
            raise DecryptionError() from None
        self._seq += 1
        return pt


def _suite_id(kdf_id: int, aead_id: int) -> bytes:
    return (b"HPKE" + KEM_X25519_HKDF_SHA256.to_bytes(2, "big") + kdf_id.to_bytes(2, "big")
            + aead_id.to_bytes(2, "big"))


@functools.lru_cache(maxsize=64)
def _schedule_context(suite_id: bytes, info: bytes) -> bytes:
    """key_schedule_context of base mode: public, and the same for every message of a key."""
    psk_id_hash = _labeled_extract(suite_id, b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(suite_id, b"", b"info_hash", info)
    return bytes([MODE_BASE]) + psk_id_hash + info_hash


def _key_schedule(shared_secret: bytes, info: bytes, kdf_id: int,
                  aead_id: int) -> tuple[bytes, AeadParams, bytes, bytes, bytes]:
    _check_kdf(kdf_id)
    aead = aead_params(aead_id)
    suite_id = _suite_id(kdf_id, aead_id)
    context = _schedule_context(suite_id, bytes(info))
    secret = _labeled_extract(suite_id, shared_secret, b"secret", b"")
    key = _labeled_expand(suite_id, secret, b"key", context, aead.nk)
    base_nonce = _labeled_expand(suite_id, secret, b"base_nonce", context, aead.nn)
    exporter_secret = _labeled_expand(suite_id, secret, b"exp", context, _NH)
    return suite_id, aead, key, base_nonce, exporter_secret


def setup_base_s(pk_r: bytes, info: bytes, *, ikm_e: bytes | None = None,
                 sk_e: bytes | None = None, kdf_id: int = KDF_HKDF_SHA256,
                 aead_id: int = AEAD_AES_128_GCM) -> tuple[bytes, SenderContext]:
    """SetupBaseS (RFC 9180 section 5.1.1): `(enc, context)` for recipient key `pk_r`.

    The ephemeral key is random unless `ikm_e` (derived with DeriveKeyPair) or `sk_e` (a raw
    private key) is given, which only test vectors should do."""
    if ikm_e is not None and sk_e is not None:
        raise SealingError("give ikm_e or sk_e, not both")
    if ikm_e is not None:
        sk_e, _ = derive_key_pair(ikm_e)
    _check_kdf(kdf_id)
    aead_params(aead_id)
    ephemeral = X25519PrivateKey.generate() if sk_e is None else _private_key(sk_e)
    shared_secret, enc = _encap(pk_r, ephemeral)
    suite_id, aead, key, nonce, exp = _key_schedule(shared_secret, info, kdf_id, aead_id)
    return enc, SenderContext(suite_id, aead, shared_secret, key, nonce, exp)


def setup_base_r(enc: bytes, sk_r: bytes | RecipientKey, info: bytes, *,
                 kdf_id: int = KDF_HKDF_SHA256,
                 aead_id: int = AEAD_AES_128_GCM) -> RecipientContext:
    """SetupBaseR (RFC 9180 section 5.1.1): the recipient context for `enc` and key `sk_r`
    (raw bytes, or a `RecipientKey` loaded once).

    A malformed or small-order `enc` raises `DecryptionError`."""
    _check_kdf(kdf_id)
    aead_params(aead_id)
    recipient = sk_r if isinstance(sk_r, RecipientKey) else RecipientKey(sk_r)
    shared_secret = _decap(enc, recipient)
    suite_id, aead, key, nonce, exp = _key_schedule(shared_secret, info, kdf_id, aead_id)
    return RecipientContext(suite_id, aead, shared_secret, key, nonce, exp)
