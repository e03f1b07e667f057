"""Attitudes: a verb whose object is the thing it takes a side on ("can't support X", "does not
oppose X", "called for more buses"), with its own negation, hedge and holder frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import lexicon as events_lexicon
from faultlines.events import readings
from faultlines.stances import (
    attitude_holders,
    clauses,
    judged,
    naming,
    objects,
    phrasal,
    phrases,
    placeholders,
    reasons,
    rebuttals,
)
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def read(tok: Token, lex: Lexicon) -> list[Expression]:
    """The side an attitude verb takes on its object, and on each object joined to it ("called for
    more buses and an end to the fares")."""
    if tok.pos_ != "VERB":
        return []
    match = phrasal.match_phrase(tok, lex.attitude)
    if match is None:  # the phrase first: most verbs name no attitude
        return []
    # "began enacting X" enacts it, as told, hedged or denied by "began"
    frame = attitude_holders.begun(tok, lex)
    if clauses.hypothetical(frame, lex):
        return []
    words, obj = match
    if obj is not None and words in lex.contesting and obj.lemma_.lower() in lex.contest:
        return []  # "we fought the battle", "took the case to court": the contest itself, no side
    if obj is not None and objects.told_to_act(tok, obj, lex):
        return []  # the person told to act is its doer: the side is on the action
    if obj is not None and words in lex.asking and judged.someone(obj):
        return []  # "questioned the witness" puts questions to them
    holder = attitude_holders.holder(tok, lex)
    if holder is None:
        return []
    subject, side, passive = holder
    if passive:
        # "the bill, signed by the mayor" / "the bill was signed by the mayor": the thing signed
        obj = clauses.child(tok, ("nsubjpass",)) or (tok.head if tok.dep_ == "acl" else None)
        if obj is None and tok.dep_ == "advcl":
            # "The levy stays in place, backed by the mayor": the participle describes the subject
            obj = clauses.child(tok.head, ("nsubj", "nsubjpass"))
        if obj is not None and objects.told_to_act(tok, obj, lex):
            return []  # "Lee was urged by Kim to back X": Lee is who is asked, the side on backing X
    if obj is None and _object_relative(tok):
        obj = tok.head  # "a plan that we won't back" (not "the things she wants to do")
    if obj is None and not passive:
        obj = naming.what_called(tok, lex)
    rebutting = " ".join(words) in lex.rebuttal
    action = None if obj is not None else objects.passive_gerund(tok) if passive else objects.gerund(tok)
    if obj is None and rebutting and not passive:
        action = rebuttals.denied_act(tok)  # "denied that she misled the board", "denied taking it"
    obj = action or obj
    if not passive and obj is not None and (kept := phrases.kept_from(tok)) is not None:
        obj = action = kept  # "blocked the firm from selling the port" is against selling it, not the firm
    if words in lex.granting and (obj is None or obj.lemma_.lower() not in lex.permission):
        return []  # "extended the waiver" grants it; "extended his lead", "granted an interview" no side
    if words in lex.signing and obj is not None and not _binding(obj, lex):
        return []  # "signed the treaty" backs it; "signed the forms", "signed autographs" no side
    if obj is not None and not passive and readings.buys(tok, None, events_lexicon.load()):
        return []  # "ordered another set of samples" buys them; "ordered a review of X" commands it
    if (
        obj is None
        or _carries_a_side(obj, lex)
        or _being(obj)
        or _own_body(obj)
        or (lex.attitude[words] > 0 and _counted(tok, obj))
    ):
        return []
    if rebutting and obj is not action and not rebuttals.answered(obj, lex):
        return []  # "denied any role in the fire" rebuts no claim named as one
    negated = clauses.negated(frame) != clauses.disbelieved(frame)  # "I don't think she backs it"
    negated = negated != _denied_kind(tok, obj)
    # "may back it" leaves it open ("may not back it" does not), as "has not backed it" does
    tentative = (bool(clauses.tentative(frame, lex)) and not negated) or clauses.withheld(
        frame, lex.attitude[words]
    )
    # both leave it open; so does a deed denied: "did not sign the bill" (or "begin backing it") is
    # not done yet, no refusal
    conditional = (
        clauses.conditional(frame, lex)
        or clauses.questioned(frame)
        or (negated and (attitude_holders.deed(tok, lex) or frame.i != tok.i))
    )
    joined = [c for c in syntax.conjuncts(obj) if c.pos_ in ("NOUN", "PROPN")] if not passive else []
    found = []
    for thing in (obj, *joined):
        if thing is action and rebutting:
            topic, phrase, sign = rebuttals.act_topic(action, lex)
        elif thing is action:
            topic, phrase, sign = objects.gerund_topic(action, lex)
        else:
            topic, phrase, sign = phrases.content(placeholders.through_placeholder(thing, lex), lex)
        if phrase is None:
            if thing is obj:
                return []
            continue
        polarity = 0 if tentative else lex.attitude[words] * sign * side
        agent = subject.i if subject is not None else None
        # an act denied ("denied that it had settled with the label") is a side only against
        # whoever lays it at the denier's door, as a maker's side on what they made
        denied = thing is action and rebutting
        settled = clauses.settle(polarity, negated, conditional)
        found.append(Expression(tok.i, settled, topic.i, phrase, agent, owned=denied))
    if (act := reasons.blamed_act(tok, words, obj, lex)) is not None:
        topic, phrase, sign = act
        polarity = 0 if tentative else lex.attitude[words] * sign * side
        agent = subject.i if subject is not None else None
        found.append(
            Expression(tok.i, clauses.settle(polarity, negated, conditional), topic.i, phrase, agent)
        )
    return found


def _counted(verb: Token, obj: Token) -> bool:
    """A number of things accepted or passed ("took in 4,210 migrants", "has passed three motions")
    reports what was done with them, not a side taken on them (as "attacked three clauses of the
    code" still takes one, and "her aim of admitting 2,000 migrants" too)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # what is done, not what is aimed at
    if any(c.dep_ in ("det", "poss") for c in obj.children):
        return False  # "backed the 1998 renewal of the act", "the board's 5-4 vote" name one thing
    return any(c.dep_ == "nummod" and c.ent_type_ in ("CARDINAL", "") for c in obj.children)


def _carries_a_side(obj: Token, lex: Lexicon) -> bool:
    """A thing filed or sent that states a side itself ("filed papers opposing X"): the side is
    on X, not on the papers."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and phrasal.match_phrase(c, lex.attitude) for c in obj.children
    )


