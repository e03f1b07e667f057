"""In-document coreference: mentions grouped into clusters, one per actor.

Full name <-> surname <-> title-only mention ("the secretary") <-> pronoun. Names cluster on the
gazetteer entry, else the full name, and a bare surname joins the named person it abbreviates.
A person's gender comes from the gazetteer, an honorific, a gendered role noun or the given name
(given-names.tsv). Pronouns take the nearest earlier person of a compatible gender and number outside
quotation marks, preferring grammatical subjects, sentence by sentence; a pronoun that settles a
gender still unknown teaches it to the cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines import nlp
from faultlines.actors import lexicon, titles
from faultlines.nlp import columns
from faultlines.quotes.marks import find_marks
from faultlines.syntax import subject_rank

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


@dataclass(slots=True, eq=False)  # one cluster per actor: compared by identity
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
    # The gender the text states (an honorific, a gendered role noun, a coreferring pronoun), unlike
    # ``gender``, which a given name may also suggest for linking pronouns.
    stated: str | None = None

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
    # token index -> sentence number, and the tokens inside quotation marks.
    sent_of: list[int] = field(default_factory=list)
    quoted: dict[int, int] = field(default_factory=dict)

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
    _titles(clusters, doc, sent_of)
    _pronouns(clusters, doc, sent_of)
    return clusters


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


# The dependencies that head a noun phrase (spaCy's English noun chunks).
NP_DEPS = frozenset(
    {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT", "poss"}
)


def _title_heads(doc: Doc):
    """Definite title-only mentions: "the secretary", "the secretary of state", "the prime minister".

    The noun phrases are built around the role nouns only: spaCy's noun_chunks would walk every word."""
    cols, roles = columns(doc), lexicon.roles()
    for i, lower in enumerate(cols.lower):
        if cols.pos[i] not in ("NOUN", "PROPN") or lower not in roles:
            continue
        root = doc[i]
        if not _heads_phrase(root):
            continue
        chunk = doc[root.left_edge.i : i + 1]
        if chunk[0].lower_ != "the" or any(cols.ent_type[k] == "PERSON" for k in range(chunk.start, i + 1)):
            continue
        yield chunk


def _heads_phrase(tok: Token) -> bool:
    if tok.dep_ != "conj":
        return tok.dep_ in NP_DEPS
    head = tok.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ in NP_DEPS


def _titles(clusters: Clusters, doc: Doc, sent_of: list[int]) -> None:
    people = clusters.persons()
    for chunk in _title_heads(doc):
        if chunk.start in clusters.at:
            continue
        appos = next((clusters.at.get(c.i) for c in chunk.root.children if c.dep_ == "appos"), None)
        person = appos if appos is not None and appos.kind == "person" else titled(people, chunk, sent_of)
        if person is not None:
            person.spans.append(chunk)
            clusters.add(person, chunk)


def titled(people: list[Cluster], chunk: Span, sent_of: list[int]) -> Cluster | None:
    """The most recent earlier person whose role names this title's head noun: one the text gives
    that role ("President Obama ... the president") before one only the gazetteer does, which may
    hold it at another time than the article's."""
    return _titled(people, chunk, sent_of, listed=False) or _titled(people, chunk, sent_of, listed=True)


def _titled(people: list[Cluster], chunk: Span, sent_of: list[int], listed: bool) -> Cluster | None:
    noun = lexicon.role_noun(chunk.root.text)
    best, best_at = None, -1
    for person in people:
        listing = person.entry.roles_in(None) if person.entry else []
        held = [*person.roles, *listing] if listed else [r for r in person.roles if r not in listing]
        if not any(noun == role_head(r) for r in held):
            continue
        before = [s.start for s in person.spans if s.start < chunk.start]
        if before and max(before) > best_at and sent_of[chunk.start] - sent_of[max(before)] <= WINDOW * 3:
            best, best_at = person, max(before)
    return best


@lru_cache(maxsize=4096)  # asked for every role of every person at every title
def role_head(role: str) -> str:
    """The head noun of a role: "Senate Majority Leader" -> "leader", "secretary of state" -> "secretary"."""
    words = role.lower().replace("-", " ").split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "to", "for", "at", "in")), len(words))
    return lexicon.role_noun(words[cut - 1]) if cut else ""


# Sentence number -> its person mentions: (token index, cluster, subject rank, quotation number).
SentenceMentions = dict[int, list[tuple[int, Cluster, int, int | None]]]


def _pronouns(clusters: Clusters, doc: Doc, sent_of: list[int]) -> None:
    """Link he/she pronouns to the nearest earlier compatible person, main-clause subjects first."""
    people = clusters.persons()
    if not people:
        return
    # A name inside a quotation is what the speaker talks about ("I admire Petra," he said), so it is
    # an antecedent only for pronouns inside the same quotation ("Petra knows what she wants").
    quoted = clusters.quoted
    # The mentions of each sentence, in text order, then in the order pronouns were linked.
    mentions: SentenceMentions = {}
    for s, *mention in sorted(
        (sent_of[span.start], span.start, person, subject_rank(span.root), quoted.get(span.start))
        for person in people
        for span in person.spans
    ):
        mentions.setdefault(s, []).append(tuple(mention))
    for i, lower in enumerate(columns(doc).lower):
        gender = PRONOUNS.get(lower)
        if gender is None or i in clusters.at:
            continue
        tok = doc[i]
        person = _antecedent(mentions, sent_of[tok.i], tok.i, gender, quoted.get(tok.i))
        if person is not None:
            person.gender = person.gender or gender
            person.stated = person.stated or gender
            span = doc[tok.i : tok.i + 1]
            person.spans.append(span)
            clusters.add(person, span)
            mentions.setdefault(sent_of[tok.i], []).append(
                (tok.i, person, subject_rank(tok), quoted.get(tok.i))
            )


def _antecedent(
    mentions: SentenceMentions, sent_no: int, tok_i: int, gender: str, quote: int | None
) -> Cluster | None:
    for back in range(WINDOW + 1):
        here = [
            (i, c, subj)
            for i, c, subj, q in mentions.get(sent_no - back, ())
            if i < tok_i and c.gender in (None, gender) and q in (None, quote)
        ]
        if here:
            return max(here, key=_preference(back))[1]
    return None


def _preference(back: int):
    """How candidates of one sentence rank. Within the pronoun's own sentence a person known to match
    outranks one whose gender nobody has told ("Mayor Zoltar Quenby praised Anna Berg after she won");
    in an earlier sentence its main subject does, as the story carries on about them ("Zippy Duvall
    said ... the president. He urged ...")."""
    if back:
        return lambda x: (x[2] == 2, x[1].gender is not None, x[2], x[0])
    return lambda x: (x[1].gender is not None, x[2], x[0])


def _quoted_tokens(doc: Doc) -> dict[int, int]:
    """The tokens inside quotation marks, each with the number of the quotation holding it."""
    quoted: dict[int, int] = {}
    for n, m in enumerate(find_marks(nlp.text(doc))):
        span = nlp.char_span(doc, m.start, m.end, "expand")
        if span is not None:
            quoted.update(dict.fromkeys(range(span.start, span.end), n))
    return quoted
