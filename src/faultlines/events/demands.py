"""Reported clauses with "must", "should" or a present need ("needs to", "has to"): a demand on
someone, or a forecast or advice; a wish that a named party act, a demand on it; and asking verbs
addressed to people at large, which advise.

"Said the junta must free them" demands (manual 3.8); "said we should go on" is a suggestion to
oneself, "said investors should wait" or "urged patients to rest" advice to anyone, and "said the
weather should ease" a forecast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.events import modality, sayings
from faultlines.events.kinds import THING_PRONOUNS, a_thing, actor_word
from faultlines.events.readings import is_poll

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Code, Lexicon

# Endings of nouns for people by what they do: "successor", "owner", "activist", "resident".
AGENT_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent", "ee", "man", "woman", "people")
# Verbs of a need laid on their subject by their to-infinitive: "needs to act", "has to go".
OBLIGING = frozenset({"need", "have"})


def is_demand(tok: Token, lex: Lexicon) -> bool:
    """ "said the junta must free them": a demand on others; "said we should go on" is a suggestion
    the speaker's own side makes to itself, and "should be available" a forecast."""
    # the relation first: asked of most verbs, and few are a reported clause
    said = reported_by(tok)
    if said is None or (said.lemma_.lower() not in lex.speech and said.lemma_.lower() not in lex.mandative):
        return False
    if is_poll(said):  # "74 percent of voters said she should resign": a poll's share
        return False
    return _demanding(tok, lex)


def reported_by(clause: Token) -> Token | None:
    """The verb a clause is the that-clause of, where the parse may have hung it on the one told."""
    if (teller := sayings.told(clause)) is not None:
        return teller
    return clause.head if clause.dep_ == "ccomp" else None


def said_outright(tok: Token, lex: Lexicon) -> bool:
    """ "“The harbour board must answer for the spill.”": a sentence that is itself a demand, as a
    quote's sentence is when its cue stands in another sentence; only a quotation makes it someone's
    (``patterns`` asks), the writer's own "the agency needs to act" is none, and one laid on no one
    ("Must see.") asks no one."""
    return tok.dep_ == "ROOT" and syntax.subject(tok) is not None and _demanding(tok, lex)


def _demanding(tok: Token, lex: Lexicon) -> bool:
    """A clause that lays "must", "should" or a present need on someone it may ask."""
    if not (modality.is_deontic(tok) or _obliged(tok)) or _inverted(tok):
        return False
    if tok.lemma_ == "be":  # "must be willing to talk" demands; "should be out by May" forecasts
        return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.control for c in tok.children)
    # "investors should stay cautious", "you should expect to pay": advice to anyone, no demand
    advised = pronouns.FIRST_PERSON_SUBJECTS | pronouns.GENERIC | lex.audience
    return not any(c.dep_ in syntax.SUBJECTS and c.lemma_.lower() in advised for c in tok.children)


def _inverted(tok: Token) -> bool:
    """A modal before its subject asks or supposes: "should he fail to", "must we wait?"."""
    subject = syntax.subject(tok)
    return subject is not None and any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.i < subject.i for c in tok.children
    )


def _obliged(tok: Token) -> bool:
    """ "said the agency needs to act", "says Velmor has to pull its troops out": a present need laid on
    a named subject is a demand as "must" is. "Had to act" and "needed to win" tell what was done,
    "will have to" foretells, "there needs to be" names no one, "have the means to act" is had, and
    "said they need to" is as often the speaker's own need as another's."""
    if tok.lemma_ not in OBLIGING or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if syntax.dependents(tok, ("aux", "dobj", "expl")) or (subject := syntax.subject(tok)) is None:
        return False
    if subject.pos_ == "PRON":
        return False
    return any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


def advises_anyone(tok: Token, lex: Lexicon) -> bool:
    """ "urged people to stay calm", "encouraged users to upgrade", "called on readers to donate":
    asking people at large (a guide, an expert or a campaign speaking to its public) is advice, no
    request of a party; "urged the council to act" asks someone, and "urged the Ruritanian people to
    rise" a nation's people."""
    asked = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children]
    return bool(asked) and all(_anyone(a, lex) for a in asked)


def _anyone(tok: Token, lex: Lexicon) -> bool:
    if tok.lemma_.lower() not in lex.audience and tok.lower_ not in pronouns.GENERIC:
        return False
    return not any(c.ent_type_ in ("NORP", "GPE") for c in tok.children)


def forecasts(tok: Token, code: Code | None, lex: Lexicon) -> bool:
    """ "said the weather should ease", "said the ruling should be read as a signal", "said the
    site's new use should send a message": a "should" of a thing that names no act is a forecast or
    a view, asked of no one; "said the curfew must be lifted" still asks for an act, and "said the
    council must resign" or "the operators must not sail" asks someone."""
    if code is not None:
        return False
    doer = syntax.subject(tok)
    if doer is None:
        return False
    return a_thing(doer, lex) or doer.lemma_.lower() in lex.deed or not _can_act(doer, lex)


def _can_act(doer: Token, lex: Lexicon) -> bool:
    """Whether the subject of a "should" is someone who could be asked: a name, a pronoun for
    people, a role or a body, or a people ("Republicans"); the head word alone decides, since "the
    city's new budget" is a thing of the city's."""
    if doer.pos_ == "PRON":
        return doer.lower_ not in THING_PRONOUNS
    if doer.pos_ != "NOUN" or doer.ent_type_:
        return True
    lemma = doer.lemma_.lower()
    if lemma.endswith(AGENT_ENDINGS):  # "his successor", "the owners": people, listed or not
        return True
    return actor_word(doer, lex) or lemma in lex.collective or lemma in lex.audience


def bidden(tok: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The named party a wish asks to act, with the act: "Ruritania wants Borduria to extradite him"
    demands it of Borduria. "wants the talks to end" asks nothing of a party, "wants him to be
    punished" asks whoever would punish him, and "wants you to enjoy it" speaks to anyone."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.bid:
        return None
    for clause in tok.children:
        if clause.dep_ not in ("ccomp", "xcomp") or not any(
            a.lower_ == "to" for a in modality.auxiliaries(clause)
        ):
            continue
        if any(c.dep_ == "auxpass" for c in clause.children):
            return None
        party = syntax.subject(clause, ("nsubj",)) or next(
            (c for c in tok.children if c.dep_ == "dobj"), None
        )
        return (party, clause) if party is not None and party.ent_type_ in syntax.ACTOR_ENTITIES else None
    return None
