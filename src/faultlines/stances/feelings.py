"""Stances told through how their holder feels about what someone did: "was pleased to see the
regulators investigate X" is for the investigating, "is dismayed that the council closed the
library" against the closing, "was shocked to see her statements" against them, "is worried that
the plan will raise rents" against the plan (and "sad that the deal failed" for the deal).

The feeling adjective's side is the one [noun] gives it with the preposition of a feeling ("pleased
with", "dismayed by"). A feeling about a state of things ("sad to see the storm hit", "worried that
prices could rise") takes no side: the thing felt must be an act of an actor (a name, a person or a
body doing it), a thing someone said or did ("her statements", "the decision") or what such a
deed brings about. The holder is the
one who feels so: the subject of the adjective, or of the verb a bare participle describes. A
feeling told by its cause ("the plan scares me", "the ruling angered the union") is read by
``caused``, which ``polarity`` calls on each verb of feeling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.stances import clauses, phrases, placeholders
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The prepositions that name what a feeling is about: "pleased with", "dismayed by", "angry about".
FELT_ABOUT = frozenset({"by", "with", "at", "about", "over", "in"})
# The speaker's own acts and the reader's: "glad I did", "happy that you will visit".
OWN = frozenset({"i", "we", "you"})


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every stance of ``doc`` stated as a feeling about an act or a thing said."""
    sides = _sides(lex)
    found, cols = [], columns(doc)
    # the word and its tag read off the columns: only the feeling words become Tokens
    for i in [i for i, word in enumerate(cols.lower) if word in sides]:
        if cols.tag[i] not in ("JJ", "VBN", "VBD"):
            continue
        tok, side = doc[i], sides[cols.lower[i]]
        if (holder := feeler(tok)) is None or (felt := _felt(tok, holder, lex)) is None:
            continue
        topic, phrase, sign = felt
        verb = tok.head if tok.dep_ == "acomp" else tok
        polarity = clauses.settle(side * sign, clauses.negated(verb), clauses.conditional(verb, lex))
        found.append(Expression(tok.i, polarity, topic.i, phrase, agent=holder.i))
    return found


_cache: tuple[Lexicon, dict[str, int]] | None = None


def _sides(lex: Lexicon) -> dict[str, int]:
    """Each feeling adjective and its side, from the [noun] rows with a preposition of feeling."""
    global _cache
    if _cache is None or _cache[0] is not lex:
        found: dict[str, int] = {}
        for words, sign in lex.noun.items():
            if len(words) == 2 and words[1] in FELT_ABOUT:
                found.setdefault(words[0], sign)
        _cache = (lex, found)
    return _cache[1]


def feeler(word: Token) -> Token | None:
    """Who feels so: the subject of "was pleased", of an active "alarmed that", or the noun a bare
    participle describes ("doctors, alarmed that X")."""
    if word.dep_ == "acomp" and word.head.pos_ in ("AUX", "VERB"):
        return clauses.child(word.head, ("nsubj",))
    if word.pos_ == "VERB" and (subject := clauses.child(word, ("nsubj", "nsubjpass"))) is not None:
        return subject
    if word.dep_ in ("acl", "amod") and word.head.pos_ in ("NOUN", "PROPN"):
        return word.head
    return None


