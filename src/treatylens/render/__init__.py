"""Stage 5: show a ``Profile`` to people (text, Markdown, HTML) or programs (JSON).

``render(profile, fmt)`` is the one entry point; each format's module is imported only when
it is used, so the CLI stays fast and HTML's templates load only for HTML.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

from treatylens.errors import InputError
from treatylens.model import Profile

Format = Literal["text", "md", "json", "html"]
FORMATS: Final[tuple[str, ...]] = get_args(Format)


def render(
    profile: Profile,
    fmt: str = "text",
    *,
    color: bool = False,
    width: int | None = None,
    text: str | None = None,
) -> str:
    """The profile in ``fmt``: ``text`` (``color`` and ``width`` apply), ``md``, ``json``
    (``profile.to_json()``, byte-stable), or ``html`` (``text``, the source text, lets the page
    show the whole document with its clauses highlighted)."""
    if fmt == "json":
        return profile.to_json()
    if fmt == "text":
        from treatylens.render.text import DEFAULT_WIDTH, render_text

        return render_text(profile, color=color, width=width or DEFAULT_WIDTH)
    if fmt == "md":
        from treatylens.render.markdown import render_markdown

        return render_markdown(profile)
    if fmt == "html":
        from treatylens.render.html import render_html

        return render_html(profile, text=text)
    raise InputError(f"unknown format {fmt!r} (choose one of: {', '.join(FORMATS)})")
