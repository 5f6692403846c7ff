"""Build an ``Extraction`` straight from a gold file: the gold clauses with their gold labels
and attributes, so that ``assess`` can be checked on its own."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from treatylens.codebook.labels import ALL_PARTIES, ANY_STATE
from treatylens.model import (
    Clause,
    DocumentFindings,
    Extraction,
    Party,
    PipelineOptions,
    Segmentation,
    SourceText,
)

_ATTRIBUTES = (
    "modality",
    "automaticity",
    "trigger",
    "conditions",
    "means",
    "obligors",
    "beneficiaries",
    "quantified",
    "scope",
    "limits",
)


def gold_extraction(gold_path: Path) -> tuple[Extraction, dict[str, Any]]:
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
    data = text_path.read_bytes()
    source = SourceText(
        text=data.decode("utf-8"),
        name=text_path.name,
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        encoding="utf-8",
    )
    clauses = []
    party_ids: list[str] = []
    for i, c in enumerate(raw["clauses"]):
        clause = Clause(
            id=f"g{i + 1:04d}",
            start=c["start"],
            end=c["end"],
            text=c["text"],
            section="",
            operative=c["operative"],
            labels=c["labels"],
            **{k: c.get(k) for k in _ATTRIBUTES},
        )
        clauses.append(clause)
        for pid in [*(c.get("obligors") or []), *(c.get("beneficiaries") or [])]:
            if pid not in (ALL_PARTIES, ANY_STATE) and pid not in party_ids:
                party_ids.append(pid)
    doc = raw["document"]
    document = DocumentFindings(
        legal_form=doc["legal_form"],
        adversary=doc.get("adversary"),
        parties=[Party(id=pid, name=pid) for pid in party_ids],
    )
    extraction = Extraction(
        source=source,
        segmentation=Segmentation(title=None, provisions=(), clauses=()),
        document=document,
        clauses=tuple(clauses),
        options=PipelineOptions(adversary=doc.get("adversary")),
    )
    return extraction, doc


@pytest.fixture(scope="session")
def from_gold() -> Callable[[Path], tuple[Extraction, dict[str, Any]]]:
    """``from_gold(path)`` -> (Extraction built from the gold clauses, the gold document block)."""
    return gold_extraction
