"""Stance expressions: where a sentence takes a side on something, and which side.

Three shapes carry a stance in news English, each read off the dependency parse:

- evaluation: a judging adjective or noun predicated of the topic ("X would be a mistake",
  "X is vital", "called X a provocation");
- attitude: a verb whose object is the topic ("can't support X", "does not oppose X");
- action: an action demanded, promised or refused ("will build X", "must not conduct X",
  "have to dismantle X", "refused to sign X").

Negation flips the polarity; a condition ("only if ...") or a tentative modal ("could back X")
leaves no firm stance (polarity 0). Who holds the stance is decided later, from the quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# np: the topic is the noun phrase headed by ``topic``; vp: the verb phrase headed by it;
# ref: ``topic`` is a placeholder ("it", "something") for a topic named earlier.
Phrase = Literal["np", "vp", "ref"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


@dataclass(frozen=True, slots=True)
class Expression:
    predicate: int  # token index of the word that carries the stance
    polarity: int  # +1 for the topic, -1 against, 0 no firm stance
    topic: int  # token index of the topic's head
    phrase: Phrase
    # Subject of a verb that itself states a position ("Borduria opposes X", "X vowed to Y"): the
    # holder when that subject is an actor. None where the stance is the speaker's own judgement.
    agent: int | None = None


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every stance expression of ``doc``, in text order."""
    found = []
    for tok in doc:
        expr = _evaluation(tok, lex) or _attitude(tok, lex) or _action(tok, lex)
        if expr is not None:
            found.append(expr)
    return found


def _evaluation(tok: Token, lex: Lexicon) -> Expression | None:
    if tok.dep_ not in ("acomp", "attr", "oprd"):
        return None
    polarity = lex.evaluative.get(tok.lemma_.lower())
    if polarity is None:
        polarity = next(
            (
                lex.evaluative[c.lemma_.lower()]
                for c in tok.children
                if c.dep_ == "amod" and c.lemma_.lower() in lex.evaluative
            ),
            None,
        )
    verb = tok.head
    if polarity is None or _hypothetical(verb, lex):
        return None
    # "called it a provocation" judges the object; "X is a mistake" judges the subject.
    subject = _child(verb, ("dobj",)) if tok.dep_ == "oprd" else _child(verb, SUBJECTS)
    if subject is None:
        return None
    if subject.lower_ == "it" and (clause := _child(verb, ("xcomp", "ccomp"))) is not None:
        subject = clause  # "it is essential to go ahead": the judged thing is the clause
    phrase = _phrase(subject, lex)
    if phrase is None:
        return None
    negated = (
        _negated(verb) or _negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    )
    return Expression(tok.i, _settle(polarity, negated, _conditional(verb, lex)), subject.i, phrase)


def _attitude(tok: Token, lex: Lexicon) -> Expression | None:
    if tok.pos_ != "VERB" or _hypothetical(tok, lex):
        return None
    match = _match(tok, lex.attitude.keys())
    if match is None:
        return None
    words, obj = match
    if obj is None and tok.dep_ == "relcl" and _child(tok, ("xcomp", "ccomp")) is None:
        obj = tok.head  # "something that we can't support" (not "the things she wants to do")
    if obj is None:
        return None
    obj = _through_placeholder(obj, lex)
    phrase = _phrase(obj, lex)
    if phrase is None:
        return None
    tentative = any(_modal(c) in lex.tentative for c in tok.children)
    negated = _negated(tok)
    polarity = 0 if tentative and not negated else lex.attitude[words]
    subject = _child(tok, ("nsubj",))
    return Expression(
        tok.i,
        _settle(polarity, negated, _conditional(tok, lex)),
        obj.i,
        phrase,
        subject.i if subject else None,
    )


