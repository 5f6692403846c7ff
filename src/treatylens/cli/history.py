"""``treatylens analogues``, ``assess`` (what-if proposals) and ``calibrate``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from treatylens.cli.options import adversary_option

FORMATS = click.Choice(["text", "md", "json"])


def _profile_report(profile: Any, explanation: list[dict[str, Any]] | None, fmt: str) -> str:
    from treatylens.history.calibration import flag_rates, method_note
    from treatylens.history.render import dumps, report_text

    note = method_note()
    rates = flag_rates([f.flag for f in profile.red_flags])
    if fmt == "json":
        data = profile.to_dict()
        data["flag_rates"] = rates
        if explanation is not None:
            data["explain"] = explanation
        data["method_note"] = note
        return dumps(data)
    scorecard = [(name, dim.score, dim.explanation) for name, dim in profile.scorecard.items()]
    flags = [(f.flag, f.explanation) for f in profile.red_flags]
    title = profile.document.title or profile.source.name
    return report_text(
        title, scorecard, flags, profile.analogues or [], rates, explanation, note, md=fmt == "md"
    )


@click.command("analogues")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--k", "k", type=click.IntRange(1, 50), default=5, show_default=True, help="How many cases."
)
@click.option(
    "--pool",
    type=click.Choice(["all", "modern", "atop"]),
    default="all",
    show_default=True,
    help="Reference cases, ATOP alliances, or both.",
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@adversary_option
def analogues_cmd(file: Path, k: int, pool: str, fmt: str, adversary: str | None) -> None:
    """Nearest historical cases to FILE (a text, PDF, proposal YAML or saved JSON profile)."""
    from treatylens.compare.inputs import profile_from_input
    from treatylens.history.analogues import find_analogues
    from treatylens.history.calibration import method_note
    from treatylens.history.render import analogues_text, dumps

    profile = profile_from_input(file, adversary=adversary)
    found = find_analogues(profile, k=k, pool=pool)  # type: ignore[arg-type]
    if fmt == "json":
        click.echo(
            dumps(
                {
                    "source": profile.source.name,
                    "analogues": [a.model_dump(mode="json") for a in found],
                    "method_note": method_note(),
                }
            ),
            nl=False,
        )
        return
    header = f"{'# ' if fmt == 'md' else ''}Analogues for {profile.document.title or profile.source.name}\n\n"
    click.echo(header + analogues_text(found, md=fmt == "md") + "\n" + method_note(), nl=True)


@click.command("assess")
@click.argument("proposal", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--explain",
    is_flag=True,
    help="Per dimension, the single change that improves it most (re-assessed).",
)
@click.option(
    "--k", "k", type=click.IntRange(1, 50), default=5, show_default=True, help="How many analogues."
)
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@adversary_option
def assess_cmd(proposal: Path, explain: bool, k: int, fmt: str, adversary: str | None) -> None:
    """Assess a structured what-if PROPOSAL (YAML) like a text: scorecard, flags, analogues."""
    from treatylens.history.analogues import attach_analogues
    from treatylens.proposal import assess_proposal, load_proposal
    from treatylens.proposal import explain as explain_proposal

    parsed = load_proposal(proposal)
    profile = attach_analogues(
        assess_proposal(parsed, name=proposal.name, adversary=adversary), k=k
    )
    explanation = None
    if explain:
        items = explain_proposal(
            parsed,
            lambda p: assess_proposal(p, name=proposal.name, adversary=adversary),
            baseline=profile,
        )
        explanation = [i.model_dump(mode="json") for i in items]
    click.echo(_profile_report(profile, explanation, fmt), nl=False)


@click.command("calibrate")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--packaged", is_flag=True, help="Print the stored table instead of recomputing it.")
def calibrate_cmd(fmt: str, packaged: bool) -> None:
    """Recompute the calibration table of docs/calibration.md from the packaged data."""
    from treatylens.history.calibration import (
        compute_calibration,
        method_note,
        packaged_calibration,
        scorecard_separation,
    )
    from treatylens.history.render import calibration_text, dumps

    table = dict(packaged_calibration()) if packaged else compute_calibration()
    table["scorecard"] = scorecard_separation()
    if fmt == "json":
        table["method_note"] = method_note()
        click.echo(dumps(table), nl=False)
        return
    click.echo(calibration_text(table, md=fmt == "md") + "\n" + method_note())
