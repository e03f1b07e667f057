"""Whose subject a clause without one of its own takes: a verb joined to one with a subject ("Lee
criticised X but refused to Y"), a participle set beside a clause ("Lee spoke to farmers, promising
X"), a gerund after a preposition of time or means ("after backing X, Lee ..."), the antecedent of a
relative "who", and the subject of a main verb the small parser took for a modifier or lent to an
infinitive hung before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors.lexicon import generic_bodies
from faultlines.quotes import cues
from faultlines.stances import clauses
from faultlines.stances.antecedents import person_roles

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose gerund is done by the subject of the verb they hang on, and done in fact:
# "after backing X", "by backing X", "in backing X" (not "without backing X", nor "for backing X",
# the charge).
ADJUNCT_PREPOSITIONS = frozenset({"after", "before", "by", "in", "while", "since", "upon", "despite", "when"})
# Prepositions naming whom one speaks or writes to: "spoke to reporters", "testified before lawmakers".
AUDIENCE_PREPOSITIONS = frozenset({"to", "before"})


def shared(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is joined to when it has none of its own: Lee, for
    "refused" in "Lee criticised the levy but refused to scrap it"."""
    own = clauses.child(verb, ("nsubj",))
    if own is not None or verb.dep_ != "conj":
        return own
    # not a copula's: in "said Lee was a con and urged X" the parse joins "urged" to "was"
    first = syntax.first_conjunct(verb)
    return clauses.child(first, ("nsubj",)) if first.pos_ == "VERB" else None


def adjunct_subject(verb: Token) -> Token | None:
    """The subject of the clause a participle with none of its own hangs on: Lee, in "Lee spoke to
    farmers, promising to scrap the levy", "Lee spoke while showing support for the dam", and after
    a preposition of time or means, "after criticising the levy, Lee said she would wait", "Lee
    replied by praising the dam". Also the subject the parse gave an infinitive it hung before a verb
    with none: in "the two states to have signed the pact criticised X", "states" is made the subject
    of "to have signed"."""
    if clauses.child(verb, clauses.SUBJECTS) is not None:
        return None
    if verb.tag_ == "VBG":
        return _gerund_subject(verb)
    if main_verb_read_as_modifier(verb):
        return verb.head
    before = next((c for c in verb.children if lends_subject(c)), None)
    return clauses.child(before, ("nsubj",)) if before is not None else None


def _gerund_subject(verb: Token) -> Token | None:
    """The subject of the clause a gerund adjunct hangs on, directly or through a preposition of time
    or means; a noun's ("her record of backing X") is no clause."""
    clause = verb.head
    if verb.dep_ == "pcomp" and clause.lower_ in ADJUNCT_PREPOSITIONS and clause.dep_ == "prep":
        clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return None
    elif verb.dep_ != "advcl":
        return None
    subject = clauses.child(syntax.first_conjunct(clause), ("nsubj",))
    return relative_antecedent(subject) if subject is not None else None


def main_verb_read_as_modifier(verb: Token) -> bool:
    """Whether the parse made a sentence's main verb, in the past tense, a modifier of its subject,
    which it then took for the whole sentence: "Three senators, Lee, Kim and Ruiz, called for X",
    with "senators" the root. A passive with its doer ("the bill signed by Lee") is a modifier."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and head.pos_ in ("NOUN", "PROPN")
        and clauses.child(verb, ("agent",)) is None
    )


def lends_subject(clause: Token) -> bool:
    """Whether ``clause`` is an infinitive the parse hung before a finite verb with no subject, and
    gave that verb's subject: "to have signed the pact" in "the two states to have signed the pact
    criticised X" describes the states, and states no side of theirs."""
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subject = clauses.child(clause, ("nsubj",))
    return (
        subject is not None
        and subject.i < clause.i
        and "to" in clauses.auxiliaries(clause)
        and not clauses.child(verb, clauses.SUBJECTS)
    )


