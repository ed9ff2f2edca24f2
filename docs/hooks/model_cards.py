"""mkdocs hook: render `mock_server/artifacts/*.card.json` into the page holding the marker
`<!-- model-cards -->`, so the docs show exactly the cards the server serves."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MARKER = "<!-- model-cards -->"
CARDS = Path(__file__).resolve().parents[2] / "mock_server" / "artifacts"
_HEAD = ("id", "object", "task", "version", "description", "inputs", "created")


def _inline(value: Any) -> str:
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ", ".join(str(v) for v in value)
    return str(value).replace("\n", " ")


def _render(value: Any, depth: int = 0) -> list[str]:
    pad = "    " * depth
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list) and not (
                    isinstance(item, list) and all(not isinstance(v, dict | list) for v in item)
                    and len(item) <= 8):
                lines.append(f"{pad}- **{key}**")
                lines.extend(_render(item, depth + 1))
            else:
                lines.append(f"{pad}- **{key}**: {_inline(item)}")
        return lines
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, dict | list):
                sub = _render(item, depth + 1)
                lines.append(f"{pad}- " + sub[0].strip().removeprefix("- ") if sub else pad + "-")
                lines.extend(sub[1:])
            else:
                lines.append(f"{pad}- {_inline(item)}")
        return lines
    return [f"{pad}- {_inline(value)}"]


def _features(inputs: Any) -> list[str]:
    feats = inputs.get("features") if isinstance(inputs, dict) else None
    if not isinstance(feats, list) or not all(isinstance(f, dict) for f in feats):
        return _render(inputs)
    cols = [c for c in ("name", "unit", "min", "max", "description") if any(c in f for f in feats)]
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(_inline(f.get(c, "")) for c in cols) + " |" for f in feats]
    rest = {k: v for k, v in inputs.items() if k != "features"}
    return out + (["", *_render(rest)] if rest else [])


def render_card(card: dict[str, Any]) -> str:
    """One card as Markdown: header facts, description, inputs, then every other field."""
    lines = [f"## `{card['id']}`", "",
             f"**task** {card.get('task', '?')} · **version** {card.get('version', '?')}", "",
             str(card.get("description", "")), "", "### Inputs", ""]
    lines += _features(card.get("inputs", {}))
    for key, value in card.items():
        if key in _HEAD:
            continue
        lines += ["", f"### {key.replace('_', ' ').capitalize()}", ""]
        lines += [str(value)] if isinstance(value, str) else _render(value)
    return "\n".join(lines) + "\n"


def render_all(folder: Path = CARDS) -> str:
    """Every card in `folder`, sorted by file name."""
    return "\n".join(render_card(json.loads(p.read_text(encoding="utf-8")))
                     for p in sorted(folder.glob("*.card.json")))


def on_page_markdown(markdown: str, **_: Any) -> str:
    """mkdocs event: replace the marker with the rendered cards."""
    return markdown.replace(MARKER, render_all()) if MARKER in markdown else markdown
