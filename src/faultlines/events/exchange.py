"""Words of the exchange between a reporter and a source that report no act: questions asked,
comments declined, a source's wish not to be named, an interview agreed to (the annotation rules:
questions and "declined to comment" are not events)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.quotes import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Verbs of talking about something: declining to do so is declining to comment. The cue verbs
# among them carry the "talk" tag of quotes/cue_verbs.txt; these are not cues.
TALK = cues.tagged(cues.TALK) | {"address", "elaborate"}
# Verbs of naming a source, which a source may ask the reporter not to do.
NAMING_VERBS = frozenset({"identify", "name", "quote"})


def asks_question(tok: Token) -> bool:
    """ "asked whether the deal would hold", "asked about the costs", "asked him a question": a
    question, not a request; nor is "Asked to explain the delay, the mayor said ...", a reporter's
    question to the speaker."""
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in tok.children):
        return True  # "asked him the question", "asked questions"
    if _put_to_speaker(tok):
        return True
    for comp in (c for c in tok.children if c.dep_ == "ccomp"):
        first = comp.left_edge
        if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WRB"):
            return True
    return False


def asks_anonymity(tok: Token) -> bool:
    """ "a source who asked not to be named": a source's terms with the reporter, not a request."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NAMING_VERBS and syntax.dependents(c, ("auxpass",))
        for c in tok.children
    )


def _put_to_speaker(tok: Token) -> bool:
    """ "Asked about the delay, the mayor said ...", "Asked for an example, he cited ...": a bare
    participle that says something or opens the sentence puts the reporter's question."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or any(c.dep_ == "agent" for c in tok.children):
        return False
    return tok.head.lemma_.lower() in cues.lexicon() or tok.left_edge.is_sent_start


def declines_comment(tok: Token, lex: Lexicon) -> bool:
    """ "declined to say whether ...", "refused to comment": no comment is a statement (CAMEO 011);
    "refused to disclose his records" withholds something and is a refusal."""
    comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if comp is None or comp.lemma_.lower() not in lex.speech | TALK:
        return False
    if comp.lemma_.lower() in TALK:  # "refused to discuss the appointees" is no comment either
        return True
    return not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in comp.children)


def grants_an_interview(tok: Token, lex: Lexicon) -> bool:
    """ "agreed to an interview", "agreed to a podcast": agreeing to speak to the press is no act
    done with anyone; "agreed to talks" or "to a conference" still agree."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "on") and g.dep_ == "pobj" and g.lemma_.lower() in lex.press
        for c in tok.children
        for g in c.children
    )
