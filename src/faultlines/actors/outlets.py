"""The publication's home country: which country's press an article comes from.

The outlet is the record's metadata, else the " – Outlet" / " | Outlet" / " - Outlet" tail of the
first line (the usual shape of a scraped headline). Its country comes from ``outlets.tsv``, else from a
place inside its name ("Toronto Star"), else from the URL's country-code domain.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from faultlines.actors import lexicon

if TYPE_CHECKING:
    from faultlines.model import Analysis

# The separators scraped headlines put before the outlet; " - " only with spaces, so "Covid-19" is safe.
SEPARATOR = re.compile(r"\s[–—|-]\s")
# Nouns newspaper and broadcaster names are built on ("Harbour Gazette", "Lakeside Radio").
NEWS_WORDS = frozenset({
    "times", "post", "star", "herald", "examiner", "tribune", "journal", "news", "daily", "gazette",
    "telegraph", "independent", "observer", "guardian", "chronicle", "mail", "express", "mirror", "sun",
    "record", "standard", "review", "courier", "globe", "press", "today", "weekly", "bulletin",
    "dispatch", "inquirer", "register", "sentinel", "monitor", "reporter", "leader", "nation", "radio",
    "tv", "television", "broadcasting", "network", "media", "agency", "wire", "report", "enquirer",
    "beacon", "argus", "advertiser", "age", "echo", "voice", "citizen", "statesman", "insider", "online",
    "magazine", "free",
})  # fmt: skip
# Small words a title-cased outlet name may keep lower case ("Times of India", "Voice of America").
SMALL_WORDS = frozenset({"of", "the", "and", "&", "for", "on", "in", "de", "la", "el", "le"})
MAX_WORDS = 6


def home_country(analysis: Analysis) -> str | None:
    """The alpha-3 country of the article's outlet, or None when neither metadata nor text tells it."""
    name = analysis.outlet or headline_outlet(analysis.text) or headline_outlet(analysis.title or "")
    country = (outlet_country(name) or _place_in(name)) if name else None
    return country or (domain_country(analysis.url) if analysis.url else None)


def headline_outlet(text: str) -> str | None:
    """The outlet named after the last separator of the first line: "Talks stall – Harbour Gazette"."""
    first = text.lstrip().split("\n", 1)[0].strip()
    parts = SEPARATOR.split(first)
    if len(parts) < 2 or not parts[0].strip():
        return None
    tail = parts[-1].strip()
    words = tail.split()
    if not words or len(words) > MAX_WORDS or any(c in tail for c in ':?!"“”‘’,;') or tail.endswith("."):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words):
        return None
    # A title-cased tail may still be the headline's own clause ("Farmers Brace for Losses"): only a
    # known outlet or a name built on a newspaper noun counts.
    news_title = any(w.lower() in NEWS_WORDS for w in re.split(r"[\s-]+", tail))
    return tail if news_title or outlet_country(tail) else None


def headline_outlet_span(text: str) -> tuple[int, int] | None:
    """Where in ``text`` the outlet a scraped headline ends with stands, if it names one."""
    outlet = headline_outlet(text)
    if outlet is None:
        return None
    end = len(text) - len(text.lstrip()) + len(text.lstrip().split("\n", 1)[0].rstrip())
    return end - len(outlet), end


def outlet_country(name: str) -> str | None:
    """The country of a well-known outlet or agency named exactly: "CBC News" -> CAN."""
    return _outlets().get(lexicon.key(name))


def domain_country(url: str) -> str | None:
    """The country of a URL's country-code domain: "https://example.co.uk/x" -> GBR; None for .com."""
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return _domains().get(host.rsplit(".", 1)[-1]) if "." in host else None


def _place_in(name: str) -> str | None:
    """A place inside an outlet's name ("Jerusalem Post" -> ISR), longest run of words first."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            chunk = words[i : i + n]
            if chunk[0].lower() in NEWS_WORDS | SMALL_WORDS:
                continue
            found = lexicon.place(" ".join(chunk))
            if found is not None:
                return found.country
    return None


@cache
def _outlets() -> dict[str, str]:
    return {lexicon.key(name): country for name, country in lexicon.rows("outlets.tsv")}


@cache
def _domains() -> dict[str, str]:
    return dict(lexicon.rows("domains.tsv"))
