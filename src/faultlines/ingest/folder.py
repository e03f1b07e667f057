"""Folders: every readable file below a directory, recursively, in a stable (sorted) order, each named by
its path relative to the folder given, so the same corpus has the same ids wherever it is mounted."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# What a corpus folder may hold, gzipped or not; anything else (indexes, images) is not a document.
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc")
# zstd is read for JSONL only (the other readers take gzip).
ZSTD = ".jsonl.zst"


def files(root: str) -> Iterator[tuple[str, str]]:
    """(path, id relative to ``root``) of the corpus files below ``root``."""
    for directory, subdirs, names in os.walk(root):
        subdirs.sort()
        for name in sorted(names):
            if is_document(name):
                path = os.path.join(directory, name)
                yield path, Path(path).relative_to(root).as_posix()


def is_document(name: str) -> bool:
    lower = name.lower()
    readable = lower.removesuffix(".gz").endswith(SUFFIXES) or lower.endswith(ZSTD)
    return readable and not name.startswith(".")
