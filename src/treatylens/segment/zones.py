"""Front matter: title, party designation, preambular items and the enacting formula.

Treaties: everything before the enacting formula ("Have agreed as follows:") is preamble;
only its recitals ("Recalling ...,") are clauses. When a preamble has no participle recitals
(the North Atlantic Treaty's "The Parties to this Treaty reaffirm ..."), its full sentences are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from treatylens.codebook.structure import (
    ENACTING_FORMULA,
    NOT_PREAMBLE_OPENERS,
    PARTY_DESIGNATION,
    PARTY_STEM,
    PLENIPOTENTIARIES,
    PREAMBLE_HEADING,
    PREAMBLE_OPENERS,
    PREAMBLE_PHRASE_OPENER,
    RECITAL_MAX_CAPITALISED_TENTHS,
    RECITAL_MIN_WORDS,
    SIGNATURE_LINE,
    TESTIMONIUM,
)
from treatylens.segment.headings import Block
from treatylens.segment.sentences import has_terminal, sentence_spans, trim

_FIRST_WORD = re.compile(r"[\W_]*(?P<word>[A-Za-z][a-z]+|[A-Z]+\b|[a-z]+)")
_UNIT_BREAK = re.compile(r"[,;:]\s*(?:and\s+)?(?=[\"“]?[A-Z][a-z]+)")
_UNIT_BREAK_LOWER = re.compile(r"[,;:]\s*(?=[a-z]{3,})")
# A semicolon before a capitalised word always starts a new preambular item.
_SEMICOLON_BREAK = re.compile(r";\s*(?:and\s+)?(?=[\"“]?[A-Z][a-z]+)")
# Infinitive items laid out one per line under a shared opener ("DETERMINED\nto save ..., and
# \nto reaffirm ..."): each line is its own item.
_INFINITIVE_LINE_BREAK = re.compile(
    r"(?:(?<=[,;])|(?<=[,;]\sand)|(?<=[,;]\sor)|(?<=[A-Z]))[ \t]*\n(?=\s*to\s+[a-z])"
)
_MAX_TITLE_CHARS = 400
# Without article structure an enacting formula is only looked for this many blocks in.
_DECLARATION_FORMULA_WINDOW = 2
_BODY_HEADINGS = frozenset(
    {
        "article",
        "art.",
        "art",
        "section",
        "sec.",
        "sec",
        "part",
        "chapter",
        "point",
        "title",
        "numbered",
    }
)


@dataclass(frozen=True)
class FrontMatter:
    title_blocks: int  # leading blocks that form the title
    preamble_end: int  # block index where the preamble region ends (exclusive)
    enacting: tuple[int, int] | None  # normalised span of the enacting formula sentence
    enacting_block: int | None
    body_start: int  # first block of the body


def is_preamble_opener(text: str, start: int, end: int, lowercase: bool) -> bool:
    """Does ``text[start:end]`` open like a recital ("Recalling", "Mindful", "Having regard")?"""
    m = _FIRST_WORD.match(text, start, end)
    if not m:
        return False
    word = m.group("word")
    if not lowercase and not word[0].isupper():
        return False
    low = word.lower()
    if low in NOT_PREAMBLE_OPENERS:
        return False
    if low in PREAMBLE_OPENERS:
        return True
    if PREAMBLE_PHRASE_OPENER.match(text, start, end):
        return True
    return len(low) > 4 and (low.endswith("ing") or low.endswith("ed"))


def _is_listed_recital(text: str, start: int, end: int) -> bool:
    """An item of the preamble ending in "," or ";" whose first word is no known opener
    ("Bound by ties of neighbourliness ...,", "to save succeeding generations ..., and").
    Lists of parties and heads of state end the same way; they are mostly capitalised names."""
    if text[end - 1] not in ",;":
        return False
    content = text[start:end]
    if PARTY_STEM.match(content) or PARTY_DESIGNATION.search(content):
        return False
    words = content.split()
    if len(words) < RECITAL_MIN_WORDS:
        return False
    capitalised = sum(1 for w in words[1:] if w[:1].isupper())
    return capitalised * 10 <= (len(words) - 1) * RECITAL_MAX_CAPITALISED_TENTHS


def _title_blocks(text: str, blocks: list[Block]) -> int:
    for index, block in enumerate(blocks[:2]):
        if block.kind == "heading" and block.style == "md":
            if block.heading and PREAMBLE_HEADING.match(block.heading):
                return 0  # "**Preamble**" opens the preamble; it is not a title
            return index + 1
        if block.kind != "text":
            return 0
        content = text[block.start : block.end]
        if (
            len(content) <= _MAX_TITLE_CHARS
            and not has_terminal(content, 0, len(content))
            and not SIGNATURE_LINE.match(content)
            and index + 1 < len(blocks)  # a title has a text after it; the last lines sign it
        ):
            return index + 1
    return 0


def find_front_matter(text: str, blocks: list[Block]) -> FrontMatter:
    title_blocks = _title_blocks(text, blocks)
    body_start = next(
        (
            i
            for i, b in enumerate(blocks)
            if i >= title_blocks and b.kind == "heading" and b.style in _BODY_HEADINGS
        ),
        None,
    )
    structured = body_start is not None
    first_item = next((i for i, b in enumerate(blocks) if b.kind == "item"), None)
    if body_start is None and first_item is not None:
        body_start = first_item
    if body_start is None:
        window_end = min(len(blocks), title_blocks + _DECLARATION_FORMULA_WINDOW)
    else:
        window_end = body_start
    enacting: tuple[int, int] | None = None
    enacting_block: int | None = None
    for index in range(window_end - 1, title_blocks - 1, -1):
        block = blocks[index]
        if block.kind == "heading":
            continue
        matches = list(ENACTING_FORMULA.finditer(text, block.start, block.end))
        if not matches:
            continue
        m = matches[-1]
        # "Resolved to settle ..., Have agreed as follows:": the formula is the latest verb
        # from which the pattern still matches, not the recital verb that starts the match.
        later = ENACTING_FORMULA.search(text, m.start() + 1, m.end())
        while later is not None:
            m = later
            later = ENACTING_FORMULA.search(text, m.start() + 1, m.end())
        for s, e in sentence_spans(text, block.start, block.end):
            if s <= m.start() < e:
                # The formula starts after the last recital that shares its sentence.
                cut = max(text.rfind(";", s, m.start()), text.rfind(",", s, m.start()))
                begin = cut + 1 if cut >= 0 else s
                # "..., and adopted the following": the formula keeps its own subject.
                enacting = trim(text, begin, m.end())
                break
        enacting_block = index
        break
    if enacting_block is not None:
        preamble_end = enacting_block + 1
        body = enacting_block + 1
    elif body_start is not None and structured:
        preamble_end = body_start
        body = body_start
    else:
        preamble_end = title_blocks
        body = title_blocks
    return FrontMatter(title_blocks, preamble_end, enacting, enacting_block, body)


def preamble_units(
    text: str, blocks: list[Block], front: FrontMatter, lowercase: bool
) -> list[tuple[int, int]]:
    """The recitals of the preamble region, as trimmed normalised spans."""
    openers: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    for index in range(front.title_blocks, front.preamble_end):
        block = blocks[index]
        if block.kind == "heading":
            continue
        end = block.end
        if index == front.enacting_block and front.enacting is not None:
            end = front.enacting[0]
        plenipotentiaries = PLENIPOTENTIARIES.search(text, block.start, end)
        if plenipotentiaries is not None:
            end = plenipotentiaries.start()  # the names that follow are no recitals
        for s, e in sentence_spans(text, block.start, end, lowercase_starts=lowercase):
            if TESTIMONIUM.match(text[s:e]):
                continue
            breaks = {
                m.start(): m.end()
                for m in (_UNIT_BREAK_LOWER if lowercase else _UNIT_BREAK).finditer(text, s, e)
                if is_preamble_opener(text, m.end(), e, lowercase)
            }
            if not lowercase:
                breaks.update({m.start(): m.end() for m in _SEMICOLON_BREAK.finditer(text, s, e)})
                breaks.update(
                    {m.start(): m.end() for m in _INFINITIVE_LINE_BREAK.finditer(text, s, e)}
                )
            pieces: list[tuple[int, int]] = []
            prev = s
            for cut in sorted(breaks):
                pieces.append((prev, cut + 1))
                prev = breaks[cut]
            pieces.append((prev, e))
            for ps, pe in pieces:
                ts, te = trim(text, ps, pe)
                if te <= ts:
                    continue
                if is_preamble_opener(text, ts, te, lowercase) and has_terminal(text, ts, te):
                    openers.append((ts, te))
                elif (
                    not lowercase
                    # The words that lead into the formula in its own sentence ("By the
                    # authority vested in me ..., it is hereby ordered:") are framing.
                    and not (index == front.enacting_block and pe >= end)
                    and _is_listed_recital(text, ts, te)
                ):
                    listed.append((ts, te))
                elif text[te - 1] in ".!?" and not lowercase:
                    sentences.append((ts, te))
        if plenipotentiaries is not None:
            break
    if openers or listed:
        return sorted(openers + listed)
    return sentences
