"""Stance expressions: where a sentence takes a side on something, and which side.

Three shapes carry a stance in news English, each read off the dependency parse:

- evaluation: a judging adjective or noun predicated of the topic ("X would be a mistake",
  "X is vital", "called X a provocation");
- attitude: a verb whose object is the topic ("can't support X", "does not oppose X");
- action: an action demanded, promised or refused ("will build X", "must not conduct X",
  "have to dismantle X", "refused to sign X"); undoing X ("should reverse X", "until X is
  withdrawn") is a stance against X.

A general noun with a clause stands for the clause ("defended her plan to close X" is about closing
X; "rejected the demand that X be withdrawn" is for X). In reported speech "would" is the "will" of
the speaker ("said he would vote against X").

Negation flips the polarity; a condition ("only if ...") or a tentative modal ("could back X")
leaves no firm stance (polarity 0). Who holds the stance is decided later, from the quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from faultlines.nlp import columns
from faultlines.stances.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# np: the topic is the noun phrase headed by ``topic``; vp: the verb phrase headed by it;
# ref: ``topic`` is a placeholder ("it", "something") for a topic named earlier.
Phrase = Literal["np", "vp", "ref"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
PREDICATIVE = ("acomp", "attr", "oprd")  # where an evaluation is predicated
# Subjects that may be the speaker of the quote around them: "we will", "she said she opposes it".
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she"})
# Pronouns that may stand for a named person judged as a topic ("he is unfit to lead").
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Prepositions that list the members of a described group: "critics, like Ann Lee, ...".
LISTING = ("like", "including", "among")


@dataclass(frozen=True, slots=True)
class Expression:
    predicate: int  # token index of the word that carries the stance
    polarity: int  # +1 for the topic, -1 against, 0 no firm stance
    topic: int  # token index of the topic's head
    phrase: Phrase
    # Subject of a verb that itself states a position ("Borduria opposes X", "X vowed to Y"): the
    # holder when that subject is an actor. None where the stance is the speaker's own judgement.
    agent: int | None = None
    # Subject of a firm promise ("Castavia will fill the dam", "Mining Co., which will build the
    # mine"): its holder when no quote says whose stance it is.
    committer: int | None = None
    # Read off who made the thing ("Lee's plan"): counts only where someone else takes a side on it.
    owned: bool = False


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every stance expression of ``doc``, in text order."""
    found = []
    for i in _candidates(doc):
        tok = doc[i]
        expr = _evaluation(tok, lex) or _attitude(tok, lex) or _action(tok, lex)
        if expr is not None:
            found.append(expr)
    return found


def _candidates(doc: Doc) -> list[int]:
    """Indexes of the tokens that pass the first test of ``_evaluation`` or of ``_attitude`` and
    ``_action``, read from the token columns so that only these become Tokens."""
    cols = columns(doc)
    return [
        i
        for i, (pos, dep) in enumerate(zip(cols.pos, cols.dep, strict=True))
        if dep in PREDICATIVE or pos == "VERB"
    ]


def _evaluation(tok: Token, lex: Lexicon) -> Expression | None:
    if tok.dep_ not in PREDICATIVE:
        return None
    if tok.tag_ == "JJR":
        # "X is cheaper than a crisis" judges X; a bare comparative ("prices are higher") does not.
        than = any(c.dep_ == "prep" and c.lower_ == "than" for c in tok.children)
        polarity = lex.comparative.get(tok.lower_) if than else None
    else:
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
    elif subject.lower_ in lex.placeholder and _names_a_thing(tok, lex):
        subject = tok  # "that was an outrageous tweet" judges the tweet
    subject, phrase, sign = _content(subject, lex)
    if phrase is None:
        return None
    negated = (
        _negated(verb) or _negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    ) != _disbelieved(verb)
    return Expression(tok.i, _settle(polarity * sign, negated, _conditional(verb, lex)), subject.i, phrase)


def _disbelieved(clause: Token) -> bool:
    """ "I don't think it is a good idea" says it is not one."""
    head = clause.head
    thinking = head.lemma_.lower() in ("think", "believe", "feel", "consider", "suppose")
    return clause.dep_ == "ccomp" and thinking and _negated(head)