def _denied_kind(verb: Token, obj: Token) -> bool:
    """ "The levy is not something Lee supports": the copula denies the thing is of the kind the
    clause on its predicate noun names."""
    return verb.dep_ == "relcl" and obj.i == verb.head.i and obj.dep_ == "attr" and clauses.negated(obj.head)


def _binding(text: Token, lex: Lexicon) -> bool:
    """A text a signature binds one to: a law, a deal, a plan or a ruling, a [signed] text, or a
    thing named ("signed NAFTA")."""
    lemma = text.lemma_.lower()
    return lemma in lex.kind or lemma in lex.signed or text.pos_ == "PROPN"


def _being(obj: Token) -> bool:
    """A way to be, not a thing at stake: "will insist on being himself", "calls for being tough"."""
    return obj.tag_ == "VBG" and obj.lemma_.lower() == "be"


def _own_body(obj: Token) -> bool:
    """A part of the subject's own body, which a posture is told with: "stood with his arms crossed"."""
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return owner is not None and owner.pos_ == "PRON" and obj.lemma_.lower() in events_lexicon.load().body


def _object_relative(verb: Token) -> bool:
    """A relative clause whose noun is what its verb acts on: "a plan that we won't back"; not one
    whose relative pronoun is the doer ("the company, which filed for bankruptcy" filed nothing
    named), nor one whose noun an inner verb takes ("the things she wants to do")."""
    if verb.dep_ != "relcl" or clauses.child(verb, ("xcomp", "ccomp")) is not None:
        return False
    doer = clauses.child(verb, ("nsubj",))
    return doer is None or not syntax.relative_pronoun(doer)
