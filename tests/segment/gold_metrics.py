"""Segmentation agreement with the gold clause spans (used by the gold test; runnable as a script)."""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from treatylens.evaluate.gold import load_gold_dir
from treatylens.load import load, normalise
from treatylens.model import NormalisedText, SourceText
from treatylens.segment import segment


@dataclass
class SegmentationScore:
    gold: int = 0
    exact: int = 0
    half: int = 0
    operative_agree: int = 0
    stray_operative: int = 0  # predicted operative, not lead-in, overlapping no gold clause
    stray_texts: list[str] = field(default_factory=list)
    missed_texts: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        g = max(1, self.gold)
        return {
            "exact": self.exact / g,
            "half_overlap": self.half / g,
            "operative_agreement": self.operative_agree / max(1, self.half),
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def identity_view(source: SourceText) -> NormalisedText:
    """The raw text as its own view: what segmentation sees when normalisation does nothing."""
    return NormalisedText(text=source.text, to_source=array("i", range(len(source.text) + 1)))


def score_dir(folder: Path, raw_view: bool = False) -> SegmentationScore:
    score = SegmentationScore()
    for doc in load_gold_dir(folder):
        source = load(Path(doc.text_path))
        view = identity_view(source) if raw_view else normalise(source)
        seg = segment(view, source)
        pred = [(c.start, c.end) for c in seg.clauses]
        exact = set(pred)
        for g in doc.clauses:
            score.gold += 1
            span = (g.start, g.end)
            score.exact += span in exact
            hits = [
                c
                for c in seg.clauses
                if (shorter := min(g.end - g.start, c.end - c.start)) > 0
                and _overlap(span, (c.start, c.end)) * 2 >= shorter
            ]
            if hits:
                score.half += 1
                best = max(hits, key=lambda c: _overlap(span, (c.start, c.end)))
                score.operative_agree += best.operative == g.operative
            else:
                score.missed_texts.append(f"{doc.doc_id}: {g.text[:90]!r}")
        for c in seg.clauses:
            if (
                c.operative
                and not c.lead_in
                and not any(_overlap((c.start, c.end), (g.start, g.end)) for g in doc.clauses)
            ):
                score.stray_operative += 1
                score.stray_texts.append(f"{doc.doc_id}: {c.text[:90]!r}")
    return score


if __name__ == "__main__":  # pragma: no cover - ad hoc reporting
    for arg in sys.argv[1:]:
        s = score_dir(Path(arg))
        print(
            arg,
            s.gold,
            {k: round(v, 4) for k, v in s.rates().items()},
            "stray_operative",
            s.stray_operative,
        )
        for t in s.missed_texts:
            print("  MISSED", t)
        for t in s.stray_texts:
            print("  STRAY ", t)
