"""Disputes across a corpus: the same topic between the same actors, article after article.

Each article's disputes are folded into histories. Two disputes are one history when their topics
share a key (``keys.same_topic``) and they share actors who stand on the same sides in both.
Actor ids are stable across articles, so this groups "Sorg vs Marek on the coast road" from every
outlet and every day into one dispute with a dated trail of evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from faultlines.model import Analysis, Dispute
from faultlines.stances.keys import key, same_topic


@dataclass(slots=True)
class Episode:
    """One article's part in a history: its topic label, its sides and the quotes that show them."""

    article: str
    published: str | None
    topic: str
    sides: list[list[str]]
    evidence: list[dict[str, str]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "published": self.published,
            "topic": self.topic,
            "sides": self.sides,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class History:
    label: str
    key: frozenset[str]
    sides: list[set[str]]
    names: dict[str, str] = field(default_factory=dict)
    episodes: list[Episode] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.label,
            "sides": [sorted(side) for side in self.sides],
            "names": dict(sorted(self.names.items())),
            "episodes": [e.to_dict() for e in self.episodes],
        }


def merge(analyses: Iterable[Analysis]) -> list[History]:
    """Fold the disputes of ``analyses`` into histories, each one's episodes in date order."""
    histories: list[History] = []
    for analysis in analyses:
        for dispute in analysis.disputes:
            _add(histories, analysis, dispute)
    for history in histories:
        history.episodes.sort(key=lambda e: (e.published or "", e.article))
    histories.sort(key=lambda h: -len(h.episodes))
    return histories


def _add(histories: list[History], analysis: Analysis, dispute: Dispute) -> None:
    topic = next((t for t in analysis.topics if t.id == dispute.topic), None)
    label = topic.label if topic else dispute.topic
    sides = [set(side) for side in dispute.sides[:2]]
    topic_key = frozenset(topic.key.split()) if topic and topic.key else key(label)
    history, swapped = _find(histories, topic_key, sides)
    if history is None:
        history = History(label, topic_key, sides)
        histories.append(history)
    else:
        if swapped:
            sides.reverse()
        for mine, theirs in zip(history.sides, sides, strict=True):
            mine |= theirs
    history.names.update({a.id: a.name for a in analysis.actors if any(a.id in s for s in sides)})
    history.episodes.append(
        Episode(
            analysis.id, analysis.published, label, [sorted(s) for s in sides], _evidence(analysis, dispute)
        )
    )


def _find(
    histories: list[History], topic_key: frozenset[str], sides: list[set[str]]
) -> tuple[History | None, bool]:
    """The history this dispute continues, and whether its sides come in the other order.

    A dispute continues a history on the same topic when they share an actor and every shared
    actor stands on the same side in both (read in one order or the other).
    """
    for history in histories:
        if not same_topic(topic_key, history.key):
            continue
        ours, theirs = history.sides
        straight = (sides[0] & ours) | (sides[1] & theirs)
        crossed = (sides[0] & theirs) | (sides[1] & ours)
        if straight and not crossed:
            return history, False
        if crossed and not straight:
            return history, True
    return None, False


def _evidence(analysis: Analysis, dispute: Dispute) -> list[dict[str, str]]:
    quotes = {q.id: q for q in analysis.quotes}
    return [
        {
            "quote": qid,
            "speaker": quotes[qid].speaker.name if quotes[qid].speaker else "",
            "text": " … ".join(span.text for span in quotes[qid].contents),
        }
        for qid in dispute.evidence
        if qid in quotes
    ]
