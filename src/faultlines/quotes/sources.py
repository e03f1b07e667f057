"""Source phrases: the noun phrase that says, from the subject of a cue and the phrases it heads.

The source is the subject noun phrase without what only describes it further: appositives
("Eva Lind, a former envoy, told") and relative clauses stay out, possessors ("Eva Lind's
government") and titles stay in, as news attribution corpora mark them.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from faultlines.quotes.cues import ADDRESSEE, NAMING, TOPIC, cue_kind, messages, tagged
from faultlines.quotes.found import Bounds, token_bounds
from faultlines.syntax import (
    after_dateline,
    agent,
    author,
    children,
    dateline,
    described_name,
    phrase_bounds,
    tree,
)
from faultlines.views import sentence_numbers, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Token

# Entity labels of phrases that say when, never who: "“…,” the mayor said Monday".
WHEN = {"DATE", "TIME"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A cue reached through these relations takes its subject from the verb it hangs on; "prep" is
# passed on the way up from a gerund ("criticized him for refusing"), "acomp" from an adjective
# ("was determined to warn").
CLIMB = {"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "dep", "prep", "acomp"}
NOMINAL = {"NOUN", "PROPN"}
RELATIVE = {"who", "which", "that"}
FINITE = {"VBD", "VBZ", "VBP"}
# Adjectives that judge a clause an "it" stands in for, never the "it" itself: in "it is worth
# noting", "it's safe to assume" or "it's hard to believe", nobody but the writer notes or assumes.
# "It was quick to point out" (a body that acts) stays the speaker's.
IMPERSONAL = frozenset(
    {
        "worth",
        "safe",
        "fair",
        "hard",
        "easy",
        "important",
        "impossible",
        "possible",
        "difficult",
        "accurate",
        "reasonable",
        "tempting",
        "interesting",
        "notable",
        "crucial",
    }
)


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` in its sentence (never across a line break: see nlp.py), from the
    governing verb for "…, saying" and "and added"."""
    cue, came_from = verb, verb
    for _ in range(4):
        if by := agent(verb):
            return by  # "was told by aides that …": the agent speaks, not the subject
        subjects = []
        dep = tree(verb.doc).dep
        for child in children(verb):  # indexes: most dependents are no subject, and need no Token
            if dep[child] == "nsubjpass" and verb is cue:
                return None  # "were told that …", "is expected to": the subject is told or talked about
            if dep[child] in SUBJECTS:
                subjects.append(verb.doc[child])
        if subjects:
            if _extraposed_it(subjects, verb, came_from):
                return None  # "it is worth noting that ...": the writer's own remark
            # "BUFFALO, N.Y. — …, coach Lea Berg expressed": a dateline is no subject beside one
            chosen = next((c for c in subjects if not dateline(c)), subjects[0])
            # "Port Board Chair Ada Roos said", "Lee's niece, state Del. Ada Roos, said": the parse
            # split one phrase, or a description and the name set beside it, into two subjects; the
            # name, the later, is who speaks. A person named first speaks whatever follows: in "adds
            # Ada Roos, head of Velmo Care Europe", the body is what her apposition ends in.
            if chosen.ent_type_ == "PERSON":
                return chosen
            later = (c for c in subjects if _next_to(chosen, c) and c.pos_ == "PROPN")
            return next(later, chosen)
        if verb.dep_ not in CLIMB or verb.head.i == verb.i:
            return _name_before(verb)
        if _misparsed_verb(verb.head):
            return _name_before(verb.head)
        if verb.dep_ == "acl" and (named := appositive_subject(verb)) is not None:
            return named
        if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL:
            return verb.head  # "a statement naming the winner": the noun it describes
        hung = verb.dep_ in ("advcl", "conj")
        came_from, verb = verb, verb.head
        if hung and _reported(verb):
            verb = verb.head  # "said the mine was sold, adding that …": the sayer adds, not the mine
    return None


def _extraposed_it(subjects: list[Token], verb: Token, came_from: Token) -> bool:
    """Whether the subject reached from a cue is an "it" standing in for a clause, the writer's
    remark whatever clause the cue sits in: "it is worth noting", "it's safe (and fair) to assume",
    "it goes without saying", "considering the cost, it's possible that ..."."""
    if len(subjects) != 1 or subjects[0].lower_ != "it" or came_from is verb:
        return False
    if verb.lemma_ == "go" and came_from.lower_ == "without":
        return True
    judged = [c for c in verb.children if c.dep_ == "acomp"]
    judged += [j for c in judged for j in c.conjuncts]  # "harsh but fair to say"
    return any(j.lower_ in IMPERSONAL for j in judged)


def appositive_subject(verb: Token) -> Token | None:
    """ "Ana Lind, the mayor's rival in the race, called for ...": finding no finite verb for the
    name, the small model hangs the cue on the last noun of its appositive; the name speaks."""
    if verb.i == 0 or verb.nbor(-1).text != "," or verb.sent.root.tag_ in FINITE:
        return None
    appositive = next((t for t in verb.ancestors if t.dep_ == "appos"), None)
    if appositive is None or appositive.head.pos_ != "PROPN" or appositive.head.i > verb.i:
        return None
    return appositive.head


