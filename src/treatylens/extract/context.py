"""What the clause coder needs to know about the whole document.

``read_document`` returns the public ``DocumentFindings``; the coder also needs the legal form
(for "will"), the parties in order, terms the text defines as lists of states ("the Guarantor
States"), leaders named with their state ("President Yoon" -> KOR) and the clause table for
list chapeaux. ``DocumentContext`` carries all of it, built once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from treatylens.codebook.labels import LegalForm
from treatylens.model import ClauseSpan, Reason


@dataclass(frozen=True)
class DocumentContext:
    text: str
    legal_form: LegalForm
    is_news: bool = False
    #: core parties (the designation, leaders' list or signature block), in order of appearance
    parties: tuple[str, ...] = ()
    #: lower-cased defined term (without article) -> party ids, e.g. "guarantor states"
    defined_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: capitalised name token of a leader -> the state he or she speaks for
    persons: dict[str, str] = field(default_factory=dict)
    adversary: str | None = None
    #: the threat frames that named the adversary found in the text (empty when given by the user)
    adversary_reasons: tuple[Reason, ...] = ()
    #: the state that issues a unilateral act: its offices ("the Secretary of Defense") act for it
    issuer: str | None = None
    #: the two sides of a conflict in a text with more parties (guarantors, mediators)
    sides: tuple[str, ...] = ()
    clauses: tuple[ClauseSpan, ...] = ()

    @cached_property
    def _clause_index(self) -> dict[str, ClauseSpan]:
        # built once: clause look-ups happen for every list item and anaphora
        return {span.id: span for span in self.clauses}

    def clause(self, clause_id: str | None) -> ClauseSpan | None:
        if clause_id is None:
            return None
        return self._clause_index.get(clause_id)
