"""Oblivious HTTP (RFC 9458): key configurations, request and response encapsulation.

Sans-I/O: the client seals a Binary HTTP request for a gateway's public key and opens the
sealed answer; the gateway opens the request and seals its answer with a key exported from the
same HPKE context (RFC 9458 section 4.4).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cryptography.exceptions import InvalidTag

from ..protocol import (
    HPKE_SUITES,
    MEDIA_TYPE_BHTTP,
    MEDIA_TYPE_OHTTP_KEYS,
    MEDIA_TYPE_OHTTP_REQ,
    MEDIA_TYPE_OHTTP_RES,
)
from . import hpke
from .errors import DecryptionError, KeyConfigError, SealingError, UnknownKeyError

__all__ = [
    "DEFAULT_SUITES",
    "MEDIA_TYPE_BHTTP",
    "MEDIA_TYPE_OHTTP_KEYS",
    "MEDIA_TYPE_OHTTP_REQ",
    "MEDIA_TYPE_OHTTP_RES",
    "ClientResponseContext",
    "KeyConfig",
    "ServerKeyPair",
    "ServerResponseContext",
    "decapsulate_request",
    "encapsulate_request",
    "encode_key_configs",
    "parse_key_config",
    "parse_key_configs",
]

DEFAULT_SUITES: tuple[tuple[int, int], ...] = HPKE_SUITES
"""The `(kdf_id, aead_id)` pairs a generated key offers, in order of preference."""

_REQUEST_LABEL = b"message/bhttp request"
_RESPONSE_LABEL = b"message/bhttp response"
_HEADER_LEN = 7  # key_id(1) kem_id(2) kdf_id(2) aead_id(2)
_NPK = 32  # X25519 public key and enc size
_NT = 16  # tag size of both supported AEADs


@dataclass(frozen=True, slots=True)
class KeyConfig:
    """One key configuration (RFC 9458 section 3.1): key id, KEM, public key, suites."""

    key_id: int
    kem_id: int
    public_key: bytes
    suites: list[tuple[int, int]]

    def __post_init__(self) -> None:
        if not 0 <= self.key_id <= 0xFF:
            raise KeyConfigError("key_id must fit in one byte")
        if not 0 <= self.kem_id <= 0xFFFF:
            raise KeyConfigError("kem_id must fit in two bytes")
        if not self.suites or any(not (0 <= k <= 0xFFFF and 0 <= a <= 0xFFFF)
                                  for k, a in self.suites):
            raise KeyConfigError("suites must be a non-empty list of 16-bit id pairs")

    def encode(self) -> bytes:
        """The wire form of this configuration (without the 2-byte length prefix)."""
        algorithms = b"".join(k.to_bytes(2, "big") + a.to_bytes(2, "big")
                              for k, a in self.suites)
        return (bytes([self.key_id]) + self.kem_id.to_bytes(2, "big") + self.public_key
                + len(algorithms).to_bytes(2, "big") + algorithms)

    def supports(self, kdf_id: int, aead_id: int) -> bool:
        """Whether this configuration offers the pair and this implementation supports it."""
        return (self.kem_id == hpke.KEM_X25519_HKDF_SHA256 and (kdf_id, aead_id) in self.suites
                and kdf_id == hpke.KDF_HKDF_SHA256
                and aead_id in (hpke.AEAD_AES_128_GCM, hpke.AEAD_CHACHA20_POLY1305))


def parse_key_config(data: bytes) -> KeyConfig:
    """Parse one unprefixed key configuration with an X25519 KEM; `KeyConfigError` if not."""
    if len(data) < 3:
        raise KeyConfigError("truncated key configuration")
    kem_id = int.from_bytes(data[1:3], "big")
    if kem_id != hpke.KEM_X25519_HKDF_SHA256:
        raise KeyConfigError("unsupported KEM in key configuration")
    end_pk = 3 + _NPK
    if len(data) < end_pk + 2:
        raise KeyConfigError("truncated key configuration")
    sym_len = int.from_bytes(data[end_pk:end_pk + 2], "big")
    algorithms = data[end_pk + 2:]
    if sym_len != len(algorithms) or sym_len == 0 or sym_len % 4:
        raise KeyConfigError("bad symmetric algorithms length")
    suites = [(int.from_bytes(algorithms[i:i + 2], "big"),
               int.from_bytes(algorithms[i + 2:i + 4], "big"))
              for i in range(0, sym_len, 4)]
    return KeyConfig(data[0], kem_id, bytes(data[3:end_pk]), suites)


def parse_key_configs(data: bytes) -> list[KeyConfig]:
    """Parse an `application/ohttp-keys` document (RFC 9458 section 3.2).

    Each configuration carries a 2-byte length prefix. Configurations with a KEM we do not
    support are skipped, as the RFC asks; malformed framing raises `KeyConfigError`."""
    configs: list[KeyConfig] = []
    pos = 0
    while pos < len(data):
        if pos + 2 > len(data):
            raise KeyConfigError("truncated key configuration list")
        length = int.from_bytes(data[pos:pos + 2], "big")
        body = data[pos + 2:pos + 2 + length]
        if len(body) != length:
            raise KeyConfigError("truncated key configuration list")
        pos += 2 + length
        if len(body) >= 3 and int.from_bytes(body[1:3], "big") != hpke.KEM_X25519_HKDF_SHA256:
            continue
        configs.append(parse_key_config(body))
    return configs


def encode_key_configs(configs: Iterable[KeyConfig]) -> bytes:
    """The `application/ohttp-keys` document for `configs` (each with its length prefix)."""
    out = []
    for config in configs:
        encoded = config.encode()
        out.append(len(encoded).to_bytes(2, "big") + encoded)
    return b"".join(out)


def _header(key_id: int, kem_id: int, kdf_id: int, aead_id: int) -> bytes:
    return (bytes([key_id]) + kem_id.to_bytes(2, "big") + kdf_id.to_bytes(2, "big")
            + aead_id.to_bytes(2, "big"))


def _response_aead(context: hpke.SenderContext | hpke.RecipientContext, enc: bytes,
                   response_nonce: bytes) -> tuple[hpke.AeadParams, bytes, bytes]:
    """Key and nonce of the response AEAD (RFC 9458 section 4.4)."""
    aead = context.aead
    secret = context.export(_RESPONSE_LABEL, aead.nk)
    prk = hmac.digest(enc + response_nonce, secret, hashlib.sha256)
    key = hmac.digest(prk, b"key\x01", hashlib.sha256)[:aead.nk]
    nonce = hmac.digest(prk, b"nonce\x01", hashlib.sha256)[:aead.nn]
    return aead, key, nonce


def _nonce_length(aead: hpke.AeadParams) -> int:
    return max(aead.nn, aead.nk)


class ClientResponseContext:
    """What the client keeps after sealing a request, to open the gateway's answer."""

    __slots__ = ("_context", "_enc")

    def __init__(self, context: hpke.SenderContext, enc: bytes) -> None:
        self._context = context
        self._enc = enc

    def open(self, enc_response: bytes) -> bytes:
        """Open an Encapsulated Response; `DecryptionError` (one message for every cause)."""
        nonce_length = _nonce_length(self._context.aead)
        if len(enc_response) < nonce_length + _NT:
            raise DecryptionError()
        response_nonce = bytes(enc_response[:nonce_length])
        aead, key, nonce = _response_aead(self._context, self._enc, response_nonce)
        try:
            ciphertext = memoryview(enc_response)[nonce_length:]  # no copy of a large body
            return aead.factory(key).decrypt(nonce, ciphertext, b"")
        except InvalidTag:
            raise DecryptionError() from None


