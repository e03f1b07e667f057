"""Acts named by a noun: "the Hamas rampage", "Israeli shelling of the town"; and a verb used as a
noun for a kind of act, which names none ("seeking asylum is no crime")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.lexicon import generic_bodies, roles
from faultlines.actors.mention import ACTOR_LABELS
from faultlines.events import attacks, kinds, modality, objects, parties, readings, scan, sessions, undergone
from faultlines.events.candidate import Candidate, named_act
from faultlines.events.lexicon import Code
from faultlines.syntax import SUBJECTS, TIME_ENTITIES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from faultlines.events.lexicon import Lexicon
    from faultlines.model import Tense

# Sanctions a noun names with no verb: "US sanctions on Iran", "tariffs on steel".
MEASURES = frozenset({"sanction", "embargo", "tariff"})
# Verbs of taking place only with their particle or object: "broke out", "took place".
OCCUR_COMPLEMENTS = {"break": "out", "take": "place"}
# Nouns of criticism whose "of" names the one criticised ("the outrage of the families" names who
# is outraged), an act when the critic is named too.
CRITICISM = frozenset({"criticism", "condemnation", "rebuke", "denunciation", "censure", "reprimand"})
# Acts that a cause "sparks" only as figures of the market: "sparked a rally in tin futures".
CAUSED_FIGURES = frozenset({"rally"})
# Control verbs whose object is only sought, offered or refused: "pushed for talks", "offered a visit".
ASPIRING = frozenset({"FUTURE", "REQUEST", "AGREE", "REJECT", "THREATEN", "WARN", "FAIL"})
# Prepositions that name an act as what something is about or followed: the act took place.
SPOKEN_OF = frozenset({"about", "over", "into", "regarding", "concerning", "following", "after", "since"})
# Verbs that say what their subject is or is like: "is a crime", "proved elusive", "remains risky".
COPULAS = frozenset({"be", "prove", "remain", "seem", "appear", "become"})
# Modifiers of an act the writer does not vouch for: "over alleged assaults" tells of a charge.
UNPROVEN = frozenset({"alleged", "suspected", "purported", "supposed"})


def nominal(tok: Token, lex: Lexicon) -> Candidate | None:
    """A nominal act whose phrase names a party, or that is said to take place: "the Hamas rampage",
    "Israeli shelling of the town", "the arrest of the mayor", "talks between Vell and Ruritania",
    "protests erupted in the capital". Its tense is its clause's: "talks will be held" are future."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ == "PERSON":
        return None  # "Mr. Ban's term": a name, not a ban
    # Only the head names a nominal act: "fire service" and "emergency coordinator" are no acts.
    code = objects.noun_code(tok, lex, by_modifier=False)
    if code is None:
        return None
    if code.type in scan.UNDER_TYPES and (cand := _under(tok, code, lex)) is not None:
        return cand  # "came under fire over the levy", "is under investigation"
    if tok.lemma_.lower() in CRITICISM:
        return _criticism(tok, code, lex)
    if tok.lemma_.lower() in lex.given:
        tense = _tense(tok, lex)  # "ran for mayor with the backing of the union"
        return undergone.backed_with(tok, code, tense, lex) if tense is not None else None
    if code.type not in scan.NOMINAL_TYPES:
        return None
    if code.type == "SANCTION" and tok.lemma_.lower() not in MEASURES:
        return None  # "sanctions on Iran"; a car's "rear suspension" is none
    if code.mode == "demo" and readings.is_campaign(tok, [tok]):
        return None
    if code.mode == "visit" and readings.visits_no_one(tok, lex):
        return None  # "her visit to the hospital"
    agent = parties.agent_modifier(tok)
    sources = [agent] if agent is not None and _doer(agent, tok, lex) else []
    between = _objects(tok, ("between", "among"))
    # "the arrest of the mayor" is done to the mayor; "a discussion of Ukraine" is about it.
    preps = parties.TARGET_PREPS | ({"of"} if code.type in ("COERCE", "ASSAULT") else set())
    targets = [t for t in _objects(tok, preps) if t.ent_type_ not in TIME_ENTITIES]
    if code.type == "CONSULT" and sessions.meeting_alone(tok, between + targets):
        return None  # "at the May 2 cabinet meeting": the body at work, meeting no one
    named = sources or between or any(kinds.someone(t, lex) for t in targets)
    if not (named or _occurs(tok, lex)) or (not sources and tok.lemma_.lower() in lex.hazard):
        return None  # "fire from Republicans", "the fires spread": no one's act
    if code.type == "ASSAULT" and attacks.attacked_in_words(tok, targets, lex):
        code = Code("ACCUSE", "disapprove")  # "his attacks on the senator"
    tense = _tense(tok, lex)
    if tense is None:
        return None
    if not sources and not between:
        sources = _attendee(tok, lex)
    negated = modality.denied(tok) or (_occurs(tok, lex) and modality.is_negated(tok.head))
    return named_act(tok, code, tense, sources or between, targets, negated=negated)