def _attitude(tok: Token, lex: Lexicon) -> Expression | None:
    if tok.pos_ != "VERB" or _hypothetical(tok, lex):
        return None
    match = _match(tok, lex.attitude.keys())
    if match is None:
        return None
    words, obj = match
    holder = _attitude_holder(tok, lex)
    if holder is None:
        return None
    subject, side, passive = holder
    if passive:
        # "the bill, signed by the mayor" / "the bill was signed by the mayor": the thing signed
        obj = _child(tok, ("nsubjpass",)) or (tok.head if tok.dep_ == "acl" else None)
    if obj is None and tok.dep_ == "relcl" and _child(tok, ("xcomp", "ccomp")) is None:
        obj = tok.head  # "something that we can't support" (not "the things she wants to do")
    if obj is None:
        return None
    obj = _through_placeholder(obj, lex)
    obj, phrase, sign = _content(obj, lex)
    if phrase is None:
        return None
    tentative = bool(_tentative(tok, lex))
    negated = _negated(tok)
    polarity = 0 if tentative and not negated else lex.attitude[words] * sign * side
    return Expression(
        tok.i,
        _settle(polarity, negated, _conditional(tok, lex)),
        obj.i,
        phrase,
        subject.i if subject is not None else None,
    )


def _attitude_holder(verb: Token, lex: Lexicon) -> tuple[Token | None, int, bool] | None:
    """Who takes the side an attitude verb states, and whether they take it (+1) or refuse it (-1):
    its subject ("Lee backs X"); the subject of the will or refusal it completes ("Lee refused to
    endorse X", -1); the agent of its passive ("X, promoted by Lee"); who filed or sent the thing
    it describes ("Lee filed papers opposing X"). Another attitude hung on a noun or a situation
    ("avoids condemning X", "the rationale to veto X") is no one's stated stance; None then. Also
    whether the verb is passive."""
    subject = _child(verb, ("nsubj",)) or (
        _child(_first_conjunct(verb), ("nsubj",)) if verb.dep_ == "conj" else None
    )
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if subject is not None and not (infinitive and _marked_by(verb, ("for",))):
        return _relative_antecedent(subject), 1, False
    if verb.dep_ == "xcomp" and (will := lex.volition.get(verb.head.lemma_.lower())) is not None:
        head = verb.head
        wanter = _child(head, ("nsubj",))
        return wanter and _relative_antecedent(wanter), -will if _negated(head) else will, False
    agent = _child(verb, ("agent",))
    if verb.tag_ == "VBN" and agent is not None and (by := _child(agent, ("pobj",))) is not None:
        return by, 1, True
    instrument = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and instrument.dep_ == "dobj":
        # "filed papers opposing X", "sent a letter urging X": whoever filed or sent it
        filer = _child(instrument.head, ("nsubj",))
        return (_relative_antecedent(filer), 1, False) if filer is not None else None
    if verb.dep_ in ("relcl", "ccomp", "ROOT", "conj") and not infinitive:
        return None, 1, False  # a finite clause without a named subject: "..., and criticised X"
    return None


