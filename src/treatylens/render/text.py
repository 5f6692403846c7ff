"""The profile for a terminal: red flags first, then the scorecard, the duties grouped by party,
historical analogues when present, and the labelled clauses. Colour only when asked (a TTY);
plain text otherwise, wrapped at a fixed width so output is stable."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from treatylens.model import Profile
from treatylens.render.outline import (
    analogue_line,
    clause_terms,
    duties_by_party,
    headline,
    human,
    labelled_clauses,
    section_of,
    shorten,
)

#: Width of plain output (tests and pipes); a TTY uses its own width.
DEFAULT_WIDTH = 100
BAR_CELLS = 20
#: Bars at or above these scores are green, then yellow; below, red.
STRONG_SCORE = 67
MIDDLING_SCORE = 34


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def _bar(score: int, color: bool) -> Text:
    filled = round(score * BAR_CELLS / 100)
    full, empty = ("\u2588", "\u2591") if color else ("#", ".")
    style = "green" if score >= STRONG_SCORE else "yellow" if score >= MIDDLING_SCORE else "red"
    return Text(full * filled, style=style) + Text(empty * (BAR_CELLS - filled), style="dim")


def _header(profile: Profile) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for field, value in headline(profile):
        table.add_row(field, value)
    return Group(Text("treatylens profile", style="bold"), table)


def _flags(profile: Profile) -> list[RenderableType]:
    out: list[RenderableType] = [_heading(f"Red flags ({len(profile.red_flags)})")]
    if not profile.red_flags:
        out.append(Text("None raised.", style="green"))
    table = _hanging()
    for flag in profile.red_flags:
        line = Text(human(flag.flag), style="bold red") + Text(f": {flag.explanation}")
        if flag.clause_ids:
            cited = ", ".join(section_of(profile, cid) for cid in flag.clause_ids)
            line += Text(f" Clauses: {cited}.", style="dim")
        table.add_row(Text("!", style="bold red"), line)
    if profile.red_flags:
        out.append(table)
    return out


def _hanging(indent: int = 0) -> Table:
    """A two-column grid: a marker, then text that wraps under itself (a hanging indent)."""
    table = Table.grid(padding=(0, 1), pad_edge=False)
    table.add_column(no_wrap=True, min_width=1 + indent, justify="right")
    table.add_column()
    return table


def _scorecard(profile: Profile, color: bool) -> list[RenderableType]:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, min_width=13)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True, min_width=3)
    table.add_column()
    for name, dim in profile.scorecard.items():
        table.add_row(name, _bar(dim.score, color), str(dim.score), dim.explanation)
    return [_heading("Scorecard (0-100, descriptive, not a probability)"), table]


def _duties(profile: Profile) -> list[RenderableType]:
    groups = duties_by_party(profile)
    out: list[RenderableType] = [_heading("Duties by party")]
    if not groups:
        out.append(Text("No commitment found."))
    for group in groups:
        roles = f" ({', '.join(group.roles)})" if group.roles else ""
        out.append(Text(f"{group.party}{roles}", style="bold"))
        table = _hanging(indent=2)
        for duty in group.duties:
            where = duty.clause.section or duty.clause.id
            line = Text(duty.label, style="cyan") + Text(f" to {duty.to} ({where})")
            if duty.terms:
                line += Text(f": {duty.terms}", style="dim")
            line += Text("\n\u201c" + shorten(duty.clause.text) + "\u201d", style="italic")
            table.add_row("-", line)
        out.append(table)
    return out


def _analogues(profile: Profile) -> list[RenderableType]:
    if profile.analogues is None:
        return []
    table = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
    for column in ("case", "similarity", "outcome", "shared", "differs"):
        table.add_column(column)
    for analogue in profile.analogues:
        table.add_row(*analogue_line(analogue))
    return [_heading("Historical analogues"), table if profile.analogues else Text("None found.")]


def _clauses(profile: Profile) -> list[RenderableType]:
    clauses = labelled_clauses(profile)
    out: list[RenderableType] = [
        _heading(f"Clauses ({len(clauses)} labelled of {len(profile.clauses)})")
    ]
    for clause in clauses:
        where = f"{clause.section} " if clause.section else ""
        line = Text(f"[{clause.id}] {where}", style="bold") + Text(
            ", ".join(human(x) for x in clause.labels), style="cyan"
        )
        terms = clause_terms(clause)
        if terms:
            line += Text(f" - {terms}", style="dim")
        line += Text(f"  @{clause.start}-{clause.end}", style="dim")
        out.append(line)
        out.append(Padding(Text(" ".join(clause.text.split())), (0, 0, 0, 4)))
    return out


def render_text(profile: Profile, *, color: bool = False, width: int = DEFAULT_WIDTH) -> str:
    """The profile as terminal text; ``color`` adds ANSI styles (use it for a TTY only)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    parts: list[RenderableType] = [
        _header(profile),
        *_flags(profile),
        *_scorecard(profile, color),
        *_duties(profile),
        *_analogues(profile),
        *_clauses(profile),
    ]
    for part in parts:
        console.print(part)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
