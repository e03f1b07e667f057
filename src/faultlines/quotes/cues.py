"""Cue detection: which tokens introduce an attribution, and the span a cue covers.

The lexicon lives in ``cue_verbs.txt`` beside this module. A cue is a verb whose lemma is listed,
a listed noun with a that-clause ("the claim that …"), or the phrase "according to". Its span
takes in a perfect auxiliary and a particle so that "has learned" and "pointed out" come out whole.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from faultlines import tables
from faultlines.syntax import PERFECT
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.views import Columns

LEXICON = Path(__file__).with_name("cue_verbs.txt")
NOUN_SECTION = "noun"
ADJECTIVE_SECTION = "adjective"
MESSAGE_SECTION = "message"
# Tags of a stance adjective: "afraid" (JJ), and the participles "were frustrated", "came away convinced".
ADJECTIVE_TAGS = ("JJ", "VBN", "VBD")


# Tags of cue_verbs.txt (its header says what each means).
ADDRESSEE = "addressee"
INTERVIEW = "interview"
INFINITIVE = "infinitive"
TOPIC = "topic"
GERUND = "gerund"
WHETHER = "whether"
OBJECT_TO = "object-to"
DEMAND = "demand"
MANDATIVE = "mandative"
TALK = "talk"
NAMING = "naming"
CLAIMED = "claimed"
DENYING = "denying"
NEG_RAISING = "neg-raising"
PREP = "prep="


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[list[str]]]:
    """Section name -> its entries (the lemma, then its tags if any), in file order."""
    return tables.sections(LEXICON)


@lru_cache(maxsize=1)
def _tags() -> dict[str, tuple[str, ...]]:
    """Lemma -> the tags written after it, on any of its rows ("claim" is a verb and a noun)."""
    tags: dict[str, tuple[str, ...]] = {}
    for rows in _sections().values():
        for row in rows:
            if len(row) > 1:
                tags[row[0]] = tags.get(row[0], ()) + tuple(row[1].split())
    return tags


@cache
def tagged(tag: str) -> frozenset[str]:
    """The lemmas that carry ``tag``: ``tagged(ADDRESSEE)`` are the verbs whose object is spoken to."""
    return frozenset(lemma for lemma, tags in _tags().items() if tag in tags)


@lru_cache(maxsize=1)
def prepositions() -> dict[str, frozenset[str]]:
    """Lemma -> the prepositions whose phrase is what was said ("call" -> for, on), from ``prep=``."""
    return {
        lemma: frozenset(tag[len(PREP) :].split(","))
        for lemma, tags in _tags().items()
        for tag in tags
        if tag.startswith(PREP)
    }


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Verb lemma -> section (``speech``, ``belief`` or ``position``) from ``cue_verbs.txt``."""
    table: dict[str, str] = {}
    for section, rows in _sections().items():
        if section not in (NOUN_SECTION, ADJECTIVE_SECTION, MESSAGE_SECTION):
            for row in rows:
                table.setdefault(row[0], section)
    return table


def is_cue_noun(token: Token) -> bool:
    """``token`` is a noun that reports a claim when a that-clause follows: "the claim that …"."""
    return token.tag_.startswith("NN") and token.lemma_.lower() in _nouns()


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(row[0] for row in _sections().get(NOUN_SECTION, ()))


@lru_cache(maxsize=1)
def messages() -> frozenset[str]:
    """Nouns of messages, whose words are their author's: "statement", "tweet", "ad"."""
    return frozenset(row[0] for row in _sections().get(MESSAGE_SECTION, ()))


def is_cue_adjective(token: Token) -> bool:
    """``token`` is an adjective that reports a belief when a that-clause follows: "are afraid that …"."""
    return token.tag_ in ADJECTIVE_TAGS and token.lower_ in _adjectives()


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(row[0] for row in _sections().get(ADJECTIVE_SECTION, ()))


def cue_kind(token: Token) -> str | None:
    """The lexicon section of ``token`` if it is a cue verb, else None."""
    return cue_kind_at(columns(token.doc), token.i)  # the columns: no tag or lemma string made per ask


def cue_kind_at(cols: Columns, i: int) -> str | None:
    """``cue_kind`` of the token at ``i``, read from the columns."""
    if not cols.tag[i].startswith("VB"):
        return None
    return lexicon().get(cols.lemma[i].lower())


def candidates(cols: Columns) -> list[int]:
    """Indexes of the tokens that ``is_according``, ``cue_kind`` or ``is_cue_noun`` may accept, read
    from the token columns so that only these become Tokens."""
    verbs, nouns, adjectives, lower = lexicon(), _nouns(), _adjectives(), cols.lower
    # Each distinct lemma meets the lexicons once, not once per token: most tokens then cost a set lookup or two.
    lemmas = {lemma for lemma in set(cols.lemma) if lemma.lower() in verbs or lemma.lower() in nouns}
    words = adjectives | {"according"}
    return [
        i
        for i, (tag, lemma, word) in enumerate(zip(cols.tag, cols.lemma, lower, strict=True))
        if (
            lemma in lemmas
            and (
                (tag.startswith("VB") and lemma.lower() in verbs)
                or (tag.startswith("NN") and lemma.lower() in nouns)
            )
        )
        or (
            word in words
            and (
                (tag in ADJECTIVE_TAGS and word in adjectives)
                or (word == "according" and lower[i + 1 : i + 2] == ["to"])
            )
        )
    ]


def is_according(token: Token) -> bool:
    """``token`` is "according" in "according to"."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def cue_bounds(token: Token) -> tuple[int, int]:
    """Character bounds of the cue headed by ``token``: "has learned", "pointed out", "according to"."""
    start, end = token.idx, token.idx + len(token)
    if is_according(token):
        return start, token.nbor(1).idx + len(token.nbor(1))
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ in PERFECT and child.i == token.i - 1:
            start = child.idx
        elif child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child)
    return start, end
