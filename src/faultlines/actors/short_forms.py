"""A body's short names: "Velmo" after "Velmo Group Corp.", "PH&R" after "Pacific Harbor & Rail Co.".

An article names a company in full once and by its short name after; both are one actor. A short
name that opens several bodies' names ("Velmo" beside "Velmo Group" and "Velmo Foundation") is left
alone, and so is one whose long name goes on with more than a company's generic words: "Velmo
Music" or "Velmo Bank" is a part of Velmo, or another body, not Velmo.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines.actors import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from faultlines.actors.mention import Mention

# Words a company's full name adds to the name it goes by: "Velmo Group", "Velmo Holdings".
COMPANY_WORDS = frozenset(
    {
        "group",
        "holdings",
        "holding",
        "corporation",
        "company",
        "companies",
        "incorporated",
        "industries",
        "enterprises",
        "international",
        "limited",
    }
)
# Small words inside a name, which its initials leave out: "CFHR" for the "Council for Harbour Rights".
NAME_GAPS = frozenset({"of", "for", "and", "on", "the", "to", "in", "against", "&"})


def aliases(mentions: list[Mention], key: Callable[[Mention], str]) -> dict[str, str]:
    """The cluster key of each short name -> the key of the one body's full name it stands for
    (``key``: a mention's cluster key). The key of a name the gazetteer knows wins, so the
    body keeps its entry."""
    bodies = {key(m): m for m in mentions if m.kind == "organisation"}
    # a company's one-word name the tagger took for a person's ("Kestrel" of "Kestrel Group")
    persons = {key(m): m for m in mentions if m.kind == "person" and len(m.span) == 1 and m.entry is None}
    found: dict[str, str] = {}
    for short_key, short in (bodies | persons).items():
        if lexicon.place(short.name) is not None:
            continue
        longs = [k for k, m in bodies.items() if k != short_key and _opens(short.name, m.name) is not None]
        if len(longs) != 1 or not _opens(short.name, bodies[longs[0]].name):
            continue  # none, or several bodies, or a part of the body ("Velmo Music")
        long_key = longs[0]
        if short_key in persons and not bodies[long_key].name.startswith(short.name + " "):
            continue  # initials are a body's, whatever the tagger says; a one-word name opens it
        if short.entry is not None and bodies[long_key].entry is None:
            found[long_key] = short_key
        else:
            found[short_key] = long_key
    return found


def _opens(short: str, long: str) -> bool | None:
    """Whether ``short`` is a short name of the body named ``long``: True for its first words before
    generic company words ("Velmo" of "Velmo Group") or its initials ("PH&R"), False for first words
    before other words ("Velmo" of "Velmo Music"), None when it neither opens nor abbreviates it."""
    words, full = short.split(), long.split()
    if len(full) > len(words) and full[: len(words)] == words:
        return all(w.lower() in COMPANY_WORDS for w in full[len(words) :])
    return True if _initials(short, full) else None


def initials(words: list[str]) -> str:
    """The first letters of a name's capitalised words: "US" for "United States"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _initials(short: str, full: list[str]) -> bool:
    """ "PH&R" or "P.H.R." for "Pacific Harbor & Rail": the capitals of the name's words, in order."""
    letters = re.sub(r"[.&]", "", short)
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    named = [w for w in full if w.lower() not in NAME_GAPS]
    return len(named) >= 2 and all(w[:1].isupper() for w in named) and initials(named) == letters
