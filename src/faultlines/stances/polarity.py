"""Stance expressions: where a sentence takes a side on something, and which side.

Three shapes carry a stance in news English, each read off the dependency parse:

- evaluation: a judging adjective or noun predicated of the topic ("X would be a mistake",
  "X is vital", "called X a provocation");
- attitude: a verb whose object is the topic ("can't support X", "does not oppose X");
- action: an action demanded, promised or refused ("will build X", "must not conduct X",
  "have to dismantle X", "refused to sign X"); undoing X ("should reverse X", "until X is
  withdrawn") is a stance against X.

What each is about is read by ``phrases``. In reported speech "would" is the "will" of the speaker
("said he would vote against X").

Negation flips the polarity; a condition ("only if ...") or a tentative modal ("could back X")
leaves no firm stance (polarity 0). Who holds the stance is decided later, from the quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.nlp import columns
from faultlines.quotes import cues
from faultlines.stances import clauses, phrases
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.phrases import Phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PREDICATIVE = ("acomp", "attr", "oprd")  # where an evaluation is predicated
# Subjects that may be the speaker of the quote around them: "we will", "she said she opposes it".
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she"})
# Prepositions that list the members of a described group: "critics, like Ann Lee, ...".
LISTING = ("like", "including", "among")
# Pronouns that bring in a thing of their own: as a judged subject they stand for nothing named before.
INDEFINITE = frozenset({"something"})
# "The sooner he releases them, the better": haste wished for the action it grades.
HASTE = frozenset({"sooner", "faster", "quicker", "earlier"})
# The idioms of each lexicon's [evaluative] section by their first word (see ``_idioms``).
_IDIOMS: dict[int, dict[str, tuple[tuple[str, int], ...]]] = {}


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
        if (expr := _evaluation(tok, lex)) is not None:
            found.append(expr)
        elif attitudes := _attitude(tok, lex):
            found.extend(attitudes)
        elif (expr := _action(tok, lex) or _feeling(tok, lex) or _sooner_the_better(tok, lex)) is not None:
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
        polarity = judgement(tok, lex)
    verb = tok.head
    if polarity is None or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    # "called it a provocation" judges the object; "X is a mistake" judges the subject.
    subject = clauses.child(verb, ("dobj",)) if tok.dep_ == "oprd" else clauses.child(verb, clauses.SUBJECTS)
    if subject is None:
        return None
    if tok.dep_ == "oprd" and subject.lower_ == "what":
        return _named_so(tok, polarity, verb, lex)
    if subject.lower_ in INDEFINITE:
        return None  # "something is very wrong" judges a thing it does not name, not the one named before
    subject = clauses.relative_antecedent(subject)  # "a system which is fair" judges the system
    if subject.lower_ == "it" and (clause := clauses.child(verb, ("xcomp", "ccomp"))) is not None:
        subject = clause  # "it is essential to go ahead": the judged thing is the clause
    elif subject.lower_ in lex.placeholder and phrases.names_a_thing(tok, lex):
        subject = tok  # "that was an outrageous tweet" judges the tweet
    subject, phrase, sign = phrases.content(subject, lex)
    if phrase is None:
        return None
    negated = (
        clauses.negated(verb)
        or clauses.negated(tok)
        or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        or _no_more(tok)
    ) != clauses.disbelieved(verb)
    return Expression(
        tok.i, clauses.settle(polarity * sign, negated, clauses.conditional(verb, lex)), subject.i, phrase
    )


def _named_so(thing: Token, polarity: int, verb: Token, lex: Lexicon) -> Expression | None:
    """ "denounced what Lee called the port's reckless plan": Lee, who named it so, judges the plan.
    A judging noun names no thing of its own ("what Lee called a disaster")."""
    namer = clauses.child(verb, ("nsubj",))
    if namer is None or thing.lemma_.lower() in lex.evaluative or clauses.negated(verb):
        return None
    topic, phrase, sign = phrases.content(thing, lex)
    if phrase is None:
        return None
    return Expression(thing.i, polarity * sign, topic.i, phrase, agent=namer.i)


def judgement(tok: Token, lex: Lexicon) -> int | None:
    """The side a judging word takes, or its judging modifier: "a mistake", "a reckless plan" (a
    "dangerous time" describes the times, not a side)."""
    polarity = lex.evaluative.get(tok.lemma_.lower())
    if polarity is not None or tok.lemma_.lower() in lex.circumstance:
        return polarity
    if (idiom := _idiom(tok, lex)) is not None:
        return idiom
    return next(
        (
            lex.evaluative[c.lemma_.lower()]
            for c in tok.children
            if c.dep_ == "amod" and c.lemma_.lower() in lex.evaluative
        ),
        None,
    )


def _idiom(noun: Token, lex: Lexicon) -> int | None:
    """An idiom of [evaluative] that opens with ``noun``: "a shot in the arm", "a step in the right
    direction" (its words as written, the noun's lemma first)."""
    said = " ".join([noun.lemma_.lower(), *(t.lower_ for t in noun.doc[noun.i + 1 : noun.right_edge.i + 1])])
    return next(
        (side for words, side in _idioms(lex).get(noun.lemma_.lower(), ()) if said.startswith(words)), None
    )


