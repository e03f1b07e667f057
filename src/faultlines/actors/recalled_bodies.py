"""Bodies a bare definite description recalls where it acts: "Harbour Records ... The company denied
it", "was fined by the league". The speaker stage reads such descriptions only as sources of quotes;
as the subject of a clause, or the doer of a passive, they stand for the same body, and whoever later
asks who did or holds something (events, stances) finds it as one of that body's mentions.

The description is read as a source is (``antecedents.Reader``): the body set beside that noun or
whose name is built on it, else the one organisation (its sector fitting) that the nearest sentence
naming any names, when it names it as a subject. A description that recalls nothing named so, two
bodies at once ("Vell Bank and Apex met. The company ..."), or a body only spoken to or owning the
subject ("Lee told Apex", "an Apex report found"), stays nobody's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.antecedents import Reader
from faultlines.syntax import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.clusters import Clusters


def attach(doc: Doc, clusters: Clusters) -> None:
    """Add each acting bare "the <body noun>" to the named body it recalls."""
    reader: Reader | None = None  # built only for a document with such a description
    for tok in doc:
        span = _acting_description(tok, clusters)
        if span is None:
            continue
        reader = reader or Reader(doc, clusters)
        cluster = reader.recalled_body(span, tok, sole=True)
        if cluster is None:
            continue
        cluster.spans.append(span)
        clusters.add(cluster, span)


def _acting_description(tok: Token, clusters: Clusters) -> Span | None:
    """ "the company" of "the company denied it" or "was fined by the company": a body noun with only
    "the" before it, a clause's subject or a passive's doer, that no mention covers yet."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in lexicon.generic_bodies():
        return None
    acting = tok.dep_ in SUBJECTS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    if not acting or tok.i in clusters.at or tok.i in clusters.quoted:
        return None
    children = list(tok.children)
    if len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ != "the":
        return None
    return tok.doc[children[0].i : tok.i + 1]
