"""Acts told in someone's words: the verb of saying or believing a clause is reported by, and a
threat its speaker makes by saying what they will do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.events import modality
from faultlines.quotes import cues, objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Doers of an act in someone's words that are the speaker: "I", "we", the "he" of "he said he would",
# the "it" of "the ministry said it would".
OWN_WORD_DOERS = pronouns.FIRST_PERSON_SUBJECTS | pronouns.PERSON_SUBJECTS | {"they", "it"}


def reporting(tok: Token) -> Token | None:
    """The verb of saying or believing whose clause holds ``tok`` ("said it means X never paid"), or
    the telling a that-clause the parse hung on the one told reports ("told staff that X never paid")."""
    clause = tok
    while clause.head.i != clause.i:
        if (teller := told(clause)) is not None:
            return teller
        if clause.dep_ not in ("conj", "ccomp"):
            return None
        clause = clause.head
        if cues.cue_kind(clause) in ("speech", "belief"):
            return clause
    return None


def told(clause: Token) -> Token | None:
    """The verb of telling whose that-clause the parse hung on the one told, or on a clause about
    them: "told teachers that the board should act", "told teachers who filled the lawn that ..."."""
    told_whom = clause
    while told_whom.dep_ in ("ccomp", "relcl", "acl") and told_whom.head.i != told_whom.i:
        told_whom = told_whom.head
    verb = told_whom.head
    if told_whom.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in cues.tagged(cues.ADDRESSEE):
        return None
    that = objects.stray_that(verb)
    return verb if that is not None and that.head.i == clause.i else None


def threatened_when_said(act: Token) -> Token | None:
    """The verb of saying by which a speaker threatens an act of their own, which is a threat made
    when said, whatever the act's tense: "'I will kill you,' he told the guard", "he said he would
    burn the house down"; not what someone else will do ("officials said the army would strike"), nor
    what a speaker did not say ("he did not say he would")."""
    said = reporting(act)
    if said is None or cues.cue_kind(said) != "speech" or modality.is_negated(said):
        return None
    doer = syntax.subject(act)
    if doer is None or doer.lower_ not in OWN_WORD_DOERS:
        return None
    return said
