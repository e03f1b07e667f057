"""Pages about play: a sport report or a game review, where hits, shots, attacks, wins and
suspensions are moves in a game, not acts between actors (the annotation rules: sports results and
play are no events). A page is about play when its words of play are many, varied and dense; there
only what the state does (an arrest, a ban) is still an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors.lexicon import roles
from faultlines.events import parties
from faultlines.events.doers import STATE_SECTORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.events.lexicon import Lexicon
    from faultlines.model import Event

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
    words = sum(map(str.isalpha, cols.text))
    found = [
        lemma
        for lemma, pos, text in zip(lowered, cols.pos, cols.text, strict=True)
        if lemma in lex.play and pos in PLAY_POS and text.isalpha()
    ]
    dense = len(found) >= MIN_WORDS and len(found) * 1000 >= PER_THOUSAND * words
    return len(set(found)) >= MIN_KINDS and (dense or len(found) >= MANY)


def of_the_state(event: Event, pred: Token) -> bool:
    """An event with the state on one side, by its actors' sectors or by the doer's word ("police"):
    on a page about play, an arrest is still one. A country's name there is most often its team."""
    if any(p is not None and p.sector in STATE_SECTORS for p in (event.source, event.target)):
        return True
    doer = parties.subject(pred)
    role = roles().get(doer.lemma_.lower()) if doer is not None else None
    return role is not None and role.sector in STATE_SECTORS
