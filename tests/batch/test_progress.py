from __future__ import annotations

import io

from rich.console import Console

from treatylens.batch.progress import RichProgress


def test_the_bar_shows_rate_and_eta() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with RichProgress(10, console=console) as bar:
        bar.advance(4, 4_000_000)
    text = out.getvalue()
    assert "4/10" in text
    assert "docs/s" in text and "MB/s" in text and "ETA" in text