def _felt(word: Token, holder: Token, lex: Lexicon) -> tuple[Token, phrases.Phrase, int] | None:
    """The act or thing said the feeling is about, its phrase kind and the sign of its wording."""
    sensing = next((c for c in word.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.sensing), None)
    if sensing is not None:
        act = clauses.child(sensing, ("ccomp",))
        if act is not None:
            return _act(act, holder, lex)
        thing = clauses.child(sensing, ("dobj",))
        return _thing(thing, lex) if thing is not None else None
    act = next((c for c in word.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    return _act(act, holder, lex) if act is not None else None


def _act(verb: Token, holder: Token, lex: Lexicon) -> tuple[Token, phrases.Phrase, int] | None:
    """An act of an actor other than the holder ("the council closed the library"), or what a
    deed brings about ("the plan will raise rents"); not a possibility of an actor's act ("he may
    lie"), a state ("she seems better") or a state of things ("prices rose")."""
    subject = clauses.child(verb, ("nsubj",))
    if subject is not None and _done(subject, lex):
        return _outcome(verb, subject, lex)
    if (
        subject is None
        or subject.lower_ in OWN
        or subject.lower_ == holder.lower_
        or not _actor(subject, lex)
    ):
        return None
    # "worried that he may lie" fears a possibility; "glad that she is here" tells a state
    if clauses.tentative(verb, lex) or verb.lemma_.lower() in lex.state or clauses.asked(verb):
        return None
    topic, phrase, sign = phrases.action_topic(verb, lex)
    if phrase is None:
        return None
    return topic, phrase, -sign if clauses.negated(verb) else sign


def _outcome(verb: Token, deed: Token, lex: Lexicon) -> tuple[Token, phrases.Phrase, int] | None:
    """What a deed is felt to bring about: "worried that the plan will raise rents" is against the
    plan, "sad that the bill failed" for it."""
    if verb.lemma_.lower() in lex.state or clauses.asked(verb):
        return None  # "the plan is costly" is read as a judgement of its own
    topic, phrase, sign = phrases.content(deed, lex)
    if phrase is None:
        return None
    return topic, phrase, -sign if fails(verb, lex) else sign


def fails(verb: Token, lex: Lexicon) -> bool:
    """Whether a deed is said not to come about: "the deal failed", "the talks will collapse", "the
    bill did not pass". What it does or fails to do to something is its own: "will hurt farmers",
    "does not require them to testify" are no failure of the deed."""
    if verb.lemma_.lower() in lex.omission or verb.lemma_.lower() in lex.failing:
        return True
    return clauses.negated(verb) and clauses.child(verb, ("dobj", "xcomp", "ccomp", "attr", "acomp")) is None


def _done(noun: Token, lex: Lexicon) -> bool:
    """A deed named as someone's or as a particular one: "the plan", "her pledge", "this move"."""
    return (
        noun.pos_ == "NOUN"
        and deed(noun.lemma_.lower(), lex)
        and clauses.child(noun, ("det", "poss")) is not None
    )


def deed(lemma: str, lex: Lexicon) -> bool:
    """A noun of something done, planned or said: "plan", "deal", "pledge", "withdrawal"."""
    return (
        lemma in lex.kind
        or lemma in lex.will_noun
        or lemma in lex.nominal
        or lex.generic.get(lemma) in ("ref", "said")
    )


def _thing(noun: Token, lex: Lexicon) -> tuple[Token, phrases.Phrase, int] | None:
    """A thing someone said or did, named as such ("her statements", "the council's decision")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or (lex.generic.get(lemma) not in ("ref", "said") and lemma not in lex.kind):
        return None
    topic, phrase, sign = phrases.content(noun, lex)
    return (topic, phrase, sign) if phrase in ("np", "vp") else None


def _actor(subject: Token, lex: Lexicon) -> bool:
    """A subject that acts: a name, a person pronoun, or a person or body named by its role."""
    from faultlines.actors.lexicon import generic_bodies, party_members
    from faultlines.stances.antecedents import person_roles

    if clauses.agentive(subject, lex):
        return True
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (
        lemma in generic_bodies() or lemma in person_roles() or subject.lower_ in party_members()
    )


def caused(tok: Token, lex: Lexicon) -> Expression | None:
    """ "The plan scares me": what makes the speaker feel so is what the speaker judges; "the move
    angered critics, including Lee", "the ruling delighted the union": what makes someone named
    feel so, what they judge."""
    if tok.pos_ != "VERB":
        return None
    polarity = lex.feeling.get(tok.lemma_.lower())
    if polarity is None:
        return None
    felt_by = clauses.child(tok, ("dobj",))
    subject = clauses.child(tok, ("nsubj",))
    if felt_by is None or subject is None or clauses.asked(tok):
        return None
    speaker = felt_by.lower_ in ("me", "us")
    if not speaker and felt_by.pos_ not in ("NOUN", "PROPN"):
        return None  # "it worries him": nobody named
    felt = placeholders.through_placeholder(subject, lex)
    if not speaker and not (clauses.agentive(felt, lex) or deed(felt.lemma_.lower(), lex)):
        return None  # "the storm scared residents": no one's deed
    topic, phrase, sign = phrases.content(felt, lex)
    if phrase is None:
        return None
    negated = clauses.negated(tok)
    polarity = clauses.settle(polarity * sign, negated, clauses.conditional(tok, lex))
    return Expression(tok.i, polarity, topic.i, phrase, agent=None if speaker else felt_by.i)
