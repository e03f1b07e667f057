"""Quote speakers and addressees resolved to actors.

A source span names its speaker directly ("Finance Minister Lars Eik"), through a possessive office
("Prime Minister Eva Lind's government", "her office"), an appositive ("the witness, Rosa Lind"), a
surname, a title ("the secretary") or a pronoun; coreference has already linked those to clusters.
What it does not name, the reader resolves (``antecedents``: "it said", "the company", "the
56-year-old"), and what nobody names speaks as described (``descriptions``: "officials", "a
spokeswoman for Eva Lind", "Volker and Morrison" as one group). Continuation and headline quotes
take the speaker of the quote they inherit from, wherever it stands. On a letters page, "I" is
the writer who signs the letter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import letters, pronouns, syntax, views
from faultlines.actors import descriptions, labels, lexicon, titles
from faultlines.actors.antecedents import Reader
from faultlines.actors.clusters import Cluster, Clusters
from faultlines.actors.mention import ACTOR_LABELS, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.model import Analysis, Quote


# Entity labels of bodies and places: nobody is in apposition to them.
BODY_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def source_cluster(source: Span, clusters: Clusters) -> Cluster | None:
    """The named actor a source span refers to: the one it is headed by or in apposition with, a person
    whose office speaks ("Eva Lind's government", "her office"); None for a description of someone
    else ("a spokeswoman for Eva Lind", "Google's lawyers", "the EU's top court")."""
    root = source.root
    named = clusters.at.get(root.i)
    if named is not None and named.kind == "person":
        return named
    # "Borduria's foreign minister, Anna Petrov": the appositive names the speaker, not the possessor;
    # "The group that owns the label, Big Machine": a body too.
    beside = [c for child in root.children if child.dep_ == "appos" and (c := _appositive(child, clusters))]
    beside += _misplaced_appositive(source, clusters)
    beside.sort(key=lambda c: c.kind != "person")
    if beside and (named is None or beside[0].kind == "person"):
        return beside[0]
    if named is not None:
        return named
    body = root.lower_ in lexicon.generic_bodies()
    # "Greenpeace, a group that opposes the dam": the description set beside a name speaks as it (a
    # body's description beside a person's name is the parse's slip: "Lee, who heads X, a group that")
    if root.dep_ == "appos" and _described(root) and (described := clusters.at.get(root.head.i)) is not None:
        return described if described.kind != "country" and (described.kind == "person") != body else None
    if _described(root):
        return _possessor(source, clusters) if body else None
    inside = clusters.within(source)
    people = [c for c in inside if c.kind == "person"]
    if people:
        # "Campaign spokesman Ada Moss" is Moss however the campaign is named; then "Eva Lind's government".
        return _possessor(source, clusters) or people[0]
    # A country only speaks when it heads the source: "the leading Danish farm weekly" is the journal.
    bodies = [c for c in inside if c.kind != "country" or clusters.at.get(root.i) is c]
    return bodies[0] if bodies else None


def _misplaced_appositive(source: Span, clusters: Clusters) -> list[Cluster]:
    """ "A geologist at the Institute of Mines, Ola Berg, said": the parse hangs the name right after
    the source on the body the description ends with, but no person stands in apposition to a body
    or place, so it names the one described. A name beside a role ("a spokeswoman for the premier,
    Eva Lind") is the premier's."""
    if source.root.pos_ != "NOUN":
        return []
    found = []
    for tok in (c for head in source if head.ent_type_ in BODY_LABELS for c in head.children):
        if tok.dep_ != "appos" or not 0 <= tok.left_edge.i - source.end <= 1:
            continue
        if (cluster := clusters.at.get(tok.i)) is not None and cluster.kind == "person":
            found.append(cluster)
    return found


def _described(root: Token) -> bool:
    """A source headed by a common noun or a role ("officials", "High Commissioner") that no name covers."""
    return root.pos_ == "NOUN" or bool(lexicon.roles().get(root.lower_))


def _appositive(child: Token, clusters: Clusters) -> Cluster | None:
    """The actor an appositive names: a known cluster, or proper nouns NER left untagged ("Big Machine")."""
    found = clusters.at.get(child.i)
    if found is not None:
        return found if found.kind != "country" else None
    words = [t for t in child.subtree if t.i <= child.i and t.dep_ in ("compound", "appos")]
    if child.pos_ != "PROPN" or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    span = child.doc[words[0].i : child.i + 1]
    if lexicon.place(span.text) is not None or not _described(child.head):
        return None
    kind = "organisation" if child.head.lower_ in lexicon.generic_bodies() else "person"
    cluster = clusters.named(span.text) or Cluster(kind, span.text)
    cluster.spans.append(span)
    clusters.add(cluster, span)
    return cluster


def _possessor(source: Span, clusters: Clusters) -> Cluster | None:
    """In "Eva Lind's government", the person who owns the source noun."""
    for child in source.root.children:
        if child.dep_ == "poss" and (c := clusters.at.get(child.i)) is not None and c.kind == "person":
            return c
    return None


def named_source(source: Span) -> str | None:
    """A person's name spelled out in a source that NER missed: proper nouns with no article ("Helen
    Park"), or a name the model tagged as no actor heading a speaking subject ("the top-seeded Ivanov")."""
    words = [t for t in source if not t.is_punct]
    pre = titles.premodifier(source[len(source) - 2 : len(source)]) if len(source) > 2 else None
    # "Mayor Ines Varga", but not "a spokeswoman for Mayor Ines Varga", whose head is the spokeswoman.
    if pre is not None and source.root.i >= pre.end:
        words = [t for t in words if t.i >= pre.end]
    names = [t.text for t in words if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if len(names) < 2 or len(names) != len(words):
        names = _untagged_subject(source)
    if not names or lexicon.place(" ".join(names)) or lexicon.body(" ".join(names)):
        return None
    return " ".join(titles.strip_honorific(names))


def untagged_body(source: Span) -> Span | None:
    """The name of a body NER left untagged heading its source: the capitalised words up to a head
    that names a kind of body ("the Harbor and Dock Tenants Coalition wants", "the Velmora Bank said")."""
    root = source.root
    if root.pos_ != "PROPN" or root.ent_type_ in ACTOR_LABELS:
        return None
    doc, start = root.doc, root.i
    while start > source.start and _name_word(doc[start - 1]):
        start -= 1
    while start < root.i and not doc[start].text[:1].isupper():
        start += 1  # "and" or "'s" opens no name
    name = doc[start : root.i + 1]
    return name if labels.body_name(name) else None


def _person(name: str, source: Span) -> Cluster:
    """A person a source names whom NER missed, with the gender an honorific states."""
    gender = titles.honorific_gender(source)
    return Cluster("person", name, gender=gender, stated=gender)


def _name_word(tok: Token) -> bool:
    """A word of a body's name: capitalised, or joining capitalised words ("Coast and Harbor", "Attorney's")."""
    return tok.pos_ != "DET" and (
        tok.text[:1].isupper() or tok.lower_ in ("and", "of", "&") or tok.tag_ == "POS"
    )


def _untagged_subject(source: Span) -> list[str]:
    """The proper nouns heading a subject source that NER tagged as no actor (or not at all)."""
    root = source.root
    if root.pos_ != "PROPN" or not root.dep_.startswith("nsubj") or root.ent_type_ in ACTOR_LABELS:
        return []
    names = [t.text for t in source if t.i == root.i or (t.i < root.i and t.dep_ == "compound")]
    return names if all(n[:1].isupper() for n in names) else []


def attribute(analysis: Analysis, doc: Doc, clusters: Clusters) -> dict[str, Cluster | None]:
    """Each quote id -> the cluster of its speaker (None: no source names anyone)."""
    reader = Reader(doc, clusters)
    found: dict[str, Cluster | None] = {}
    # In text order, so a description or a pronoun finds the speakers made before it.
    for quote in sorted(analysis.quotes, key=lambda q: q.sources[0].start if q.sources else -1):
        found[quote.id] = _speaker(quote, doc, clusters, reader)
    by_id = {q.id: q for q in analysis.quotes}
    for quote in analysis.quotes:
        if quote.inherits and found[quote.id] is None:
            found[quote.id] = _inherited(quote, by_id, found)
    return found


def _speaker(quote: Quote, doc: Doc, clusters: Clusters, reader: Reader) -> Cluster | None:
    for source in quote.sources:
        span = views.char_span(doc, source.start, source.end, "expand")
        if span is None or not len(span):
            continue
        # "I think ..." in a reader's letter is the letter's writer
        if span.root.lower_ in pronouns.FIRST_PERSON_WORDS and (
            writer := letters.writer(doc, span.start_char, clusters.at)
        ):
            return writer
        group = descriptions.coordinated(span, clusters, lambda part: _named(part, clusters, reader))
        if group is not None:
            # Speakers together, each an actor of their own: the quote names them all, no new actor.
            reader.add(group, span)
            return group
        if descriptions.partial(span.root):
            # "some Democrats said": some of the party's members, who speak for none of it
            body, cluster = None, Cluster("group", descriptions.as_written(span), described=True)
        else:
            # An untagged body's name is the body, not an entity tagged inside it ("Central" of "the
            # Central Growers Coalition"); a body named whole already is itself ("the Alliance for ...").
            body = untagged_body(span) if span.root.i not in clusters.at else None
            cluster = (
                None if body is not None else _named(span, clusters, reader) or _labelled(span, clusters)
            )
        if cluster is None:
            if body is not None:
                cluster = clusters.named(body.text) or Cluster("organisation", body.text)
            elif (name := named_source(span)) is not None:
                cluster = clusters.named(name) or _person(name, span)
            elif (cluster := _named_body(span, clusters) or descriptions.described(span)) is None:
                continue
            cluster.country = cluster.country or _placed(span, clusters)
        # a source headed by another actor's name is no mention of the one set beside it by a slip of
        # the parse ("the Union, which its chief, Ada Lind, called ...": Lind is not the Union)
        unclaimed = span.start not in clusters.at and clusters.at.get(span.root.i) in (None, cluster)
        if cluster not in clusters.items or cluster.described or unclaimed:
            cluster.spans.append(span)
            clusters.add(cluster, span)
        reader.add(cluster, span, descriptions.head_noun(span))
        return cluster
    return None


def _named(span: Span, clusters: Clusters, reader: Reader) -> Cluster | None:
    cluster = source_cluster(span, clusters)
    if cluster is not None and cluster.kind != "person" and _person_role(span.root):
        # "China's ambassador" is the envoy the story names, not the country's collective.
        return reader.refer(span) or cluster
    return cluster or reader.refer(span)


def _labelled(source: Span, clusters: Clusters) -> Cluster | None:
    """A transcript's label in capitals ("PENCE:") names the one person of that surname."""
    if len(source) != 1 or len(source.text) < 2 or not source.text.isupper():
        return None
    same = [c for c in clusters.persons() if c.surname == source.text.lower()]
    return same[0] if len(same) == 1 else None


def _placed(source: Span, clusters: Clusters) -> str | None:
    """The country a description places its speaker in, over the whole phrase the source heads ("a
    newspaper based in east Beirut") but not a clause about something else ("officials who met ...")."""
    root = source.root
    doc, cols = root.doc, views.columns(root.doc)
    skip = {t for c in syntax.children(root) if cols.dep[c] == "relcl" for t in syntax.subtree(doc[c])}
    for i in syntax.ordered_subtree(root):
        if i in skip:
            continue
        found = clusters.at.get(i)
        if found is not None and found.kind == "country":
            return found.country
        # a city is no mention of its country ("based in Oslo"), but places the speaker there
        if found is None and cols.ent_type[i] == "GPE" and (place := lexicon.place(cols.text[i])) is not None:
            return place.country
    return None


def _named_body(source: Span, clusters: Clusters) -> Cluster | None:
    """A party, a people or a body the tables do not know, heading its source: "The Democrats"; the
    actor of that name if the document has one."""
    root = source.root
    if root.pos_ != "PROPN" or root.ent_type_ not in ("ORG", "NORP"):
        return None
    doc, start, end = root.doc, root.i, root.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start < root.i and doc[start].pos_ == "DET":
        start += 1
    name = doc[start:end].text
    return clusters.named(name) or Cluster("group" if root.tag_ == "NNPS" else "organisation", name)


def _person_role(root: Token) -> bool:
    word = root.lower_
    return root.tag_ == "NN" and word not in lexicon.generic_bodies() and bool(lexicon.roles().get(word))


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
        if lexicon.key(cluster.name) == wanted or any(
            lexicon.key(views.span_text(s)) == wanted for s in cluster.spans
        ):
            return cluster
    same = [c for c in clusters.persons() if c.surname == surname(wanted)]
    return same[0] if len(same) == 1 else None
