"""The PLOVER scorers: one event per sentence (``score_events.py``: type recall, source and target
country) and every event of a real news sentence (``score_sentence_events.py``: precision too)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faultlines.evaluate.words import Record, share


def score_events(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """PLOVER metrics: type recall, first type right, events per record, source/target country."""
    by_id = {str(p["id"]): p.get("events") or [] for p in preds}
    n = recalled = first = n_events = src_n = src_ok = tgt_n = tgt_ok = 0
    for gold in golds:
        events = by_id.get(str(gold["id"]), [])
        n += 1
        n_events += len(events)
        first += bool(events) and event_type(events[0]) == gold["event"]
        hit = type_hit(gold, events)
        if hit is None:
            continue
        recalled += 1
        (gold_src, src_right), (gold_tgt, tgt_right) = (country_right(gold, hit, side) for side in SIDES)
        src_n += bool(gold_src)
        src_ok += bool(gold_src) and src_right
        tgt_n += bool(gold_tgt)
        tgt_ok += bool(gold_tgt) and tgt_right
    return {
        "records": n,
        "type_recall": recalled / n if n else 0.0,
        "first_type_acc": first / n if n else 0.0,
        "events_per_doc": n_events / n if n else 0.0,
        "source_country": src_ok / src_n if src_n else None,
        "target_country": tgt_ok / tgt_n if tgt_n else None,
    }


# The two parties of a PLOVER event: (gold field, predicted field).
SIDES = (("sources", "source"), ("targets", "target"))


def event_type(event: Record) -> str:
    """A predicted event's PLOVER type, upper case."""
    return (event.get("type") or event.get("event") or "").upper()


def type_hit(gold: Record, events: list[Record]) -> Record | None:
    """The first predicted event of the gold record's type: the one its countries are scored on."""
    return next((e for e in events if event_type(e) == gold["event"]), None)


def country_right(gold: Record, hit: Record, side: tuple[str, str]) -> tuple[set[str], bool]:
    """The gold countries of one party (``SIDES``) and whether the hit names one of them."""
    wanted = countries(gold.get(side[0]))
    return wanted, bool(wanted & hit_countries(hit, side))


def hit_countries(hit: Record, side: tuple[str, str]) -> set[str]:
    """The countries a predicted event gives one party (``SIDES``)."""
    field, predicted = side
    return countries(hit.get(predicted) or hit.get(field))


def countries(x: Any) -> set[str]:
    """The country codes of a party or a list of parties."""
    if isinstance(x, dict):
        x = [x]
    if not isinstance(x, list):
        return set()
    return {(a.get("country") or "").upper() for a in x if isinstance(a, dict) and a.get("country")}


def score_sentence_events(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """Events on real news sentences, precision included: only events reported as having happened
    count on either side; sentences marked ``borderline`` are left out."""
    by_id = {str(p["id"]): p.get("events") or [] for p in preds}
    n = tp = fp = gold_n = found = none_n = none_ok = 0
    for gold in golds:
        if gold.get("borderline"):
            continue
        n += 1
        gold_types = happened_types(gold)
        types = [e.get("type") for e in by_id.get(str(gold["id"]), []) if happened(e)]
        tp += sum(1 for t in types if t in gold_types)
        fp += sum(1 for t in types if t not in gold_types)
        gold_n += len(gold_types)
        found += sum(1 for t in gold_types if t in types)
        if not gold_types:
            none_n += 1
            none_ok += not types
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / gold_n if gold_n else 0.0
    return {
        "sentences": n,
        "event_p": p,
        "event_r": r,
        "event_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "no_event_acc": share(none_ok, none_n),
        "predicted": tp + fp,
        "gold": gold_n,
    }


def happened_types(gold: Record) -> set[str]:
    """The types of a gold sentence's events that happened: neither negated nor hypothetical."""
    return {e["type"] for e in gold["events"] if not e.get("negated") and not e.get("hypothetical")}


def happened(event: Record) -> bool:
    """Whether a predicted event is reported as having happened: not negated, not to come."""
    return not event.get("negated") and event.get("tense") not in ("future", "hypothetical")
