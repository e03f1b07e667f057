"""Passives: a change demanded of a named thing, and how a passive act is named.

"The guild's voting rules should be simplified", "Otter must be added to the crew", "the
ferry pier needs to be repaired": a speaker who demands that something be done to a thing the
article names takes a side on doing it (+1; "the pier must not be sold", -1), whatever the verb,
where an active demand ("we should simplify X") is read by ``volition`` only when its verb carries
out or undoes the thing. The act is named as it is done to the thing, "simplifying the guild's
voting rules", the way a reader names it. A readiness ("the crew should be prepared"), a person
told how to feel ("the rowers should not be worried"), a thing judged ("the ruling should be
regarded as a warning"), a saying ("the rowers should be told"), an act laid on the one in the
subject ("the line should be allowed to close") and any thing of a kind ("boats need to be
painted") take no side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses
from faultlines.stances.extents import noun_phrase
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.syntax import DEFINITE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What may stand between a thing and the passive done to it: "should not now be", "needs to be".
BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})


def undergoer(verb: Token, lex: Lexicon) -> Token | None:
    """The thing a passive verb is done to: its subject ("the guild's rules should be simplified"), or the
    subject of the duty it completes ("the ferry pier needs to be repaired"); None for an active verb."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if "to" not in clauses.auxiliaries(verb):
        return clauses.child(verb, ("nsubjpass",))
    # an infinitive's own subject is one asked for, not a thing named: "urged the club for Lee to be sent to X"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.duty:
        return clauses.child(verb.head, ("nsubj",))
    return None


def start(verb: Token, lex: Lexicon) -> int | None:
    """Where the phrase naming a passive act on a thing begins: at the noun phrase of the thing, when
    only its auxiliaries, negation, adverbs and duty stand between them ("the guild's rules should
    not be simplified"); None when the thing is no noun or lies elsewhere in the sentence."""
    thing = undergoer(verb, lex)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    doc, heads = verb.doc, (verb.i, verb.head.i)  # "needs" in "the ferry pier needs to be repaired"
    between = range(thing.right_edge.i + 1, verb.i)
    if any(k != verb.head.i and (doc[k].dep_ not in BETWEEN or doc[k].head.i not in heads) for k in between):
        return None
    return noun_phrase(doc, thing)[0]


def act_in(doc: Doc, first: int, end: int) -> Token | None:
    """The passive verb whose act on a thing the phrase ``doc[first:end]`` names from its first word
    on ("the guild's rules should be simplified"), if it is one."""
    lex = load_lexicon()
    return next(
        (doc[k] for k in range(first + 1, end) if doc[k].tag_ == "VBN" and start(doc[k], lex) == first),
        None,
    )


def demanded_change(verb: Token, governor: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a change demanded of a named thing: a passive under a modal of duty
    ("should be simplified", "must not be sold") or completing a duty ("needs to be repaired"),
    done to a noun named just before it, that is neither a state, a feeling, a judgement nor a
    saying (see the module's docstring), and not asked ("why the levy should be kept")."""
    if start(verb, lex) is None:
        return False
    # "should be prepared" tells a readiness, "should not be worried" a feeling, "should be regarded
    # as" a judgement
    lemma = verb.lemma_.lower()
    if verb.lower_ in lex.ready or lemma in lex.ready or lemma in lex.feeling or lemma in lex.regard:
        return False
    if lemma in lex.sanction:
        return False  # "Lee should be banned for X" is against X (``sanctions``)
    if clauses.child(verb, ("xcomp",)) is not None:
        return False  # "should be allowed to close", "must not be made to pay": the act is the infinitive's
    # "has yet to be written" is not done so far, and asks nothing
    duty = clauses.auxiliaries(verb) & lex.demanding or (
        governor.i != verb.i and clauses.duty(governor, lex) and not clauses.negated(governor)
    )
    return (
        bool(duty) and _particular(undergoer(verb, lex)) and not _unsaid(verb) and not clauses.asked(governor)
    )


def _particular(thing: Token) -> bool:
    """A thing the article names: by name ("Otter must be added"), as the one it means ("the
    rules", "these fees") or as someone's ("the guild's rules"); not any thing of a kind
    ("boats need to be painted", "any contract needs to be drafted by us")."""
    if thing.pos_ == "PROPN":
        return True
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in thing.children)


def _unsaid(verb: Token) -> bool:
    """A demand that its clause's head says nobody makes: "the survey doesn't mean the fare should
    be cut" ("I don't think the rules should be changed" says they should not be), or one asked
    ("why the levy should be kept")."""
    head = verb.head
    denied = verb.dep_ == "ccomp" and clauses.negated(head) and not clauses.disbelieved(verb)
    return denied or clauses.asked(verb)
