"""The doer of an act others take a side on: "The board closed three schools. Lee opposed closing
the schools", "Velmor annexed the island. Kim condemned the annexation." The doer carried the act
out, and stands for it.

Doing something is no side taken by itself (most acts are news, not positions); it counts only where
someone else in the article takes a side on the same act, as a maker's stance does (an ``owned``
expression). Only the acts some expression already takes a side on are looked for: by their verb
("closing the schools"), by the act's own noun pointing back to the verb that told it a few
sentences before ("the annexation", "the resumption of whaling"), or by "the move" or "the
decision" standing for the act the sentence before told (``acts.told_by_verb``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.quotes import cues
from faultlines.stances import clauses, done, phrases
from faultlines.stances.antecedents import bare_definite
from faultlines.stances.expression import Expression
from faultlines.stances.keys import SAID, key, wording
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.mentions import act_verb
from faultlines.stances.volition import proposer
from faultlines.syntax import DEFINITE
from faultlines.views import lemmas, positions, sentence_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The parts of speech whose words say what a thing is.
CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# How many sentences before its noun an act told by a verb is in reach ("the annexation").
NEAR_SENTENCES = 3


def find(doc: Doc, exprs: list[Expression], lex: Lexicon) -> list[Expression]:
    """For each act some expression takes a side on, its doer's side for it, where a verb tells
    the act done; counted only where someone else takes one."""
    firm = [e for e in exprs if e.polarity]
    if not firm:
        return []
    taken = {e.topic for e in exprs}
    lowered = lemmas(doc)
    verbs: dict[str, list[int]] = {}
    for i in positions(doc).get("VERB", ()):
        if i not in taken:
            verbs.setdefault(lowered[i], []).append(i)
    found: dict[tuple[int, int], Expression] = {}
    for e in firm:
        for verb in _telling(e, doc, verbs):
            if (doer := _doer(verb, lex)) is not None:
                found.setdefault(
                    (verb.i, e.topic), Expression(verb.i, 1, e.topic, e.phrase, agent=doer.i, owned=True)
                )
    return list(found.values())


def _telling(expr: Expression, doc: Doc, verbs: dict[str, list[int]]) -> list[Token]:
    """The verbs that tell the act ``expr`` is about: the same verb on the same thing for an act
    named by its verb, the nearest verb of the same stem before an act's noun. ``verbs`` are the
    verbs no expression takes as its topic, by lemma."""
    topic = doc[expr.topic]
    if expr.phrase == "vp":
        done_to = _object(topic)
        told = verbs.get(topic.lemma_.lower(), ())
        return [doc[i] for i in told if _same_thing(_object(doc[i]), done_to)]
    verb = _told_before(topic) if expr.phrase in ("np", "ref") else None
    return [verb] if verb is not None else []


def _told_before(noun: Token) -> Token | None:
    """The verb an act's noun points back to, a few sentences before: "annexed" for "the
    annexation", "resumed whaling" for "the resumption of whaling" or, just before, for "the move";
    not a verb of saying ("the statement" is no act)."""
    if (verb := act_verb(noun)) is not None:
        return verb  # "the move" after "Velmor resumed whaling"
    done_to = _named_object(noun) if noun.pos_ == "NOUN" else None
    stems = key(noun.lemma_.lower())
    if done_to is None or len(stems) != 1 or SAID in stems:
        return None
    doc = noun.doc
    at = sentence_numbers(doc)
    verbs = [i for i in positions(doc).get("VERB", ()) if i < noun.i and at[noun.i] - at[i] <= NEAR_SENTENCES]
    told = [
        doc[i]
        for i in verbs
        if key(doc[i].lemma_.lower()) == stems
        and cues.cue_kind(doc[i]) is None
        and (not done_to or _same_thing(_object(doc[i]), done_to))
    ]
    if not told:
        return None
    # two acts of one kind done to different things ("invited Lee", "inviting Kim") leave open
    # which one the noun means
    last = _object(told[-1])
    return told[-1] if all(_same_thing(_object(t), last) for t in told[:-1]) else None


def _named_object(noun: Token) -> frozenset[str] | None:
    """What a definite act noun says its act was done to: nothing for a bare one ("the
    annexation"), the words after "of" ("the resumption of whaling"); None for any other noun,
    which says more of itself than an act told before ("a new annexation", "the annexation vote")."""
    if bare_definite(noun):
        return frozenset()
    children = list(noun.children)
    of = [c for c in children if c.dep_ == "prep" and c.lower_ == "of"]
    determined = [c for c in children if c.dep_ == "det" and c.lower_ in DEFINITE]
    if len(of) != 1 or len(determined) != 1 or len(children) != 2:
        return None
    thing = clauses.child(of[0], ("pobj",))
    return _words(thing) if thing is not None else None


def _object(verb: Token) -> frozenset[str]:
    """The words of what an act is done to, its head among them: "three rural schools"."""
    obj = clauses.child(verb, ("dobj",))
    return _words(obj) | {_lemma(obj)} if obj is not None else frozenset()


def _words(phrase: Token) -> frozenset[str]:
    """The lemmas of the words that say what the phrase ``phrase`` heads names."""
    return frozenset(_lemma(t) for t in phrase.subtree if t.pos_ in CONTENT)


def _lemma(tok: Token) -> str:
    """A word's lemma, one for every noun of a wording: "used the phrase X" uses "the words X"."""
    return wording(tok.lemma_.lower())


def _same_thing(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two objects may name one thing: one says all the other says ("three rural schools",
    "the rural schools"); "invited Lee" is not "inviting Kim", nor "slapped tariffs" a 35 percent
    tariff."""
    return bool(one) and bool(other) and (one <= other or other <= one)


def _doer(verb: Token, lex: Lexicon) -> Token | None:
    """Who did ``verb``, told as done in fact on something (``done.doer``): "the board closed three
    schools"; not "may close", "did not close", "closing", nor a class of bodies ("groups closed")."""
    if not phrases.acts_on_something(verb):
        return None
    doer = done.doer(verb, lex)
    return doer if doer is not None and proposer(doer) else None
