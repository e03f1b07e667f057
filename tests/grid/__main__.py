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
    golds = importlib.import_module(f"tests.grid.{args.name}").records()
    preds = [a.to_dict() for a in evaluate.predict(golds)]
    print(json.dumps(evaluate.score_stances(golds, preds)))
    passed, seen, failures = Counter(), Counter(), []
    for gold, pred in zip(golds, preds, strict=True):
        ok = _passes(evaluate.score_stances([gold], [pred]))
        for axis, value in enumerate(gold["id"].split("|")):
            seen[axis, value] += 1
            passed[axis, value] += ok
        if not ok:
            failures.append({"id": gold["id"], "text": gold["text"], "reported": _stances(pred)})
    for axis in sorted({a for a, _ in seen}):
        row = {v: f"{passed[a, v]}/{n}" for (a, v), n in seen.items() if a == axis}
        print(f"axis {axis}: {row}")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(f) + "\n" for f in failures)


def _passes(figures: dict) -> bool:
    """Every gold stance right, the gold dispute found, and no dispute where there is none."""
    return all(figures[m] in (None, 1.0) for m in ("stance_acc", "dispute_recall", "no_dispute_acc"))


def _stances(pred: dict) -> list[tuple[str, int, str]]:
    names = {a["id"]: a.get("name") for a in pred.get("actors") or []}
    labels = {t["id"]: t.get("label") for t in pred.get("topics") or []}
    return [(names.get(s["actor"]), s["polarity"], labels.get(s["topic"])) for s in pred.get("stances") or []]


if __name__ == "__main__":
    main()
