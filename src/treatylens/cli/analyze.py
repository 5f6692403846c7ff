"""``treatylens analyze``, ``text`` and ``schema``: analyse one document and show the result.

Everything heavy (the pipeline, rich, pydantic's schema) is imported inside the commands so that
``treatylens --help`` stays fast.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # pragma: no cover
    from treatylens.model import SourceText

STDIN = "-"
FORMAT_CHOICES = ("text", "md", "json", "html")
_ISO3 = re.compile(r"[A-Z]{3}")


def _read_source(document: str) -> SourceText:
    """Load FILE or stdin (``-``), with the loader's size limit and one-line errors."""
    from treatylens.load import load, load_stream

    if document == STDIN:
        return load_stream(sys.stdin.buffer, name="<stdin>")
    return load(Path(document), name=document)


def _check_adversary(value: str | None) -> str | None:
    """An ISO 3166 alpha-3 code (``RUS``) or a known organisation id (``NATO``)."""
    if value is None:
        return None
    wanted = value.strip().upper()
    if _ISO3.fullmatch(wanted):
        return wanted
    from treatylens.codebook.parties import entities

    organisations = sorted(e.id for e in entities() if e.kind == "organisation")
    if wanted in organisations:
        return wanted
    raise click.BadParameter(
        f"{value!r} is neither a three-letter ISO 3166 code (e.g. RUS) nor a known organisation "
        f"id ({', '.join(organisations[:8])}, ...)",
        param_hint="'--adversary'",
    )


def _write(output: str, out: Path | None, force: bool) -> None:
    """Print, or write OUT (never over an existing file unless --force)."""
    if out is None:
        click.echo(output, nl=False)
        return
    from treatylens.errors import InputError

    if out.exists() and not force:
        raise InputError(f"{out} already exists (use --force to overwrite it)")
    try:
        out.write_text(output, encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"{out}: cannot be written ({exc.strerror or exc.__class__.__name__})"
        ) from None


@click.command("analyze")
@click.argument("document", metavar="FILE|-")
@click.option(
    "--adversary",
    metavar="ISO3",
    help="The state guarded against, when the text does not name it (e.g. RUS).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option("--force", is_flag=True, help="Overwrite the --output file if it exists.")
def analyze_cmd(
    document: str, adversary: str | None, fmt: str, out: Path | None, force: bool
) -> None:
    """Analyse one agreement, draft or news report (txt, md, html, pdf, docx; '-' for stdin).

    Prints the red flags, the scorecard, the duties by party and every labelled clause.
    """
    adversary = _check_adversary(adversary)
    if out is not None and out.exists() and not force:
        from treatylens.errors import InputError

        raise InputError(f"{out} already exists (use --force to overwrite it)")

    from treatylens.pipeline import analyze
    from treatylens.render import render

    source = _read_source(document)
    profile = analyze(source, adversary=adversary)
    color = fmt == "text" and out is None and sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if color else None
    _write(render(profile, fmt, color=color, width=width, text=source.text), out, force)


@click.command("text")
@click.argument("document", metavar="FILE|-")
def text_cmd(document: str) -> None:
    """Print the extracted text of FILE, the text that every output offset indexes."""
    source = _read_source(document)
    click.echo(source.text, nl=not source.text.endswith("\n"))


@click.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of `treatylens analyze --format json`."""
    import json

    from treatylens.model import Profile

    click.echo(
        json.dumps(Profile.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False)
    )
