"""What a side taken on "the ruling" is a side on: the thing the ruling decided.

Court and policy news tells a decision by its verb ("the court struck down the levy", "the board
rejected the merger") and then names it by a general noun: "Lind will appeal the ruling", "Pepp
called the decision a win", "Kim praised the court's decision". Standing against a ruling that
struck a thing down stands for the thing; praising it stands against the thing. Read as a side on
"the levy" itself with its own sign, such a stance would put the one who appeals on the court's side.

A ruling noun ([kind] "ruling") stands for the decision ([ruling act]) told last before it, in the
article's lead or a few sentences back, by the same doer or none; a dated one ("Friday's decision")
for the decision told on that day ("ruled Friday against X"); one that says what it decides
("the decision to close the port") is an act of its own (``acts``), and someone else's quote between
the two leaves open what it stands for, as it does for a speaker's "it" (``quoted``). Appealing with no ruling named
("the state will appeal", "the groups appealed the case after the court upheld it") is against the
decision told last, in the same sentence or before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import clauses
from faultlines.stances.acts import LEAD_SENTENCES, NEAR_SENTENCES, doer, refers, same_doer, says_what
from faultlines.stances.antecedents import kind
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions, sentence_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.stances.quoted import Context

# Prepositions by which "appeal" with no object asks something of someone, not a ruling undone:
# "appealed to voters", "appealed for calm" ("appealed the case to a higher court" is the ruling's).
PLEA = frozenset({"to", "for"})


def carried(exprs: list[Expression], context: Context, lex: Lexicon) -> list[Expression]:
    """``exprs`` with each side taken on a ruling noun moved onto what the ruling decided, its sign
    times the ruling's: appealing a ruling against the levy is for the levy. ``context`` tells where
    the quotes are."""
    doc = context.doc
    decisions = [r for r in exprs if _decides(r, doc, lex)]
    if not decisions:
        return exprs
    found = []
    for e in exprs:
        noun = doc[e.topic]
        ruled = e.phrase in ("np", "ref") and _ruling(noun)
        decision = _decision(noun, decisions, context) if ruled else None
        if decision is None:
            found.append(e)
        else:
            polarity = e.polarity * decision.polarity
            found.append(replace(e, polarity=polarity, topic=decision.topic, phrase=decision.phrase))
    return sorted(found + _appeals(decisions, context, lex), key=lambda e: e.predicate)


def _appeals(decisions: list[Expression], context: Context, lex: Lexicon) -> list[Expression]:
    """The side of each appeal that names no ruling: against the decision told last before it (or
    later in its sentence), so for what the decision struck down."""
    doc, found = context.doc, []
    lowered = lemmas(doc)
    for i in positions(doc).get("VERB", ()):
        if lowered[i] != "appeal":
            continue
        verb = doc[i]
        appellant = clauses.child(verb, clauses.SUBJECTS) or _willing(verb, lex)
        if appellant is None or not _bare(verb, lex) or not _firm(verb, lex):
            continue
        decision = _decision(verb, decisions, context, same_sentence=True)
        if decision is not None:
            polarity = -decision.polarity
            found.append(Expression(i, polarity, decision.topic, decision.phrase, agent=appellant.i))
    return found


def _bare(verb: Token, lex: Lexicon) -> bool:
    """An appeal naming no ruling: none, or only the case ("appealed the case"), and no plea."""
    obj = clauses.child(verb, ("dobj",))
    if obj is not None:
        return obj.lemma_.lower() in lex.contest  # "appealed the case to a higher court"
    return not any(c.dep_ == "prep" and c.lower_ in PLEA for c in verb.children)


def _willing(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of the will an appeal completes: "the state plans to appeal", "vowed to appeal"."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in lex.volition:
        return None
    return clauses.child(verb.head, clauses.SUBJECTS)


def _firm(verb: Token, lex: Lexicon) -> bool:
    """An appeal made or committed to: not one denied, refused, hedged, asked about, supposed or
    made only on a condition ("if the ruling stands, we will appeal")."""
    will = verb.head if verb.dep_ == "xcomp" else verb
    return not (
        clauses.negated(verb)
        or clauses.negated(will)
        or lex.volition.get(will.lemma_.lower(), 1) < 0
        or clauses.tentative(verb, lex)
        or clauses.tentative(will, lex)
        or clauses.hypothetical(verb, lex)
        or clauses.conditional(will, lex)
        or clauses.questioned(will)
    )


def _decides(e: Expression, doc: Doc, lex: Lexicon) -> bool:
    """Whether an expression tells a decision on a thing: a firm side taken by a verb of deciding,
    on something other than another ruling."""
    verb = doc[e.predicate]
    return (
        e.polarity != 0
        and verb.pos_ == "VERB"
        and lemmas(doc)[e.predicate] in lex.ruling_act
        and e.phrase in ("np", "vp")
        and not (e.phrase == "np" and _ruling(doc[e.topic]))
    )


def _ruling(noun: Token) -> bool:
    """A general noun naming one decision known already: "the ruling", "Friday's decision"."""
    ruling, plural = kind(noun)
    return noun.pos_ == "NOUN" and ruling == "ruling" and not plural and not says_what(noun) and refers(noun)


def _decision(
    word: Token, decisions: list[Expression], context: Context, same_sentence: bool = False
) -> Expression | None:
    """The decision told last before ``word`` (or anywhere in its sentence, if ``same_sentence``), in
    the lead or within reach, by the ruling noun's doer if it names one, with no one else's quote
    between. A dated noun ("Friday's decision") stands for the decision told on that day ("ruled
    Friday against X") wherever it was told before."""
    doc = context.doc
    at = sentence_numbers(doc)
    by = doer(word) if word.pos_ == "NOUN" else None
    done_by = [r for r in decisions if same_doer(by, doc[r.agent] if r.agent is not None else None)]
    day = _day(word) if word.pos_ == "NOUN" else None
    dated = [r for r in done_by if day is not None and r.predicate < word.i and _day(doc[r.predicate]) == day]
    if dated:
        return dated[-1]
    own = context.quote_at.get(word.i)
    others = (i for i in range(word.i - 1, -1, -1) if context.quote_at.get(i) not in (None, own))
    barrier = next((i for i in others if context.quote_at[i].kind == "direct"), -1)
    fits = [
        r
        for r in done_by
        if (barrier < r.predicate < word.i or (same_sentence and at[r.predicate] == at[word.i]))
        and (at[r.predicate] < LEAD_SENTENCES or 0 <= at[word.i] - at[r.predicate] <= NEAR_SENTENCES)
    ]
    return fits[-1] if fits else None


def _day(word: Token) -> str | None:
    """The day a ruling noun is dated by ("Friday's decision") or a verb told on ("ruled Friday",
    "ruled on Friday"), as written."""
    if word.pos_ == "NOUN":
        day = syntax.dated(word)
        return day.lower_ if day is not None else None
    times = [c for c in word.children if c.dep_ == "npadvmod"]
    times += [g for c in word.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((t.lower_ for t in times if t.ent_type_ in syntax.TIME_ENTITIES), None)
