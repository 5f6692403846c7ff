"""Stage 3: label every clause and read the document's own findings.

Order matters and is fixed here:
1. ``read_document``: legal form, title, parties named in the text, adversary (the legal form
   comes first because "will" is binding in a treaty and hortatory in a declaration);
2. ``label_clause``: provision types (and, for ``limitation`` clauses, ``limits``);
3. ``code_attributes``: modality, automaticity, trigger, conditions, means, obligors,
   beneficiaries, quantified, scope, for clauses with a commitment label.
Every value carries ``Reason`` objects so that a wrong label can be traced to the rule.
"""

from __future__ import annotations

from treatylens.extract.attributes import code_attributes
from treatylens.extract.document import read_document
from treatylens.extract.labels import label_clause
from treatylens.model import Clause, Extraction, PipelineOptions, Segmentation, SourceText


def extract(source: SourceText, segmentation: Segmentation, options: PipelineOptions) -> Extraction:
    document = read_document(source, segmentation, options)
    clauses: list[Clause] = []
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
            labelled = label_clause(span, segmentation, document)
            if labelled.operative is not None:
                # e.g. a narrative or welcoming sentence in a declaration (no formal preamble)
                clause.operative = labelled.operative
            clause.labels = labelled.labels
            clause.limits = labelled.limits
            clause.because.extend(labelled.because)
            code_attributes(clause, span, segmentation, document)
        clauses.append(clause)
    return Extraction(
        source=source,
        segmentation=segmentation,
        document=document,
        clauses=tuple(clauses),
        options=options,
    )
