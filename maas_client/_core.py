"""The I/O-free core shared by both clients: options, request building, sealing seam,
response parsing and error mapping. Nothing here touches a socket or sleeps.

Pipeline of one call (the resource builds the plan, the driver does the I/O)::

    params (validated) → [de-identify] → PreparedRequest → wire headers → [seal]
        → transport (driver, inside the retry loop) → [open] → parse/raise → [re-identify]
"""

from __future__ import annotations

import math
import os
import platform
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, TypeVar

import httpx
import pydantic

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    EncryptionError,
    InvalidParametersError,
    MaaSError,
    make_status_error,
    safe_text,
)
from ._retry import RetryEvent, RetryPolicy
from ._sealing_stage import seal_parts
from ._version import __version__
from .privacy import Privacy
from .protocol import (
    IDEMPOTENCY_KEY_HEADER,
    MEDIA_TYPE_JSON,
    RATE_LIMIT_HEADERS,
    REQUEST_ID_HEADER,
    RETRY_COUNT_HEADER,
    TIMEOUT_HEADER,
    format_timeout,
)
from .sealing import KeyConfig
from .types import APIObject, ErrorEnvelope, KeyList, RateLimit, RequestModel

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PRIVACY",
    "DEFAULT_TIMEOUT",
    "CallPlan",
    "ClientOptions",
    "Encryption",
    "NotGiven",
    "PreparedRequest",
    "WireRequest",
    "map_transport_error",
    "parse_response",
    "seal",
    "user_agent",
    "validate_params",
]

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_AFTER = 60.0
#: De-identification is on unless a client is built with `privacy=None` or `Privacy.off()`.
DEFAULT_PRIVACY = Privacy()
API_KEY_ENV = "MAAS_API_KEY"
BASE_URL_ENV = "MAAS_BASE_URL"

Encryption = Literal["auto", "required", "off"]
#: Keys pinned out of band: `application/ohttp-keys` bytes, `GET /v1/keys` JSON, or configs.
ServerKeys = KeyList | bytes | Sequence[KeyConfig]
T = TypeVar("T")
M = TypeVar("M", bound=APIObject)


