"""WARC files (``.warc``, ``.warc.gz``; the CC-NEWS layout): each HTTP response with an HTML body is one
page, extracted like any HTML page (``html.py``); its id and URL are the record's target URI.

Reading yields ``(uri, body)`` pairs so that a corpus run can skip pages it already has before paying
for extraction; ``pages`` does both steps for callers that want Articles.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from faultlines.errors import InputError, Messages
from faultlines.ingest import compressed, html
from faultlines.model import Article

SUFFIXES = (".warc", ".warc.gz")
GZIP_WBITS = zlib.MAX_WBITS | 16


def is_warc(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def responses(path: str) -> Iterator[tuple[str, bytes]]:
    """(target URI, HTML body) of every HTTP response in the archive whose content type is HTML.

    Compression (gzip per record, as Common Crawl writes it) is detected by fastwarc; a corrupt, cut
    or unreadable archive raises InputError after the records read before the damage.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    try:
        with open(path, "rb") as stream:
            # auto_decode: a body sent gzipped or chunked is read as the page it encodes.
            records = ArchiveIterator(
                stream, record_types=WarcRecordType.any_type, parse_http=True, auto_decode="all"
            )
            # A page is handed on once the record after it has been found (or the archive's end
            # checked): fastwarc reads a record cut short as a shorter page, without a word.
            last, held = 0, None
            for record in records:
                last = record.stream_pos
                if held:
                    yield held
                    held = None
                if record.record_type != WarcRecordType.response:
                    continue
                uri = record.headers.get("WARC-Target-URI")
                if _broken(record):
                    raise InputError(Messages.CUT_WARC.format(path=path, where=f"the record of {uri}"))
                if uri and _is_html(record.http_content_type):
                    held = (uri, record.reader.read())
            if not _whole_gzip_from(stream, last):
                where = f"the record of {held[0]}" if held else f"the record at byte {last:,}"
                raise InputError(Messages.CUT_WARC.format(path=path, where=where))
            if held:
                yield held
    except OSError as exc:
        raise InputError(Messages.BAD_WARC.format(path=path, reason=exc.strerror or exc)) from exc


def pages(path: str) -> Iterator[Article]:
    """The archive's pages as Articles; a broken archive ends with one E100 record named by its path."""
    try:
        for uri, body in responses(path):
            yield html.extract(body, uri, url=uri)
    except InputError as exc:
        yield Article(id=path, text="", errors=[exc.entry()])


def _whole_gzip_from(stream: BinaryIO, offset: int) -> bool:
    """Whether the gzip members from ``offset`` (the last record read) to the end are all complete:
    fastwarc drops a member that breaks off without a word. True for an uncompressed archive."""
    stream.seek(offset)
    if not compressed.is_gzip(stream.read(2)):
        return True
    stream.seek(offset)
    member = zlib.decompressobj(GZIP_WBITS)
    try:
        while chunk := stream.read(1 << 20):
            while chunk:
                if member.eof:
                    member = zlib.decompressobj(GZIP_WBITS)
                member.decompress(chunk)  # the text is not kept: only whether each member ends
                chunk = member.unused_data if member.eof else b""
    except zlib.error:
        return False
    return member.eof


def _broken(record) -> bool:
    """An HTTP response whose HTTP part could not be read: the archive breaks off inside it (records of
    other kinds, such as a crawler's ``dns:`` lookups, have no HTTP part to read)."""
    return record.http_headers is None and "application/http" in (record.headers.get("Content-Type") or "")


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and "html" in content_type.lower()
