"""In-document coreference: mentions grouped into clusters, one per actor.

Full name <-> surname <-> title-only mention ("the secretary", ``title_mentions``) <-> pronoun
(``pronouns``). Names cluster on the gazetteer entry, else the full name, and a bare surname joins the
named person it abbreviates. A person's gender comes from the gazetteer, an honorific, a gendered role
noun or the given name (given-names.tsv); their country and sector from their roles.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines import nlp
from faultlines.actors import lexicon, pronouns, title_mentions, titles
from faultlines.actors.clusters import Cluster, Clusters
from faultlines.quotes.marks import find_marks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.gazetteer import Entry
    from faultlines.actors.mention import Mention


def build(mentions: list[Mention], doc: Doc) -> Clusters:
    clusters = Clusters()
    by_key: dict[str, Cluster] = {}
    people: list[Cluster] = []
    # Full names first, so a surname seen before its full name (a headline) still finds it.
    ordered = sorted(mentions, key=_bare)
    for m in ordered:
        namesake = _by_alias_surname(m, people) if _bare(m) else None
        if namesake is not None and not _may_be(namesake, m.entry):
            if _other_gender(namesake, m):
                namesake = None  # "Obama" beside "Michelle Obama" is the Obama the alias names
            else:
                m = _unlisted(m)  # "Mr. Rubio" after "Luis Rubio" is Luis, not the Rubio the alias names
        cluster = namesake or by_key.get(_key(m)) or (_by_surname(m, people) if m.kind == "person" else None)
        if cluster is None:
            cluster = Cluster(m.kind, m.name)  # its country, sector, gender and entry: absorbed below
            by_key[_key(m)] = cluster
            if m.kind == "person":
                people.append(cluster)
        cluster.absorb(m)
        clusters.add(cluster, m.span)
    clusters.items.sort(key=lambda c: min(s.start for s in c.spans))
    for cluster in clusters.items:
        if cluster.kind == "country":
            cluster.name = _country_name(cluster)
    for cluster in clusters.persons():
        _add_roles(cluster)
        if cluster.sector is None and (
            role := next(filter(None, map(titles.interviewer, cluster.spans)), None)
        ):
            cluster.sector = "JRN"
            if role not in cluster.roles:
                cluster.roles.append(role)
    _home_country(clusters, doc)
    clusters.sent_of = sent_of = nlp.sentence_numbers(doc)
    clusters.quoted = _quoted_tokens(doc)
    title_mentions.link(clusters, doc, sent_of)
    pronouns.link(clusters, doc, sent_of)
    return clusters


def _country_name(cluster: Cluster) -> str:
    """A country as the article names it: the table's name if the article uses it, else the name or
    everyday short name it uses most ("Britain", "UK"). Demonyms and cities never name it; the actor's
    id stays the country's, so the same country is one actor in every article."""
    own = lexicon.key(cluster.name)
    said: list[str] = []
    for span in cluster.spans:
        place = lexicon.place(span.text)
        if place is None or place.country != cluster.country or not (place.is_name or place.is_variant):
            continue
        if lexicon.key(span.text) == own:
            return cluster.name
        said.append(span.text[4:] if span.text[:4].lower() == "the " else span.text)
    return max(said, key=said.count) if said else cluster.name


def _key(m: Mention) -> str:
    if m.entry is not None:
        return "g:" + m.entry.id
    if m.kind == "country":
        return "c:" + (m.country or m.name)
    return f"{m.kind}:{lexicon.key(m.name)}"


def _bare(m: Mention) -> bool:
    """A person named by one word: an unknown surname, or a gazetteer alias such as "Clinton"."""
    return m.kind == "person" and (len(m.span) == 1 or (len(m.name.split()) < 2 and m.entry is None))


def _by_alias_surname(m: Mention, people: list[Cluster]) -> Cluster | None:
    """The one person named in full whose surname this gazetteer alias is: "Clinton" after
    "Hillary Clinton" is her, not the entry the alias names on its own."""
    if m.entry is None:
        return None
    surname = m.span.text.lower()
    same = [c for c in people if c.surname == surname]
    return same[0] if len(same) == 1 else None


def _may_be(cluster: Cluster, entry: Entry | None) -> bool:
    """Whether the person a cluster names in full may be the one a surname alias names: one the
    gazetteer knows, or one with a given name the alias's entry uses ("Bill Clinton" may be
    "Clinton"'s William Jefferson Clinton; an unknown "Luis Rubio" is not "Rubio"'s Marco Rubio)."""
    if cluster.entry is not None or entry is None:
        return True  # "Clinton" after "Hillary Clinton" is her
    given = cluster.name.split()[0].lower()
    return any(given in name.lower().split() for name in (entry.name, *entry.aliases))


