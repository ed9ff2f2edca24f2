"""The client's end-to-end encryption stage (Oblivious HTTP, RFC 9458), I/O-free.

- :class:`KeyCache` decides when the gateway's keys must be fetched and remembers the answer
  (shared by a client and its `with_options` copies). The drivers do the fetch itself.
- :func:`seal_parts` turns one plain request into the outer `message/ohttp-req` POST to
  `/.well-known/ohttp-gateway`; the returned :class:`SealedOpener` opens the sealed answer into
  the inner status, headers and body that the normal parse path reads.

Nothing here touches a socket, sleeps, or puts a body, a key or header values in a message.
"""

from __future__ import annotations

import asyncio
import base64
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Literal
from urllib.parse import urlsplit

import httpx
import pydantic

from ._errors import EncryptionError, InvalidParametersError, MaaSError, make_status_error
from .protocol import (
    CODE_DECRYPTION_FAILED,
    CODE_UNKNOWN_KEY,
    GATEWAY_PATH,
    HPKE_SUITES,
    OHTTP_OUTER_ONLY_HEADERS,
    REQUEST_ID_HEADER,
)
from .sealing import (
    MEDIA_TYPE_OHTTP_KEYS,
    MEDIA_TYPE_OHTTP_REQ,
    MEDIA_TYPE_OHTTP_RES,
    BinaryRequest,
    ClientResponseContext,
    KeyConfig,
    SealingError,
    decode_response,
    encapsulate_request,
    encode_request,
    hpke,
    parse_key_configs,
)
from .types import ErrorEnvelope, KeyList

__all__ = [
    "FAILURE_TTL",
    "GATEWAY_PATH",
    "NO_KEYS_TTL",
    "OUTER_ONLY_HEADERS",
    "KeyCache",
    "KeyFetch",
    "SealedOpener",
    "StaleKeyError",
    "choose_suite",
    "parse_server_keys",
    "seal_parts",
]

#: Seconds a "this server publishes no keys" answer is remembered (auto mode sends plain).
NO_KEYS_TTL = 300.0
#: Seconds a failed key fetch is remembered under `encryption="auto"` before trying again.
FAILURE_TTL = 30.0
#: Headers that stay on the outer request only (the gateway needs them before decrypting).
OUTER_ONLY_HEADERS = frozenset(OHTTP_OUTER_ONLY_HEADERS)
#: Headers copied to the outer request as well as sealed inside (ids, not content).
_ALSO_OUTER = frozenset({"user-agent", REQUEST_ID_HEADER.lower()})
#: Suites we offer, in order of preference: (kdf_id, aead_id).
_SUITES = HPKE_SUITES
_KDF_IDS = {name: i for i, name in hpke.KDF_NAMES.items()}
_AEAD_IDS = {name: i for i, name in hpke.AEAD_NAMES.items()}

Mode = Literal["auto", "required", "off"]
Opened = tuple[int, httpx.Headers, bytes]


class StaleKeyError(EncryptionError):
    """The gateway refused the key a request was sealed to: outer 422 `unknown_key`, or
    400 `decryption_failed` (e.g. the server restarted with new keys under the same id).

    The client fetches the keys again and resends once; raised to the caller only when that
    is not possible (pinned keys, or the refreshed key was refused too).
    """

    def __init__(self, message: str, *, key_id: int, request_id: str | None) -> None:
        super().__init__(message)
        self.key_id = key_id
        self.request_id = request_id


def choose_suite(config: KeyConfig) -> tuple[int, int] | None:
    """The first of our suites that `config` offers, or None if it offers none of them."""
    return next((s for s in _SUITES if config.supports(*s)), None)


def _from_json(keys: KeyList) -> list[KeyConfig]:
    configs = []
    for entry in keys.keys:
        kdf, aead = _KDF_IDS.get(entry.kdf), _AEAD_IDS.get(entry.aead)
        if entry.kem != "X25519" or kdf is None or aead is None:
            continue
        try:
            raw = base64.urlsafe_b64decode(entry.public_key + "=" * (-len(entry.public_key) % 4))
        except ValueError:
            raise InvalidParametersError("server_keys: a public_key is not base64url") from None
        configs.append(KeyConfig(entry.key_id, hpke.KEM_X25519_HKDF_SHA256, raw, [(kdf, aead)]))
    return configs


def parse_server_keys(value: KeyList | bytes | Sequence[KeyConfig]) -> tuple[KeyConfig, ...]:
    """Key configurations pinned out of band: an `application/ohttp-keys` document, the JSON
    of `GET /v1/keys` (a `KeyList`), or `KeyConfig`s; newest (preferred) first.

    Raises `InvalidParametersError` if the value is malformed or holds no usable key."""
    try:
        if isinstance(value, bytes | bytearray | memoryview):
            configs = parse_key_configs(bytes(value))
        elif isinstance(value, KeyList):
            configs = _from_json(value)
        elif isinstance(value, Sequence) and all(isinstance(c, KeyConfig) for c in value):
            configs = [c for c in value if isinstance(c, KeyConfig)]
        else:
            raise InvalidParametersError(
                "server_keys must be application/ohttp-keys bytes, a KeyList or KeyConfigs")
    except SealingError:
        raise InvalidParametersError("server_keys is not a valid key configuration list"
                                     ) from None
    usable = tuple(c for c in configs if choose_suite(c) is not None)
    if not usable:
        raise InvalidParametersError("server_keys holds no key with a supported HPKE suite")
    if any(len(c.public_key) != 32 for c in usable):
        raise InvalidParametersError("server_keys: an X25519 public key must be 32 bytes")
    return usable


