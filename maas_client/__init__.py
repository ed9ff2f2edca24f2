"""maas-client: typed SDK for a clinical Model-as-a-Service API.

>>> from maas_client import MaaSClient
>>> client = MaaSClient(api_key="maas-dev-key")                       # doctest: +SKIP
>>> client.embeddings.create(model="minilm-l6-v2", input="chest pain")  # doctest: +SKIP
"""

from ._bulk import BulkProgress, BulkResult
from ._client import AsyncMaaSClient, MaaSClient
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EncryptionError,
    InternalServerError,
    InvalidParametersError,
    MaaSError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from ._logging import configure_from_env as _configure_logging
from ._raw import RawResponse
from ._retry import RetryEvent
from ._version import __version__
from .privacy import Privacy
from .resources import EmbeddingsResponse

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMaaSClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkProgress",
    "BulkResult",
    "ConflictError",
    "EmbeddingsResponse",
    "EncryptionError",
    "InternalServerError",
    "InvalidParametersError",
    "MaaSClient",
    "MaaSError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "Privacy",
    "RateLimitError",
    "RawResponse",
    "RetryEvent",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "__version__",
]

_configure_logging()
