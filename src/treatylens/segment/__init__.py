"""Stage 2: find the provisions and clauses of a document.

``segment`` works on the normalised view (soft line breaks, page furniture and hyphenation
already dealt with, or tolerated when they are not) and maps every span back to source
offsets, so ``source.text[c.start:c.end] == c.text`` for every clause. See
``docs/segmentation.md`` for the conventions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from treatylens.codebook.structure import (
    BARE_STEM,
    BARE_STEM_MAX_WORDS,
    COMMITMENT_VERB,
    FINITE_VERB,
    INLINE_TESTIMONIUM,
    LOWERCASE_GLUED_HEADING,
    LOWERCASE_TRAILING_MARKER,
    MAX_CAPS_NAME_WORDS,
    MAX_NAME_LINE_WORDS,
    OPENING_NARRATIVE,
    PARTY_STEM,
    PLACE_DATE_LINE,
    SIGNATURE_LINE,
    TESTIMONIUM,
)
from treatylens.model import ClauseSpan, NormalisedText, Provision, Segmentation, SourceText, Zone
from treatylens.segment.headings import Block, build_blocks
from treatylens.segment.lines import split_lines
from treatylens.segment.news import dateline_end, is_byline, is_news
from treatylens.segment.provisions import ProvisionTree, freeze, zone_of
from treatylens.segment.sentences import has_terminal, sentence_spans, trim
from treatylens.segment.zones import find_front_matter, preamble_units

__all__ = ["segment", "with_spans"]

# A text without terminal punctuation and at most this many words is a name, date or label.
_MAX_STRAY_WORDS = 4
# A one-line paragraph of at most this many words without end punctuation is a heading.
_MAX_HEADING_WORDS = 10
# Fewer than one capital in this many letters: a lower-cased text (sentences start in lower case).
_LOWERCASE_RATIO = 67


@dataclass
class _Draft:
    """A clause before ids are given: normalised span and where it sits."""

    start: int
    end: int
    provision_id: str | None
    section: str
    zone: Zone
    operative: bool
    lead_in: bool = False
    parent: int | None = None  # index of the chapeau draft


@dataclass
class _Walk:
    text: str
    lowercase: bool
    tree: ProvisionTree = field(default_factory=ProvisionTree)
    drafts: list[_Draft] = field(default_factory=list)
    chapeau: tuple[int, int | None] | None = None  # (stack depth, draft index or None)
    signature_from: int | None = None
    default: tuple[str, str] | None = None  # (provision id, label) for text outside any provision


def _is_lowercase_text(text: str) -> bool:
    letters = upper = 0
    for ch in text[:20000]:
        if ch.isalpha():
            letters += 1
            upper += ch.isupper()
    return letters > 200 and upper * _LOWERCASE_RATIO < letters


def _is_stray(text: str, start: int, end: int, alone: bool) -> bool:
    """Names, dates, labels, signature lines and unnumbered headings: no terminal punctuation
    and few words, capitals only, or (``alone``: a one-line paragraph) a short title."""
    content = text[start:end]
    if not any(ch.isalpha() for ch in content):
        return True
    flat = " ".join(content.split())
    if PLACE_DATE_LINE.match(flat):
        return True
    words = len(content.split())
    if has_terminal(content, 0, len(content)):
        # "THE WHITE HOUSE,": an office or place in capitals, no verb. (Stops at the first
        # letter that is not a capital: most sentences are decided by their second letter.)
        return (
            not any(ch.isalpha() and not ch.isupper() for ch in content)
            and words <= MAX_CAPS_NAME_WORDS
            and not FINITE_VERB.search(content)
        )
    letters = [ch for ch in content if ch.isalpha()]
    capitals = sum(1 for ch in letters if ch.isupper())
    lines = content.split("\n")
    return (
        words <= _MAX_STRAY_WORDS
        or capitals * 10 >= len(letters) * 7
        or (alone and "\n" not in content and words <= _MAX_HEADING_WORDS)
        or bool(SIGNATURE_LINE.match(content))
        or (content.startswith("[") and content.endswith("]"))
        or (
            len(lines) > 1
            and all(
                line.strip()[:1].isupper() and len(line.split()) <= MAX_NAME_LINE_WORDS
                for line in lines
            )
        )
    )


def _is_bare_stem(text: str, start: int, end: int, in_item: bool) -> bool:
    """A stem that only introduces its items. A list item takes its subject from its own
    chapeau, so only a pure formula ("For the purposes of this Treaty:") is bare there."""
    content = text[start:end]
    if BARE_STEM.match(content) or PARTY_STEM.match(content):
        return True
    if in_item:
        return False
    return not FINITE_VERB.search(content) and len(content.split()) <= BARE_STEM_MAX_WORDS


def _emit_block(walk: _Walk, block: Block, next_block: Block | None, zone_news: bool) -> None:
    text = walk.text
    tree = walk.tree
    node = tree.current()
    start = block.start
    if zone_news:
        start = dateline_end(text, start, block.end)
    spans = sentence_spans(text, start, block.end, lowercase_starts=walk.lowercase)
    depth = tree.depth()
    if walk.chapeau is not None and (block.kind != "item" or depth <= walk.chapeau[0]):
        walk.chapeau = None
    parent = walk.chapeau[1] if walk.chapeau is not None and block.kind == "item" else None
    for index, (s, e) in enumerate(spans):
        ts, te = trim(text, s, e)
        if te <= ts:
            continue
        if walk.signature_from is None and not zone_news and TESTIMONIUM.match(text[ts:te]):
            walk.signature_from = ts
        if walk.signature_from is not None:
            return
        inline = None if zone_news else INLINE_TESTIMONIUM.search(text, ts, te)
        if inline is not None:
            walk.signature_from = inline.end()
            te = inline.start()
        alone = (
            len(spans) == 1
            and block.kind == "text"
            and not (next_block and next_block.kind == "item")
        )
        if walk.lowercase and (marker := LOWERCASE_TRAILING_MARKER.search(text, ts, te)):
            te = marker.start()
        if _is_stray(text, ts, te, alone) or (
            walk.lowercase and LOWERCASE_GLUED_HEADING.match(text, ts, te)
        ):
            continue
        last = index == len(spans) - 1
        lead_in = (
            last
            and next_block is not None
            and not zone_news
            and (
                text[te - 1] == ":"
                or (next_block.kind == "item" and not has_terminal(text, ts, te))
            )
        )
        if lead_in:
            if _is_bare_stem(text, ts, te, block.kind == "item"):
                walk.chapeau = (depth, None)
                continue
            walk.chapeau = (depth, len(walk.drafts))
        zone: Zone = "news" if zone_news else (node.zone if node else "body")
        if node is not None:
            pid, label = node.id, node.label
        elif walk.default is not None:
            pid, label = walk.default
        else:
            pid, label = None, "Text"
        walk.drafts.append(_Draft(ts, te, pid, label, zone, True, lead_in=lead_in, parent=parent))


def segment(view: NormalisedText, source: SourceText) -> Segmentation:
    """Provisions and clause spans of ``source``, found on its normalised ``view``."""
    text = view.text
    blocks = build_blocks(text, split_lines(text))
    walk = _Walk(text=text, lowercase=_is_lowercase_text(text))
    tree = walk.tree
    news = is_news(text, blocks)
    front = find_front_matter(text, blocks)
    title: str | None = None
    if front.title_blocks:
        first, last = blocks[0], blocks[front.title_blocks - 1]
        title_text = " ".join(text[first.start : last.end].split()).strip("#* ")
        title = title_text or None
        tree.add_fixed("p-title", "title", "Title", first.line_start, last.end)
    if not news:
        units = preamble_units(text, blocks, front, walk.lowercase)
        if units:
            pid = tree.add_fixed("p-preamble", "preamble", "Preamble", units[0][0], units[-1][1])
            for s, e in units:
                walk.drafts.append(_Draft(s, e, pid, "Preamble", "preamble", False))
    body_start = front.body_start
    if news or not any(b.kind == "heading" and b.style != "md" for b in blocks[body_start:]):
        # Unstructured text (a declaration in prose, a report): one body provision holds it.
        label = "Report" if news else "Text"
        start = blocks[body_start].line_start if body_start < len(blocks) else 0
        walk.default = (
            tree.add_fixed("p-report" if news else "p-text", "body", label, start, len(text)),
            label,
        )
    if front.enacting is not None and front.enacting_block is not None:
        # Text after the enacting formula in the same block (one-paragraph documents).
        host = blocks[front.enacting_block]
        if host.kind != "heading" and front.enacting[1] < host.end:
            rest = Block("text", front.enacting[1], host.end, front.enacting[1])
            following = blocks[body_start] if body_start < len(blocks) else None
            _emit_block(walk, rest, following, news)
    for index in range(body_start, len(blocks)):
        block = blocks[index]
        next_block = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind == "heading":
            if block.style == "md":
                continue
            if walk.signature_from is not None and block.style not in (
                "annex",
                "appendix",
                "schedule",
                "attachment",
            ):
                continue
            walk.signature_from = None
            walk.chapeau = None
            tree.heading(
                block.style or "section", block.number, block.heading, block.line_start, block.end
            )
            continue
        if walk.signature_from is not None:
            continue
        if news and is_byline(text, block):
            continue
        if block.kind == "item" and block.style is not None and block.number is not None:
            tree.item(block.style, block.number, block.line_start, block.end)
        elif block.kind == "text":
            tree.close_items()
        tree.extend_to(block.end)
        _emit_block(walk, block, next_block, news)
    if walk.signature_from is not None:
        tree.add_fixed("p-signature", "signature", "Signature", walk.signature_from, len(text))
    if walk.default is not None and not news:
        _mark_opening_narrative(text, walk.drafts)
    return _finish(view, source, walk, title, news)


def _mark_opening_narrative(text: str, drafts: list[_Draft]) -> None:
    """A declaration in prose that opens by telling of the meeting ("We, the leaders of ...,
    met in Manila today ..."): that first sentence is framing, kept as a non-operative clause."""
    first = min((d for d in drafts if d.zone != "preamble"), key=lambda d: d.start, default=None)
    if first is None or any(d.zone == "preamble" for d in drafts):
        return
    content = text[first.start : first.end]
    if OPENING_NARRATIVE.search(content) and not COMMITMENT_VERB.search(content):
        first.operative = False


def _finish(
    view: NormalisedText, source: SourceText, walk: _Walk, title: str | None, news: bool
) -> Segmentation:
    provisions: list[Provision] = []
    for node in walk.tree.provisions():
        s, e = view.source_span(node.start, max(node.start, node.end))
        provisions.append(freeze(node, s, e))
    by_id = {p.id: p for p in provisions}
    drafts = sorted(walk.drafts, key=lambda d: d.start)
    order = {id(d): i for i, d in enumerate(drafts)}
    original = list(walk.drafts)
    clauses: list[ClauseSpan] = []
    for i, d in enumerate(drafts):
        s, e = view.source_span(d.start, d.end)
        parent_id = None
        if d.parent is not None:
            parent_id = f"c{order[id(original[d.parent])] + 1:04d}"
        zone = (
            "news"
            if news
            else (d.zone if d.zone == "preamble" else zone_of(d.provision_id, by_id, news))
        )
        clauses.append(
            ClauseSpan(
                id=f"c{i + 1:04d}",
                start=s,
                end=e,
                text=source.text[s:e],
                section=d.section,
                provision_id=d.provision_id,
                zone=zone,
                operative=d.operative and zone != "preamble",
                lead_in=d.lead_in,
                parent_id=parent_id,
            )
        )
    return Segmentation(
        title=title, provisions=tuple(provisions), clauses=tuple(clauses), is_news=news
    )


def _innermost(provisions: tuple[Provision, ...], start: int, end: int) -> Provision | None:
    best: Provision | None = None
    for p in provisions:
        if p.kind in ("title", "signature"):
            continue
        if p.start <= start < max(p.end, p.start + 1) and (
            best is None or p.end - p.start <= best.end - best.start
        ):
            best = p
    return best


def with_spans(
    segmentation: Segmentation, source: SourceText, spans: list[tuple[int, int, bool]]
) -> Segmentation:
    """Rebuild the clause list on given ``(start, end, operative)`` source spans.

    Section, provision, zone, lead-in and chapeau link come from the segmentation's provisions.
    """
    by_id = {p.id: p for p in segmentation.provisions}
    clauses: list[ClauseSpan] = []
    open_chapeaus: dict[str, str] = {}  # provision id -> clause id of its chapeau
    for i, (s, e, operative) in enumerate(sorted(spans)):
        cid = f"c{i + 1:04d}"
        text = source.text[s:e]
        provision = _innermost(segmentation.provisions, s, e)
        pid = provision.id if provision else None
        zone: Zone = zone_of(pid, by_id, segmentation.is_news)
        if not operative and zone != "news":
            zone = "preamble" if provision is None or provision.kind == "preamble" else zone
        parent_id = None
        ancestor = provision.parent if provision else None
        while ancestor is not None and parent_id is None:
            parent_id = open_chapeaus.get(ancestor)
            ancestor = by_id[ancestor].parent if ancestor in by_id else None
        lead_in = text.rstrip().endswith(":")
        if lead_in and pid is not None:
            open_chapeaus[pid] = cid
        clauses.append(
            ClauseSpan(
                id=cid,
                start=s,
                end=e,
                text=text,
                section=provision.label if provision else ("Preamble" if not operative else "Text"),
                provision_id=pid,
                zone=zone,
                operative=operative,
                lead_in=lead_in,
                parent_id=parent_id,
            )
        )
    return Segmentation(
        title=segmentation.title,
        provisions=segmentation.provisions,
        clauses=tuple(clauses),
        is_news=segmentation.is_news,
    )
