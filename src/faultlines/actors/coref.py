"""In-document coreference: mentions grouped into clusters, one per actor.

Full name <-> surname <-> title-only mention ("the secretary", ``title_mentions``; "the Republican
nominee", ``party_roles``) <-> pronoun (``pronouns``). Names cluster on the gazetteer entry, else the
full name, and a bare surname joins the named person it abbreviates, a company's short name or
initials the company (``short_forms``). A person's gender comes from the
gazetteer, an honorific, a gendered role noun or the given name (given-names.tsv); their country and
sector from their roles.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import (
    lexicon,
    namesakes,
    party_roles,
    pronouns,
    role_codes,
    short_forms,
    title_mentions,
    titles,
)
from faultlines.actors.clusters import Cluster, Clusters
from faultlines.actors.mention import surname
from faultlines.quotes.marks import find_marks
from faultlines.syntax import subject_rank

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from faultlines.actors.gazetteer import Entry
    from faultlines.actors.mention import Mention


def build(mentions: list[Mention], doc: Doc, year: int | None = None) -> Clusters:
    clusters = Clusters(year=year)
    by_key: dict[str, Cluster] = {}
    people: list[Cluster] = []
    sent_of = views.sentence_numbers(doc)
    # a body's short name ("Velmo" of "Velmo Group") clusters with its full one
    short = short_forms.aliases(mentions, _key)

    def key(m: Mention) -> str:
        return short.get(_key(m), _key(m))

    # Full names first, so a surname seen before its full name (a headline) still finds it.
    ordered = sorted(mentions, key=_bare)
    for m in ordered:
        namesake = _by_alias_surname(m, people, sent_of) if _bare(m) else None
        if namesake is not None and not _may_be(namesake, m.entry):
            if _other_gender(namesake, m) and _entry_named(m, mentions):
                namesake = None  # "Obama" beside "Michelle Obama" is the President Obama named too
            else:
                m = _unlisted(m)  # "Mr. Rubio" after "Luis Rubio" is Luis, not the Rubio the alias names
        # A bare surname looks for its named person before its own key: a headline's "Vale" in a story
        # of two Vales would otherwise gather every later "Vale".
        surnamed = _by_surname(m, people, sent_of) if m.kind == "person" and _bare(m) else None
        cluster = namesake or surnamed or by_key.get(key(m))
        if cluster is None and m.kind == "person" and not _bare(m):  # a bare one was looked for above
            cluster = _by_surname(m, people, sent_of)
        if cluster is None:
            cluster = Cluster(m.kind, m.name)  # its country, sector, gender and entry: absorbed below
            by_key[key(m)] = cluster
            if m.kind == "person":
                people.append(cluster)
        cluster.absorb(m)
        clusters.add(cluster, m.span)
    namesakes.join(clusters)
    clusters.items.sort(key=lambda c: min(s.start for s in c.spans))
    for cluster in clusters.items:
        if cluster.kind == "country":
            cluster.name = _country_name(cluster)
    for cluster in clusters.persons():
        if cluster.entry is None and (body := role_codes.body_described(cluster)) is not None:
            cluster.kind = "organisation"
            cluster.sector = cluster.sector or lexicon.generic_bodies()[body]
            continue
        role_codes.add(cluster, year)
        # Known before any pronoun is read, so "he" cannot take "Elizabeth Warren" and teach her a gender.
        cluster.gender = cluster.gender or _given_gender(cluster.name)
        if cluster.sector is None and (
            role := next(filter(None, map(titles.interviewer, cluster.spans)), None)
        ):
            cluster.sector = "JRN"
            if role not in cluster.roles:
                cluster.roles.append(role)
    clusters.sent_of = sent_of
    clusters.quoted = _quoted_tokens(doc)
    party_roles.link(clusters, doc)
    title_mentions.link(clusters, doc, sent_of)
    pronouns.link(clusters, doc, sent_of)
    return clusters


def _country_name(cluster: Cluster) -> str:
    """A country as the article names it: the name or everyday short name it uses most ("US" in an
    article saying "US" eight times and "United States" twice, "Britain", "UK"), the table's name on a
    tie. Demonyms and cities never name it; the actor's id stays the country's, so the same country
    is one actor in every article."""
    own = lexicon.key(cluster.name)
    said: list[str] = []
    for span in cluster.spans:
        text = views.span_text(span)
        place = lexicon.place(text)
        if place is None or place.country != cluster.country or not (place.is_name or place.is_variant):
            continue
        if lexicon.key(text) == own:
            said.append(cluster.name)
        else:
            said.append(text[4:] if text[:4].lower() == "the " else text)
    return max(said, key=lambda name: (said.count(name), name == cluster.name)) if said else cluster.name


def _key(m: Mention) -> str:
    if m.entry is not None:
        return "g:" + m.entry.id
    if m.kind == "country":
        return "c:" + (m.country or m.name)
    return f"{m.kind}:{lexicon.key(m.name)}"


def _bare(m: Mention) -> bool:
    """A person named by one word: an unknown surname, or a gazetteer alias such as "Clinton"."""
    return m.kind == "person" and (len(m.span) == 1 or (len(m.name.split()) < 2 and m.entry is None))


def _by_alias_surname(m: Mention, people: list[Cluster], sent_of: list[int]) -> Cluster | None:
    """The person named in full whose surname this gazetteer alias is: "Clinton" after
    "Hillary Clinton" is her, not the entry the alias names on its own."""
    if m.entry is None:
        return None
    alias = surname(views.span_text(m.span))
    return _one_of([c for c in people if c.surname == alias], m, sent_of)


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


def _entry_named(alias: Mention, mentions: list[Mention]) -> bool:
    """Whether the text names the person an alias's entry is in full or with a title ("President
    Obama", "Mr. Obama"): if not, a bare "Harris" after "Lt. Omar Harris" is the lieutenant."""
    return any(
        m.entry is not None
        and m.entry.id == alias.entry.id
        and (not _bare(m) or titles.premodifier(m.span) is not None or titles.honorific_gender(m.span))
        for m in mentions
    )


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


