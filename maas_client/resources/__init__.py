"""Resource namespaces: `models`, `diagnosis`, `summaries`, `embeddings` (sync and async).

Each module holds the I/O-free plan builder of its calls plus two thin classes whose methods
only hand the plan to the client's driver.
"""

from .diagnosis import AsyncDiagnosis, Diagnosis
from .embeddings import AsyncEmbeddings, Embeddings, EmbeddingsResponse
from .models import AsyncModels, Models
from .summaries import AsyncSummaries, Summaries

__all__ = [
    "AsyncDiagnosis",
    "AsyncEmbeddings",
    "AsyncModels",
    "AsyncSummaries",
    "Diagnosis",
    "Embeddings",
    "EmbeddingsResponse",
    "Models",
    "Summaries",
]
