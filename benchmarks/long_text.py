"""Long-text benchmark: sentence splitting and summarizing 200 KB notes, and linear scaling.

These bounds used to be wall-clock asserts in the tests (a 10 s bound on summarizing a 200 KB
note, 1 s on splitting it and on adversarial inputs); they depend on the machine and its load,
so they are measured here instead. Each figure is the best of ``--repeats`` runs. Scaling is
the same-run ratio time(2n) / time(n): about 2 for a linear splitter, about 4 for a quadratic
one, whatever the machine's speed.

Usage: python benchmarks/long_text.py [--repeats 3] [--no-summarizer]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("KERAS_BACKEND", "jax")

from mock_server.models.clinical_text import split_sentences

UNIT = ("HPI: 67 y.o. man, Dr. Lee's patient, with chest pain. Temp 98.6 F.\n"
        "Medications:\n1. Metformin 500 mg p.o. b.i.d.\n2. Lisinopril 10 mg\n"
        "ASSESSMENT\nNSTEMI vs. angina. Plan: heparin.\n\n")
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "'a.' repeated": lambda n: "a." * (n // 2),
    "'.' repeated": lambda n: "." * n,
    "'1. ' repeated": lambda n: "1. " * (n // 3),
    "'A:\\n' repeated": lambda n: "A:\n" * (n // 3),
    "one 'word'": lambda n: "x" * n,
    "'Dr. ' repeated": lambda n: "Dr. " * (n // 4),
}


def note_of(chars: int) -> str:
    """The clinical unit repeated to exactly ``chars`` characters."""
    return (UNIT * (chars // len(UNIT) + 1))[:chars]


def best_of(repeats: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeats`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Print split and summarize times for 200 KB notes and the scaling ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-summarizer", action="store_true",
                        help="skip the summarizer (which loads MiniLM)")
    args = parser.parse_args(argv)
    print(f"{'input':<22}{'100 KB s':>10}{'200 KB s':>10}{'ratio':>8}")
    for name, make in {"clinical note": note_of, **ADVERSARIAL}.items():
        small, large = make(100_000), make(200_000)
        t1 = best_of(args.repeats, lambda s=small: split_sentences(s))
        t2 = best_of(args.repeats, lambda s=large: split_sentences(s))
        print(f"{'split ' + name:<22}{t1:>10.3f}{t2:>10.3f}{t2 / t1:>8.2f}")
    if not args.no_summarizer:
        from mock_server.models.minilm import MiniLMEncoder
        from mock_server.models.summarizer import ExtractiveSummarizer

        summarizer = ExtractiveSummarizer.from_encoder(MiniLMEncoder.load())
        short, long = note_of(2_000), note_of(200_000)
        summarizer.summarize(short, 3)  # compile the shapes outside the timing
        t_short = best_of(args.repeats, lambda: summarizer.summarize(short, 5))
        t_long = best_of(args.repeats, lambda: summarizer.summarize(long, 5))
        print(f"summarize 2 KB note: {t_short:.3f}s; 200 KB note: {t_long:.3f}s "
              f"(ratio {t_long / t_short:.1f}; the candidate cap keeps it far below 100)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
