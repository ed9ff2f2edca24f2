"""The main demo: the reference server in-process, then a diagnosis, a summary and embeddings
through the SDK, with the note's PHI de-identified before it leaves the client.

Run with `make demo` (which sets everything up first). All data here is synthetic.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("KERAS_BACKEND", "jax")

from maas_client import MaaSClient
from maas_client.privacy import deidentify
from maas_client.testing import ReferenceServer

# A synthetic discharge note: every name, date, number and place below is invented.
NOTE = """\
Patient: Marcus Delgado    MRN: 48213377    DOB: 04/17/1961
Seen by Dr. Alicia Brennan on March 3, 2026 at Riverside General, 4410 Linden Ave, Salem, OR 97301.
Phone (503) 555-0142. E-mail m.delgado@example.com.

HPI: Mr. Delgado is a 64-year-old man with type 2 diabetes and hypertension who presents with
three days of productive cough, fever to 38.9 C and pleuritic chest pain. He denies hemoptysis.
His wife reports decreased oral intake since Sunday.

Exam: T 38.6 C, HR 104, BP 132/78, RR 22, SpO2 91% on room air. Crackles at the right base.

Labs: WBC 14.2, CRP 96 mg/L, lactate 1.4. Chest X-ray shows a right lower lobe consolidation.

Assessment: Community-acquired pneumonia of the right lower lobe, CURB-65 score 1, with mild
hypoxemia. Diabetes is poorly controlled with HbA1c 8.9%.

Plan: Start ceftriaxone 1 g IV q.d. and azithromycin 500 mg p.o. daily. Supplemental oxygen to
keep SpO2 above 92%. Hold metformin while acutely ill; sliding-scale insulin. Follow up with
Dr. Brennan in clinic in 2 weeks with a repeat chest X-ray in 6 weeks.
"""

# Case 0 of the breast-cancer Wisconsin diagnostic data set (scikit-learn), a teaching set.
CASE = {
    "mean_radius": 17.99, "mean_texture": 10.38, "mean_perimeter": 122.8, "mean_area": 1001.0,
    "mean_smoothness": 0.1184, "mean_compactness": 0.2776, "mean_concavity": 0.3001,
    "mean_concave_points": 0.1471, "mean_symmetry": 0.2419, "mean_fractal_dimension": 0.07871,
    "radius_error": 1.095, "texture_error": 0.9053, "perimeter_error": 8.589,
    "area_error": 153.4, "smoothness_error": 0.006399, "compactness_error": 0.04904,
    "concavity_error": 0.05373, "concave_points_error": 0.01587, "symmetry_error": 0.03003,
    "fractal_dimension_error": 0.006193, "worst_radius": 25.38, "worst_texture": 17.33,
    "worst_perimeter": 184.6, "worst_area": 2019.0, "worst_smoothness": 0.1622,
    "worst_compactness": 0.6656, "worst_concavity": 0.7119, "worst_concave_points": 0.2654,
    "worst_symmetry": 0.4601, "worst_fractal_dimension": 0.1189,
}


def rule(title: str) -> None:
    """Print a section heading."""
    print(f"\n== {title} " + "=" * max(0, 70 - len(title)))


def main() -> None:
    """Start the server, call every model through the SDK, print what came back."""
    started = time.perf_counter()
    with ReferenceServer() as server:
        print(f"reference server ready at {server.base_url} in {server.startup_seconds:.1f}s")
        with MaaSClient(api_key=server.api_key, base_url=server.base_url) as client:
            rule("models")
            for card in client.models.list().data:
                print(f"{card.id:22s} {card.task:14s} v{card.version}")

            rule("diagnosis (wdbc-mlp, with integrated-gradients attributions)")
            diagnosis = client.diagnosis.create(model="wdbc-mlp", inputs=[{"features": CASE}],
                                                explain=True)
            result = diagnosis.results[0]
            print(f"label={result.label} p(malignant)={result.probabilities['malignant']:.3f}"
                  f"  request_id={diagnosis.request_id}")
            for a in (result.explanation or [])[:5]:
                print(f"  {a.feature:24s} value={a.value:<10g} attribution={a.attribution:+.4f}")

            rule("what the server sees of the note (de-identified on the client)")
            print(deidentify(NOTE).text[:600])

            rule("summary (clinical-extractive), re-identified on the client")
            summary = client.summaries.create(model="clinical-extractive", text=NOTE,
                                              max_sentences=3)
            for s in summary.sentences:
                assert NOTE[s.start:s.end] == s.text
                print(f"  [{s.section or '-'}] ({s.start}-{s.end}) {' '.join(s.text.split())}")

            rule("embeddings (minilm-l6-v2)")
            texts = ["community-acquired pneumonia", "lung infection with consolidation",
                     "poorly controlled type 2 diabetes"]
            vectors = client.embeddings.create(model="minilm-l6-v2", input=texts)
            vecs = [d.embedding for d in vectors.data]
            for i in range(1, len(texts)):
                cos = sum(a * b for a, b in zip(vecs[0], vecs[i], strict=True))
                print(f"  cos({texts[0]!r}, {texts[i]!r}) = {cos:.3f}")
            print(f"  dims={len(vecs[0])} tokens={vectors.usage.total_tokens}")
    print(f"\ndemo finished in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
