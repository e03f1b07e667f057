"""Accuracy never drops silently: the shared gold sets are scored on every test run against floors.

The floors in ``quality_floors.json`` are the best figures reached so far; raise one whenever a change
beats it (``make gate`` prints the measured figures).
"""

import json
from pathlib import Path

import pytest

from faultlines import evaluate

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text(encoding="utf-8"))
CASES = [
    (gold, kind, metric, floor)
    for gold, kinds in FLOORS.items()
    for kind, metrics in kinds.items()
    for metric, floor in metrics.items()
]


@pytest.mark.parametrize(("gold", "kind", "metric", "floor"), CASES, ids=[f"{g}-{m}" for g, _, m, _ in CASES])
def test_quality_gate_metric_stays_at_or_above_its_floor(gold_run, gold, kind, metric, floor):
    golds, preds, _ = gold_run(gold)
    measured = evaluate.SCORERS[kind](golds, preds)[metric]
    print(f"{gold} {kind}.{metric} = {measured:.4f} (floor {floor})")
    if metric == "events_per_doc":
        assert measured <= floor + 1e-9, f"{gold}: {metric} {measured:.4f} rose above the ceiling {floor}"
    else:
        assert measured >= floor - 1e-9, f"{gold}: {metric} {measured:.4f} fell below the floor {floor}"
