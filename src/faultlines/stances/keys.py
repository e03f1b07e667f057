"""Topic keys: the normalised content words that identify a thing at stake.

A key is the set of a phrase's stems, so a verb phrase and its noun phrase meet ("close the
libraries", "the library closures"), without general nouns ("plan", "claim"), stop words or titles.
Two keys name one topic when most of the words of the shorter are in the other ("a Halden dam", "a
new dam on the Halden river"), unless one names a different option ("a smaller rise" is not "the
rise"). The same key and test serve within a document and, on stored labels, across a corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from faultlines.stances.lexicon import load as load_lexicon

# Share of the shorter key's words the longer one must hold: "stadium plan" and "peace plan" (1/2)
# stay apart, "dam on the Velmor" and "dam on the Velmora" (3/4) merge.
MERGE_OVERLAP = 2 / 3
# Derivational endings dropped from a word, longest first: "closure", "closing", "closed" -> "clos";
# a verb in "-ate" as its noun in "-ation": "regulating", "regulated", "regulation" -> "regul".
SUFFIXES = ("ation", "ating", "ition", "ated", "ment", "ate", "ure", "ing", "ion", "ed", "e")
MIN_STEM = 3
# The endings of a verb in "-ate", dropped only from such a verb (``_ate_verb``).
_ATE = frozenset({"ating", "ated", "ate"})


# "the so-called sin levy" only quotes the name of the thing, which is not called anything.
_SO_CALLED = re.compile(r"\bso[- ]called\b")


# A capitalised abbreviation written with full stops ("E.U.", "U.N."), a word as written without
# them ("EU"); lower-case ones ("p.m.", "e.g.") name no thing.
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")

# The one key word of every thing said ("tweet", "remark", "statement"): see [generic] "said".
SAID = "remark"
# The one key word of every wording ("the term X", "the phrase X"): see [wording].
WORDING = "term"
WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1 << 14)  # a document asks the same phrase's key five times on average
def key(text: str) -> frozenset[str]:
    """The normalised content words that identify a topic phrase or label."""
    undotted = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
    words = WORDS.findall(_SO_CALLED.sub(" ", undotted.lower()))
    # a nickname counts as the full name it stands for ([alias]): "Obamacare" is the care act
    aliases = load_lexicon().alias
    words = [part for w in words for part in (aliases[w].split() if w in aliases else (w,))]
    keys = (_word_key(w) for w in words if len(w) > 1)
    return frozenset(k for k in keys if k is not None)


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str | None:
    """What one word of a phrase counts as in its key; None for a word that names nothing."""
    word = _singular(word)
    if word in _ignored():
        return None
    if word in _said():
        return SAID
    if wording(word) == WORDING:
        return WORDING
    # an act's noun whose stem is not its verb's ("expansion", "withdrawal") counts as the verb
    return _stem(load_lexicon().nominal.get(word, word))


def wording(word: str) -> str:
    """A word as a key counts it among a wording's nouns: each of them ("term", "phrase", "word") is
    one word, ``WORDING``; any other word is itself."""
    return WORDING if word in load_lexicon().wording else word


def words_written(text: str) -> int:
    """How many content words a phrase writes out, a nickname counting as one: of two namings with
    one key, the full name writes out more ("Affordable Care Act" 3, "Obamacare" 1)."""
    return sum(1 for w in WORDS.findall(text.lower()) if len(w) > 1 and _word_key(w) is not None)


def topic_key(label: str) -> str:
    """A stable string form of a label's key, for storing and looking topics up across documents."""
    return " ".join(sorted(key(label)))


def same_topic(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two keys name one topic."""
    # Two remarks are one only when they are about the same thing ("the remark" alone is resolved
    # within its article by ``group``, never across articles).
    if not a or not b or (a ^ b) & _contrast() or not (a & b) - {SAID}:
        return False
    return len(a & b) / min(len(a), len(b)) >= MERGE_OVERLAP


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as")):
        return word[:-1]
    return word


def _ate_verb(stem: str) -> bool:
    """Whether a word ending in "-ate" may be a verb in "-ate" ("regulate", "negotiate"), not a
    short word ("senate", "debate") or one ending in "eat" or "oat" ("defeated", "floated")."""
    return len(stem) > MIN_STEM and stem[-1] not in "eoa"


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        stem = word.removesuffix(suffix)
        if suffix in _ATE and not _ate_verb(stem):
            continue
        if stem != word and len(stem) >= MIN_STEM:
            # "cutting" -> "cut", but "filling" -> "fill" as "fill" itself stays.
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]
            # "ratified" -> "ratify", as "ratifies" and "ratifying" are
            return stem[:-1] + "y" if suffix == "ed" and stem.endswith("i") else stem
    return word


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    """Words that name nothing in a key: stop words, courtesy titles, light verbs, general nouns,
    judging words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from faultlines.actors.titles import HONORIFICS

    lex = load_lexicon()
    # Judging words say what someone thinks of a thing, not which thing: "an outrageous remark".
    stop = frozenset(STOP_WORDS) - lex.stop_noun
    # "Mr. Lee's remark" is no nearer "Mr. Kim's remark" than "Ms. Kim's": titles name nobody.
    titles = frozenset(w for w in HONORIFICS if f"{w}." in HONORIFICS)
    return (stop | titles | lex.light | frozenset(lex.generic) | frozenset(lex.evaluative)) - _said()


@lru_cache(maxsize=1)
def _said() -> frozenset[str]:
    return frozenset(w for w, kind in load_lexicon().generic.items() if kind == "said")


@lru_cache(maxsize=1)
def _contrast() -> frozenset[str]:
    # A remark about a thing is not the thing: "her claims about the test" is not "the test".
    return frozenset(_stem(w) for w in load_lexicon().contrast) | {SAID}
