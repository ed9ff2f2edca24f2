"""Generate ``minilm_reference.json``: sentence-transformers embeddings the Keras port must match.

Not run by CI (it needs torch). It runs in a throwaway virtualenv, offline, against the same
model directory the server uses::

    python3 -m venv /tmp/st-venv
    /tmp/st-venv/bin/pip install torch==2.13.0
    /tmp/st-venv/bin/pip install sentence-transformers
    .venv/bin/python -m mock_server.weights            # prints the model directory
    HF_HUB_OFFLINE=1 /tmp/st-venv/bin/python tests/data/make_minilm_reference.py \\
        --model-dir ~/.cache/maas-client/models/all-MiniLM-L6-v2

Every text is synthetic (no real patient data). Each one is encoded on its own (batch size 1,
so no padding is involved) by ``SentenceTransformer(<model dir>)``; the file records the texts,
the vectors (9 significant digits), the token counts after truncation at 256, and the
sentence-transformers, transformers and torch versions.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

CLINICAL = [
    "The patient is a 54-year-old man presenting with substernal chest pain radiating to the "
    "left arm.",
    "Troponin I was elevated at 0.8 ng/mL; ECG showed ST depression in leads V4-V6.",
    "She denies fever, chills, night sweats, or unintentional weight loss.",
    "Assessment: community-acquired pneumonia of the right lower lobe, CURB-65 score of 1.",
    "Plan: start ceftriaxone 1 g IV daily and azithromycin 500 mg PO, reassess in 48 hours.",
    "History of type 2 diabetes mellitus, hypertension and chronic kidney disease stage 3a.",
    "Fine-needle aspiration of the left breast mass revealed atypical ductal cells.",
    "No known drug allergies. Current medications include metformin and lisinopril.",
    "MRI of the lumbar spine demonstrates a broad-based disc protrusion at L4-L5.",
    "The wound is healing well without erythema, induration, or purulent drainage.",
    "Hemoglobin A1c 8.9%, up from 7.4% three months ago; discussed insulin initiation.",
    "Patient was counselled on smoking cessation and referred to the pulmonary rehab programme.",
    "Discharge condition: stable. Follow up with cardiology in two weeks.",
    "Mammography shows a spiculated 2.1 cm mass in the upper outer quadrant, BI-RADS 5.",
    "Gait is antalgic; straight-leg raise is positive on the right at 40 degrees.",
]

SHORT_AND_ODD = [
    "pneumonia",
    "",
    "?!...;;--//((**))",
    "Café au lait spots noted — résumé of naïve Zoë's findings ±2 mm, 37.5°C, µg/kg.",
    "患者は胸痛を訴えている。 Пациент жалуется на боль. 🩺💊🫀",
    "   leading and trailing spaces around a sentence   ",
    "BP 142/91 mmHg, HR 88 bpm, RR 18, SpO2 96% on RA, T 38.2 °C.",
    "ALL CAPS NOTE: PT NPO AFTER MIDNIGHT FOR EGD!!!",
]


def _long_texts() -> list[str]:
    """Three notes well over 256 tokens, to exercise truncation."""
    first = " ".join(CLINICAL) * 2
    second = " ".join(
        f"Day {d}: vitals stable, tolerating diet, pain controlled on oral analgesia, "
        f"ambulating {d * 20} metres with physiotherapy, incision clean and dry."
        for d in range(1, 16)
    )
    third = (
        "HPI: 67-year-old woman with progressive dyspnoea on exertion over six months. "
        + "Echocardiogram: ejection fraction 35%, moderate mitral regurgitation, dilated left "
        "atrium; BNP 1240 pg/mL; furosemide titrated; sodium 134, potassium 4.1, creatinine "
        "1.3. " * 12
    )
    return [first, second, third]


def build_texts() -> list[str]:
    """All reference texts (synthetic)."""
    return CLINICAL + SHORT_AND_ODD + _long_texts()


def main() -> None:
    """Encode the texts with sentence-transformers and write the JSON next to this script."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import sentence_transformers
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    default_dir = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model-dir", type=Path,
        default=default_dir / "maas-client" / "models" / "all-MiniLM-L6-v2",
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).with_name("minilm_reference.json")
    )
    args = parser.parse_args()

    torch.manual_seed(0)
    model = SentenceTransformer(str(args.model_dir.expanduser()), device="cpu")
    model.max_seq_length = 256
    texts = build_texts()
    entries = []
    for text in texts:
        vec = model.encode([text], batch_size=1, convert_to_numpy=True)[0]
        tokenize = model.preprocess if hasattr(model, "preprocess") else model.tokenize
        features = tokenize([text])
        tokens = int(features["attention_mask"].sum())
        entries.append({
            "text": text,
            "token_count": tokens,
            "vector": [float(f"{x:.9g}") for x in vec.tolist()],
        })
    doc = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "max_seq_length": model.max_seq_length,
        "generator": "tests/data/make_minilm_reference.py",
        "versions": {
            "sentence_transformers": sentence_transformers.__version__,
            "transformers": transformers.__version__,
            "torch": torch.__version__,
        },
        "entries": entries,
    }
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    long_count = sum(e["token_count"] == 256 for e in entries)
    print(f"wrote {len(entries)} references ({long_count} truncated at 256) to {args.out}")


if __name__ == "__main__":
    main()
