"""Human-readable views of analyses: the quote table and a one-paragraph summary.

Imported only by the commands that print (rich is not needed to analyse).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

from rich.markup import escape
from rich.table import Table

from faultlines.model import Analysis, Dispute, Quote
from faultlines.stances.history import History

QUOTE_WIDTH = 90
TITLE_WIDTH = 60


def quote_table(analyses: Sequence[Analysis]) -> Table:
    """One row per quote: article, speaker, kind, cue and the quoted words.

    Every record shows: one that could not be analysed as a red row with its error code and message,
    one without quotes as a "no quotes found" row. A speaker the text names but faultlines could not
    resolve to an actor (an unresolved "he" or "they") is never shown like a name: the source as
    written, in quotes and marked "unresolved", dim and italic.
    """
    table = Table(title="Who said what", show_lines=False, expand=False)
    table.add_column("article", style="dim", overflow="fold", max_width=22)
    table.add_column("speaker", style="bold cyan", overflow="fold", max_width=24)
    table.add_column("kind", style="magenta")
    table.add_column("cue", style="green", overflow="fold", max_width=14)
    table.add_column("quote", overflow="fold")
    for analysis in analyses:
        rows = _rows(analysis)
        for n, row in enumerate(rows):
            table.add_row(_article(analysis) if n == 0 else "", *row, end_section=n == len(rows) - 1)
    return table


def _article(analysis: Analysis) -> str:
    """The article as a reader knows it: its title, else the file name of its id (not the whole path)."""
    return escape(
        _clip(analysis.title, TITLE_WIDTH) if analysis.title else PurePath(analysis.id).name or analysis.id
    )


def _rows(analysis: Analysis) -> list[tuple[str, str, str, str]]:
    """The speaker, kind, cue and quote cells of one record's rows: its errors, then its quotes (a
    stage that failed keeps the other layers)."""
    errors = [
        ("[bold red]error[/]", f"[red]{e.code}[/]", "", f"[red]{escape(e.message)}[/]")
        for e in analysis.errors
    ]
    quotes = [
        (_speaker(q), q.kind, escape(q.cue.text) if q.cue else "—", escape(_clip(q.text)))
        for q in analysis.quotes
    ]
    return errors + quotes or [("", "", "", "[dim italic]no quotes found[/]")]


def _speaker(quote: Quote) -> str:
    """The resolved speaker; else the source as written, marked unresolved; else "unattributed"."""
    if quote.speaker_name:
        return escape(quote.speaker_name)
    if quote.sources:
        return f"[not bold dim italic]“{escape(quote.sources[0].text)}” (unresolved)[/]"
    return "[not bold dim italic]unattributed[/]"


def dispute_table(histories: Sequence[History]) -> Table:
    """One row per dispute history: the topic, who stands on each side, and over how many articles."""
    table = Table(title="Where they split", show_lines=True)
    table.add_column("topic", style="bold", overflow="fold")
    table.add_column("one side", style="cyan", overflow="fold")
    table.add_column("other side", style="magenta", overflow="fold")
    table.add_column("articles", justify="right")
    table.add_column("from – to", overflow="fold")
    for history in histories:
        dates = [e.published for e in history.episodes if e.published]
        table.add_row(
            escape(history.label),
            *(escape(", ".join(sorted(history.names.get(a, a) for a in side))) for side in history.sides),
            str(history.articles),
            (dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}") if dates else "—",
        )
    return table


def summary(analyses: Sequence[Analysis]) -> str:
    """A paragraph saying what was found: counts, the most quoted speakers and every dispute."""
    done = [a for a in analyses if not a.errors]
    quotes = [q for a in done for q in a.quotes]
    kinds = Counter(q.kind for q in quotes)
    speakers = Counter(q.speaker.name for q in quotes if q.speaker and q.speaker.actor)
    parts = [
        f"Analysed {len(done)} of {len(analyses)} articles: {len(quotes)} quotes "
        f"({kinds['direct']} direct, {kinds['indirect']} indirect, {kinds['mixed']} mixed) "
        f"from {len(speakers)} identified speakers, {sum(len(a.actors) for a in done)} actors, "
        f"{sum(len(a.events) for a in done)} PLOVER events and {sum(len(a.stances) for a in done)} stances."
    ]
    if speakers:
        top = ", ".join(f"{name} ({n})" for name, n in speakers.most_common(3))
        parts.append(f"Most quoted: {top}.")
    disputes = [_describe_dispute(a, d) for a in done for d in a.disputes]
    if disputes:
        parts.append(f"{len(disputes)} disputes: " + "; ".join(disputes) + ".")
    else:
        parts.append("No disputes found.")
    failed = len(analyses) - len(done)
    if failed:
        parts.append(f"{failed} articles could not be analysed (see their errors).")
    return " ".join(parts)


def _describe_dispute(analysis: Analysis, dispute: Dispute) -> str:
    topic = next((t.label for t in analysis.topics if t.id == dispute.topic), dispute.topic)
    sides = [" and ".join(_actor_name(analysis, a) for a in side) for side in dispute.sides]
    return f"{' vs '.join(sides)} on “{topic}” ({analysis.id})"


def _actor_name(analysis: Analysis, actor_id: str) -> str:
    actor = analysis.actor(actor_id)
    return actor.name if actor else actor_id


def _clip(text: str, width: int = QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
