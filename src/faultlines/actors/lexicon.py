"""The coding tables beside this module: country aliases, institutions, organisations, role nouns, given names.

Every table is read once per process (a few milliseconds) into plain dicts, so a lookup is one hash.
Sources are named in each file's header; ``build_tables.py`` regenerates the Phoenix-derived ones.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from faultlines import tables
from faultlines.nlp import ABBREVIATIONS

if TYPE_CHECKING:
    from collections.abc import Iterator

HERE = Path(__file__).parent
# Sectors of the bodies a place owns (a government, a court, a parliament, an army, the police);
# a company or a school of a place is named by a name of its own.
PUBLIC = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
# Body words the generic table does not hold as unnamed bodies but a place's name makes one of.
CHAMBERS = frozenset({"senate", "legislature", "assembly", "judiciary"})


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    # True for a country's own name ("Israel"); False for a demonym, variant or city ("Israeli", "Haifa").
    is_name: bool
    # A first-level subdivision that governs itself ("West Virginia", "Ontario"): its own actor when it acts.
    is_region: bool = False
    # A country's everyday short name or abbreviation ("Britain", "UK"), no official name.
    is_variant: bool = False
    # A capital that stands for its government ("Beijing said"): its own actor when it acts.
    is_seat: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """An institution, organisation or armed group known by name."""

    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Role:
    sector: str | None
    gender: str | None


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each entry of a table beside this module."""
    return tables.rows(HERE / name)


@lru_cache(maxsize=1 << 16)  # asked of the same names over and over: each mention meets several tables
def key(text: str) -> str:
    """The lookup form of a name: lower case, no leading article, single spaces, curly apostrophes made straight."""
    text = " ".join(text.replace("’", "'").split()).lower()
    return text[4:] if text.startswith("the ") else text


@cache
def places() -> dict[str, Place]:
    table: dict[str, Place] = {}
    for alias, country, kind in [*rows("places.tsv"), *rows("demonyms.tsv")]:
        if alias not in table or kind == "name":
            table[alias] = Place(country, kind == "name", kind == "region", kind == "variant", kind == "seat")
    return table


@cache
def country_names() -> dict[str, str]:
    return {code: name for code, name in rows("countries.tsv")}


@cache
def bodies() -> dict[str, Body]:
    table = {alias: Body(c or None, s or None, kind) for alias, c, s, kind in rows("organisations.tsv")}
    table.update((alias, Body(c, s, "organisation")) for alias, c, s in rows("institutions.tsv"))
    table.update((alias, Body(c or None, s or None, kind)) for alias, c, s, kind in rows("bodies.tsv"))
    return table


@cache
def roles() -> dict[str, Role]:
    table = {noun: Role(sector or None, None) for noun, sector in rows("roles-phoenix.tsv")}
    for noun, sector, gender in rows("roles.tsv"):
        table[noun] = Role(sector or None, gender or None)
    for short, noun in ABBREVIATIONS.items():  # an abbreviation the tables code themselves keeps it
        spelled = table.get(noun, Role(None, None))
        table.setdefault(short, spelled)
        table.setdefault(short + ".", spelled)
    return table


def role_noun(word: str) -> str:
    """A role word with its abbreviation spelled out: "Sgt." -> "sergeant"."""
    word = word.lower()
    return ABBREVIATIONS.get(word.rstrip("."), word)


@cache
def generic_bodies() -> dict[str, str | None]:
    """Common nouns naming an unnamed organisation ("the agency") -> its sector, if the noun tells it."""
    return {noun: sector or None for noun, sector in rows("bodies-generic.tsv")}


@cache
def public_bodies() -> dict[str, str]:
    """Body words a place governs, judges, legislates, fights or polices through -> their sector:
    "government", "court", "legislature", "police"."""
    sectors = {noun: sector for noun, sector in generic_bodies().items() if sector in PUBLIC}
    sectors.update(dict.fromkeys(CHAMBERS, "LEG"))
    return sectors


@cache
def party_members() -> frozenset[str]:
    """Plural nouns naming a party's members: "democrats", "tories"."""
    return frozenset(noun for (noun,) in rows("party-members.tsv"))


@cache
def voices() -> dict[str, str]:
    """Nouns of people who speak for someone else -> their kind: member, spokesperson or counsel."""
    return {noun: kind for noun, kind in rows("voices.tsv")}


@cache
def voices_of(*kinds: str) -> frozenset[str]:
    """The nouns of ``voices`` of these kinds."""
    return frozenset(noun for noun, kind in voices().items() if kind in kinds)


@cache
def given_names() -> dict[str, str]:
    """Folded given name -> "m" or "f"."""
    return {fold(name): gender for name, gender in rows("given-names.tsv")}


# Letters NFKD leaves whole: "Yıldız", "Paweł", "Søren", "Đorđe".
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})


