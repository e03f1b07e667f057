"""WARC files written by hand, record by record, as Common Crawl writes them (each record gzipped)."""

from __future__ import annotations

import gzip
from pathlib import Path


def response(
    uri: str, body: bytes, content_type: str = "text/html; charset=utf-8", *, encoding: str | None = None
) -> bytes:
    if encoding == "gzip":
        body = gzip.compress(body)
    extra = f"Content-Encoding: {encoding}\r\n" if encoding else ""
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    block = http + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-02T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{abs(hash(uri)) % 10**12:012d}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def page(title: str, sentence: str) -> bytes:
    paragraphs = "".join(f"<p>{sentence} Paragraph {n} adds more about it.</p>" for n in range(4))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


def write(path: Path, records: list[bytes], *, gzipped: bool = True) -> Path:
    path.write_bytes(b"".join(gzip.compress(r) if gzipped else r for r in records))
    return path
