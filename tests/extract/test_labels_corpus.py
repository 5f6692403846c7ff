"""Robustness on the real corpus: every paragraph labels without error, with valid evidence."""

from __future__ import annotations

import re
from pathlib import Path

from treatylens.codebook.labels import PROVISION_TYPES
from treatylens.extract.labels import label_clause
from treatylens.model import ClauseSpan, DocumentFindings, Segmentation

_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")
_PER_TEXT = 40  # paragraphs per text, to keep the test fast


def test_corpus_paragraphs_label_with_valid_evidence(shared_dir: Path) -> None:
    texts = sorted((shared_dir / "corpus" / "raw").glob("*.txt"))
    assert texts
    document = DocumentFindings(legal_form="treaty")
    for path in texts:
        source = path.read_text(encoding="utf-8")
        spans = tuple(
            ClauseSpan(
                id=f"c{i:04d}",
                start=m.start(),
                end=m.end(),
                text=m.group(),
                section="",
                provision_id=None,
                zone="body",
                operative=True,
            )
            for i, m in enumerate(_PARAGRAPH.finditer(source))
            if i < _PER_TEXT
        )
        segmentation = Segmentation(title=None, provisions=(), clauses=spans)
        for span in spans:
            result = label_clause(span, segmentation, document)
            assert len(set(result.labels)) == len(result.labels)
            assert result.labels == [t for t in PROVISION_TYPES if t in result.labels]
            assert "other" not in result.labels or result.labels == ["other"]
            assert (result.limits is not None) == ("limitation" in result.labels)
            for reason in result.because:
                assert reason.start is not None and reason.end is not None
                # a label inherited from a list chapeau cites the chapeau's words
                if not reason.rule.endswith(".inherited_from_chapeau"):
                    assert span.start <= reason.start <= reason.end <= span.end, (path.name, reason)
                assert source[reason.start : reason.end] == reason.match
