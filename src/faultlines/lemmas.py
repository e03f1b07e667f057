"""Verb lemmas the small model's lemmatizer gets wrong, mended once in the parse for every stage.

spaCy's rule lemmatizer tries each suffix rule of a verb and keeps the last stem its verb index knows:
for "hoped" both "hope" (-ed -> -e) and "hop" (-ed -> nothing) are verbs of the index, and it gives
"hop" ("hates" -> "hat", "rated" -> "rat", "staging" -> "stag"). Where both stems are verbs the
written form settles it: a stem with a short vowel doubles its last consonant ("hopped", "hopping"),
so a single one before -ed, -es or -ing belongs to the stem in -e. The exception is a stem in -ng
before -ing, which keeps no "e" ("singing" is of "sing", "singeing" of "singe").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MENDER = "faultlines_lemmas"
ENDINGS = ("ed", "es", "ing")


def stems(index: frozenset[str] | set[str]) -> dict[str, str]:
    """Verb stem -> the verb in -e the lemmatizer takes it for, of a verb index: "hop" -> "hope"."""
    return {verb: verb + "e" for verb in index if verb + "e" in index}


def mended(lemma: str, lower: str, short: dict[str, str]) -> str:
    """The lemma of a verb written ``lower`` whose lemmatizer gave ``lemma``, with ``short`` from
    ``stems``: "hop" of "hoped" is "hope", "sing" of "singing" stays."""
    long = short.get(lemma)
    if long is None or lower not in (lemma + "ed", lemma + "es", lemma + "ing"):
        return lemma
    return lemma if lemma.endswith("ng") and lower == lemma + "ing" else long


def register() -> None:
    """Make the ``MENDER`` component known to spaCy (once per process)."""
    from spacy.language import Language

    if not Language.has_factory(MENDER):
        Language.factory(MENDER)(_make)


def _make(nlp: Language, name: str):
    import numpy as np
    from spacy.attrs import LEMMA, POS
    from spacy.symbols import VERB

    lookups = nlp.get_pipe("lemmatizer").lookups
    short = stems(set(lookups.get_table("lemma_index").get("verb", {})))
    strings = nlp.vocab.strings
    hashes = np.array([strings.add(stem) for stem in short], dtype="uint64")

    def mend(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([POS, LEMMA])
        # a column test first: a Doc has a few such verbs at most, and only they become Tokens
        for i in np.flatnonzero((table[:, 0] == VERB) & np.isin(table[:, 1], hashes)).tolist():
            tok = doc[i]
            lemma = tok.lemma_
            if (better := mended(lemma, tok.lower_, short)) != lemma:
                tok.lemma_ = better
        return doc

    return mend
