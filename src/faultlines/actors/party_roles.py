"""Roles qualified by a party ("the Republican nominee", "the GOP presidential candidate") joined to
the person the text gives that party and role: "Republican nominee Ada Roos" or "Ben Culver, the
Democratic nominee", else the gazetteer person party-roles.tsv lists as that party's nominee in the
article's year. Such a description names a person, never the party inside it, and never the rival's
nominee; with nobody of that party and role it stays unresolved rather than going to whoever was
named last.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from faultlines import tables, views
from faultlines.actors.lexicon import HERE
from faultlines.actors.nouns import nouns
from faultlines.actors.title_mentions import heads_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.clusters import Cluster, Clusters

# A role key: the party and the offices the words name ("presidential", "vice", "Senate").
Key = tuple[str, frozenset[str]]

# Words a premodifier run before a name may hold besides the party and the role: "presidential".
_RUN_POS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT"})


@cache
def _table() -> dict[str, list[list[str]]]:
    return tables.sections(HERE / "party-roles.tsv")


@cache
def parties() -> dict[str, str]:
    """A party word as written, lower case -> the party it names: "gop" -> "republican"."""
    return {word: party for word, party in _table()["parties"]}


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(noun for (noun,) in _table()["roles"])


@cache
def offices() -> dict[str, str]:
    return {word: office for word, office in _table()["offices"]}


@cache
def past_words() -> frozenset[str]:
    return frozenset(word for (word,) in _table()["past"])


def role_noun(tok: Token) -> bool:
    """Whether ``tok`` is a party person's role noun, "standard-bearer" split by the tokenizer too."""
    if tok.lower_ in role_nouns():
        return True
    if tok.i < 2:
        return False
    doc, found = tok.doc, views.offsets(tok.doc)  # the three words' text, cut without a Span
    return views.text(doc)[found.starts[tok.i - 2] : found.ends[tok.i]].lower() in role_nouns()


def key_of(noun: Token, words: list[Token]) -> Key | None:
    """The role key of ``words`` headed by role noun ``noun``: a capitalised party word among them."""
    return _key([t.text for t in words]) if role_noun(noun) else None


def _key(words: list[str]) -> Key | None:
    """None for a past race too: "former Republican nominee Ada Roos", "the 2012 Democratic nominee"."""
    if any(w.lower() in past_words() or w.isdigit() for w in words):
        return None
    party = next((parties()[w.lower()] for w in words if w.lower() in parties() and w[:1].isupper()), None)
    if party is None:
        return None
    return party, frozenset(offices()[w.lower()] for w in words if w.lower() in offices())


def fits(wanted: Key, held: Key) -> bool:
    """Whether a description's role names a role held: same party, no office the holder's lacks,
    and the running mate only for the running mate."""
    (party, said), (theirs, holds) = wanted, held
    return party == theirs and said <= holds and ("vice" in said) == ("vice" in holds)


@cache
def _nominees() -> dict[str, list[tuple[Key, frozenset[int]]]]:
    """Gazetteer id -> the party roles it held, each with the election years."""
    found: dict[str, list[tuple[Key, frozenset[int]]]] = {}
    for entry, party, held, years in _table()["nominees"]:
        key = (party, frozenset(held.split()))
        found.setdefault(entry, []).append((key, frozenset(int(y) for y in years.split())))
    return found


def _listed(person: Cluster, year: int | None) -> dict[Key, int]:
    """The party roles the table gives a gazetteer person in ``year``, or in any year when it is
    unknown, each with the last year held."""
    roles = _nominees().get(person.entry.id, []) if person.entry is not None else []
    return {key: max(years) for key, years in roles if year is None or year in years}


def described_key(source: Span) -> Key | None:
    """The role key of a description headed by a party role: "the Republican nominee", and the
    office after it ("the Democratic nominee for governor")."""
    noun = source.root
    if not role_noun(noun):
        return None
    words = list(noun.doc[noun.left_edge.i : noun.i + 1])
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"):
        words += list(prep.subtree)
    return key_of(noun, words)


