"""What the document page and the dispute graph show, built from a stored document or from a fresh
interchange record (the paste box), so both render through the same template."""

from __future__ import annotations

import math
from itertools import combinations

from faultlines.web.render import colour, distinct_colours, highlight, marks_from_record, marks_from_store


def stored_document(doc: dict) -> dict:
    """The document page's context for a document of the store (``queries.document``)."""
    actors = {a["id"]: a for a in doc["actors"]}
    colours = _colours([q["speaker_id"] for q in doc["quotes"]], actors)
    return _panel(doc, actors, marks_from_store(doc["quotes"], actors, colours), colours)


def record_document(record: dict) -> dict:
    """The document page's context for an interchange record (exact spans from the analysis)."""
    actors = {
        a["id"]: {**a, "role": (a.get("roles") or [None])[0], "mentions": len(a.get("mentions", []))}
        for a in record.get("actors", [])
    }
    doc = {
        **{k: record.get(k) for k in ("id", "title", "url", "outlet", "published", "author", "text")},
        "date": record.get("published"),
        "actors": sorted(actors.values(), key=lambda a: (-a["mentions"], a["name"])),
        "topics": record.get("topics", []),
        "stances": [
            {"actor_id": s["actor"], "topic_id": s["topic"], "polarity": s["polarity"]}
            for s in record.get("stances", [])
        ],
        "disputes": [
            {"topic_id": d["topic"], "sides": d["sides"], "evidence": d["evidence"]}
            for d in record.get("disputes", [])
        ],
        "events": [
            {
                **{k: e.get(k) for k in ("id", "type", "mode", "negated", "tense", "intensity")},
                "source_id": (e.get("source") or {}).get("actor"),
                "target_id": (e.get("target") or {}).get("actor"),
                "evidence": (e.get("evidence") or {}).get("text"),
            }
            for e in record.get("events", [])
        ],
        "errors": record.get("errors", []),
    }
    speakers = [(q.get("speaker") or {}).get("actor") for q in record.get("quotes", [])]
    colours = _colours(speakers, actors)
    return _panel(doc, actors, marks_from_record(record, actors, colours), colours)


def _colours(speakers: list[str | None], actors: dict[str, dict]) -> dict[str, str]:
    """Speakers in order of their quotes first, then the other actors."""
    return distinct_colours([s for s in speakers if s] + list(actors))


def _panel(doc: dict, actors: dict[str, dict], marks: list, colours: dict[str, str]) -> dict:
    """The highlighted text and the side panel's actors, stances, disputes and events, named."""
    topics = {t["id"]: t["label"] for t in doc["topics"]}

    def name(actor_id: str | None) -> str:
        return actors.get(actor_id or "", {}).get("name") or actor_id or "—"

    return {
        "doc": doc,
        "article": highlight(doc["text"] or "", marks),
        "quotes": len(marks),
        "actors": [{**a, "colour": colours[a["id"]]} for a in doc["actors"]],
        "stances": [
            {**s, "actor": name(s["actor_id"]), "topic": topics.get(s["topic_id"], s["topic_id"])}
            for s in doc["stances"]
        ],
        "disputes": [
            {
                "topic": topics.get(d["topic_id"], d["topic_id"]),
                "sides": [[name(a) for a in side] for side in d["sides"]],
                "evidence": d["evidence"],
            }
            for d in doc["disputes"]
        ],
        "events": [
            {**e, "source": name(e["source_id"]), "target": name(e["target_id"])} for e in doc["events"]
        ],
    }


def dispute_graph(histories: list[dict], size: int = 640, max_nodes: int = 40) -> dict:
    """Actors on a circle, joined by a red edge where they disagree on a topic and a green one where
    they stand on the same side; each edge lists the histories (topics) it comes from."""
    edges: dict[tuple[str, str, str], dict] = {}
    names: dict[str, str] = {}
    for h in histories:
        names.update(zip(h["side_a"], h["names_a"], strict=False))
        names.update(zip(h["side_b"], h["names_b"], strict=False))
        pairs = [(a, b, "dispute") for a in h["side_a"] for b in h["side_b"]]
        for side in (h["side_a"], h["side_b"]):
            pairs += [(a, b, "agreement") for a, b in combinations(sorted(side), 2)]
        for a, b, kind in pairs:
            a, b = sorted((a, b))
            edge = edges.setdefault(
                (a, b, kind), {"a": a, "b": b, "kind": kind, "histories": [], "topics": []}
            )
            edge["histories"].append(h["history"])
            edge["topics"].append(h["topic"])
    degree: dict[str, int] = {}
    for e in edges.values():
        for actor in (e["a"], e["b"]):
            degree[actor] = degree.get(actor, 0) + len(e["histories"])
    kept = sorted(degree, key=lambda a: (-degree[a], a))[:max_nodes]
    centre, radius = size / 2, size / 2 - 110
    nodes = {}
    for i, actor in enumerate(kept):
        angle = 2 * math.pi * i / max(len(kept), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        nodes[actor] = {
            "id": actor,
            "name": names.get(actor, actor),
            "x": round(x, 1),
            "y": round(y, 1),
            "lx": round(centre + (radius + 14) * math.cos(angle), 1),
            "ly": round(centre + (radius + 14) * math.sin(angle) + 4, 1),
            "anchor": anchor,
            "colour": colour(actor),
        }
    shown = [
        {
            **e,
            "n": n,
            "x1": nodes[e["a"]]["x"],
            "y1": nodes[e["a"]]["y"],
            "x2": nodes[e["b"]]["x"],
            "y2": nodes[e["b"]]["y"],
        }
        for n, e in enumerate(e for e in edges.values() if e["a"] in nodes and e["b"] in nodes)
    ]
    return {"size": size, "nodes": list(nodes.values()), "edges": shown}
