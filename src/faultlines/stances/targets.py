"""Stances on what someone did, read off the verb that judges them for it.

"Ruiz criticised Vega for closing the depot" puts Ruiz against closing the depot and Vega, who did
it, for it; "Ruiz thanked Vega for backing the levy" puts both for backing the levy. The doer of an
action is its supporter; the verb's subject takes the verb's side. (Ruiz's stance on Vega as a
person comes from the attitude verb itself, in ``polarity``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses, phrases
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The judge's and the doer's stances on each action judged with "for"."""
    lowered = lemmas(doc)
    found = []
    for i in positions(doc).get("VERB", ()):
        if (sign := lex.attitude.get((lowered[i],))) is None:
            continue
        tok = doc[i]
        doer = clauses.child(tok, ("dobj",))
        deed = _deed(tok)
        if doer is None or deed is None or doer.pos_ not in ("PROPN", "PRON"):
            continue
        if deed.pos_ == "VERB":
            topic, phrase, inner = phrases.action_topic(deed, lex)
        elif lex.generic.get(deed.lemma_.lower()) == "said":
            topic, phrase, inner = deed, "np", 1  # "for his remarks": he stands by what he said
        else:
            continue  # "condemned X for abuses": whoever did them takes no side on them
        if phrase is None or clauses.hypothetical(tok, lex):
            continue
        # "criticised Vega for not closing it": Vega is against closing it.
        did = -inner if clauses.negated(deed) else inner
        judge = syntax.subject(tok, ("nsubj",))
        negated = clauses.negated(tok)
        if judge is not None:
            found.append(
                Expression(tok.i, -sign * did if negated else sign * did, topic.i, phrase, agent=judge.i)
            )
        found.append(Expression(tok.i, did, topic.i, phrase, agent=doer.i))
    return found


def _deed(verb: Token) -> Token | None:
    """What the object is judged for: the gerund ("for closing it") or the noun after "for"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            return clauses.child(prep, ("pcomp", "pobj"))
    return None
