"""Speaker resolution measured on a quote gold set that gives source spans but no speaker names.

PolNeAR marks each quote's source span ("Trump campaign spokesman Jason Miller", "she") but not who
the speaker is. Where the gold source span is headed by a person's name (spaCy's PERSON entities over
the gold text), that name is the speaker, so a matched quote's resolved speaker must share its last name:
the figure the held-out speaker target uses. Pronoun sources are counted apart (how many got any
speaker), since the gold does not say whom they mean.

usage: python benchmarks/speaker_names.py [GOLD.jsonl] [--pred PRED.jsonl] [--show N]
       (default gold: ../shared/eval/polnear-dev.jsonl; without --pred the gold texts are analysed)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from faultlines.evaluate import last_name, predict, quote_matching, word_offsets
from faultlines.nlp import load

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "i", "we"})
POSSESSIVE = re.compile(r"['’]s$")


def measure(golds: list[dict], preds: dict[str, list[dict]]) -> tuple[Counter, list[tuple]]:
    counts: Counter = Counter()
    wrong = []
    docs = load().pipe(g["text"] for g in golds)
    for gold, doc in zip(golds, docs, strict=True):
        words = word_offsets(gold["text"])
        for g, p in quote_matching(gold, preds.get(str(gold["id"]), []))[2]:
            source = " ".join(gold["text"][slice(*words[i])] for i in sorted(g["s"]))
            named = _named(doc, words, g["s"])
            if named is not None:
                want = last_name(POSSESSIVE.sub("", named))
                ok = want == last_name(p["speaker"])
                counts["named"] += 1
                counts["named_right"] += ok
                if not ok:
                    got = p["speaker"]["name"] if p["speaker"] else None
                    wrong.append((gold["id"], source, named, got))
            elif source.lower() in PRONOUNS:
                counts["pronoun"] += 1
                counts["pronoun_resolved"] += p["speaker"] is not None
    return counts, wrong


def _named(doc, words: list[tuple[int, int]], source: frozenset[int]) -> str | None:
    """The person entity at the head of the gold source ("Ada Moss" in "campaign spokeswoman Ada Moss")."""
    if not source:
        return None
    span = doc.char_span(words[min(source)][0], words[max(source)][1], alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or root.ent_type_ != "PERSON":
        return None
    return next(e.text for e in doc.ents if e.start <= root.i < e.end)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=EVAL / "polnear-dev.jsonl")
    parser.add_argument("--pred", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many wrong speakers")
    args = parser.parse_args()
    golds = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.pred:
        records = (
            json.loads(line) for line in args.pred.read_text(encoding="utf-8").splitlines() if line.strip()
        )
        preds = {str(r["id"]): r.get("quotes") or [] for r in records}
    else:
        preds = {a.id: a.to_dict()["quotes"] for a in predict(golds)}
    counts, wrong = measure(golds, preds)
    print(
        f"named sources: {counts['named_right']}/{counts['named']} speakers right "
        f"({counts['named_right'] / max(counts['named'], 1):.3f}); "
        f"pronoun sources: {counts['pronoun_resolved']}/{counts['pronoun']} resolved "
        f"({counts['pronoun_resolved'] / max(counts['pronoun'], 1):.3f})"
    )
    for row in wrong[: args.show]:
        print(" | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
