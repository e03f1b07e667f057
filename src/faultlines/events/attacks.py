"""Attacks made in words: when a verb or noun of force ("attacked", "hit", "attacks on") is criticism
(ACCUSE, CAMEO 111) rather than violence.

News of politics uses the words of force for what candidates say of each other: "attacked her rival
in a tweet", "hit the senator hard on his record", "attacked him as a fraud". An attack on people or
places, with a weapon or by an armed body, stays one of force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import doers, kinds, objects, parties

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Prepositions that give the grounds of criticism: "attacked the senator for voting no", "hit out
# over the cuts", "hit him hard on his record".
GROUNDS = frozenset({"for", "over", "on"})
# Prepositions of where words were said: "in a tweet", "during the debate", "at a rally".
SAID_IN = frozenset({"in", "during", "at", "on", "via", "through"})
# Sectors of armed doers, whose attacks on named people are force: "gunmen attacked the mayor".
ARMED = frozenset({"MIL", "COP", "UAF", "REB", "CRM", "INS", "SPY"})


def in_words(tok: Token, lex: Lexicon) -> bool:
    """An attack verb used of criticism: given grounds, a "called ..." complement ("attacked him as a
    fraud"), said in a message or debate, made by a message or campaign, aimed at no one, or done by a
    named person to a named person with no weapon."""
    if tok.lemma_.lower() not in lex.verbal or objects.means(tok, lex) is not None or _kills(tok, lex):
        return False
    if objects.on_the_body(tok, lex):
        return False  # "hit the lineman in the head with a helmet"
    done_to = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        said = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "as" and said and any(kinds.someone(t, lex) for t in done_to):
            return True  # "attacked the senator as a liar"
        if _in_a_message(prep, SAID_IN, lex):
            return True
        if prep.lower_ in GROUNDS and any(_grounds(g, prep.lower_) for g in said):
            return True
    if tok.dep_ == "acl" and _message(tok.head, lex):
        return True  # "a new ad attacking the mayor", whoever sent it
    doer = parties.subject(tok)
    if doer is not None and (_message(doer, lex) or doer.lemma_.lower() == "campaign"):
        return True  # "the ad hit her", "the campaign hit her"
    if done_to and not any(kinds.someone(t, lex) and not _owned_thing(t, lex) for t in done_to):
        return True  # "attacked the plan", "attacked Lee's record"
    return _on_named_people(tok, doer, done_to)


def _owned_thing(noun: Token, lex: Lexicon) -> bool:
    """A thing that names someone only by its owner: "Lee's record", "her remarks" (not "Lee's
    house", a place force is done to, nor "the Lee campaign", a body)."""
    if noun.pos_ != "NOUN" or kinds.actor_word(noun, lex):
        return False
    return not any(c.dep_ in ("compound", "amod") and kinds.actor_word(c, lex) for c in noun.children)


def attacked_in_words(noun: Token, targets: list[Token], lex: Lexicon) -> bool:
    """ "his attacks on the senator", "attacks on the plan", "attacks on her, including Friday's
    tweets": an attack noun aimed at a named person or at no one, or made in a message, with no
    weapon named, is criticism; "attacks on the convoy" are force."""
    if noun.lemma_.lower() not in lex.verbal or any(c.lemma_.lower() in lex.means for c in noun.children):
        return False
    # the parse may hang the list of attacks on the one attacked: "attacks on Lee, including tweets"
    preps = (p for h in (noun, *targets) for p in h.children if p.dep_ == "prep")
    if any(_in_a_message(p, SAID_IN | {"including"}, lex) for p in preps):
        return True
    return bool(targets) and all(t.ent_type_ == "PERSON" or not kinds.someone(t, lex) for t in targets)


def _in_a_message(prep: Token, words: frozenset[str], lex: Lexicon) -> bool:
    """A preposition among ``words`` whose object is a message or an occasion: "in tweets"."""
    return prep.lower_ in words and any(
        g.dep_ in ("pobj", "pcomp") and _message(g, lex) for g in prep.children
    )


def _message(tok: Token, lex: Lexicon) -> bool:
    """A message or an occasion of speech: "tweets", "an ad", "the debate", "an interview"."""
    return tok.lemma_.lower() in lex.message or tok.lemma_.lower() in lex.occasion


def _grounds(tok: Token, prep: str) -> bool:
    """What criticism is about: "for voting no", "over the cuts", "on his record"; not a time ("on
    Friday") nor, after "on", a place or a person ("hit on the road", "fired on the crowd")."""
    if tok.ent_type_ in syntax.TIME_ENTITIES:
        return False
    if prep != "on":
        return True
    return tok.pos_ == "NOUN" and tok.ent_type_ == "" and any(c.dep_ == "poss" for c in tok.children)


def _on_named_people(tok: Token, doer: Token | None, done_to: list[Token]) -> bool:
    """ "Ruiz attacked Vell", "it attacked Vell and his wife, Ada": named people attacked with no
    weapon, by someone who is not armed, are criticised; so are a people or a body attacked by a
    named person ("Ruiz attacked Moravians", "Ruiz attacked the Harbour Board")."""
    if not done_to or doer is None or doers.doer_sector(tok) in ARMED:
        return False
    if doer.ent_type_ == "PERSON":
        return all(_named_person(t) or t.ent_type_ in ("NORP", "ORG") for t in done_to)
    named_doer = doer.ent_type_ == "ORG" or doer.lower_ == "it"
    return named_doer and all(_named_person(t) for t in done_to)


def _kills(tok: Token, lex: Lexicon) -> bool:
    """ "attacked the ship, killing 17 sailors": force told by its toll."""
    return any(
        c.dep_ in ("advcl", "conj")
        and (code := lex.verb.get(c.lemma_.lower())) is not None
        and code.type == "ASSAULT"
        for c in tok.children
    )


def _named_person(tok: Token) -> bool:
    """A person's name, or a word that a name stands beside: "Vell", "his wife, Ada"."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children
    )