def _criticism(noun: Token, code: Code, lex: Lexicon) -> Candidate | None:
    """Criticism named by a noun with its critic: "the FBI's criticism of Vale's emails", "raised
    the point in criticism of Vale's plan" (the one who raised it), "that criticism is coming from
    the unions". With no critic named ("growing criticism of the platforms") it is no one's act."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    critics = [a for a in [parties.agent_modifier(noun)] if a is not None and _doer(a, noun, lex)]
    critics += _objects(noun, ("from", "by"))
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and verb.pos_ in ("VERB", "AUX"):
        critics += [s for s in [parties.subject(verb)] if s is not None]
    coming = noun.dep_ in SUBJECTS and verb.lemma_.lower() == "come"
    if coming:
        critics += _objects(verb, ("from",))
    targets = [t for t in _objects(noun, ("of",)) if kinds.someone(t, lex) or undergone.owned(t)]
    if not critics or not (targets or coming):
        return None
    tense = _tense(noun, lex)
    if tense is None:
        return None
    return named_act(noun, code, tense, critics, targets)


def _under(noun: Token, code: Code, lex: Lexicon) -> Candidate | None:
    tense = _tense(noun, lex)
    return undergone.under(noun, code, tense, lex) if tense is not None else None


def _objects(noun: Token, preps: Iterable[str]) -> list[Token]:
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _attendee(noun: Token, lex: Lexicon) -> list[Token]:
    """The one who goes to or is at the act: "the president is on a state visit to Morocco", "the
    envoy arrived for talks", "Vale was in talks with the rebels"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lemma_.lower() not in lex.attend:
        return []
    doer = parties.subject(prep.head)
    return [doer] if doer is not None else []


def _occurs(noun: Token, lex: Lexicon) -> bool:
    """ "Protests erupted", "talks were held", "fighting broke out", "a meeting took place", "with
    protests spreading": said to take place; "the raid sparked protests": caused to. "The rally
    broke above the trend line" is no outbreak, nor is "sparked a rally" in futures a rally held."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lex.cause:
        return noun.lemma_.lower() not in CAUSED_FIGURES
    spreading = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    verb = spreading[0] if spreading else noun.head
    if not (noun.dep_ in SUBJECTS or spreading) or verb.lemma_.lower() not in lex.occur:
        return False
    needs = OCCUR_COMPLEMENTS.get(verb.lemma_.lower())
    return needs is None or any(c.lower_ == needs for c in verb.children)


def _tense(noun: Token, lex: Lexicon) -> Tense | None:
    """The tense of the clause a nominal act stands in; None inside a condition. A planned, possible
    or hoped-for act has not happened: "the planned visit", "hopes for talks"."""
    if any(m.lemma_.lower() in lex.unrealised for m in noun.children if m.i < noun.i):
        return "future"
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or _spoken_of(noun):
        return "past"
    if modality.in_condition(verb):
        return None
    lemma = verb.lemma_.lower()
    control = lex.control.get(lemma)
    if modality.wishes(verb) or lemma in lex.weigh or (control is not None and control.type in ASPIRING):
        return "hypothetical"
    return modality.tense(verb, conditions=False)  # "the visit was kept secret until he arrived"


def _spoken_of(noun: Token) -> bool:
    """An act named as what something is about, or what came after it: "questions about Lee's call
    with Vale", "an inquiry into the shooting", "after the raid" tell of an act that took place,
    whatever the tense of the clause they stand in ("will face questions about the call")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SPOKEN_OF:
        return False
    return not any(m.dep_ == "amod" and m.lower_ in UNPROVEN for m in noun.children)


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
        or agent.ent_type_ in ACTOR_LABELS
        or lemma in roles()
        or lemma in generic_bodies()
    )


def kind_of_act(tok: Token) -> bool:
    """ "Asking for refuge is no offence", "lifting the levy is a condition", "signing a deal has
    proved elusive": a gerund with no doer of its own, the subject of a verb that says what such an
    act is or is like (``COPULAS``), names a kind of act, not one that someone did (nor do verbs
    joined to it); "banning rallies has closed a door" reports the ban, and "the shooting of a man
    was a crime" or "Vale's shelling of the town" name one act."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("csubj", "nsubj") or tok.head.lemma_ not in COPULAS:
        return False
    return not any(c.dep_ in (*SUBJECTS, "poss", "det") for c in tok.children)
