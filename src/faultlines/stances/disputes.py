"""Disputes: actors holding opposite stances on one topic, in two sides, with the quotes that show it."""

from __future__ import annotations

from faultlines.model import Actor, Dispute, Stance

# Sectors whose members speak for their country (PLOVER codes): a minister's stance is the
# government's, a journalist's or an opposition leader's is not.
STATE_SECTORS = frozenset({"GOV", "MIL"})


def find(stances: list[Stance], actors: list[Actor]) -> list[Dispute]:
    """One dispute per topic on which some actors are for and others against."""
    by_id = {a.id: a for a in actors}
    disputes = []
    for topic in dict.fromkeys(s.topic for s in stances):
        firm = [s for s in stances if s.topic == topic and s.polarity]
        sides = [[s.actor for s in firm if s.polarity == p] for p in dict.fromkeys(s.polarity for s in firm)]
        if len(sides) != 2:
            continue
        for side, other in (sides, sides[::-1]):
            side.extend(_countries(side, other, actors, by_id))
        evidence = dict.fromkeys(q for s in firm for q in s.quotes)
        disputes.append(Dispute(topic, sides, list(evidence)))
    return disputes


def _countries(side: list[str], other: list[str], actors: list[Actor], by_id: dict[str, Actor]) -> list[str]:
    """Country actors a side speaks for: its officials agree and no official of theirs is opposite."""

    def state_countries(ids: list[str]) -> set[str]:
        members = [by_id[i] for i in ids if i in by_id]
        return {
            a.country for a in members if a.country and (a.kind == "country" or a.sector in STATE_SECTORS)
        }

    mine, theirs = state_countries(side), state_countries(other)
    return [
        a.id
        for a in actors
        if a.kind == "country" and a.country in mine - theirs and a.id not in side and a.id not in other
    ]
