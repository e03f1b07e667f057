"""Calibrate the quote stage's confidence, rule by rule, on the shared gold quotes.

A quote counts as right when its content matches a gold quote (word Dice >= 0.5, the scorer's rule)
and its source is right too (overlapping words, or both empty; a continuation, which takes its
speaker from the quote before it, counts on its content alone). Each rule's share of right quotes is
its confidence.

usage: python benchmarks/quote_confidence.py [GOLD.jsonl ...]
       (default: ../shared/eval/polnear-dev.jsonl, seed.jsonl and phenomena.jsonl)
Prints each rule's count and precision, then the table for ``CONFIDENCE`` in quotes/__init__.py.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from faultlines.evaluate import word_ids, word_offsets
from faultlines.nlp import load
from faultlines.quotes import find

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DEFAULT = [EVAL / "polnear-dev.jsonl", EVAL / "seed.jsonl", EVAL / "phenomena.jsonl"]
MIN_COUNT = 5  # rarer rules keep the default confidence


def calibrate(paths: list[Path]) -> tuple[Counter, Counter]:
    nlp = load()
    seen: Counter = Counter()
    right: Counter = Counter()
    for path in paths:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            words = word_offsets(record["text"])
            golds = [
                (word_ids(g["contents"], words), word_ids(g["sources"], words)) for g in record["quotes"]
            ]
            for quote in find(record["text"], doc):
                seen[quote.rule] += 1
                right[quote.rule] += _right(quote, golds, words)
    return seen, right


def _right(quote, golds, words) -> bool:
    content = word_ids(quote.contents, words)
    sources = word_ids(quote.sources, words)
    return any(
        _dice(content, gold_content) >= 0.5
        and bool(quote.inherits or (not gold_sources and not sources) or gold_sources & sources)
        for gold_content, gold_sources in golds
    )


def _dice(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or DEFAULT
    seen, right = calibrate(paths)
    for rule, n in seen.most_common():
        print(f"{rule:22s} n={n:5d} precision={right[rule] / n:.2f}")
    print("CONFIDENCE = {")
    for rule, n in seen.most_common():
        if n >= MIN_COUNT:
            print(f'    "{rule}": {right[rule] / n:.2f},')
    print("}")


if __name__ == "__main__":
    main()
