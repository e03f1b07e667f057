"""Quote speakers and addressees resolved to actors.

A source span names its speaker directly ("Finance Minister Lars Eik"), through a possessive
("Prime Minister Eva Lind's government"), an appositive ("the witness, Rosa Lind"), a surname, a
title ("the secretary") or a pronoun; coreference has already linked all of those to clusters, so a
source resolves to the person cluster it mentions. Anonymous descriptors ("a senior official") and
unnamed organisations ("The company") resolve to no person. Continuation and headline quotes take
the speaker of the quote they inherit from, wherever it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon, titles
from faultlines.actors.coref import Cluster, Clusters

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from faultlines.model import Analysis, Quote


def source_cluster(source: Span, clusters: Clusters) -> Cluster | None:
    """The actor a source span refers to: a named or coreferent person first, else a named body."""
    root = source.root
    named = clusters.at.get(root.i)
    # "Borduria's foreign minister, Anna Petrov": the appositive names the speaker, not the possessor;
    # a source that is itself a person's name keeps it ("Rob Vance, President Ascom Nordic").
    if named is None or named.kind != "person":
        for child in root.children:
            if child.dep_ == "appos" and (c := clusters.at.get(child.i)) is not None and c.kind == "person":
                return c
    inside = clusters.within(source)
    people = [c for c in inside if c.kind == "person"]
    if people:
        # "Campaign spokesman Ada Moss" is Moss however the campaign is named; then "Eva Lind's government".
        return named if named in people else _possessor(source, clusters) or people[0]
    # A country only speaks when it heads the source: "the top British medical journal" is the journal.
    bodies = [c for c in inside if c.kind != "country" or clusters.at.get(root.i) is c]
    return bodies[0] if bodies else None


def _possessor(source: Span, clusters: Clusters) -> Cluster | None:
    """In "Eva Lind's government", the person who owns the source noun."""
    for child in source.root.children:
        if child.dep_ == "poss" and (c := clusters.at.get(child.i)) is not None and c.kind == "person":
            return c
    return None


def named_source(source: Span) -> str | None:
    """A person's name spelled out in a source that NER missed: proper nouns with no article ("Helen Park")."""
    words = [t for t in source if not t.is_punct]
    pre = titles.premodifier(source[len(source) - 2 : len(source)]) if len(source) > 2 else None
    if pre is not None:
        words = [t for t in words if t.i >= pre.end]
    names = [t.text for t in words if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if (
        len(names) < 2
        or len(names) != len(words)
        or lexicon.place(" ".join(names))
        or lexicon.body(" ".join(names))
    ):
        return None
    return " ".join(titles.strip_honorific(names))


def attribute(analysis: Analysis, doc: Doc, clusters: Clusters) -> dict[str, Cluster | None]:
    """Each quote id -> the cluster of its speaker (None: unresolved or anonymous)."""
    found: dict[str, Cluster | None] = {}
    for quote in analysis.quotes:
        found[quote.id] = _speaker(quote, doc, clusters)
    by_id = {q.id: q for q in analysis.quotes}
    for quote in analysis.quotes:
        if quote.inherits and found[quote.id] is None:
            found[quote.id] = _inherited(quote, by_id, found)
    return found


def _speaker(quote: Quote, doc: Doc, clusters: Clusters) -> Cluster | None:
    for source in quote.sources:
        span = doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        cluster = source_cluster(span, clusters)
        if cluster is not None:
            return cluster
        if (name := named_source(span)) is not None:
            cluster = Cluster("person", name, gender=titles.honorific_gender(span))
        elif (cluster := described(span)) is None:
            continue
        cluster.spans.append(span)
        clusters.add(cluster, span)
        return cluster
    return None


def described(source: Span) -> Cluster | None:
    """An unnamed but definite speaker: "the senator" (a person), "the environment agency" (a body).

    Only "the"/"this" descriptors: "a senior official" or "officials" are anonymous and stay unresolved.
    """
    root = source.root
    if source[0].lower_ not in ("the", "this") or root.pos_ != "NOUN" or root.tag_ == "NNS":
        return None
    words = source[1 : root.i - source.start + 1]
    if root.lower_ in lexicon.generic_bodies():
        return Cluster(
            "organisation", words.text, sector=lexicon.generic_bodies()[root.lower_], described=True
        )
    role = lexicon.roles().get(root.lower_)
    if role is None:
        return None
    name = f"the {words.text}"
    return Cluster("person", name, sector=role.sector, gender=role.gender, roles=[words.text], described=True)


def _inherited(quote: Quote, by_id: dict[str, Quote], found: dict[str, Cluster | None]) -> Cluster | None:
    seen = {quote.id}
    link = quote.inherits
    while link and link in by_id and link not in seen:
        seen.add(link)
        if found.get(link) is not None:
            return found[link]
        link = by_id[link].inherits
    return None


def addressee(name: str, clusters: Clusters) -> Cluster | None:
    """The cluster an addressee's name points at, by full name or surname."""
    wanted = lexicon.key(name)
    for cluster in clusters.items:
        if lexicon.key(cluster.name) == wanted or any(lexicon.key(s.text) == wanted for s in cluster.spans):
            return cluster
    last = wanted.split()[-1] if wanted else ""
    same = [c for c in clusters.persons() if c.surname == last]
    return same[0] if len(same) == 1 else None
