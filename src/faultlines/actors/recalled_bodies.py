"""Bodies a bare definite description recalls where it acts: "Harbour Records ... The company denied
it", "was fined by the league", "the appeals court struck it down". The speaker stage reads such descriptions only as sources of quotes;
as the subject of a clause, or the doer of a passive, they stand for the same body, and whoever later
asks who did or holds something (events, stances) finds it as one of that body's mentions.

The description is read as a source is (``antecedents.Reader``): the body set beside that noun or
whose name is built on it, else the one organisation (its sector fitting) that the nearest sentence
naming any names, when it names it as a subject; with words before the noun, only the one body named
before with those words and that noun. A description that recalls nothing named so, two
bodies at once ("Vell Bank and Apex met. The company ..."), or a body only spoken to or owning the
subject ("Lee told Apex", "an Apex report found"), stays nobody's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import descriptions, lexicon
from faultlines.actors.antecedents import Reader
from faultlines.actors.nouns import nouns
from faultlines.syntax import SUBJECTS
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.clusters import Clusters


def attach(doc: Doc, clusters: Clusters) -> None:
    """Add each acting bare "the <body noun>" to the named body it recalls."""
    reader: Reader | None = None  # built only for a document with such a description
    kinds, lower = lexicon.generic_bodies(), columns(doc).lower
    # read from the columns first: few nouns are body nouns, and only they are made Tokens
    for i in [i for i in nouns(doc) if lower[i] in kinds]:
        tok = doc[i]
        span = _acting_description(tok, clusters)
        if span is None:
            continue
        reader = reader or Reader(doc, clusters)
        if len(span) > 2:  # "the appeals court": only the one body named with those words
            cluster = reader.named_by_words(span, tok)
        else:
            cluster = reader.recalled_body(span, tok, sole=True)
        if cluster is None:
            continue
        cluster.spans.append(span)
        clusters.add(cluster, span)


def _acting_description(tok: Token, clusters: Clusters) -> Span | None:
    """ "the company" of "the company denied it" or "was fined by the company": a body noun with
    "the" before it (and maybe words saying which: "the appeals court", "the court of appeals"), a
    clause's subject or a passive's doer, that no mention covers yet."""
    if tok.tag_ not in ("NN", "NNP") or not descriptions.body_noun(tok):
        return None
    acting = tok.dep_ in SUBJECTS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    if not acting or tok.i in clusters.at or tok.i in clusters.quoted:
        return None
    children = list(tok.children)
    if not children or children[0].dep_ != "det" or children[0].lower_ != "the":
        return None
    before = [c for c in children[1:] if c.i < tok.i]
    after = [c for c in children if c.i > tok.i]
    if any(c.dep_ not in ("compound", "amod") for c in before) or any(c.lower_ != "of" for c in after):
        return None  # words after the noun only as "the court of appeals"
    return tok.doc[children[0].i : tok.right_edge.i + 1]
