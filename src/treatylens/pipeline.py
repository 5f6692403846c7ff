"""The whole pipeline on one screen: ``load -> segment -> extract -> assess``.

Rendering is a separate step (``treatylens.render``) so that the same profile can be shown
as text, Markdown, JSON or HTML.
"""

from __future__ import annotations

from pathlib import Path

from treatylens.assess import assess
from treatylens.extract import extract
from treatylens.load import load, normalise
from treatylens.model import PipelineOptions, Profile, SourceText
from treatylens.segment import segment


def analyze(
    document: str | Path | bytes | SourceText,
    *,
    adversary: str | None = None,
    name: str | None = None,
) -> Profile:
    """Analyse one agreement, draft or news report.

    ``document`` is a path (str or Path to an existing file), raw bytes of a file, an already
    loaded ``SourceText``, or the text itself (a str that is not an existing path).
    ``adversary`` (ISO3) sets the adversary when the text does not name it.
    """
    source = load(document, name=name)
    view = normalise(source)
    segmentation = segment(view, source)
    extraction = extract(source, segmentation, PipelineOptions(adversary=adversary))
    return assess(extraction)
