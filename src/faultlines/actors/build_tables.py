"""Regenerate the Phoenix-derived tables beside this module from the PETRARCH/Phoenix dictionaries.

    python -m faultlines.actors.build_tables ../shared/data/phoenix

Source: the Phoenix dictionaries of the Open Event Data Alliance (MIT licence, © 2014 Open Event Data
Alliance). Only facts are taken: a name or alias, the country it codes to, a role noun's sector.
Persons are skipped (their offices are stale after about 2011); the hand-written gazetteer.csv holds
today's office-holders.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
CODE = re.compile(r"\[([^\]]*)\]")
# Phoenix files CAMEO's "MED" for media; PLOVER (and faultlines) calls it JRN.
SECTOR_RENAMES = {"MED": "JRN"}
# CAMEO/PLOVER sector codes; Phoenix's other second-level codes name regions or ethnic groups.
SECTORS = frozenset(
    [
        "AGR",
        "BUS",
        "COP",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "ENV",
        "GOV",
        "HLH",
        "HRI",
        "JRN",
        "JUD",
        "LAB",
        "LEG",
        "MIL",
        "MNC",
        "OPP",
        "PTY",
        "REB",
        "REF",
        "SPY",
        "UAF",
    ]
)
# A country's everyday names in news use, short names and abbreviations that are no official name
# (general knowledge): the name an article may know the country by throughout.
VARIANTS = (
    ("uk", "GBR"),
    ("u.k.", "GBR"),
    ("britain", "GBR"),
    ("great britain", "GBR"),
    ("us", "USA"),
    ("u.s.", "USA"),
    ("usa", "USA"),
    ("u.s.a.", "USA"),
    ("america", "USA"),
    ("uae", "ARE"),
    ("u.a.e.", "ARE"),
    ("drc", "COD"),
    ("prc", "CHN"),
    ("holland", "NLD"),
    ("burma", "MMR"),
    ("ivory coast", "CIV"),
    # names the news kept after the country renamed itself, which the tables give as its old name
    ("turkey", "TUR"),
    ("macedonia", "MKD"),
    ("swaziland", "SWZ"),
    ("cape verde", "CPV"),
    ("east timor", "TLS"),
    ("brunei", "BRN"),
    ("micronesia", "FSM"),
)
# Federations and devolved states whose first-level subdivisions govern themselves and act in the news
# (sue, vote, pass laws): US states, Canadian provinces, German Länder, Indian states, ...
FEDERATIONS = (
    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "DE", "ES", "ET", "GB", "IN", "IT", "MX", "MY", "NG", "PK",
    "US", "ZA",
)  # fmt: skip
# Federations whose subdivisions pycountry names in English, so a name new to the tables is a state's.
ENGLISH_NAMED = frozenset({"USA", "CAN", "AUS", "GBR", "IND"})
# English names of subdivisions pycountry gives only in their own language (general knowledge); none
# that is also a surname ("Hesse").
EXONYMS = (
    ("bavaria", "bayern"), ("lower saxony", "niedersachsen"),
    ("north rhine-westphalia", "nordrhein-westfalen"), ("rhineland-palatinate", "rheinland-pfalz"),
    ("saxony", "sachsen"), ("saxony-anhalt", "sachsen-anhalt"), ("thuringia", "thuringen"),
    ("mecklenburg-western pomerania", "mecklenburg-vorpommern"), ("baden-wuerttemberg", "baden-wurttemberg"),
    ("lower austria", "niederosterreich"), ("upper austria", "oberosterreich"), ("styria", "steiermark"),
    ("carinthia", "karnten"), ("tyrol", "tirol"), ("catalonia", "catalunya"), ("andalusia", "andalucia"),
    ("basque country", "pais vasco"), ("balearic islands", "illes balears"), ("canary islands", "canarias"),
    ("castile and leon", "castilla y leon"), ("castile-la mancha", "castilla-la mancha"),
    ("lombardy", "lombardia"), ("tuscany", "toscana"), ("sicily", "sicilia"), ("sardinia", "sardegna"),
    ("piedmont", "piemonte"), ("apulia", "puglia"), ("flanders", "vlaams gewest"), ("geneva", "geneve"),
    ("lucerne", "luzern"), ("grisons", "graubunden"),
)  # fmt: skip
# Subdivisions that share their name with the capital standing for the whole state ("Washington
# warned", "Berlin said"); they stay the country's.
CAPITALS = frozenset({"washington", "berlin", "bern", "buenos aires", "addis ababa", "madrid"})
# Seats of government whose name stands for the government in the news ("Beijing said", "Moscow
# rejected the plan"): such a city, when it acts, is an actor of its own, named as the article names it
# (actors/regions.py). Hand-written facts: the capitals the press uses so, with their country.
SEATS = {
    "abu dhabi": "ARE", "amman": "JOR", "ankara": "TUR", "baghdad": "IRQ", "beijing": "CHN",
    "beirut": "LBN", "berlin": "DEU", "cairo": "EGY", "canberra": "AUS",
    "caracas": "VEN", "damascus": "SYR", "doha": "QAT", "havana": "CUB", "islamabad": "PAK",
    "kabul": "AFG", "kiev": "UKR", "kyiv": "UKR", "london": "GBR",
    "minsk": "BLR", "moscow": "RUS", "new delhi": "IND", "ottawa": "CAN", "paris": "FRA",
    "pyongyang": "PRK", "riyadh": "SAU", "seoul": "KOR", "taipei": "TWN", "tehran": "IRN",
    "tokyo": "JPN", "washington": "USA",
}  # fmt: skip
# The Associated Press's abbreviations of the US states, as US news writes them after a city
# ("Charlotte, N.C.", "Flint, Mich."): general knowledge. Left out are those that are also a title or a
# word ("Del." a delegate, "Miss.", "Mass.", "Ind." of an independent's party tag).
US_STATES_AP = (
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "fla.", "ga.", "ill.", "kan.", "ky.", "la.",
    "md.", "mich.", "minn.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.",
    "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.",
    "wis.", "wyo.",
)  # fmt: skip
# US cities and New York's boroughs that US news names and the tables above lack (general knowledge):
# the largest by population and the state capitals, save those that are a surname, a given name, a
# word or another country's place too ("Jackson", "Madison", "Mobile", "Durham", "San Jose").
US_CITIES = (
    "fort worth", "el paso", "baltimore", "albuquerque", "tucson", "colorado springs", "omaha",
    "long beach", "oakland", "tulsa", "wichita", "bakersfield", "anaheim", "honolulu", "corpus christi",
    "saint paul", "anchorage", "plano", "newark", "chula vista", "fort wayne", "jersey city",
    "laredo", "lubbock", "scottsdale", "winston-salem", "north las vegas", "hialeah", "boise",
    "baton rouge", "spokane", "des moines", "tacoma", "san bernardino", "modesto", "santa clarita",
    "oxnard", "moreno valley", "huntington beach", "amarillo", "yonkers", "akron", "little rock",
    "huntsville", "manhattan", "brooklyn", "bronx", "staten island", "knoxville", "chattanooga",
    "shreveport", "tallahassee", "gainesville", "west palm beach", "fort lauderdale", "sioux falls",
    "harrisburg", "annapolis", "topeka", "juneau", "carson city", "lansing", "montpelier", "trenton",
)  # fmt: skip
GROUP_WORDS = re.compile(
    r"\b(ARMY|FRONT|BRIGADES?|MOVEMENT|PARTY|ORGANI[SZ]ATION|GROUP|FORCES?|LIBERATION|JIHAD|RESISTANCE|"
    r"MILITIA|TIGERS|COMMITTEES?|COUNCIL|UNION|ALLIANCE|BATTALIONS?|HEZBOLLAH|HAMAS|TALIBAN|QAEDA|STATE)\b"
)


# CAMEO codes of states that ISO 3166-1 codes otherwise (general knowledge): East Timor is TLS.
CAMEO_RENAMES = {"TMP": "TLS"}


def country_code(code: str) -> str | None:
    """An ISO 3166-1 alpha-3 code, or IGO/NGO (CAMEO's codes for bodies above or outside states)."""
    import pycountry

    if code in ("IGO", "NGO"):
        return code
    code = CAMEO_RENAMES.get(code, code)
    return code if pycountry.countries.get(alpha_3=code) else None


def phrase(raw: str) -> str:
    """``ISRAEL_DEFENCE_FORCES_`` -> ``israel defence forces``."""
    return " ".join(raw.replace("_", " ").split()).lower()


def blocks(path: Path):
    """TABARI actor blocks: (names, codes, head comment); codes may sit on the head line or below it."""
    names: list[str] = []
    codes: list[str] = []
    comment = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _, note = line.partition("#")
        if not body.strip():
            continue
        if body[0] in " \t":
            codes += CODE.findall(body)
        elif body[0] == "+":
            names.append(CODE.split(body[1:])[0])
            codes += CODE.findall(body)
        else:
            if names:
                yield names, codes, comment
            names, codes, comment = [CODE.split(body)[0]], CODE.findall(body), note
    if names:
        yield names, codes, comment


def country_names() -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """Country names from pycountry and country-converter's table: (alias, code, "name") and (code, short name)."""
    import csv

    import country_converter
    import pycountry

    aliases, short = [], []
    table = Path(country_converter.__file__).with_name("country_data.tsv")
    with table.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            code = row["ISO3"]
            if not pycountry.countries.get(alpha_3=code):
                continue
            short.append((code, row["name_short"]))
            aliases += [(n.lower(), code, "name") for n in (row["name_short"], row["name_official"]) if n]
    for c in pycountry.countries:
        names = (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
        aliases += [(n.lower(), c.alpha_3, "name") for n in names if n and "," not in n]
    aliases += [(alias, code, "variant") for alias, code in VARIANTS]
    return aliases, short


def regions(known: dict[str, str]) -> list[tuple[str, str, str]]:
    """First-level subdivisions of the federations, (alias, country, "region"): pycountry's name without
    its bracketed variant, folded to plain letters. ``known`` holds the names already coded (alias ->
    country). Left out: a country's or a capital's name ("Georgia", "Washington"), a name two states
    share ("Punjab") or that codes to another country, and a name new to the tables unless it is English
    (an exonym, or a federation that names its parts in English): "Hidalgo" or "Delta" would make a
    surname or a word a place."""
    import pycountry

    from faultlines.actors.lexicon import fold, given_names

    found: dict[str, set[str]] = {}  # name -> the countries it is a subdivision of
    for code in FEDERATIONS:
        country = pycountry.countries.get(alpha_2=code).alpha_3
        for sub in pycountry.subdivisions.get(country_code=code):
            name = fold(re.sub(r"\s*\[.*?\]", "", sub.name))
            if sub.parent_code is None and "," not in name:
                found.setdefault(name, set()).add(country)
    for english, local in EXONYMS:
        found[english] = set(found.get(local, ()))
    english_names = {english for english, _ in EXONYMS}
    rows = []
    for name, codes in sorted(found.items()):
        country = next(iter(codes), "")
        if len(codes) != 1 or name in CAPITALS or known.get(name, country) != country:
            continue
        english = country in ENGLISH_NAMED or name in english_names
        if name not in known and (not english or name in given_names()):
            continue
        rows.append((name, country, "region"))
    return rows


# Country-code domains sold worldwide for their letters (.tv, .io, .ai): a site there says nothing of its home.
GENERIC_DOMAINS = frozenset({
    "ac", "ai", "am", "cc", "co", "fm", "gg", "im", "io", "la", "ly", "me", "ms", "nu", "sh", "so", "tk",
    "to", "tv", "vc", "ws",
})  # fmt: skip


def domains() -> list[tuple[str, str]]:
    """Country-code top-level domains -> alpha-3 code, from country-converter's ccTLD column (".uk" too)."""
    import csv

    import country_converter
    import pycountry

    rows = [("uk", "GBR")]
    table = Path(country_converter.__file__).with_name("country_data.tsv")
    with table.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            tld, code = row["ccTLD"].strip(".").lower(), row["ISO3"]
            if tld and tld not in GENERIC_DOMAINS and pycountry.countries.get(alpha_3=code):
                rows.append((tld, code))
    return rows


def countries(phoenix: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Country aliases (demonyms, variants, cities) and national institutions, from the country blocks."""
    aliases, institutions = [], []
    for names, codes, comment in blocks(phoenix / "Phoenix.Countries.actors.txt"):
        plain = [c.split()[0] for c in codes if c.strip()]
        if len(plain) == 1 and len(plain[0]) == 3 and country_code(plain[0]):
            aliases += [(phrase(n), plain[0], "place") for n in names]
        elif (country := _country_now(codes, comment)) is not None:
            # a country whose code changed (Iraq, Ukraine, the Yugoslav and Soviet successors) or a
            # territory coded within one (Gaza in Palestine, Guam in the United States): its cities
            aliases += [(phrase(n), country, "place") for n in names]
        elif (
            len(plain) == 1
            and len(plain[0]) >= 6
            and " " not in codes[0].strip()
            and "CountryInfo" not in comment
            and plain[0][3:6] in SECTORS
            and country_code(plain[0][:3])
        ):
            sector = SECTOR_RENAMES.get(plain[0][3:6], plain[0][3:6])
            institutions += [(phrase(n), plain[0][:3], sector) for n in names]
    return aliases, institutions


def _country_now(codes: list[str], comment: str) -> str | None:
    """The country a place block codes to today: its code in force (undated, or dated from a day,
    ">911221"), a country's own or a region's or territory's within it ("PSEGZA"); None for a
    person's block or an institution's."""
    if "CountryInfo" in comment:
        return None
    now = [c.split()[0] for c in codes if c.strip() and (len(c.split()) == 1 or c.split()[1].startswith(">"))]
    if not now:
        return None
    code = now[-1]
    if len(code) == 3 or (len(code) == 6 and code[3:] not in SECTORS):
        return country_code(code[:3])
    return None


def organisations(phoenix: Path) -> list[tuple[str, str, str, str]]:
    """International organisations (country IGO/NGO) and non-state armed groups (kind group)."""
    rows = []
    for names, codes, _ in blocks(phoenix / "Phoenix.International.actors.txt"):
        code = codes[0].split()[0] if codes and codes[0].strip() else ""
        if code[:3] in ("IGO", "NGO") and not any(" " in c.strip() for c in codes):
            rows += [(phrase(n), code[:3], "", "organisation") for n in names]
    for names, codes, _ in blocks(phoenix / "Phoenix.MilNonState.actors.txt"):
        code = codes[0].split()[0] if codes and codes[0].strip() else ""
        if len(code) >= 6 and not any(" " in c.strip() for c in codes):
            keep = [names[0]] + [n for n in names[1:] if GROUP_WORDS.search(n) or "_" not in n.strip("_")]
            sector = code[3:6] if code[3:6] in SECTORS else ""
            rows += [(phrase(n), country_code(code[:3]) or "", sector, "group") for n in keep]
    return rows


def roles(phoenix: Path) -> list[tuple[str, str]]:
    """Agent nouns -> sector, with the ``!PERSON!``/``!MINIST!`` substitution sets expanded."""
    sets: dict[str, list[str]] = {}
    rows = []
    for line in (phoenix / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        body = line.split("#")[0].strip()
        if m := re.match(r"(![A-Z]+!)\s*=\s*(.+)", body):
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        if not (m := re.match(r"(.+?)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})", body)):
            continue
        variants = [m.group(1)]
        for key, words in sets.items():
            variants = (
                [v.replace(key, w + "_") for v in variants for w in words]
                if any(key in v for v in variants)
                else variants
            )
        sector = SECTOR_RENAMES.get(m.group(2), m.group(2))
        rows += [(phrase(v), sector) for v in variants]
    return rows


def write(path: Path, header: str, rows) -> None:
    seen, lines = set(), []
    for row in rows:
        if row[0] and row[0] not in seen:
            seen.add(row[0])
            lines.append("\t".join(row))
    path.write_text(header + "\n".join(sorted(lines)) + "\n", encoding="utf-8")


def main(phoenix: Path) -> None:
    source = "# Source: PETRARCH/Phoenix dictionaries, Open Event Data Alliance, MIT licence (facts only).\n"
    names, short = country_names()
    aliases, institutions = countries(phoenix)
    known = {alias: country for alias, country, _ in reversed(names + aliases)}
    write(
        HERE / "countries.tsv",
        "# Source: country-converter's country_data.tsv (GPL-3.0 package; names are facts).\n"
        "# code\tshort name\n",
        short,
    )
    write(
        HERE / "places.tsv",
        source.rstrip("\n") + "; country and subdivision names from pycountry (LGPL) and country-converter;\n"
        "# seats of government, US state abbreviations and US cities written for faultlines from general knowledge.\n"
        "# alias\tcountry\tname (a country's own name), region (a state's first-level subdivision that\n"
        "# governs itself: a US state, a province, a Land), seat (a capital that stands for its government:\n"
        "# Beijing), variant (an everyday short name or abbreviation: Britain, UK) or place (demonym, other\n"
        "# variant, city)\n",
        names
        + [(seat, country, "seat") for seat, country in SEATS.items()]
        + regions(known)
        + [(state, "USA", "place") for state in US_STATES_AP]
        + [(city, "USA", "place") for city in US_CITIES if city not in known]
        + aliases,
    )
    write(
        HERE / "domains.tsv",
        "# Source: country-converter's country_data.tsv (GPL-3.0 package; codes are facts).\n"
        "# country-code top-level domain\tcountry\n",
        domains(),
    )
    write(HERE / "institutions.tsv", source + "# alias\tcountry\tsector\n", institutions)
    write(HERE / "organisations.tsv", source + "# alias\tcountry\tsector\tkind\n", organisations(phoenix))
    write(HERE / "roles-phoenix.tsv", source + "# role noun\tsector\n", roles(phoenix))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
