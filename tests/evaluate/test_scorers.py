"""Which scorer a gold file needs, and that each gives the shared scorer's figures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from faultlines import evaluate


def test_scorers_scorers_for_reads_the_gold_shape():
    assert evaluate.scorers_for([{"quotes": [], "stances": []}]) == ["quotes", "stances"]
    assert evaluate.scorers_for([{"event": "AGREE"}]) == ["events"]
    assert evaluate.scorers_for([{"text": "x", "events": []}]) == ["sentence_events"]
    assert evaluate.scorers_for([{"text": "x"}]) == []


@pytest.mark.parametrize(
    ("gold_name", "script", "kind"),
    [
        ("seed.jsonl", "score_quotes.py", "quotes"),
        ("polnear-dev.jsonl", "score_quotes.py", "quotes"),
        ("phenomena.jsonl", "score_quotes.py", "quotes"),
        ("plover-dev.jsonl", "score_events.py", "events"),
        ("stances.jsonl", "score_stances.py", "stances"),
        ("seed.jsonl", "score_stances.py", "stances"),
        ("disputes-dev.jsonl", "score_stances.py", "stances"),
        ("events-sentences-dev.jsonl", "score_sentence_events.py", "sentence_events"),
    ],
)
def test_scorers_each_equals_the_shared_scorer(gold_run, shared, gold_name, script, kind):
    golds, preds, pred_path = gold_run(gold_name)
    ours = evaluate.SCORERS[kind](golds, preds)
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / script),
            str(shared / "eval" / gold_name),
            str(pred_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ours == pytest.approx(json.loads(out.stdout))
