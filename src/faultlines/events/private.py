"""Private life, which PLOVER does not code: what the page's own writer did ("I asked her to let me
out", "we are examining the new laptop"), what anyone did to their own family or friends ("I
called a friend of mine", "she thanked her family"), meetings with unnamed private persons, personal apologies, and the writer's own verdicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns
from faultlines.events.doers import doer_sector
from faultlines.events.lexicon import HOSTILE
from faultlines.events.verdicts import NAMING
from faultlines.quotes.quoted import quoted

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.candidate import Candidate
    from faultlines.events.lexicon import Lexicon
    from faultlines.model import Analysis, Event

# Parts of speech of a subject that names someone: "Ruiz", "the doctors", "one of them".
NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
# Words of apology: said by a private person to no one named, a personal regret, not a concession.
APOLOGY = frozenset({"apologise", "apologize", "apology"})
# Owners that make a relative or a friend one's own: "my brother", "a friend of hers".
OWNERS = frozenset({"my", "our", "his", "her", "their", "your", "mine", "ours", "hers", "theirs", "yours"})


def narrated(analysis: Analysis, cand: Candidate, event: Event) -> bool:
    """ "I asked her to let me out", "we summarized our case": a first person outside quotation
    marks, whom no actor names, is the page's own writer or storyteller, and what they did is no
    event between actors. Quoted, "we" is a speaker's side, known or not; a judgement ("I think
    Moss is capable") is its writer's, as judgements.py reads it."""
    doer = cand.sources[0] if cand.sources else None
    if cand.judged or doer is None or doer.lower_ not in pronouns.FIRST_PERSON_SUBJECTS:
        return False
    if event.source is not None and event.source.actor is not None:
        return False
    return not quoted(analysis, doer.idx)


def page_verdict(analysis: Analysis, cand: Candidate, event: Event) -> bool:
    """ "Vale is a fraud" in the page's own voice, outside any quote and passed by no one named: a
    judgement the page's writer makes is opinion, not an act between actors."""
    if not cand.judged or cand.sources or (event.source is not None and event.source.actor):
        return False
    if cand.pred.lemma_.lower() in NAMING:
        return False  # "called Vale a fraud": someone names him so, whoever the parse finds
    judged = {t.i for t in cand.targets}
    for verb in cand.pred.ancestors:
        # "Ruiz tweeted that Vale was disgusting": a verdict under someone else's verb is theirs
        if any(c.dep_ == "nsubj" and c.pos_ in NOMINAL and c.i not in judged for c in verb.children):
            return False
    return not quoted(analysis, cand.pred.idx)


def intimate(cand: Candidate, lex: Lexicon) -> bool:
    """ "called a friend of mine", "apologised to her family", "visited my brother": a peaceable act
    towards one's own kin or friends is private life; force is not ("the police beat his brother"),
    nor is an accusation, which may be a charge."""
    if cand.code.type in HOSTILE or cand.code.type == "ACCUSE" or not cand.targets:
        return False
    return _own_kin(cand.targets[0], lex)


def with_a_stranger(cand: Candidate, lex: Lexicon) -> bool:
    """ "the doctor talked with the man by phone", "visited a patient at home": a meeting with one
    private person the page names by no name, only as a man, a patient or someone's relative, is
    private life; meeting a group ("the families", "a delegation") or a named person is not."""
    if cand.code.type != "CONSULT" or not cand.targets:
        return False
    met = cand.targets[0]
    if met.tag_ != "NN" or any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in met.children):
        return False
    return met.lemma_.lower() in lex.individual or met.lemma_.lower() in lex.kin


def regrets(cand: Candidate, event: Event) -> bool:
    """ "the singer apologised for her tardiness", "apologised to the host": a person of no known
    country or office saying sorry to no named party regrets their own conduct; a state's, a body's
    or an office holder's apology, or one made to a named party, concedes (CONCEDE)."""
    if cand.code.type != "CONCEDE" or cand.pred.lemma_.lower() not in APOLOGY:
        return False
    source, target = event.source, event.target
    # a known actor's own record outranks the parse's guess from the bare word
    known = source is not None and source.actor is not None
    office = (source.country or source.sector) if known else doer_sector(cand.pred)
    if office:
        return False
    if target is not None and (target.actor is not None or target.country is not None):
        return False
    return not any(t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "GPE", "NORP") for t in cand.targets)


def _own_kin(tok: Token, lex: Lexicon) -> bool:
    if tok.lemma_.lower() not in lex.kin:
        return False
    owned = [c for c in tok.children if c.dep_ == "poss"]
    owned += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(o.lower_ in OWNERS for o in owned)
