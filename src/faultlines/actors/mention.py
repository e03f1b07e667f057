"""One span naming an actor (``Mention``), the tagger's labels that may name one, and the mention
a body's name makes: its kind, country and sector from the tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.actors import lexicon, outlets
from faultlines.actors.short_forms import COMPANY_WORDS, NAME_GAPS
from faultlines.views import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from faultlines.actors.gazetteer import Entry

# The tagger's labels that may name an actor.
ACTOR_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"})
# Last words of a law's or a treaty's name ("the Harbor Funding Act", "the Velmora Accord"), which the
# tagger often labels as an organisation.
INSTRUMENTS = frozenset({"act", "agreement", "amendment", "treaty", "accord", "accords"})
# Abbreviated legal forms a company's name may end in ("Tallis Mining Corp.", "Ferrow Ltd"): the company
# goes by the name before them, as the article's other mentions of it do. The full words stay: they are
# part of many names ("Fast Company", "British Broadcasting Corporation").
LEGAL_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "gmbh"})
# The sector of a body no table knows whose name ends in a legal form or a company's word ("Velmo
# Coal", "Velmo Holdings"): a business ("... International" may be a charity too).
BUSINESS = "BUS"
# The sectors of a political party ("the Velmo Party") and of a news outlet the outlet table knows.
PARTY = "PTY"
MEDIA = "JRN"
TRADING = COMPANY_WORDS - {"international"}
# Generational suffixes a person's full name may end in ("Ray Odell Jr.", "Ames Pike III"): later
# mentions name the person by the surname before them.
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# An initial in a person's name: "F." of "John F. Kerry"; a run of them: "H.W." of "George H.W. Bush".
INITIAL = re.compile(r"[A-Z]\.")
INITIALS = re.compile(rf"(?:{INITIAL.pattern})+")


@dataclass(slots=True)
class Mention:
    """One span naming an actor; ``kind`` and codes are this span's evidence, merged per cluster later."""

    span: Span
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    entry: Entry | None = None
    gender: str | None = None
    roles: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return surname(self.name)


def surname(name: str) -> str:
    """The lowercased word a person's name is shortened to: its last, generational suffix aside, with a
    curly apostrophe made straight ("O’Neill" and "O'Neill" are one surname)."""
    words = name.replace(",", " ").replace("’", "'").lower().split()
    while len(words) > 1 and words[-1] in GENERATIONS:
        words.pop()
    return words[-1] if words else ""


def organisation(ent: Span) -> Mention | None:
    """The mention a body's name makes: a known body's codes, else a country and sector from its
    words; None for a title word or a law's name the tagger took for a body."""
    name = _without_legal_form(ent)
    body = _tabled(ent, name)
    if body is not None:
        return Mention(ent, body.kind, name, body.country, body.sector)
    if (press := _press(ent, name)) is not None:
        return Mention(ent, "organisation", name, press, MEDIA)
    if ent.root.dep_ == "compound" and lexicon.roles().get(ent.root.head.lower_):
        return None  # a title word, as "Defense" in "Defense Secretary Paul Okafor"
    if ent[-1].lower_ in INSTRUMENTS:
        return None  # a law or a treaty the tagger took for a body: what actors argue over, not one of them
    if _described(ent):
        return None  # "Future45, a super PAC that ...": a kind of body, described, not named
    parent = _parent(ent)
    country = next((p.country for t in ent if (p := lexicon.place(t.text))), None) or (
        parent and parent.country
    )
    # a company's unit is a business too ("Amazon Web Services"), wherever it works
    trade = BUSINESS if parent is not None and parent.sector == BUSINESS else None
    return Mention(ent, "organisation", name, country, _sector_by_words(ent, name) or trade)


def _described(ent: Span) -> bool:
    """One word naming a kind of body, after "a" or "an": "a super PAC", "a committee"."""
    return len(ent) == 1 and kind_of_body(ent.root)


def kind_of_body(word: Token) -> bool:
    """A noun naming a kind of body after "a" or "an" ("a super PAC"): a description, not a name."""
    return word.lower_ in lexicon.generic_bodies() and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children
    )


def body_sector(ent: Span) -> str | None:
    """The sector of the body a name names, by the tables or its words, even where it is a title word
    ("Senate" of "Senate President")."""
    name = _without_legal_form(ent)
    body = _tabled(ent, name)
    if body is not None:
        return body.sector
    return MEDIA if _press(ent, name) is not None else _sector_by_words(ent, name)


def _press(ent: Span, name: str) -> str | None:
    """The country of the news outlet a name names ("the Miami Herald reported"); none for an
    adjective the tagger ran into a body ("the National ticket")."""
    return outlets.outlet_country(name) if ent[-1].tag_ != "JJ" else None


def _tabled(ent: Span, name: str) -> lexicon.Body | None:
    return lexicon.named_body(span_text(ent)) or lexicon.named_body(name)


def _sector_by_words(ent: Span, name: str) -> str | None:
    """A body's sector by its words: a role in it, a trade ("Velmo Coal" trades in coal; the
    "Department of Energy" does not), or a public body's last word ("the Justice Department", as "the
    department" is)."""
    role = lexicon.find_role([t.text for t in ent])
    if role is not None:
        return role.sector
    last_words = [w.lower() for w in name.split()[-2:]]
    if ent[-1].lower_ in LEGAL_FORMS or (last_words[-1] in TRADING and last_words[0] not in NAME_GAPS):
        return BUSINESS
    if ent[-1].text == "Party":  # a name ending in the word is a political party's: "the Velmo Party"
        return PARTY
    return lexicon.public_bodies().get(ent[-1].lower_)


def _without_legal_form(ent: Span) -> str:
    """A body's name without the legal form it ends in: "Ferrow Mining Co." -> "Ferrow Mining"."""
    if len(ent) < 2 or ent[-1].lower_ not in LEGAL_FORMS:
        return span_text(ent)
    end = ent.end - 1
    while end > ent.start + 1 and ent.doc[end - 1].text in (",", "&"):
        end -= 1
    return span_text(ent.doc[ent.start : end])


def _parent(ent: Span) -> lexicon.Body | None:
    """The known body a name starts with: the United Nations of "United Nations Relief Coordinator"."""
    for n in range(len(ent) - 1, 0, -1):
        if (body := lexicon.body(span_text(ent[:n]))) is not None:
            return body
    return None