def audience_speaker(verb: Token) -> Token | None:
    """Who speaks or writes to an audience the parse hung a participle on: Lee, in "Lee spoke to
    reporters defending X", "Lee spoke before senators defending X" (the audience read as the
    participle's subject), "Lee sent a letter to senators opposing X"; not "Lee met farmers
    opposing X", whom she did not address."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        prep = verb.head.head
    elif (
        verb.dep_ == "pcomp"
        and (audience := clauses.child(verb, ("nsubj",))) is not None
        and audience.pos_ == "NOUN"
    ):
        prep = verb.head
    else:
        return None
    speaker = prep.head
    if prep.lower_ not in AUDIENCE_PREPOSITIONS or prep.dep_ != "prep" or speaker.pos_ != "VERB":
        return None
    sent = clauses.child(speaker, ("dobj",))
    # a verb of talking ("spoke to reporters"), not one answering ("responded to queries seeking X")
    if speaker.lemma_.lower() not in cues.tagged(cues.TALK) and (sent is None or sent.pos_ != "NOUN"):
        return None
    subject = clauses.child(speaker, ("nsubj",))
    return relative_antecedent(subject) if subject is not None else None


def relative_antecedent(subject: Token) -> Token:
    """ "who" in "Cruz, who refused to endorse him" is Cruz; so is the "who" of a description set
    beside the name ("Cruz, a senator who refused to endorse him")."""
    clause = subject.head
    while clause.dep_ == "xcomp":
        clause = clause.head
    if not syntax.relative_pronoun(subject) or clause.dep_ != "relcl":
        return subject
    antecedent = clause.head
    if (named := syntax.described_name(antecedent)) != antecedent:
        return named
    # "Cruz is a senator who refused to endorse him": a person's description ("who") is the person's,
    # not a thing's ("the Chromecast is the only device that supports 4K")
    described = clauses.child(antecedent.head, ("nsubj",)) if antecedent.dep_ == "attr" else None
    if (
        described is not None
        and subject.lower_ == "who"
        and (described.pos_ == "PROPN" or described.lower_ in ("he", "she"))
    ):
        return described
    return _counted_among(antecedent) or _named_before(subject, antecedent) or antecedent


def _named_before(subject: Token, antecedent: Token) -> Token | None:
    """The name right before ", who" where the parse hung the clause on a thing named with it:
    "talks between his government and the Vesta Front, who refused to negotiate" are the Front's."""
    doc = subject.doc
    if subject.lower_ != "who" or subject.i < 2 or doc[subject.i - 1].text != ",":
        return None
    name = doc[subject.i - 2]
    if (
        name.pos_ != "PROPN"
        or antecedent.pos_ != "NOUN"
        or antecedent.lemma_.lower() in person_roles()
        or clauses.child(antecedent, ("appos",)) is not None
        or antecedent not in name.ancestors
    ):
        return None
    return name


def _counted_among(group: Token) -> Token | None:
    """Who is counted among a group a relative clause describes: Lee, in "Lee was among those who
    opposed X" and in "Lee was one of three members who voted against X"."""
    among = group.head
    if group.dep_ != "pobj" or among.lower_ not in ("among", "of"):
        return None
    verb = among.head
    if among.lower_ == "of":  # "one of the members": the number is what the subject is
        if verb.dep_ != "attr" or not verb.like_num:
            return None
        verb = verb.head
    return clauses.child(verb, ("nsubj",)) if verb.lemma_ == "be" else None


def reporting_body(subject: Token) -> bool:
    """An "it" that is the body saying it will act: "Velmo Bank said it would scrap the quotas",
    "the ministry announced that it will close the office"; said of a person ("Lee said it will
    pass"), or by no one named, "it" is a thing."""
    clause = subject.head
    if subject.lower_ != "it" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues.lexicon():
        return False
    body = clauses.child(clause.head, ("nsubj",))
    return body is not None and (
        (body.pos_ == "PROPN" and body.ent_type_ in ("ORG", "GPE", "NORP"))
        or body.lemma_.lower() in generic_bodies()
    )


def in_subject(tok: Token) -> bool:
    """Whether a name is (part of) a clause's subject: "Kim" in "Ann Kim was right"; not of a relative
    clause, which describes something else ("Lee did all the things right that Kim did wrong")."""
    while tok.dep_ in ("compound", "flat", "appos"):
        tok = tok.head
    return tok.dep_ in syntax.SUBJECTS and tok.head.dep_ != "relcl"
