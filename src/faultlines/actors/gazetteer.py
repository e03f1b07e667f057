"""The actor gazetteer: well-known people, organisations and groups with aliases, codes and dated roles.

The shipped table is ``gazetteer.csv`` beside this module; ``use_gazetteer(path)`` adds a user's own
entries for the rest of the process (the CLI's ``--actors FILE.csv``). The CSV columns, with a header row:

- ``id``: the stable actor id (lower case, e.g. ``eva-lind``); the same in every article. Optional:
  when the column is missing or empty, the id is made from the row's own name (and a body's country)
  the way ids of actors outside the gazetteer are (``eva-lind``), so adding or removing other rows never
  changes it. Two actors of one file may not share an id.
- ``name``: the canonical full name, e.g. ``Eva Lind``
- ``kind``: ``person``, ``organisation``, ``country`` or ``group``
- ``country``: ISO 3166-1 alpha-3 code (``IGO``/``NGO`` for international bodies), may be empty
- ``sector``: PLOVER sector code (``GOV``, ``MIL``, ``JRN``, ``BUS``, ``REB``…), may be empty
- ``gender``: ``m`` or ``f`` for persons (used to resolve pronouns), may be empty
- ``aliases``: other names, ``|``-separated, e.g. ``Lind|E. Lind``
- ``roles``: ``|``-separated ``title@start-end`` with years, an empty end meaning current,
  e.g. ``Prime Minister@2022-|Finance Minister@2015-2019``

Lines starting with ``#`` are comments. A user entry replaces a shipped one with the same id or alias.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from faultlines.actors.lexicon import key
from faultlines.errors import InputError, Messages

SHIPPED = Path(__file__).with_name("gazetteer.csv")
KINDS = ("person", "organisation", "country", "group")
# The sector held by office, not by membership: dated by the roles an entry lists.
OFFICE = "GOV"


@dataclass(frozen=True, slots=True)
class DatedRole:
    title: str
    start: int | None
    end: int | None

    def holds(self, year: int | None) -> bool:
        """Whether the role is held in ``year``, or (no year given) still held."""
        if year is None:
            return self.end is None
        return (self.start or year) <= year <= (self.end or year)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    gender: str | None
    aliases: tuple[str, ...]
    roles: tuple[DatedRole, ...]

    def roles_in(self, year: int | None) -> list[str]:
        return [r.title for r in self.roles if r.holds(year)]

    def sector_in(self, year: int | None) -> str | None:
        """The sector in ``year``: a state office's only while one of the roles was held (Obama in
        2019, Biden then, held none); any year's when the year is unknown."""
        if year is not None and self.sector == OFFICE and self.roles and not self.roles_in(year):
            return None
        return self.sector


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None


def _role(text: str) -> DatedRole:
    title, _, years = text.partition("@")
    start, _, end = years.partition("-")
    return DatedRole(title.strip(), _year(start), _year(end))


def read(path: Path) -> list[Entry]:
    """Parse a gazetteer CSV (columns in the module docstring)."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
        entries = [_entry(row) for row in rows]
    except (OSError, KeyError, ValueError, AttributeError, csv.Error) as exc:
        raise InputError(
            Messages.BAD_GAZETTEER.format(path=path, kind=type(exc).__name__, error=exc)
        ) from exc
    names: dict[str, str] = {}
    for entry in entries:
        if names.setdefault(entry.id, entry.name) != entry.name:
            raise InputError(
                Messages.SHARED_ID.format(
                    path=path, actor_id=entry.id, first=names[entry.id], second=entry.name
                )
            )
    return entries


def _entry(row: dict[str, str]) -> Entry:
    from faultlines.actors import actor_id  # the package imports this module first

    name = row["name"].strip()
    kind = row["kind"].strip() if row["kind"].strip() in KINDS else "person"
    country = (row.get("country") or "").strip().upper() or None
    return Entry(
        id=(row.get("id") or "").strip() or actor_id(name, country, kind),
        name=name,
        kind=kind,
        country=country,
        sector=(row.get("sector") or "").strip().upper() or None,
        gender=(row.get("gender") or "").strip().lower() or None,
        aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
        roles=tuple(_role(r) for r in (row.get("roles") or "").split("|") if r.strip()),
    )


_user: list[Entry] = []


@cache
def index() -> dict[str, Entry]:
    """Every name and alias (lookup form) -> entry; user entries win over shipped ones."""
    entries = [*read(SHIPPED), *_user]
    table: dict[str, Entry] = {}
    for entry in entries:
        for name in (entry.name, *entry.aliases):
            table[key(name)] = entry
    # a bare surname two people share names neither ("Clinton" is Bill or Hillary Clinton): the
    # article's full name tells which one; else it is the name written, with what the two share
    bearers: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.kind == "person" and " " in entry.name:
            bearers.setdefault(key(entry.name.split()[-1]), []).append(entry)
    for name, people in bearers.items():
        if len({p.id for p in people}) > 1 and name in table and table[name].kind == "person":
            table[name] = _shared_surname(people)
    return table


def _shared_surname(people: list[Entry]) -> Entry:
    """The entry of a surname several people bear: their country and sector where they share one."""
    from faultlines.actors import actor_id  # the package imports this module first

    surname = people[0].name.split()[-1]
    country = people[0].country if len({p.country for p in people}) == 1 else None
    sector = people[0].sector if len({p.sector for p in people}) == 1 else None
    return Entry(actor_id(surname, country, "person"), surname, "person", country, sector, None, (), ())


def use_gazetteer(path: str | Path) -> int:
    """Add the actors of a user CSV for the rest of the process; returns how many were read."""
    entries = read(Path(path))
    add(entries)
    return len(entries)


def add(entries: Iterable[Entry]) -> None:
    """Add user entries for the rest of the process (a worker process gets its parent's this way)."""
    _user.extend(entries)
    index.cache_clear()


def user_entries() -> tuple[Entry, ...]:
    """The entries added to the shipped table in this process, in the order they were added."""
    return tuple(_user)


def lookup(text: str) -> Entry | None:
    return index().get(key(text))
