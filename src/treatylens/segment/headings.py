"""Turn lines into blocks: headings, list items and paragraphs of running text.

A block is what a reader sees as one unit: a heading ("Article 5" plus its title line), a list
item (marker plus the lines that continue it) or a paragraph. Soft line breaks (PDF wrapping)
stay inside a block; a page footer or running header between two halves of a sentence does not
end it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from treatylens.codebook.structure import (
    ABBREVIATIONS,
    BOLD_LINE,
    HEADING_KINDS,
    HEADING_LINE,
    INLINE_CAPS_TITLE,
    LIST_MARKER,
    MARKDOWN_HEADING,
    NUMBERED_HEADING,
    RUN_IN_TITLE,
    SPLIT_HEADING_KEYWORD,
    SPLIT_HEADING_NUMBER,
    TABLE_ROW,
)
from treatylens.segment.lines import Line
from treatylens.segment.sentences import has_terminal

BlockKind = Literal["heading", "item", "text"]

_FUNCTION_WORD_END = re.compile(
    r"(?:\b(?:and|or|of|the|a|an|to|in|on|for|by|with|at|from|that|which|its|their|as|be|"
    r"shall|will|is|are)|[-–,])$",
    re.IGNORECASE,
)
_MAX_HEADING_WORDS = 14


@dataclass(frozen=True)
class Block:
    """``text[start:end]`` is the content (markers left out); ``line_start`` includes them."""

    kind: BlockKind
    start: int
    end: int
    line_start: int
    style: str | None = None  # heading keyword ("article", "md", "numbered") or marker style
    number: str | None = None
    heading: str | None = None  # a heading's title, e.g. "Mutual assistance"
    after_furniture: bool = False


def marker_of(content: str) -> tuple[str, str, int] | None:
    """(style, number, content offset) of a list marker at the start of ``content``."""
    m = LIST_MARKER.match(content)
    if not m or m.end() >= len(content):
        return None
    for style, value in m.groupdict().items():
        if value is not None:
            return style, value, m.end()
    return None  # pragma: no cover - one group always matches


def _title_like(content: str) -> bool:
    words = content.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and not has_terminal(content, 0, len(content))
        and not _FUNCTION_WORD_END.search(content)
        and (content[0].isupper() or content[0].isdigit() or content[0] in '*"“')
    )


def _heading(content: str) -> tuple[str, str, int] | None:
    """(keyword, number, offset of the rest) when ``content`` opens with a numbered heading."""
    m = HEADING_LINE.match(content)
    if not m:
        return None
    rest = m.group("rest").strip().strip("*").strip()
    shouted = m.group("kw").isupper()  # "ARTICLE 11 prohibition ...": a heading in any case
    if (
        rest
        and not shouted
        and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in '-–—("“*[')
    ):
        return None  # "Article 51 of the Charter ...": a wrapped sentence, not a heading
    keyword = m.group("kw").lower()
    return keyword, m.group("num"), m.start("rest")


def _flat(content: str) -> str:
    """``content`` on one line (same length, so offsets still hold)."""
    return content.replace("\n", " ").replace("\r", " ")


def _split_heading_end(text: str, lines: list[Line], i: int) -> tuple[int, int] | None:
    """(end offset, last line index) of a heading whose keyword stands alone on line ``i``
    and whose number opens the next line ("Section\n1.\n Policy. Over the ..."). The line
    after a bare number is taken in too: it holds the title or the start of the text."""
    line = lines[i]
    if not SPLIT_HEADING_KEYWORD.match(text[line.start : line.end]):
        return None
    k = i + 1
    if k >= len(lines) or lines[k].blank() or lines[k].furniture:
        return None
    number_line = text[lines[k].start : lines[k].end]
    m = SPLIT_HEADING_NUMBER.match(number_line)
    if m is None:
        return None
    if number_line[m.end() :].strip():
        return lines[k].end, k
    j = k + 1
    if j < len(lines) and not lines[j].blank() and not lines[j].furniture:
        follow = text[lines[j].start : lines[j].end]
        if marker_of(follow) is None and _heading(follow) is None:
            return lines[j].end, j
    return lines[k].end, k


def _run_in_title(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(title, offset of the text after it) for "Armed Attack. (a) The United States ..."."""
    m = RUN_IN_TITLE.match(text, start, end)
    if m is None or len(m.group("title")) < 3 or m.group("title").lower() in ABBREVIATIONS:
        return None
    after = m.end()
    while after < end and text[after].isspace():
        after += 1
    return " ".join(m.group("title").split()), after


