"""Who takes the side a document takes: "Lee filed papers opposing X", "Lee sent a letter urging
the council to scrap X" and "Lee's posts attacking X" are Lee's, whoever filed, sent or wrote the
thing a participle describes. People described so ("met farmers opposing X") are only themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses, subjects
from faultlines.stances.relatives import person_word

if TYPE_CHECKING:
    from spacy.tokens import Token


def sent(verb: Token) -> bool:
    """Whether ``verb`` is a participle describing a thing someone sent, filed or wrote."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and syntax.sending(verb.head) is not None


def sender(verb: Token) -> Token | None:
    """Who sent the thing the participle ``verb`` describes: the owner ("Lee's posts"), else the
    subject of the verb that sent it. None when ``verb`` is no such participle, or describes people."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or person_word(verb.head):
        return None
    by = syntax.sending(verb.head)
    if by is None:
        return None
    if by.pos_ not in ("VERB", "AUX"):
        return by
    filer = clauses.child(by, ("nsubj",)) or subjects.adjunct_subject(by)
    return subjects.relative_antecedent(filer) if filer is not None else None