def _action(tok: Token, lex: Lexicon) -> Expression | None:
    if tok.pos_ != "VERB" or _hypothetical(tok, lex):
        return None
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in lex.volition:
        # "have to X", "vowed to X", "going to X": the head carries polarity, negation and subject.
        governor, polarity = head, lex.volition[head.lemma_.lower()]
        future = head.lemma_.lower() in lex.future and head.tag_ == "VBG"
        if head.lemma_.lower() in lex.future and not future:
            return None  # "went to see" is a past motion, not the "going to" future
        if any(_modal(c) in lex.future | lex.tentative for c in head.children):
            return None  # "she will have to spend her time on it" forecasts, it does not demand
        negated = _negated(head) != _negated(tok)
        stated = head.lemma_.lower() in lex.stated
    else:
        modals = {_modal(c) for c in tok.children if c.dep_ == "aux"} & lex.firm
        if not modals:
            return None
        governor, polarity, negated, stated = tok, 1, _negated(tok), False
        future = bool(modals & lex.future)
    subject = _child(governor, SUBJECTS)
    # A demand or promise has a subject of its own: "to refuse to release it is wrong" takes no side.
    if subject is None:
        return None
    # "we will X" commits the speaker's side; "the rain will stop" is a forecast, not a stance.
    if future and not _agentive(subject, lex):
        return None
    topic, phrase = _action_topic(tok, lex)
    if phrase is None:
        return None
    agent = subject.i if stated else None
    return Expression(tok.i, _settle(polarity, negated, _conditional(governor, lex)), topic.i, phrase, agent)


def _action_topic(verb: Token, lex: Lexicon) -> tuple[Token, Phrase | None]:
    """What an action is about: the object of a carrier verb ("build the dam"), the subject of a
    passive ("the treaty must not be signed"), else the verb phrase ("go into the city")."""
    match = _match(verb, lex.carrier)
    obj = (match[1] if match else None) or _child(verb, ("nsubjpass",))
    if obj is None:
        return verb, "vp"
    obj = _through_placeholder(obj, lex)
    return obj, _phrase(obj, lex)


def _match(verb: Token, phrases) -> tuple[tuple[str, ...], Token | None] | None:
    """The longest phrase of ``phrases`` that ``verb`` and its particles spell, with its object."""
    lemma = verb.lemma_.lower()
    best = None
    for words in phrases:
        if words[0] != lemma or (best is not None and len(words) <= len(best[0])):
            continue
        parts = [next((c for c in verb.children if c.lower_ == w), None) for w in words[1:]]
        if any(p is None for p in parts):
            continue
        obj = _child(parts[-1], ("pobj", "pcomp")) if parts and parts[-1].dep_ == "prep" else None
        best = (words, obj or _child(verb, ("dobj",)))
    return best


def _through_placeholder(tok: Token, lex: Lexicon) -> Token:
    """For "it's something we can't support", the thing supported is the copula's subject, "it"."""
    head = tok.head
    is_copula = head.lemma_ == "be" or head.lower_ in ("'s", "’s")
    if tok.lower_ in lex.placeholder and tok.dep_ in ("attr", "dobj") and is_copula:
        return _child(head, SUBJECTS) or tok
    return tok


def _phrase(tok: Token, lex: Lexicon) -> Phrase | None:
    if tok.lower_ in lex.placeholder:
        return "ref"
    if tok.pos_ in ("VERB", "AUX"):
        return "vp"
    if tok.pos_ == "PRON":
        return None  # "we support them": a person, not a topic
    return "np"


def _settle(polarity: int, negated: bool, conditional: bool) -> int:
    if conditional:
        return 0
    return -polarity if negated else polarity


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _conditional(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` holds only under a condition: "would back it only if taxpayers pay nothing"."""
    return any(c.dep_ == "advcl" and _marked(c, lex) for c in tok.children)


def _hypothetical(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is itself the condition: "if you leave the battalions, ..." takes no side."""
    return tok.dep_ == "advcl" and _marked(tok, lex)


def _marked(clause: Token, lex: Lexicon) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in lex.condition for c in clause.children)


def _modal(tok: Token) -> str:
    return tok.lower_ if tok.dep_ == "aux" else ""


def _agentive(tok: Token, lex: Lexicon) -> bool:
    """A subject that can commit itself: a person pronoun, a name, an organisation or a country."""
    if tok.pos_ == "PRON":
        return "Prs" in tok.morph.get("PronType") and tok.lower_ not in lex.placeholder
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)
