"""CPU time of the project's own stages (the language check and each stage), apart from the parse.

The texts are parsed once; then every pass runs the language check and the stages over each Doc with
its caches emptied, as the pipeline does, and the CPU seconds (process time, not wall: the machine is
shared) of each step are summed. The minimum over passes is printed per step. Compare two checkouts by
running this alternately in each (``PYTHONPATH=OTHER/src``), never by one timing.

usage: python benchmarks/stage_cpu.py [GOLD.jsonl] [--passes 3] [--profile N] [--docs FILE.spacy]

``--docs`` keeps the parsed texts in a file (written on first use, read after): the parse, most of
a run's time, is then paid once for a series of alternating runs.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
from pathlib import Path
from time import process_time

from faultlines import nlp as nlp_mod
from faultlines import views
from faultlines.model import Analysis, Article
from faultlines.pipeline import STAGES, check_text

DEFAULT = Path("../shared/eval/polnear-dev.jsonl")


def one_pass(articles: list[Article], docs: list, seconds: dict[str, float]) -> None:
    """The language check and every stage over each parsed Doc, CPU seconds added to ``seconds``."""
    for article, doc in zip(articles, docs, strict=True):
        analysis = Analysis.of(article)
        started = process_time()
        check_text(analysis)
        seconds["language"] += process_time() - started
        views.TEXT.put(doc, article.text)
        for name, stage in STAGES:
            started = process_time()
            stage(analysis, doc)
            seconds[name] += process_time() - started
        doc.user_data.clear()  # as the pipeline does: the Doc's caches go with it


def _parsed(articles: list[Article], nlp, kept: Path | None) -> list:
    """The Docs of ``articles``: parsed, or read from ``kept`` (which a parse writes when missing)."""
    from spacy.tokens import DocBin

    if kept is not None and kept.is_file():
        return list(DocBin().from_disk(kept).get_docs(nlp.vocab))
    docs = list(nlp_mod.parse([a.text for a in articles], nlp))
    if kept is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(kept)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions of one pass")
    parser.add_argument("--docs", type=Path, help="a DocBin file of the parsed texts, written if missing")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=str(row.get("id", n)), text=row["text"]) for n, row in enumerate(rows)]
    nlp = nlp_mod.load()
    with nlp_mod.zone(nlp):
        started = process_time()
        docs = _parsed(articles, nlp, args.docs)
        parse_seconds = process_time() - started
        one_pass(articles, docs, dict.fromkeys(["language", *(name for name, _ in STAGES)], 0.0))  # warm-up
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            one_pass(articles, docs, dict.fromkeys(["language", *(name for name, _ in STAGES)], 0.0))
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
            return
        best: dict[str, float] = {}
        for _ in range(args.passes):
            seconds = dict.fromkeys(["language", *(name for name, _ in STAGES)], 0.0)
            one_pass(articles, docs, seconds)
            seconds["all"] = sum(seconds.values())
            best = {k: min(v, best.get(k, v)) for k, v in seconds.items()}
    print(
        f"{len(docs)} docs, parse (or read) {parse_seconds:.3f} s CPU; own steps, min of {args.passes} passes:"
    )
    print("  ".join(f"{name} {value:.3f}" for name, value in best.items()))


if __name__ == "__main__":
    main()
