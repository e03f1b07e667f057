"""Acts named by a noun: "the Hamas rampage", "Israeli shelling of the town"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.lexicon import generic_bodies, roles
from faultlines.events import objects, parties, readings, scan
from faultlines.events.candidate import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon


def nominal(tok: Token, lex: Lexicon) -> Candidate | None:
    """A nominal act with a named doer: "the Hamas rampage", "Israeli shelling of the town"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    # Only the head names a nominal act: "fire service" and "emergency coordinator" are no acts.
    code = objects.noun_code(tok, lex, by_modifier=False)
    if code is None or code.type not in scan.NOMINAL_TYPES:
        return None
    if code.mode == "demo" and readings.is_campaign(tok, [tok]):
        return None
    agent = parties.agent_modifier(tok)
    if agent is None or not _doer(agent, tok, lex):
        return None
    targets = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in parties.TARGET_PREPS for g in c.children
    ]
    return Candidate(
        pred=tok,
        code=code,
        tense="past",
        negated=False,
        sources=[agent],
        targets=[t for t in targets if t.dep_ == "pobj"],
        depth=scan.depth(tok),
    )


def _doer(agent: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether a modifier of an event noun names who did it: a name, a people ("Israeli"), a
    possessive pronoun, or a word for people or a body ("police", "students"). A weapon ("gun
    violence"), a topic ("trade war") or half of a two-word name ("phone call", "jail term") is none."""
    lemma = agent.lemma_.lower()
    if lemma in lex.means or f"{lemma} {noun.lemma_.lower()}" in lex.noun:
        return False
    if agent.head.lower_ == "by":  # "killings by security forces": the by-phrase names the doer
        return True
    if agent.pos_ == "PRON":
        return agent.dep_ == "poss"
    return (
        agent.pos_ == "PROPN"
        or agent.ent_type_ in readings.NAMED
        or lemma in roles()
        or lemma in generic_bodies()
    )
