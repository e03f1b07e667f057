"""What a verb names by itself: its own act, the act of its particle or object phrase ("step down",
"open fire"), or the act of the event noun it governs ("imposed sanctions", "lifted the curfew")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events import objects, parties, readings, recode
from faultlines.events.lexicon import Code

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Acts made of words: their objects and complements are what was said, not further acts.
VERBAL = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
PARTICLES = frozenset({"down", "up", "out", "off", "in", "back", "away"})


def lexical(tok: Token, lemma: str, lex: Lexicon) -> tuple[Code | None, list[Token]]:
    """The act a verb names by itself, by its particle or object, or through its object noun."""
    particle = next((c.lemma_.lower() for c in tok.children if c.dep_ == "prt"), None)
    keyed = f"{lemma} {particle}" if particle else lemma
    for child in tok.children:
        # A preposition before the verb opens the sentence ("In an illustration, they gave ..."); a
        # particle word with its own object is a preposition ("gives protection in its own right").
        key = f"{lemma} {child.lemma_.lower()}"
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and (child.lower_ in PARTICLES or g.ent_type_ in parties.TIMES)
            for g in child.children
        ):
            continue  # nor is "called her on Friday" a call on anyone
        if child.dep_ in ("prt", "dobj", "prep") and child.i > tok.i and key in lex.phrase:
            code = lex.phrase[key]  # None for a phrase that is no act ("seize on an idea")
            return code, [child] if code is not None else []
    obj, noun_code = objects.object_act(tok, lex)
    if keyed in lex.reverse or lemma in lex.reverse:
        default = lex.reverse.get(keyed, lex.reverse.get(lemma))
        if noun_code is not None:
            return recode.reversed_act(noun_code), [obj]
        if default is not None:
            return default, []
    if lemma in lex.light and noun_code is not None:
        if noun_code.type == "REQUEST" and not readings.asks_for_something(obj):
            return None, []  # "holds appeal to voters", "a call to a friend"
        return noun_code, [obj]
    if particle in readings.SHIFTING_PARTICLES and keyed not in lex.phrase:
        return None, []  # "signed off", "shot up": a phrasal verb the lexicon does not name
    if tok.pos_ == "ADJ" and lemma not in lex.control:
        return None, []  # "accounts are free": an adjective is no verb of the lexicon
    done_to = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in lex.transitive and not done_to:
        return None, []  # "signed to a label" is no signing of an accord, "passes defended" no defence
    if lemma in lex.intransitive and (done_to or any(c.dep_ == "ccomp" for c in tok.children)):
        return None, []  # "demonstrated his skill" shows; "demonstrated outside parliament" protests
    if lex.control.get(lemma) == Code("PASS") and any(c.dep_ == "xcomp" for c in tok.children):
        return None, []  # "seeking to contrast": the act, if any, is the complement's
    if (code := lex.verb.get(lemma)) is not None:
        return code, []
    code = lex.control.get(lemma)
    if (
        code is None
        or code.type not in VERBAL
        or not readings.has_object(tok, code.type, bare=lemma in lex.bare)
    ):
        return None, []
    if code.type == "AGREE" and not readings.offers_an_act(tok, noun_code):
        return None, []
    return Code(code.type, recode.ask_mode(noun_code) if code.type != "THREATEN" else None), []


def figure(tok: Token, lemma: str, code: Code | None, lex: Lexicon) -> bool:
    """The verb's own act used of no one ("fighting racism"); a phrase ("strike over pay") stands."""
    return code is not None and code == lex.verb.get(lemma) and readings.is_figure(tok, lex)
