"""Mentions: the token range each topic word names ("the deal", "cut spending", "the idea of Kim
chairing the board"), or None for a word that names nothing at stake ("it", "win", "the senator")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import passives
from faultlines.stances.acts import stood_for, told_by_verb
from faultlines.stances.antecedents import name_given, named_before, person_roles
from faultlines.stances.expression import Expression
from faultlines.stances.extents import conceded, noun_phrase, purpose, verb_phrase
from faultlines.stances.framing import acting, framed
from faultlines.stances.keys import key
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.views import DocCache

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The tags of a verb telling an act, which a general act noun can stand for ("resumed", "has closed").
TOLD_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# The token range each topic word names, by topic index and phrase kind (see ``mention``).
MENTIONS = DocCache[dict[tuple[int, str], "tuple[int, int] | None"]]("stances.mentions")


def mention(expr: Expression, doc: Doc) -> tuple[int, int] | None:
    """The token range naming ``expr``'s topic; None for a placeholder such as "it", and for a verb
    phrase that names nothing ("we will win", "listen to them", "finish the job"). "The deal" names
    the deal named in full before it, if the article has one; "legislation to fix X" by its purpose.
    Read once per topic word and phrase kind: the stage asks it of each expression several times."""
    found = MENTIONS.get(doc, dict)
    at = (expr.topic, expr.phrase)
    if at not in found:
        found[at] = _mention(expr, doc)
    return _own_judgement_left_out(expr, doc, found[at])


def _own_judgement_left_out(
    expr: Expression, doc: Doc, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``span`` ending before the phrase that holds ``expr``'s own judging word, where the parse hung
    it inside the topic: "cited improving bus services as a top priority" names "improving bus
    services", not its priority; "called the bank's conduct "outrageous"" names the conduct."""
    if span is None or not span[0] < expr.predicate < span[1]:
        return span
    tok = doc[expr.predicate]
    while not _hung_after(tok) and tok.head.i != tok.i and span[0] <= tok.head.i < span[1]:
        tok = tok.head
    return (span[0], tok.left_edge.i) if _hung_after(tok) and tok.left_edge.i > span[0] else span


def _hung_after(tok: Token) -> bool:
    """A phrase the parse hangs after a word it does not belong to: a preposition, or an adjective
    set after its noun."""
    return tok.dep_ == "prep" or (tok.dep_ == "amod" and tok.i > tok.head.i)


def phrase_of(expr: Expression, doc: Doc) -> str:
    """The kind of phrase ``expr``'s topic is named by: an act a verb told ("the move" after "Velmor
    resumed whaling") is a verb phrase, whatever the word that stands for it."""
    span = mention(expr, doc) if expr.phrase in ("np", "ref") else None
    if span is not None and doc[span[0] : span[1]].root.tag_ in TOLD_VERB_TAGS:
        return "vp"
    return expr.phrase


def _mention(expr: Expression, doc: Doc) -> tuple[int, int] | None:
    head = doc[expr.topic]
    if expr.phrase == "ref":
        if head.pos_ != "NOUN":
            return None
        if (verb := act_verb(head)) is not None:
            return _action(doc, verb)
        head = named_before(head) or stood_for(head) or head
    elif expr.phrase == "np":
        if (inner := framed(head)) is not None:
            head = inner
            if inner.tag_ == "VBG" or acting(inner) is not None:
                return _done_by(doc, inner)
        if (name := name_given(head)) is not None:
            return name
        if (judged := conceded(head)) is not None:
            return verb_phrase(doc, judged)
        # "she backs the annexation" is the annexation of Velmora; "the senator" is no thing at stake
        if (verb := act_verb(head)) is not None:
            return _action(doc, verb)
        if head.lemma_.lower() not in person_roles():
            head = named_before(head) or stood_for(head) or head
    if expr.phrase in ("np", "ref"):
        start, end = noun_phrase(doc, head)
        if key(doc[start:end].text):
            return start, end
        # "a raft of rules to curb the levy" names its thing by what it is for
        if for_what := purpose(doc, head, end):
            return start, for_what
        # a name made of stop words ("the US") names its thing; "the whole thing" or "do" does not
        named = any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[start:end])
        return (start, end) if expr.phrase == "np" and named else None
    return _action(doc, head)


def act_verb(noun: Token) -> Token | None:
    """The verb that told the act a bare "the move" stands for, where no noun named it before."""
    verb = told_by_verb(noun)  # most nouns are no act's: the cheaper test first
    return verb if verb is not None and named_before(noun) is None else None


def _action(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The verb phrase ``verb`` heads, when it names something ("cut spending", not "win"): a
    people named by where they are from do ("shut out the Danish people")."""
    start, end = verb_phrase(doc, verb)
    # "the guild's rules should be simplified" names simplifying the rules
    if (thing := passives.start(verb, load_lexicon())) is not None:
        start = thing
    generic = load_lexicon().generic
    named = any(
        t.pos_ == "PROPN"
        or t.ent_type_ == "NORP"
        or (t.pos_ == "NOUN" and t.lemma_ not in generic)
        or _bare_gerund(t)
        for t in doc[start:end]
    )
    return (start, end) if named else None


def _done_by(doc: Doc, inner: Token) -> tuple[int, int] | None:
    """What a framing noun is about when it is an action, with whoever does it: "the idea of Kim
    chairing the board", "of Kim's chairing the board", "of the farmers running the board" are
    about the chairing or running by them."""
    if inner.tag_ == "VBG":
        doer = next((c for c in inner.lefts if c.dep_ in ("nsubj", "poss")), None)
        span = _action(doc, inner)
        return (doer.left_edge.i, span[1]) if span and doer is not None else span
    done = _action(doc, acting(inner))
    return (noun_phrase(doc, inner)[0], done[1]) if done else None


def _bare_gerund(tok) -> bool:
    """A gerund object with nothing of its own, a noun in all but tag: "improve policing", "cut spending"."""
    return tok.tag_ == "VBG" and tok.dep_ == "dobj" and not any(True for _ in tok.children)
