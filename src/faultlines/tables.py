"""The one reader of the data tables that live beside the code (lexicons, gazetteers, scores).

A table is UTF-8 text with one entry a line and its fields separated by tabs; lines starting with
"#" are comments (each file names its source there) and blank lines are skipped. A line "[name]"
opens a section: the entries after it, up to the next one, belong to ``name``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def rows(path: Path, width: int | None = None) -> list[list[str]]:
    """The fields of each entry of ``path``, stripped; padded with "" or cut to ``width`` if given."""
    found = [_fields(line) for line in _lines(path)]
    if width is None:
        return found
    return [(cells + [""] * width)[:width] for cells in found]


def sections(path: Path) -> dict[str, list[list[str]]]:
    """Section name -> the fields of its entries, in file order."""
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for line in _lines(path):
        name = line.strip()
        if name.startswith("[") and name.endswith("]"):
            current = found.setdefault(name[1:-1], [])
        else:
            current.append(_fields(line))
    return found


def _lines(path: Path) -> list[str]:
    """The entry lines of ``path`` as written: empty trailing fields ("minister<TAB>GOV<TAB>") stay."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _fields(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]
