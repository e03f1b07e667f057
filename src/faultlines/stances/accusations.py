"""An accusation: whoever accuses someone of an act is against the act.

"Ada Roos accused the board of hiding the audit" is Roos against hiding the audit (for the audit's
release, as "criticized the board for hiding it" is: see ``reasons``); "accused the mayor of reckless
spending" is against the spending. The accuser is the verb's subject (or the one it shares with the
verb before it), the subject of the clause a participle hangs on ("spoke to reporters, accusing the
board of ..."), the author of a message a participle describes ("posted a video accusing the board
of ...", whose quote names them), or the agent of a passive ("was accused by Lee of ..."); a passive
with no agent names no accuser and takes no side. A state ("accused her of being a liar", "of having
a record") is a charge against the person, not an act one can be for or against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import lexicon as events_lexicon
from faultlines.stances import clauses, phrases, subjects
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import lemmas, positions

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

# What makes a gerund an act told of ("of blocking the line", "of meddling in its affairs"), not a
# bare word for a kind of conduct ("of lying").
OWN_WORDS = frozenset({"dobj", "prep", "xcomp", "ccomp", "prt", "dative", "attr", "acomp"})
# States after "of" are charges against the person, not acts ("of being a liar").
STATES = frozenset({"be", "have"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """The side each accuser of ``doc`` takes on the act they charge someone with, in text order."""
    lowered = lemmas(doc)
    found = []
    for i in positions(doc).get("VERB", ()):
        if lowered[i] not in lex.charge:
            continue
        verb = doc[i]
        accuser = _accuser(verb)
        # "posted a video accusing the board of X": whoever the quote it cues is said by holds it
        carried = accuser is None and _in_message(verb)
        if (accuser is None and not carried) or clauses.hypothetical(verb, lex) or clauses.asked(verb):
            continue
        if clauses.negated(verb):
            continue  # "did not accuse her of hiding X" takes no side on hiding it
        for act in (_through_measure(a, lex) for a in _acts(verb)):
            if act.pos_ in ("VERB", "AUX"):
                if act.lemma_.lower() in STATES or not _own_words(act):
                    continue
                topic, phrase, sign = phrases.action_topic(act, lex)
                sign = -sign if clauses.negated(act) else sign
            else:
                topic, phrase, sign = phrases.content(act, lex)
            if phrase is None:
                continue
            agent = accuser.i if accuser is not None else None
            found.append(Expression(verb.i, -sign, topic.i, phrase, agent))
    return found


def _accuser(verb: Token) -> Token | None:
    """Who makes the accusation ``verb`` states, if it is named."""
    if (subject := clauses.child(verb, ("nsubj",))) is not None:
        return subjects.relative_antecedent(subject)
    if (subject := subjects.adjunct_subject(verb)) is not None:
        return subject
    # "she described it as a farce and accused him of X": the subject the two verbs share
    first = syntax.first_conjunct(verb) if verb.dep_ == "conj" else None
    if (
        first is not None
        and first.pos_ == "VERB"
        and (subject := clauses.child(first, ("nsubj",))) is not None
    ):
        return subjects.relative_antecedent(subject)
    agent = clauses.child(verb, ("agent",))
    return clauses.child(agent, ("pobj",)) if agent is not None else None


def _in_message(verb: Token) -> bool:
    """Whether an accusing participle describes a message or a place one is posted ("a video
    accusing ...", "posted on Twitter accusing ..."), whose words are its author's (``holders``)."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return False
    noun, said = verb.head, events_lexicon.load()
    posted = noun.dep_ == "pobj" and noun.head.lower_ == "on"
    return posted or noun.lemma_.lower() in said.message or noun.lemma_.lower() in said.occasion


def _acts(verb: Token) -> Iterator[Token]:
    """What comes after each "of" of the accusation, wherever the parse hangs it: on the verb, on
    the accused, on the agent's noun; with the acts joined to it ("of hiding X and of failing to Y")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    agent = clauses.child(verb, ("agent",))
    if agent is not None:
        hosts += [c for c in agent.children if c.dep_ == "pobj"]
    for host in hosts:
        for of in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "of"):
            for prep in (of, *(c for c in of.children if c.dep_ == "conj" and c.lower_ == "of")):
                for act in (c for c in prep.children if c.dep_ in ("pcomp", "pobj")):
                    yield act
                    yield from (c for c in act.conjuncts if c.pos_ == act.pos_)


def _through_measure(act: Token, lex: Lexicon) -> Token:
    """ "of years of reckless spending", "of a series of leaks": the act, not its measure."""
    while act.pos_ == "NOUN" and (act.ent_type_ == "DATE" or lex.generic.get(act.lemma_.lower()) == "none"):
        inner = next(
            (
                g
                for c in act.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if inner is None:
            break
        act = inner
    return act


def _own_words(act: Token) -> bool:
    return any(c.dep_ in OWN_WORDS for c in act.children)
