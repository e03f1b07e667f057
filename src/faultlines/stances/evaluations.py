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

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors import lexicon as actor_words
from faultlines.stances import clauses, denials, keys, naming, phrases, relatives, unsurpassed, valence
from faultlines.stances.antecedents import named_before
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.polarity import PREDICATIVE
from faultlines.stances.quoted import OWN_VOICE, Context
from faultlines.views import Columns, columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.model import Analysis

# Modals that leave an evaluation open: "it may be a mistake" ("it can be effective" is firm).
HEDGES = frozenset({"may", "might", "could"})
# Verbs of a change of state, whose complement tells what happened, not a judgement: "it went bankrupt".
BECOMING = frozenset({"go", "get", "become", "turn", "grow", "come", "fall"})
# Words that deny a clause besides "not": "no good", "never helped", "neither the plan nor ...".
NEGATIVE = frozenset({"no", "never", "neither"})
# Verbs that pass on the judgement of what they deliver: "sent a terrible message", "poses a threat".
PASSING = frozenset({"send", "give", "make", "create", "cause", "pose", "bring", "deliver", "do"})
# Verbs that say what their subject is, and so judge it by what they name: "she embodies greed".
EMBODYING = frozenset({"embody", "epitomize", "epitomise", "personify", "symbolize", "symbolise", "typify"})
# Verbs of surprise, which VADER rates but which take no side: "it amazed me how fast they went".
SURPRISING = frozenset({"amaze", "astonish", "astound", "stun", "surprise", "startle"})
# Adjectives of how hard an action is, which VADER rates but which take no side on doing it.
EFFORT = frozenset({"difficult", "hard", "easy", "tough", "simple", "impossible", "possible"})
# Subjects that speak of the speaker or their audience, not of a thing judged: "we are united".
SELF = frozenset({"i", "we", "you", "me", "us", "they", "them", "everyone", "everybody", "nobody"})


