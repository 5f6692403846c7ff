"""Stage 2: find provisions and clauses. PLACEHOLDER: one clause per sentence."""

from __future__ import annotations

import re

from treatylens.model import ClauseSpan, NormalisedText, Segmentation, SourceText

_SENT = re.compile(r"[^\n.;:]+[.;:]?")


def segment(view: NormalisedText, source: SourceText) -> Segmentation:
    clauses = []
    for m in _SENT.finditer(view.text):
        s, e = m.span()
        while s < e and view.text[s].isspace():
            s += 1
        while e > s and view.text[e - 1].isspace():
            e -= 1
        if e - s < 20:
            continue
        ss, se = view.source_span(s, e)
        clauses.append(ClauseSpan(id=f"c{len(clauses) + 1:04d}", start=ss, end=se, text=source.text[ss:se], section="", provision_id=None, zone="body", operative=True))
    return Segmentation(title=None, provisions=(), clauses=tuple(clauses))


def with_spans(segmentation: Segmentation, source: SourceText, spans: list[tuple[int, int, bool]]) -> Segmentation:
    clauses = tuple(
        ClauseSpan(id=f"c{i + 1:04d}", start=s, end=e, text=source.text[s:e], section="", provision_id=None, zone="body" if op else "preamble", operative=op)
        for i, (s, e, op) in enumerate(spans)
    )
    return Segmentation(title=segmentation.title, provisions=segmentation.provisions, clauses=clauses, is_news=segmentation.is_news)
