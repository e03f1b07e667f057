"""The state an article is about, for its bodies and office-holders named without a country:
"Congress", "the State Department", "the Foreign Ministry", "Sen. Ada Moss", "Governor Ivo Kral".

News names its own country's institutions and officials bare and qualifies another's ("Russia's
Foreign Ministry", "the Kenyan parliament", "Polish Foreign Minister Ada Moss"). In a story that
names one country only, anyone holding a role, the people it names by one ("protesters",
"prosecutors") and any public body or party of unknown country are of it ("President Levy
Mwanawasa" in a story of Zambia alone). Where several are named, a public body, a party or a public
office-holder belongs to the one the article is mostly about: the country most of its coded mentions
belong to, when it clearly leads them; in a story shared between countries they stay of unknown
country. The press a story cites and the scholars it asks are of any country and tell nothing of it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon
from faultlines.actors.lexicon import PUBLIC
from faultlines.actors.mention import MEDIA, PARTY

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.actors.clusters import Cluster, Clusters

# The share of the coded mentions (people, bodies, countries with a country) the leading country
# must hold, and how many there must be at least: "Congress" in a story of Washington, not in one
# of Russia and Ukraine nor in a three-line brief.
LEAD = 0.6
MIN_MENTIONS = 5
# Sectors of those a story cites from outside what it is about: the press and scholars.
OUTSIDERS = frozenset({MEDIA, "EDU"})
# Codes of bodies above or outside states, which name no country an article is about.
STATELESS = frozenset({"IGO", "NGO"})
# Sectors of the bodies a state has of its own: its public bodies and its parties.
STATE_BODIES = PUBLIC | {PARTY}
# Sectors of armed groups, which fight across borders: the Islamic State is no one country's, though
# a story of Washington may name no other.
ARMED = frozenset({"REB", "INS", "UAF", "CRM", "SPY"})
# Roles of a crown, which a story of a republic names only of another country or another age:
# "King George III" in a story of Washington.
CROWNS = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "pope"})
# Words of a body's name that set it above any one state: "the European Space Agency", "the World
# Health Assembly", "the International Court".
ABOVE_STATES = frozenset({
    "european", "international", "world", "global", "african", "asian", "arab", "americas",
    "inter-american", "atlantic", "pacific", "nordic", "commonwealth", "regional", "nations",
})  # fmt: skip


def assign(clusters: Clusters, doc: Doc) -> None:
    """Give the bodies and office-holders of unknown country the country the article is about."""
    named = _named_countries(clusters, doc)
    if len(named) == 1:
        country = named.pop()
        for cluster in clusters.items:
            if cluster.country is None and (_in_a_role(cluster) or _public(cluster)):
                cluster.country = country
        return
    if (country := _leading(clusters)) is None:
        return
    for cluster in clusters.items:
        if cluster.country is None and (_public(cluster) or (cluster.sector in PUBLIC and _office(cluster))):
            cluster.country = country


def _named_countries(clusters: Clusters, doc: Doc) -> set[str]:
    """The countries a story names: its actors' and its places, demonyms included."""
    named = {c.country for c in _telling(clusters)}
    named |= {
        p.country
        for e in views.ents(doc)
        if e.label_ in ("GPE", "NORP", "LOC") and (p := lexicon.place(views.span_text(e)))
    }
    return named - STATELESS


def _leading(clusters: Clusters) -> str | None:
    """The country that holds most of the coded mentions, if it clearly leads them."""
    counts: Counter[str] = Counter()
    for cluster in _telling(clusters):
        if cluster.country not in STATELESS:
            counts[cluster.country] += len(cluster.spans)
    total = sum(counts.values())
    if total < MIN_MENTIONS:
        return None
    country, held = counts.most_common(1)[0]
    return country if held >= LEAD * total else None


def _telling(clusters: Clusters) -> list[Cluster]:
    """The actors whose country tells what the story is about: not the press it cites ("Reuters
    reported") nor the scholars it asks ("a professor at the University of Utah" on Delhi's smog),
    who may be of any country."""
    return [c for c in clusters.items if c.country and c.sector not in OUTSIDERS]


def _public(cluster: Cluster) -> bool:
    """A public body or a party of one state: not one above states ("the European Space Agency")."""
    return cluster.kind == "organisation" and cluster.sector in STATE_BODIES and not _above_states(cluster)


def _in_a_role(cluster: Cluster) -> bool:
    """Someone the text gives a role, or people it names by one ("protesters", "lawmakers"), save an
    armed group and those of a body above states ("European Community foreign ministers")."""
    if _above_states(cluster):
        return False
    if cluster.kind == "group":
        return bool(cluster.sector) and cluster.sector not in ARMED
    return cluster.kind == "person" and cluster.entry is None and bool(cluster.sector)


def _office(cluster: Cluster) -> bool:
    """A person in a public office of one state: not a crown, of another country or age."""
    titles = {role.split()[-1].lower() for role in cluster.roles if role.split()}
    return cluster.kind == "person" and cluster.entry is None and not titles & CROWNS


def _above_states(cluster: Cluster) -> bool:
    """A name that sets its bearer above any one state."""
    return bool(ABOVE_STATES & set(cluster.name.lower().split()))
