"""Is this a news report, and where does its dateline end?"""

from __future__ import annotations

import re

from treatylens.codebook.structure import BYLINE, DATELINE, REPORTING_CUES
from treatylens.segment.headings import Block

_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# Reporting cues per thousand words above which an unstructured text reads as a report.
_CUE_DENSITY = 6.0


def is_news(text: str, blocks: list[Block]) -> bool:
    """A report has no article structure and a dateline, a byline or many reporting cues."""
    headings = sum(1 for b in blocks if b.kind == "heading" and b.style != "md")
    items = sum(1 for b in blocks if b.kind == "item")
    if headings or items >= 3:
        return False
    opening = blocks[:4]
    if any(
        DATELINE.match(text[b.start : b.end]) or BYLINE.match(text[b.start : b.end])
        for b in opening
    ):
        return True
    words = max(1, len(text.split()))
    cues = len(REPORTING_CUES.findall(text))
    first_person = len(_FIRST_PERSON.findall(text))
    return cues * 1000 / words >= _CUE_DENSITY and first_person * 1000 / words < 2


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the text of a paragraph starts after a dateline ("KYIV, April 3 (Wire) - ")."""
    m = DATELINE.match(text[start:end])
    return start + m.end() if m else start


def is_byline(text: str, block: Block) -> bool:
    return BYLINE.match(text[block.start : block.end]) is not None
