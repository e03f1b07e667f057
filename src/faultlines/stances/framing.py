"""Framing nouns: "blocked any discussion of X", "backs the idea of X" take a side on X, and name
it X; the noun ([wrapper] in stance_words.txt) only frames the thing at stake."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances.extents import noun_phrase
from faultlines.stances.lexicon import load as load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions after a framing noun that lead to what it is about.
FRAMING_PREPOSITIONS = frozenset({"of", "about", "over", "on"})


def framed(noun: Token) -> Token | None:
    """What a framing noun ([wrapper]) is about, the thing at stake: the noun or gerund after its
    "of", "about", "over" or "on" ("blocked any discussion of pooling the fleets", "the idea of
    a port tax"); None for any other noun. Talks (plural) are a thing of their own."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in load_lexicon().wrapper or noun.tag_ == "NNS":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in FRAMING_PREPOSITIONS:
            inner = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if inner is not None and (inner.pos_ in ("NOUN", "PROPN") or inner.tag_ == "VBG"):
                return inner
    return None


def acting(noun: Token) -> Token | None:
    """The gerund right after a noun that says what it does ("the farmers running the board")."""
    end = noun_phrase(noun.doc, noun)[1]
    return next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == end), None)
