"""An act found on the parse, before the coder makes an Event of it: its word, its code, and the
parties, tense and negation read off the parse around that word."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.events import modality, parties, scan
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.lexicon import Code
    from faultlines.model import Tense


@dataclass(slots=True)
class Candidate:
    """An act found on the parse, before it becomes an Event."""

    pred: Token
    code: Code
    tense: Tense
    negated: bool
    sources: list[Token]
    targets: list[Token]
    depth: int
    secondary: bool = False
    # Already in PLOVER terms (a control verb's threat, a demand): not recoded for tense again.
    final: bool = False
    uses: list[Token] = field(default_factory=list)
    # Found by judging words (judgements.py), not by a verb or noun of an act.
    judged: bool = False
    # A demand said outright in a quote's sentence of its own (``demands.said_outright``): the
    # quote's speaker makes it.
    said: bool = False
    # The act an agreement promises ("willing to forgive", "agreed to withdraw"), kept beside it.
    promised: Code | None = None


def named_act(
    noun: Token,
    code: Code,
    tense: Tense,
    sources: list[Token],
    targets: list[Token],
    *,
    negated: bool = False,
) -> Candidate:
    """An act named by a noun ("talks between X and Y", "X's criticism of Y", "under investigation
    by X"), whose tense its own phrase already settled: a future clause around it is no promise."""
    return Candidate(noun, code, tense, negated, sources, targets, scan.depth(noun), final=True)


def of_verb(
    tok: Token,
    code: Code,
    *,
    uses: list[Token] | None = None,
    sources: list[Token] | None = None,
    targets: list[Token] | None = None,
    tense: Tense | None = None,
    anchor_depth: int | None = None,
    final: bool = False,
) -> Candidate:
    """The act a verb or predicate word tells, with the parties, tense and negation its parse gives
    unless the caller read them elsewhere (a control verb's doer, a demand's addressee)."""
    if targets is None:
        targets = targets_of(tok)
    if code.type == "ACCUSE":
        # "complained to the UN over Israeli raids": the one told is not the one accused.
        targets.sort(key=lambda t: t.head.lower_ == "to")
    return Candidate(
        pred=tok,
        code=code,
        tense=tense or modality.tense(tok),
        negated=modality.is_negated(tok),
        sources=sources if sources is not None else sources_of(tok),
        targets=targets,
        depth=anchor_depth if anchor_depth is not None else scan.depth(tok),
        final=final,
        uses=list(uses or []),
    )


def sources_of(tok: Token) -> list[Token]:
    """Candidates for the doer, best first: the subject, a doer named inside it ("Israeli tanks"),
    and for a pronoun in a reported clause the one reporting it."""
    subject = parties.subject(tok)
    if subject is None:
        return []
    extra = [m] if (m := parties.agent_modifier(subject)) is not None else []
    if subject.pos_ == "PRON":
        # "Borduria says it will not sign ...": a reported clause's pronoun is most often the
        # speaker, the fallback when the actors layer has not resolved the pronoun itself.
        extra += _speakers(tok)
    return [subject, *extra]


def _speakers(tok: Token) -> list[Token]:
    """The named subject of the verb of saying a clause is reported by."""
    while tok.dep_ in ("conj", "xcomp", "acomp") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ccomp":
        return []
    speaker = parties.subject(tok.head)
    return [speaker] if speaker is not None and speaker.pos_ != "PRON" else []


def targets_of(tok: Token) -> list[Token]:
    """Candidates for the one done to, best first: object, dative, prepositional objects (a place
    the act was done in among them), then the prepositional objects of an object noun ("sanctions
    on Iran")."""
    doc = tok.doc
    found, cols = syntax.tree(doc), columns(doc)  # indexes: only the candidates become Tokens
    dep, lower = found.dep, cols.lower
    out = parties.target_indexes(doc, tok.i)
    # "lifted the curfew in Sandor" is done to Sandor; "condemned it in a statement" to no statement
    places = [c for c in found.children(tok.i) if dep[c] == "prep" and lower[c] == "in"]
    out += [g for c in places for g in parties.prepositional_objects(doc, c)]
    for holder in (c for c in found.children(tok.i) if dep[c] in ("dobj", "nsubjpass")):
        for c in found.children(holder):
            if dep[c] == "prep" and (lower[c] in parties.TARGET_PREPS or lower[c] == "in"):
                out += parties.prepositional_objects(doc, c)
    return [doc[i] for i in dict.fromkeys(out)]
