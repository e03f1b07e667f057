"""Actors: mentions, in-document coreference, roles, country and sector, the gazetteer.

``resolve`` is the pipeline stage; ``use_gazetteer`` adds a user's actor CSV for the process.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from faultlines.actors.gazetteer import use_gazetteer
from faultlines.actors.mention import INITIALS
from faultlines.model import Actor, Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from faultlines.actors.clusters import Cluster
    from faultlines.model import Analysis

__all__ = ["actor_id", "resolve", "use_gazetteer"]

GENDERS = {"f": "female", "m": "male"}


def actor_id(name: str, country: str | None, kind: str) -> str:
    """A stable id from the canonical name, and for a body its country: the same actor gets it in
    every article. A person's id is their name alone, middle initials aside: one article says where
    "Ann R. Lee" is from and another calls her "Ann Lee", and she is one person in the store; a body
    is named by its kind ("the Ministry of Finance"), whose country tells which one."""
    if kind == "country" and country:
        return "country-" + country.lower()
    if kind == "person":
        first, *rest = name.split() or [""]
        return _slug(" ".join([first, *(w for w in rest if not INITIALS.fullmatch(w))]))
    slug = _slug(name)
    return f"{slug}-{country.lower()}" if country else slug


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-")


def resolve(analysis: Analysis, doc: Doc) -> None:
    """Fill ``analysis.actors`` and point every quote's ``speaker``/``addressee`` at one of them."""
    from faultlines.actors import (
        body_pronouns,
        coref,
        home_state,
        mentions,
        outlets,
        recalled_bodies,
        speakers,
    )

    year = int(analysis.published[:4]) if analysis.published and analysis.published[:4].isdigit() else None
    clusters = coref.build(mentions.find(doc), doc, year)
    said = speakers.attribute(analysis, doc, clusters)
    recalled_bodies.attach(doc, clusters)
    body_pronouns.attach(doc, clusters, analysis.quotes, said)
    home_state.assign(clusters, doc)
    actors: dict[str, Actor] = {}
    ids: dict[int, str] = {}
    home = outlets.home_country(analysis)
    for cluster in clusters.items:
        actor = _actor(cluster, analysis, year, home)
        if actor.id in actors:
            _merge(actors[actor.id], actor)
        else:
            actors[actor.id] = actor
        ids[id(cluster)] = actor.id
    analysis.actors = sorted(actors.values(), key=lambda a: a.mentions[0].start if a.mentions else 0)
    for quote in analysis.quotes:
        cluster = said.get(quote.id)
        if cluster is not None and id(cluster) in ids:
            quote.speaker = Ref(ids[id(cluster)], actors[ids[id(cluster)]].name)
        else:  # several speakers together ("Ames and Cole said") are named, each already an actor
            quote.speaker = Ref(None, cluster.name) if cluster is not None else None
        if quote.addressed is not None:
            target = speakers.addressee(quote.addressed.text, clusters)
            quote.addressee = (
                Ref(ids[id(target)], actors[ids[id(target)]].name)
                if target
                else Ref(None, quote.addressed.text)
            )


def _actor(cluster: Cluster, analysis: Analysis, year: int | None, home: str | None) -> Actor:
    entry = cluster.entry
    country = entry.country if entry and entry.country else cluster.country
    if country is None and entry is None and cluster.kind == "person" and cluster.sector == "JRN":
        # A journalist the text places nowhere (an interviewer, a columnist) is taken to work for the
        # publication's own country's press; the id stays on what the text says.
        country = home
    name = entry.name if entry else cluster.name
    roles = cluster.roles or (entry.roles_in(year) if entry else [])
    spans = sorted({(s.start_char, s.end_char) for s in cluster.spans})
    uid = entry.id if entry else actor_id(name, cluster.country, cluster.kind)
    if cluster.described:
        uid = f"{uid}-{_document_tag(analysis.id)}"
    return Actor(
        id=uid,
        name=name,
        kind=cluster.kind,  # type: ignore[arg-type]
        country=country,
        sector=cluster.sector_in(year) if cluster.kind != "country" else None,
        roles=list(roles),
        mentions=[analysis.span(s, e) for s, e in spans],
        gender=GENDERS.get(cluster.stated) if cluster.kind == "person" else None,
    )


def _document_tag(document_id: str) -> str:
    """A short, stable tag of a document id, to keep described actors apart across articles."""
    return hashlib.blake2s(document_id.encode("utf-8"), digest_size=4).hexdigest()


def _merge(into: Actor, other: Actor) -> None:
    into.roles += [r for r in other.roles if r not in into.roles]
    spans = {(m.start, m.end): m for m in [*into.mentions, *other.mentions]}
    into.mentions = [spans[k] for k in sorted(spans)]
    into.country = into.country or other.country
    into.sector = into.sector or other.sector
    into.gender = into.gender or other.gender
