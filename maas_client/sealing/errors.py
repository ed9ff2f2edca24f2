"""The exception tree of `maas_client.sealing`.

Messages are fixed strings: they never carry key material, plaintext or ciphertext, and the
decryption error reads the same whatever went wrong, so it cannot serve as an oracle.
"""

from __future__ import annotations

__all__ = [
    "BHTTPDecodeError",
    "DecryptionError",
    "KeyConfigError",
    "MessageLimitReachedError",
    "SealingError",
    "UnknownKeyError",
]


class SealingError(Exception):
    """Base class of every error raised by `maas_client.sealing`."""


class DecryptionError(SealingError):
    """A sealed message could not be opened (truncated, bad tag, bad encapsulated key...).

    The message is identical for every cause on purpose."""

    MESSAGE = "the message could not be decrypted"

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)


class UnknownKeyError(SealingError):
    """The key identifier is not one we hold, or the requested algorithms are not supported."""


class MessageLimitReachedError(SealingError):
    """An HPKE context's sequence number would overflow (RFC 9180 section 5.2)."""


class BHTTPDecodeError(SealingError):
    """The bytes are not a valid Binary HTTP (RFC 9292) message of the expected kind."""


class KeyConfigError(SealingError):
    """An `application/ohttp-keys` document or key configuration is malformed."""