def _by_surname(m: Mention, people: list[Cluster], sent_of: list[int]) -> Cluster | None:
    """The named person a bare surname (or a differently spelled full name) abbreviates."""
    surname, single = m.surname, len(m.name.split()) == 1  # read once, not once per person
    same = [c for c in people if c.surname == surname and (single or len(c.name.split()) == 1)]
    if not same and single:
        # Family name first ("Liu" of "Liu Xiaoming"), or a given name alone: the one person it opens.
        same = [c for c in people if len(c.name.split()) > 1 and c.name.split()[0].lower() == surname]
    return _one_of(same, m, sent_of)


def _one_of(same: list[Cluster], m: Mention, sent_of: list[int]) -> Cluster | None:
    """Which of the people sharing a surname a mention is: the one of its honorific's gender ("Mrs.
    Vale" in a story of two Vales), else the one of them the text named last, as a reader takes it."""
    # An alias's gender is its gazetteer entry's, not the text's: only an honorific tells here.
    said = titles.honorific_gender(m.span) if m.entry is not None else m.gender
    if said:
        fitting = [c for c in same if _gender(c) in (None, said)]
        same = [c for c in fitting if _gender(c) == said] or fitting
    if len(same) < 2:
        return same[0] if same else None
    # The named person a gazetteer alias names is the likelier one than whoever was last a subject
    # ("his son Tom Biden sat on the board ... Vice President Biden").
    listed = m.entry is not None and any(c.entry is not None and c.entry.id == m.entry.id for c in same)
    return _named_last(same, m.span.start, sent_of, subjects=not listed)


def _gender(cluster: Cluster) -> str | None:
    return cluster.gender or _given_gender(cluster.name)


def _named_last(same: list[Cluster], start: int, sent_of: list[int], subjects: bool) -> Cluster | None:
    """The person of ``same`` named before ``start``, if only one was (the first named, if none was);
    else the one a bare surname already went to, as a story keeps one namesake's surname for the one
    it is about ("Vale said ... his wife, Ana Vale, said ... Vale added"); failing that, the one the
    latest sentence with any of them as its subject is about, a namesake met in passing ("a photo of
    his wife, Ana Vale") being no subject (with ``subjects`` only). None when that sentence is about
    several ("Ada and Piet Vale said ... Vale said")."""
    named_before = [c for c in same if any(s.start < start for s in c.spans)]
    if not named_before:
        # a surname read before any of them is named in full (a lede's "Vale (D-Ohio)") is the one
        # the story names in full first
        return min(same, key=lambda c: min(s.start for s in c.spans))
    same = named_before
    if len(same) == 1:
        return same[0]  # the other is named only later
    for alone in (True, False) if subjects else (True,):
        last = {
            id(c): max((s.start for s in c.spans if s.start < start and _fits(s, c, alone)), default=-1)
            for c in same
        }
        named = [c for c in same if last[id(c)] >= 0]
        if named:
            latest = max(sent_of[last[id(c)]] for c in named)
            there = [c for c in named if sent_of[last[id(c)]] == latest]
            return there[0] if len(there) == 1 else None
    return None


def _fits(span: Span, cluster: Cluster, alone: bool) -> bool:
    """A surname alone naming ``cluster`` (``alone``), or a subject mention of it."""
    if alone:
        return len(span) == 1 and views.span_text(span).lower() == cluster.surname
    return _subject(span)


def _subject(span: Span) -> bool:
    """A mention that is a clause's subject, in apposition to it ("Her son, Tomas Vale, runs it") or
    among its conjuncts ("Ada and Piet Vale said")."""
    tok = span.root
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return subject_rank(tok) > 0


def _given_gender(name: str) -> str | None:
    """The gender of a name's first word: "Elizabeth Warren", or a person named by given name alone
    ("Melanie said"); a lone surname such as "Warren" only meets a man's name now and then."""
    words = name.split()
    return lexicon.given_gender(words[0]) if words else None


def _quoted_tokens(doc: Doc) -> dict[int, int]:
    """The tokens inside quotation marks, each with the number of the quotation holding it."""
    quoted: dict[int, int] = {}
    for n, m in enumerate(find_marks(views.text(doc))):
        bounds = views.token_bounds(doc, m.start, m.end, "expand")
        if bounds is not None:
            quoted.update(dict.fromkeys(range(*bounds), n))
    return quoted