def fold(name: str) -> str:
    """Lower case without accents, so a name matches however a wire service spelled it ("Jose", "José")."""
    bare = unicodedata.normalize("NFKD", name.lower().translate(_FOLD))
    return "".join(c for c in bare if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def given_gender(first: str) -> str | None:
    """The gender a given name tells ("Elizabeth" -> "f"); None for an unknown or ambiguous name."""
    table = given_names()
    found = table.get(fold(first))
    if found is None and "-" in first:
        # An unlisted compound ("Jo-Renee") goes by its parts when the known ones agree.
        parts = {g for part in first.split("-") if (g := table.get(fold(part)))}
        found = parts.pop() if len(parts) == 1 else None
    return found


@cache
def role_openers() -> frozenset[str]:
    """The first words of the role phrases: no phrase starts at any other word."""
    return frozenset(r.split(" ", 1)[0] for r in roles())


@cache
def role_lengths() -> tuple[int, ...]:
    """Word counts of the role phrases, longest first, so a role is matched by its longest phrase."""
    return tuple(sorted({len(r.split()) for r in roles()}, reverse=True))


@lru_cache(maxsize=8192)  # asked of the same words again and again, by several stages
def place(text: str) -> Place | None:
    """The country a name, demonym or city codes to: "Israeli" -> ISR; None for an unknown or lower-case word.
    A name as an owner is the name: "East Timor's" is East Timor, not the Timor of its last word."""
    bare = text[4:] if text[:4].lower() == "the " else text
    bare = bare[:-2] if bare.endswith(POSSESSIVE) else bare
    if not bare[:1].isupper():
        return None
    found = places().get(key(bare))
    if found is None and bare.endswith("s"):
        # A plural demonym names a people: "Algerians" -> DZA (never a plural of a country's name).
        singular = places().get(key(bare[:-1]))
        found = singular if singular is not None and not singular.is_name else None
    return found


def country_name(code: str) -> str:
    return country_names().get(code, code)


# An owner's ending in both spellings of the apostrophe ("Lee's", "Lee’s"), which no name ends in.
POSSESSIVE = ("'s", "’s")

# Words that put a role, or a side, in the past: "former senator", "a onetime critic of X".
PAST = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile"})

# Spellings of one country's name before a body's name: the tables write "US Army" and "U.S. Army",
# "United States Border Patrol" and "US Border Patrol", each body under some of them only.
SAME_PREFIX = ("u.s. ", "us ", "united states ")


def body(text: str) -> Body | None:
    """The body a name is in the tables, under any spelling of its country prefix."""
    name = key(text)
    table = bodies()
    if (found := table.get(name)) is not None or not name.startswith(SAME_PREFIX):
        return found
    prefix = next(p for p in SAME_PREFIX if name.startswith(p))
    rest = name[len(prefix) :]
    return next((table[p + rest] for p in SAME_PREFIX if p + rest in table), None)


def named_body(text: str) -> Body | None:
    """The body a name is in the tables, save a body word alone ("the Senate"), whichever country's
    the article tells (``home_state``)."""
    return None if key(text) in public_bodies() else body(text)


def role(words: list[str]) -> tuple[Role, int] | None:
    """The role phrase ending at the last of ``words`` ("Strategic Affairs Minister" -> minister), and its length."""
    lowered = [w.lower() for w in words]
    for n in role_lengths():
        if n <= len(lowered) and (found := roles().get(" ".join(lowered[-n:]))):
            return found, n
    return None


def find_role(words: list[str]) -> Role | None:
    """The first role phrase anywhere in ``words`` that codes a sector, longest match at each position,
    skipping "former" roles and a grade beside another role ("Lt. Gov." is a governor)."""
    lowered = [w.lower() for w in words]
    found = list(_role_phrases(lowered))
    graded = len({i for i, _, _ in found}) > 1
    return next(
        (r for i, n, r in found if r.sector and not (graded and n == 1 and lowered[i] in GRADES)), None
    )


# Words that grade the office named beside them and are an office only alone: "Lt. Gov.", "Deputy
# Attorney General", "deputy press secretary", "general manager", "Inspector General".
GRADES = frozenset({"deputy", "lieutenant", "lt.", "general"})


def _role_phrases(lowered: list[str]) -> Iterator[tuple[int, int, Role]]:
    """Each role phrase in ``lowered`` by its start and length, longest first at each position; none
    right after a word that puts it in the past."""
    table, openers = roles(), role_openers()
    for i in range(len(lowered)):
        if i and lowered[i - 1] in PAST:
            continue
        if lowered[i] not in openers and " " not in lowered[i]:
            continue  # no phrase of the table starts here (a word with a space may start one)
        for n in role_lengths():
            if i + n <= len(lowered) and (found := table.get(" ".join(lowered[i : i + n]))) is not None:
                yield i, n, found