def _next_to(first: Token, then: Token) -> bool:
    """Whether the phrase of ``then`` follows that of ``first`` at once, or after a comma alone."""
    gap = then.left_edge.i - first.right_edge.i
    return gap == 1 or (gap == 2 and first.doc[first.right_edge.i + 1].text == ",")


def _reported(verb: Token) -> bool:
    """A clause another cue reports: a second cue hung on it is the reporter's."""
    return verb.dep_ == "ccomp" and verb.head.i != verb.i and cue_kind(verb.head) is not None


def _name_before(verb: Token) -> Token | None:
    """A finite verb the parse left without a subject ("the Post Trump said that …"): the name before it."""
    if verb.i == 0 or not (verb.tag_ in FINITE or _misparsed_verb(verb)):
        return None
    before = verb.nbor(-1)
    named = (before.pos_ in ("PROPN", "PRON") or _misparsed_verb(verb)) and before.tag_ != "EX"  # not "there"
    sentence = sentence_numbers(verb.doc)  # Token.sent walks to the sentence's edges: its number does not
    return before if named and sentence[before.i] == sentence[verb.i] else None


def _misparsed_verb(tok: Token) -> bool:
    """ "Trump charges that …", "Trump avoids condemning …": the small model reads a sentence-opening
    name and a verb in -s as one noun phrase (the verb its plural head, or the name's object)."""
    if tok.tag_ != "NNS" or tok.i == 0 or tok.i - 1 != sentence_start(tok.doc, tok.i):
        return False
    before = tok.nbor(-1)
    linked = before.head.i == tok.i or tok.head.i == before.i
    return linked and before.text[:1].isupper() and before.pos_ in NOMINAL


def source_heads(subject: Token) -> list[Token]:
    """The heads of the source phrases of ``subject``, the one naming the speaker first.

    "an architect who said …": the noun names the speaker and the pronoun is the subject; corpora
    mark either. "The union released a statement condemning …": the union speaks through the
    statement. The speaker is resolved from the first source.
    """
    if dateline(subject) and (named := after_dateline(subject)):
        return source_heads(named)  # "OSLO -- Mayor Lind said": the parse made the place the subject
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        # "Harbor45, a super PAC that intends to …": the name, not its description, speaks
        antecedent = subject.head.head
        return list(dict.fromkeys([described_name(antecedent), antecedent, subject]))
    if _issued(subject) and (issuer := subject_of(subject.head)) is not None:
        return [*source_heads(issuer), subject]
    if (
        subject.pos_ == "NOUN"
        and subject.lemma_.lower() in messages()
        and (by := author(subject)) is not None
    ):
        return [*source_heads(by), subject]  # "the union's statement says", "the IMF report says"
    return [subject]


def _issued(noun: Token) -> bool:
    """ "The union released a statement condemning …", "Lee posted a video accusing …": the noun a
    participle describes was put out by the subject of the verb it hangs on; not the object of a
    verb of speech about it ("described as false a tweet …") or spoken to ("warned the mayor")."""
    if not any(c.dep_ == "acl" for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":  # "said at a news conference announcing …"
        return head.head.pos_ == "VERB"
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and puts_out(head)


def puts_out(verb: Token) -> bool:
    """Whether a verb's object is a thing it puts out: any verb but a cue, or a verb of speech
    whose object is neither what it speaks of nor whom it speaks to ("posted", "wrote", "tweeted")."""
    kind = cue_kind(verb)
    if kind is None:
        return True
    return kind == "speech" and verb.lemma_.lower() not in _speaking_of_or_to()


@cache
def _speaking_of_or_to() -> frozenset[str]:
    """Cue verbs whose object is what they speak of, what they name it, or whom they speak to."""
    return tagged(TOPIC) | tagged(NAMING) | tagged(ADDRESSEE)


def first_nominal(tokens: list[Token]) -> Token | None:
    """The first noun or pronoun of ``tokens`` that heads its phrase: the fallback source."""
    for t in tokens:
        if is_nominal_head(t) and not (t.head.pos_ in ("PROPN", "NOUN") and t.head.i > t.i):
            return t
    return None


def is_nominal_head(token: Token) -> bool:
    """A noun or pronoun that could name a speaker: not a date or time ("Monday", "this week")."""
    return token.pos_ in ("PROPN", "PRON", "NOUN") and token.ent_type_ not in WHEN


def phrase_span(head: Token) -> Bounds:
    """Character bounds of the phrase ``phrase_bounds`` gives; a possessor without its "'s" (the
    author of "the union's statement" is "the union")."""
    lo, hi = phrase_bounds(head)
    while hi - 1 > lo and head.doc[hi - 1].tag_ == "POS":
        hi -= 1
    return token_bounds(head.doc[lo], head.doc[hi - 1])
