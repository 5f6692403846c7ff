"""Provision types for one clause (codebook section 2). PLACEHOLDER: replaced by the rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from treatylens.codebook.labels import ProvisionType
from treatylens.model import ClauseSpan, DocumentFindings, Reason, Segmentation


@dataclass
class LabelResult:
    labels: list[ProvisionType] = field(default_factory=list)
    limits: list[ProvisionType] | None = None  # only for `limitation` clauses
    because: list[Reason] = field(default_factory=list)
    #: None keeps the segmenter's call; False marks a non-operative sentence (narration,
    #: thanks, condemnation in a declaration; background in a news report).
    operative: bool | None = None


def label_clause(span: ClauseSpan, segmentation: Segmentation, document: DocumentFindings) -> LabelResult:
    return LabelResult(labels=["other"])
