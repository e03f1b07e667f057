"""Who a source that names nobody points at, read as a reader reads it.

"it said" and "they said" take the nearest organisation or group before them; "the company" the
nearest named company; "the analyst" or "the 56-year-old" the person the sentence before is about;
"the doctor" the doctor described before ("A doctor at the scene"); "a police chief said" the
chief named in the next sentences. Every lookup walks back or forward a few sentences from one
bisection point in a position-sorted list, so no scan is quadratic in the mentions.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, TypeVar

from faultlines import views
from faultlines.actors import body_nouns, descriptions, lexicon, outlets, party_roles, title_mentions
from faultlines.actors.clusters import Cluster
from faultlines.syntax import first_conjunct, subject_rank

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.clusters import Clusters

# How many sentences back a pronoun or a bare description looks for a body, and an epithet for a person.
BODY_WINDOW = 4
EPITHET_WINDOW = 2
# How many sentences ahead an indefinite role ("a transit chief says") looks for its name.
AHEAD = 2
# The body noun that stands for a country itself: "Velmor tightened its rules. The government said".
COUNTRY_BODIES = frozenset({"government"})
PLURAL_PRONOUNS = frozenset({"they"})
SINGULAR_PRONOUNS = frozenset({"it"})
# Sectors of the trades an article calls a public figure by, beside their office: business, show
# business, music.
CALLINGS = frozenset({"BUS", "ELI", "MUS"})


def _any(cluster: Cluster) -> bool:
    return True


class Reader:
    """The narrative mentions of one document, by position, and the descriptions seen so far."""

    def __init__(self, doc: Doc, clusters: Clusters) -> None:
        self.doc, self.clusters = doc, clusters
        self.sent_of = clusters.sent_of
        # Descriptions already made speakers: by their words, and by head noun for "the doctor"; a
        # named body's own description counts too ("The group, Tenants United, said").
        self.by_words: dict[str, Cluster] = {}
        self.by_head: dict[str, list[tuple[int, int, Cluster]]] = {}
        # Named bodies by the body noun their name is built on: "the agency" after "the Port Agency".
        self.by_name_head: dict[str, list[tuple[int, int, Cluster]]] = {}
        # Built at the first source that needs them (most documents name every speaker).
        self.bodies: list[tuple[int, int, Cluster]] = []  # (token, subject rank, cluster)
        self.people: list[tuple[int, int, Cluster]] = []
        self.by_role: dict[str, Cluster | None] = {}
        self.built = False

    def _build(self) -> None:
        self.built = True
        quoted = self.clusters.quoted
        for cluster in self.clusters.items:
            target = self.people if cluster.kind == "person" and not cluster.described else self.bodies
            # a span's root is a walk over its words: read once per span
            roots = [(span, span.root) for span in cluster.spans]
            target += [(s.start, subject_rank(root), cluster) for s, root in roots if s.start not in quoted]
            for span, root in roots:
                for noun in body_nouns.issued(root):
                    self.by_head.setdefault(noun.lower_, []).append((span.start, subject_rank(root), cluster))
            for span, root in roots if cluster.kind == "organisation" else ():
                for noun in body_nouns.descriptors(root):
                    entry = (noun.i, subject_rank(noun), cluster)
                    self.by_head.setdefault(noun.lower_, []).append(entry)
                if (noun := body_nouns.name_head(span)) is not None:
                    self.by_name_head.setdefault(noun.lower_, []).append((noun.i, 0, cluster))
            # A person's role as written -> the person, for "China's envoy to Chile" met before the name.
            for role in cluster.roles if cluster.kind == "person" else ():
                here = self.by_role.setdefault(lexicon.key(role), cluster)
                if here is not cluster:
                    self.by_role[lexicon.key(role)] = None
        self.bodies.sort(key=_position)
        self.people.sort(key=_position)
        for entries in (*self.by_head.values(), *self.by_name_head.values()):
            entries.sort(key=_position)

    def add(self, cluster: Cluster, span: Span, noun: Token | None = None) -> None:
        """Record a speaker the speaker stage made, so that later pronouns and descriptions find it."""
        entry = (span.start, subject_rank(span.root), cluster)
        if self.built:
            person = cluster.kind == "person" and not cluster.described
            insort(self.people if person else self.bodies, entry, key=_position)
        if cluster.described:
            self.by_words.setdefault(lexicon.key(cluster.name), cluster)
        if noun is not None:
            insort(self.by_head.setdefault(noun.lower_, []), entry, key=_position)
        # a body first named as a speaker ("the Port Agency of Velmor said"), for a later "the agency"
        body = self.built and cluster.kind == "organisation" and not cluster.described
        if body and (name_head := body_nouns.name_head(span)) is not None:
            insort(
                self.by_name_head.setdefault(name_head.lower_, []), (name_head.i, 0, cluster), key=_position
            )
        # "the army said in a statement": a later "the statement said" is the army again.
        verb = span.root.head
        for prep in verb.children if span.root.dep_.startswith("nsubj") else ():
            for doc_noun in prep.children if prep.dep_ == "prep" else ():
                if doc_noun.dep_ == "pobj" and doc_noun.pos_ == "NOUN":
                    insort(self.by_head.setdefault(doc_noun.lower_, []), entry, key=_position)

    def refer(self, source: Span) -> Cluster | None:
        """The actor a pronoun or a description in ``source`` points at; None if nothing fits."""
        if not self.built:
            self._build()
        root = source.root
        if len(source) == 1 and root.lower_ in PLURAL_PRONOUNS | SINGULAR_PRONOUNS:
            return self._body_pronoun(root)
        noun = descriptions.head_noun(source)
        if noun is None or noun.pos_ == "PRON":
            return None
        if descriptions.is_definite(source):
            return self._definite(source, noun)
        if noun.lower_ in lexicon.generic_bodies():
            ahead = self._body_ahead(source, noun)
            if ahead is not None:
                return ahead
        elif noun.tag_ == "NN" and lexicon.roles().get(noun.lower_):
            return self._named_ahead(source, noun)
        return self.by_words.get(lexicon.key(descriptions.as_written(source)))

    def _body_pronoun(self, pronoun: Token) -> Cluster | None:
        """ "it said": the nearest organisation or country; "they said": the nearest group or
        organisation, else the people joined by "and" just before ("Lee and Kim met. They said")."""
        kinds = (
            ("organisation", "country") if pronoun.lower_ in SINGULAR_PRONOUNS else ("group", "organisation")
        )
        body = self._nearest(self.bodies, pronoun.i, BODY_WINDOW, lambda c: c.kind in kinds, subjects=True)
        return body if body is not None or pronoun.lower_ in SINGULAR_PRONOUNS else self._pair(pronoun)

    def _pair(self, they: Token) -> Cluster | None:
        """The people a "they" stands for, named together in its sentence or the one before, as one
        group, as a source that joins them is ("Lee and Kim said")."""
        sentence = self.sent_of[they.i]
        since = views.sents(self.doc)[max(sentence - 1, 0)].start
        people = {i: c for i, c in self.clusters.at.items() if c.kind == "person" and not c.described}
        pair = pair_before(they, people, since)
        return Cluster("group", " and ".join(c.name for c in pair), described=True) if len(pair) > 1 else None

    def _definite(self, source: Span, noun: Token) -> Cluster | None:
        party = party_roles.described_key(source)
        if party is not None:
            # "the Republican nominee" is that party's person or nobody, never whoever was last named.
            return party_roles.holder(party, self.clusters.persons(), self.clusters.year)
        word = noun.lower_
        same = self.by_head.get(word, [])
        earlier = self._last(same, source.start, lambda c: _echoes(source, noun, c))
        if word in lexicon.generic_bodies():
            if not descriptions.is_bare(source):
                return (
                    earlier
                    or self.named_by_words(source, noun)
                    or self.by_words.get(lexicon.key(descriptions.as_written(source)))
                )
            return self.recalled_body(source, noun) or earlier
        if noun.tag_ != "NN" and not descriptions.aged(noun):
            return earlier or self.by_words.get(lexicon.key(descriptions.as_written(source)))
        person = self.by_role.get(lexicon.key(descriptions.as_written(source)))
        person = person or title_mentions.titled(
            self.clusters.persons(), source, self.sent_of, self.clusters.year
        )
        if person is not None or earlier is not None:
            return person or earlier
        # "the mayor's spokesman" is someone else than the mayor: no epithet has an owner.
        owned = any(c.dep_ == "poss" for c in noun.children)
        return self._epithet(source, noun) if descriptions.is_plain(source) and not owned else None

    def recalled_body(self, source: Span, noun: Token, sole: bool = False) -> Cluster | None:
        """The named body a bare "the company" recalls: the body that description was set beside,
        one whose name is built on its noun, else the nearest organisation (its sector fitting;
        for a public body's noun, one known to be of that sector, "the government" a country too)
        named before it, a subject first; with ``sole``, only the one such organisation the nearest
        sentence naming any names, as a subject ("Apex and Vell met. The company ..." may be
        either, and "Lee told Apex" names Apex as no one who goes on to act)."""
        if not self.built:
            self._build()
        word = noun.lower_
        named = self._last(self.by_head.get(word, []), source.start, lambda c: not c.described)
        if named is not None:
            return named
        sector = lexicon.generic_bodies()[word]
        public = sector in lexicon.PUBLIC

        def fits(c: Cluster) -> bool:
            if c.described:
                return False
            if c.kind == "country":
                return word in COUNTRY_BODIES
            if c.kind != "organisation":
                return False
            if not public:
                return sector is None or c.sector in (None, sector)
            # a public body's noun ("the agency", "the military") recalls only a body the tables know
            # as one of that sector (a rocket or a company named nearer is none) and whose name does
            # not say it is another kind ("the Government Accountability Office" is no agency)
            return c.sector == sector and all(body_nouns.built_on(s) in (None, word) for s in c.spans)

        by_name = self._nearest(self.by_name_head.get(word, []), source.start, BODY_WINDOW)
        if by_name is not None or sole:
            # the outlet a story cites ("reports Reuters") is no company or government that acts
            return by_name or self._sole(
                self.bodies, source.start, BODY_WINDOW, lambda c: fits(c) and not _cited_outlet(c, sector)
            )
        return self._nearest(self.bodies, source.start, BODY_WINDOW, fits, subjects=True) or self._nearest(
            self.bodies, source.start, BODY_WINDOW, fits
        )

    def named_by_words(self, source: Span, noun: Token) -> Cluster | None:
        """The named body a definite description with words before its noun recalls: "the appeals
        court" after "the Court of Appeals for the Fifth Circuit", "the utilities commission" after
        "the Vesta Public Utilities Commission". The body's name is built on the same noun and holds
        every other word of the description; when two named before it fit, it is neither."""
        if not self.built:
            self._build()
        words = body_nouns.modifiers(source, noun)
        if not words:
            return None
        fitting = {
            id(c): c
            for at, _, c in self.by_name_head.get(noun.lower_, [])
            if at < source.start and not c.described and words <= body_nouns.name_words(c)
        }
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _epithet(self, source: Span, noun: Token) -> Cluster | None:
        """ "The shop owner said": the person the last sentence was about, if nothing they are
        called contradicts the description."""
        role = lexicon.roles().get(noun.lower_)
        gender = role.gender if role else None
        age = descriptions.aged(noun)  # an age fits anyone; a role only someone with no other
        if role is None and not age:
            return None  # "the poll", "the jury", "the source": no one's description

        # a public figure's trade ("the Vell businesswoman", "the actor") may be said of one the text
        # gives an office; any other role ("the senator", "the doctor") only of one given no other
        calling = role is not None and role.sector in CALLINGS

        def fits(c: Cluster) -> bool:
            heads = {title_mentions.role_head(r) for r in c.roles}
            return (age or calling or not heads or lexicon.role_noun(noun.text) in heads) and (
                gender is None or c.gender in (None, gender)
            )

        return self._nearest(self.people, source.start, EPITHET_WINDOW, fits)

    def _named_ahead(self, source: Span, noun: Token) -> Cluster | None:
        """ "A transit chief says ... Police Chief Ed Alvarez said": the person named next with that role."""
        wanted, last = lexicon.role_noun(noun.text), self.sent_of[source.start] + AHEAD
        i = bisect_left(self.people, source.end, key=_position)
        while i < len(self.people) and self.sent_of[self.people[i][0]] <= last:
            cluster = self.people[i][2]
            if any(title_mentions.role_head(r) == wanted for r in cluster.roles):
                return cluster
            i += 1
        return None

    def _body_ahead(self, source: Span, noun: Token) -> Cluster | None:
        """ "according to a group of tenants. The group, Fair Rent Alliance, ...": the body named next
        under the same noun."""
        same = self.by_head.get(noun.lower_, [])
        i, last = bisect_left(same, source.end, key=_position), self.sent_of[source.start] + AHEAD
        while i < len(same) and self.sent_of[same[i][0]] <= last:
            if not same[i][2].described:
                return same[i][2]
            i += 1
        return None

    def _nearest(self, mentions, before: int, window: int, fits=_any, subjects=False) -> Cluster | None:
        """The best fitting mention in the nearest sentence before token ``before`` that has one, within
        ``window`` sentences: a main-clause subject first, then the nearest (with ``subjects``, only
        subjects: "at the awards" is no antecedent of "it said")."""
        here = self.sent_of[before]
        best = None
        i = bisect_left(mentions, before, key=_position) - 1
        while i >= 0 and here - self.sent_of[mentions[i][0]] <= window:
            at, rank, cluster = mentions[i]
            if best is not None and self.sent_of[at] != self.sent_of[best[0]]:
                break
            if fits(cluster) and (rank or not subjects) and (best is None or rank > best[1]):
                best = (at, rank, cluster)
            i -= 1
        return best[2] if best is not None else None

    def _sole(self, mentions, before: int, window: int, fits) -> Cluster | None:
        """The one fitting cluster the nearest sentence before token ``before`` (within ``window``
        sentences) names, when it names it as a subject; None when it names two ("Vell sued Apex"),
        or only as an object or an owner ("Lee told Apex", "Apex investors fret")."""
        here = self.sent_of[before]
        found: dict[int, bool] = {}  # cluster -> named as a subject there
        sent, sole = None, None
        i = bisect_left(mentions, before, key=_position) - 1
        while i >= 0 and here - self.sent_of[mentions[i][0]] <= window:
            at, rank, cluster = mentions[i]
            if sent is not None and self.sent_of[at] != sent:
                break
            if fits(cluster):
                sent = self.sent_of[at]
                acting = bool(rank or subject_rank(_first_of_names(self.doc[at])))
                found[id(cluster)] = found.get(id(cluster), False) or acting
                sole = cluster
            i -= 1
        return sole if len(found) == 1 and all(found.values()) else None

    @staticmethod
    def _last(mentions, before: int, fits=_any) -> Cluster | None:
        """The last fitting mention before token ``before``, however far back."""
        i = bisect_left(mentions, before, key=_position) - 1
        while i >= 0 and not fits(mentions[i][2]):
            i -= 1
        return mentions[i][2] if i >= 0 else None


def _cited_outlet(cluster: Cluster, sector: str | None) -> bool:
    """A known news outlet, which only a press noun ("the newspaper") recalls."""
    return sector != "JRN" and outlets.outlet_country(cluster.name) is not None


def _first_of_names(tok: Token) -> Token:
    """ "Apex" of "Apex and Vell Bank met", for "Vell": what a name joined to another stands in for."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # within the name: "Apex" of "the Apex report" owns a report, and acts not
    return first_conjunct(tok)


# An entry's token index, the key every bisection and insertion reads: a C getter, not a Python call.
_position = itemgetter(0)


def _echoes(source: Span, noun: Token, cluster: Cluster) -> bool:
    """Whether a definite description only repeats what an earlier one said: "the poll" or "the new
    poll" after "a new poll", not "the Harbour Times poll" (another poll)."""
    said = {w.lower() for w in cluster.name.replace("-", " ").split()}
    own = [t for t in source if t.i != noun.i and not t.is_punct and t.dep_ not in ("det", "case")]
    return all(t.lower_ in said for t in own)


# What an actor is where a pair is found: a cluster to the speakers, an actor id to the stances.
T = TypeVar("T")


def pair_before(they: Token, actor_at: Mapping[int, T], since: int) -> tuple[T, ...]:
    """Whom "they" stands for when the nearest plural before it, from token ``since`` on, joins
    named actors (``actor_at``: the actor each token names): "Lee and Kim met. They criticised X"
    and "... two senators, Lee and Kim. They criticised X" are Lee and Kim; after "The unions met",
    or a singular subject nearer ("Lee and Kim met the mayor. She ..."), "they" names no one."""
    doc = they.doc
    for i in reversed(range(since, they.i)):
        tok = doc[i]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
        if not plural and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        listed = next((c for c in tok.children if c.dep_ == "appos"), tok)
        pair = (listed, *listed.conjuncts)
        named = [actor_at.get(t.i) for t in pair]
        return tuple(dict.fromkeys(named)) if len(pair) > 1 and all(named) else ()
    return ()
