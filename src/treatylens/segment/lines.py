"""Lines of the normalised text, with page furniture and container labels marked.

A physical line that holds a whole document ("MainText:" exports, one paragraph per line) is
cut into virtual lines at inline article headings and bullets, so that the rest of the
segmenter sees the same shapes as in a well-formatted text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from treatylens.codebook.structure import (
    FURNITURE_LINE,
    HEADING_LINE,
    INLINE_BULLET,
    INLINE_HEADING,
    INLINE_ITEM,
    INLINE_SHOUTED_HEADING,
    LIST_MARKER,
)

# Lines longer than this are scanned for inline headings and bullets.
_LONG_LINE = 250


@dataclass(frozen=True)
class Line:
    """A stripped line: ``text[start:end]``; ``furniture`` lines are skipped as text."""

    start: int
    end: int
    furniture: bool = False

    def blank(self) -> bool:
        return self.end <= self.start


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_inline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = sorted(
        {m.end() for m in INLINE_HEADING.finditer(text, start, end)}
        | {m.end() for m in INLINE_BULLET.finditer(text, start, end)}
        | {m.end() for m in INLINE_ITEM.finditer(text, start, end)}
        | {
            cut
            for m in INLINE_SHOUTED_HEADING.finditer(text, start, end)
            for cut in m.span("head" if m.group("head") else "glued")
        }
    )
    pieces: list[tuple[int, int]] = []
    prev = start
    for cut in cuts:
        if cut > prev:
            pieces.append(_strip(text, prev, cut))
            prev = cut
    pieces.append(_strip(text, prev, end))
    return [p for p in pieces if p[1] > p[0]]


def _is_running_header(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    if len(line) < 20 or not letters or line[-1] in ".;:,":
        return False
    if HEADING_LINE.match(line) or LIST_MARKER.match(line):
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper * 2 > len(letters)


def _next_to_page_mark(raw: list[tuple[int, int]], marks: list[bool], index: int) -> bool:
    """Is the nearest non-blank line before or after ``index`` a page number?"""
    for step in (-1, 1):
        k = index + step
        # Look past at most two blank lines, so the check stays constant-time.
        for _ in range(2):
            if 0 <= k < len(raw) and raw[k][1] <= raw[k][0]:
                k += step
        if 0 <= k < len(raw) and marks[k]:
            return True
    return False


def split_lines(text: str) -> list[Line]:
    """All lines of ``text`` in order (blank ones included), long lines cut at inline markers."""
    raw: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        raw.append(_strip(text, pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    counts = Counter(text[s:e] for s, e in raw if e - s >= 20)
    page_marks = [e > s and FURNITURE_LINE.match(text[s:e]) is not None for s, e in raw]
    seen: set[str] = set()
    header_cache: dict[str, bool] = {}
    lines: list[Line] = []
    for index, (s, e) in enumerate(raw):
        content = text[s:e]
        if page_marks[index]:
            lines.append(Line(s, e, furniture=True))
            continue
        repeated = counts.get(content, 0) > 1
        if repeated and content not in header_cache:
            header_cache[content] = _is_running_header(content)
        if repeated and (header_cache[content] or _next_to_page_mark(raw, page_marks, index)):
            # A repeated header is furniture except its first appearance at the very top.
            first_at_top = content not in seen and index < 5
            seen.add(content)
            if not first_at_top:
                lines.append(Line(s, e, furniture=True))
                continue
        if e - s > _LONG_LINE:
            lines.extend(Line(ps, pe) for ps, pe in _cut_inline(text, s, e))
        else:
            lines.append(Line(s, e))
    return lines
