"""Stances told through hopes for what a thing will bring about: "hoped the truce might pave the way
for new talks" is for the truce and for the talks, "is hopeful the deal will pass" for the deal,
"the release gives us hope" judges the release good.

What is hoped of must be a thing, an act or a plan ("the truce", "the move", "this campaign"): a
hope that a person or a body acts ("hopes her deputy will fight for X") is no side on them, and
a hope about a state of things ("hopes the weather holds") none at all. Hoping a thing fails ("hoped
the talks would collapse") is against it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.feelings import deed, fails, feeler
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs by which a thing gives hope: "the release gives us hope", "schools offering parents hope".
GIVING = frozenset({"give", "offer", "bring"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every stance of ``doc`` told as a hope for what a thing will bring about."""
    found = []
    lowered = lemmas(doc)
    # the lemma test first, on the column: most words are no hope and need not become Tokens
    for i in [i for i, lemma in enumerate(lowered) if lemma == "hope" or lemma in lex.hope]:
        tok, lemma = doc[i], lowered[i]
        if (
            lemma == "hope"
            and tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in GIVING
        ):
            thing = clauses.child(tok.head, ("nsubj",))
            if thing is not None and _thing(thing, lex) and not clauses.negated(tok.head):
                found += _on(thing, tok, 1, None, lex)
        elif lemma in lex.hope and tok.pos_ in ("VERB", "ADJ") and (holder := feeler(tok)) is not None:
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            found += _hoped(tok, clause, holder, lex) if clause is not None else []
    return found


def _hoped(word: Token, clause: Token, holder: Token, lex: Lexicon) -> list[Expression]:
    """The thing hoped of in ``clause``, and what it is hoped to open a way to."""
    thing = clauses.child(clause, ("nsubj",))
    if thing is None or not _thing(thing, lex) or clauses.asked(clause):
        return []
    if clauses.child(thing, ("det", "poss")) is None:
        return []  # "hopes that states will X": a bare plural names those who act, not a thing
    if clause.lemma_.lower() in lex.state:
        return []  # "hopes the plan is ready" tells a state of the plan
    side = -1 if fails(clause, lex) else 1
    verb = word.head if word.dep_ == "acomp" else word
    side = clauses.settle(side, clauses.negated(verb), clauses.conditional(verb, lex))
    return _on(thing, word, side, holder, lex) + _paved(clause, word, side, holder, lex)


def _paved(clause: Token, word: Token, side: int, holder: Token, lex: Lexicon) -> list[Expression]:
    """ "might pave the way for new talks": what the thing is hoped to lead to."""
    way = clauses.child(clause, ("dobj",))
    if clause.lemma_.lower() != "pave" or way is None or way.lemma_.lower() != "way":
        return []
    prep = next(
        (p for p in (*way.children, *clause.children) if p.dep_ == "prep" and p.lower_ == "for"), None
    )
    aim = clauses.child(prep, ("pobj",)) if prep is not None else None
    return _on(aim, word, side, holder, lex) if aim is not None and _thing(aim, lex) else []


def _on(thing: Token, word: Token, side: int, holder: Token | None, lex: Lexicon) -> list[Expression]:
    topic, phrase, sign = phrases.content(thing, lex)
    if phrase is None:
        return []
    return [Expression(word.i, side * sign, topic.i, phrase, agent=holder.i if holder is not None else None)]


def _thing(noun: Token, lex: Lexicon) -> bool:
    """A thing, an act or a plan: not a person, a body or a place, nor a time or a state of things."""
    from faultlines.actors.lexicon import generic_bodies, party_members
    from faultlines.stances.antecedents import person_roles

    lemma = noun.lemma_.lower()
    if clauses.child(noun, ("poss",)) is not None and not deed(lemma, lex):
        return False  # "her successor", "his son": a person; "her plan" is a deed
    return (
        noun.pos_ == "NOUN"
        and noun.ent_type_ == ""
        and lemma not in lex.circumstance
        and lex.generic.get(lemma) != "none"
        and lemma not in generic_bodies()
        and lemma not in person_roles()
        and noun.lower_ not in party_members()
    )