def _relative_antecedent(subject: Token) -> Token:
    """ "who" in "Cruz, who refused to endorse him" is Cruz."""
    clause = subject.head
    while clause.dep_ == "xcomp":
        clause = clause.head
    return clause.head if subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" else subject


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
        # "we will stay out until the cuts are withdrawn" demands the withdrawal.
        clause = _first_conjunct(tok)
        governor = clause.head if clause.dep_ == "advcl" and _marked_by(clause, ("until",)) else tok
        modals = _modals(governor, lex)
        if not modals:
            return None
        polarity, negated, stated = 1, _negated(tok), False
        future = bool(modals & lex.future)
    subject = _child(governor, SUBJECTS)
    # A demand or promise has a subject of its own: "to refuse to release it is wrong" takes no side.
    if subject is None:
        return None
    if subject.tag_ in ("WDT", "WP") and governor.dep_ == "relcl":
        subject = governor.head  # "Northvale, which will build the mine": Northvale promises
    # "we will X" commits the speaker's side; "the rain will stop" is a forecast, not a stance.
    if future and not _agentive(subject, lex):
        return None
    topic, phrase, sign = _action_topic(tok, lex)
    if phrase is None:
        return None
    # Carrying out or undoing a named thing ("will build the dam", "must not sign the treaty", "will
    # go into Rafah") is a stance of whoever commits to it or demands it. Any other action is one
    # only when it is stated as a position and acts on something ("vowed to open the border", not
    # "plans to visit the fair", "wants to ask you"); "we should break the spiral", "she will
    # present her proposals" say what someone will do next.
    carried = topic.i != tok.i or _entering(tok, lex)
    if not carried and not (stated and governor.lemma_.lower() not in lex.scheduling):
        return None
    if not carried and not _acts_on_something(tok):
        return None
    position = stated and (carried or governor.lemma_.lower() not in lex.scheduling)
    agent = subject.i if position else None
    committer = subject.i if future and not stated and carried else None
    polarity = _settle(polarity * sign, negated, _conditional(governor, lex))
    return Expression(tok.i, polarity, topic.i, phrase, agent, committer)


def _action_topic(verb: Token, lex: Lexicon) -> tuple[Token, Phrase | None, int]:
    """What an action is about, and whether it carries it out (+1) or undoes it (-1): the object
    of a carrier or undoing verb ("build the dam", "scrap the levy"), the subject of their passive
    ("the treaty must not be signed") or intransitive ("the strike should go ahead"), else the verb
    phrase ("go into the city"). "will begin filling X" is about filling X."""
    if verb.lemma_.lower() in lex.aspect and (then := _child(verb, ("xcomp",))) is not None:
        return _action_topic(then, lex)
    carried, undone = _match(verb, lex.carrier), _match(verb, lex.undo)
    if carried is None and undone is None:
        return verb, "vp", 1
    sign = 1 if carried is not None else -1
    obj = (carried or undone)[1] or _child(verb, ("nsubjpass",))
    subject = _child(verb, ("nsubj",))
    if obj is None and subject is not None and not _agentive(subject, lex):
        obj = subject
    if obj is None:
        return verb, "vp", 1
    if verb.lemma_.lower() == "do" and obj.lower_ in lex.placeholder:
        return verb, None, 1  # "we're not going to do it" stands for an action, not a thing named
    obj = _through_placeholder(obj, lex)
    obj, phrase, inner = _content(obj, lex)
    return obj, phrase, sign * inner


def _names_a_thing(noun: Token, lex: Lexicon) -> bool:
    """A judged noun that names what it judges ("an outrageous tweet"), not a judgement ("a
    mistake") nor a general noun standing for a thing named before ("a reckless decision")."""
    lemma = noun.lemma_.lower()
    general = lex.generic.get(lemma, "said") != "said"
    return noun.pos_ == "NOUN" and lemma not in lex.evaluative and not general


def _acts_on_something(verb: Token) -> bool:
    """Whether a verb has a thing as its object: "open the border", not "ask you" or "walk away"."""
    obj = _child(verb, ("dobj", "nsubjpass"))
    return obj is not None and obj.pos_ in ("NOUN", "PROPN")


def _entering(verb: Token, lex: Lexicon) -> bool:
    """A light verb moving into a place: "go into Rafah", "move into the old town"."""
    if verb.lemma_.lower() not in lex.light:
        return False
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "into")
    return any(o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") for p in preps for o in p.children)


def _content(tok: Token, lex: Lexicon) -> tuple[Token, Phrase | None, int]:
    """The topic a phrase names, and the sign its own wording puts on it: a general noun with a
    clause is the clause's action ("her plan to close the libraries" is closing them; "the demand
    that the cuts be withdrawn" undoes the cuts, -1)."""
    clause = _child(tok, ("acl",)) if tok.lemma_.lower() in lex.generic else None
    if clause is not None and clause.pos_ in ("VERB", "AUX"):
        topic, phrase, sign = _action_topic(clause, lex)
        return topic, phrase, -sign if _negated(clause) else sign
    if tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "dobj", "pobj"):
        return _action_topic(tok, lex)  # "called for eliminating the levy" is against the levy
    if tok.pos_ == "NOUN" and (undone := _undone(tok, lex)) is not None:
        topic, phrase, sign = _content(undone, lex)
        return topic, phrase, -sign
    if tok.pos_ == "NOUN" and (held := _position(tok, lex)) is not None:
        # "called her support for the war a mistake" judges the war through her support
        topic, phrase, sign = _content(held[0], lex)
        return topic, phrase, held[1] * sign
    return tok, _phrase(tok, lex), 1


