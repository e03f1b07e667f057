"""Compressed inputs (``page.html.gz``, ``corpus.jsonl.gz``, ``corpus.jsonl.zst``): read as if they
were not compressed.

Web archives and crawls keep pages gzipped, so a compressed file is recognised by its magic bytes,
whatever its name, and its inner name (``page.html`` of ``page.html.gz``) picks the reader. The
uncompressed size of a single page is capped so that a tiny hostile file cannot fill the memory;
line streams (JSONL corpora) are read as they come.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from faultlines.errors import InputError, Messages

MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# Far above any news page; a compressed file that inflates past this is refused, not read.
MAX_BYTES = 64 * 1024 * 1024


def is_gzip(data: bytes) -> bool:
    return data[:2] == MAGIC


def inner_suffix(path: str) -> str:
    """The suffix that picks the reader: ``.html`` for ``page.html.gz``, ``.txt`` for ``a.txt``."""
    name = Path(path).name.lower()
    return Path(name.removesuffix(".gz").removesuffix(".zst")).suffix


def gunzip(data: bytes, doc_id: str) -> bytes:
    """The uncompressed bytes; InputError (E100) when the data is corrupt or inflates past MAX_BYTES."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(Messages.BAD_GZIP.format(path=doc_id, error=exc)) from exc
    if len(out) > MAX_BYTES:
        raise InputError(Messages.TOO_BIG.format(path=doc_id, mib=MAX_BYTES // (1024 * 1024)))
    return out


def lines(path: str) -> Iterator[bytes]:
    """The lines of a text file, through gzip or zstd when its magic bytes say it is compressed,
    streamed; InputError when the compressed stream is corrupt (OSError when the file is unreadable)."""
    with open(path, "rb") as raw:
        magic = raw.read(4)
        raw.seek(0)
        if is_gzip(magic):
            yield from _gzip_lines(path)
        elif magic == ZSTD_MAGIC:
            yield from _zstd_lines(raw, path)
        else:
            yield from raw


def _gzip_lines(path: str) -> Iterator[bytes]:
    try:
        with gzip.open(path, "rb") as stream:
            yield from stream
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(Messages.BAD_GZIP.format(path=path, error=exc)) from exc


def _zstd_lines(raw: io.BufferedReader, path: str) -> Iterator[bytes]:
    import zstandard

    try:
        with zstandard.ZstdDecompressor().stream_reader(raw) as stream:
            yield from io.BufferedReader(stream)
    except zstandard.ZstdError as exc:
        raise InputError(Messages.BAD_ZSTD.format(path=path, error=exc)) from exc
