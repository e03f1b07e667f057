"""Stances stated as evaluations in a named speaker's own words, with no stance verb.

A speaker quoted on the thing an article is about often just judges it: "it's a terrible idea",
"the levy is hurting small shops", "this is a pointless drain", "he is a liar", "the fund has
sent a dreadful signal", "she described the levy as a disaster", "there is nothing more vital
than the port". How strongly a word judges is read by ``valence``; where ``polarity`` reads the
same shape, the words of ``stance_words.txt`` are left to it.

Only words inside a quote whose speaker is a named actor are read, and only where they judge a thing
one can take a side on: a pronoun standing for a topic named before ("it", "this"), a plan or a
remark ("the plan", "his tweet"), a person called a name, an action, or a thing the headline or
lead names. A speaker describing a state of affairs ("the economy is bad", "we are united", "people
are upset") or what befell someone ("the tenants suffered") takes no side; nor do they in another's
reported words ("voters hear the rival claim it is a sham"). Negation flips the side; a hedge ("may
be", "could be"), a forecast ("it would hurt"), a condition or a question leaves none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.stances import (
    clauses,
    denials,
    effects,
    judged,
    naming,
    phrases,
    regarded,
    relatives,
    unsurpassed,
    valence,
)
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.polarity import INDEFINITE, PREDICATIVE
from faultlines.stances.quoted import Context
from faultlines.views import columns, lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.model import Analysis


# Modals that leave an evaluation open: "it may be a mistake" ("it can be effective" is firm).
HEDGES = frozenset({"may", "might", "could"})


def find(analysis: Analysis, doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every evaluation a named speaker states in their quotes, in text order."""
    context = Context.of(analysis, doc)
    found = []
    for i in _may_judge(doc, context.own_words):
        tok = doc[i]
        if tok.pos_ == "NOUN" and (denied := denials.denied_name(tok, lex, context)) is not None:
            expr = denied
        elif tok.dep_ in PREDICATIVE or _joined(tok):
            expr = _predicated(tok, lex, context) or _due(tok, lex, context)
        elif tok.pos_ == "VERB":
            expr = (
                effects.effect(tok, lex, context)
                or effects.halted(tok, lex, context)
                or _how_it_begins(tok, lex, context)
            )
        elif tok.lower_ == "time":
            expr = _due(tok, lex, context)
        elif tok.lower_ == "than":
            expr = _unsurpassed(tok, lex, context)
        elif tok.head.lower_ in regarded.NAMING_AS and tok.dep_ in ("pobj", "amod", "acomp"):
            expr = regarded.named_as(tok, lex, context)
        elif tok.dep_ == "appos" and tok.pos_ == "NOUN":
            expr = _apposed(tok, lex, context)
        elif tok.dep_ == "ccomp" and tok.pos_ == "ADJ":
            expr = _found(tok, lex, context) or (_predicated(tok, lex, context) if _own_copula(tok) else None)
        else:
            expr = None
        if expr is not None and not context.reported(doc[expr.predicate]):
            found.append(expr)
    return found


# The relations whose words one of the readings of ``find`` may judge by (a clause's adjective aside).
JUDGED_DEPS = PREDICATIVE | {"acomp", "appos"}
# Relations of words read only in "named as X" (``regarded``) or as a name denied with its own "is"
# ("that's not fare-checking", ``denials``): most objects and modifiers are neither.
AS_NAMED = ("pobj", "amod")


def _may_judge(doc: Doc, quoted: list[int]) -> list[int]:
    """The tokens of ``quoted`` that pass the first test of one of the readings of ``find``, read from
    the token columns so that only these become Tokens: one comprehension over every quoted word."""
    cols, tree, lowered = columns(doc), syntax.tree(doc), lemmas(doc)
    dep, pos, lower, heads = cols.dep, cols.pos, cols.lower, tree.heads

    def named_as(i: int) -> bool:
        return lower[heads[i]] in regarded.NAMING_AS or (
            pos[i] == "NOUN" and any(dep[c] == "aux" and lowered[c] == "be" for c in tree.children(i))
        )

    return [
        i
        for i in quoted
        if dep[i] in JUDGED_DEPS
        or (dep[i] in ("ccomp", "conj") and pos[i] in ("ADJ", "NOUN"))
        or pos[i] == "VERB"
        or lower[i] in ("than", "time")
        or (dep[i] in AS_NAMED and named_as(i))
    ]