class NotGiven:
    """Sentinel type for "argument not passed" where None is a meaningful value."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


def user_agent() -> str:
    """`maas-client/<version> python/<x.y.z>`."""
    return f"maas-client/{__version__} python/{platform.python_version()}"


def _positive(name: str, value: float | None, *, allow_none: bool) -> float | None:
    if value is None:
        if allow_none:
            return None
        raise InvalidParametersError(f"{name} must be a positive number of seconds, not None")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParametersError(f"{name} must be a number of seconds")
    if not math.isfinite(value) or value <= 0:
        raise InvalidParametersError(f"{name} must be a positive, finite number of seconds")
    return float(value)


@dataclass(frozen=True)
class ClientOptions:
    """Everything a client is configured with; `with_options` makes a changed copy."""

    api_key: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = None
    privacy: Privacy | None = DEFAULT_PRIVACY
    encryption: Encryption = "auto"
    server_keys: ServerKeys | None = field(default=None, repr=False)
    on_retry: Callable[[RetryEvent], object] | None = None
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    default_headers: Mapping[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        _positive("timeout", self.timeout, allow_none=False)
        _positive("deadline", self.deadline, allow_none=True)
        _positive("max_retry_after", self.max_retry_after, allow_none=False)
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or (
            self.max_retries < 0
        ):
            raise InvalidParametersError("max_retries must be an integer >= 0")
        if self.encryption not in ("auto", "required", "off"):
            raise InvalidParametersError("encryption must be 'auto', 'required' or 'off'")
        if not self.base_url.startswith(("http://", "https://")):
            raise InvalidParametersError("base_url must start with http:// or https://")

    @classmethod
    def resolve(cls, api_key: str | None, base_url: str | None, **rest: Any) -> ClientOptions:
        """Fill `api_key`/`base_url` from `MAAS_API_KEY`/`MAAS_BASE_URL` when not given."""
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise MaaSError(
                f"No API key: pass api_key=... or set the {API_KEY_ENV} environment variable."
            )
        url = base_url if base_url is not None else os.environ.get(BASE_URL_ENV)
        url = (url or DEFAULT_BASE_URL).strip().rstrip("/")
        url = url.removesuffix("/v1")  # accept an OpenAI-style base URL too
        return cls(api_key=key, base_url=url, **rest)

    def copy_with(self, **changes: Any) -> ClientOptions:
        """A copy with the given fields changed (NOT_GIVEN values are ignored)."""
        given = {k: v for k, v in changes.items() if not isinstance(v, NotGiven)}
        return replace(self, **given)

    def policy(self) -> RetryPolicy:
        """The retry policy these options describe."""
        return RetryPolicy(max_retries=self.max_retries, max_retry_after=self.max_retry_after)


def _error_list(exc: pydantic.ValidationError, offset: int = 0) -> list[dict[str, Any]]:
    """Pydantic errors without their inputs; list indexes under `input` shifted by `offset`."""
    out = []
    for err in exc.errors(include_url=False, include_input=False, include_context=False):
        loc = list(err["loc"])
        if "features" in loc:  # below it the keys are the caller's own: never repeated
            loc = loc[:loc.index("features") + 1]
        if offset and len(loc) >= 3 and loc[0] == "input" and isinstance(loc[2], int):
            loc[2] += offset
        out.append({"loc": tuple(safe_text(p, 64) if isinstance(p, str) else p for p in loc),
                    "type": err["type"], "msg": safe_text(err["msg"], 120)})
    return out


def invalid_params(exc: pydantic.ValidationError, what: str, offset: int = 0
                   ) -> InvalidParametersError:
    """An :class:`InvalidParametersError` naming fields and rules, never the values."""
    errors = _error_list(exc, offset)
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']} [{e['type']}]"
             for e in errors[:5]]
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return InvalidParametersError(f"Invalid {what} parameters: " + "; ".join(parts) + more,
                                  errors)


def validate_params(cls: type[RequestModel], what: str, /, **values: Any) -> Any:
    """Validate a request body before any I/O; a bad value raises InvalidParametersError."""
    try:
        return cls(**{k: v for k, v in values.items() if v is not None})
    except pydantic.ValidationError as exc:
        raise invalid_params(exc, what) from None


@dataclass(frozen=True)
class PreparedRequest:
    """One HTTP request of a call, fully built except the per-attempt headers."""

    method: str
    path: str
    cast_to: type[APIObject]
    body: bytes | None = None
    idempotency_key: str | None = None
    extra_headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def post(cls, path: str, params: RequestModel, cast_to: type[APIObject], *,
             idempotency_key: str | None = None,
             extra_headers: Mapping[str, str] | None = None) -> PreparedRequest:
        """A POST of `params` as JSON with an Idempotency-Key (the caller's, else a uuid4)."""
        return cls("POST", path, cast_to, params.model_dump_json(exclude_none=True).encode(),
                   idempotency_key or str(uuid.uuid4()), dict(extra_headers or {}))

    @classmethod
    def get(cls, path: str, cast_to: type[APIObject], *,
            extra_headers: Mapping[str, str] | None = None) -> PreparedRequest:
        """A GET without a body."""
        return cls("GET", path, cast_to, None, None, dict(extra_headers or {}))


@dataclass(frozen=True)
class CallPlan(Generic[T]):
    """What one SDK call sends (one or more requests) and how it combines the answers."""

    requests: Sequence[PreparedRequest]
    finish: Callable[[list[Any]], T]


@dataclass(frozen=True)
class WireRequest:
    """What goes on the wire for one attempt."""

    method: str
    url: str
    headers: dict[str, str]
    content: bytes | None


def wire_request(options: ClientOptions, base_headers: Mapping[str, str],
                 req: PreparedRequest, attempt: int, timeout: float) -> WireRequest:
    """The plain request for attempt number `attempt` (0-based), which the caller will wait
    `timeout` seconds for (sent as `MaaS-Timeout`, so the server never works past it)."""
    headers = dict(base_headers)
    if req.body is not None:
        headers["Content-Type"] = MEDIA_TYPE_JSON
    headers.update(req.extra_headers)
    if req.idempotency_key is not None:
        headers[IDEMPOTENCY_KEY_HEADER] = req.idempotency_key
    headers[RETRY_COUNT_HEADER] = str(attempt)
    headers[TIMEOUT_HEADER] = format_timeout(timeout)
    return WireRequest(req.method, options.base_url + req.path, headers, req.body)


def base_headers(options: ClientOptions) -> dict[str, str]:
    """Headers sent on every request: auth, user agent, accept, and the configured extras."""
    headers = {
        "Authorization": f"Bearer {options.api_key}",
        "User-Agent": user_agent(),
        "Accept": MEDIA_TYPE_JSON,
    }
    headers.update(options.default_headers)
    return headers


Opener = Callable[[int, httpx.Headers, bytes], tuple[int, httpx.Headers, bytes]]


def _identity_opener(status: int, headers: httpx.Headers, content: bytes
                     ) -> tuple[int, httpx.Headers, bytes]:
    return status, headers, content


def seal(options: ClientOptions, wire: WireRequest, key: KeyConfig | None = None
         ) -> tuple[WireRequest, Opener]:
    """The sealing stage: what goes on the wire, and how to open the answer.

    With a `key` (and encryption not "off") the whole request is sealed afresh as Oblivious
    HTTP to the gateway (`_sealing_stage.seal_parts`) and the opener yields the inner answer.
    Without one, "auto" and "off" send the request as it is and "required" raises
    `EncryptionError`: nothing is sent unsealed.
    """
    if options.encryption == "off" or (key is None and options.encryption == "auto"):
        return wire, _identity_opener
    if key is None:
        raise EncryptionError("encryption='required' but no encryption key is available; "
                              "nothing was sent.")
    path = wire.url[len(options.base_url):] if wire.url.startswith(options.base_url) else None
    if path is None or not path.startswith("/"):
        raise EncryptionError("The request URL is outside the client's base URL; not sealed.")
    url, headers, content, opener = seal_parts(options.base_url, wire.method, path,
                                               wire.headers, wire.content, key)
    return WireRequest("POST", url, headers, content), opener


def attempt_timeout(timeout: float, remaining: float | None) -> float:
    """The timeout of one attempt: the configured one, cut to what is left of the deadline."""
    return timeout if remaining is None else max(0.0, min(timeout, remaining))


def map_transport_error(exc: httpx.HTTPError) -> MaaSError:
    """A typed error for an httpx failure (the httpx message holds no body)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).")
    if isinstance(exc, httpx.DecodingError):
        return APIResponseValidationError(
            "The response body could not be decoded.", status_code=0)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).")


_META = frozenset(name.lower().encode("ascii")
                  for name in (REQUEST_ID_HEADER, *RATE_LIMIT_HEADERS))


def response_meta(headers: httpx.Headers) -> dict[str, str]:
    """The response headers the SDK reads on success, in one pass (lower-case names)."""
    out: dict[str, str] = {}
    for name, value in headers.raw:
        key = name.lower()
        if key in _META:
            out[key.decode("ascii")] = value.decode("latin-1")
    return out


def parse_response(req: PreparedRequest, status: int, headers: httpx.Headers,
                   content: bytes) -> APIObject:
    """The response model for a 2xx answer; the typed exception for any other.

    Raises `APIStatusError` subclasses for non-2xx, `APIResponseValidationError` for a body
    that breaks the contract. Never lets an httpx, JSON or pydantic exception escape.
    """
    meta = response_meta(headers)
    request_id = meta.get("x-request-id")
    if not 200 <= status < 300:
        raise _status_error(status, headers, content, request_id)
    try:
        model = req.cast_to.model_validate_json(content)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        where = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '<body>'}: {e['type']}" for e in errors[:3]
        )
        raise APIResponseValidationError(
            f"The {status} response to {req.method} {req.path} does not match the contract "
            f"({safe_text(where)}) [request_id={request_id or 'unknown'}]",
            status_code=status, request_id=request_id,
        ) from None
    has_limits = len(meta) > (0 if request_id is None else 1)  # None: no RateLimit-* sent
    model._attach(request_id, RateLimit.from_headers(meta) if has_limits else None)
    return model


def _status_error(status: int, headers: httpx.Headers, content: bytes,
                  request_id: str | None) -> MaaSError:
    try:
        envelope = ErrorEnvelope.model_validate_json(content)
    except (pydantic.ValidationError, ValueError):
        envelope = None
    if envelope is None:
        return make_status_error(status, headers, request_id=request_id)
    err = envelope.error
    return make_status_error(status, headers, request_id=request_id or err.request_id,
                             type=err.type, code=err.code, param=err.param, message=err.message)

