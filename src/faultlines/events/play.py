"""Pages about play: a sport report or a game review, where hits, shots, attacks, wins and
suspensions are moves in a game, not acts between actors (the annotation rules: sports results and
play are no events). A page is about play when its words of play are many, varied and dense; there
only what the state does (an arrest, a ban: ``doers.of_the_state``) is still an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.events.lexicon import Lexicon

# At least this many words of play, of this many kinds, at this rate per thousand words, or this
# many in all (a long game review): a political page that mentions a game or a referee (seven at
# most in the dev sets), or one sentence about a match, stays below.
MIN_WORDS = 4
MIN_KINDS = 3
PER_THOUSAND = 15
MANY = 15
# "the scorer", "he scored": nouns and verbs; "a game changer" (an adjective use) is not play.
PLAY_POS = frozenset({"NOUN", "VERB", "PROPN"})


def is_play(doc: Doc, lex: Lexicon) -> bool:
    """Whether the page reports play in a game: words of play varied, and dense or many."""
    cols, lowered = views.columns(doc), views.lemmas(doc)  # read once per Doc, not a Token per word
    words = views.word_count(doc)
    found = [
        lemma
        for lemma, pos, text in zip(lowered, cols.pos, cols.text, strict=True)
        if lemma in lex.play and pos in PLAY_POS and text.isalpha()
    ]
    dense = len(found) >= MIN_WORDS and len(found) * 1000 >= PER_THOUSAND * words
    return len(set(found)) >= MIN_KINDS and (dense or len(found) >= MANY)


def comeback(tok: Token, lex: Lexicon) -> bool:
    """ "Kral rallied to beat Ines Roos 3-6, 6-4, 7-5": a player who came back to win a game, not
    a rally held; "the nurses rallied to demand a raise" is one."""
    return tok.lemma_.lower() == "rally" and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lex.beat for c in tok.children
    )
