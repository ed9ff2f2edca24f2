"""ROUGE of the `clinical-extractive` summarizer against lead-k and random-k baselines.

Data: ``benchmarks/data/summaries.jsonl`` — synthetic clinical notes (discharge summaries,
progress, ED and consult notes; header-style and narrative; no real patients), each with a
hand-written 2–4 sentence reference summary. Every system picks the same number of sentences
per note: as many as the reference has (the API default is 3).

ROUGE is implemented here (no package): tokens are lower-cased runs of ``[a-z0-9]``; ROUGE-1
and ROUGE-2 are F1 over clipped n-gram counts; ROUGE-L is the F1 of the longest common
subsequence of the whole summary against the whole reference (no sentence splitting).
Scores are averaged over notes (macro). The random baseline averages :data:`RANDOM_DRAWS`
draws per note from a fixed seed.

With privacy on, each note is de-identified on the client side first (``Privacy(level=...)``,
placeholders), the summarizer sees the masked note, and the summary is re-identified with the
restore map before it is scored against the same reference: the loss is what masking costs.

Run: ``KERAS_BACKEND=jax python -m benchmarks.summaries [--json out.json]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "summaries.jsonl"
RANDOM_SEED = 20240601
RANDOM_DRAWS = 20
_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens."""
    return _TOKEN.findall(text.lower())


def _f1(overlap: int, n_candidate: int, n_reference: int) -> float:
    if overlap == 0 or n_candidate == 0 or n_reference == 0:
        return 0.0
    precision, recall = overlap / n_candidate, overlap / n_reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    """ROUGE-N F1 with clipped n-gram counts."""
    def grams(toks: Sequence[str]) -> Counter[tuple[str, ...]]:
        return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))

    cand, ref = grams(candidate), grams(reference)
    overlap = sum((cand & ref).values())
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (O(len(a) * len(b)) time, O(len(b)) space)."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-L F1 (summary-level LCS)."""
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


def rouge(candidate: str, reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 of one summary."""
    c, r = tokens(candidate), tokens(reference)
    return {"rouge1": rouge_n(c, r, 1), "rouge2": rouge_n(c, r, 2), "rougeL": rouge_l(c, r)}


def load(path: Path = DATA) -> list[dict[str, str]]:
    """The benchmark records: id, kind, style, note, reference."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}


def evaluate(records: list[dict[str, str]],
             summarize: Callable[[str, int], str]) -> dict[str, dict[str, float]]:
    """Macro-averaged ROUGE of our summarizer, lead-k and random-k on the same notes."""
    from mock_server.models.clinical_text import split_sentences

    rng = random.Random(RANDOM_SEED)
    ours, lead, rand = [], [], []
    for rec in records:
        note, reference = rec["note"], rec["reference"]
        k = len(split_sentences(reference))
        sentences = [s.text(note) for s in split_sentences(note)]
        ours.append(rouge(summarize(note, k), reference))
        lead.append(rouge(" ".join(sentences[:k]), reference))
        draws = []
        for _ in range(RANDOM_DRAWS):
            picked = sorted(rng.sample(range(len(sentences)), min(k, len(sentences))))
            draws.append(rouge(" ".join(sentences[i] for i in picked), reference))
        rand.append(_mean(draws))
    return {"clinical-extractive": _mean(ours), "lead-k": _mean(lead),
            f"random-k ({RANDOM_DRAWS} draws)": _mean(rand)}


def main(argv: list[str] | None = None) -> int:
    """Load the encoder, score every system, print a table (and optionally write JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    from mock_server.models.minilm import MiniLMEncoder
    from mock_server.models.summarizer import ExtractiveSummarizer

    records = load()
    summarizer = ExtractiveSummarizer.from_encoder(MiniLMEncoder.load())
    summarizer.summarize(records[0]["note"], 3)  # compile the shapes outside the timing
    elapsed = 0.0

    def summarize(note: str, k: int) -> str:
        nonlocal elapsed
        started = time.perf_counter()
        summary = summarizer.summarize(note, k).summary
        elapsed += time.perf_counter() - started
        return summary

    results = evaluate(records, summarize)
    from maas_client.privacy import Privacy

    for level in ("light", "safe_harbor", "strict"):
        privacy = Privacy(level=level)

        def summarize_private(note: str, k: int, privacy: Privacy = privacy) -> str:
            masked = privacy.deidentify(note)
            return masked.reidentify(summarize(masked.text, k))

        scores = evaluate(records, summarize_private)["clinical-extractive"]
        results[f"clinical-extractive, privacy {level}"] = scores
    print(f"{len(records)} notes from {DATA.name}; k = sentences in the reference")
    print(f"{'system':<40}{'ROUGE-1':>9}{'ROUGE-2':>9}{'ROUGE-L':>9}")
    for name, scores in results.items():
        print(f"{name:<40}{scores['rouge1']:>9.4f}{scores['rouge2']:>9.4f}{scores['rougeL']:>9.4f}")
    plain = results["clinical-extractive"]["rougeL"]
    for level in ("light", "safe_harbor", "strict"):
        loss = plain - results[f"clinical-extractive, privacy {level}"]["rougeL"]
        print(f"ROUGE-L lost to privacy {level}: {loss:.4f}")
    calls = 4 * len(records)  # plain and three privacy levels
    print(f"summarizer latency: {1000 * elapsed / calls:.1f} ms per note (mean)")
    if args.json:
        args.json.write_text(json.dumps({"data_set": DATA.name, "notes": len(records),
                                         "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
