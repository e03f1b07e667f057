"""Title-only mentions ("the secretary", "the prime minister") joined to the person the text gave
that title before, or failing that the one the gazetteer does."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.clusters import WINDOW
from faultlines.actors.nouns import nouns
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from faultlines.actors.clusters import Cluster, Clusters


# The dependencies that head a noun phrase (spaCy's English noun chunks).
NP_DEPS = frozenset(
    {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT", "poss"}
)


def _title_heads(doc: Doc):
    """Definite title-only mentions: "the secretary", "the secretary of state", "the prime minister".

    The noun phrases are built around the role nouns only: spaCy's noun_chunks would walk every word."""
    cols, roles = columns(doc), lexicon.roles()
    for i in [i for i in nouns(doc) if cols.lower[i] in roles]:  # few nouns are role nouns
        root = doc[i]
        if not heads_phrase(root):
            continue
        chunk = doc[root.left_edge.i : i + 1]
        if chunk[0].lower_ != "the" or any(cols.ent_type[k] == "PERSON" for k in range(chunk.start, i + 1)):
            continue
        yield chunk


def heads_phrase(tok: Token) -> bool:
    """Whether ``tok`` heads a noun phrase, or is a conjunct of one that does."""
    if tok.dep_ != "conj":
        return tok.dep_ in NP_DEPS
    head = tok.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ in NP_DEPS


def link(clusters: Clusters, doc: Doc, sent_of: list[int]) -> None:
    people = clusters.persons()
    for chunk in _title_heads(doc):
        if chunk.start in clusters.at:
            continue
        appos = next((clusters.at.get(c.i) for c in chunk.root.children if c.dep_ == "appos"), None)
        person = (
            appos
            if appos is not None and appos.kind == "person"
            else titled(people, chunk, sent_of, clusters.year)
        )
        if person is not None:
            person.spans.append(chunk)
            clusters.add(person, chunk)


def titled(people: list[Cluster], chunk: Span, sent_of: list[int], year: int | None) -> Cluster | None:
    """The most recent earlier person whose role names this title's head noun: one the text gives
    that role ("President Obama ... the president") before one only the gazetteer does, for the
    article's ``year`` (for now, when the article is undated)."""
    return _titled(people, chunk, sent_of, year, listed=False) or _titled(
        people, chunk, sent_of, year, listed=True
    )


def _titled(
    people: list[Cluster], chunk: Span, sent_of: list[int], year: int | None, listed: bool
) -> Cluster | None:
    noun = lexicon.role_noun(chunk.root.text)
    # "the French president" is France's president, whoever "the president" was before; a place's
    # name may be a state's as well as a country's ("the Georgia senator"), a people's is not
    named = {p.country for t in chunk[:-1] if (p := lexicon.place(t.text)) and not (p.is_name or p.is_region)}
    best, best_at = None, -1
    for person in people:
        if named and person.country not in named:
            continue
        listing = person.entry.roles_in(year) if person.entry else []
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
