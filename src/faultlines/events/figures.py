"""Figures of speech: verbs of force, meeting or backing used of no one ("fighting racism", "captured
the mood", "shot itself in the foot"), and the readings that tell a figure from an act: a person
fired from a job, a rival beaten in a vote, "struck me as odd"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events.kinds import REFLEXIVE, a_thing, someone
from faultlines.events.objects import noun_code, on_the_body
from faultlines.events.parties import telling_when
from faultlines.events.readings import done_with

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon

# Prepositions of an object that name who or where it concerns: "passed files to the Dutch",
# "blocked transport into the capital".
OBJECT_PREPS = frozenset({"with", "into", "to", "from"})
# Prepositions that aim a weapon: "fired on the crowd", "fired rockets at the town".
AIMED = frozenset({"at", "on", "upon", "into", "toward", "towards", "across", "over"})
# Prepositions of where an act took place.
LOCATIVE = frozenset({"in", "inside", "outside", "near", "throughout", "within"})


def is_figure(tok: Token, lex: Lexicon) -> bool:
    """A verb used of no one: "fighting racism", "captured the mood", "shot itself in the foot",
    "blocked a shot", "charging fees", "shared photos". Verbs listed as ``figurative`` are acts only
    when done to (or with) someone or somewhere; ``partner`` verbs only when done with someone."""
    lemma = tok.lemma_.lower()
    if lemma in lex.partner:
        return not _done_with_someone(tok, lex)
    if lemma not in lex.figurative:
        return False
    objects = _done_to(tok) or [o for kin in _conjuncts(tok) for o in _done_to(kin)]
    # where a thing was done is no one it was done to: "shot a film in Gaza", "fought the charges in
    # court"; with no object it may be ("fought in the north")
    preps = [c for c in tok.children if c.dep_ == "prep" and not (objects and c.lower_ in LOCATIVE)]
    if objects and all(a_thing(o, lex) for o in objects):
        # "to" after an act or a thing is its own, wherever the parse hangs it: "fighting
        # extradition to Brazil" fights no Brazil
        preps = [c for c in preps if c.lower_ != "to"]
    # "passed files to the Dutch": the one done with may hang from the object, unless the object is
    # an act with its own party ("fighting extradition to Norway")
    preps += [
        c
        for o in objects
        if not a_thing(o, lex)
        for c in o.children
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
    ]
    done_to = objects + [g for c in preps for g in c.children if g.dep_ == "pobj"]
    if any(t.lower_ in REFLEXIVE for t in done_to):
        return True
    if on_the_body(tok, lex):
        return False  # "hit a defender in the face": a blow, whoever it lands on
    if lemma in lex.dismissal and _dismisses(tok, objects, lex):
        return True
    if lemma == "beat" and _won_over(tok):
        return True
    force = (code := lex.verb.get(lemma)) is not None and code.type == "ASSAULT"
    if force and _dealt_with(tok, lex):
        return True  # "was hit with a fine", "struck with a lawsuit": a penalty or a charge, no blow
    if force and any(c.i > tok.i and _taken_as(c.left_edge) for c in tok.children):
        # "it struck me as odd", "hit the market as a rival"; not "recognised it as a state", nor
        # "attacked the senator as a fraud", which is criticism (events/attacks.py)
        return not (lemma in lex.verbal and any(someone(o, lex) for o in objects))
    if any(_strove_for(c, objects) for c in tok.children):
        return True  # "fought to get the script": strove
    if not done_to:
        return False
    return not any(someone(t, lex) for t in done_to)


def _strove_for(comp: Token, objects: list[Token]) -> bool:
    """The infinitive of what a verb of force with no object of its own strives for: "fought to
    get the script", parsed as its complement or as a clause of purpose."""
    infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children)
    return infinitive and (comp.dep_ == "xcomp" or (comp.dep_ == "advcl" and not objects))


def _done_with_someone(tok: Token, lex: Lexicon) -> bool:
    """ "shared intelligence with Egypt", "shared with the inspectors"."""
    partners = (g for p in done_with(tok, ("with",)) for g in p.children if g.dep_ == "pobj")
    return any(someone(g, lex) for g in partners)


def received(tok: Token) -> bool:
    """ "was met with criticism", "will be met with force": how a thing is received, no meeting
    ("was met by the minister at the airport" is one)."""
    if tok.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _dealt_with(tok: Token, lex: Lexicon) -> bool:
    """Whether what a verb of force deals is an act of another kind: "hit with a fine", "hit with
    new charges" (not "hit with a rocket" nor "hit with an airstrike")."""
    dealt = (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children)
    return any(
        g.dep_ == "pobj" and (code := noun_code(g, lex)) is not None and code.type != "ASSAULT" for g in dealt
    )


def _done_to(tok: Token) -> list[Token]:
    # a dash the parser takes for a subject names no one, nor no one: it is left out
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and not c.is_punct]


def _conjuncts(tok: Token) -> list[Token]:
    """The verbs joined to ``tok`` by "and", "nor": "it was never signed nor executed", "killed and
    ate a rabbit" share what they are done to."""
    return ([tok.head] if tok.dep_ == "conj" else []) + [c for c in tok.children if c.dep_ == "conj"]


def _dismisses(tok: Token, objects: list[Token], lex: Lexicon) -> bool:
    """ "fired her", "thousands of staff were fired for fraud", "or be fired": a person let go; not
    "fired rockets at the town" nor "fired on the crowd", which aim at someone ("fired the coach
    on Monday" aims at no day)."""
    if any(c.dep_ == "prep" and c.lower_ in AIMED and not telling_when(c) for c in tok.children):
        return False
    if any(someone(o, lex) for o in objects):
        return True
    return not objects and any(c.dep_ == "auxpass" for c in tok.children)


def _taken_as(word: Token) -> bool:
    """ "as odd", "as a rival": not "as they left" (a clause) nor "as well as" (and)."""
    follower = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.lower_ == "as" and word.dep_ != "mark" and (follower is None or follower.lower_ != "well")


def _won_over(tok: Token) -> bool:
    """ "Democrats beat Gov. Harlan", "beat the Rovers 3-1": beating a named rival is winning."""
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children)


def endangers(tok: Token, lex: Lexicon) -> bool:
    """ "threaten the viability of the plan", "threatens their livelihoods": what threatens
    something of someone's endangers it, a risk and no threat (manual 3.11); "threatened the
    envoy", "threatened a boycott of the talks" and "threatened them with tariffs" threaten."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    endangered = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(endangered) and all(
        noun_code(o, lex) is None
        and not someone(o, lex)
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)
        for o in endangered
    )
