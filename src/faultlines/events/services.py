"""What one seeks for oneself: care, a job, an office ("sought treatment at a clinic", "seeking
employment", "seeking public office"). Seeking it from no party named asks no one for anything, so
it is no request; "sought help from the envoy" or "sought the smuggler's extradition" asks a party."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Prepositions that name the party asked: "sought aid from Borduria", "sought a pledge of the mayor".
ASKED = frozenset({"from", "of"})


def for_oneself(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb of wanting that may ask ("seek") wants a service for its doer, of no one."""
    if tok.lemma_.lower() not in lex.wish:
        return False
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    if any(c.dep_ == "prep" and c.lower_ in ASKED for h in holders for c in h.children):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in lex.service for o in objects)