def _predicated(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "X is terrible", "X is a pointless drain", "called X a disgrace"."""
    if tok.tag_ in ("JJR", "JJS", "RBR", "VBN", "VBD") or tok.lemma_.lower() in lex.circumstance:
        return None  # "America is strongest when ..." compares, "we are united" is a state
    if any(c.lower_ in ("as", "so", "too") for c in tok.children if c.dep_ == "advmod"):
        return None  # "not as tall as she claims" measures
    if _binominal(tok):
        return None  # "a heck of a lot harder" intensifies, it does not judge
    side, ours = valence.judgement(tok, lex)
    slot = syntax.first_conjunct(tok)  # "the levy is costly and unfair": "unfair" stands where "costly" does
    verb = slot if _own_copula(slot) else slot.head
    if verb.lemma_.lower() in lex.becoming:
        return None  # "it went bankrupt" tells what happened to it
    if (
        not side
        or clauses.hypothetical(verb, lex)
        or clauses.asked(verb)
        or clauses.asked(tok)
        or clauses.tentative(verb, lex) & HEDGES
    ):
        return None
    if slot.dep_ == "oprd":
        subject = naming.named(verb, slot)
    else:
        # "the levy hits renters and is unfair": a joined verb with no subject shares the first's
        subject = syntax.subject(clauses.shared(verb)[0], clauses.SUBJECTS)
    subject = relatives.antecedent(subject, context) if subject is not None else None
    if subject is None or subject.lower_ in INDEFINITE:
        return None  # "we can all tell something is badly off" judges a thing it does not name
    # ``polarity`` reads a word in its own predicate slot only; one joined to another is read here
    ours = ours and slot is tok and verb is not slot and syntax.subject(verb, clauses.SUBJECTS) is not None
    if tok.lemma_.lower() in lex.effort:
        return None  # "it is hard to gauge the levy", "the choice was not easy" tell what it takes
    if subject.lower_ == "it" and clauses.of_a_person(verb):
        return None  # "it would be unwise for her to comment" tells how she behaves
    if subject.lower_ == "it" and (clause := clauses.extraposed(verb)) is not None:
        subject = clause  # "it is wiser to wait": the judged thing is the clause
    elif subject.lower_ in lex.placeholder and phrases.names_a_thing(tok, lex):
        subject = tok  # "that was an outrageous tweet" judges the tweet
    if ours:
        # ``polarity`` reads it; only what its "it" stands for is found here, where it can be
        if not judged.stands_for_a_topic(subject, lex) or context.referent(subject, lex) is None:
            return None
        return judged.expression(tok, side, subject, verb, lex, context)
    if not judged.judged_thing(subject, tok, lex, context.contested):
        return None
    # a person is judged by what they are called ("a liar", "a champion"); "he is ready", "she is
    # dead", "a successful businessman" tell how they are; a people or a country is not judged so
    someone = judged.someone(subject) or context.actor_at.get(subject.i) == "person"
    if someone and (tok.pos_ != "NOUN" or not valence.side(tok) or subject.ent_type_ in ("NORP", "GPE")):
        return None
    if _felt(tok) and subject.lower_ in denials.POINTING and context.referent(subject, lex) is None:
        return None  # "it's heartbreaking", of nothing the speaker named, grieves how things are
    return judged.expression(tok, side, subject, verb, lex, context)


def _due(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "It is time to scrap the levy", "it's high time for the council to act", "now is the time to
    reopen the depot": the speaker calls for the act the infinitive names; "this is not the time to
    close it" is against it. "It was a time to reflect", with an article, tells what a time was like."""
    if tok.lower_ != "time":
        return None
    verb = tok.head
    now = any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children)
    subject = syntax.subject(verb, clauses.SUBJECTS)
    said = subject.lower_ if subject is not None else ""
    if subject is None and now:
        said = "now"  # "now is not the time": the parse may hang "now" on the verb, with no subject
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if tok.dep_ == "attr":
        due = (said == "it" and not dets) or (dets == ["the"] and said in ("this", "now"))
    else:
        due = tok.dep_ == "nsubj" and dets == ["the"] and now
    # the infinitive hangs on "time", or on the verb when the doer is named ("for the city to act")
    clause = clauses.child(tok, ("relcl", "acl")) or next(
        (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i), None
    )
    if not due or clause is None or "to" not in clauses.auxiliaries(clause):
        return None
    if clauses.hypothetical(verb, lex) or clauses.asked(verb) or clauses.tentative(verb, lex) & HEDGES:
        return None
    return judged.expression(tok, 1, clause, verb, lex, context)


