"""The coder on the shared gold sets, with the GOLD labels fed in (isolates attributes from labelling).

Reads ../shared through the ``shared_dir`` fixture; skips cleanly when it is absent.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from treatylens.extract.attributes import CodingMemo, code_attributes
from treatylens.extract.document import findings_of, read_context
from treatylens.load import load
from treatylens.model import Clause, ClauseSpan, PipelineOptions, Segmentation

ATTRIBUTES = ("modality", "automaticity", "trigger", "conditions", "means", "obligors", "beneficiaries", "quantified")
SETS = {"conditions", "obligors", "beneficiaries"}
#: Floors, not targets: a drop below them is a regression worth reading.
FLOORS = {"dev": 0.95, "dev-real": 0.80}


def _norm(name: str, value: Any) -> Any:
    return tuple(sorted(set(value))) if name in SETS and value is not None else value


def _score(folder: Path) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    attributes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    document: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = load(gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt"))
        spans = tuple(
            ClauseSpan(id=f"c{i:04d}", start=c["start"], end=c["end"], text=c["text"], section="", provision_id=None, zone="body", operative=c["operative"])
            for i, c in enumerate(gold["clauses"])
        )
        segmentation = Segmentation(title=None, provisions=(), clauses=spans)
        context = read_context(source, segmentation, PipelineOptions())
        findings, _ = findings_of(context, segmentation)
        for name in ("legal_form", "adversary"):
            document[name][1] += 1
            document[name][0] += getattr(findings, name) == gold["document"][name]
        memo = CodingMemo()
        for span, want in zip(spans, gold["clauses"], strict=True):
            clause = Clause(id=span.id, start=span.start, end=span.end, text=span.text, section="", operative=span.operative, labels=want["labels"])
            if span.operative:
                code_attributes(clause, span, segmentation, findings, context, memo)
            for name in ATTRIBUTES:
                if want[name] is None:
                    continue
                attributes[name][1] += 1
                attributes[name][0] += _norm(name, getattr(clause, name)) == _norm(name, want[name])
    return attributes, document


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_attribute_accuracy_with_gold_labels(shared_dir: Path, folder: str) -> None:
    attributes, document = _score(shared_dir / "eval" / folder)
    low = {k: round(r / t, 3) for k, (r, t) in attributes.items() if r / t < FLOORS[folder]}
    assert not low, f"attributes below {FLOORS[folder]} on {folder}: {low}"
    assert all(r == t for r, t in document.values()), dict(document)
