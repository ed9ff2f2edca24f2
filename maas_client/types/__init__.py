"""Wire models: one definition per type, parsed by the SDK and served by the reference server."""

from ._base import APIObject, RateLimit, RequestModel
from .diagnosis import (
    COVERAGE_MAX,
    COVERAGE_MIN,
    MAX_DIAGNOSIS_INPUTS,
    Diagnosis,
    DiagnosisCreateParams,
    DiagnosisInput,
    DiagnosisResult,
    FeatureAttribution,
    OutOfDistribution,
)
from .embeddings import (
    MAX_EMBEDDING_INPUTS,
    CreateEmbeddingResponse,
    Embedding,
    EmbeddingCreateParams,
    EmbeddingUsage,
    decode_base64_embedding,
)
from .errors import ERROR_TYPES, ErrorBody, ErrorEnvelope
from .models import FeatureDrift, ModelCard, ModelList, ModelMonitoring
from .status import Health, KeyList, PublicKey, Readiness
from .summaries import MAX_SUMMARY_TEXT, Summary, SummaryCreateParams, SummarySentence, SummaryUsage

__all__ = [
    "COVERAGE_MAX",
    "COVERAGE_MIN",
    "ERROR_TYPES",
    "MAX_DIAGNOSIS_INPUTS",
    "MAX_EMBEDDING_INPUTS",
    "MAX_SUMMARY_TEXT",
    "APIObject",
    "CreateEmbeddingResponse",
    "Diagnosis",
    "DiagnosisCreateParams",
    "DiagnosisInput",
    "DiagnosisResult",
    "Embedding",
    "EmbeddingCreateParams",
    "EmbeddingUsage",
    "ErrorBody",
    "ErrorEnvelope",
    "FeatureAttribution",
    "FeatureDrift",
    "Health",
    "KeyList",
    "ModelCard",
    "ModelList",
    "ModelMonitoring",
    "OutOfDistribution",
    "PublicKey",
    "RateLimit",
    "Readiness",
    "RequestModel",
    "Summary",
    "SummaryCreateParams",
    "SummarySentence",
    "SummaryUsage",
    "decode_base64_embedding",
]
