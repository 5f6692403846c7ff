"""Find page furniture among cleaned lines: page numbers and running headers/footers.

Two rules, both over whole lines and both conservative about structure lines ("Article 7"):

* Boundary rule: page boundaries are form feeds and page-number lines. A short line that sits
  next to a boundary (within ``BOUNDARY_WINDOW_LINES`` non-blank lines) and whose shape
  (digits masked, case folded) recurs next to at least two boundaries is a header/footer.
* Repeat rule: a short line whose shape occurs at least ``MIN_REPEATS_ANYWHERE`` times, at
  least ``MIN_LINES_BETWEEN_REPEATS`` lines apart, and that does not look like content (a
  heading introducing an article, a list item, a lead-in ending with ":") is a running
  header/footer even when the page breaks themselves were lost (text pasted from a PDF).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from itertools import pairwise

from treatylens.codebook.furniture import (
    BOUNDARY_WINDOW_LINES,
    CONTENT_LINE_END,
    CONTENT_LINE_START,
    MAX_FURNITURE_LINE_CHARS,
    MIN_LINES_BETWEEN_REPEATS,
    MIN_REPEATS_ANYWHERE,
    PAGE_NUMBER_LINE,
    STRUCTURAL_LINE,
)

_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_PAGE_NUMBER_CHARS = 30
# Share of page boundaries a header must appear at (alternating odd/even headers halve it).
_MIN_BOUNDARY_SHARE = 0.2


def is_page_number(text: str) -> bool:
    return 0 < len(text) <= _MAX_PAGE_NUMBER_CHARS and PAGE_NUMBER_LINE.match(text) is not None


def shape(text: str) -> str:
    """A line's identity modulo page numbers and case."""
    return _DIGITS.sub("#", text).casefold()


def find_furniture(texts: list[str], page_break_after: list[bool]) -> list[bool]:
    """One flag per line: is it page furniture?"""
    furniture = [is_page_number(text) for text in texts]
    content = [i for i, text in enumerate(texts) if text and not furniture[i]]
    candidate = {i: _may_be_furniture(texts[i]) for i in content}
    _boundary_rule(texts, page_break_after, furniture, content, candidate)
    _repeat_rule(texts, furniture, content, candidate)
    return furniture


def _may_be_furniture(text: str) -> bool:
    return (
        len(text) <= MAX_FURNITURE_LINE_CHARS
        and _LETTER.search(text) is not None
        and STRUCTURAL_LINE.match(text) is None
        and CONTENT_LINE_START.match(text) is None
    )


def _boundary_rule(
    texts: list[str],
    page_break_after: list[bool],
    furniture: list[bool],
    content: list[int],
    candidate: dict[int, bool],
) -> None:
    # Split points in the list of content lines: before a page-number line, after a form feed.
    splits: set[int] = set()
    for i in range(len(texts)):
        if furniture[i]:
            splits.add(bisect_left(content, i))
        if page_break_after[i]:
            splits.add(bisect_right(content, i))
    if len(splits) < 2:
        return
    windows = _windows(sorted(splits), len(content))
    # Windows of short pages overlap: count each line once, so a shape counts only if it
    # really recurs.
    near_boundary = sorted(
        {content[k] for low, high in windows for k in range(low, high) if candidate[content[k]]}
    )
    seen_at = Counter(shape(texts[i]) for i in near_boundary)
    needed = max(2, math.ceil(_MIN_BOUNDARY_SHARE * len(windows)))
    # The last page's footer has no boundary after it: the document's end counts as one once
    # a shape is known to be furniture. The start does not: a line there that looks like the
    # running header is usually the title, which the header repeats.
    tail = range(max(0, len(content) - BOUNDARY_WINDOW_LINES), len(content))
    edges = [content[k] for k in tail]
    for i in [*near_boundary, *(i for i in edges if candidate[i])]:
        if seen_at[shape(texts[i])] >= needed:
            furniture[i] = True


def _windows(splits: list[int], count: int) -> list[tuple[int, int]]:
    """Content-line ranges around each boundary; boundaries next to each other are one."""
    windows: list[tuple[int, int]] = []
    previous = -2
    for split in splits:
        low, high = max(0, split - BOUNDARY_WINDOW_LINES), min(count, split + BOUNDARY_WINDOW_LINES)
        if windows and split - previous <= 1:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
        previous = split
    return windows


def _repeat_rule(
    texts: list[str], furniture: list[bool], content: list[int], candidate: dict[int, bool]
) -> None:
    by_shape: defaultdict[str, list[int]] = defaultdict(list)
    for position, i in enumerate(content):
        text = texts[i]
        if candidate[i] and " " in text and CONTENT_LINE_END.search(text) is None:
            by_shape[shape(text)].append(position)
    for positions in by_shape.values():
        if len(positions) < MIN_REPEATS_ANYWHERE:
            continue
        gaps = [b - a for a, b in pairwise(positions)]
        if min(gaps) < MIN_LINES_BETWEEN_REPEATS:
            continue
        # Subheadings ("Functions and Powers") repeat too, but each opens an article.
        opens_structure = sum(
            1
            for p in positions
            if p + 1 < len(content) and STRUCTURAL_LINE.match(texts[content[p + 1]]) is not None
        )
        if 2 * opens_structure >= len(positions):
            continue
        for p in positions:
            furniture[content[p]] = True
