"""State bodies named without their country: "Congress", "the State Department", "the Foreign
Ministry".

News names its own country's institutions bare and qualifies another's ("Russia's Foreign
Ministry", "the Kenyan parliament"), so a public body whose name holds no country belongs to the
country the article is mostly about: the one most of its coded mentions belong to, when it clearly
leads them. In a story shared between countries the body stays of unknown country.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from faultlines.actors.lexicon import PUBLIC

if TYPE_CHECKING:
    from faultlines.actors.clusters import Clusters

# The share of the coded mentions (people, bodies, countries with a country) the leading country
# must hold, and how many there must be at least: "Congress" in a story of Washington, not in one
# of Russia and Ukraine nor in a three-line brief.
LEAD = 0.6
MIN_MENTIONS = 5
# Codes of bodies above or outside states, which name no country an article is about.
STATELESS = frozenset({"IGO", "NGO"})
# Words of a body's name that set it above any one state: "the European Space Agency", "the World
# Health Assembly", "the International Court".
ABOVE_STATES = frozenset({
    "european", "international", "world", "global", "african", "asian", "arab", "americas",
    "inter-american", "atlantic", "pacific", "nordic", "commonwealth", "regional", "nations",
})  # fmt: skip


def assign(clusters: Clusters) -> None:
    """Give each public body of unknown country the article's leading country, if one leads."""
    counts: Counter[str] = Counter()
    for cluster in clusters.items:
        if cluster.country and cluster.country not in STATELESS:
            counts[cluster.country] += len(cluster.spans)
    total = sum(counts.values())
    if total < MIN_MENTIONS:
        return
    country, held = counts.most_common(1)[0]
    if held < LEAD * total:
        return
    for cluster in clusters.items:
        public = cluster.kind == "organisation" and cluster.sector in PUBLIC
        if public and cluster.country is None and not ABOVE_STATES & set(cluster.name.lower().split()):
            cluster.country = country
