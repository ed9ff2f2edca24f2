"""`clinical-extractive`: an extractive summarizer for clinical notes.

Pipeline (every selected sentence is an exact span of the note):

1. **Split** with :func:`~mock_server.models.clinical_text.split_sentences` (clinical
   abbreviations, lists, section headers; headers are never sentences).
2. **Candidates.** Notes with more than :data:`MAX_CANDIDATES` sentences keep the
   ``MAX_CANDIDATES`` with the highest prior (section prior x form factor, earlier first on
   ties) so the work stays bounded; only candidates are embedded (each truncated to
   :data:`MAX_CANDIDATE_CHARS` characters before tokenising).
3. **Embed** candidates with the MiniLM sentence encoder (unit vectors, cosine = dot product).
4. **Centrality**, TextRank-style: PageRank (damping :data:`DAMPING`) over the graph whose edge
   weights are the positive cosine similarities between candidates, scaled so the most central
   sentence has 1.
5. **Salience** = centrality x section prior x form factor, each in [0, 1] (so is the score).
   Section priors favour Assessment / Plan / Hospital Course and disfavour Allergies, Review of
   Systems, Social / Family History, vitals and medication lists (:data:`SECTION_PRIORS`). The
   form factor pushes down very short fragments (< :data:`MIN_WORDS` words), number-heavy
   lines (vitals, lab rows) and boilerplate (signatures, dates, identifiers, page numbers).
6. **MMR** selection: repeatedly take the candidate maximising
   ``LAMBDA * salience - (1 - LAMBDA) * max cosine to the already selected``, with
   :data:`MMR_LAMBDA` = 0.7; ties go to the earlier sentence, so the output is deterministic.
   Near-duplicates (cosine >= :data:`DUPLICATE_COSINE` to a selected sentence) are never
   selected, so a note that repeats itself may yield fewer than ``max_sentences``.
7. Selected sentences are returned in note order with their offsets, salience and section.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from .clinical_text import SentenceSpan, split_sentences

if TYPE_CHECKING:
    from .minilm import MiniLMEncoder

__all__ = [
    "DAMPING",
    "DUPLICATE_COSINE",
    "MAX_CANDIDATES",
    "MAX_CANDIDATE_CHARS",
    "MAX_SENTENCES",
    "MIN_WORDS",
    "MMR_LAMBDA",
    "SECTION_PRIORS",
    "ExtractiveSummarizer",
    "ScoredSentence",
    "SummaryPlan",
    "SummaryResult",
    "SummaryUsage",
]

MAX_SENTENCES = 20
"""Upper bound of ``max_sentences``."""
MAX_CANDIDATES = 384
"""At most this many sentences are embedded and ranked per note."""
MAX_CANDIDATE_CHARS = 2000
"""Characters of a candidate that are tokenised (the encoder reads at most 256 tokens)."""
MMR_LAMBDA = 0.7
"""Weight of salience against redundancy in MMR selection."""
DAMPING = 0.85
"""PageRank damping factor of the centrality step."""
DUPLICATE_COSINE = 0.92
"""A candidate this similar to an already selected sentence is a duplicate and is skipped."""
MIN_WORDS = 4
"""Sentences with fewer words than this are treated as fragments."""
_PAGERANK_ITERATIONS = 50
_DEFAULT_PRIOR = 0.75
_UNKNOWN_SECTION_PRIOR = 0.65

SECTION_PRIORS: dict[str | None, float] = {
    "Assessment": 1.0,
    "Assessment and Plan": 1.0,
    "Plan": 0.9,
    "Hospital Course": 0.9,
    "Chief Complaint": 0.8,
    "History of Present Illness": 0.8,
    "Procedures": 0.75,
    "Disposition": 0.7,
    None: _DEFAULT_PRIOR,
    "Results": 0.6,
    "Follow-up": 0.6,
    "Physical Exam": 0.5,
    "Past Medical History": 0.5,
    "Instructions": 0.45,
    "Medications": 0.45,
    "Past Surgical History": 0.4,
    "Vital Signs": 0.35,
    "Review of Systems": 0.35,
    "Social History": 0.35,
    "Family History": 0.3,
    "Allergies": 0.3,
}
"""Salience multiplier per canonical section (unknown named sections: 0.65)."""

_BOILERPLATE = re.compile(
    r"(?i)\b(electronically signed|signed by|dictated by|transcribed|attending physician|"
    r"cc:|page \d+ of \d+|date of (admission|discharge|service|birth|visit)|admission date|"
    r"discharge date|\bmrn\b|\bdob\b|medical record number|account number|"
    r"i have (personally )?(seen|examined|reviewed)|time spent|minutes were spent|"
    r"please call|if you have any questions)"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")


class ScoredSentence(NamedTuple):
    """A selected sentence: ``text == note[start:end]``; ``score`` is its salience in [0, 1]."""

    text: str
    start: int
    end: int
    score: float
    section: str | None


class SummaryUsage(NamedTuple):
    """How much of the note was read: all sentences found and their tokens."""

    input_sentences: int
    input_tokens: int


@dataclass(frozen=True)
class SummaryPlan:
    """A note split and ready to rank: embed ``to_embed``, then pass both to ``finish``."""

    spans: list[SentenceSpan]
    texts: list[str]
    priors: np.ndarray
    candidates: list[int]
    to_embed: list[str]
    max_sentences: int
    usage: SummaryUsage


@dataclass(frozen=True)
class SummaryResult:
    """The summary: ``sentences`` in note order, ``summary`` their texts joined by a space."""

    sentences: list[ScoredSentence]
    summary: str
    usage: SummaryUsage


def _form_factor(text: str) -> float:
    """1.0 for an ordinary sentence; lower for fragments, number rows and boilerplate."""
    words = _WORD_RE.findall(text)
    factor = 1.0
    if len(words) < MIN_WORDS:
        factor *= 0.35 if len(words) < 2 else 0.6
    letters = sum(c.isalpha() for c in text)
    visible = sum(not c.isspace() for c in text) or 1
    if letters / visible < 0.55:
        factor *= 0.5
    if _BOILERPLATE.search(text):
        factor *= 0.2
    return factor


def _pagerank(sim: np.ndarray) -> np.ndarray:
    """TextRank centrality over positive similarities, scaled to max 1 (all 1 if uniform)."""
    n = sim.shape[0]
    weights = np.clip(sim, 0.0, None).astype(np.float64)
    np.fill_diagonal(weights, 0.0)
    out = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, out, out=np.full_like(weights, 1.0 / n), where=out > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(_PAGERANK_ITERATIONS):
        updated = (1.0 - DAMPING) / n + DAMPING * (transition.T @ rank)
        if np.abs(updated - rank).sum() < 1e-10:
            rank = updated
            break
        rank = updated
    top = rank.max()
    return rank / top if top > 0 else np.ones(n)


def _mmr(salience: np.ndarray, sim: np.ndarray, k: int) -> list[int]:
    """Indices chosen by maximal marginal relevance; ties go to the lower index."""
    n = salience.shape[0]
    chosen: list[int] = []
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    for _ in range(min(k, n)):
        value = MMR_LAMBDA * salience - (1.0 - MMR_LAMBDA) * redundancy
        value = np.round(value, 9)  # immune to last-bit noise, so ties break by position
        value[~available] = -np.inf
        if not available.any():
            break
        best = int(np.argmax(value))  # argmax returns the first maximum
        chosen.append(best)
        available[best] = False
        redundancy = np.maximum(redundancy, sim[best])
        available &= sim[best] < DUPLICATE_COSINE
    return chosen


class ExtractiveSummarizer:
    """Salience (TextRank centrality x section prior) + MMR over MiniLM sentence embeddings.

    ``encode`` maps texts to L2-normalised float32 vectors of shape (n, d);
    ``count_tokens`` (optional) gives the token count of each text for ``usage``; without it,
    words and punctuation marks are counted.
    """

    def __init__(
        self,
        encode: Callable[[list[str]], np.ndarray],
        count_tokens: Callable[[list[str]], Sequence[int]] | None = None,
    ) -> None:
        """Summarize with this sentence encoder (and token counter)."""
        self._encode = encode
        self._count_tokens = count_tokens

    @classmethod
    def from_encoder(cls, encoder: MiniLMEncoder) -> ExtractiveSummarizer:
        """A summarizer on a loaded :class:`~mock_server.models.minilm.MiniLMEncoder`."""

        def encode(texts: list[str]) -> np.ndarray:
            return encoder.encode(texts).vectors

        return cls(encode, encoder.count_tokens)

    def _tokens(self, texts: list[str]) -> int:
        if not texts:
            return 0
        if self._count_tokens is not None:
            return int(sum(self._count_tokens(texts)))
        return sum(len(_TOKEN_RE.findall(t)) for t in texts)

    def summarize(self, text: str, max_sentences: int = 3) -> SummaryResult:
        """Pick up to ``max_sentences`` (1–20) salient, non-redundant sentences of ``text``.

        An empty or blank note gives an empty summary; a one-sentence note gives that sentence.
        """
        plan = self.plan(text, max_sentences)
        vectors = self._encode(plan.to_embed) if plan.to_embed else np.zeros((0, 1), np.float32)
        return self.finish(plan, vectors)

    def plan(self, text: str, max_sentences: int = 3) -> SummaryPlan:
        """First half of :meth:`summarize` (no encoder call): split, count, pick candidates.

        Embed ``plan.to_embed`` (e.g. through the server's batcher), then call :meth:`finish`.
        """
        if not 1 <= max_sentences <= MAX_SENTENCES:
            raise ValueError(f"max_sentences must be between 1 and {MAX_SENTENCES}")
        spans = split_sentences(text)
        texts = [s.text(text) for s in spans]
        usage = SummaryUsage(len(spans), self._tokens(texts))
        priors = np.array([
            SECTION_PRIORS.get(s.section, _UNKNOWN_SECTION_PRIOR) * _form_factor(t)
            for s, t in zip(spans, texts, strict=True)
        ])
        candidates = self._candidates(priors)
        to_embed = [texts[i][:MAX_CANDIDATE_CHARS] for i in candidates]
        return SummaryPlan(spans, texts, priors, candidates, to_embed, max_sentences, usage)

    def finish(self, plan: SummaryPlan, vectors: np.ndarray) -> SummaryResult:
        """Second half of :meth:`summarize`: rank and select, given the embeddings of
        ``plan.to_embed`` (unit rows, in the same order)."""
        if not plan.candidates:
            return SummaryResult([], "", plan.usage)
        vecs = np.asarray(vectors, dtype=np.float64)
        if vecs.shape[0] != len(plan.candidates):
            raise ValueError("one vector per text of plan.to_embed is required")
        sim = np.clip(vecs @ vecs.T, -1.0, 1.0)
        candidates = plan.candidates
        salience = np.clip(_pagerank(sim) * plan.priors[candidates], 0.0, 1.0)
        picked = sorted(candidates[i] for i in _mmr(salience, sim, plan.max_sentences))
        score_of = {candidates[i]: float(salience[i]) for i in range(len(candidates))}
        chosen = [self._scored(plan.spans[i], plan.texts[i], score_of[i]) for i in picked]
        return SummaryResult(chosen, " ".join(s.text for s in chosen), plan.usage)

    @staticmethod
    def _candidates(priors: np.ndarray) -> list[int]:
        """Indices (note order) of the sentences to rank: all, or the top priors if too many."""
        n = priors.shape[0]
        if n <= MAX_CANDIDATES:
            return list(range(n))
        order = sorted(range(n), key=lambda i: (-round(float(priors[i]), 9), i))
        return sorted(order[:MAX_CANDIDATES])

    @staticmethod
    def _scored(span: SentenceSpan, text: str, score: float) -> ScoredSentence:
        return ScoredSentence(text, span.start, span.end, round(score, 4), span.section)
