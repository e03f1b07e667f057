"""What the scorers compare records by: the words of a text, spans in any accepted shape, and
the names actors and speakers are matched by."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

WORD = re.compile(r"\w+")
Record = dict[str, Any]


def word_offsets(text: str) -> list[tuple[int, int]]:
    """The character span of each word of ``text``, in order."""
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def spans_in(x: Any) -> list[tuple[int, int]]:
    """Spans in any of the accepted shapes: [s, e], {"start", "end"}, or a list of either."""
    if isinstance(x, dict):
        return [(int(x["start"]), int(x["end"]))] if "start" in x else []
    if isinstance(x, list | tuple):
        if len(x) == 2 and all(isinstance(v, int) for v in x):
            return [(x[0], x[1])]
        return [s for item in x for s in spans_in(item)]
    return []


def word_ids(spans: list[tuple[int, int]], words: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The indexes of the ``words`` the spans touch."""
    return frozenset(i for s, e in spans for i, (ws, we) in enumerate(words) if ws < e and we > s)


def name_of(x: Any) -> str:
    """A speaker's name, from a speaker record or a plain string."""
    if isinstance(x, dict):
        x = x.get("name") or x.get("text")
    return (x or "").strip()


def last_name(x: Any) -> str:
    """A speaker's last name, lowercased, a generational suffix left out ("Biden Jr." is "biden")."""
    tokens = [t for t in WORD.findall(name_of(x).lower()) if t not in ("jr", "sr", "ii", "iii")]
    return tokens[-1] if tokens else ""


def last_word(s: str | None) -> str:
    """The last word of a name, lowercased: actors are matched by it."""
    ws = WORD.findall((s or "").lower())
    return ws[-1] if ws else ""


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole``, none of nothing."""
    return part / whole if whole else None
