"""The actor scorer, with no shared script: the actors a gold record lists (the seed's), found by
the last word of their name and right by kind, country and sector."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faultlines.evaluate.words import Record, last_word


def score_actors(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """Gold actors found (a predicted actor with the same last word of the name) and right (kind,
    country and sector as the gold gives them); predicted quotes whose speaker is a listed actor."""
    by_id = {str(p["id"]): p for p in preds}
    n = found = right = quotes = listed = 0
    for gold in golds:
        pred = by_id.get(str(gold["id"]), {})
        actors = pred.get("actors") or []
        for want in gold.get("actors") or []:
            n += 1
            same = [a for a in actors if last_word(a.get("name") or "") == last_word(want["name"])]
            found += bool(same)
            fields = [f for f in ("kind", "country", "sector") if want.get(f)]
            right += any(all(a.get(f) == want[f] for f in fields) for a in same)
        ids = {a.get("id") for a in actors}
        for q in pred.get("quotes") or []:
            if q.get("speaker"):
                quotes += 1
                listed += q["speaker"].get("actor") in ids
    return {
        "actors": n,
        "actor_found": found / n if n else None,
        "actor_right": right / n if n else None,
        "speakers_listed": listed / quotes if quotes else None,
    }