def _idioms(lex: Lexicon) -> dict[str, tuple[tuple[str, int], ...]]:
    """The idioms of [evaluative] by their first word, indexed once per lexicon."""
    key = id(lex.evaluative)
    if key not in _IDIOMS:
        found: dict[str, list[tuple[str, int]]] = {}
        for words, side in lex.evaluative.items():
            if " " in words:
                found.setdefault(words.split()[0], []).append((words, side))
        _IDIOMS[key] = {first: tuple(rows) for first, rows in found.items()}
    return _IDIOMS[key]


def _no_more(tok: Token) -> bool:
    """ "no more biased than the others" denies the judgement."""
    return any(c.lower_ == "more" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def _attitude(tok: Token, lex: Lexicon) -> list[Expression]:
    """The side an attitude verb takes on its object, and on each object joined to it ("called for
    more buses and an end to the fares")."""
    if tok.pos_ != "VERB" or clauses.hypothetical(tok, lex):
        return []
    match = phrases.match_phrase(tok, lex.attitude)
    if match is None:
        return []
    words, obj = match
    holder = _attitude_holder(tok, lex)
    if holder is None:
        return []
    subject, side, passive = holder
    if passive:
        # "the bill, signed by the mayor" / "the bill was signed by the mayor": the thing signed
        obj = clauses.child(tok, ("nsubjpass",)) or (tok.head if tok.dep_ == "acl" else None)
        if obj is None and tok.dep_ == "advcl":
            # "The levy stays in place, backed by the mayor": the participle describes the subject
            obj = clauses.child(tok.head, ("nsubj", "nsubjpass"))
    if obj is None and tok.dep_ == "relcl" and clauses.child(tok, ("xcomp", "ccomp")) is None:
        obj = tok.head  # "a plan that we won't back" (not "the things she wants to do")
    if obj is None or _carries_a_side(obj, lex) or (lex.attitude[words] > 0 and _counted(tok, obj)):
        return []
    tentative = bool(clauses.tentative(tok, lex))
    negated = clauses.negated(tok)
    conditional = clauses.conditional(tok, lex)
    joined = [c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN")] if not passive else []
    found = []
    for thing in (obj, *joined):
        topic, phrase, sign = phrases.content(phrases.through_placeholder(thing, lex), lex)
        if phrase is None:
            if thing is obj:
                return []
            continue
        polarity = 0 if tentative and not negated else lex.attitude[words] * sign * side
        agent = subject.i if subject is not None else None
        found.append(
            Expression(tok.i, clauses.settle(polarity, negated, conditional), topic.i, phrase, agent)
        )
    return found


def _feeling(tok: Token, lex: Lexicon) -> Expression | None:
    """ "The plan scares me": what makes the speaker feel so is what the speaker judges."""
    # the tagger's lemma of "scares" may be "scar": the present form without its "s" serves too
    polarity = lex.feeling.get(tok.lemma_.lower()) or lex.feeling.get(tok.lower_.removesuffix("s"))
    if tok.pos_ != "VERB" or polarity is None:
        return None
    felt_by = clauses.child(tok, ("dobj",))
    subject = clauses.child(tok, ("nsubj",))
    if felt_by is None or felt_by.lower_ not in ("me", "us") or subject is None or clauses.asked(tok):
        return None
    topic, phrase, sign = phrases.content(phrases.through_placeholder(subject, lex), lex)
    if phrase is None:
        return None
    negated = clauses.negated(tok)
    return Expression(
        tok.i, clauses.settle(polarity * sign, negated, clauses.conditional(tok, lex)), topic.i, phrase
    )


def _counted(verb: Token, obj: Token) -> bool:
    """A number of things accepted or passed ("took in 4,210 migrants", "has passed three motions")
    reports what was done with them, not a side taken on them (as "attacked three clauses of the
    code" still takes one, and "her aim of admitting 2,000 migrants" too)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # what is done, not what is aimed at
    if any(c.dep_ == "det" for c in obj.children):
        return False  # "backed the 1998 renewal of the act" names one thing
    return any(c.dep_ == "nummod" and c.ent_type_ in ("CARDINAL", "") for c in obj.children)


def speaking(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying something to someone or about something, which takes no side of its own
    ("assure", "discuss", "announce"), unlike the attitude verbs among them ("defend", "mock")."""
    lemma = verb.lemma_.lower()
    said = lemma in cues.tagged(cues.ADDRESSEE) | cues.tagged(cues.TALK) | cues.tagged(cues.TOPIC)
    return said and phrases.match_phrase(verb, lex.attitude) is None


def _carries_a_side(obj: Token, lex: Lexicon) -> bool:
    """A thing filed or sent that states a side itself ("filed papers opposing X"): the side is
    on X, not on the papers."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and phrases.match_phrase(c, lex.attitude) for c in obj.children
    )


def _attitude_holder(verb: Token, lex: Lexicon) -> tuple[Token | None, int, bool] | None:
    """Who takes the side an attitude verb states, and whether they take it (+1) or refuse it (-1):
    its subject ("Lee backs X"); the subject of the will or refusal it completes ("Lee refused to
    endorse X", -1); the agent of its passive ("X, promoted by Lee"); who filed or sent the thing
    it describes ("Lee filed papers opposing X"). Another attitude hung on a noun or a situation
    ("avoids condemning X", "the rationale to veto X") is no one's stated stance; None then. Also
    whether the verb is passive."""
    subject = (
        clauses.child(verb, ("nsubj",))
        or (clauses.child(clauses.first_conjunct(verb), ("nsubj",)) if verb.dep_ == "conj" else None)
        or clauses.adjunct_subject(verb)
    )
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if subject is not None and not (infinitive and clauses.marked_by(verb, ("for",))):
        return clauses.relative_antecedent(subject), 1, False
    shared = verb.dep_ == "conj" and _shares_its_clause(verb) and clauses.child(verb, ("agent",)) is None
    # "refused to endorse X or back Y" refuses Y too; "a paper welcoming X and urging Y" urges Y
    if shared and (first := _attitude_holder(clauses.first_conjunct(verb), lex)) is not None:
        return first
    if verb.dep_ == "xcomp" and (will := lex.volition.get(verb.head.lemma_.lower())) is not None:
        head = verb.head
        if clauses.hypothetical(head, lex):
            return None  # "unless she wants to back X" states no will, only a condition
        if head.lemma_.lower() in lex.duty:
            # "Lee needs to back X" is the speaker's demand on Lee, not Lee's stance
            return None, -will if clauses.negated(head) else will, False
        wanter = _bearer(head, lex) or clauses.child(head, ("nsubj",)) or clauses.adjunct_subject(head)
        negated = clauses.negated(head) or (head.lemma_.lower() in lex.ready and clauses.negated(head.head))
        return wanter and clauses.relative_antecedent(wanter), -will if negated else will, False
    agent = clauses.child(verb, ("agent",))
    if verb.tag_ == "VBN" and agent is not None and (by := clauses.child(agent, ("pobj",))) is not None:
        return by, 1, True
    instrument = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and instrument.dep_ == "dobj":
        # "filed papers opposing X", "sent a letter urging X": whoever filed or sent it
        filer = clauses.child(instrument.head, ("nsubj",))
        return (clauses.relative_antecedent(filer), 1, False) if filer is not None else None
    if verb.dep_ in ("relcl", "ccomp", "ROOT", "conj") and not infinitive:
        return None, 1, False  # a finite clause without a named subject: "..., and criticised X"
    if (owner := _practice_owner(verb, lex)) is not None:
        return owner, 1, False
    return None


def _practice_owner(verb: Token, lex: Lexicon) -> Token | None:
    """Whose practice or aim a gerund after "of" names: "her stump theme of attacking the port
    levy", "Lee's record of backing the dam" are hers, and Lee's ("Lee's fear of backing it" is not)."""
    of = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or of.lower_ != "of":
        return None
    noun = of.head.lemma_.lower()
    if noun not in lex.practice and lex.generic.get(noun) != "ref":
        return None
    return clauses.child(of.head, ("poss",))


def _bearer(head: Token, lex: Lexicon) -> Token | None:
    """Who is ready to do what a readiness word governs: its subject, passive too ("she is set to
    veto X"), or the subject of the verb it completes ("Vesta stands ready to back X", "he appears
    set to veto X")."""
    if head.lemma_.lower() not in lex.ready:
        return None
    subject = clauses.child(head, clauses.SUBJECTS)
    if subject is None and head.dep_ in ("acomp", "oprd", "xcomp"):
        subject = clauses.child(head.head, clauses.SUBJECTS)
    return subject


def _shares_its_clause(verb: Token) -> bool:
    """A verb joined to the one before it with no subject or modal of its own: "release" in "should
    follow the rules and release the files" is also demanded ("must go and will stay" is not)."""
    return verb.dep_ == "conj" and not any(
        c.dep_ in clauses.SUBJECTS or c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to")
        for c in verb.children
    )


def _mandated(clause: Token, lex: Lexicon) -> bool:
    """ "demanded that the council scrap the levy": a that-clause in the bare form after a verb of
    demanding states the action its subject wants done, as "urged the council to scrap it" does
    ("insisted that the levy is fair" states a fact)."""
    # "demanded that the levy be scrapped": the bare "be" of a passive is the same bare form
    bare = clause.tag_ == "VB" or (
        clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)
    )
    return (
        clause.dep_ == "ccomp"
        and bare
        and clauses.marked_by(clause, ("that",))
        and not any(c.dep_ == "aux" for c in clause.children)
        and clause.head.lemma_.lower() in lex.mandative
    )


def _action(tok: Token, lex: Lexicon) -> Expression | None:
    if tok.pos_ != "VERB" or clauses.hypothetical(tok, lex):
        return None
    # "should follow the rules and release the files": a verb joined to another with no subject or
    # modal of its own shares the first one's, and the will or demand it completes.
    base = clauses.first_conjunct(tok) if _shares_its_clause(tok) else tok
    head = base.head
    # "voted, 19-15, to send the resolution": a stated will parsed as a purpose clause (not the
    # purpose of an object: "called a meeting to discuss the test")
    infinitive = "to" in clauses.auxiliaries(base)
    purpose = base.dep_ == "advcl" and infinitive and clauses.child(head, ("dobj",)) is None
    willed = base.dep_ == "xcomp" or (purpose and head.lemma_.lower() in lex.stated) or _mandated(base, lex)
    will = _will(head)
    if willed and will in lex.volition:
        # "have to X", "vowed to X", "going to X": the head carries polarity, negation and subject.
        if clauses.hypothetical(head, lex):
            return None  # "unless it wants to release X" states no will, only a condition
        governor, polarity = head, lex.volition[will]
        # "going to" is the future; "went on to", "going on to" say what came next
        future = will in lex.future and head.tag_ == "VBG" and clauses.child(head, ("prt",)) is None
        if will in lex.future and not future:
            return None  # "went to see" is a past motion, not the "going to" future
        if any(clauses.modal(c) in lex.future | lex.tentative for c in head.children):
            return None  # "she will have to spend her time on it" forecasts, it does not demand
        negated = clauses.negated(head) != clauses.negated(tok)
        stated = will in lex.stated
    else:
        # "we will stay out until the cuts are withdrawn" demands the withdrawal.
        clause = clauses.first_conjunct(tok)
        governor = clause.head if clause.dep_ == "advcl" and clauses.marked_by(clause, ("until",)) else base
        modals = clauses.modals(governor, lex)
        if not modals:
            return None
        polarity, negated, stated = 1, clauses.negated(tok), False
        future = bool(modals & lex.future)
    subject = (
        clauses.child(governor, clauses.SUBJECTS)
        or _bearer(governor, lex)
        or clauses.adjunct_subject(governor)
    )
    # A demand or promise has a subject of its own: "to refuse to release it is wrong" takes no side.
    if subject is None:
        return None
    if subject.tag_ in ("WDT", "WP") and governor.dep_ == "relcl":
        subject = governor.head  # "Northvale, which will build the mine": Northvale promises
    # "we will X" commits the speaker's side; "the rain will stop" is a forecast, not a stance.
    if future and not clauses.agentive(subject, lex):
        return None
    topic, phrase, sign = phrases.action_topic(tok, lex)
    if phrase is None:
        return None
    # Carrying out or undoing a named thing ("will build the dam", "must not sign the treaty", "will
    # go into the port") is a stance of whoever commits to it or demands it. Any other action is one
    # only when it is stated as a position and acts on something ("vowed to open the border", not
    # "plans to visit the fair", "wants to ask you"); "we should break the spiral", "she will
    # present her proposals" say what someone will do next.
    carried = topic.i != tok.i or phrases.entering(tok, lex)
    if not carried and speaking(tok, lex):
        return None  # "wants to assure our community", "vowed to explain his plan": saying, no side
    acts = phrases.acts_on_something(tok)
    if not carried and not (stated and governor.lemma_.lower() not in lex.scheduling):
        if future and acts:
            # What someone will do next ("we will reopen the road in May") is their side only where
            # someone else takes a side on it: the doer of a plan stands for it, as its maker does.
            polarity = clauses.settle(polarity, negated, clauses.conditional(governor, lex))
            return Expression(tok.i, polarity, tok.i, "vp", committer=subject.i, owned=True)
        return None
    if not carried and not acts:
        return None
    position = stated and (carried or governor.lemma_.lower() not in lex.scheduling)
    agent = subject.i if position else None
    committer = subject.i if future and not stated and carried else None
    polarity = clauses.settle(polarity * sign, negated, clauses.conditional(governor, lex))
    return Expression(tok.i, polarity, topic.i, phrase, agent, committer)


def _will(head: Token) -> str:
    """The volition a head states: its lemma, and "have" for "have got to X"."""
    lemma = head.lemma_.lower()
    if (
        lemma == "get"
        and head.lower_ == "got"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    ):
        return "have"
    return lemma


def _sooner_the_better(tok: Token, lex: Lexicon) -> Expression | None:
    """ "The sooner he releases his returns, the better": the action is wished done."""
    words = columns(tok.doc).lower
    if tok.pos_ != "VERB" or all(words[c] != "better" for c in syntax.children(tok)) or clauses.asked(tok):
        return None  # read first without Tokens: most verbs have no "better" among their words
    graded = {c.lower_ for c in tok.children if c.dep_ == "advmod" and _the(c)}
    if not graded & HASTE or "better" not in graded:
        return None
    topic, phrase, sign = phrases.action_topic(tok, lex)
    if phrase is None or not phrases.acts_on_something(tok):
        return None
    return Expression(tok.i, clauses.settle(sign, clauses.negated(tok), False), topic.i, phrase)


def _the(word: Token) -> bool:
    """A comparative led by "the": "the sooner", "the better"."""
    return any(c.lower_ == "the" for c in word.children)
