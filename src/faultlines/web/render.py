"""The article as highlighted HTML (quotes in their speaker's colour, cue and source marked, like
displaCy) and the speaker palette. Every piece of article text goes through ``escape``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

# Light, distinguishable backgrounds (ColorBrewer Set3 and Pastel1, by hand) for speakers' quotes.
PALETTE = (
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69",
    "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#decbe4", "#fed9a6",
)  # fmt: skip
UNRESOLVED = "#eeeeee"


def colour(actor_id: str | None) -> str:
    """A speaker's colour, the same on every page and in every run."""
    if not actor_id:
        return UNRESOLVED
    digest = hashlib.blake2s(actor_id.encode(), digest_size=2).digest()
    return PALETTE[int.from_bytes(digest) % len(PALETTE)]


def distinct_colours(actor_ids: list[str]) -> dict[str, str]:
    """Colours for the speakers of one article, in order of appearance: each its usual colour unless an
    earlier speaker has it, then the next free one, so two speakers of one article never look alike."""
    taken: dict[str, str] = {}
    for actor_id in actor_ids:
        if actor_id in taken:
            continue
        start = PALETTE.index(colour(actor_id))
        free = [PALETTE[(start + i) % len(PALETTE)] for i in range(len(PALETTE))]
        taken[actor_id] = next((c for c in free if c not in taken.values()), free[0])
    return taken


@dataclass
class Mark:
    """A highlighted quote: its content spans, cue and source spans, and what a click shows."""

    number: int
    contents: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    sources: list[tuple[int, int]] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)


def marks_from_record(record: dict, actors: dict[str, dict], colours: dict[str, str]) -> list[Mark]:
    """Marks from an interchange record (``POST /api/analyze``, the paste box): exact spans."""
    marks = []
    for n, q in enumerate(record.get("quotes", [])):
        speaker = q.get("speaker") or {}
        cue = q.get("cue")
        marks.append(
            Mark(
                n,
                [(s["start"], s["end"]) for s in q.get("contents", [])],
                (cue["start"], cue["end"]) if cue else None,
                [(s["start"], s["end"]) for s in q.get("sources", [])],
                _info(q["id"], q.get("kind"), speaker.get("actor"), speaker.get("name"), actors, colours),
            )
        )
    return marks


def marks_from_store(quotes: list[dict], actors: dict[str, dict], colours: dict[str, str]) -> list[Mark]:
    """Marks from stored quote rows: the quote's extent, its cue and its first source."""
    marks = []
    for n, q in enumerate(quotes):
        if q["start"] is None:
            continue
        cue = (q["cue_start"], q["cue_end"]) if q["cue_start"] is not None else None
        sources = [(q["source_start"], q["source_end"])] if q["source_start"] is not None else []
        marks.append(
            Mark(
                n,
                [(q["start"], q["end"])],
                cue,
                sources,
                _info(q["id"], q["kind"], q["speaker_id"], q["speaker"], actors, colours),
            )
        )
    return marks


def _info(
    qid: str, kind: str | None, actor_id: str | None, name: str | None, actors: dict, colours: dict
) -> dict:
    actor = actors.get(actor_id or "", {})
    roles = actor.get("roles") or []
    return {
        "quote": qid,
        "kind": kind or "",
        "speaker": name or "unattributed",
        "actor": actor_id or "",
        "role": roles[0] if roles else (actor.get("role") or ""),
        "country": actor.get("country") or "",
        "colour": colours.get(actor_id) or colour(actor_id),
    }


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The text as HTML: each quote a ``<mark>`` in its speaker's colour (one piece per stretch between
    span boundaries, so overlapping spans stay well nested), cues and sources as labelled pieces.
    One sweep over the boundaries: linear in the text and the spans."""
    opens: dict[int, list[tuple[Mark, str]]] = {}
    closes: dict[int, list[tuple[Mark, str]]] = {}
    for m in marks:
        for kind, spans in (("quote", m.contents), ("source", m.sources), ("cue", [m.cue] if m.cue else [])):
            for start, end in spans:
                if 0 <= start < end <= len(text):
                    opens.setdefault(start, []).append((m, kind))
                    closes.setdefault(end, []).append((m, kind))
    cuts = sorted({0, len(text), *opens, *closes})
    active: list[tuple[Mark, str]] = []
    out: list[str] = []
    for start, end in pairwise(cuts):
        for item in closes.get(start, []):
            active.remove(item)
        active.extend(opens.get(start, []))
        piece = escape(text[start:end])
        out.append(_wrap(piece, active) if active else str(piece))
    return Markup("".join(out))


def _wrap(piece: Markup, covering: list[tuple[Mark, str]]) -> str:
    # The quote colours the stretch; a cue or source inside or outside it gets its own label class.
    quote = next((m for m, kind in covering if kind == "quote"), None)
    inner = next(((m, kind) for m, kind in covering if kind != "quote"), None)
    owner = quote or inner[0]
    classes = ["q"] if quote else []
    if inner:
        classes.append(inner[1])
    attrs = " ".join(f'data-{k}="{escape(v)}"' for k, v in owner.info.items())
    return (
        f'<mark class="{" ".join(classes)}" style="--c:{owner.info["colour"]}" {attrs} '
        f'title="{escape(_hover(owner.info))}" tabindex="0">{piece}</mark>'
    )


def _hover(info: dict[str, str]) -> str:
    """The tooltip: speaker, role and country, as far as they are known."""
    return " · ".join(v for v in (info["speaker"], info.get("role"), info.get("country")) if v)