class KeyFetch:
    """The key-discovery request a driver sends: `GET <base>/.well-known/ohttp-gateway`."""

    __slots__ = ("headers", "method", "url")

    def __init__(self, base_url: str, user_agent: str) -> None:
        self.method = "GET"
        self.url = base_url + GATEWAY_PATH
        self.headers = {"Accept": MEDIA_TYPE_OHTTP_KEYS, "User-Agent": user_agent}


_State = Literal["unknown", "ready", "none", "failed"]


class KeyCache:
    """The gateway's key configurations as this client knows them.

    States: `unknown` (never fetched, or invalidated by an `unknown_key` answer), `ready`
    (keys held), `none` (the server publishes none: 404 or an empty list; remembered for
    `NO_KEYS_TTL` seconds), `failed` (the fetch failed; under "auto" remembered for
    `FAILURE_TTL` seconds, under "required" tried again on the next attempt). Pinned keys are
    always `ready` and never fetched or replaced. Times come from the client's clock.
    """

    def __init__(self, pinned: Sequence[KeyConfig] | None = None) -> None:
        self._pinned = pinned is not None
        self._configs: tuple[KeyConfig, ...] = tuple(pinned or ())
        self._state: _State = "ready" if pinned is not None else "unknown"
        self._until = 0.0
        self._failure: Callable[[], MaaSError] | None = None
        self._guard = threading.Lock()
        #: Held by the sync driver around one fetch, so concurrent threads fetch once.
        self.fetch_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop,
                                                     asyncio.Lock] = weakref.WeakKeyDictionary()

    @classmethod
    def for_options(cls, server_keys: KeyList | bytes | Sequence[KeyConfig] | None) -> KeyCache:
        """A cache with `server_keys` pinned (validated now), or an empty one to fetch into."""
        return cls(None if server_keys is None else parse_server_keys(server_keys))

    @property
    def pinned(self) -> bool:
        """Whether the keys were given out of band (never fetched, never refreshed)."""
        return self._pinned

    @property
    def configs(self) -> tuple[KeyConfig, ...]:
        """The usable configurations held now, preferred first (empty unless `ready`)."""
        return self._configs if self._state == "ready" else ()

    def async_lock(self) -> asyncio.Lock:
        """The lock the async driver holds around one fetch (one per event loop)."""
        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    # -- decisions --------------------------------------------------------------------------
    def needs_fetch(self, mode: Mode, now: float, *, has_body: bool = True) -> bool:
        """Whether the next attempt must fetch the keys first.

        Under "auto" only a request with a body (the calls that may carry PHI) triggers the
        fetch; a bodiless GET uses keys already held and otherwise goes plain."""
        if mode == "off" or self._pinned or (mode == "auto" and not has_body):
            return False
        state = self._state
        if state == "unknown":
            return True
        if state == "failed":
            return mode == "required" or now >= self._until
        return state == "none" and now >= self._until

    def fetch_request(self, base_url: str, user_agent: str) -> KeyFetch:
        """What to send to fetch the keys (no credentials: the keys are public)."""
        return KeyFetch(base_url, user_agent)

    def key_for(self, mode: Mode, now: float) -> KeyConfig | None:
        """The key to seal the next attempt to; None to send it plain (never under "required").

        Under "required" with no key, raises `EncryptionError` (or, after a failed fetch, the
        fetch's own error: a connection error or 5xx stays retryable). Nothing is sent."""
        if mode == "off":
            return None
        with self._guard:
            state, configs, failure = self._state, self._configs, self._failure
        if state == "ready":
            return configs[0]
        if mode == "auto":
            return None
        if state == "failed" and failure is not None:
            raise failure()
        if state == "none":
            raise EncryptionError("encryption='required' but the server publishes no "
                                  "encryption keys; nothing was sent.")
        raise EncryptionError("encryption='required' but no encryption key is available; "
                              "nothing was sent.")

    # -- recording answers ------------------------------------------------------------------
    def record_answer(self, status: int, headers: httpx.Headers, content: bytes,
                      now: float) -> None:
        """Remember the answer to a key fetch."""
        if status == 200:
            try:
                configs = tuple(c for c in parse_key_configs(content)
                                if choose_suite(c) is not None)
            except SealingError:
                self.record_failure(lambda: EncryptionError(
                    "The server's key configuration list is malformed; nothing was sent."), now)
                return
            with self._guard:
                if configs:
                    self._state, self._configs, self._failure = "ready", configs, None
                else:
                    self._state, self._until = "none", now + NO_KEYS_TTL
            return
        if status == 404:
            with self._guard:
                self._state, self._configs, self._until = "none", (), now + NO_KEYS_TTL
            return
        request_id = headers.get("x-request-id")
        self.record_failure(lambda: make_status_error(
            status, headers, request_id=request_id,
            message="fetching the encryption keys failed; nothing was sent"), now)

    def record_failure(self, failure: Callable[[], MaaSError], now: float) -> None:
        """Remember a failed fetch; `failure()` builds the error a "required" call raises."""
        with self._guard:
            self._state, self._configs = "failed", ()
            self._failure, self._until = failure, now + FAILURE_TTL

    def invalidate(self, key_id: int) -> bool:
        """After `unknown_key` for `key_id`: forget the keys so the next attempt fetches them.

        Returns False for pinned keys (they are never replaced). If the keys were already
        refreshed (by a concurrent call) they are kept and the next attempt uses them."""
        if self._pinned:
            return False
        with self._guard:
            if self._state == "ready" and self._configs[0].key_id == key_id:
                self._state, self._configs = "unknown", ()
        return True


