"""How strongly, and to which side, a single word judges: from ``stance_words.txt`` where it lists
the word, else from a general sentiment lexicon (VADER's, shipped in the ``vaderSentiment``
package), so that a word never seen in our own data still counts. ``evaluations`` reads the
constructions these words judge in.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from faultlines.stances.lexicon import Lexicon, load

if TYPE_CHECKING:
    from spacy.tokens import Token

# The weakest VADER valence (on its -4..+4 scale) read as a judgement: "terrible" (-2.1) and "smart"
# (+1.7) judge; "serious" (-0.3) and "big" (+0.0) do not.
MIN_VALENCE = 1.5
# A noun must be stronger to judge ("a liar" -2.3, "a win" +2.8): "a fight" (-1.6) or "a problem"
# (-1.7) names what happened more often than it judges.
NOUN_VALENCE = 2.0
# Adverbs that grade a judging modifier down: "the least bad choice" takes no side.
LESSENING = frozenset({"less", "least"})
# Who an idiom of favour ("a gift to", "a giveaway to") may favour without blame: the speaker, for
# whom "such a gift to me" is thanks, not a giveaway.
SPEAKER_OBJECTS = frozenset({"me", "us"})
# The idioms of each lexicon's [evaluative] section by their first word (see ``_idioms``).
_IDIOMS: dict[int, dict[str, tuple[tuple[str, int], ...]]] = {}


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """VADER's word valences (MIT licence), read once per process from the installed package."""
    text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    found = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        score = rest.split("\t", 1)[0]
        if word.isalpha() and score:
            found[word] = float(score)
    return found


def judgement(tok: Token, lex: Lexicon) -> tuple[int, bool]:
    """The side a predicated word takes by its own valence or its modifier's ("a terrible
    message", "the craziest thing"), and whether ``stance_words.txt`` gives it (then it is read
    from there); 0 for a word too weak to judge, or one that states a fact rather than judges
    ("that is true", "it is clear")."""
    if tok.pos_ == "NOUN" and (idiom := _idiom(tok, lex)) is not None:
        return idiom, True  # "the great Trojan horse" is no praise
    words = [tok, *(c for c in tok.children if c.dep_ == "amod" and not _lessened(c)), *_what_of(tok, lex)]
    rated = [*words, *_tried(tok, lex)]
    ours = next((side for w in rated if (side := _ours(w, lex))), 0)
    if ours:
        return ours, True
    words = [
        w
        for w in words
        if w.lemma_.lower() not in lex.factual and not _compounded(w) and not _general(w, lex)
    ]
    table = valence()
    score = next((s for w in words if abs(s := _score(w, table)) >= _weakest(w)), 0.0)
    return (score > 0) - (score < 0), False


def _tried(noun: Token, lex: Lexicon) -> list[Token]:
    """What a noun of trying tries ("a crude attempt to mislead the town"): judged by this project's words
    alone, as VADER rates a verb without its object ("an effort to fight crime")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.trying:
        return []
    return [
        c
        for c in noun.children
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _what_of(noun: Token, lex: Lexicon) -> list[Token]:
    """What a noun that judges by its "of" phrase is of, with the words that grade it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.vehicle:
        return []
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return [w for o in of if o.dep_ == "pobj" for w in (o, *(c for c in o.children if c.dep_ == "amod"))]


def side(tok: Token) -> int:
    """The side a word takes by its VADER valence alone."""
    if tok.lemma_.lower() in load().factual or _compounded(tok):
        return 0
    score = _score(tok, valence())
    return (score > 0) - (score < 0) if abs(score) >= MIN_VALENCE else 0


