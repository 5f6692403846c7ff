"""Read a folder of ``NAME.txt`` + ``NAME.gold.json`` pairs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from treatylens.errors import ValidationError


@dataclass(frozen=True)
class GoldClause:
    start: int
    end: int
    text: str
    operative: bool
    labels: tuple[str, ...]
    attributes: dict[str, Any]


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    text_path: Path
    document: dict[str, Any]
    clauses: tuple[GoldClause, ...]


ATTRIBUTES = (
    "modality",
    "automaticity",
    "trigger",
    "conditions",
    "means",
    "obligors",
    "beneficiaries",
    "quantified",
    "limits",
)


def load_gold_dir(folder: Path) -> list[GoldDocument]:
    if not folder.is_dir():
        raise ValidationError(f"{folder}: not a folder")
    docs: list[GoldDocument] = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        text_path = gold_path.with_name(stem + ".txt")
        if not text_path.exists():
            raise ValidationError(f"{gold_path}: no matching {text_path.name}")
        try:
            raw = json.loads(gold_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValidationError(f"{gold_path}: not valid JSON ({exc})") from exc
        try:
            clauses = tuple(
                GoldClause(
                    start=int(c["start"]),
                    end=int(c["end"]),
                    text=str(c.get("text", "")),
                    operative=bool(c.get("operative", True)),
                    labels=tuple(c.get("labels") or ()),
                    attributes={k: c.get(k) for k in ATTRIBUTES},
                )
                for c in raw["clauses"]
            )
            docs.append(
                GoldDocument(
                    doc_id=str(raw.get("doc_id", stem)),
                    text_path=text_path,
                    document=dict(raw.get("document") or {}),
                    clauses=clauses,
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"{gold_path}: not in the gold format ({exc})") from exc
    if not docs:
        raise ValidationError(f"{folder}: no *.gold.json files")
    return docs
