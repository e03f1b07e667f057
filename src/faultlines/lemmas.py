"""Verb lemmas the small model's lemmatizer gets wrong, mended once in the parse for every stage.

spaCy's rule lemmatizer tries each suffix rule of a verb and keeps the last stem its verb index knows:
for "hoped" both "hope" (-ed -> -e) and "hop" (-ed -> nothing) are verbs of the index, and it gives
"hop" ("hates" -> "hat", "rated" -> "rat", "staging" -> "stag"). Where both stems are verbs the
written form settles it: a stem with a short vowel doubles its last consonant ("hopped", "hopping"),
so a single one before -ed, -es or -ing belongs to the stem in -e. The exception is a stem in -ng
before -ing, which keeps no "e" ("singing" is of "sing", "singeing" of "singe").

A past form the tagger took for a base form ("was tased and then shot" tagged VB) keeps itself as its
lemma, which the index's irregular forms and rules mend ("shoot"). A verb the index does not know
gets the first stem its rules make, "-ed" -> "-e" before "-ed" ->
nothing: "rearrested" -> "rearreste", "misreported" -> "misreporte". Where such a verb is a prefix on
a verb the index knows, it is that verb's lemma behind the prefix ("rearrest", "misreport").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MENDER = "faultlines_lemmas"
# Prefixes that make a verb of a verb: "re-", "mis-", "un-" ("unfollowed"), "pre-", "over-", "under-".
PREFIXES = ("re", "mis", "un", "pre", "over", "under")
MIN_REST = 4  # "un" + "ited" is no prefixed verb


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


class Index:
    """The lemmatizer's verb tables, as the mending reads them."""

    def __init__(self, verbs: set[str], exceptions: dict[str, list[str]], rules: list[list[str]]) -> None:
        self.verbs, self.exceptions, self.rules = verbs, exceptions, rules
        self.short = stems(verbs)

    def prefixed(self, lower: str) -> str | None:
        """The lemma of a verb the index does not know, written ``lower``, if it is a prefix on one it
        knows: "rearrested" -> "rearrest"."""
        for prefix in PREFIXES:
            rest = lower.removeprefix(prefix).removeprefix("-")
            if rest != lower and len(rest) >= MIN_REST and (base := self.lemma(rest)) is not None:
                return lower[: len(lower) - len(rest)] + base
        return None

    def lemma(self, lower: str) -> str | None:
        """The lemma of a verb written ``lower`` if the index knows it, as the lemmatizer would give
        it and ``mended``; None otherwise."""
        if lower in self.exceptions:
            return self.exceptions[lower][0]
        known = [lower[: len(lower) - len(old)] + new for old, new in self.rules if lower.endswith(old)]
        known = [form for form in known if form in self.verbs]
        return mended(known[-1], lower, self.short) if known else None


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
    index = Index(
        set(lookups.get_table("lemma_index").get("verb", {})),
        dict(lookups.get_table("lemma_exc").get("verb", {})),
        list(lookups.get_table("lemma_rules").get("verb", [])),
    )
    strings = nlp.vocab.strings
    shorts = np.array([strings.add(stem) for stem in index.short], dtype="uint64")
    known = np.array([strings.add(verb) for verb in index.verbs], dtype="uint64")

    def mend(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([POS, LEMMA])
        verbs = table[:, 0] == VERB
        # column tests first: a Doc has a few such verbs at most, and only they become Tokens
        for i in np.flatnonzero(verbs & np.isin(table[:, 1], shorts)).tolist():
            tok = doc[i]
            if (better := mended(tok.lemma_, tok.lower_, index.short)) != tok.lemma_:
                tok.lemma_ = better
        for i in np.flatnonzero(verbs & ~np.isin(table[:, 1], known)).tolist():
            tok = doc[i]
            # a past form the tagger took for a base form keeps itself as its lemma: "was tased and
            # then shot" gives "shot", which the index's irregular forms make "shoot"
            if (better := index.prefixed(tok.lower_) or index.lemma(tok.lower_)) is not None:
                tok.lemma_ = better
        return doc

    return mend