def _own_copula(adjective: Token) -> bool:
    """ "the plan was 'reckless'": the parse may make a quoted adjective the head of its clause,
    with the subject and "was" hung on it."""
    return (
        adjective.pos_ == "ADJ"
        and syntax.subject(adjective, clauses.SUBJECTS) is not None
        and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in adjective.children)
    )


def _joined(tok: Token) -> bool:
    """A judging word joined to one in a predicate slot: "unfair" in "the levy is costly and
    unfair", "a disgrace" in "it is a new tax and a disgrace"."""
    return (
        tok.dep_ == "conj" and tok.pos_ in ("ADJ", "NOUN") and syntax.first_conjunct(tok).dep_ in PREDICATIVE
    )


def _apposed(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "Ada Roos, a disgrace to the office, must go": a noun set off by commas after the thing or
    person it names, in the same quote, is what the speaker calls them."""
    subject = tok.head
    doc = tok.doc
    if subject.i > tok.i or doc[tok.left_edge.i - 1].text != ",":
        return None
    if context.quote_at.get(subject.i) is not context.quote_at.get(tok.i):
        return None  # the narration's "Ada Roos, a grocer," introduces who she is
    side = valence.judgement(tok, lex)[0]
    if not side or not valence.side(tok) or not judged.judged_thing(subject, tok, lex, context.contested):
        return None
    if subject.ent_type_ in ("NORP", "GPE"):
        return None
    return judged.expression(tok, side, subject, tok, lex, context)


def _found(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "I find it deeply troubling", "we consider this unacceptable": a finding, which the parse
    makes a clause of the adjective with the thing judged as its subject. The speaker's own, or the
    finder's where another is named ("she said she found the levy unfair", "the union said it
    considers the levy illegal"; "many find it troubling" names nobody). Not a clause the adjective
    judges ("I find it odd that ..."), nor how hard a thing is ("I find it hard")."""
    verb = tok.head
    finder = clauses.child(verb, ("nsubj",))
    subject = clauses.child(tok, ("nsubj",))
    if verb.lemma_.lower() not in lex.finding or finder is None:
        return None
    if subject is None or tok.lemma_.lower() in lex.effort or clauses.child(tok, ("advcl", "ccomp", "xcomp")):
        return None
    side = valence.judgement(tok, lex)[0]
    if not side or clauses.hypothetical(verb, lex) or clauses.asked(verb) or clauses.tentative(verb, lex):
        return None
    if not judged.judged_thing(subject, tok, lex, context.contested):
        return None
    if _felt(tok) and subject.lower_ in denials.POINTING and context.referent(subject, lex) is None:
        return None  # "I find it heartbreaking", of nothing named, grieves how things are
    found = judged.expression(tok, side, subject, verb, lex, context)
    if found is None or finder.lower_ in pronouns.FIRST_PERSON_SUBJECTS:
        return found
    return replace(found, agent=finder.i)


def _how_it_begins(verb: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "This is how crises begin", "that is how wars start": the speaker judges what "this" stands
    for by what it is the start of."""
    copula = verb.head
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in ("begin", "start") or copula.lemma_ != "be":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "how" for c in verb.children):
        return None
    started = clauses.child(verb, ("nsubj",))
    subject = syntax.subject(copula, ("nsubj",))
    if started is None or subject is None or subject.lower_ not in denials.POINTING:
        return None
    side = valence.judgement(started, lex)[0]
    if not side or clauses.hypothetical(copula, lex) or clauses.asked(copula):
        return None
    return judged.expression(started, side, subject, copula, lex, context)


def _felt(word: Token) -> bool:
    """An adjective telling what a thing makes one feel: "heartbreaking", "troubling", "exciting"."""
    return word.pos_ == "ADJ" and word.lower_.endswith("ing")


def _binominal(noun: Token) -> bool:
    """ "a heck of a lot", "a beast of a match": a noun that only grades what follows "of a"."""
    doc = noun.doc
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("a", "an")
        for c in noun.children
    )


def _unsurpassed(than: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "There is nothing more important than the port": the port is judged the most important."""
    comparison = unsurpassed.unsurpassed(than)
    if comparison is None:
        return None
    side = next((s for w in comparison.grading if (s := valence.judgement(w, lex)[0])), 0) * comparison.sign
    copula, subject = comparison.copula, comparison.compared
    if not side or clauses.hypothetical(copula, lex) or clauses.asked(copula):
        return None
    if subject.tag_ in ("WP", "WDT") or not judged.judged_thing(subject, than, lex, context.contested):
        return None
    return judged.expression(than, side, subject, copula, lex, context)