def by_itself(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun judges by itself or as the head of an idiom ("a disgrace", "a Trojan horse"),
    not only through its modifiers ("a lovely town")."""
    return noun.lemma_.lower() in lex.evaluative or _idiom(noun, lex) is not None or bool(side(noun))


def _general(word: Token, lex: Lexicon) -> bool:
    """A noun too general to judge by itself, rated by VADER in another sense: "the kinds of
    events" is not kind."""
    return word.pos_ == "NOUN" and lex.generic.get(word.lemma_.lower()) == "none"


def _weakest(word: Token) -> float:
    """The weakest valence with which ``word`` judges."""
    return NOUN_VALENCE if word.pos_ == "NOUN" else MIN_VALENCE


def _score(tok: Token, table: dict[str, float]) -> float:
    """The valence of a word's form or of its lemma, whichever is stronger ("distractions" is rated
    weaker than "distraction")."""
    return max(table.get(tok.lower_, 0.0), table.get(tok.lemma_.lower(), 0.0), key=abs)


def _compounded(tok: Token) -> bool:
    """ "trigger-happy" is not happy."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def listed(tok: Token, lex: Lexicon) -> int | None:
    """The side ``stance_words.txt`` gives a judging word, an idiom it opens or its judging modifier:
    "a mistake", "a reckless plan" (a "dangerous time" describes the times, not a side)."""
    polarity = _ours(tok, lex) or None
    if polarity is not None or tok.lemma_.lower() in lex.circumstance:
        return polarity
    if (idiom := _idiom(tok, lex)) is not None:
        return idiom
    return next(
        (
            side
            for c in (*(c for c in tok.children if c.dep_ == "amod"), *_tried(tok, lex))
            if (side := _ours(c, lex)) and not _lessened(c)
        ),
        None,
    )


def _ours(word: Token, lex: Lexicon) -> int:
    """The side [evaluative] gives a word by its lemma or, split at its hyphens, by its whole; a
    judging participle the tagger reads as a verb by its own form ("unsubstantiated and fabricated by
    X" lemmatised "unsubstantiate")."""
    participle = word.tag_ in ("VBN", "VBG") and lex.evaluative.get(word.lower_)
    return (
        lex.evaluative.get(word.lemma_.lower()) or participle or lex.evaluative.get(hyphenated(word) or "", 0)
    )


def hyphenated(tok: Token) -> str | None:
    """The whole of a word the tokenizer split at its hyphens, ending in ``tok``, lower case:
    "short-sighted", "tone-deaf"; None for a word written without one."""
    doc, start = tok.doc, tok.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_)
    ):
        start -= 2
    return doc[start : tok.i + 1].text.lower() if start < tok.i else None


def _lessened(word: Token) -> bool:
    """ "the least bad choice", "a less risky plan": a modifier graded down takes no side by itself."""
    return any(c.dep_ == "advmod" and c.lower_ in LESSENING for c in word.children)


def _idiom(noun: Token, lex: Lexicon) -> int | None:
    """An idiom of [evaluative] that opens with ``noun`` or with the nouns compounded with it: "a
    breath of fresh air", "a slap in the face", "a witch hunt" (its words as written, the noun's
    lemma where it opens the idiom). A noun the parse makes a modifier is compounded all the same
    ("an outlaw state", "outlaw" tagged a noun but hung as an adjective)."""
    doc, idioms, lemma = noun.doc, _idioms(lex), noun.lemma_.lower()
    start = noun.i
    while start > 0 and doc[start - 1].head == noun and _compounded_noun(doc[start - 1]):
        start -= 1
    if lemma not in idioms and (start == noun.i or doc[start].lower_ not in idioms):
        return None  # no idiom opens with either reading's first word: their words need not be read
    rest = [t.lower_ for t in doc[noun.i + 1 : noun.right_edge.i + 1]]
    readings = [[lemma, *rest]]
    if start < noun.i:
        readings.insert(0, [*(t.lower_ for t in doc[start : noun.i]), lemma, *rest])
    for words in readings:
        said = " ".join(words)
        side = next(
            (
                side
                for idiom, side in idioms.get(words[0], ())
                if said.startswith(idiom) and not _favours_speaker(idiom, words)
            ),
            None,
        )
        if side is not None:
            return side
    return None


def _compounded_noun(tok: Token) -> bool:
    return tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.tag_ in ("NN", "NNS"))


def _favours_speaker(idiom: str, words: list[str]) -> bool:
    """ "A gift to me": an idiom of favour whose beneficiary is the speaker."""
    length = idiom.count(" ") + 1
    return idiom.endswith(" to") and len(words) > length and words[length] in SPEAKER_OBJECTS


def _idioms(lex: Lexicon) -> dict[str, tuple[tuple[str, int], ...]]:
    """The idioms of [evaluative] by their first word, indexed once per lexicon."""
    key = id(lex.evaluative)
    if key not in _IDIOMS:
        found: dict[str, list[tuple[str, int]]] = {}
        for words, side in lex.evaluative.items():
            if " " in words:
                found.setdefault(words.split()[0], []).append((words, side))
        _IDIOMS[key] = {first: tuple(rows) for first, rows in found.items()}
    return _IDIOMS[key]
