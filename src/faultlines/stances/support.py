"""Support received: "Ruiz won the endorsement of the union", "the bill has the backing of Lee", "she
is thrilled to receive the endorsement of X". The givers named in the "of" phrase (or as its owner:
"won the union's endorsement") take the noun's side on whoever receives it, once it is had: "could
win the support of Lee" or "eager to win it" leaves Lee's side open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, phrases, subjects
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.syntax import ACTOR_ENTITIES

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words of gladness at having received something: "thrilled to receive X" has it ("eager to win X"
# has not).
GLAD = frozenset(
    {"thrilled", "honored", "honoured", "proud", "happy", "glad", "pleased", "delighted", "grateful"}
)


def giver(noun: Token, prep: Token, obj: Token, lex: Lexicon) -> bool:
    """ "Won the support of the Harbour Party", "the endorsement of Senator Lee": after "the", a
    name in the "of" phrase of a noun of support given is who gives it, not what it is given to
    ("her support of the levy" is hers, for the levy)."""
    return (
        prep.lower_ == "of"
        and noun.lemma_.lower() in lex.given
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and obj.ent_type_ in ACTOR_ENTITIES
    )


def received(noun: Token, lex: Lexicon) -> list[Expression] | None:
    """ "The bill has the backing of Lee and Kim", "Ruiz won the endorsement of the union": the
    givers in the "of" phrase (or owning the noun) take its side on the subject that receives it."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or noun.lemma_.lower() not in lex.given
        or verb.lemma_.lower() not in lex.receiving
    ):
        return None
    prep = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    giver = clauses.child(prep, ("pobj",)) if prep is not None else _named_owner(noun)
    receiver = clauses.child(verb, clauses.SUBJECTS)
    if receiver is None and verb.dep_ == "xcomp" and verb.head.lower_ in GLAD:
        # "she is thrilled to receive the endorsement of X": glad of it, she has it
        glad = verb.head
        receiver = clauses.child(glad, clauses.SUBJECTS) or (
            clauses.child(glad.head, clauses.SUBJECTS) if glad.dep_ == "acomp" else None
        )
    if giver is None or receiver is None:
        return None
    if clauses.tentative(verb, lex) or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return []  # "could win the support of Lee" leaves Lee's side open
    # "the levy, which has the backing of Lee": the thing the relative pronoun stands for
    topic, phrase, sign = phrases.content(subjects.relative_antecedent(receiver), lex)
    if phrase is None:
        return []
    side = -sign if clauses.negated(verb) else sign
    return [Expression(noun.i, side, topic.i, phrase, agent=giver.i)]  # holders add those joined to it


def _named_owner(noun: Token) -> Token | None:
    """The name or pronoun a noun of support is owned by: "won the union's endorsement" is the
    union's, "Lee has my full support" the speaker's."""
    owner = clauses.child(noun, ("poss",))
    return (
        owner if owner is not None and (owner.ent_type_ in ACTOR_ENTITIES or owner.pos_ == "PRON") else None
    )