class ServerResponseContext:
    """What the gateway keeps after opening a request, to seal its answer."""

    __slots__ = ("_context", "_enc")

    def __init__(self, context: hpke.RecipientContext, enc: bytes) -> None:
        self._context = context
        self._enc = enc

    def seal(self, response: bytes, *, response_nonce: bytes | None = None) -> bytes:
        """The Encapsulated Response for `response`: response_nonce || ct.

        `response_nonce` (max(Nn, Nk) bytes) is random unless given, which only test vectors
        should do."""
        nonce_length = _nonce_length(self._context.aead)
        if response_nonce is None:
            response_nonce = os.urandom(nonce_length)
        elif len(response_nonce) != nonce_length:
            raise SealingError("response_nonce has the wrong length")
        aead, key, nonce = _response_aead(self._context, self._enc, response_nonce)
        return response_nonce + aead.factory(key).encrypt(nonce, response, b"")


def encapsulate_request(config: KeyConfig, request: bytes, *, kdf_id: int = hpke.KDF_HKDF_SHA256,
                        aead_id: int = hpke.AEAD_AES_128_GCM, ikm_e: bytes | None = None,
                        sk_e: bytes | None = None) -> tuple[bytes, ClientResponseContext]:
    """Seal `request` (a Binary HTTP message) for `config` (RFC 9458 section 4.3).

    Returns the Encapsulated Request and the context that opens the response. The suite must be
    one the configuration offers (`UnknownKeyError` otherwise). `ikm_e`/`sk_e` fix the
    ephemeral key for test vectors only."""
    if not config.supports(kdf_id, aead_id):
        raise UnknownKeyError("the key configuration does not offer this suite")
    header = _header(config.key_id, config.kem_id, kdf_id, aead_id)
    info = _REQUEST_LABEL + b"\x00" + header
    enc, context = hpke.setup_base_s(config.public_key, info, ikm_e=ikm_e, sk_e=sk_e,
                                     kdf_id=kdf_id, aead_id=aead_id)
    ct = context.seal(b"", request)
    return header + enc + ct, ClientResponseContext(context, enc)


