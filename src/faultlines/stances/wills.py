"""Stances named by a noun of will with its owner: "Lee's pledge to scrap the levy", "her threats
to impose a tariff", "his refusal to release the files".

The noun ([will noun] in ``stance_words.txt``) says whether its owner wants the action of its
to-infinitive done or refuses it; the owner is its possessor, who leads or joins it ([join]: "Lee
led the campaign to X") or whom it comes from ("a request from Lee to X"). Who has no plan or
intention to do something ("Lee has no plans to sell X") refuses it. As with a stated will
("vowed to X"), the action must carry out or undo a named thing, or act on something ("her push to
restore the old rules", not "his effort to bounce back"); saying something ("her refusal to
comment") is no side. A plan, as "plans to X", must carry out or undo a named thing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses, phrasal, phrases, subjects, volition
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

# The kinds of noun ([kind] in stance_words.txt) whose maker wills the act of their infinitive.
DECIDED = frozenset({"ruling", "plan", "act"})
# The kinds of those whose maker has settled on the act, not only planned it: "her decision to X".
DECISIONS = frozenset({"ruling"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every owned noun of will of ``doc`` whose action takes a side, in text order."""
    lowered = lemmas(doc)
    found = []
    for i in positions(doc).get("NOUN", ()):
        lemma = lowered[i]
        will = lex.will_noun.get(lemma) or lex.volition.get(lemma)
        decided = lex.kind.get(lemma) in DECIDED
        if will is None and not decided:
            continue
        noun = doc[i]
        if will is not None and (holder := _disowned(noun)) is not None:
            owner, will = holder, -will
        elif lemma in lex.will_noun:
            owner = _owner(noun, lex)
        elif decided:
            owner, will = decider(noun, lex) or _decision_owner(noun, lex), 1
        else:
            continue  # "her plans to visit X" are a schedule; only having none of them says no
        # "efforts by Lee to X": a reading of Lee's motive, which counts where someone takes a side on X
        reading = owner is None and lemma in lex.will_noun and (owner := _said_by(noun)) is not None
        action = _aim(noun, lex)
        if owner is None or owner.pos_ not in ("PROPN", "PRON") or action is None:
            continue
        # "threats to wall off X and slap a tariff on Y": each action joined to the first
        joined = [
            c for c in action.conjuncts if c.pos_ == "VERB" and clauses.child(c, clauses.SUBJECTS) is None
        ]
        # a plan or a move made, as "plans to X", must carry out or undo a named thing; a decision
        # taken is its maker's will, as "vowed to X" is
        decision = decided and lemma not in lex.will_noun and lex.kind.get(lemma) in DECISIONS
        scheduled = lemma in lex.scheduling or (decided and lemma not in lex.will_noun and not decision)
        for act in (action, *joined):
            if decision and phrasal.match_phrase(act, lex.attitude) is not None:
                continue  # "took the decision to block X": the attitude itself, read on its verb
            if (expr := _will(noun, owner, act, will, lex, scheduled)) is not None:
                found.append(replace(expr, owned=True) if reading else expr)
    return found


def _will(
    noun: Token, owner: Token, action: Token, will: int, lex: Lexicon, scheduled: bool
) -> Expression | None:
    topic, phrase, sign, carried = volition.aim(action, lex)
    if phrase is None or (
        not carried and (scheduled or volition.speaking(action, lex) or not phrases.acts_on_something(action))
    ):
        return None
    side = clauses.settle(will * sign, clauses.negated(action), clauses.conditional(action, lex))
    return Expression(noun.i, side, topic.i, phrase, agent=owner.i)


def _owner(noun: Token, lex: Lexicon) -> Token | None:
    """Whose will a noun of will is: its possessor ("Lee's pledge"), or who leads or joins it ("Lee
    led the effort to", "Lee joined the push to"). An effort only said to be someone's ("an effort
    by Lee to ...") is mostly a critic's reading of their motive, not a will they state: ``find``
    counts it only where someone else takes a side on the act (``_said_by``)."""
    owner = clauses.child(noun, ("poss",)) or _sender(noun)
    if owner is not None:
        return owner
    noun = _counted(noun, lex)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.join or clauses.negated(verb):
        return None
    subject = clauses.child(verb, ("nsubj",)) or subjects.adjunct_subject(verb)
    return subjects.relative_antecedent(subject) if subject is not None else None


def decider(noun: Token, lex: Lexicon) -> Token | None:
    """Who took, made or put forward a decision, a move or a plan: Lee, in "Lee took the decision
    to close X", "Lee put forward a plan to sell X" (only being told of a plan is no will)."""
    verb = noun.head
    if lex.kind.get(noun.lemma_.lower()) not in DECIDED or noun.dep_ != "dobj" or clauses.negated(verb):
        return None
    if verb.lemma_.lower() not in lex.act_doer and phrasal.match_phrase(verb, lex.make) is None:
        return None
    subject = clauses.child(verb, ("nsubj",)) or subjects.adjunct_subject(verb)
    return subjects.relative_antecedent(subject) if subject is not None else None


def _decision_owner(noun: Token, lex: Lexicon) -> Token | None:
    """Whose a decision, a move or a plan is, as named beside it: Velmora, in "Velmora's decision to
    close X", "her plan to scrap X" ("Friday's decision" is dated, not owned). A plan, as "plans to
    X", takes a side only where it carries out or undoes a named thing (see ``find``)."""
    owner = clauses.child(noun, ("poss",)) if lex.kind.get(noun.lemma_.lower()) in DECIDED else None
    return owner if owner is not None and owner.ent_type_ not in syntax.TIME_ENTITIES else None


def _counted(noun: Token, lex: Lexicon) -> Token:
    """The count a noun of will is taken in: "series" in "took a series of steps to block X"."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and lex.generic.get(of.head.lemma_.lower()) == "none":
        return of.head
    return noun


def _disowned(noun: Token) -> Token | None:
    """Who has no plan or intention to do something: "the board has no plans to sell the port",
    "does not have any intention of selling it" refuses the sale."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "have":
        return None
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "no" not in dets and not (clauses.negated(verb) and dets <= {"any"}):
        return None
    return clauses.child(verb, ("nsubj",))


def _said_by(noun: Token) -> Token | None:
    """Whose an effort is said to be: Lee, in "efforts by Lee to X"."""
    return syntax.object_of(noun, "by")


def _sender(noun: Token) -> Token | None:
    """Who a request, call or pledge comes from: "a request from the union to restore the fares"
    is the union's, as its stated will."""
    return syntax.object_of(noun, "from")


def _aim(noun: Token, lex: Lexicon) -> Token | None:
    """The action a noun of will aims at: its to-infinitive, its bare that-clause ("her demand that
    the council scrap X") or its gerund after "of" ("no intention of selling it"), or the infinitive
    that after a verb of joining may be parsed as that verb's purpose or complement ("joined the push
    to scrap X", "took steps to block X")."""
    # "took steps to block X": the parse may hang the infinitive as a relative clause; "her demand
    # that the council scrap X" wills it in the bare form
    found = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl") and (clauses.infinitive(c) or syntax.bare_that(c))
        ),
        None,
    )
    if found is None and (of := clauses.child(noun, ("prep",))) is not None and of.lower_ == "of":
        found = next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    taken = _counted(noun, lex)
    if found is None and taken.dep_ == "dobj" and taken.head.lemma_.lower() in lex.join:
        found = next(
            (c for c in taken.head.children if c.dep_ in ("advcl", "xcomp") and clauses.infinitive(c)), None
        )
    return found