# -- sealing and opening ---------------------------------------------------------------------
_STALE_KEY_ANSWERS = {(422, CODE_UNKNOWN_KEY), (400, CODE_DECRYPTION_FAILED)}


def _is_stale_key(status: int, content: bytes) -> bool:
    if status not in (400, 422):
        return False
    try:
        code = ErrorEnvelope.model_validate_json(content).error.code
    except (pydantic.ValidationError, ValueError):
        return False
    return (status, code) in _STALE_KEY_ANSWERS


class SealedOpener:
    """Opens the answer to one sealed request (a one-shot HPKE response context)."""

    __slots__ = ("_context", "_key_id")

    def __init__(self, context: ClientResponseContext, key_id: int) -> None:
        self._context = context
        self._key_id = key_id

    def __call__(self, status: int, headers: httpx.Headers, content: bytes) -> Opened:
        """The inner (status, headers, body) of a sealed 200; an outer error as it is.

        Raises `StaleKeyError` for an outer 422 `unknown_key` or 400 `decryption_failed`
        (the client refetches the keys once and resends), `EncryptionError` for a 200
        that is not `message/ohttp-res` or does not open (one message for every cause)."""
        request_id = headers.get("x-request-id")
        where = f"[request_id={request_id or 'unknown'}]"
        if status != 200:
            if _is_stale_key(status, content):
                raise StaleKeyError(
                    f"The gateway refused encryption key {self._key_id} (unknown, expired or "
                    f"replaced) {where}", key_id=self._key_id, request_id=request_id)
            return status, headers, content
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != MEDIA_TYPE_OHTTP_RES:
            raise EncryptionError(f"The answer to a sealed request was not sealed {where}")
        try:
            inner = decode_response(self._context.open(content))
        except SealingError:
            raise EncryptionError(f"The sealed response could not be opened {where}") from None
        return inner.status, httpx.Headers(inner.headers), inner.body


def seal_parts(base_url: str, method: str, path: str, headers: Mapping[str, str],
               body: bytes | None, config: KeyConfig
               ) -> tuple[str, dict[str, str], bytes, SealedOpener]:
    """Seal one plain request for the gateway at `base_url` with a fresh HPKE context.

    Returns the outer URL, outer headers (auth, idempotency key, retry count, user agent,
    request id, media types), the `message/ohttp-req` body and the opener of the answer. The
    inner Binary HTTP request carries the method, `path`, every header but those that stay
    outside only, and the body. Raises `EncryptionError` if sealing fails."""
    url = urlsplit(base_url)
    outer: dict[str, str] = {}
    inner: list[tuple[bytes, bytes]] = []
    for name, value in headers.items():
        key = name.lower()
        if key in OUTER_ONLY_HEADERS or key in _ALSO_OUTER:
            outer[name] = value
        if key not in OUTER_ONLY_HEADERS:
            inner.append((key.encode("ascii"), value.encode("latin-1")))
    outer["Content-Type"] = MEDIA_TYPE_OHTTP_REQ
    outer["Accept"] = MEDIA_TYPE_OHTTP_RES
    suite = choose_suite(config)
    try:
        if suite is None:
            raise SealingError("no supported suite")
        message = encode_request(BinaryRequest(
            method.encode("ascii"), url.scheme.encode("ascii"), url.netloc.encode("ascii"),
            path.encode("ascii"), inner, body or b""))
        sealed, context = encapsulate_request(config, message, kdf_id=suite[0],
                                              aead_id=suite[1])
    except (SealingError, ValueError, UnicodeEncodeError):
        raise EncryptionError("The request could not be sealed; nothing was sent.") from None
    return base_url + GATEWAY_PATH, outer, sealed, SealedOpener(context, config.key_id)