def _other_gender(cluster: Cluster, m: Mention) -> bool:
    """A mention whose gender (its honorific's, or its entry's) is not the named person's."""
    theirs = cluster.gender or _given_gender(cluster.name)
    return theirs is not None and m.gender is not None and theirs != m.gender


def _unlisted(m: Mention) -> Mention:
    """The mention as a plain surname, the gazetteer entry its alias names set aside."""
    return replace(
        m,
        kind="person",
        name=m.span[-1].text,
        country=None,
        sector=None,
        entry=None,
        gender=titles.honorific_gender(m.span),
    )


def _by_surname(m: Mention, people: list[Cluster]) -> Cluster | None:
    """The named person a bare surname (or a differently spelled full name) abbreviates."""
    same = [
        c for c in people if c.surname == m.surname and (len(m.name.split()) == 1 or len(c.name.split()) == 1)
    ]
    if len(same) > 1 and m.gender:  # "Mrs. Clinton" in a story of two Clintons
        same = [c for c in same if (c.gender or _given_gender(c.name)) == m.gender]
    if not same and len(m.name.split()) == 1:
        # Family name first ("Liu" of "Liu Xiaoming"), or a given name alone: the one person it opens.
        same = [c for c in people if len(c.name.split()) > 1 and c.name.split()[0].lower() == m.surname]
    return same[0] if len(same) == 1 else None


def _add_roles(cluster: Cluster) -> None:
    for span in cluster.spans:
        pre = titles.premodifier(span)
        for role in ([pre] if pre is not None else []) + titles.appositives(span):
            text = role.text
            if text not in cluster.roles:
                cluster.roles.append(text)
                _code_from_role(cluster, role)
    honorific = next((g for s in cluster.spans if (g := titles.honorific_gender(s))), None)
    cluster.stated = cluster.stated or honorific
    cluster.gender = cluster.gender or honorific
    # Known before any pronoun is read, so "he" cannot take "Elizabeth Warren" and teach her a gender.
    cluster.gender = cluster.gender or _given_gender(cluster.name)
    if cluster.entry is not None and not cluster.roles:
        cluster.roles = cluster.entry.roles_in(None)


def _given_gender(name: str) -> str | None:
    """The gender of a name's first word: "Elizabeth Warren", or a person named by given name alone
    ("Melanie said"); a lone surname such as "Warren" only meets a man's name now and then."""
    words = name.split()
    return lexicon.given_gender(words[0]) if words else None


def _code_from_role(cluster: Cluster, role: Span) -> None:
    """Country from a demonym or country name in a current role, sector and gender from its role noun."""
    words = [t.text for t in role]
    found = lexicon.find_role(words)
    former = role[0].lower_ in ("former", "ex")
    if not former and cluster.entry is None:
        # "ambassador to the United States": the country after "to"/"in" is the host, not the actor's.
        cut = next((t.i for t in role if t.lower_ in ("to", "in", "at")), role.end)
        place = next(
            (p for t in role if t.i < cut and (p := lexicon.place(t.text) or _multiword_place(t))), None
        )
        cluster.country = cluster.country or (place.country if place else None)
        cluster.sector = cluster.sector or (found.sector if found else None)
    gendered = next((r.gender for t in role if (r := lexicon.roles().get(t.lower_)) and r.gender), None)
    cluster.gender = cluster.gender or gendered
    cluster.stated = cluster.stated or gendered


def _home_country(clusters: Clusters, doc: Doc) -> None:
    """An office-holder of unknown country ("President Levy Mwanawasa") in a story that names one
    country only (a place, a demonym, a national body) is taken to hold office there."""
    named = {c.country for c in clusters.items if c.country}
    named |= {
        p.country
        for e in nlp.ents(doc)
        if e.label_ in ("GPE", "NORP", "LOC") and (p := lexicon.place(e.text))
    }
    named -= {"IGO", "NGO"}
    if len(named) != 1:
        return
    for cluster in clusters.persons():
        if cluster.country is None and cluster.entry is None and cluster.sector:
            cluster.country = next(iter(named))


def _multiword_place(tok: Token):
    """The place a multi-word entity starting at ``tok`` names ("United States"), looked up once."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "NORP", "LOC"):
        return None
    ent = next((e for e in nlp.ents(tok.doc) if e.start == tok.i), None)
    return lexicon.place(ent.text) if ent is not None else None


def _quoted_tokens(doc: Doc) -> dict[int, int]:
    """The tokens inside quotation marks, each with the number of the quotation holding it."""
    quoted: dict[int, int] = {}
    for n, m in enumerate(find_marks(nlp.text(doc))):
        span = nlp.char_span(doc, m.start, m.end, "expand")
        if span is not None:
            quoted.update(dict.fromkeys(range(span.start, span.end), n))
    return quoted
