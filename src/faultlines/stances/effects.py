"""Quoted judgements of a thing by what it does: "the levy is hurting small shops", "the plan sent a
terrible message", "the levy epitomises waste", "the levy does nothing to help renters" (it fails at
its aim, whatever the aim), or will do: "the levy will hurt shops" judges a measure, an act or a
deal by its effect; a demand that such a thing stop ("raising the levy needs to stop") is against it.
What a person, a people or a body does is an event, not a judgement of them; a forecast of anything
else ("the storm will hurt farms"), a hedge, a demand or a question takes no side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.events.objects import counted
from faultlines.stances import acts, clauses, judged, phrasal, relatives, valence
from faultlines.stances.antecedents import named_before
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.quoted import Context

# Modals by which a speaker foretells what a thing will do: "the levy will hurt shops".
FORECAST = frozenset({"will", "'ll", "’ll", "would"})
# Verbs whose object is what their subject takes away: "the levy would cost jobs".
COSTING = frozenset({"cost"})
# What a thing that fails at its aim does: "does nothing to help", "did little to stop".
FUTILE = frozenset({"nothing", "little"})
# Where the parse hangs the aim of "do nothing": on the verb, or as a clause of "nothing".
AIMS = frozenset({"xcomp", "advcl", "relcl", "acl"})

if TYPE_CHECKING:
    from spacy.tokens import Token


def effect(verb: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "The levy is destroying the market", "the museum can help us", "the plan sent a terrible
    message": a thing judged by what it does. What a person, a people or a body does is an event,
    not a judgement of them."""
    lemma = verb.lemma_.lower()
    if (
        lemma == "be"
        or lemma in lex.feeling
        or lemma in lex.volition
        or (lemma in phrasal.by_verb(lex.attitude) and phrasal.match_phrase(verb, lex.attitude) is not None)
    ):
        return None  # read by ``polarity`` ("makes our town weaker" is no "made the case for X")
    obj = clauses.child(verb, ("dobj",))
    # "he embodies greed" is judged by what it names; "she did a wonderful job", by how it was done
    if lemma in lex.embodying or (lemma == "do" and obj is not None and obj.lemma_.lower() == "job"):
        return None if _foretold(verb, lex) else _embodies(verb, obj, lex, context)
    if lemma in lex.surprising:
        return None
    working = _working(verb, obj, lex)
    if working:
        side = working
    elif lemma in lex.passing:
        side = valence.judgement(obj, lex)[0] if obj is not None and obj.pos_ == "NOUN" else 0
        side = side or _leaves(verb, lex, context) or _futile(verb, obj)
    else:
        # a verb VADER leaves unrated may still be one of ours: "the levy discriminates against renters"
        side = valence.side(verb) or lex.evaluative.get(lemma, 0) or _loss(verb, obj)
    # the side first: most verbs take none, and their modals need not be read
    if not side:
        return None
    clause, modal = clauses.shared(verb)
    if _foretold(modal, lex) or clauses.hypothetical(verb, lex) or clauses.asked(clause):
        return None
    if _conditioned(clause, lex):
        return None
    doer = clause.head if _going_to(clause) else clause
    subject = syntax.subject(doer, ("nsubj", "csubj"))
    if subject is None or (subject.tag_ in relatives.RELATIVE and not relatives.set_off(subject)):
        return None  # "the ruling that paved the way" tells which ruling is meant; it does not judge it
    subject = relatives.antecedent(subject, context)
    if subject is None or (subject.dep_ == "csubj" and clauses.negated(subject)):
        return None  # "not paying taxes pays off" judges not doing what the topic would name
    proposed = _proposed(subject, lex, context)
    if (_forecast(modal) or doer is not clause) and not proposed:
        return None  # "the storm will hurt farms", "prices would fall" foretell; they judge nothing
    if working and not proposed:
        return None  # "the team is working", "the system works": only a measure or an act does its job
    if (
        not working
        and obj is None
        and clauses.child(verb, ("xcomp", "ccomp", "dative")) is None
        and not _against(verb)
    ):
        return None  # "the tenants suffered" tells what befell them; a thing judged acts on something
    if obj is not None and context.actor_at.get(obj.i) == "person" and lemma not in lex.passing:
        return None  # "the gaffe hurt the nominee" weighs a campaign's fortunes, it takes no side
    if not proposed and (act := _act_judged(verb, obj)) is not None:
        return judged.expression(verb, side, act, modal, lex, context)
    if any(t.i in context.actor_at or judged.someone(t) for t in (subject, *subject.conjuncts)):
        return None  # "neither the candidate nor her aides helped": people acting with a body
    if not proposed and (
        subject.pos_ == "PROPN" or not judged.judged_thing(subject, verb, lex, context.contested)
    ):
        return None
    if judged.stands_for_a_topic(subject, lex):
        # "it helps" says too little to guess what "it" is from the topics named around it; "the
        # plan helps" is the plan the article named in full before
        referent = context.referent(subject, lex)
        if referent is None and (subject.pos_ != "NOUN" or named_before(subject) is None):
            return None
        subject = referent or subject
    if obj is not None and obj.lower_ in pronouns.NEGATIVE and not _futile(verb, obj):
        side = -side  # "the levy harmed nobody" defends it; "it does nothing to help" fails
    return judged.expression(verb, side, subject, modal, lex, context)


