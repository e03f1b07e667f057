"""Wrongs a speaker lays at a named actor's door: "Borduria's latest provocation", "Lee's threat
to our farms", "the council's blunder"; "Lee lied about the audit", "he lashed out at our generals".

A judging noun of ``stance_words.txt`` that finds fault ([evaluative], -1), owned by a name, in a
named speaker's own words, calls what that actor did a wrong: the speaker's stance against the
actor. Only fault-finding nouns count: "Lee's victory" or "her success" tells how things went, not
what the speaker thinks of her. A noun of will ("Lee's threats to close the port") is the owner's
will, read by ``wills``; a noun predicated of a subject ("this is Lee's blunder") is read by
``polarity``; nor does one count in another's reported words, asked about, or under a condition.

So with a verb whose very choice blames its doer ([misconduct]: "lied", "smeared", "lashed out"),
told of a named actor as done: the speaker's stance against the doer. A neutral verb of criticism
("Lee attacked the plan") tells Lee's own side, which ``polarity`` reads; a misdeed denied ("he
never lied"), only possible ("he may lie") or done for a purpose ("used the tweet to mock her") is
no blame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events.judgements import RESTING
from faultlines.stances import clauses
from faultlines.stances.expression import Expression
from faultlines.stances.polarity import PREDICATIVE
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.stances.lexicon import Lexicon
    from faultlines.stances.quoted import Context


def find(context: Context, lex: Lexicon) -> list[Expression]:
    """Every fault-finding noun owned by a named actor in a named speaker's quotes, in text order."""
    doc = context.doc
    cols = columns(doc)
    found = []
    for i in context.own_words:
        if cols.pos[i] != "NOUN" or lex.evaluative.get(cols.lemma[i].lower()) != -1:
            continue
        noun = doc[i]
        owner = clauses.child(noun, ("poss",))
        if owner is None or owner.pos_ != "PROPN" or owner.i not in context.actor_at:
            continue
        clause = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if clause is None or context.quote_at.get(clause.i) is not context.quote_at[i]:
            continue  # a quote of a bare name ("condemned Lee's blunder") is the narrator's wording
        if _judged_otherwise(noun, clause) or context.reported(noun):
            continue
        found.append(Expression(noun.i, -1, owner.i, "np"))
    return found


def misdeeds(context: Context, lex: Lexicon) -> list[Expression]:
    """Every misdeed a named speaker's quotes tell a named actor did, in text order."""
    doc = context.doc
    cols = columns(doc)
    found = []
    for i in context.own_words:
        if cols.pos[i] != "VERB" or cols.lemma[i].lower() not in lex.misconduct:
            continue
        verb = doc[i]
        doer = syntax.subject(verb, ("nsubj",))
        if doer is None or doer.i not in context.actor_id_at or not _misdeed(verb):
            continue
        if context.quote_at.get(doer.i) is not context.quote_at[i]:
            continue  # "Lee, who 'lied to us'": the name is the narrator's wording
        if clauses.negated(verb) or clauses.tentative(verb, lex) or clauses.hypothetical(verb, lex):
            continue
        if clauses.asked(verb) or context.reported(verb):
            continue
        found.append(Expression(i, -1, doer.i, "np"))
    return found


def _misdeed(verb: Token) -> bool:
    """ "lashed out", not "lashed the boat"; "lied about it", "is lying", not "lay in bed"."""
    lemma = verb.lemma_.lower()
    if lemma == "lash":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma == "lie":
        told = verb.lower_ not in RESTING
        return told and all(c.lower_ in ("about", "to") for c in verb.children if c.dep_ in ("prep", "prt"))
    return True


def _judged_otherwise(noun: Token, clause: Token) -> bool:
    """A noun that says something else than the owner's wrong: predicated of a subject, denied
    ("no blunder of Lee's"), a will with its action ("threats to close"), or in a ``clause`` asked
    about or set as a condition."""
    if noun.dep_ in PREDICATIVE or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if any(c.dep_ == "acl" for c in noun.children):
        return True
    return clauses.asked(clause) or clauses.marked_by(clause, ("if", "unless", "whether"))
