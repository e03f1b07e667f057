"""Judgements by a rule: a thing said to keep to or break a law, a policy or a stated aim.

"The levy is inconsistent with state law", "the call was not in line with our security goals",
"the practices are not in compliance with the Act": news and courts judge a thing by the rule it
keeps or breaks, with no judging word of its own. The predicate ([conformity] in
``stance_words.txt``) is an adjective ("inconsistent with") or a noun after "in" or "at" ("in
breach of", "at odds with"); what follows must be a rule ([norm]), since "results were in line
with forecasts" or "puts the US at odds with its allies" judges nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.stances.lexicon import Lexicon

# Prepositions before a noun of keeping to a rule: "in line with", "at odds with".
STANDING = frozenset({"in", "at"})


def side(tok: Token, lex: Lexicon) -> int | None:
    """The side a predicate of keeping to a rule takes on the copula's subject: +1 for "consistent
    with the law", -1 for "in breach of the treaty"; None when ``tok`` is no such predicate."""
    if tok.dep_ == "prep" and tok.lower_ in STANDING and tok.head.lemma_ == "be":
        word = clauses.child(tok, ("pobj",))
    elif tok.dep_ == "acomp" and tok.pos_ == "ADJ":
        word = tok
    else:
        return None
    if word is None:
        return None
    for prep in (c for c in word.children if c.dep_ == "prep"):
        polarity = lex.conformity.get((word.lower_, prep.lower_))
        rule = clauses.child(prep, ("pobj",))
        if polarity is not None and rule is not None and _a_rule(rule, lex):
            return polarity
    return None


def _a_rule(noun: Token, lex: Lexicon) -> bool:
    """ "international law", "the Voter Act", "federal and state law": a rule or one joined to it."""
    return any(t.lemma_.lower() in lex.norm for t in (noun, *noun.conjuncts))
