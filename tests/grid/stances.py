"""The stance grid: holders x frames x topics, each sentence with the stance a reader takes from it.

Frames of polarity 0 are negatives: the holder takes no side there (negated, hedged, asked, or the
position is someone else's), and a firm stance by the holder on the topic is an error.
"""

from __future__ import annotations

from itertools import product

from tests.grid import filled, stance_record

# How the text names the holder, and the name a reader gives the actor.
HOLDERS = {
    "person": ("Senator Ada Roos", "Ada Roos"),
    "org_of": ("the Federation of Dairy Farmers", "Federation of Dairy Farmers"),
    "org_for": ("the Alliance for Clean Rivers", "Alliance for Clean Rivers"),
    "company": ("Northwind Energy", "Northwind Energy"),
    "country": ("Canada", "Canada"),
    "government_of": ("the government of Peru", "Peru's government"),
    "place_body": ("the Ohio legislature", "Ohio legislature"),
    "party": ("the Green Party", "Green Party"),
    "acronym": ("the NFU", "NFU"),
    "court": ("the Supreme Court of Peru", "Supreme Court of Peru"),
    "bloc": ("the European Union", "European Union"),
    "union": ("the Teamsters union", "Teamsters union"),
    "agency": ("the Environmental Protection Agency", "Environmental Protection Agency"),
}

# The thing at stake as the text names it, and a reader's label for it.
TOPICS = {
    "plural": ("the new tariffs on steel", "tariffs on steel"),
    "law": ("the Clean Harbours Act", "Clean Harbours Act"),
    "owned": ("Governor Hale's budget", "Hale's budget"),
    "gerund": ("closing the library", "closing the library"),
    "deal": ("the merger with Apex", "merger with Apex"),
}

# {H} the holder, {T} the topic, {Tc} the topic capitalised; {P} the holder's pronoun as subject.
FRAMES = {
    "verb": ("{H} opposes {T}.", -1),
    "perfect": ("{H} has applauded {T}.", 1),
    "said_that": ("{H} said {P} supports {T}.", 1),
    "relative": ("{H}, which has long opposed {T}, met on Monday.", -1),
    "apposition": ("{H}, a critic of {T}, met on Monday.", -1),
    "statement": ("In a statement, {H} condemned {T}.", -1),
    "passive": ("{Tc} was backed by {H}.", 1),
    "vote": ("{H} voted against {T}.", -1),
    "urge": ("{H} urged the council to approve {T}.", 1),
    "reject": ("{H} rejected {T}.", -1),
    "welcome": ("{H} welcomed {T} on Monday.", 1),
    "call_for": ("{H} called for {T}.", 1),
    "voiced_support": ("{H} voiced support for {T}.", 1),
    "quoted_harm": ('"{Tc} will hurt families," {H} said.', -1),
    "quoted_praise": ('"{Tc} is a great step forward," {H} said.', 1),
    "criticised": ("{H} criticised {T}.", -1),
    "warned": ("{H} warned against {T}.", -1),
    "sued": ("{H} sued over {T}.", -1),
    "refused": ("{H} refused to back {T}.", -1),
    "withheld": ("{H} has not endorsed {T}.", 0),
    "hedged": ("{H} may back {T}.", 0),
    "asked": ("Does {H} support {T}?", 0),
    "others": ("{H} said critics oppose {T}.", 0),
    "neutral": ("{H} will speak about {T} on Monday.", 0),
}

PRONOUNS = {"person": "she"}


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``holder|frame|topic``."""
    return [
        stance_record(
            (hk, fk, tk),
            filled(frame, H=said, T=phrase, P=PRONOUNS.get(hk, "it")),
            [name],
            label,
            polarity,
        )
        for (hk, (said, name)), (fk, (frame, polarity)), (tk, (phrase, label)) in product(
            HOLDERS.items(), FRAMES.items(), TOPICS.items()
        )
    ]
