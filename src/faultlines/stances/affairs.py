"""An actor acting on its own affairs: "the paper will end its Monday edition", "Velmo plans to
launch a new phone", "Velmo unveiled its laptop", "Lee filed a suit".

Carrying out or undoing something of one's own ([carrier] and [undo] verbs), bringing out a new
thing, or making one ([make]: filing a suit, drafting a bill) is a business decision or an
announcement, not a side taken; like a maker's stance on what they made, it counts only where
someone else in the article takes a side on the same thing (an ``owned`` expression). An act or a
proposal set going ("launched a campaign to curb X") is carried out, a side of the doer's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines.stances import clauses, done, phrasal
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.expression import Expression

# Prepositions naming what an effort is for or against: "a campaign for governor", "against the levy".
AIMS = frozenset({"for", "against", "to"})
# Possessive pronouns by the subject pronouns they agree with ("" for any named or third-person doer).
OWNERS = {"its": "", "their": "", "our": "we", "my": "i"}


def mark(expr: Expression, doc: Doc, lex: Lexicon) -> Expression:
    """``expr``, read as its doer's own affair where it is one."""
    doer = expr.agent if expr.agent is not None else expr.committer
    if expr.owned or doer is None or expr.phrase != "np":
        return expr
    thing, verb = doc[expr.topic], doc[expr.predicate]
    # "we're excited about our new tour": pride in one's own work, not a side taken on it ("upset
    # by our treatment" complains of what others did)
    own = expr.polarity > 0 and _theirs(thing, doc[doer])
    if verb.tag_ in ("JJ", "VBN") and own and not proposal(thing, lex):
        return replace(expr, owned=True)
    if verb.pos_ != "VERB":
        return expr
    # "Lee urged that Kim drop her bill": the thing is Kim's, and Kim is not the one taking a side
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subject is not None and subject.i != doer) or _position(verb, lex):
        return expr
    # "Lee filed suit over the levy" made the suit, and took a side on the levy
    made = phrasal.match_phrase(verb, lex.make) is not None and thing.dep_ not in ("pobj", "pcomp")
    if made and not _deal(verb, thing, lex) and not set_going(verb, thing, expr.phrase, lex):
        return replace(expr, owned=True)  # "Lee filed the suit" made it, as "Lee drafted the bill" did
    # "Velmo unveiled its new laptop" is a product launch; "Lee unveiled a tax plan" a proposal
    # (a person introduced "as someone who has changed the trade" is praised, not brought out)
    launch = phrasal.match_phrase(verb, lex.bringing_out) is not None and thing.ent_type_ != "PERSON"
    if launch and not proposal(thing, lex):
        return replace(expr, owned=True)
    carried = phrasal.match_phrase(verb, lex.carrier)
    done = carried or phrasal.match_phrase(verb, lex.undo)
    # only a thing done to or brought out: "we support our schools" is a side taken on them; a new
    # thing enacted ("adopted a new budget") or undone ("scrapped the new fares") is a side taken,
    # where one launched is a business move
    launched = carried is not None and phrasal.match_phrase(verb, lex.attitude) is None
    if done is not None and (_theirs(thing, doc[doer]) or (_new(thing) and launched)):
        return replace(expr, owned=True)
    return expr


def set_going(verb: Token, thing: Token, phrase: str | None, lex: Lexicon) -> bool:
    """An act or a proposal its maker set going, told done ([make] rows marked "start"): "launched a
    campaign to curb vaping", "began testing hiding the fares", "rolled out the toll plan"; or an
    act decided that any [make] verb tells ("announced the selection of three builders"). Its doer
    carries it out, a side of their own; not "launched a new phone", a product, nor "will launch a
    campaign to X", only what comes next."""
    if phrasal.match_phrase(verb, lex.start) is not None:
        going = phrase == "vp" or proposal(thing, lex) or _drive(thing, lex)
    else:
        going = _decided(thing, lex)
    return going and done.past(clauses.aspect_head(verb, lex))


def _decided(thing: Token, lex: Lexicon) -> bool:
    """An act decided, named with what it is done to: "the selection of three builders", "a
    suspension of ferry links"; not one done to the doer's own things ("the closure of its plant")."""
    if thing.lemma_.lower() not in lex.decided or _theirs(thing, thing):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children)


def _drive(thing: Token, lex: Lexicon) -> bool:
    """A public effort set going, named by what kind it is or as one named before: "launched an
    anti-smoking campaign", "the \"Quit Now\" campaign", "launched the campaign". Not a run for office
    ("her presidential campaign", "a write-in campaign", "the Lee campaign"), nor a bare "a
    campaign", which news uses of one; nor one whose aim it names ("a campaign for governor", "to
    curb vaping", "against the levy"), a side on that aim and not on the effort."""
    if thing.lemma_.lower() not in lex.drive:
        return False
    if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in AIMS) for c in thing.children):
        return False
    beside = [c for c in thing.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    if any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "its" for c in beside):
        return False
    before = thing.doc[thing.left_edge.i : thing.i]
    if set(before.text.lower().split()) & lex.race or any(t.ent_type_ in ("PERSON", "NORP") for t in before):
        return False
    titled = any(t.is_quote for t in before)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in thing.children)
    return bool(titled or definite or [c for c in beside if c.dep_ != "poss"])


def _theirs(thing: Token, doer: Token) -> bool:
    """A thing its doer owns: "its newspapers", "the Sunday edition of our paper" (not "our
    nurses" in a quote about what someone else did to them)."""
    person = doer.lower_ if doer.lower_ in ("we", "i") else ""
    owners = [c for c in thing.children if c.dep_ == "poss"]
    owners += [
        c
        for p in thing.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        for c in (o, *o.children)
    ]
    return any(o.dep_ == "poss" and OWNERS.get(o.lower_) == person for o in owners)


def _deal(verb: Token, thing: Token, lex: Lexicon) -> bool:
    """A deal closed or announced ("announced a merger"): its doer's side (``commitments``)."""
    return thing.lemma_.lower() in lex.deal and phrasal.match_phrase(verb, lex.deal_verb) is not None


def proposal(thing: Token, lex: Lexicon) -> bool:
    """A thing of a kind one takes a side on: "a tax plan", "a levy", "an early sketch of what later
    became the harbour plan"."""
    named = [thing, *(t for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree)]
    kinds = lex.kind.keys() | lex.measure | lex.deal
    return any(t.lemma_.lower() in kinds for t in named)


def _new(thing: Token) -> bool:
    """A new thing its doer brings out: "will release a new model", "plans to launch new services"."""
    return any(c.dep_ == "amod" and c.lower_ == "new" for c in thing.children)


def _position(verb: Token, lex: Lexicon) -> bool:
    """Whether the action is willed as a position, not only planned: "vowed to close its base",
    "is ready to withdraw its troops" take a side where "plans to close its base" only schedules."""
    if verb.dep_ != "xcomp":
        return False
    will = verb.head.lemma_.lower()
    return will in lex.ready or (will in lex.stated and will not in lex.scheduling)