def _act_judged(verb: Token, obj: Token | None) -> Token | None:
    """ "The drive made the mistake of hiding its point", "Lee made the right call in closing
    the depot": the act the judging object of "make" names is what is judged, whoever did it."""
    if verb.lemma_.lower() != "make" or obj is None or obj.pos_ != "NOUN" or clauses.negated(verb):
        return None  # "she did not make the mistake of closing it" still calls closing a mistake
    subject = syntax.subject(verb, ("nsubj",))
    if subject is not None and subject.lower_ in judged.SELF:
        return None  # "I made the mistake of trusting him" regrets; it names no side on a proposal
    # "of" hangs on the noun; "in" and "by" on either, as the parse has it
    preps = [*obj.children, *(c for c in verb.children if c.lower_ != "of")]
    acts = (
        clauses.child(p, ("pcomp",)) for p in preps if p.dep_ == "prep" and p.lower_ in ("of", "in", "by")
    )
    return next((a for a in acts if a is not None and a.tag_ == "VBG"), None)


def _conditioned(clause: Token, lex: Lexicon) -> bool:
    """A condition the parse took for a clause of its own, its "if" hung on the subject: "if raising
    the levy drives shoppers away and hurts families, ..."."""
    return any(
        t.dep_ == "mark" and t.lower_ in lex.condition for t in clause.doc[clause.left_edge.i : clause.i]
    )


