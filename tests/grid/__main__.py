"""``python -m tests.grid NAME [--failures FILE]``: a grid's figures, its pass rate on each axis value,
and (with ``--failures``) every failing cell with what the pipeline reported."""

from __future__ import annotations

import argparse
import importlib
import json
from collections import Counter

from faultlines import evaluate


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.grid")
    parser.add_argument("name", help="the grid module in tests/grid, e.g. stances")
    parser.add_argument("--failures", help="write the failing cells here, one JSON line each")
    args = parser.parse_args()
    grid = importlib.import_module(f"tests.grid.{args.name}")
    score = evaluate.SCORERS[getattr(grid, "KIND", "stances")]
    golds = grid.records()
    preds = [a.to_dict() for a in evaluate.predict(golds)]
    print(json.dumps(score(golds, preds)))
    passed, seen, failures = Counter(), Counter(), []
    for gold, pred in zip(golds, preds, strict=True):
        ok = _passes(score([gold], [pred]))
        for axis, value in enumerate(gold["id"].split("|")):
            seen[axis, value] += 1
            passed[axis, value] += ok
        if not ok:
            failures.append({"id": gold["id"], "text": gold["text"], "reported": _reported(pred)})
    for axis in sorted({a for a, _ in seen}):
        row = {v: f"{passed[a, v]}/{n}" for (a, v), n in seen.items() if a == axis}
        print(f"axis {axis}: {row}")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(f) + "\n" for f in failures)


def _passes(figures: dict) -> bool:
    """Stances: every gold stance right, the gold dispute found, no dispute where there is none.
    Events: every event type that happened found, and none reported that did not happen."""
    if "event_p" in figures:
        return figures["predicted"] == figures["gold"] == round(figures["event_r"] * figures["gold"])
    return all(figures[m] in (None, 1.0) for m in ("stance_acc", "dispute_recall", "no_dispute_acc"))


def _reported(pred: dict) -> list[tuple]:
    names = {a["id"]: a.get("name") for a in pred.get("actors") or []}
    labels = {t["id"]: t.get("label") for t in pred.get("topics") or []}
    stances = [
        (names.get(s["actor"]), s["polarity"], labels.get(s["topic"])) for s in pred.get("stances") or []
    ]
    events = [(e.get("type"), e.get("tense"), bool(e.get("negated"))) for e in pred.get("events") or []]
    return stances + events


if __name__ == "__main__":
    main()
