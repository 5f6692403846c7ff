"""The provision tree: articles, paragraphs, points and the blocks around them.

A stack of open provisions is kept while walking the blocks: a heading closes everything of
its rank or deeper; a list marker of a style already open closes back to that level (a sibling),
a new style opens a child. Ids and labels are derived from the numbering, so they are stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from treatylens.codebook.structure import FINAL_HEADING, HEADING_KINDS, HEADING_LABELS
from treatylens.model import Provision, ProvisionKind, Zone

_ID_CHARS = re.compile(r"[^a-z0-9.]+")
_ID_PREFIX = {
    "part": "part",
    "title": "title",
    "chapter": "ch",
    "section": "sec",
    "sec.": "sec",
    "sec": "sec",
    "article": "art",
    "art.": "art",
    "art": "art",
    "point": "pt",
    "annex": "annex",
    "appendix": "annex",
    "schedule": "annex",
    "attachment": "annex",
    "numbered": "sec",
}
_ITEM_KINDS: tuple[ProvisionKind, ...] = ("paragraph", "point", "subpoint")
# Roman numerals that are also letters: after "h" an "(i)" is the ninth letter.
_LETTER_BEFORE = {"i": "h", "v": "u", "x": "w"}
_SECTION_RANK = HEADING_KINDS["section"][1]
# Marker styles whose repeated number ("1." again and again) is auto-numbering.
_COUNTED_STYLES = frozenset({"num", "pnum"})
_ROMAN = re.compile(r"^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$")


@dataclass
class _Open:
    id: str
    kind: ProvisionKind
    number: str | None
    heading: str | None
    label: str
    start: int
    end: int
    parent: str | None
    rank: int  # heading rank, or 10 + depth for list items
    style: str | None = None  # marker style for list items
    zone: Zone = "body"
    written_number: str | None = None  # the marker as written, before auto-numbering is undone


@dataclass
class ProvisionTree:
    """Mutable while walking; ``provisions()`` freezes it in document order."""

    stack: list[_Open] = field(default_factory=list)
    done: list[_Open] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)
    bullet_counts: dict[str | None, int] = field(default_factory=dict)

    def _unique(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.used_ids:
            n += 1
            candidate = f"{base}-{n}"
        self.used_ids.add(candidate)
        return candidate

    def add_fixed(self, pid: str, kind: ProvisionKind, label: str, start: int, end: int) -> str:
        """A provision outside the tree: title, preamble, signature block."""
        node = _Open(self._unique(pid), kind, None, None, label, start, end, None, -1)
        self.done.append(node)
        return node.id

    def current(self) -> _Open | None:
        return self.stack[-1] if self.stack else None

    def depth(self) -> int:
        return len(self.stack)

    def extend_to(self, end: int) -> None:
        for node in self.stack:
            node.end = max(node.end, end)

    def heading(
        self, keyword: str, number: str | None, title: str | None, start: int, end: int
    ) -> _Open:
        kind_name, rank = HEADING_KINDS.get(keyword, ("body", 1))
        if keyword == "numbered":
            rank = 1
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()
        parent = self.current()
        name = HEADING_LABELS.get(keyword, "Section")
        num = number or ""
        label = f"{name} {num}".strip()
        base = f"p-{_ID_PREFIX.get(keyword, 'sec')}-{_ID_CHARS.sub('-', num.lower()).strip('-')}"
        kind: ProvisionKind = "article" if kind_name == "article" else kind_name  # type: ignore[assignment]
        zone: Zone = parent.zone if parent else "body"
        if kind == "annex":
            zone = "annex"
        elif title and FINAL_HEADING.search(title):
            zone, kind = "final", "final"
        node = _Open(
            self._unique(base.rstrip("-")),
            kind,
            number,
            title,
            label,
            start,
            end,
            parent.id if parent else None,
            rank,
            zone=zone,
        )
        self.stack.append(node)
        self.done.append(node)
        return node

    def item(self, style: str, number: str, start: int, end: int) -> _Open:
        style = self._resolve_style(style, number)
        level = next(
            (i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].style == style), None
        )
        written = number
        if level is not None:
            sibling = self.stack[level]
            if (
                style in _COUNTED_STYLES
                and sibling.written_number == number
                and sibling.number is not None
                and sibling.number.isdigit()
            ):
                # Markdown auto-numbering writes "1." for every item: count them instead.
                number = str(int(sibling.number) + 1)
            del self.stack[level:]
        parent = self.current()
        if style == "bullet":
            key = parent.id if parent else None
            self.bullet_counts[key] = self.bullet_counts.get(key, 0) + 1
            number = str(self.bullet_counts[key])
        items_above = sum(1 for n in self.stack if n.style is not None)
        kind = _ITEM_KINDS[min(items_above, len(_ITEM_KINDS) - 1)]
        if parent is None or (
            parent.kind in ("body", "final")
            and parent.style is None
            # Items right under a section ("Sec. 2. (a) ...") are "Section 2(a)"; numbered
            # points under a part, chapter or a "1.1" scheme are points of their own.
            and (
                parent.rank < _SECTION_RANK or (parent.rank == _SECTION_RANK and style == "dotnum")
            )
        ):
            label = f"Point {number}"
            base = f"p-pt-{_ID_CHARS.sub('-', number.lower())}"
        elif parent.kind == "annex":
            label = f"{parent.label}, {number}"
            base = f"{parent.id}-{_ID_CHARS.sub('-', number.lower())}"
        else:
            label = (
                f"{parent.label}({number})"
                if style != "bullet"
                else f"{parent.label}, item {number}"
            )
            base = f"{parent.id}-{_ID_CHARS.sub('-', number.lower())}"
        zone: Zone = parent.zone if parent else "body"
        rank = 10 + items_above
        node = _Open(
            self._unique(base.rstrip("-.")),
            kind,
            number,
            None,
            label,
            start,
            end,
            parent.id if parent else None,
            rank,
            style=style,
            zone=zone,
            written_number=written,
        )
        self.stack.append(node)
        self.done.append(node)
        return node

    def _resolve_style(self, style: str, number: str) -> str:
        """Tell "(i)" the roman numeral from "(i)" the ninth letter (it follows "(h)")."""
        if style not in ("alpha", "palpha", "roman", "proman"):
            return style
        paren = style.startswith("p")
        alpha, roman = ("palpha", "proman") if paren else ("alpha", "roman")
        if not _ROMAN.match(number):
            return alpha
        for node in reversed(self.stack):
            if node.style == alpha and node.number == _LETTER_BEFORE.get(number):
                return alpha
            if node.style == roman:
                return roman
        if number in ("i", "v", "x") and any(node.style == alpha for node in self.stack):
            return roman  # a first "(i)" below an open lettered list starts a sub-list
        return roman if number != "v" and number != "x" else alpha

    def close_items(self) -> None:
        while self.stack and self.stack[-1].style is not None:
            self.stack.pop()

    def close_all(self) -> None:
        self.stack.clear()

    def provisions(self) -> list[_Open]:
        return sorted(self.done, key=lambda n: (n.start, n.rank))


def freeze(node: _Open, start: int, end: int) -> Provision:
    return Provision(
        id=node.id,
        kind=node.kind,
        number=node.number,
        heading=node.heading,
        label=node.label,
        start=start,
        end=end,
        parent=node.parent,
    )


def zone_of(provision_id: str | None, by_id: dict[str, Provision], is_news: bool) -> Zone:
    """The zone of a clause in ``provision_id``: the nearest preamble/annex/final ancestor."""
    if is_news:
        return "news"
    pid = provision_id
    while pid is not None and pid in by_id:
        p = by_id[pid]
        if p.kind == "preamble":
            return "preamble"
        if p.kind == "annex":
            return "annex"
        if p.kind == "final":
            return "final"
        pid = p.parent
    return "body"
