"""What a denial answers: the claim or the act it says is untrue.

A verb of rebuttal ([rebuttal] in stance_words.txt) takes a side only on something someone said or
laid at its subject's door: a claim named as one ("denied the allegations"), a charge ("denied the
charges against her"), or the act itself, told as a that-clause ("denied that she misled the
board") or a gerund ("denied taking the money", "denied having met him"). Against it, as against
the claim: the accused answering their accuser, so a denied act counts only where someone else
takes a side on it (``polarity``). "Denied any role in X" and "denied doing anything wrong" name no
claim, and no side is read from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, phrases
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.phrases import Phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


def answered(obj: Token, lex: Lexicon) -> bool:
    """Whether a rebuttal's object names what it answers: a thing said ("the claims") or a charge
    ("the charges against her"), not "any role in the fire"."""
    return phrases.names_a_thing(obj, lex) or (obj.pos_ == "NOUN" and obj.lemma_.lower() in lex.charge_noun)


def denied_act(verb: Token) -> Token | None:
    """The act a rebuttal says was not done, when it has no object: the verb of its that-clause
    ("denied that she misled the board") or of its gerund ("denied taking the money", "denied
    having taken it"). A clause denied in turn ("denied that she had not paid") or asked
    ("denied whether ...") is left alone, and so is a denial withheld ("did not deny meeting him"
    takes no side)."""
    if clauses.negated(verb):
        return None
    for c in verb.rights:  # what is denied follows the denial ("a prospect she denied" names it before)
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not clauses.marked_by(c, ("whether", "if")):
            return None if clauses.negated(c) else c
        if c.dep_ == "xcomp" and _gerund(c):
            return None if clauses.negated(c) else c
    return None


def act_topic(act: Token, lex: Lexicon) -> tuple[Token, Phrase | None, int]:
    """What a denied act is about, as for any action ("denied that she closed the pier" is about
    closing it), done to a thing or with someone ("denied that she met with Lee", "denied that it had
    agreed on a fee"); a state ("denied that the plan was a mistake", which ``clauses`` reads as
    disbelieved) or an act with nothing of its own ("denied that she left") names no claim here."""
    if act.lemma_.lower() == "be" or not any(c.dep_ in ("dobj", "prep") for c in act.children):
        return act, None, 1
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children):
        return act, None, 1  # "denied that the pier was closed by the council": who did what is left open
    return phrases.action_topic(act, lex)


def _gerund(verb: Token) -> bool:
    """ "taking" in "denied taking it"; "taken" in "denied having taken it"."""
    auxiliaries = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    if "to" in auxiliaries or clauses.child(verb, clauses.SUBJECTS) is not None:
        return False
    return verb.tag_ == "VBG" or (verb.tag_ == "VBN" and "having" in auxiliaries)
