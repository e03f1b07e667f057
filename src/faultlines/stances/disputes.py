"""Disputes: actors holding opposite stances on one topic, in two sides, with the quotes that show it."""

from __future__ import annotations

from faultlines.model import Actor, Dispute, Stance
from faultlines.stances.members import official

# Bodies named by the person they serve ("the Lark campaign", "the Lark administration"), which speak
# for that person.
VOICES = frozenset({"campaign", "administration"})


def find(stances: list[Stance], actors: list[Actor]) -> list[Dispute]:
    """One dispute per topic on which some actors are for and others against."""
    by_id = {a.id: a for a in actors}
    disputes = []
    for topic in dict.fromkeys(s.topic for s in stances):
        firm = [s for s in stances if s.topic == topic and s.polarity]
        sides = [[s.actor for s in firm if s.polarity == p] for p in dict.fromkeys(s.polarity for s in firm)]
        if len(sides) != 2:
            continue
        # a person and the campaign speaking for them are one voice, whatever their words
        sides = [[a for a in side if not _voice_of(a, other, by_id)] for side, other in (sides, sides[::-1])]
        if not all(sides):
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
        return {a.country for a in members if a.country and (a.kind == "country" or official(a))}

    mine, theirs = state_countries(side), state_countries(other)
    return [
        a.id
        for a in actors
        if a.kind == "country" and a.country in mine - theirs and a.id not in side and a.id not in other
    ]


def _voice_of(actor: str, others: list[str], by_id: dict[str, Actor]) -> bool:
    """Whether ``actor`` is the campaign or administration of a person among ``others``: "the Lark
    campaign" speaks for Ada Lark."""
    body = by_id.get(actor)
    words = body.name.lower().split() if body is not None and body.kind == "organisation" else []
    if len(words) != 3 or words[0] != "the" or words[2] not in VOICES:
        return False
    people = (by_id[o] for o in others if o in by_id and by_id[o].kind == "person")
    return any(p.name.lower().split()[-1:] == [words[1]] for p in people)
