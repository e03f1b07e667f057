"""Stance expressions: where a sentence takes a side on something, and which side.

Three shapes carry a stance in news English, each read off the dependency parse:

- evaluation: a judging adjective or noun predicated of the topic ("X would be a mistake",
  "X is vital", "called X a provocation");
- attitude: a verb whose object is the topic ("can't support X", "does not oppose X"), read by
  ``attitudes``;
- action: an action demanded, promised or refused ("will build X", "must not conduct X",
  "have to dismantle X", "refused to sign X"); undoing X ("should reverse X", "until X is
  withdrawn") is a stance against X. It is read by ``volition``.

What each is about is read by ``phrases``. In reported speech "would" is the "will" of the speaker
("said he would vote against X").

Negation flips the polarity; a condition ("only if ...") or a tentative modal ("could back X")
leaves no firm stance (polarity 0). Who holds the stance is decided later, from the quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.stances import (
    attitudes,
    clauses,
    conformity,
    feelings,
    naming,
    phrasal,
    phrases,
    subjects,
    valence,
    volition,
)
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.relatives import person_word
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PREDICATIVE = frozenset({"acomp", "attr", "oprd"})  # where an evaluation is predicated
PARTICIPLES = ("VBN", "VBG")  # tags of the judging words read as verbs: "is rigged", "is disqualifying"
# Prepositions that list the members of a described group: "critics, like Ann Lee, ...".
LISTING = ("like", "including", "among")
# Pronouns that bring in a thing of their own: as a judged subject they stand for nothing named before.
INDEFINITE = frozenset({"something"})
# "The sooner he releases them, the better": haste wished for the action it grades.
HASTE = frozenset({"sooner", "faster", "quicker", "earlier"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every stance expression of ``doc``, in text order."""
    found = []
    cols, children = columns(doc), syntax.tree(doc).children
    attitude_verbs = phrasal.by_verb(lex.attitude)
    better = "better" in cols.lower  # "the sooner ..., the better": most documents never say it
    for i in _candidates(doc):
        # the first test of each shape, read off the columns: most words pass none, and become no Token
        judging = (
            cols.dep[i] in PREDICATIVE
            or (cols.tag[i] in PARTICIPLES and cols.lower[i] in lex.evaluative)
            or (cols.dep[i] == "prep" and cols.lower[i] in conformity.STANDING)
        )
        attitude, readers = False, []
        if cols.pos[i] == "VERB":
            lemma = cols.lemma[i].lower()
            attitude = lemma in attitude_verbs
            if not volition.out_of_reach(doc, i, lex):
                readers.append(volition.action)
            if lemma in lex.feeling:
                readers.append(feelings.caused)
            if better and "better" in map(cols.lower.__getitem__, children(i)):
                readers.append(_sooner_the_better)
            if lemma in lex.naming:
                readers.append(naming.misread)
        if not (judging or attitude or readers):
            continue
        tok = doc[i]
        if judging and (expr := _evaluation(tok, lex)) is not None:
            found.append(expr)
        elif attitude and (read := attitudes.read(tok, lex)):
            found.extend(read)
        elif (expr := next(filter(None, (read(tok, lex) for read in readers)), None)) is not None:
            found.append(expr)
    return found


def _candidates(doc: Doc) -> list[int]:
    """Indexes of the tokens that pass the first test of ``_evaluation`` or of ``attitudes.read`` and
    ``_action``, read from the token columns so that only these become Tokens."""
    cols = columns(doc)
    # the commoner test first: this runs over every word of the Doc
    return [
        i
        for i, pos, dep in zip(range(len(cols.pos)), cols.pos, cols.dep, strict=True)
        if pos == "VERB" or dep in PREDICATIVE or (dep == "prep" and cols.lower[i] in conformity.STANDING)
    ]


