"""End-to-end sealing of HTTP messages, sans-I/O: bytes in, bytes out, no sockets.

- `hpke`: Hybrid Public Key Encryption (RFC 9180), base mode, DHKEM(X25519, HKDF-SHA256),
  HKDF-SHA256, AES-128-GCM or ChaCha20-Poly1305, with secret export.
- `bhttp`: Binary HTTP messages (RFC 9292).
- `ohttp`: Oblivious HTTP (RFC 9458) key configurations and request/response encapsulation.

A client round trip::

    configs = parse_key_configs(keys_document)            # application/ohttp-keys
    inner = encode_request(BinaryRequest(b"POST", b"https", b"api.example", b"/v1/x",
                                         [(b"content-type", b"application/json")], body))
    sealed, response_context = encapsulate_request(configs[0], inner)
    ...  # POST `sealed` as message/ohttp-req, read the message/ohttp-res body
    response = decode_response(response_context.open(sealed_answer))
"""

from __future__ import annotations

from .bhttp import (
    BinaryRequest,
    BinaryResponse,
    InformationalResponse,
    decode_request,
    decode_response,
    encode_request,
    encode_response,
)
from .errors import (
    BHTTPDecodeError,
    DecryptionError,
    KeyConfigError,
    MessageLimitReachedError,
    SealingError,
    UnknownKeyError,
)
from .hpke import RecipientContext, SenderContext, setup_base_r, setup_base_s
from .ohttp import (
    DEFAULT_SUITES,
    MEDIA_TYPE_BHTTP,
    MEDIA_TYPE_OHTTP_KEYS,
    MEDIA_TYPE_OHTTP_REQ,
    MEDIA_TYPE_OHTTP_RES,
    ClientResponseContext,
    KeyConfig,
    ServerKeyPair,
    ServerResponseContext,
    decapsulate_request,
    encapsulate_request,
    encode_key_configs,
    parse_key_config,
    parse_key_configs,
)

__all__ = [
    "DEFAULT_SUITES",
    "MEDIA_TYPE_BHTTP",
    "MEDIA_TYPE_OHTTP_KEYS",
    "MEDIA_TYPE_OHTTP_REQ",
    "MEDIA_TYPE_OHTTP_RES",
    "BHTTPDecodeError",
    "BinaryRequest",
    "BinaryResponse",
    "ClientResponseContext",
    "DecryptionError",
    "InformationalResponse",
    "KeyConfig",
    "KeyConfigError",
    "MessageLimitReachedError",
    "RecipientContext",
    "SealingError",
    "SenderContext",
    "ServerKeyPair",
    "ServerResponseContext",
    "UnknownKeyError",
    "decapsulate_request",
    "decode_request",
    "decode_response",
    "encapsulate_request",
    "encode_key_configs",
    "encode_request",
    "encode_response",
    "parse_key_config",
    "parse_key_configs",
    "setup_base_r",
    "setup_base_s",
]