def _premodifier_key(name: Span) -> Key | None:
    """ "Republican presidential nominee Ada Roos": the run of title words right before a name."""
    doc, i = name.doc, name.start - 1
    if i < 0 or not role_noun(doc[i]):
        return None
    start = i
    while start > 0 and name.start - start < 6 and doc[start - 1].pos_ in _RUN_POS:
        prev = doc[start - 1]
        if prev.is_sent_end or prev.ent_type_ == "PERSON" or (prev.is_punct and prev.text != "-"):
            break
        start -= 1
    return key_of(doc[i], list(doc[start : i + 1]))


def _appositive_key(name: Span) -> Key | None:
    """ "Ben Culver, the Democratic nominee" or "the Democratic nominee, Ben Culver"."""
    head = name.root
    partners = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        partners.append(head.head)
    for noun in partners:
        words = [t for t in noun.subtree if t.i < name.start or t.i >= name.end]
        if (found := key_of(noun, words)) is not None:
            return found
    return None


# The party roles beside each mention, per Doc: every party description asks them of every person's
# mentions, and a mention's words do not change.
BESIDE = views.DocCache[dict[tuple[int, int], tuple["Key | None", "Key | None"]]]("actors.party_roles_beside")


def stated(person: Cluster) -> set[Key]:
    """The party roles the text gives a person beside one of its names."""
    found = set()
    for span in person.spans:
        for key in _beside(span):
            if key is not None:
                found.add(key)
    return found


def _beside(name: Span) -> tuple[Key | None, Key | None]:
    kept = BESIDE.get(name.doc, dict)
    at = (name.start, name.end)
    if at not in kept:
        kept[at] = (_premodifier_key(name), _appositive_key(name))
    return kept[at]


def holder(key: Key | None, people: list[Cluster], year: int | None) -> Cluster | None:
    """The one person the text gives this party role, else the one the gazetteer does (a story about
    a race seldom spells out who its nominees are): of several, the latest to hold it when the
    article's year is unknown. None for nobody, or several the text names so (a primary)."""
    if key is None:
        return None
    found = [p for p in people if any(fits(key, k) for k in stated(p))]
    if found:
        return found[0] if len(found) == 1 else None
    held: dict[int, int] = {}
    for person in people:
        years = [last for k, last in _listed(person, year).items() if fits(key, k)]
        if years:
            held[id(person)] = max(years)
    if not held:
        return None
    latest = [p for p in people if held.get(id(p)) == max(held.values())]
    return latest[0] if len(latest) == 1 else None


def _descriptions(doc: Doc) -> list[Span]:
    """Definite party-role descriptions: "the Republican nominee", "the GOP nominee's plan"."""
    found = []
    cols = views.columns(doc)
    ends = {noun.rsplit("-", 1)[-1] for noun in role_nouns()}  # "bearer" of a split "standard-bearer"
    for i in [i for i in nouns(doc) if cols.lower[i] in ends]:
        tok = doc[i]  # read from the columns first: few nouns are role nouns
        if not role_noun(tok) or not heads_phrase(tok):
            continue
        chunk = doc[tok.left_edge.i : tok.i + 1]
        if chunk[0].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in chunk):
            continue
        if key_of(tok, list(chunk)) is not None:
            found.append(chunk)
    return found


def link(clusters: Clusters, doc: Doc) -> None:
    """Each party-role description joined to the person of that party and role; the party named in
    it is no mention of the party's organisation."""
    people = clusters.persons()
    for chunk in _descriptions(doc):
        _unmention_party(clusters, chunk)
        person = holder(described_key(chunk), people, clusters.year)
        if person is not None:
            person.spans.append(chunk)
            for i in range(chunk.start, chunk.end):
                clusters.at[i] = person


def _unmention_party(clusters: Clusters, chunk: Span) -> None:
    """Drop the party's own mentions inside a description of its person ("GOP" of "the GOP nominee")."""
    for i in range(chunk.start, chunk.end - 1):
        cluster = clusters.at.get(i)
        if cluster is None or cluster.kind == "person" or chunk.doc[i].lower_ not in parties():
            continue
        cluster.spans = [s for s in cluster.spans if not (chunk.start <= s.start and s.end <= chunk.end)]
        for k in [k for k, c in clusters.at.items() if c is cluster and chunk.start <= k < chunk.end]:
            del clusters.at[k]
        if not cluster.spans and cluster in clusters.items:
            clusters.items.remove(cluster)
