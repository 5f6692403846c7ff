"""Options and output handling shared by every command."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

_ISO3 = re.compile(r"^[A-Z]{3}$")


def _check_adversary(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if not _ISO3.match(code):
        raise click.BadParameter(f"{value!r} is not an ISO 3166 alpha-3 code such as RUS or PRK")
    return code


def adversary_option(func: F) -> F:
    return click.option(
        "--adversary",
        metavar="ISO3",
        callback=_check_adversary,
        help="The state the agreement guards against, when the text does not name it.",
    )(func)


def write_output(text: str, output: Path | None, force: bool) -> None:
    """Print ``text``, or write it to ``output`` without clobbering an existing file."""
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists() and not force:
        raise click.ClickException(f"{output} exists; pass --force to overwrite it")
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
