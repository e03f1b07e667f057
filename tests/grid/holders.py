"""The holder-shape grid: the ways news names who takes a side, x frames x topics.

Holders come as real reports shape them: a description with its names set off by dashes or commas,
a name followed by a long relative clause or apposition, nationality adjectives standing for the
bodies of countries, members standing for their body, lists of titled persons, a name joined to a
described group, and names set beside a holder ("along with", "including"). Unnamed groups
("some officials", "critics") hold nothing: their cells expect no firm stance.
"""

from __future__ import annotations

from itertools import product

from tests.grid import filled, stance_record

# How the text names the holders, the names a reader gives them, and their pronoun as subject.
HOLDERS = {
    "dashes": ("the two neighbours - Canada and Peru -", ("Canada", "Peru"), "they"),
    "dashes_far": (
        "the only two states to have signed pacts with Chile - Canada and Peru -",
        ("Canada", "Peru"),
        "they",
    ),
    "commas": (
        "three senators, Ada Roos, Ben Hale and Cy Marr,",
        ("Ada Roos", "Ben Hale", "Cy Marr"),
        "they",
    ),
    "relative": ("Governor Ben Hale, who lost his re-election bid this month,", ("Ben Hale",), "he"),
    "apposition": (
        "Ada Roos, a former mayor who has chaired the harbour board since 2010,",
        ("Ada Roos",),
        "she",
    ),
    "demonym_bodies": ("the Canadian and Peruvian defence ministries", ("Canada", "Peru"), "they"),
    "demonym_officials": ("Canadian officials", ("Canada",), "they"),
    "members": ("Northwind Energy executives", ("Northwind Energy",), "they"),
    "leaders": ("Green Party leaders", ("Green Party",), "they"),
    "titled_list": (
        "President Ada Roos, Senator Ben Hale and Governor Cy Marr",
        ("Ada Roos", "Ben Hale", "Cy Marr"),
        "they",
    ),
    "name_and_group": ("Ada Roos and Green Party leaders", ("Ada Roos", "Green Party"), "they"),
    "along_with": ("Ada Roos, along with Ben Hale,", ("Ada Roos", "Ben Hale"), "they"),
    "along_with_first": ("along with Ben Hale, Ada Roos", ("Ada Roos", "Ben Hale"), "they"),
    "joined_by": ("Ada Roos, joined by Ben Hale,", ("Ada Roos", "Ben Hale"), "they"),
    "leaders_of": ("the leaders of Canada and Peru", ("Canada", "Peru"), "they"),
    "officials_from": ("officials from Canada", ("Canada",), "they"),
    "board": ("Northwind Energy's board", ("Northwind Energy",), "it"),
    "including": ("several countries, including Canada and Peru,", ("Canada", "Peru"), "they"),
    "such_as": ("countries such as Canada and Peru", ("Canada", "Peru"), "they"),
    "some_officials": ("some officials", ("officials",), "they"),
    "critics": ("critics", ("critics",), "they"),
    "other_officials": ("other Canadian officials", ("officials",), "they"),
    "many_lawmakers": ("many lawmakers", ("lawmakers",), "they"),
}
UNNAMED = frozenset({"some_officials", "critics", "other_officials", "many_lawmakers"})

TOPICS = {
    "plural": ("the new tariffs on steel", "tariffs on steel"),
    "law": ("the Clean Harbours Act", "Clean Harbours Act"),
    "gerund": ("closing the library", "closing the library"),
}

# {H} the holders, {T} the topic, {Tc} the topic capitalised, {P} the holders' pronoun as subject.
FRAMES = {
    "rejected": ("{H} rejected {T}.", -1),
    "welcomed": ("{H} welcomed {T} on Monday.", 1),
    "criticised": ("{H} sharply criticised {T}.", -1),
    "statement": ("In a statement, {H} condemned {T}.", -1),
    "voted_against": ("{H} voted against {T}.", -1),
    "called_for": ("{H} called for {T}.", 1),
    "voiced_support": ("{H} voiced support for {T}.", 1),
    "said_that": ("{H} said {P} supported {T}.", 1),
    "quoted_harm": ('"{Tc} will hurt families," said {H}.', -1),
    "neutral": ("{H} will speak about {T} on Monday.", 0),
    "hedged": ("{H} may back {T}.", 0),
}


def _sentence(frame: str, holder: str, pronoun: str, topic: str) -> str:
    # a holder closing the sentence loses the comma or dash that set its names off
    said = holder if "{H} " in frame else holder.rstrip(" ,-")
    return filled(frame, H=said, T=topic, P=pronoun)


# A holder opening its clause cannot follow its cue.
FRONTED = frozenset({"along_with_first"})
AFTER_CUE = frozenset({"quoted_harm"})


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``holder|frame|topic``."""
    return [
        stance_record(
            (hk, fk, tk),
            _sentence(frame, said, pronoun, phrase),
            names,
            label,
            0 if hk in UNNAMED else polarity,
        )
        for (hk, (said, names, pronoun)), (fk, (frame, polarity)), (tk, (phrase, label)) in product(
            HOLDERS.items(), FRAMES.items(), TOPICS.items()
        )
        if not (hk in FRONTED and fk in AFTER_CUE)
    ]