def halted(verb: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "Raising the levy really needs to stop", "the raids must end": a demand that a measure or an
    act come to a stop, by an [undo] verb with no object of its own, is a stance against it."""
    if (verb.lemma_.lower(),) not in lex.undo or verb.tag_ != "VB":
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp", "prt") for c in verb.children):
        return None  # "it must stop the raids" undoes its object, which ``polarity`` reads
    duty = verb.dep_ == "xcomp" and clauses.duty(verb.head, lex)  # not "has yet to stop"
    head = verb.head if duty else verb
    if not (duty and "to" in clauses.auxiliaries(verb)) and not clauses.auxiliaries(verb) & lex.demanding:
        return None  # "the raids will end in May" foretells; only a demand takes a side
    if clauses.hypothetical(head, lex) or clauses.asked(head):
        return None
    subject = syntax.subject(head, ("nsubj", "csubj"))
    subject = relatives.antecedent(subject, context) if subject is not None else None
    if subject is None or not _proposed(subject, lex, context):
        return None  # "the rain must stop", "he needs to stop": only a measure or an act is halted
    return judged.expression(verb, -1, subject, head, lex, context)


def _working(verb: Token, obj: Token | None, lex: Lexicon) -> int:
    """ "The levy works", "closing the depot backfired", "it makes no sense": the side a verb of
    [working] takes by itself, with no object of its own, or with the one its row names. What a
    thing works on, for or with ("she works for the agency", "it works with any phone") is no
    judgement of it."""
    lemma = verb.lemma_.lower()
    if obj is None:
        dep = syntax.tree(verb.doc).dep
        if any(dep[c] in ("prep", "xcomp", "ccomp", "dative") for c in syntax.children(verb)):
            return 0
        return lex.working.get((lemma,), 0)
    side = lex.working.get((lemma, _counted(obj).lemma_.lower()), 0)
    # "it makes no sense" denies it
    return -side if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children) else side


def _counted(obj: Token) -> Token:
    """What a count of things names: "jobs" in "would create thousands of jobs"."""
    return next(iter(counted(obj)), obj)


def _loss(verb: Token, obj: Token | None) -> int:
    """ "It would cost jobs", "the levy cost lives": a thing judged by what it takes away. A price
    ("would cost $5 billion", "cost the state 10 percent of its revenue") weighs it, taking no side."""
    if verb.lemma_.lower() not in COSTING or obj is None:
        return 0
    if (thing := _counted(obj)) is not obj:  # "thousands of jobs" lost; "thousands of dollars" a price
        return 0 if thing.pos_ != "NOUN" or thing.ent_type_ in syntax.AMOUNT_ENTITIES else -1
    if obj.pos_ != "NOUN":
        return 0
    priced = (
        t.like_num or t.tag_ == "$" or t.ent_type_ in syntax.AMOUNT_ENTITIES
        for t in verb.subtree
        if t.i > verb.i
    )
    return 0 if any(priced) else -1


def _foretold(verb: Token, lex: Lexicon) -> bool:
    """ "It must not hurt them" demands, "it could hurt them" leaves it open: neither judges. "It
    will hurt them" and "it would hurt them" forecast, which judges a measure (``_proposed``)."""
    modals = clauses.auxiliaries(verb.head if _going_to(verb) else verb) | clauses.auxiliaries(verb)
    return bool(modals & (lex.firm | lex.tentative) - FORECAST - {"can"})


def _forecast(verb: Token) -> bool:
    """ "The levy will hurt shops", "it would cost jobs": what a thing is said to be going to do."""
    return bool(clauses.auxiliaries(verb) & FORECAST)


def _going_to(verb: Token) -> bool:
    """ "The levy is going to hurt shops": the verb completes "going", whose subject is the doer."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and "to" in clauses.auxiliaries(verb)


def _proposed(subject: Token, lex: Lexicon, context: Context) -> bool:
    """Whether ``subject`` is a measure, an act or a deal someone made or proposes, which a
    speaker judges by what it will do: "closing the library", "the Harbour Act", "the budget",
    "the levy", the plan "it" stands for; not a storm, prices, a state of things or an event
    ("Lee's loss would hurt the party")."""
    if subject.pos_ == "VERB":
        # "closing the library will hurt families", or what "it" stands for: "said of closing it"
        return subject.dep_ == "csubj" or (subject.dep_ == "pcomp" and subject.tag_ == "VBG")
    if subject.lower_ in lex.placeholder:
        referent = context.referent(subject, lex)
        return referent is not None and referent is not subject and _proposed(referent, lex, context)
    if subject.pos_ == "PROPN":  # "the Harbour Act", "the Velmor Accord"
        return subject.ent_type_ == "LAW" or subject.lemma_.lower() in lex.kind
    return subject.pos_ == "NOUN" and acts.act(subject, lex)


def _leaves(verb: Token, lex: Lexicon, context: Context) -> int:
    """ "The levy makes the town poorer", "the toll made the harbour safer": a thing judged by the
    state it leaves something in. How hard it makes a task ("makes it harder to vote") or how it
    leaves a person ("made him stronger", a candidate's fortunes) takes no side, nor does a denied
    result ("it doesn't make things worse"), which grants a point more often than it takes a side."""
    if verb.lemma_.lower() != "make" or clauses.negated(verb):
        return 0
    state = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ"), None)
    if state is None or state.lemma_.lower() in lex.effort or clauses.negated(state):
        return 0  # "makes them poorer, not richer": the parse may take the denied state for the state
    bearer = syntax.subject(state, ("nsubj",)) or clauses.child(verb, ("dobj",))
    if bearer is not None and (
        bearer.lower_ in pronouns.PERSONS or context.actor_at.get(bearer.i) == "person"
    ):
        return 0
    return valence.side(state)


def _futile(verb: Token, obj: Token | None) -> int:
    """ "The levy does nothing to help renters", "the breaks do little to boost growth": a thing
    judged by what it fails to achieve, whatever that is ("did nothing to stop the smuggling")."""
    if verb.lemma_.lower() != "do" or obj is None or obj.lower_ not in FUTILE or clauses.negated(verb):
        return 0
    aims = [*verb.children, *obj.children]
    return -1 if any(c.dep_ in AIMS and "to" in clauses.auxiliaries(c) for c in aims) else 0


def _against(verb: Token) -> bool:
    """ "The levy discriminates against renters", "it works against them": what a thing is against
    is what it acts on."""
    return any(
        c.dep_ == "prep" and c.lower_ == "against" and clauses.child(c, ("pobj",)) for c in verb.children
    )


def _embodies(verb: Token, obj: Token | None, lex: Lexicon, context: Context) -> Expression | None:
    """ "He embodies the legacy of greed", "the levy epitomises waste", "she has done a wonderful
    job": the subject is judged by what it is said to be or how it did its job (``valence`` reads
    "the legacy of greed" by its "of"), a person too, as by a name he is called; not the speaker's
    own work ("we did a great job")."""
    if obj is None or obj.pos_ != "NOUN":
        return None
    side = valence.judgement(obj, lex)[0]
    if not side or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    subject = syntax.subject(verb, ("nsubj",))
    subject = relatives.antecedent(subject, context) if subject is not None else None
    if subject is None or subject.lower_ in judged.SELF or subject.ent_type_ in ("NORP", "GPE"):
        return None
    actor = judged.someone(subject) or subject.i in context.actor_at
    if not (actor or judged.judged_thing(subject, verb, lex, context.contested)):
        return None
    return judged.expression(verb, side, subject, verb, lex, context)
