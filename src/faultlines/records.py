"""Reading back JSON records: what ``faultlines analyze`` wrote (for ``disputes``) or a gold set (for
``eval``), in any format ``analyze`` writes: JSONL, one indented object, or an array of them, gzipped
or not (recognised by the magic bytes).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from faultlines.errors import InputError, InvalidRecord, Messages
from faultlines.ingest.compressed import is_gzip

SPACE = re.compile(r"\s*")


def read(source: str) -> list[dict]:
    """The JSON objects of ``source`` (a path, or ``-`` for stdin), arrays flattened; InputError when
    it cannot be read, InvalidRecord when a value in it is not JSON or not an object."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        if is_gzip(data):
            data = gzip.decompress(data)
        content = data.decode("utf-8-sig")
    except IsADirectoryError:
        raise InputError(Messages.DIRECTORY.format(path=source, example=Path(source) / "*.jsonl")) from None
    except OSError as exc:  # also a corrupt gzip stream (gzip.BadGzipFile)
        raise InputError(Messages.UNREADABLE.format(path=source, reason=exc.strerror or exc)) from None
    except (EOFError, UnicodeDecodeError) as exc:
        raise InputError(Messages.NOT_A_JSON_FILE.format(path=source, error=exc)) from None
    return values(content, source)


def values(content: str, source: str) -> list[dict]:
    """Every JSON value of ``content`` in turn (one a line, or indented), arrays flattened."""
    decoder = json.JSONDecoder()
    found: list = []
    at = 0
    while (at := SPACE.match(content, at).end()) < len(content):
        try:
            value, at = decoder.raw_decode(content, at)
        except json.JSONDecodeError as exc:
            raise InvalidRecord(
                Messages.NOT_JSON_AT.format(path=source, line=exc.lineno, error=exc.msg)
            ) from None
        found.extend(value if isinstance(value, list) else [value])
    if not all(isinstance(value, dict) for value in found):
        raise InvalidRecord(Messages.NOT_ALL_OBJECTS.format(path=source))
    return found
