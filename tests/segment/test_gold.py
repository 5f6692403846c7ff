"""Segmentation agreement with the shared gold clause spans (skips when the gold sets are absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .gold_metrics import score_dir

# What the segmenter achieves on the gold sets; a drop below these is a regression.
THRESHOLDS = {
    "dev": {"exact": 0.99, "half_overlap": 0.99, "operative_agreement": 0.99, "stray": 0},
    "dev-real": {"exact": 0.99, "half_overlap": 0.99, "operative_agreement": 0.84, "stray": 0},
}


@pytest.mark.parametrize("raw_view", [False, True], ids=["normalised", "raw"])
@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_gold_span_agreement(shared_dir: Path, name: str, raw_view: bool) -> None:
    score = score_dir(shared_dir / "eval" / name, raw_view=raw_view)
    rates = score.rates()
    want = THRESHOLDS[name]
    assert rates["exact"] >= want["exact"], score.missed_texts
    assert rates["half_overlap"] >= want["half_overlap"], score.missed_texts
    assert rates["operative_agreement"] >= want["operative_agreement"]
    # Headings, signatures and testimonium emitted as operative clauses; news background
    # sentences (clauses by design, left unlabelled by the labeller) are not counted.
    strays = [t for t in score.stray_texts if "_news_" not in t]
    assert len(strays) <= want["stray"], strays


def test_every_corpus_text_segments_with_exact_offsets(shared_dir: Path) -> None:
    from treatylens.load import load, normalise
    from treatylens.segment import segment

    raw = sorted((shared_dir / "corpus" / "raw").glob("*.txt"))
    assert raw
    for path in raw:
        source = load(path)
        seg = segment(normalise(source), source)
        ends = [(c.start, c.end) for c in seg.clauses]
        assert ends == sorted(ends)
        for c in seg.clauses:
            assert source.text[c.start : c.end] == c.text, path.name
