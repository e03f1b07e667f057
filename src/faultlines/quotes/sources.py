"""Source phrases: the noun phrase that says, and the name a speaker goes by.

The source is the subject noun phrase without what only describes it further: appositives
("Ron Dermer, a former ambassador, told") and relative clauses stay out, possessors ("Eva Lind's
government") and titles stay in, as news attribution corpora mark them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Dependents that describe a source rather than name it.
DESCRIBING = {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "dep"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A cue reached through these relations takes its subject from the verb it hangs on; "prep" is
# passed on the way up from a gerund ("criticized him for refusing").
CLIMB = {"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "dep", "prep"}
NOMINAL = {"NOUN", "PROPN"}


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` in its paragraph, from the governing verb for "…, saying" and "and added"."""
    cue = verb
    for _ in range(4):
        if agent := _agent(verb):
            return agent  # "was told by aides that …": the agent speaks, not the subject
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return child if _same_paragraph(child, cue) else None
        if verb.dep_ not in CLIMB or verb.head.i == verb.i or not _same_paragraph(verb.head, cue):
            return None
        if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL:
            return verb.head  # "a statement announcing the pick": the noun it describes
        verb = verb.head
    return None


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return "\n" not in a.doc[lo : hi + 1].text


def first_nominal(tokens: list[Token]) -> Token | None:
    """The first noun or pronoun of ``tokens`` that heads its phrase: the fallback source."""
    for t in tokens:
        if t.pos_ in ("PROPN", "PRON", "NOUN") and not (t.head.pos_ in ("PROPN", "NOUN") and t.head.i > t.i):
            return t
    return None


def _agent(verb: Token) -> Token | None:
    """The agent of a passive cue: "was endorsed by the union"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase headed by ``head``, descriptions left out."""
    left, right = head.i, head.i
    for child in head.children:
        if child.dep_ in DESCRIBING:
            continue
        lo, hi = phrase_bounds(child)
        left, right = min(left, lo), max(right, hi - 1)
    return left, right + 1


def speaker_name(source: SpacySpan) -> str:
    """The person named in a source phrase ("Eva Lind"), the organisation it is, or the phrase itself."""
    for ent in source.ents:
        if ent.label_ == "PERSON":
            return ent.text
    for ent in source.ents:
        if ent.start <= source.root.i < ent.end:
            return ent.text
    names = [t for t in source if t.pos_ == "PROPN"]
    if names and names[-1].i - names[0].i == len(names) - 1:
        return source.doc[names[0].i : names[-1].i + 1].text  # one run of proper nouns
    return source.text
