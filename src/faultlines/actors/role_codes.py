"""A person's roles, and the country, sector and gender they code: "Kenyan Defence Minister Otieno
Wafula", "Ada Vale, a professor at the University of Utah", "Ada Vale (D-Ohio)".

A role's country is a place or people it names before any "to", "in" or "at" ("ambassador to the
United States" is the host's), else a body the tables know inside it ("White House Press Secretary"),
else the body after its "at" that employs the person; its sector is the role noun's, or for a title
states and other bodies share ("president") the sector of the body it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import lexicon, party_tags, titles
from faultlines.actors.mention import BUSINESS, MEDIA, body_sector, organisation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from faultlines.actors.clusters import Cluster
    from faultlines.actors.mention import Mention

# Titles that head a state and any other body alike: whose the office is, the body named tells.
OFFICERS = ("president", "chief executive")
# The most words of a body's name looked for inside a role ("Customs and Border Protection").
BODY_WORDS = 4
# The country code of bodies outside states (charities, advocacy groups).
NONSTATE = "NGO"


def add(cluster: Cluster, year: int | None) -> None:
    """Read a person's roles from the titles before their name and the appositions beside it, with
    what each codes; a party tag's codes after them; a gazetteer person's roles and office of
    ``year``; the gender an honorific states."""
    for span in cluster.spans:
        pre = titles.premodifier(span)
        for role in ([pre] if pre is not None else []) + titles.appositives(span):
            text = role.text
            if text not in cluster.roles:
                cluster.roles.append(text)
                _code_from_role(cluster, role)
    if any(party_tags.follows(s) and not _former(s) for s in cluster.spans):
        # after the titles, which tell a governor or a minister from a legislator
        cluster.country = cluster.country or party_tags.COUNTRY
        cluster.sector = cluster.sector or party_tags.SECTOR
    honorific = next((g for s in cluster.spans if (g := titles.honorific_gender(s))), None)
    cluster.stated = cluster.stated or honorific
    cluster.gender = cluster.gender or honorific
    if cluster.entry is not None:
        cluster.roles = cluster.roles or cluster.entry.roles_in(year)
        cluster.sector = cluster.sector_in(year)


def body_described(cluster: Cluster) -> str | None:
    """The body noun of an apposition saying what kind of body a person is ("Velmo Coal, a mining
    company", "Harbor Check, a fact-checking website"): the tagger's person is that body, unless
    another apposition gives a person's role ("Ada Lund, a founder of Velmo, a mining company"). A
    role in a body ("a company spokesman") is a person's."""
    bodies = lexicon.generic_bodies()
    nouns = [role.root.lemma_.lower() for span in cluster.spans for role in titles.appositives(span)]
    return nouns[0] if nouns and all(noun in bodies for noun in nouns) else None


def _former(name: Span) -> bool:
    """A name titled as one who no longer holds the office: "former Rep. Ada Vale"."""
    pre = titles.premodifier(name)
    return pre is not None and pre[0].lower_ in lexicon.PAST


def _code_from_role(cluster: Cluster, role: Span) -> None:
    """Country from a demonym or country name in a current role, else from a body it names or the one
    it says the person works at; sector and gender from its role noun."""
    kin = _kin(role)
    found = lexicon.find_role([t.text for t in role if t.i not in kin])
    former = role[0].lower_ in lexicon.PAST
    if not former and cluster.entry is None:
        # "ambassador to the United States": the country after "to"/"in" is the host, not the actor's.
        cut = next((t.i for t in role if t.lower_ in ("to", "in", "at")), role.end)
        place = next(
            (p for t in role if t.i < cut and (p := lexicon.place(t.text) or _multiword_place(t))), None
        )
        cluster.country = cluster.country or (
            place.country
            if place
            else _body_country(role[: cut - role.start]) or _employer_country(role, cut)
        )
        cluster.sector = cluster.sector or _officer_sector(role, found.sector if found else None)
    gendered = next(
        (r.gender for t in _role_nouns(role) if (r := lexicon.roles().get(t.lower_)) and r.gender), None
    )
    cluster.gender = cluster.gender or gendered
    cluster.stated = cluster.stated or gendered


def _employer_country(role: Span, cut: int) -> str | None:
    """The country of the body a role says someone works at: "a professor at the University of Utah",
    "a fellow at the Hoover Institution" when the text places it (``_staff_country``)."""
    if cut >= role.end or role.doc[cut].lower_ != "at":
        return None
    for ent in views.ents(role.doc):
        if ent.label_ in ("ORG", "FAC") and cut < ent.start and ent.end <= role.end:
            body = organisation(ent)
            if (country := _staff_country(body)) is not None:
                return country
    return None


def _body_country(role: Span) -> str | None:
    """The country of a body the tables know that a role names: "White House Press Secretary",
    "Kremlin spokesman", "a NATO commander" (a body above states gives IGO); not a title the tables
    also list as a body ("Secretary of State", Britain's too); nor a company ("Nissan's British
    chief", ``_staff_country``)."""
    words = [t.text for t in role]
    for size in range(min(len(words), BODY_WORDS), 0, -1):
        for start in range(len(words) - size + 1):
            name = " ".join(words[start : start + size])
            body = None if lexicon.key(name) in lexicon.roles() else lexicon.named_body(name)
            if (country := _staff_country(body)) is not None:
                return country
    return None


def _staff_country(body: lexicon.Body | Mention | None) -> str | None:
    """The country a body places those who work for it in: none for a charity, a company or an
    outlet, whose staff are of any country."""
    if body is None or body.country in (None, NONSTATE) or body.sector in (BUSINESS, MEDIA):
        return None
    return body.country


def _officer_sector(role: Span, sector: str | None) -> str | None:
    """The sector of a role that states and other bodies share ("president", "chief executive"): the
    sector of the body the role names, when it names one that is no place ("InfoNation President",
    "vice president at Blue Origin") or a kind of body ("president of the teachers' union", none for
    "the campaign's president"), else the role's own."""
    head = " ".join(
        t.lower_ for t in role if t.i == role.root.i or (t.dep_ == "amod" and t.head.i == role.root.i)
    )
    if not any(head.endswith(officer) for officer in OFFICERS):
        return sector  # "an aide to Vice President Lind" is an aide's role
    bodies = [
        e for e in views.ents(role.doc) if e.label_ in ("ORG", "FAC") and role.start <= e.start < role.end
    ]
    body = next((e for e in bodies if lexicon.place(views.span_text(e)) is None), None)
    if body is not None:
        return body_sector(body)
    kinds = lexicon.generic_bodies()
    kind = next((t.lemma_.lower() for t in role if t.pos_ == "NOUN" and t.lemma_.lower() in kinds), None)
    return sector if kind is None else kinds[kind]


def _kin(role: Span) -> set[int]:
    """The words of another person a role names as whose it is, with their title: "Queen Ada Holm's third
    child" and "the son of former Velmoran President Ivo Kral" hold no office (though they tell a
    country); "a spokesman for President Kral" speaks for his."""
    words: set[int] = set()
    for ent in views.ents(role.doc):
        if ent.label_ != "PERSON" or not (role.start <= ent.start and ent.end <= role.end):
            continue
        if ent.root.dep_ == "poss" or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of"):
            pre = titles.premodifier(ent)
            words.update(range(pre.start if pre is not None else ent.start, ent.end))
    return words


def _role_nouns(role: Span) -> list[Token]:
    """The role's own noun and the nouns compounded with it, which tell whom it names: "Queen
    Elizabeth's third child" is nobody's queen, "the senator's wife" is a wife."""
    return [
        role.root,
        *(c for c in role.root.children if c.dep_ == "compound" and c.i in range(role.start, role.end)),
    ]


def _multiword_place(tok: Token):
    """The place a multi-word entity starting at ``tok`` names ("United States"), looked up once."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "NORP", "LOC"):
        return None
    ent = next((e for e in views.ents(tok.doc) if e.start == tok.i), None)
    return lexicon.place(ent.text) if ent is not None else None
