"""Disputes across a corpus: the same topic between the same actors, article after article.

Each article's disputes are folded into histories. Two disputes are one history when their topics
share a key (``keys.same_topic``) and they share actors who stand on the same sides in both.
Actor ids are stable across articles, so this groups "Sorg vs Marek on the coast road" from every
outlet and every day into one dispute with a dated trail of evidence.

The names of those who dispute a thing say whose it is, not which: "Marek's complaint about the
count" in one article and "Marek's tweets on the levy" in another are two things Marek said, and
"Marek" is no "Marek's budget". A key is compared without the words of the disputants' names,
unless that leaves only whose it is ("Marek", "Marek's remarks").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from faultlines.model import Analysis, Dispute
from faultlines.stances.keys import SAID, key, same_topic


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

    @property
    def articles(self) -> int:
        """How many articles the history runs through: one article may hold two of its episodes."""
        return len({e.article for e in self.episodes})

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
    names = {a.id: a.name for a in analysis.actors if any(a.id in s for s in sides)}
    history, swapped = _find(histories, topic_key, sides, _name_words(names))
    if history is None:
        history = History(label, topic_key, sides)
        histories.append(history)
    else:
        if swapped:
            sides.reverse()
        for mine, theirs in zip(history.sides, sides, strict=True):
            mine |= theirs
    history.names.update(names)
    history.episodes.append(
        Episode(
            analysis.id, analysis.published, label, [sorted(s) for s in sides], _evidence(analysis, dispute)
        )
    )


def _find(
    histories: list[History], topic_key: frozenset[str], sides: list[set[str]], named: frozenset[str]
) -> tuple[History | None, bool]:
    """The history this dispute continues, and whether its sides come in the other order.

    A dispute continues a history on the same topic when they share an actor and every shared
    actor stands on the same side in both (read in one order or the other). ``named`` holds the
    key words of the names of the dispute's sides.
    """
    for history in histories:
        # most histories share no word with the topic: their names need not be read
        if not topic_key & history.key or not _same_thing(
            topic_key, history, named | _name_words(history.names)
        ):
            continue
        ours, theirs = history.sides
        straight = (sides[0] & ours) | (sides[1] & theirs)
        crossed = (sides[0] & theirs) | (sides[1] & ours)
        if straight and not crossed:
            return history, False
        if crossed and not straight:
            return history, True
    return None, False


def _same_thing(topic_key: frozenset[str], history: History, named: frozenset[str]) -> bool:
    """Whether a topic key names the history's thing, the disputants' ``named`` words aside."""
    ours, theirs = topic_key - named, history.key - named
    if ours - {SAID} or theirs - {SAID}:
        return same_topic(ours, theirs)
    return same_topic(topic_key, history.key)  # "Marek" or "Marek's remarks" in both


def _name_words(names: dict[str, str]) -> frozenset[str]:
    return frozenset(word for name in names.values() for word in key(name))


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
