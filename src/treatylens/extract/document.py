"""Document-level findings read off the text (codebook section 4). PLACEHOLDER."""

from __future__ import annotations

from treatylens.model import DocumentFindings, PipelineOptions, Segmentation, SourceText


def read_document(source: SourceText, segmentation: Segmentation, options: PipelineOptions) -> DocumentFindings:
    return DocumentFindings(legal_form="executive_agreement", title=segmentation.title, adversary=options.adversary)
