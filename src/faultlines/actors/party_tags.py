"""A US politician's party and state after the name: "Ada Vale (D-Ohio)", "Ray Odell (R-TX)",
"Ada Vale, D-Ohio, said".

US news tags members of Congress and of state legislatures so, and no one else: the tag is nobody
who acts ("Newport News" of "(D-Newport News)" is no place that speaks), and it places the person it
follows in the US, in a legislature.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# The party's initial and the state or district: "D-Ohio", "R - Utah", "I-Vt."
TAG = re.compile(r"[DRI]\s?[-–]\s?[A-Z]")
# What a tagged person is: a member of a US legislature.
COUNTRY = "USA"
SECTOR = "LEG"
# How a tag opens after the name: in brackets, or between commas (AP style).
OPENERS = frozenset({"(", ","})


def within(ent: Span) -> bool:
    """Whether an entity NER found is part of a tag: "Newport News" of "(D-Newport News)", "Utah" of
    ", R-Utah,"."""
    doc, start = ent.doc, ent.start
    opening = next((i for i in range(start, max(start - 4, -1), -1) if doc[i].text in OPENERS), None)
    return opening is not None and bool(TAG.match(doc[opening + 1 : ent.end].text))


def follows(name: Span) -> bool:
    """Whether a tag follows ``name``: "Ada Vale (D-Ohio)", "Ada Vale, D-Ohio, said"."""
    doc, after = name.doc, name.end
    if after + 3 > len(doc) or doc[after].text not in OPENERS:
        return False
    return bool(TAG.match(doc[after + 1 : min(after + 4, len(doc))].text))
