"""Labelling quality on the shared gold sets, on the gold clause spans (labels only).

This isolates ``label_clause`` from segmentation and from the other extract stages: each gold
clause becomes a ``ClauseSpan``, the document's gold legal form is given, and per-label F1 is
computed as in shared/eval/FORMAT.md (macro over the labels that occur in the gold set).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from treatylens.extract.labels import label_clause
from treatylens.model import ClauseSpan, DocumentFindings, Segmentation


def _macro_f1(folder: Path) -> float:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8"
        )
        spans = tuple(
            ClauseSpan(
                id=f"c{i:04d}",
                start=c["start"],
                end=c["end"],
                text=text[c["start"] : c["end"]],
                section="",
                provision_id=None,
                zone="body" if c["operative"] else "preamble",
                operative=c["operative"],
            )
            for i, c in enumerate(gold["clauses"])
        )
        segmentation = Segmentation(title=None, provisions=(), clauses=spans)
        document = DocumentFindings(legal_form=gold["document"]["legal_form"])
        for span, clause in zip(spans, gold["clauses"], strict=True):
            predicted: set[str] = set()
            if span.operative:
                result = label_clause(span, segmentation, document)
                if result.operative is not False:
                    predicted = set(result.labels)
            expected = set(clause["labels"])
            for lab in predicted & expected:
                tp[lab] += 1
            for lab in predicted - expected:
                fp[lab] += 1
            for lab in expected - predicted:
                fn[lab] += 1
    scores = []
    for lab in sorted(set(tp) | set(fn)):
        if tp[lab] + fn[lab] == 0:
            continue
        precision = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        recall = tp[lab] / (tp[lab] + fn[lab])
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


@pytest.mark.parametrize(("folder", "target"), [("dev", 0.97), ("dev-real", 0.92)])
def test_label_macro_f1_on_gold_spans(shared_dir: Path, folder: str, target: float) -> None:
    assert _macro_f1(shared_dir / "eval" / folder) >= target
