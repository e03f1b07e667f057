"""Leanings written into a word: "the pro-Vesta League", "her anti-Borduria stance".

A prefix of [leaning] joined by a hyphen to a name sides for or against what the name names. The
side is held by what the word describes: a named actor ("the pro-Vesta League"), or whoever owns
the stance, remark, policy or move it describes ("Lee's anti-Borduria remarks", "pro-Vesta moves by
the council"), or the subject it is said of ("Lee is anti-Vesta"). A group told only by its kind
("anti-Vesta protesters", "pro-Vesta Democrats") is no actor whose side it is, and a lower-case
word ("anti-drug", "pro-growth") names a cause, not a party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax, views
from faultlines.stances import clauses
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Tags of a plural name, a group told by its kind and no one actor: "pro-Vesta Democrats".
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Each leaning written with a prefix before a name, held by what it describes, in text order."""
    found = []
    words = views.columns(doc)
    # the prefixes are looked for in the cached columns: a Token made for every word of the Doc
    # cost more than the rest of the stage
    for i, lower in enumerate(words.lower[:-2]):
        sign = lex.leaning.get(lower)
        if (
            sign is None
            or words.text[i + 1] != "-"
            or not words.text[i + 2][:1].isupper()
            or words.lower[i + 2] in lex.leaning_exempt
            or doc[i].whitespace_
            or doc[i + 1].whitespace_
        ):
            continue
        holder = _holder(doc[i + 2], lex)
        if holder is not None:
            found.append(Expression(i, sign, i + 2, "np", agent=holder.i))
    return found


def _holder(name: Token, lex: Lexicon) -> Token | None:
    """The token of who holds the leaning the name ends: the actor it describes, the owner of the
    stance or act it describes, or the subject of a clause saying it."""
    head = name.head
    if head.i == name.i:
        return None
    if name.dep_ == "acomp" or head.pos_ in ("AUX", "VERB"):
        subject = clauses.child(head, ("nsubj",))
        return subject if subject is not None and not clauses.negated(head) else None
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "PROPN":
        return head if head.tag_ not in PLURAL_TAGS else None
    named = syntax.dependent(head, ("appos",))
    if named is not None and named.pos_ == "PROPN":
        return named
    if head.lemma_.lower() not in lex.generic and head.lemma_.lower() not in lex.will_noun:
        return None
    return syntax.dependent(head, ("poss",)) or syntax.object_of(head, "by")
