"""Attributes of a commitment clause (codebook section 3). PLACEHOLDER."""

from __future__ import annotations

from treatylens.model import Clause, ClauseSpan, DocumentFindings, Segmentation


def code_attributes(clause: Clause, span: ClauseSpan, segmentation: Segmentation, document: DocumentFindings) -> None:
    """Fill ``clause``'s attributes in place from its own words (and defined terms)."""
    return None
