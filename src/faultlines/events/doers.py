"""Who an act's doer or object is, as their words tell: a state, lawmakers or civilians (who block
or protest), an office holder received as a visitor, inspectors let in, or a thing, which does no
act of force."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors.lexicon import roles
from faultlines.events import parties
from faultlines.events.objects import QUANTITIES
from faultlines.events.readings import a_thing

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Types of force, which a thing cannot use on anyone (a thing's threat is readings.done_by_a_thing's).
FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# Endings of abstract nouns for a quality or a state of things ("reality", "weakness", "pressure"),
# not for an act done by people ("an operation", "the fighting"), whose doer may be unnamed.
QUALITY_ENDINGS = ("ity", "ness", "ism", "ance", "ence", "ure")
# Visitors that are no office: "received a delegation from Borduria".
VISITORS = frozenset({"delegation", "delegate", "counterpart", "envoy", "emissary"})
# Outsiders let in to watch or keep the peace.
MONITORS = frozenset({"inspector", "observer", "monitor", "peacekeeper", "investigator"})


def admits_monitors(tok: Token) -> bool:
    """ "received UN inspectors", "admitted a mission of observers": letting outsiders in to watch."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    words = objects + [g for o in objects for c in o.children if c.lower_ == "of" for g in c.children]
    return any(w.lemma_.lower() in MONITORS for w in words)


def official(tok: Token) -> bool:
    """A named person, an office holder or a delegation: whom a government receives as a visitor
    ("received the premier", "received a delegation"); not patients, letters or votes."""
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    role = roles().get(lemma)
    return lemma in VISITORS or (role is not None and role.sector in ("GOV", "MIL", "LEG"))


def doer_sector(tok: Token) -> str | None:
    """The sector of the doer of an act, as its word tells ("police" COP, "farmers" AGR, "senators"
    LEG; a country's name GOV); None when the parse does not tell."""
    doer = parties.subject(tok)
    if doer is not None and (doer.pos_ == "NUM" or doer.lemma_.lower() in QUANTITIES):
        # "thousands of farmers": the people counted
        doer = next((g for c in doer.children if c.lower_ == "of" for g in c.children), doer)
    if doer is None:
        return None
    if doer.ent_type_ == "GPE" and doer.pos_ == "PROPN":  # "Ruritania", not "young Ruritanians"
        return "GOV"
    table = roles()
    word = doer.lemma_.lower()
    # a capitalised plural at the start of a sentence is taken for a name: "Students occupied ..."
    role = table.get(word) or (table.get(word[:-1]) if doer.pos_ == "PROPN" and word.endswith("s") else None)
    return role.sector if role is not None else None


def forced_by_a_thing(tok: Token, lex: Lexicon) -> bool:
    """ "the reality that ambushed her", "a process that sweeps away germs", "the rule hit small
    shops": a quality, a process, a plan or a product does no act of force on anyone. An act or a
    weapon as the doer ("the raid killed four", "the missile hit a school") names the force itself,
    and "the operation killed ten" one done by unnamed forces."""
    doer = _own_doer(tok)
    if doer is None or not a_thing(doer, lex):
        return False
    lemma = doer.lemma_.lower()
    if lemma in lex.noun or lemma in lex.means:
        return False
    return lemma in lex.thing or lemma.endswith(QUALITY_ENDINGS)


def _own_doer(tok: Token) -> Token | None:
    """The verb's own subject, or the noun its relative pronoun stands for; not a noun whose clause
    merely holds the act ("the willingness to destroy them", "confidence that Ruritania attacked")."""
    doer = syntax.subject(tok, ("nsubj",))
    if doer is not None and tok.dep_ == "relcl" and (doer.tag_ in ("WDT", "WP") or doer.lower_ == "that"):
        return tok.head
    return doer
