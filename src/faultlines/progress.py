"""The progress bar of the long commands (``run``, and ``analyze`` writing its records elsewhere than
the terminal): documents done of those expected, documents and words a second, errors, elapsed and
remaining time, on stderr. Lines written above it (``note``) scroll while it stays at the bottom.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


class Bar:
    """A rich progress bar over documents; an unknown total (stdin, URLs) pulses instead of filling."""

    def __init__(self, console: Console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]analysing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"),
            TimeRemainingColumn(elapsed_when_finished=True),
            console=console,
        )
        self.task = None
        self.started = time.perf_counter()

    def __enter__(self) -> Bar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def show(self, documents: int, total: int | None, words: int, errors: int) -> None:
        if self.task is None:
            self.started = time.perf_counter()
            self.task = self.progress.add_task("run", total=total, rates="")
        seconds = max(time.perf_counter() - self.started, 1e-9)
        rates = f"{documents / seconds:.1f} docs/s  {words / seconds:,.0f} words/s  {errors} errors"
        self.progress.update(self.task, total=total, completed=documents, rates=rates)

    def note(self, line: str) -> None:
        """A line of its own above the bar (an error record's), printed as it is."""
        self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