def _evaluation(tok: Token, lex: Lexicon) -> Expression | None:
    ruled = conformity.side(tok, lex)
    passive = _judging_passive(tok, lex) or _judging_progressive(tok, lex)
    if tok.dep_ not in PREDICATIVE and passive is None and ruled is None:
        return None
    if ruled is not None:
        polarity = ruled  # "inconsistent with the law", "in line with our policy"
    elif passive is not None:
        polarity = passive
    elif tok.tag_ == "JJR":
        # "X is cheaper than a crisis" judges X; a bare comparative ("prices are higher") does not.
        polarity = lex.comparative.get(tok.lower_) if _than(tok) else None
    elif tok.dep_ == "oprd" and tok.head.lemma_.lower() in lex.naming and not naming.names_what(tok.head):
        polarity = naming.given_name(tok, lex) or None
    else:
        polarity = valence.listed(tok, lex)
        if polarity is not None and _graded(tok, "less") and _than(tok):
            polarity = -polarity  # "less harmful than the toll" speaks for it
    verb = tok if passive is not None else tok.head
    if polarity is None or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "as" for c in tok.children):
        return None  # "about as bad as can be", "as good as ever" measure a state against another
    # "called it a provocation" judges the object; "X is a mistake" judges the subject, and so does
    # "X was ruled illegal by the court", whose by-agent is the caller.
    # "the practices hurt voters and are illegal": a joined verb with no subject shares the first's
    subject = (
        clauses.child(verb, ("dobj",))
        if tok.dep_ == "oprd"
        else clauses.child(clauses.shared(verb)[0], clauses.SUBJECTS) or clauses.stranded_subject(verb)
    )
    # with no by-agent ("was widely considered a mistake") nobody is named
    named = _passive_subject(verb) if subject is None and tok.dep_ == "oprd" else None
    named_by = syntax.agent(verb) if named is not None else None
    subject = subject if named_by is None else named
    if subject is None:
        return None
    if tok.dep_ == "oprd" and subject.lower_ == "what":
        return naming.named_so(tok, polarity, verb, lex)
    if subject.lower_ in INDEFINITE:
        return None  # "something is very wrong" judges a thing it does not name, not the one named before
    antecedent = subjects.relative_antecedent(subject)  # "a system which is fair" judges the system
    if subject.lower_ == "which" and antecedent is not subject and person_word(antecedent):
        return None  # "told the minister, which was wise": "which" is what was done, not the minister
    subject = antecedent
    if subject.lower_ == "it" and clauses.of_a_person(verb):
        return None  # "it would be unwise for her to comment on X" tells how she behaves
    if subject.lower_ == "it" and (clause := clauses.extraposed(verb)) is not None:
        subject = clause  # "it is essential to go ahead": the judged thing is the clause
    elif (act := clauses.judged_act(tok, lex)) is not None:
        subject = act  # "the council was wrong to close it": the judged thing is the act
    elif subject.lower_ in lex.placeholder and phrases.names_a_thing(tok, lex):
        subject = tok  # "that was an outrageous tweet" judges the tweet
    # "it would be a mistake not to scrap it" judges not scrapping it: for scrapping it
    undone = subject.pos_ in ("VERB", "AUX") and clauses.negated(subject, by_subject=False)
    subject, phrase, sign = phrases.content(subject, lex)
    if phrase is None or (
        tok.dep_ == "oprd" and verb.lemma_.lower() in lex.naming and naming.unsure(tok, phrase, lex)
    ):
        return None
    denied = (
        clauses.negated(verb)
        or clauses.negated(tok)
        or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        or _no_more(tok)
    ) and not _unbeatable(tok, verb)
    negated = (denied != clauses.disbelieved(verb)) != undone
    # "critics call it a mistake": the caller judges, so one nobody can name holds it for no speaker
    # "Lee hit back, calling it a mistake": the participle's caller is the subject it hangs on
    caller = (
        (named_by or clauses.child(verb, clauses.SUBJECTS) or subjects.adjunct_subject(verb))
        if tok.dep_ == "oprd"
        else None
    )
    # "did not call it a disaster" withholds the name, and takes no side
    withheld = negated and caller is not None and verb.lemma_.lower() in lex.naming
    settled = clauses.settle(polarity * sign, negated, withheld or clauses.conditional(verb, lex))
    return Expression(tok.i, settled, subject.i, phrase, caller.i if caller is not None else None)


def _passive_subject(verb: Token) -> Token | None:
    """The thing a passive verb tells of, its own or, joined to a verb with no subject of its own,
    the first verb's ("the ban served no end and was ruled illegal")."""
    clause = clauses.shared(verb)[0]
    return clauses.child(verb, ("nsubjpass",)) if clause is verb else clauses.child(clause, clauses.SUBJECTS)


def _judging_passive(tok: Token, lex: Lexicon) -> int | None:
    """The side a judging participle read as a passive verb takes on its subject: "the system is
    being rigged" judges the system as "the system is rigged" does ("was rigged by Lee" tells
    what Lee did; "a permit is needed", a will, says what it takes)."""
    if tok.tag_ != "VBN" or (polarity := lex.evaluative.get(tok.lower_)) is None:
        return None
    if tok.lemma_.lower() in lex.volition:
        return None
    if clauses.child(tok, ("auxpass",)) is None or clauses.child(tok, ("agent",)) is not None:
        return None
    return polarity


def _judging_progressive(tok: Token, lex: Lexicon) -> int | None:
    """The side a judging -ing word read as a verb takes: "it is disqualifying to refuse" and "it
    was demoralizing to serve under him" judge what "it" stands for; a verb with an object of its
    own ("she is promising lower fares") judges nothing."""
    if tok.tag_ != "VBG" or (polarity := lex.evaluative.get(tok.lower_)) is None:
        return None
    if clauses.child(tok, ("dobj",)) is not None or not any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children
    ):
        return None
    return polarity


def _than(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "than" for c in tok.children)


def _graded(tok: Token, word: str) -> bool:
    """ "less harmful", "more important": a judging word graded by ``word``."""
    return any(c.dep_ == "advmod" and c.lower_ == word for c in tok.children)


def _unbeatable(tok: Token, verb: Token) -> bool:
    """ "It could not be more important": denying that it could be more says it is most so."""
    return _graded(tok, "more") and bool(clauses.auxiliaries(verb) & {"could", "can"})


def _no_more(tok: Token) -> bool:
    """ "no more biased than the others" denies the judgement."""
    return any(c.lower_ == "more" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def _sooner_the_better(tok: Token, lex: Lexicon) -> Expression | None:
    """ "The sooner he releases his returns, the better": the action is wished done."""
    words = columns(tok.doc).lower
    if (
        tok.pos_ != "VERB"
        or "better" not in map(words.__getitem__, syntax.children(tok))
        or clauses.asked(tok)
    ):
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
