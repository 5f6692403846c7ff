"""Text, Markdown, JSON and CSV views of a comparison and a diff."""

from __future__ import annotations

import csv
import io
import json
from typing import Literal

from treatylens.compare.diff import Change, Diff
from treatylens.compare.matrix import Cell, Comparison

CompareFormat = Literal["text", "md", "json", "csv"]
DiffFormat = Literal["text", "md", "json"]

_KIND_ORDER = ("weakened", "strengthened", "removed", "added", "unchanged")


def _cell(value: Cell) -> str:
    if value is None:
        return "-"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_comparison(comparison: Comparison, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    headers = ["group", "row"] + [d.name for d in comparison.documents]
    body = [[r.group, r.key] + [_cell(v) for v in r.values] for r in comparison.rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(body)
        return out.getvalue()
    if fmt == "md":
        lines = ["| " + " | ".join(_md_escape(h) for h in headers) + " |"]
        lines.append("|" + "---|" * len(headers))
        lines.extend("| " + " | ".join(_md_escape(c) for c in row) + " |" for row in body)
        return "\n".join(lines) + "\n"
    if fmt == "text":
        return _rich_table(headers, body)
    raise ValueError(f"unknown format {fmt!r}")


def _rich_table(headers: list[str], body: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for h in headers:
        table.add_column(h, overflow="fold")
    previous = None
    for row in body:
        if previous is not None and row[0] != previous:
            table.add_section()
        previous = row[0]
        table.add_row(*row)
    buffer = io.StringIO()
    Console(file=buffer, width=max(100, 28 * len(headers)), force_terminal=False, color_system=None).print(table)
    return buffer.getvalue()


def _aspect_text(change: Change) -> str:
    parts = []
    for a in change.aspects:
        arrow = {1: "+", -1: "-", 0: "~"}[a.direction]
        parts.append(f"{arrow}{a.aspect}: {_cell(a.old)} -> {_cell(a.new)}")
    return "; ".join(parts)


def render_diff(diff: Diff, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt not in ("text", "md"):
        raise ValueError(f"unknown format {fmt!r}")
    md = fmt == "md"
    out: list[str] = []
    h = "## " if md else ""
    out.append(f"{'# ' if md else ''}Diff: {diff.old.name} -> {diff.new.name}")
    out.append("")
    if diff.note:
        out.append(f"Note: {diff.note}.")
    counts = ", ".join(f"{diff.summary[k]} {k}" for k in _KIND_ORDER)
    out.append(f"Commitments: {counts}.")
    if diff.flags_added or diff.flags_removed:
        out.append(
            "Red flags added: "
            + (", ".join(diff.flags_added) or "none")
            + "; removed: "
            + (", ".join(diff.flags_removed) or "none")
            + "."
        )
    for d in diff.document:
        out.append(f"Document {d.aspect}: {_cell(d.old)} -> {_cell(d.new)}.")
    moved = [s for s in diff.scorecard if s.delta]
    if moved:
        out.append("Scorecard: " + ", ".join(f"{s.dimension} {s.old}->{s.new} ({s.delta:+d})" for s in moved) + ".")
    for kind in _KIND_ORDER:
        items = [c for c in diff.changes if c.kind == kind]
        if not items or kind == "unchanged":
            continue
        out.append("")
        out.append(f"{h}{kind.capitalize()} ({len(items)})")
        for c in items:
            where = " / ".join(x for x in (c.old_section, c.new_section) if x) or "-"
            bullet = "- " if md else "  * "
            out.append(f"{bullet}[{', '.join(c.labels)}] {where}" + (f" ({_aspect_text(c)})" if c.aspects else ""))
            if c.old_text:
                out.append(f"    old {c.old_clause_id}: {' '.join(c.old_text.split())}")
            if c.new_text:
                out.append(f"    new {c.new_clause_id}: {' '.join(c.new_text.split())}")
    unchanged = diff.summary["unchanged"]
    if unchanged:
        out.append("")
        out.append(f"{unchanged} commitments unchanged in strength (see --format json for each).")
    return "\n".join(out) + "\n"
