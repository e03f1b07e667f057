"""Topics, stances and disputes: who is for and who against what, and where they split.

Stance expressions are read off the parse (``polarity``), given to the speakers of the quotes they
sit in (``holders``), grouped into topics (``topics``), summed per actor and topic, and opposed
stances on one topic become a dispute (``disputes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.model import Stance, Topic
from faultlines.stances import disputes, nouns, polarity, topics
from faultlines.stances.holders import Holders
from faultlines.stances.lexicon import load as load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.model import Analysis

__all__ = ["assess"]


def assess(analysis: Analysis, doc: Doc) -> None:
    """Fill ``analysis.topics``, ``analysis.stances`` and ``analysis.disputes``."""
    lex = load_lexicon()
    exprs = sorted(polarity.find(doc, lex) + nouns.find(doc, lex), key=lambda e: e.predicate)
    if not exprs:
        return
    holders = Holders(analysis, doc)
    held = [holders.of(e) for e in exprs]
    groups = topics.group(exprs, doc)

    # A topic is kept when someone holds a stance on it; its mentions are all the phrases naming it.
    kept = list(dict.fromkeys(g for g, h in zip(groups, held, strict=True) if g is not None and h.actors))
    topic_ids = {g: f"t{n}" for n, g in enumerate(kept, 1)}
    for g in kept:
        members = [e for e, eg in zip(exprs, groups, strict=True) if eg == g]
        analysis.topics.append(_topic(topic_ids[g], members, analysis, doc))

    analysis.stances = _stances(exprs, groups, held, topic_ids)
    analysis.disputes = disputes.find(analysis.stances, analysis.actors)


def _topic(topic_id: str, members: list[polarity.Expression], analysis: Analysis, doc: Doc) -> Topic:
    """The topic named by ``members``' phrases, labelled by the one that stands for them best (a noun
    phrase on a tie)."""
    kinds: dict[tuple[int, int], str] = {}
    for e in members:
        if (span := topics.mention(e, doc)) is not None:
            kinds.setdefault(span, e.phrase)
    spans = sorted(kinds)
    nouns_first = sorted(spans, key=lambda s: kinds[s] != "np")
    mentions = [analysis.span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in spans]
    return Topic(topic_id, topics.label([doc[a:b].text for a, b in nouns_first]), mentions)


def _stances(exprs, groups, held, topic_ids) -> list[Stance]:
    """One stance per actor and topic: the sign of its firm expressions, 0 when it has none."""
    votes: dict[tuple[str, str], list[tuple[int, str | None]]] = {}
    for expr, g, holding in zip(exprs, groups, held, strict=True):
        if g not in topic_ids:
            continue
        for actor in holding.actors:
            votes.setdefault((actor, topic_ids[g]), []).append((expr.polarity, holding.quote))
    stances = []
    for (actor, topic), vs in votes.items():
        total = sum(p for p, _ in vs)
        polarity = (total > 0) - (total < 0)
        quotes = [q for p, q in vs if q and (p == polarity or not polarity)]
        if polarity:  # a stance with no side is not worth reporting
            stances.append(Stance(actor, topic, polarity, list(dict.fromkeys(quotes))))
    return stances
