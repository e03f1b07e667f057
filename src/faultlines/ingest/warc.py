"""WARC files (``.warc``, ``.warc.gz``; the CC-NEWS layout): each HTTP response with an HTML body is one
page, extracted like any HTML page (``html.py``); its id and URL are the record's target URI.

Reading yields ``(uri, body)`` pairs so that a corpus run can skip pages it already has before paying
for extraction; ``pages`` does both steps for callers that want Articles.
"""

from __future__ import annotations

from collections.abc import Iterator

from faultlines.errors import InputError, Messages
from faultlines.ingest import html
from faultlines.model import Article

SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def responses(path: str) -> Iterator[tuple[str, bytes]]:
    """(target URI, HTML body) of every HTTP response in the archive whose content type is HTML.

    Compression (gzip per record, as Common Crawl writes it) is detected by fastwarc; a corrupt or
    unreadable archive raises InputError after the records read before the damage.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    try:
        with open(path, "rb") as stream:
            # auto_decode: a body sent gzipped or chunked is read as the page it encodes.
            records = ArchiveIterator(
                stream, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
            )
            for record in records:
                uri = record.headers.get("WARC-Target-URI")
                if uri and _is_html(record.http_content_type):
                    yield uri, record.reader.read()
    except OSError as exc:
        raise InputError(Messages.BAD_WARC.format(path=path, reason=exc.strerror or exc)) from exc


def pages(path: str) -> Iterator[Article]:
    """The archive's pages as Articles; a broken archive ends with one E100 record named by its path."""
    try:
        for uri, body in responses(path):
            yield html.extract(body, uri, url=uri)
    except InputError as exc:
        yield Article(id=path, text="", errors=[exc.entry()])


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and "html" in content_type.lower()
