"""The whole pipeline on one screen: ``load -> segment -> extract -> assess``, then history.

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

#: How many historical analogues a profile carries by default.
DEFAULT_ANALOGUES = 5


def analyze(
    document: str | Path | bytes | SourceText,
    *,
    adversary: str | None = None,
    name: str | None = None,
    analogues: int = DEFAULT_ANALOGUES,
) -> Profile:
    """Analyse one agreement, draft or news report.

    ``document`` is a path (str or Path to an existing file), raw bytes of a file, an already
    loaded ``SourceText``, or the text itself (a str that is not an existing path).
    ``adversary`` (ISO3) sets the adversary when the text does not name it. ``analogues`` is
    how many nearest historical cases to attach (0 for none, e.g. in corpus runs).
    """
    source = load(document, name=name)
    view = normalise(source)
    segmentation = segment(view, source)
    extraction = extract(source, segmentation, PipelineOptions(adversary=adversary))
    profile = assess(extraction)
    if analogues > 0:
        from treatylens.history.analogues import attach_analogues

        profile = attach_analogues(profile, k=analogues)
    return profile
