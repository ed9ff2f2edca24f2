"""De-identification benchmark: recall per entity, precision and MB/s, ours next to Presidio.

Runs on the labelled synthetic corpus of ``maas_client.testing.phi_corpus`` (Faker, fixed
seed). A gold span counts as found when predicted spans (of any type) cover all its
non-space characters: what matters for de-identification is that it is masked. A predicted
span is correct when it overlaps a gold span. Presidio runs its predefined pattern
recognizers with the no-op NLP engine (no spaCy model), on the same notes in the same run.

Usage: python benchmarks/deid.py [--notes 500] [--seed 0] [--no-presidio]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from types import SimpleNamespace

from maas_client.privacy import ENTITIES, deidentify, detect
from maas_client.privacy._lexicon import given_names, surnames
from maas_client.testing.phi_corpus import LabelledNote, generate_corpus

Pred = list[tuple[int, int]]


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _covered(text: str, start: int, end: int, pred: Pred) -> bool:
    mask = bytearray(end - start)
    for s, e in pred:
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            mask[lo - start : hi - start] = b"\x01" * (hi - lo)
    return all(m or text[start + i].isspace() for i, m in enumerate(mask))


def _name_bucket(value: str) -> str:
    words = [w.strip(".,").lower() for w in value.split() if len(w.strip(".,")) > 1]
    known = given_names() | surnames()
    return "in-dict" if words and all(w in known for w in words) else "out-of-dict"


def evaluate(notes: Sequence[LabelledNote], preds: Sequence[Pred]) -> dict[str, object]:
    """Recall per entity (and PERSON slices), overall precision."""
    hit: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = n_pred = 0
    for note, pred in zip(notes, preds, strict=True):
        for entity, s, e in note.spans:
            ok = _covered(note.text, s, e, pred)
            keys = [entity]
            if entity == "PERSON":
                keys.append("PERSON " + ("cued" if (s, e) in note.cued else "uncued"))
                keys.append("PERSON " + _name_bucket(note.text[s:e]))
            for k in keys:
                hit[k][0] += ok
                hit[k][1] += 1
        for ps, pe in pred:
            n_pred += 1
            tp += any(ps < e and s < pe for _, s, e in note.spans)
    recall = {k: (v[0] / v[1], v[1]) for k, v in hit.items()}
    return {"recall": recall, "precision": tp / n_pred if n_pred else 1.0, "pred": n_pred}


def throughput(fn: Callable[[str], object], texts: Sequence[str], repeat: int = 3) -> float:
    """MB/s (UTF-8) of ``fn`` over ``texts``, best of ``repeat`` runs."""
    size = sum(len(t.encode()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return size / best / 1e6


def _presidio() -> Callable[[str], Pred] | None:
    try:
        import tldextract
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    except ImportError:
        return None
    # keep tldextract offline (it would fetch the public suffix list); use its bundled copy
    offline = tldextract.TLDExtract(suffix_list_urls=())
    email_recognizer.tldextract = SimpleNamespace(extract=offline)  # type: ignore[assignment]
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    nlp.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry)

    def run(text: str) -> Pred:
        return [(r.start, r.end) for r in engine.analyze(text=text, language="en")]

    return run


def _ours(text: str) -> Pred:
    return [(s.start, s.end) for s in detect(text)]


def main() -> None:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--notes", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--filler", type=int, default=30, help="clinical sentences per padded note")
    ap.add_argument("--no-presidio", action="store_true")
    args = ap.parse_args()
    _pin_one_core()
    corpora = {
        "compact": generate_corpus(args.notes, args.seed),
        "padded": generate_corpus(args.notes, args.seed, filler=args.filler),
    }
    results: dict[tuple[str, str], dict[str, object]] = {}
    speeds: dict[tuple[str, str], float] = {}

    def run(name: str, fn: Callable[[str], Pred], repeat: int) -> None:
        for cname, notes in corpora.items():
            texts = [n.text for n in notes]
            results[cname, name] = evaluate(notes, [fn(t) for t in texts])
            speeds[cname, name] = throughput(fn, texts, repeat=repeat)

    # ours first, before Presidio (and spaCy) fill the heap, which slows every later timing
    names = ["ours"]
    run("ours", _ours, repeat=5)
    for cname, notes in corpora.items():
        speeds[cname, "deidentify"] = throughput(deidentify, [n.text for n in notes], repeat=5)
    presidio = None if args.no_presidio else _presidio()
    if presidio is not None:
        names.append("presidio")
        run("presidio", presidio, repeat=1)
    for cname, notes in corpora.items():
        size = sum(len(n.text.encode()) for n in notes)
        n_spans = sum(len(n.spans) for n in notes)
        print(
            f"{cname} corpus: {len(notes)} notes, {size / 1e6:.2f} MB, {n_spans} gold spans "
            f"({n_spans / size * 1000:.1f} per KB)"
        )
    print()
    print(f"{'recall (compact corpus)':<24}{'n':>6}" + "".join(f"{n:>12}" for n in names))
    rows = [*ENTITIES, "PERSON cued", "PERSON uncued", "PERSON in-dict", "PERSON out-of-dict"]
    ours = results["compact", "ours"]["recall"]
    assert isinstance(ours, dict)
    for key in rows:
        if key not in ours:
            continue
        line = f"{key:<24}{ours[key][1]:>6}"
        for n in names:
            rec = results["compact", n]["recall"]
            assert isinstance(rec, dict)
            line += f"{rec[key][0]:>12.3f}"
        print(line)
    for cname in corpora:
        print(
            f"{'precision, ' + cname:<30}"
            + "".join(f"{results[cname, n]['precision']:>12.3f}" for n in names)
        )
    for cname in corpora:
        print(
            f"{'detect MB/s, ' + cname:<30}" + "".join(f"{speeds[cname, n]:>12.2f}" for n in names)
        )
    for cname in corpora:
        print(f"{'deidentify MB/s, ' + cname:<30}{speeds[cname, 'deidentify']:>12.2f}")


if __name__ == "__main__":
    main()
