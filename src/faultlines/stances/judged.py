"""What a quoted judgement is about, and the side it takes once negation is settled.

The readings of ``evaluations``, ``effects`` and ``regarded`` share these tests: whether a subject is
a thing one can take a side on (a placeholder for a topic, a plan or a remark, an action, a named
thing or person, or a thing the headline names) or the speaker's own side or a state of affairs, and
what "it", "this" or a bare "the plan" stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax
from faultlines.actors import lexicon as actor_words
from faultlines.stances import acts, clauses, keys, phrases, valence
from faultlines.stances.acts import stood_for
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.stances.quoted import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that deny a clause besides "not": "no good", "never helped", "neither the plan nor ...".
NEGATIVE = frozenset({"no", "never", "neither"})
# Subjects that speak of the speaker or their audience, not of a thing judged: "we are united".
SELF = frozenset({"i", "we", "you", "me", "us", "they", "them", "everyone", "everybody", "nobody"})


def expression(
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
    told = False
    # a thing found outside the judging quote (the act the narration named) is already what "it" is
    if stands_for_a_topic(subject, lex) and context.quote_at.get(subject.i) is context.quote_at.get(judge.i):
        referent = context.referent(subject, lex)
        if referent is None and (
            not _recalled(subject, lex)
            or context.after_own_words(subject)
            or _spoken_pronoun(subject, lex, context)
        ):
            # "Friday's decision": which decision, only the speaker's words could tell; "They rate
            # false claims true. That is not fact-checking": "that" is what they just said
            return None
        kind = _kind_named(judge, lex)
        if referent is not None and kind is not None and kind != referent.lemma_.lower():
            return None  # "It is a charming town" does not judge the levy named before
        subject = referent or subject
        told = referent is not None and referent.pos_ == "VERB"
    # the act the narration told by its verb ("the party renamed its account") is read as an action
    read = phrases.action_topic if told else phrases.content
    topic, phrase, sign = read(subject, lex)
    if phrase is None:
        return None
    return Expression(judge.i, clauses.settle(side * sign, negated, conditional), topic.i, phrase)


def someone(tok: Token) -> bool:
    """A person, a people, a country or a body named or referred to: "he", "Ann Lee", "Muslims",
    "voters", "the agency"."""
    lemma = tok.lemma_.lower()
    return (
        tok.lower_ in pronouns.PERSONS
        or tok.ent_type_ in ("PERSON", "NORP", "GPE")
        or lemma in actor_words.roles()
        or lemma in actor_words.generic_bodies()
    )


def untold(topic: Token, lex: Lexicon, context: Context) -> bool:
    """Whether ``topic`` is a speaker's bare "the move" that neither their words nor the act told
    just before can tell: ``expression`` takes no side on it, and no other reading may take one on
    the topic named last, which may be an act someone else's quote told of. A speaker's "it" or
    "this" is read from the topic named last, which in news is mostly what the quote is about; right
    after another speaker's quote it may as well be what they said, and is left untold too."""
    return (
        (topic.lower_ not in lex.placeholder or context.after_others_words(topic))
        and _spoken_pronoun(topic, lex, context)
        and context.referent(topic, lex) is None
    )


def _spoken_pronoun(placeholder: Token, lex: Lexicon, context: Context) -> bool:
    """ "It", "this" or a bare "the move" in a speaker's own words (a direct quote), which only the
    frame, the speaker's words or the act the narration just named can tell (``Context.referent``):
    the topic named last elsewhere may be anything the speaker's "this" is not ("This is our
    favourite kind of work"), and after someone else's quote "the move" may be one they told of,
    unless the article named the act in full (``acts.stood_for``).
    The narrator's "it" ("the league called it a disgrace") is the article's thing named last."""
    quote = context.quote_at.get(placeholder.i)
    if quote is None or quote.kind != "direct":
        return False
    if placeholder.lower_ in lex.placeholder:
        return True
    # an act named in full before it ("the council's plan to sell the port") is what it stands for
    return acts.standing_for_an_act(placeholder, lex) and stood_for(placeholder) is None


def _kind_named(judge: Token, lex: Lexicon) -> str | None:
    """ "It is a charming town": the kind of thing the copula names "it" as, where only a modifier
    judges it; None for a judging noun ("a disgrace") or a general one that may stand for an act
    ("a reckless decision", "a bad deal")."""
    noun = judge.head if judge.dep_ == "amod" else judge
    if noun.dep_ != "attr" or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in lex.generic or lemma in lex.kind or lemma in lex.trying or valence.by_itself(noun, lex):
        return None
    return lemma


def _recalled(placeholder: Token, lex: Lexicon) -> bool:
    """A placeholder ``topics`` finds the topic of: "it", "this", or "the plan" alone (the plan
    named before in full); "Friday's decision" is dated, the decision told before, not owned."""
    if placeholder.lower_ in lex.placeholder:
        return True
    day = syntax.dated(placeholder)
    return all(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (day is not None and c.i == day.i)
        for c in placeholder.children
    )


def stands_for_a_topic(subject: Token, lex: Lexicon) -> bool:
    """ "it", "this", or a bare "the plan": a word that stands for a topic named elsewhere."""
    return phrases.phrase_kind(subject, lex) == "ref"


def judged_thing(subject: Token, judge: Token, lex: Lexicon, contested: frozenset[str]) -> bool:
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
    person = word in pronouns.PERSONS or subject.ent_type_ == "PERSON"
    if person or subject.pos_ == "PROPN":
        # "he is proud of it", "she is sure that ..." tell the subject's own attitude, and "a
        # critic of it" too; "a disgrace to the office" judges him
        allowed = ("for", "to") if judge.pos_ == "NOUN" else ("for",)
        return not any(c.dep_ in ("prep", "ccomp") and c.lower_ not in allowed for c in judge.children)
    if subject.pos_ != "NOUN":
        return False
    if acts.act(subject, lex):
        return True  # a plan, a levy, a merger, a remark: named anywhere, it is something judged
    start, end = subject.left_edge.i, subject.i + 1
    return bool(keys.key(subject.doc[start:end].text) & contested)
