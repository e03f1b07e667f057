"""Social-media handles that spell a person's name: "@AdaRoos" in a quoted post is Ada Roos.

News quotes posts in which people are tagged by their handle. A handle written as the person's
name in capitalised words, run together, names them where the article names them in full or the
gazetteer knows the name; a handle of any other shape ("@ada_r", "@HarborNews") is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines import views
from faultlines.actors import gazetteer
from faultlines.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A handle of two or three capitalised words run together: "@AdaRoos", "@AnaMariaVale".
NAME_HANDLE = re.compile(r"@((?:[A-Z][a-z]+){2,3})")
WORD = re.compile(r"[A-Z][a-z]+")


def named(doc: Doc, found: list[Mention], taken: set[int]) -> list[Mention]:
    """A person's mention for each handle spelling the name of a person the article names in full
    (among ``found``) or the gazetteer knows; tokens in ``taken`` are already someone's."""
    people = {m.name: m for m in found if m.kind == "person" and " " in m.name}
    added = []
    words = views.columns(doc).text
    for i in [i for i, word in enumerate(words) if word[:1] == "@" and i not in taken]:
        match = NAME_HANDLE.fullmatch(words[i])
        if match is None:
            continue
        tok = doc[i]
        name = " ".join(WORD.findall(match.group(1)))
        known = people.get(name)
        entry = gazetteer.lookup(name) if known is None else None
        if known is None and (entry is None or entry.kind != "person"):
            continue
        span = views.char_span(doc, tok.idx, tok.idx + len(tok.text), "expand")
        person = known or entry
        listed = known.entry if known is not None else entry
        added.append(
            Mention(span, "person", person.name, person.country, person.sector, listed, person.gender)
        )
    return added
