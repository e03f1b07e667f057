"""A URL to an Article: trafilatura's downloader fetches the page, then it is extracted like HTML."""

from __future__ import annotations

from faultlines.errors import FetchFailed, Messages
from faultlines.ingest import html
from faultlines.model import Article

SCHEMES = ("http://", "https://")


def is_url(source: str) -> bool:
    return source.lower().startswith(SCHEMES)


def fetch(url: str, *, allow_private: bool = False) -> Article:
    """Download and extract one page; the URL as given is the Article id.

    Addresses on private networks and this machine are refused unless ``allow_private``: a server
    that takes URLs from its users must not become a way into the network it runs in.
    """
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    response = fetch_response(url, config=config)
    if response is None:
        why = "no response (unreachable host, refused connection or a private address)"
    elif not 200 <= response.status < 300 or not response.data:
        why = f"HTTP status {response.status}"
    else:
        return html.extract(response.data, url, url=response.url)
    return Article(
        id=url,
        text="",
        url=url,
        errors=[FetchFailed(Messages.NOT_FETCHED.format(url=url, reason=why)).entry()],
    )
