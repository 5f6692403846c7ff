"""Stage 3: label every clause and read the document's own findings.

Order matters and is fixed here:
1. ``read_context``: legal form, title, parties named in the text, defined terms, adversary
   (the legal form comes first because "will" is binding in a treaty and hortatory in a
   declaration);
2. ``label_clause``: provision types (and, for ``limitation`` clauses, ``limits``);
3. ``code_attributes``: modality, automaticity, trigger, conditions, means, obligors,
   beneficiaries, quantified, scope, for clauses with a commitment label. Clauses are coded in
   document order, because a list item borrows from its chapeau and "in such circumstances"
   from the duty before it.
Every value carries ``Reason`` objects so that a wrong label can be traced to the rule.
"""

from __future__ import annotations

from treatylens.extract.attributes import CodingMemo, code_attributes
from treatylens.extract.document import findings_of, read_context
from treatylens.extract.labels import clause_positions, label_clause
from treatylens.model import Clause, Extraction, PipelineOptions, Segmentation, SourceText


def extract(source: SourceText, segmentation: Segmentation, options: PipelineOptions) -> Extraction:
    context = read_context(source, segmentation, options)
    document, _ = findings_of(context, segmentation)
    memo = CodingMemo()
    clauses: list[Clause] = []
    positions = clause_positions(segmentation)
    for span in segmentation.clauses:
        clause = Clause(
            id=span.id,
            start=span.start,
            end=span.end,
            text=span.text,
            section=span.section,
            operative=span.operative,
        )
        if span.operative:
            labelled = label_clause(span, segmentation, document, positions)
            if labelled.operative is not None:
                # e.g. a narrative or welcoming sentence in a declaration (no formal preamble)
                clause.operative = labelled.operative
            clause.labels = labelled.labels
            clause.limits = labelled.limits
            clause.because.extend(labelled.because)
            if clause.operative:
                code_attributes(clause, span, segmentation, document, context, memo)
        clauses.append(clause)
    return Extraction(
        source=source,
        segmentation=segmentation,
        document=document,
        clauses=tuple(clauses),
        options=options,
    )
