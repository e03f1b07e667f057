"""In-document coreference: mentions grouped into clusters, one per actor.

Full name <-> surname <-> title-only mention ("the secretary") <-> pronoun. Names cluster on the
gazetteer entry, else the full name, and a bare surname joins the named person it abbreviates.
Pronouns take the nearest earlier person of a compatible gender and number, preferring grammatical
subjects, sentence by sentence; a pronoun that settles an unknown gender teaches it to the cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.actors import lexicon, titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.gazetteer import Entry
    from faultlines.actors.mentions import Mention

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
# How many sentences back a pronoun or a title-only mention looks for its person.
WINDOW = 6


@dataclass(slots=True)
class Cluster:
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    entry: Entry | None = None
    roles: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    # Named only by a description ("the senator"): the same words in two articles are two actors.
    described: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    def absorb(self, mention: Mention) -> None:
        self.spans.append(mention.span)
        if len(mention.name) > len(self.name) and self.entry is None and mention.kind == self.kind:
            self.name = mention.name
        self.country = self.country or mention.country
        self.sector = self.sector or mention.sector
        self.gender = self.gender or mention.gender
        self.entry = self.entry or mention.entry


@dataclass(slots=True)
class Clusters:
    """The clusters of one document and where each token-level mention points."""

    items: list[Cluster] = field(default_factory=list)
    # first token index of a mention -> its cluster; lets the speaker stage look spans up.
    at: dict[int, Cluster] = field(default_factory=dict)

    def add(self, cluster: Cluster, span: Span) -> None:
        if cluster not in self.items:
            self.items.append(cluster)
        for i in range(span.start, span.end):
            self.at.setdefault(i, cluster)

    def persons(self) -> list[Cluster]:
        return [c for c in self.items if c.kind == "person"]

    def within(self, span: Span) -> list[Cluster]:
        """Clusters with a mention inside ``span``, in text order."""
        seen: list[Cluster] = []
        for i in range(span.start, span.end):
            c = self.at.get(i)
            if c is not None and c not in seen:
                seen.append(c)
        return seen


def build(mentions: list[Mention], doc: Doc) -> Clusters:
    clusters = Clusters()
    by_key: dict[str, Cluster] = {}
    people: list[Cluster] = []
    # Full names first, so a surname seen before its full name (a headline) still finds it.
    ordered = sorted(mentions, key=_bare)
    for m in ordered:
        cluster = (
            (_by_alias_surname(m, people) if _bare(m) else None)
            or by_key.get(_key(m))
            or (_by_surname(m, people) if m.kind == "person" else None)
        )
        if cluster is None:
            cluster = Cluster(m.kind, m.name, m.country, m.sector, m.gender, m.entry)
            by_key[_key(m)] = cluster
            if m.kind == "person":
                people.append(cluster)
        cluster.absorb(m)
        clusters.add(cluster, m.span)
    clusters.items.sort(key=lambda c: min(s.start for s in c.spans))
    for cluster in clusters.persons():
        _add_roles(cluster)
        if cluster.sector is None and any(_interviewer(span) for span in cluster.spans):
            cluster.sector = "JRN"
    _home_country(clusters, doc)
    sent_of = _sentence_numbers(doc)
    _titles(clusters, doc, sent_of)
    _pronouns(clusters, doc, sent_of)
    return clusters


# Formats whose host is a journalist: "told Dan Okoro in a podcast episode", "on Lena Berg's show".
MEDIA_FORMATS = frozenset({"podcast", "interview", "show", "programme", "program", "broadcast", "episode"})


def _interviewer(span: Span) -> bool:
    """Whether the person named is the one interviewing: told or asked something in a media format,
    or the owner of the show."""
    head = span.root
    if head.dep_ == "poss":
        return head.head.lower_ in MEDIA_FORMATS
    verb = head.head
    if head.dep_ not in ("dobj", "dative") or verb.lemma_ not in ("tell", "ask"):
        return False
    # "in a podcast", or a second object where a show's title broke the parse ("told X in a Call Me
    # Back podcast episode"); never inside a clause ("told X that the interview was over").
    around = [c for c in verb.children if c.i != head.i and c.dep_ in ("prep", "dobj", "npadvmod")]
    return any(w.lower_ in MEDIA_FORMATS for child in around for w in child.subtree)


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
    same = [c for c in people if c.surname == m.span.text.lower()]
    return same[0] if len(same) == 1 else None


def _by_surname(m: Mention, people: list[Cluster]) -> Cluster | None:
    """The named person a bare surname (or a differently spelled full name) abbreviates."""
    same = [
        c for c in people if c.surname == m.surname and (len(m.name.split()) == 1 or len(c.name.split()) == 1)
    ]
    return same[0] if len(same) == 1 else None


def _add_roles(cluster: Cluster) -> None:
    for span in cluster.spans:
        pre = titles.premodifier(span)
        for role in ([pre] if pre is not None else []) + titles.appositives(span):
            text = role.text
            if text not in cluster.roles:
                cluster.roles.append(text)
                _code_from_role(cluster, role)
    if not cluster.gender:
        cluster.gender = next((g for s in cluster.spans if (g := titles.honorific_gender(s))), None)
    if cluster.entry is not None and not cluster.roles:
        cluster.roles = cluster.entry.roles_in(None)


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


def _home_country(clusters: Clusters, doc: Doc) -> None:
    """An office-holder of unknown country ("President Levy Mwanawasa") in a story that names one
    country only (a place, a demonym, a national body) is taken to hold office there."""
    named = {c.country for c in clusters.items if c.country}
    named |= {
        p.country for e in doc.ents if e.label_ in ("GPE", "NORP", "LOC") and (p := lexicon.place(e.text))
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
    ent = next((e for e in tok.doc.ents if e.start == tok.i), None)
    return lexicon.place(ent.text) if ent is not None else None


def _title_heads(doc: Doc):
    """Definite title-only mentions: "the secretary", "the secretary of state", "the prime minister"."""
    for chunk in doc.noun_chunks:
        root = chunk.root
        if (
            chunk[0].lower_ != "the"
            or root.pos_ not in ("NOUN", "PROPN")
            or not lexicon.roles().get(root.lower_)
        ):
            continue
        if any(t.ent_type_ == "PERSON" for t in chunk):
            continue
        yield chunk


def _sentence_numbers(doc: Doc) -> list[int]:
    """Token index -> sentence number (nlp.py already starts a sentence after every line break)."""
    numbers = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        numbers[sent.start : sent.end] = [n] * len(sent)
    return numbers


def _titles(clusters: Clusters, doc: Doc, sent_of: list[int]) -> None:
    people = clusters.persons()
    for chunk in _title_heads(doc):
        if chunk.start in clusters.at:
            continue
        appos = next((clusters.at.get(c.i) for c in chunk.root.children if c.dep_ == "appos"), None)
        person = appos if appos is not None and appos.kind == "person" else _titled(people, chunk, sent_of)
        if person is not None:
            person.spans.append(chunk)
            clusters.add(person, chunk)


def _titled(people: list[Cluster], chunk: Span, sent_of: list[int]) -> Cluster | None:
    """The most recent earlier person whose role names this title's head noun."""
    noun = chunk.root.lower_
    best, best_at = None, -1
    for person in people:
        held = [*person.roles, *(person.entry.roles_in(None) if person.entry else [])]
        if not any(noun in r.lower().replace("-", " ").split() for r in held):
            continue
        before = [s.start for s in person.spans if s.start < chunk.start]
        if before and max(before) > best_at and sent_of[chunk.start] - sent_of[max(before)] <= WINDOW * 3:
            best, best_at = person, max(before)
    return best


