"""How well the HTML reader finds the article body: the article-extraction benchmark (AEB) in ../shared.

For each of the 181 pages, the body our reader extracts is compared with the true body as bags of
word tokens (``\\w+``, case kept): precision and recall per page, averaged over pages, with F1 the
harmonic mean of each page's pair, also averaged. ``shingle F1`` repeats this on word 4-grams, the
AEB's own measure, so the figure can be set beside published ones. Pages/s times extraction alone
(metadata included, as the reader runs it), in one process.

Measured with trafilatura 2.3.1 (``--compare``): trafilatura's defaults give token P/R/F1
0.947/0.983/0.958; ``favor_precision`` gives 0.964/0.975/0.965 and is the reader's setting.
Dropping page furniture and restoring ``article__summary`` ledes (``ingest/furniture.py``, 2026-11-30)
lifts the reader to 0.970/0.975/0.967 (4-gram F1 0.960 -> 0.963).

    .venv/bin/python benchmarks/ingest_aeb.py            # the reader's settings
    .venv/bin/python benchmarks/ingest_aeb.py --compare  # the trafilatura switches side by side
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from faultlines.ingest import html

AEB = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "aeb"
TOKEN = re.compile(r"\w+")

VARIANTS = {
    "reader": html.OPTIONS,
    "default": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "no_tables": {"include_tables": False},
    "favor_precision+no_tables": {"favor_precision": True, "include_tables": False},
    "favor_precision+fast": {"favor_precision": True, "fast": True},
}


def load_pages(root: Path) -> list[tuple[str, bytes, str, str]]:
    """(page id, raw HTML bytes, its URL, true body) for every page of the benchmark."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            page,
            gzip.decompress((root / "html" / f"{page}.html.gz").read_bytes()),
            gold["url"],
            gold["articleBody"],
        )
        for page, gold in sorted(truth.items())
    ]


def overlap(true: Counter, pred: Counter) -> tuple[float, float, float]:
    """Precision, recall and F1 of two bags; an empty side scores 0 unless both are empty."""
    if not true and not pred:
        return 1.0, 1.0, 1.0
    hits = sum((true & pred).values())
    precision = hits / sum(pred.values()) if pred else 0.0
    recall = hits / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def shingles(tokens: list[str], n: int = 4) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 1)) if tokens)


def score(pages: list[tuple[str, bytes, str, str]], options: dict[str, bool]) -> dict[str, float]:
    token_scores, shingle_scores, failures, seconds = [], [], 0, 0.0
    for page, data, url, true_body in pages:
        start = time.perf_counter()
        article = html.extract(data, page, url, options=options)
        seconds += time.perf_counter() - start
        failures += bool(article.errors)
        true_tokens, pred_tokens = TOKEN.findall(true_body), TOKEN.findall(article.text)
        token_scores.append(overlap(Counter(true_tokens), Counter(pred_tokens)))
        shingle_scores.append(overlap(shingles(true_tokens), shingles(pred_tokens)))
    n = len(pages)
    return {
        "precision": sum(s[0] for s in token_scores) / n,
        "recall": sum(s[1] for s in token_scores) / n,
        "f1": sum(s[2] for s in token_scores) / n,
        "shingle_f1": sum(s[2] for s in shingle_scores) / n,
        "failed": failures,
        "pages_per_s": n / seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--compare", action="store_true", help="score every variant of trafilatura's switches"
    )
    parser.add_argument(
        "--aeb", type=Path, default=AEB, help="the benchmark folder (default: ../shared/eval/aeb)"
    )
    args = parser.parse_args()
    if not (args.aeb / "ground-truth.json").is_file():
        print(f"no benchmark at {args.aeb}: ../shared is needed beside the project", file=sys.stderr)
        return 2
    pages = load_pages(args.aeb)
    html.extract(pages[0][1], "warm-up")  # trafilatura's first call loads its models: keep it out of pages/s
    variants = VARIANTS if args.compare else {"reader": html.OPTIONS}
    print(f"{len(pages)} pages from {args.aeb}")
    print(f"{'variant':<26} {'P':>6} {'R':>6} {'F1':>6} {'4gram F1':>8} {'failed':>6} {'pages/s':>8}")
    for name, options in variants.items():
        r = score(pages, options)
        print(
            f"{name:<26} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['shingle_f1']:8.3f}"
            f" {r['failed']:6d} {r['pages_per_s']:8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
