"""The profile as Markdown (for reports, issues, notebooks): the same order as the terminal
view -- red flags, scorecard, duties by party, analogues when present, labelled clauses."""

from __future__ import annotations

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


def _cell(value: str) -> str:
    """Safe inside a table cell: no pipes, no line breaks."""
    return " ".join(value.split()).replace("|", "\\|")


def _quote(text: str) -> str:
    return " ".join(text.split()).replace("*", "\\*").replace("_", "\\_")


def render_markdown(profile: Profile) -> str:
    title = profile.document.title or profile.source.name
    lines = [f"# treatylens profile: {_cell(title)}", ""]
    for field, value in headline(profile):
        lines.append(f"- **{field}:** {_cell(value)}")

    lines += ["", f"## Red flags ({len(profile.red_flags)})", ""]
    if not profile.red_flags:
        lines.append("None raised.")
    for flag in profile.red_flags:
        cited = ", ".join(section_of(profile, cid) for cid in flag.clause_ids)
        lines.append(
            f"- **{human(flag.flag)}**: {_quote(flag.explanation)}"
            + (f" *Clauses: {cited}.*" if cited else "")
        )

    lines += [
        "",
        "## Scorecard",
        "",
        "Each dimension runs 0-100. The scorecard is descriptive, not a probability.",
        "",
    ]
    lines += ["| dimension | score | why |", "|---|---:|---|"]
    for name, dim in profile.scorecard.items():
        lines.append(f"| {name} | {dim.score} | {_cell(dim.explanation)} |")

    lines += ["", "## Duties by party", ""]
    groups = duties_by_party(profile)
    if not groups:
        lines.append("No commitment found.")
    for group in groups:
        roles = f" ({', '.join(group.roles)})" if group.roles else ""
        lines += [f"### {_cell(group.party)}{roles}", ""]
        for duty in group.duties:
            where = duty.clause.section or duty.clause.id
            terms = f": {duty.terms}" if duty.terms else ""
            lines.append(f"- **{duty.label}** to {_cell(duty.to)} ({_cell(where)}){terms}")
            lines.append(f"  > {_quote(shorten(duty.clause.text))}")
        lines.append("")

    if profile.analogues is not None:
        lines += ["## Historical analogues", ""]
        if not profile.analogues:
            lines.append("None found.")
        else:
            lines += [
                "| case | similarity | outcome | shared | differs |",
                "|---|---:|---|---|---|",
            ]
            for analogue in profile.analogues:
                lines.append("| " + " | ".join(_cell(v) for v in analogue_line(analogue)) + " |")
        lines.append("")

    clauses = labelled_clauses(profile)
    lines += [f"## Clauses ({len(clauses)} labelled of {len(profile.clauses)})", ""]
    for clause in clauses:
        where = f" {_cell(clause.section)}" if clause.section else ""
        terms = clause_terms(clause)
        lines.append(
            f"- `{clause.id}`{where} [{clause.start}-{clause.end}]: **{', '.join(human(x) for x in clause.labels)}**"
            + (f" ({terms})" if terms else "")
        )
        lines.append(f"  > {_quote(clause.text)}")
    return "\n".join(lines).rstrip() + "\n"
