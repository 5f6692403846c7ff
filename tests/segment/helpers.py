"""Run the segmenter on an authored text."""

from __future__ import annotations

from treatylens.load import load, normalise
from treatylens.model import ClauseSpan, Segmentation
from treatylens.segment import segment


def run(text: str) -> Segmentation:
    source = load(text, name="fixture.txt")
    return segment(normalise(source), source)


def texts(seg: Segmentation) -> list[str]:
    return [c.text for c in seg.clauses]


def clause_with(seg: Segmentation, fragment: str) -> ClauseSpan:
    found = [c for c in seg.clauses if fragment in c.text]
    assert len(found) == 1, (fragment, [c.text for c in seg.clauses])
    return found[0]
