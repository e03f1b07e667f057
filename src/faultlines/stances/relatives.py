"""What a judgement in a relative clause or an apposition is said of, inside a speaker's quote.

"Ada Roos, who is a disgrace", "the levy, which is a disaster", "Ada Roos, a disgrace to the
office": the judged thing is the noun the clause hangs on, not "who" or "which". Through a
predicate noun the clause names, a second clause reaches it too: "Roos, who is a councillor that
embodies greed" judges Roos. The reading holds only when that noun is in the same quote: a
quote that opens inside the clause judges what its own words name, if anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors import lexicon as actor_words
from faultlines.stances import subjects
from faultlines.stances.quoted import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE = ("WP", "WDT")


def antecedent(subject: Token, context: Context) -> Token | None:
    """The thing ``subject`` stands for: itself, or the antecedent of a relative pronoun in the
    same quote; None when a relative pronoun stands for nothing the quote names."""
    if subject.tag_ not in RELATIVE:
        return subject
    pronoun, head = subject, subjects.relative_antecedent(subject)
    while head.tag_ not in RELATIVE and head.dep_ == "attr":
        # "a councillor who hoards" is the one "who is" names: go on to that "who"
        inner = syntax.subject(head.head, ("nsubj",))
        if inner is None or inner.tag_ not in RELATIVE:
            break
        pronoun, head = inner, subjects.relative_antecedent(inner)
    if head.tag_ in RELATIVE or head is pronoun:
        return None
    if pronoun.lower_ == "which" and _a_person(head, context):
        return None  # "told the minister, which was a wise choice": "which" is what was done
    if context.quote_at.get(head.i) is not context.quote_at.get(subject.i):
        return None
    return head


def set_off(pronoun: Token) -> bool:
    """Whether a relative pronoun opens a clause set off by a comma ("the levy, which hurts
    shops"), which says something of its antecedent, rather than one that tells which thing is
    meant ("the ruling that paved the way")."""
    return pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","


def _a_person(tok: Token, context: Context) -> bool:
    """A person named or called by a role: "Ada Roos", "the minister"."""
    return person_word(tok) or context.actor_at.get(tok.i) == "person"


def person_word(tok: Token) -> bool:
    """A word that names a person by name or role, as the parse alone tells: "Roos", "the minister"."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in actor_words.roles()
