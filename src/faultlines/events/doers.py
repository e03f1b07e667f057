"""Who an act's doer or object is, as their words tell: a state, lawmakers or civilians (who block
or protest), an office holder received as a visitor, inspectors let in, a place of one's own country
toured, or a thing, which does no act of force."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors.lexicon import place, roles
from faultlines.events import demands, parties
from faultlines.events.kinds import a_thing
from faultlines.events.lexicon import Code
from faultlines.events.objects import counted

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.candidate import Candidate
    from faultlines.events.lexicon import Lexicon
    from faultlines.model import Event

# Sectors of the state: what they obstruct, they restrict.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# Verbs of obstruction whose doer decides between restriction and protest.
OBSTRUCTING = frozenset({"block", "blockade", "barricade", "occupy"})
# Sectors of unarmed civilians: what they block or occupy, they protest.
CIVILIAN_SECTORS = frozenset(
    {"OPP", "EDU", "LAB", "AGR", "CVL", "PPL", "HLH", "BUS", "ENV", "HRI", "REL", "JRN"}
)
# Types of force, which a thing cannot use on anyone (a thing's threat is readings.done_by_a_thing's).
FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# Endings of abstract nouns for a quality or a state of things ("reality", "weakness", "pressure"),
# not for an act done by people ("an operation", "the fighting"), whose doer may be unnamed; nor
# "-ance", "-ence", which also name armed groups and bodies ("the resistance", "the alliance").
QUALITY_ENDINGS = ("ity", "ness", "ism", "ure")
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
    if doer is not None and (people := counted(doer)):
        doer = people[0]  # "thousands of farmers": the people counted
    if doer is None:
        return None
    if doer.ent_type_ == "GPE" and doer.pos_ == "PROPN":  # "Ruritania", not "young Ruritanians"
        return "GOV"
    if doer.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in doer.children):
        found = place(doer.text)  # a country's name the tagger took for a person: "Jordan blocked ..."
        if found is not None and found.is_name:
            return "GOV"
    table = roles()
    word = doer.lemma_.lower()
    # a capitalised plural at the start of a sentence is taken for a name: "Students occupied ..."
    role = table.get(word) or (table.get(word[:-1]) if doer.pos_ == "PROPN" and word.endswith("s") else None)
    return role.sector if role is not None else None


def forced_by_a_thing(tok: Token, lex: Lexicon) -> bool:
    """ "the reality that ambushed her", "a process that sweeps away germs", "the rule hit small
    shops": a quality, a process, a plan, a product or a measure does no act of force on anyone. An act or a
    weapon as the doer ("the raid killed four", "the missile hit a school") names the force itself,
    and "the operation killed ten" one done by unnamed forces."""
    doer = _own_doer(tok)
    if doer is None or not a_thing(doer, lex):
        return False
    lemma = doer.lemma_.lower()
    if lemma in lex.means:
        return False
    if lemma in lex.noun:
        # "tariffs hit shoppers", "the sanctions struck the poor": a measure's cost, not its force
        return (code := lex.noun[lemma]) is not None and code.type == "SANCTION"
    return lemma in lex.thing or lemma.endswith(QUALITY_ENDINGS)


def _own_doer(tok: Token) -> Token | None:
    """The verb's own subject, or the noun its relative pronoun stands for; not a noun whose clause
    merely holds the act ("the willingness to destroy them", "confidence that Ruritania attacked")."""
    doer = syntax.subject(tok, ("nsubj",))
    if doer is not None and tok.dep_ == "relcl" and syntax.relative_pronoun(doer):
        return tok.head
    return doer


def advised(tok: Token, lex: Lexicon) -> bool:
    """ "urged people to stay calm": advice to anyone; a state that urges its citizens to leave a
    country acts as a state does."""
    return demands.advises_anyone(tok, lex) and doer_sector(tok) not in STATE_SECTORS


def obstruction(tok: Token, code: Code) -> Code:
    """Blocking by the state restricts (COERCE), by lawmakers refuses (REJECT), by anyone else
    protests (manual 3.12): "the authorities blocked access to the site", "senators blocked the
    nominee", "farmers blockaded the roads"."""
    sector = doer_sector(tok)
    if sector == "LEG" and tok.lemma_.lower() in OBSTRUCTING:
        return Code("REJECT")
    if code.type == "PROTEST" and sector in STATE_SECTORS:
        return Code("COERCE", "restrict")
    if code.type == "COERCE" and sector in CIVILIAN_SECTORS and tok.lemma_.lower() in OBSTRUCTING:
        return Code("PROTEST", "obstruct")  # "students occupied the rector's office"
    return code


def of_the_state(event: Event, pred: Token) -> bool:
    """An event with the state on one side, by its actors' sectors or by the doer's word ("police"):
    on a page about play, an arrest is still one. A country's name there is most often its team."""
    if any(p is not None and p.sector in STATE_SECTORS for p in (event.source, event.target)):
        return True
    doer = parties.subject(pred)
    role = roles().get(doer.lemma_.lower()) if doer is not None else None
    return role is not None and role.sector in STATE_SECTORS


def tours_own_country(cand: Candidate, event: Event) -> bool:
    """ "The senator toured Iowa and Nevada", "she will visit Charlotte": a city or region of one's
    own country, or a region when one's country is unknown, receives no one (a campaign tour, a
    trip); a visit to a country by its name ("visited Peru"), to a person or a body ("visited the
    White House"), or to a city abroad ("the Peruvian president visited Santiago") meets its
    government."""
    if event.mode != "visit":
        return False
    visited = next((c for c in cand.pred.children if c.dep_ == "dobj" and c.ent_type_ == "GPE"), None)
    name = next(
        (e.text for e in cand.pred.doc.ents if visited is not None and e.start <= visited.i < e.end), None
    )
    found = place(name) if name is not None else None
    if found is None or found.is_name or found.is_variant:
        return False
    home = event.source.country if event.source is not None else None
    # a visitor from nowhere known tours only a region ("Iowa"); a city may be abroad ("Warsaw")
    return found.is_region if home is None else home == found.country