def _pronouns(clusters: Clusters, doc: Doc, sent_of: list[int]) -> None:
    """Link he/she pronouns to the nearest earlier compatible person, subjects first."""
    people = clusters.persons()
    if not people:
        return
    mentions = sorted(
        (sent_of[span.start], span.start, person, span.root.dep_ in ("nsubj", "nsubjpass"))
        for person in people
        for span in person.spans
    )
    for tok in doc:
        gender = PRONOUNS.get(tok.lower_)
        if gender is None or tok.i in clusters.at:
            continue
        person = _antecedent(mentions, sent_of[tok.i], tok.i, gender)
        if person is not None:
            person.gender = person.gender or gender
            span = doc[tok.i : tok.i + 1]
            person.spans.append(span)
            clusters.add(person, span)
            mentions.append((sent_of[tok.i], tok.i, person, tok.dep_ in ("nsubj", "nsubjpass")))


def _antecedent(mentions, sent_no: int, tok_i: int, gender: str) -> Cluster | None:
    for back in range(WINDOW + 1):
        here = [
            (i, c, subj)
            for s, i, c, subj in mentions
            if s == sent_no - back and i < tok_i and c.gender in (None, gender)
        ]
        if here:
            subjects = [x for x in here if x[2]]
            return max(subjects or here, key=lambda x: x[0])[1]
    return None
