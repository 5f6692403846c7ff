"""``treatylens compare`` and ``treatylens diff``."""

from __future__ import annotations

from pathlib import Path

import click

from treatylens.cli.options import adversary_option, write_output

_INPUT = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("compare")
@click.argument("inputs", nargs=-1, required=True, type=_INPUT)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "md", "json", "csv"]), default="text", show_default=True
)
@adversary_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
def compare_cmd(
    inputs: tuple[Path, ...], fmt: str, adversary: str | None, output: Path | None, force: bool
) -> None:
    """Compare INPUTS side by side: texts, PDFs, proposal YAML files or saved JSON profiles."""
    from treatylens.compare import compare_profiles, profile_from_input, render_comparison

    if len(inputs) < 2:
        raise click.UsageError("compare needs at least two inputs")
    profiles = [profile_from_input(p, adversary=adversary) for p in inputs]
    names = _unique_names(inputs)
    write_output(render_comparison(compare_profiles(profiles, names=names), fmt), output, force)


@click.command("diff")
@click.argument("old", type=_INPUT)
@click.argument("new", type=_INPUT)
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
@adversary_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
def diff_cmd(old: Path, new: Path, fmt: str, adversary: str | None, output: Path | None, force: bool) -> None:
    """Diff two drafts of one agreement: each commitment added, removed, strengthened or weakened."""
    from treatylens.compare import diff_profiles, profile_from_input, render_diff

    before = profile_from_input(old, adversary=adversary)
    after = profile_from_input(new, adversary=adversary)
    write_output(render_diff(diff_profiles(before, after), fmt), output, force)


def _unique_names(paths: tuple[Path, ...]) -> list[str]:
    """Column names: file names, with parent folders added where two would collide."""
    names = [p.name for p in paths]
    if len(set(names)) == len(names):
        return names
    return [str(p) for p in paths]
