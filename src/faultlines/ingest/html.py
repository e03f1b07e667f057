"""HTML to an Article: trafilatura finds the article body and its metadata (title, author, date, site).

Page furniture left in the body (share rows, reader prompts, link previews, credits) is dropped here,
once (``ingest/furniture.py``); a summary lede that trafilatura leaves out is put back in front.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from faultlines.errors import ExtractionFailed, Messages
from faultlines.ingest import furniture
from faultlines.model import Article

# Chosen on the article-extraction benchmark (benchmarks/ingest_aeb.py --compare): favouring
# precision lifts token F1 from 0.958 (trafilatura's defaults) to 0.965; favouring recall or
# dropping tables does not help.
OPTIONS = {"favor_precision": True}
# The class of a summary lede set above the body ("article__summary"). Decks and promo summaries
# ("c-entry-summary p-dek", "item__dek", "top-stories-promo-story__summary") are not the story's
# text on the extraction benchmark and stay out.
LEDE_CLASS = re.compile(r"(?:^|\s)article[_-]+summary(?:$|\s)")
LEDE_WORDS = (8, 120)
# The class of a card some pages hide in a person's name link, shown on hover (The Hill's
# "rollover-people-block": the full name, three headlines and "MORE"). Left in, it runs into the
# sentence ("Gov. Ines DarrowInes Maria Darrow… MORE (R) said"), whose subject is then lost.
HOVER_CLASS = re.compile(r"(?:^|\s)rollover-people-block(?:$|\s)")
# How a page (or a fragment of one) begins, after blank space and comments: a stream of unknown kind
# (stdin) that starts so is HTML.
PAGE_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|title|meta)\b", re.IGNORECASE
)
SPACE = re.compile(r"\s*")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts as an HTML page or fragment does."""
    at = SPACE.match(text).end()
    while text.startswith("<!--", at):
        end = text.find("-->", at)
        if end < 0:
            return False
        at = SPACE.match(text, end + 3).end()
    return PAGE_START.match(text, at) is not None


def extract(
    html: str | bytes, doc_id: str, url: str | None = None, *, options: Mapping[str, bool] = OPTIONS
) -> Article:
    """Extract the article body and metadata of one page; no body gives an ExtractionFailed entry.

    ``options`` are trafilatura's extraction switches; the benchmark passes others to compare them.
    """
    from trafilatura import bare_extraction

    html = _without_hover_cards(html)
    try:
        doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False, **options)
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken markup
        doc, failure = None, f"{type(exc).__name__}: {exc}"
    else:
        failure = "no article body found"
    if doc is None or not (doc.text or "").strip():
        message = Messages.NOT_EXTRACTED.format(doc_id=doc_id, reason=failure).splitlines()[0]
        return Article(id=doc_id, text="", url=url, errors=[ExtractionFailed(message).entry()])
    return Article(
        id=doc_id,
        text=_with_lede(furniture.strip(doc.text), html),
        title=doc.title or None,
        url=doc.url or url,
        outlet=doc.sitename or None,
        published=doc.date or None,
        author=doc.author or None,
    )


def _with_lede(text: str, html: str | bytes) -> str:
    """``text`` led by the page's summary paragraph when trafilatura left it out."""
    lede = _summary(html)
    if lede is None or " ".join(lede.split())[:80] in " ".join(text.split()):
        return text
    return f"{lede}\n{text}"


def _summary(html: str | bytes) -> str | None:
    """The text of the first element whose class marks a summary lede, if it reads as one paragraph."""
    from lxml import html as lxml_html

    probe = html if isinstance(html, str) else html.decode("utf-8", "replace")
    if not re.search(r"article[_-]+summary", probe):
        return None  # most pages have none: spare them a second parse
    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # lxml raises assorted errors on broken markup; trafilatura coped already
        return None
    for element in tree.iter("div", "p", "h2"):
        if LEDE_CLASS.search(element.get("class") or ""):
            lede = " ".join(element.text_content().split())
            if LEDE_WORDS[0] <= len(lede.split()) <= LEDE_WORDS[1]:
                return lede
            return None
    return None


def _without_hover_cards(html: str | bytes) -> str | bytes:
    """``html`` without the hover cards hidden in name links (``HOVER_CLASS``); the text after
    each card stays."""
    from lxml import html as lxml_html

    probe = html if isinstance(html, str) else html.decode("utf-8", "replace")
    if "rollover-people-block" not in probe:
        return html  # most pages have none: spare them a second parse
    try:
        tree = lxml_html.fromstring(probe)
    except Exception:  # lxml raises assorted errors on broken markup; trafilatura copes with it
        return html
    cards = [e for e in tree.iter("span", "div") if HOVER_CLASS.search(e.get("class") or "")]
    for card in cards:
        card.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode")