def build_blocks(text: str, lines: list[Line]) -> list[Block]:
    """Group lines into blocks in document order."""
    blocks: list[Block] = []
    open_block: Block | None = None
    gap_blank = False
    gap_furniture = False
    i = 0
    n = len(lines)

    def close() -> None:
        nonlocal open_block
        if open_block is not None:
            blocks.append(open_block)
            open_block = None

    def next_content(k: int) -> int:
        while k < n and (lines[k].blank() or lines[k].furniture):
            k += 1
        return k

    while i < n:
        line = lines[i]
        if line.furniture:
            gap_furniture = True
            i += 1
            continue
        if line.blank():
            gap_blank = True
            i += 1
            continue
        s, e = line.start, line.end
        content = text[s:e]
        if TABLE_ROW.match(content):
            close()
            gap_blank = True
            i += 1
            continue
        split = _split_heading_end(text, lines, i)
        if split is not None and _heading(_flat(text[s : split[0]])) is not None:
            e, i = split
            content = _flat(text[s:e])
        head = _heading(content)
        if head is not None and open_block is not None and not gap_blank:
            # "... referred to in\nArticle 3. The Parties ...": a wrapped sentence that goes on.
            tail = text[max(open_block.start, open_block.end - 40) : open_block.end]
            letters = [ch for ch in tail if ch.isalpha()]
            shouting = sum(ch.isupper() for ch in letters) * 2 > len(letters)  # a title line
            shouted_keyword = content.split()[0].isupper()  # "ARTICLE 4" after lower case
            if (
                not has_terminal(tail, 0, len(tail))
                and not shouting
                and not shouted_keyword
                and tail[-1:] not in ("*", "#")
            ):
                head = None
        numbered = NUMBERED_HEADING.match(content)
        md = MARKDOWN_HEADING.match(content) or BOLD_LINE.match(content)
        marker = marker_of(content)
        if head is not None:
            close()
            keyword, number, rest_at = head
            rest_start = s + rest_at
            rest = text[rest_start:e].strip().strip("*").strip()
            title: str | None = None
            inline_content = False
            if rest and (run_in := _run_in_title(text, rest_start, e)) is not None:
                title, rest_start = run_in
                inline_content = rest_start < e
            elif rest and _title_like(rest):
                title = rest
            elif rest:
                inline_content = True
                caps = INLINE_CAPS_TITLE.match(text, rest_start, e)
                caps_title = (caps.group("title") or caps.group("word")) if caps else None
                if (
                    caps is not None
                    and caps_title
                    and not has_terminal(caps_title, 0, len(caps_title))
                ):
                    title = caps_title
                    rest_start = caps.end()
            else:
                k = next_content(i + 1)
                cand = text[lines[k].start : lines[k].end] if k < n else ""
                md_title = MARKDOWN_HEADING.match(cand) or BOLD_LINE.match(cand)
                if md_title is not None and _heading(cand) is None:
                    cand = md_title.group("rest").strip().strip("*#").strip()
                if (
                    cand
                    and _title_like(cand)
                    and _heading(cand) is None
                    and marker_of(cand) is None
                ):
                    after = next_content(k + 1)
                    after_text = text[lines[after].start : lines[after].end] if after < n else ""
                    blank_after = k + 1 < n and lines[k + 1].blank()
                    if (
                        blank_after
                        or not after_text
                        or _heading(after_text) is not None
                        or marker_of(after_text) is not None
                        or (len(cand.split()) <= 8 and after_text[0].isupper())
                    ):
                        title = cand.strip("*").strip()
                        i = k
            head_end = rest_start if inline_content else e
            blocks.append(
                Block("heading", s, head_end, s, style=keyword, number=number, heading=title)
            )
            if inline_content:
                inner = marker_of(text[rest_start:e])
                if inner is not None:
                    open_block = Block(
                        "item", rest_start + inner[2], e, rest_start, inner[0], inner[1]
                    )
                else:
                    open_block = Block("text", rest_start, e, rest_start)
        elif md is not None and not has_terminal(content, 0, len(content)) and marker is None:
            close()
            rest = md.group("rest").strip().strip("*#").strip()
            if rest:
                blocks.append(Block("heading", s, e, s, style="md", heading=rest))
        elif (
            numbered is not None
            and _title_like(numbered.group("rest"))
            and (
                not numbered.group("num").isdigit()
                or next_content(i + 1) >= n
                or (i + 1 < n and lines[i + 1].blank())
            )
            and not (open_block is not None and not gap_blank)
        ):
            close()
            blocks.append(
                Block(
                    "heading",
                    s,
                    e,
                    s,
                    style="numbered",
                    number=numbered.group("num"),
                    heading=numbered.group("rest").strip(),
                )
            )
        elif marker is not None:
            close()
            style, number, offset = marker
            open_block = Block(
                "item", s + offset, e, s, style, number, after_furniture=gap_furniture
            )
        else:
            continues = False
            if open_block is not None:
                continues = not gap_blank
                if gap_blank:
                    # Only the tail matters; slicing the whole block would be quadratic.
                    before = text[max(open_block.start, open_block.end - 40) : open_block.end]
                    incomplete = not has_terminal(before, 0, len(before)) and (
                        before[-1].islower() or _FUNCTION_WORD_END.search(before) is not None
                    )
                    continues = incomplete and (gap_furniture or content[0].islower())
            if continues and open_block is not None:
                open_block = Block(
                    open_block.kind,
                    open_block.start,
                    e,
                    open_block.line_start,
                    open_block.style,
                    open_block.number,
                    open_block.heading,
                    open_block.after_furniture,
                )
            else:
                close()
                open_block = Block("text", s, e, s, after_furniture=gap_furniture)
        gap_blank = False
        gap_furniture = False
        i += 1
    close()
    return blocks


def heading_rank(keyword: str) -> int:
    """Nesting rank of a heading keyword (0 = outermost)."""
    return HEADING_KINDS.get(keyword, ("body", 2))[1]
