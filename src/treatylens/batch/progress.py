"""A rich progress bar for batch runs: documents done of total, docs/s, MB/s and ETA."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichBar
from rich.text import Text


class _RateColumn(ProgressColumn):
    """Documents per second and megabytes per second since the start of the run."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("-- docs/s", style="progress.data.speed")
        nbytes = float(task.fields.get("nbytes", 0))
        return Text(
            f"{task.completed / elapsed:6.1f} docs/s {nbytes / 1e6 / elapsed:5.2f} MB/s",
            style="progress.data.speed",
        )


class RichProgress:
    """Implements ``runner.Progress`` on stderr; use as a context manager."""

    def __init__(self, total: int | None, console: Console | None = None) -> None:
        self._bar = RichBar(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            _RateColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
        )
        self._task = self._bar.add_task("analysing", total=total, nbytes=0)
        self._nbytes = 0

    def advance(self, documents: int, nbytes: int) -> None:
        self._nbytes += nbytes
        self._bar.update(self._task, advance=documents, nbytes=self._nbytes)

    def __enter__(self) -> RichProgress:
        self._bar.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._bar.stop()
