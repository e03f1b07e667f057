"""The body or country an "it" or "its" outside quotation marks stands for where it acts or owns an
act: "Apex sued Vell. It argued the deal was void", "the ministry joined the case when it sued",
"Vell faced criticism over its decision". The speaker stage reads "it said", and an "it" in what a
body says is the body itself ("the union said it supports the levy"); this reads the narration and
what people are reported to say, so that whoever asks who did or holds something (events, stances)
finds the body.

"it" acts as the subject of a verb that tells an act: not "it is wrong", nor a passive or a state
("it was blocked", "it's prohibited"); "its" owns an act in a clause about an actor (in one about
a thing, "the index recorded its worst week", it is mostly that thing's). Either stands for the
one named body or country before it in its sentence, else in the sentence before; two named there
("Apex sued Vell after it ...") may each be meant, so it is neither's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.syntax import PERFECT
from faultlines.views import columns, sents, token_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.actors.clusters import Cluster, Clusters
    from faultlines.model import Quote

BODY_PRONOUNS = frozenset({"it", "its"})
BODY_KINDS = frozenset({"organisation", "country"})


def attach(doc: Doc, clusters: Clusters, quotes: list[Quote], speakers: dict[str, Cluster | None]) -> None:
    """Add each acting or owning "it"/"its" outside a body's words to the one named body it recalls;
    ``speakers`` are the quotes' speakers by quote id."""
    lower = columns(doc).lower
    pronouns = [i for i, word in enumerate(lower) if word in BODY_PRONOUNS]
    if not pronouns:
        return
    said = _said_by_bodies(doc, quotes, speakers)
    starts = [sent.start for sent in sents(doc)]
    for i in pronouns:
        if i in clusters.at or i in clusters.quoted or i in said or not _acting(doc[i], clusters):
            continue
        body = _sole_body_before(i, clusters, starts)
        if body is not None:
            span = doc[i : i + 1]
            body.spans.append(span)
            clusters.add(body, span)


def _said_by_bodies(doc: Doc, quotes: list[Quote], speakers: dict[str, Cluster | None]) -> set[int]:
    """The tokens of what bodies and countries say, quoted or reported."""
    found: set[int] = set()
    bodies = [q for q in quotes if (speaker := speakers.get(q.id)) is not None and speaker.kind in BODY_KINDS]
    for content in (c for q in bodies for c in q.contents):
        bounds = token_bounds(doc, content.start, content.end, "expand")
        found.update(range(*bounds) if bounds is not None else ())
    return found


def _acting(pronoun: Token, clusters: Clusters) -> bool:
    """ "it sued", "it has blocked the levy", "its decision" in a clause about an actor ("Vell
    dropped its plan", "critics attacked its plan"); not "it is wrong", "it was blocked", nor the
    "its" of a clause about a thing, which is mostly that thing's ("the index recorded its worst
    week", "Emirates has 123 in its fleet" after Airbus is named)."""
    if pronoun.lower_ == "its":
        subject = _clause_subject(pronoun)
        return pronoun.dep_ == "poss" and subject is not None and subject.i in clusters.at
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_ == "be":
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children)
    return verb.tag_ != "VBN" or perfect


def _clause_subject(word: Token) -> Token | None:
    """The subject of the nearest clause above ``word`` that has one."""
    verb = word.head
    while (subject := syntax.subject(verb)) is None and verb.head.i != verb.i:
        verb = verb.head
    return subject


def _sole_body_before(i: int, clusters: Clusters, starts: list[int]) -> Cluster | None:
    """The one named body or country with a mention before token ``i`` in its sentence, else in the
    sentence before, outside quotation marks."""
    sentence = clusters.sent_of[i]
    for start, end in ((starts[sentence], i), (starts[max(sentence - 1, 0)], starts[sentence])):
        named = {
            id(c): c
            for j in range(start, end)
            if (c := clusters.at.get(j)) is not None
            and c.kind in BODY_KINDS
            and not c.described
            and j not in clusters.quoted
        }
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None