@dataclass(frozen=True, slots=True)
class ServerKeyPair:
    """A gateway key: its id, raw X25519 private key, public configuration and expiry."""

    key_id: int
    private_key: bytes = field(repr=False)
    config: KeyConfig
    not_after: datetime
    #: The private key loaded once (deriving its public key costs a scalar multiplication).
    recipient: hpke.RecipientKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient", hpke.RecipientKey(self.private_key))

    @classmethod
    def generate(cls, key_id: int, not_after: datetime, *,
                 suites: Sequence[tuple[int, int]] = DEFAULT_SUITES) -> ServerKeyPair:
        """A fresh random key pair offering `suites`."""
        private_key, _ = hpke.generate_key_pair()
        return cls.from_private_bytes(key_id, private_key, not_after, suites=suites)

    @classmethod
    def from_private_bytes(cls, key_id: int, private_key: bytes, not_after: datetime, *,
                           suites: Sequence[tuple[int, int]] = DEFAULT_SUITES) -> ServerKeyPair:
        """A key pair from a raw 32-byte X25519 private key."""
        public_key = hpke.public_key_from_private(private_key)
        config = KeyConfig(key_id, hpke.KEM_X25519_HKDF_SHA256, public_key, list(suites))
        return cls(key_id, bytes(private_key), config, not_after)

    def is_live(self, now: datetime) -> bool:
        """Whether the key may still open requests at `now`."""
        return now <= self.not_after


def decapsulate_request(keys: Mapping[int, ServerKeyPair], data: bytes, *,
                        now: datetime | None = None) -> tuple[bytes, ServerResponseContext]:
    """Open an Encapsulated Request with the key its header names (RFC 9458 section 4.3).

    `UnknownKeyError` for a key id not in `keys` (or expired at `now`, when given) or a suite
    the key does not offer; `DecryptionError`, with one message, for anything that fails to
    open."""
    if len(data) < _HEADER_LEN:
        raise DecryptionError()
    key_id = data[0]
    kem_id, kdf_id, aead_id = (int.from_bytes(data[i:i + 2], "big") for i in (1, 3, 5))
    key = keys.get(key_id)
    if key is None or (now is not None and not key.is_live(now)):
        raise UnknownKeyError("unknown key identifier")
    if kem_id != key.config.kem_id or not key.config.supports(kdf_id, aead_id):
        raise UnknownKeyError("unsupported suite for this key")
    if len(data) < _HEADER_LEN + _NPK + _NT:
        raise DecryptionError()
    header = bytes(data[:_HEADER_LEN])
    enc = bytes(data[_HEADER_LEN:_HEADER_LEN + _NPK])
    info = _REQUEST_LABEL + b"\x00" + header
    context = hpke.setup_base_r(enc, key.recipient, info, kdf_id=kdf_id, aead_id=aead_id)
    plaintext = context.open(b"", memoryview(data)[_HEADER_LEN + _NPK:])  # no copy
    return plaintext, ServerResponseContext(context, enc)