def _position(noun: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """The thing a position noun is about and its side: "support for X", "her vote in favor of X"."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        obj = _child(prep, ("pobj", "pcomp"))
        if obj is None:
            continue
        if (sign := lex.noun.get((noun.lemma_.lower(), prep.lower_))) is not None:
            return obj, sign
        if prep.lower_ == "in" and obj.pos_ == "NOUN" and obj is not noun:
            return _position(obj, lex)
    return None


def _undone(noun: Token, lex: Lexicon) -> Token | None:
    """What an undoing noun stops: "the repeal of the levy", "a moratorium on new mines"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and (noun.lemma_.lower(), prep.lower_) in lex.undo_noun:
            return _child(prep, ("pobj", "pcomp"))
    return None


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
        best = (words, obj or _child(verb, ("dobj",)) or _shared_object(verb))
    return best


def _shared_object(verb: Token) -> Token | None:
    """The object of "build and run the mine", for "build"."""
    return next((o for c in verb.children if c.dep_ == "conj" for o in c.children if o.dep_ == "dobj"), None)


def _through_placeholder(tok: Token, lex: Lexicon) -> Token:
    """For "it's something we can't support", the thing supported is the copula's subject, "it"."""
    head = tok.head
    is_copula = head.lemma_ == "be" or head.lower_ in ("'s", "’s")
    if tok.lower_ in lex.placeholder and tok.dep_ in ("attr", "dobj") and is_copula:
        return _child(head, SUBJECTS) or tok
    # "considered a smaller rise and rejected it": "it" is the first verb's object.
    if tok.lower_ == "it" and tok.dep_ == "dobj" and head.dep_ == "conj":
        first = _child(head.head, ("dobj",))
        if first is not None and first.pos_ in ("NOUN", "PROPN"):
            return first
    return tok


def _phrase(tok: Token, lex: Lexicon) -> Phrase | None:
    if tok.lower_ in lex.placeholder:
        return "ref"
    if (kind := lex.generic.get(tok.lemma_.lower())) and tok.pos_ == "NOUN":
        # "the plan" alone stands for a topic named before; "the plan for a new pier" names one;
        # "the remark" names the remark at stake.
        named = any(c.dep_ in ("compound", "amod", "prep", "acl", "nmod") for c in tok.children)
        if not named and kind != "said":
            return "ref" if kind == "ref" else None
    if tok.pos_ in ("VERB", "AUX"):
        return "vp"
    if tok.pos_ == "PRON":
        # "he is unfit" judges a person, whom the holders' actors must name; "we support them" no one.
        return "np" if tok.lower_ in PERSON_PRONOUNS else None
    return "np"


def _settle(polarity: int, negated: bool, conditional: bool) -> int:
    if conditional:
        return 0
    return -polarity if negated else polarity


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _modals(tok: Token, lex: Lexicon) -> set[str]:
    """The firm modals of ``tok``; a reported "would" ("said he would vote") is the speaker's "will"."""
    modals = {_modal(c) for c in tok.children}
    if "would" in modals and _backshifted(tok):
        modals.add("will")
    return modals & lex.firm


def _tentative(tok: Token, lex: Lexicon) -> set[str]:
    modals = {_modal(c) for c in tok.children} & lex.tentative
    return modals - {"would"} if _backshifted(tok) else modals


def _backshifted(tok: Token) -> bool:
    """Whether ``tok`` is the clause reported by a past-tense verb ("she said it would ..."),
    not a question ("asked whether it would ...") or a condition."""
    tok = _first_conjunct(tok)
    return tok.dep_ == "ccomp" and tok.head.tag_ == "VBD" and not _marked_by(tok, ("whether", "if"))


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def _marked_by(clause: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


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
