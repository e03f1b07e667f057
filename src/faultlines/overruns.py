"""Overruns: an entity the small model ran on over the clause its name is the subject of.

Now and then NER takes a name, the verb after it and the name after that for one entity ("Ines Kral
hit Ada Roos" an ORG, "Officers arrested Webb" a WORK_OF_ART), and the doer and the one acted on
are lost with it. A lower-case finite verb whose subject is inside the entity is no part of a name;
the entity ends before it. A capitalised verb is left alone: it belongs to a title ("A Change Is
Gonna Come") or a headline written in title case, where NER's reading is no worse than ours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.syntax import FINITE, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

OVERRUNS = "faultlines_overruns"


def register() -> None:
    """Make the component known to spaCy (once); ``nlp.add_pipe(OVERRUNS, after="ner")`` adds it."""
    from spacy.language import Language

    if not Language.has_factory(OVERRUNS):
        Language.component(OVERRUNS)(mend)


def mend(doc: Doc) -> Doc:
    """End each entity that runs over its subject's verb before that verb."""
    from spacy.tokens import Span

    kept, cut = [], False
    for ent in doc.ents:
        verb = _verb_of_its_subject(ent)
        if verb is None:
            kept.append(ent)
            continue
        cut = True
        if verb > ent.start:
            kept.append(Span(doc, ent.start, verb, label=ent.label))
    if cut:
        doc.ents = kept
    return doc


def _verb_of_its_subject(ent: Span) -> int | None:
    """The index of the first lower-case finite verb inside ``ent`` whose subject is before it in
    ``ent``; None when the entity holds no such clause."""
    return next(
        (
            tok.i
            for tok in ent[1:]
            if tok.tag_ in FINITE
            and tok.text.islower()
            and any(c.dep_ in SUBJECTS and ent.start <= c.i < tok.i for c in tok.children)
        ),
        None,
    )
