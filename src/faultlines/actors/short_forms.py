"""A body's short names: "Velmo" after "Velmo Group Corp.", "PH&R" after "Pacific Harbor & Rail Co.".

An article names a company in full once and by its short name after; both are one actor. A short
name that opens several bodies' names ("Velmo" beside "Velmo Group" and "Velmo Foundation") is left
alone, and so is one whose long name goes on with more than a company's generic words: "Velmo
Music" or "Velmo Bank" is a part of Velmo, or another body, not Velmo. Initials that spell one
body's name are that body, whatever names they open besides ("DHS" and "the DHS Office of Inspector
General").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines.actors import lexicon
from faultlines.actors.outlets import NEWS_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from faultlines.actors.mention import Mention

# Words a company's full name adds to the name it goes by: "Velmo Group", "Velmo Holdings", "Velmo Energy".
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
        # the trade a company's full name adds: "Velmo Energy" is Velmo, "Brenner Coal" Brenner
        "energy",
        "coal",
        "mining",
        "oil",
        "petroleum",
        "motors",
        "airlines",
        "pharmaceuticals",
        "steel",
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
    # every short name is held against every body's name: each name is split into words once
    full_words = {k: m.name.split() for k, m in bodies.items()}
    found: dict[str, str] = {}
    for short_key, short in (bodies | persons).items():
        if lexicon.place(short.name) is not None:
            continue
        words, letters = short.name.split(), _letters(short.name)
        longs = [
            k for k, full in full_words.items() if k != short_key and _opens(words, letters, full) is not None
        ]
        # "DHS" spells the Department of Homeland Security; "DHS Office of Inspector General" is a part
        spelled = [k for k in longs if letters is not None and _initials(letters, full_words[k])]
        longs = spelled if len(spelled) == 1 else longs
        if len(longs) != 1 or not _opens(words, letters, full_words[longs[0]]):
            continue  # none, or several bodies, or a part of the body ("Velmo Music")
        long_key = longs[0]
        full = bodies[long_key].name
        # initials are a body's, whatever the tagger says; a one-word name opens it, or is its masthead
        if short_key in persons and not (
            full.startswith(short.name + " ") or full.endswith(" " + short.name)
        ):
            continue
        if short.entry is not None and bodies[long_key].entry is None:
            found[long_key] = short_key
        else:
            found[short_key] = long_key
    return found


def _opens(words: list[str], letters: str | None, full: list[str]) -> bool | None:
    """Whether a short name (its ``words``, and its ``letters`` if it may be initials) is a short name
    of the body whose name's words are ``full``: True for its first words before generic company
    words ("Velmo" of "Velmo Group"), its initials ("PH&R") or a paper's masthead noun ("the Gazette"
    of the "Harbour Gazette"), False for first words before other words ("Velmo" of "Velmo Music"),
    None when it neither opens nor abbreviates it."""
    if len(full) > len(words) and full[: len(words)] == words:
        return all(w.lower() in COMPANY_WORDS for w in full[len(words) :])
    if len(words) == 1 and len(full) > 1 and full[-1] == words[0] and words[0].lower() in NEWS_WORDS:
        return True
    return True if letters is not None and _initials(letters, full) else None


def initials(words: list[str]) -> str:
    """The first letters of a name's capitalised words: "US" for "United States"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _letters(short: str) -> str | None:
    """The capitals a name of initials is made of ("PHR" of "PH&R", "PHR" of "P.H.R."); None for a
    name that is no initials."""
    letters = re.sub(r"[.&]", "", short)
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else None


def _initials(letters: str, full: list[str]) -> bool:
    """ "PH&R" or "P.H.R." for "Pacific Harbor & Rail": the capitals of the name's words, in order."""
    named = [w for w in full if w.lower() not in NAME_GAPS]
    return len(named) >= 2 and all(w[:1].isupper() for w in named) and initials(named) == letters