def find(analysis: Analysis, doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every evaluation a named speaker states in their quotes, in text order."""
    context = Context.of(analysis, doc)
    cols = columns(doc)
    found = []
    for i in sorted(context.quote_at):
        if not _may_judge(cols, i):
            continue
        tok = doc[i]
        if tok.pos_ == "NOUN" and (denied := denials.denied_name(tok, lex, context)) is not None:
            expr = denied
        elif tok.dep_ in PREDICATIVE:
            expr = _predicated(tok, lex, context)
        elif tok.pos_ == "VERB":
            expr = _effect(tok, lex, context)
        elif tok.lower_ == "than":
            expr = _unsurpassed(tok, lex, context)
        elif tok.head.lower_ == "as" and tok.dep_ in ("pobj", "amod", "acomp"):
            expr = _named_as(tok, lex, context)
        elif tok.dep_ == "appos" and tok.pos_ == "NOUN":
            expr = _apposed(tok, lex, context)
        else:
            expr = None
        if expr is not None and not context.reported(doc[expr.predicate]):
            found.append(expr)
    return found


def _may_judge(cols: Columns, i: int) -> bool:
    """Whether token ``i`` passes the first test of one of the readings of ``find``, read from the token
    columns so that only these become Tokens."""
    dep = cols.dep[i]
    return (
        dep in PREDICATIVE
        or dep in ("pobj", "amod", "acomp", "appos")
        or cols.pos[i] == "VERB"
        or cols.lower[i] == "than"
    )


def _predicated(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "X is terrible", "X is a pointless drain", "called X a disgrace"."""
    if tok.tag_ in ("JJR", "JJS", "RBR", "VBN", "VBD") or tok.lemma_.lower() in lex.circumstance:
        return None  # "America is strongest when ..." compares, "we are united" is a state
    if any(c.lower_ in ("as", "so", "too") for c in tok.children if c.dep_ == "advmod"):
        return None  # "not as tall as she claims" measures
    if _binominal(tok):
        return None  # "a heck of a lot harder" intensifies, it does not judge
    side, ours = valence.judgement(tok, lex)
    verb = tok.head
    if verb.lemma_.lower() in BECOMING:
        return None  # "it went bankrupt" tells what happened to it
    if (
        not side
        or clauses.hypothetical(verb, lex)
        or clauses.asked(verb)
        or clauses.asked(tok)
        or clauses.tentative(verb, lex) & HEDGES
    ):
        return None
    subject = naming.named(verb, tok) if tok.dep_ == "oprd" else syntax.subject(verb, clauses.SUBJECTS)
    subject = relatives.antecedent(subject, context) if subject is not None else None
    if subject is None:
        return None
    if subject.lower_ == "it" and (clause := clauses.extraposed(verb)) is not None:
        if tok.lemma_.lower() in EFFORT:
            return None  # "it is hard to gauge the levy" tells what it takes, not whether to
        subject = clause  # "it is wiser to wait": the judged thing is the clause
    elif subject.lower_ in lex.placeholder and phrases.names_a_thing(tok, lex):
        subject = tok  # "that was an outrageous tweet" judges the tweet
    if ours:
        # ``polarity`` reads it; only what its "it" stands for is found here, where it can be
        if not _stands_for_a_topic(subject, lex) or context.referent(subject, lex) is None:
            return None
        return _expression(tok, side, subject, verb, lex, context)
    if not _judged_thing(subject, tok, lex, context.contested):
        return None
    # a person is judged by what they are called ("a liar", "a champion"); "he is ready", "she is
    # dead", "a successful businessman" tell how they are; a people or a country is not judged so
    someone = _someone(subject) or context.actor_at.get(subject.i) == "person"
    if someone and (tok.pos_ != "NOUN" or not valence.side(tok) or subject.ent_type_ in ("NORP", "GPE")):
        return None
    if _felt(tok) and subject.lower_ in denials.POINTING and context.referent(subject, lex) is None:
        return None  # "it's heartbreaking", of nothing the speaker named, grieves how things are
    return _expression(tok, side, subject, verb, lex, context)


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
    if not side or not valence.side(tok) or not _judged_thing(subject, tok, lex, context.contested):
        return None
    if subject.ent_type_ in ("NORP", "GPE"):
        return None
    return _expression(tok, side, subject, tok, lex, context)


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


def _expression(
    judge: Token, side: int, subject: Token, verb: Token, lex: Lexicon, context: Context
) -> Expression | None:
    """The stance ``judge`` takes on ``subject`` (or on what it stands for), negation settled."""
    denied = (verb, judge) if judge is not verb else (verb,)
    # a denying subject is read below, as the judged thing's own "no" ("nothing is more vital than X")
    negated = (
        any(
            clauses.negated(t, by_subject=False) or any(c.lower_ in NEGATIVE for c in t.children)
            for t in denied
        )
        or any(c.dep_ in ("det", "preconj") and c.lower_ in NEGATIVE for c in subject.children)
    ) != clauses.disbelieved(verb)
    conditional = clauses.conditional(verb, lex)
    if _stands_for_a_topic(subject, lex):
        referent = context.referent(subject, lex)
        if referent is None and (not _recalled(subject, lex) or context.after_own_words(subject)):
            # "Friday's decision": which decision, only the speaker's words could tell; "They rate
            # false claims true. That is not fact-checking": "that" is what they just said
            return None
        subject = referent or subject
    topic, phrase, sign = phrases.content(subject, lex)
    if phrase is None:
        return None
    return Expression(judge.i, clauses.settle(side * sign, negated, conditional), topic.i, phrase)


def _effect(verb: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "The levy is destroying the market", "the museum can help us", "the plan sent a terrible
    message": a thing judged by what it does. What a person, a people or a body does is an event,
    not a judgement of them."""
    lemma = verb.lemma_.lower()
    if (
        lemma == "be"
        or lemma in lex.feeling
        or lemma in lex.volition
        or lemma in phrases.by_verb(lex.attitude)
    ):
        return None  # read by ``polarity``
    obj = clauses.child(verb, ("dobj",))
    if clauses.modals(verb, lex) or clauses.tentative(verb, lex) - {"can"}:
        return None  # "it would depress revenue" forecasts, "it must not hurt them" demands
    if lemma in EMBODYING:
        return _embodies(verb, obj, lex, context)
    if lemma in SURPRISING:
        return None
    if lemma in PASSING:
        side = valence.judgement(obj, lex)[0] if obj is not None and obj.pos_ == "NOUN" else 0
    else:
        # a verb VADER leaves unrated may still be one of ours: "the levy discriminates against renters"
        side = valence.side(verb) or lex.evaluative.get(lemma, 0)
    if not side or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    subject = syntax.subject(verb, ("nsubj",))
    if subject is None or (subject.tag_ in relatives.RELATIVE and not relatives.set_off(subject)):
        return None  # "the ruling that paved the way" tells which ruling is meant; it does not judge it
    subject = relatives.antecedent(subject, context)
    if subject is None:
        return None
    if obj is None and clauses.child(verb, ("xcomp", "ccomp", "dative")) is None and not _against(verb):
        return None  # "the tenants suffered" tells what befell them; a thing judged acts on something
    if obj is not None and context.actor_at.get(obj.i) == "person" and lemma not in PASSING:
        return None  # "the gaffe hurt the nominee" weighs a campaign's fortunes, it takes no side
    if any(t.i in context.actor_at or _someone(t) for t in (subject, *subject.conjuncts)):
        return None  # "neither the nominee nor her campaign helped": people acting with a body
    if subject.pos_ == "PROPN" or not _judged_thing(subject, verb, lex, context.contested):
        return None
    if _stands_for_a_topic(subject, lex):
        # "it helps" says too little to guess what "it" is from the topics named around it; "the
        # plan helps" is the plan the article named in full before
        referent = context.referent(subject, lex)
        if referent is None and (subject.pos_ != "NOUN" or named_before(subject) is None):
            return None
        subject = referent or subject
    return _expression(verb, side, subject, verb, lex, context)


def _against(verb: Token) -> bool:
    """ "The levy discriminates against renters", "it works against them": what a thing is against
    is what it acts on."""
    return any(
        c.dep_ == "prep" and c.lower_ == "against" and clauses.child(c, ("pobj",)) for c in verb.children
    )


def _embodies(verb: Token, obj: Token | None, lex: Lexicon, context: Context) -> Expression | None:
    """ "He embodies the legacy of greed", "the levy epitomises waste": the subject is judged by
    what it is said to be (``valence`` reads "the legacy of greed" by its "of"), a person too, as
    by a name he is called."""
    if obj is None or obj.pos_ != "NOUN":
        return None
    side = valence.judgement(obj, lex)[0]
    if not side or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    subject = syntax.subject(verb, ("nsubj",))
    subject = relatives.antecedent(subject, context) if subject is not None else None
    if subject is None or subject.lower_ in SELF or subject.ent_type_ in ("NORP", "GPE"):
        return None
    if not (_someone(subject) or _judged_thing(subject, verb, lex, context.contested)):
        return None
    return _expression(verb, side, subject, verb, lex, context)


def _named_as(tok: Token, lex: Lexicon, context: Context) -> Expression | None:
    """ "described the levy as disastrous", "sees the plan as an abuse of power", "should be
    recognized as intolerable": a verb of regarding names its object what "as" says. In the
    narration, ``regards`` reads the same verbs with the words of ``stance_words.txt`` only."""
    verb = tok.head.head
    if tok.head.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.regard:
        return None  # "treated as an outpatient", "used it as a weapon" tell what was done with it
    subject = clauses.child(verb, ("dobj", "nsubjpass"))
    side = valence.judgement(tok, lex)[0]
    if subject is None or not side or clauses.hypothetical(verb, lex) or clauses.asked(verb):
        return None
    if _named_by_another(verb, context):
        return None  # "he must stop portraying us as gangsters" is his naming, which the speaker denies
    if subject.tag_ in ("WP", "WDT") or not (
        _judged_thing(subject, tok, lex, context.contested) or _at_stake(subject, context.contested)
    ):
        return None
    someone = _someone(subject) or context.actor_at.get(subject.i) == "person"
    if someone and (tok.pos_ != "NOUN" or subject.ent_type_ in ("NORP", "GPE")):
        return None  # "described him as tired" tells how he was; "as a liar" judges him
    return _expression(tok, side, subject, verb, lex, context)


def _named_by_another(verb: Token, context: Context) -> bool:
    """Whether the one who names a thing so is someone the speaker speaks of ("voters see it as a
    sham", "he must stop portraying us as gangsters"), not the speaker ("we see it as a sham"), nor
    the speaker as the narration names them ("Lee described it as a sham")."""
    namer = syntax.subject(verb, ("nsubj",))
    if namer is None and verb.dep_ == "xcomp":
        namer = syntax.subject(verb.head, ("nsubj",))  # the doer of "must stop portraying"
    return namer is not None and namer.lower_ not in OWN_VOICE and namer.i in context.quote_at


def _at_stake(subject: Token, contested: frozenset[str]) -> bool:
    """A thing named so as to say what the headline is about, its modifiers after it too: "the
    wave of police shootings" under a headline on a police shooting. Only a thing a speaker names
    *as* something is read so widely: naming it so is what the regarding verb does."""
    doc = subject.doc
    return subject.pos_ == "NOUN" and bool(
        keys.key(doc[subject.left_edge.i : subject.right_edge.i + 1].text) & contested
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
    if subject.tag_ in ("WP", "WDT") or not _judged_thing(subject, than, lex, context.contested):
        return None
    return _expression(than, side, subject, copula, lex, context)


def _someone(tok: Token) -> bool:
    """A person, a people, a country or a body named or referred to: "he", "Ann Lee", "Muslims",
    "voters", "the agency"."""
    lemma = tok.lemma_.lower()
    return (
        tok.lower_ in phrases.PERSON_PRONOUNS
        or tok.ent_type_ in ("PERSON", "NORP", "GPE")
        or lemma in actor_words.roles()
        or lemma in actor_words.generic_bodies()
    )


def _recalled(placeholder: Token, lex: Lexicon) -> bool:
    """A placeholder ``topics`` finds the topic of: "it", "this", or "the plan" alone (the plan
    named before in full)."""
    if placeholder.lower_ in lex.placeholder:
        return True
    return all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in placeholder.children)


def _stands_for_a_topic(subject: Token, lex: Lexicon) -> bool:
    """ "it", "this", or a bare "the plan": a word that stands for a topic named elsewhere."""
    return phrases.phrase_kind(subject, lex) == "ref"


def _judged_thing(subject: Token, judge: Token, lex: Lexicon, contested: frozenset[str]) -> bool:
    """Whether ``subject`` is something a side is taken on: a placeholder for a topic, a plan or a
    remark, an action, a named thing or person, or a thing the headline names; not the speaker's
    own side ("we are united") nor a state of affairs ("the economy is bad")."""
    word = subject.lower_
    if word in SELF:
        return False
    if subject.pos_ in ("VERB", "AUX"):
        return subject.dep_ != "ccomp"  # "it is wiser to wait", "not voting is no strategy"
    if word in lex.placeholder:
        return True
    person = word in phrases.PERSON_PRONOUNS or subject.ent_type_ == "PERSON"
    if person or subject.pos_ == "PROPN":
        # "he is proud of it", "she is sure that ..." tell the subject's own attitude, and "a
        # critic of it" too; "a disgrace to the office" judges him
        allowed = ("for", "to") if judge.pos_ == "NOUN" else ("for",)
        return not any(c.dep_ in ("prep", "ccomp") and c.lower_ not in allowed for c in judge.children)
    if subject.pos_ != "NOUN":
        return False
    if lex.generic.get(subject.lemma_.lower()) in ("ref", "said"):
        return True
    start, end = subject.left_edge.i, subject.i + 1
    return bool(keys.key(subject.doc[start:end].text) & contested)
