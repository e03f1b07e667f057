"""Namesakes in one document: clusters of the same name the tagger or the tables set apart.

The tagger may take a body's name for a person's here and there ("RT said", "PolitiFact rated"), or
the gazetteer know one mention of a name and not another; one name is one actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors import lexicon

if TYPE_CHECKING:
    from faultlines.actors.clusters import Cluster, Clusters


def join(clusters: Clusters) -> None:
    """Join each set of namesakes into the one that outweighs the others (``_weight``). A country and
    a body of its name ("Iceland", the grocer) stay apart."""
    by_name: dict[str, Cluster] = {}
    for cluster in list(clusters.items):
        if cluster.kind == "country":
            continue
        name = lexicon.key(cluster.name)
        other = by_name.setdefault(name, cluster)
        if other is cluster:
            continue
        weights = _weight(other), _weight(cluster)
        if weights[0] == weights[1]:
            continue  # nothing tells which the name is
        keep, gone = (other, cluster) if weights[0] > weights[1] else (cluster, other)
        keep.spans += gone.spans
        keep.country, keep.sector = keep.country or gone.country, keep.sector or gone.sector
        keep.entry = keep.entry or gone.entry
        clusters.items.remove(gone)
        clusters.at.update({i: keep for i, c in clusters.at.items() if c is gone})
        by_name[name] = keep


def _weight(cluster: Cluster) -> tuple[bool, bool, int]:
    """What makes one namesake the name, by rank: the gazetteer's; a body a table places; the one
    named more often, for a name of several words (a lone "Scott" may be the surname of a man the
    tagger took for a body, as often as a body's name)."""
    named = len({s.start for s in cluster.spans}) if " " in cluster.name.strip() else 0
    return (
        cluster.entry is not None,
        cluster.kind != "person" and bool(cluster.country or cluster.sector),
        named,
    )
