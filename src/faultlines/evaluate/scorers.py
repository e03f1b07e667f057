"""Which scorers a gold file supports, and the predictions they score."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from faultlines.evaluate.actors import score_actors
from faultlines.evaluate.events import score_events, score_sentence_events
from faultlines.evaluate.quotes import score_quotes
from faultlines.evaluate.stances import score_stances
from faultlines.evaluate.words import Record
from faultlines.model import Analysis, Article

SCORERS = {
    "quotes": score_quotes,
    "events": score_events,
    "sentence_events": score_sentence_events,
    "stances": score_stances,
    "actors": score_actors,
}


def scorers_for(golds: Sequence[Record]) -> list[str]:
    """The scorers a gold set supports, judged from its first record."""
    first = golds[0] if golds else {}
    kinds = []
    if "quotes" in first:
        kinds.append("quotes")
    if "event" in first:
        kinds.append("events")
    if "events" in first and "quotes" not in first:  # the seed's article-level events are not sentences
        kinds.append("sentence_events")
    if "stances" in first or "disputes" in first:
        kinds.append("stances")
    if "actors" in first:
        kinds.append("actors")
    return kinds


def articles(golds: Iterable[Record]) -> Iterator[Article]:
    """Each gold record's text as an article with the record's id, in order, for analysing."""
    return (Article(id=str(g["id"]), text=g["text"]) for g in golds)


def predict(golds: Iterable[Record], model: str | None = None) -> Iterator[Analysis]:
    """Analyse the gold records' texts in this process, in order."""
    from faultlines.pipeline import analyze_many

    return analyze_many(articles(golds), model=model)
