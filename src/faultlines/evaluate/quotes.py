"""The quote attribution scorer (``score_quotes.py``): quotes matched by the words of their
contents, sources by a shared word, speakers by last name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from faultlines.evaluate.words import Record, last_name, name_of, spans_in, word_ids, word_offsets


def score_quotes(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """Quote/attribution metrics: word-Dice matching of contents, source overlap, speaker last name."""
    by_id = {str(p["id"]): p.get("quotes") or [] for p in preds}
    t = dict.fromkeys(
        ("n_gold", "n_pred", "m", "exact", "cover", "w_tp", "w_pred", "w_gold", "src_ok", "spk_n", "spk_ok"),
        0,
    )
    docs = missing = 0
    for gold in golds:
        docs += 1
        words = word_offsets(gold["text"])
        g = _prepare(gold.get("quotes"), words)
        missing += str(gold["id"]) not in by_id
        p = _prepare(by_id.get(str(gold["id"]), []), words)
        t["n_gold"] += len(g)
        t["n_pred"] += len(p)
        gw = frozenset().union(*(q["c"] for q in g))
        pw = frozenset().union(*(q["c"] for q in p))
        t["w_tp"] += len(gw & pw)
        t["w_gold"] += len(gw)
        t["w_pred"] += len(pw)
        for gq, pq in _match(g, p, _dice_half):
            t["m"] += 1
            t["src_ok"] += source_right(gq, pq)
            if name_of(gq["speaker"]):
                t["spk_n"] += 1
                t["spk_ok"] += speaker_right(gq, pq)
        t["exact"] += len(_match(g, p, lambda a, b, i: a["c"] == b["c"]))
        t["cover"] += len(_match(g, p, lambda a, b, i: i / len(a["c"]) >= 0.3))
    r: dict[str, Any] = {}
    r["quote_p"], r["quote_r"], r["quote_f1"] = _prf(t["m"], t["n_pred"], t["n_gold"])
    r["exact_p"], r["exact_r"], r["exact_f1"] = _prf(t["exact"], t["n_pred"], t["n_gold"])
    r["cover_p"], r["cover_r"], r["cover_f1"] = _prf(t["cover"], t["n_pred"], t["n_gold"])
    r["words_p"], r["words_r"], r["words_f1"] = _prf(t["w_tp"], t["w_pred"], t["w_gold"])
    r["source_acc"] = t["src_ok"] / t["m"] if t["m"] else 0.0
    r["speaker_acc"] = t["spk_ok"] / t["spk_n"] if t["spk_n"] else None
    r["e2e_p"], r["e2e_r"], r["e2e_f1"] = _prf(t["src_ok"], t["n_pred"], t["n_gold"])
    r.update(docs=docs, gold=t["n_gold"], pred=t["n_pred"], missing_docs=missing)
    return r


def quote_matching(
    gold: Record, pred_quotes: list[Record]
) -> tuple[list[Record], list[Record], list[tuple[Record, Record]]]:
    """The scorer's view of one record's quotes: the gold and predicted quotes it counts, each as
    word-id sets ``c`` (contents) and ``s`` (sources) with its ``speaker`` and the ``quote`` itself,
    and the (gold, predicted) pairs it matches."""
    words = word_offsets(gold["text"])
    golds, preds = _prepare(gold.get("quotes"), words), _prepare(pred_quotes, words)
    return golds, preds, _match(golds, preds, _dice_half)


def source_right(gold: Record, pred: Record) -> bool:
    """Whether a matched quote's source is the gold's: both none, or sharing a word."""
    return (not gold["s"] and not pred["s"]) or bool(gold["s"] & pred["s"])


def speaker_right(gold: Record, pred: Record) -> bool:
    """Whether a matched quote's speaker is the gold's, by last name."""
    return last_name(gold["speaker"]) == last_name(pred["speaker"]) != ""


def _dice_half(a: Record, b: Record, inter: int) -> bool:
    return 2 * inter / (len(a["c"]) + len(b["c"])) >= 0.5


def _prepare(quotes: list[Record] | None, words: Sequence[tuple[int, int]]) -> list[Record]:
    out = []
    for q in quotes or []:
        content = word_ids(spans_in(q.get("contents")), words)
        if content:
            sources = word_ids(spans_in(q.get("sources")), words)
            out.append({"c": content, "s": sources, "speaker": q.get("speaker"), "quote": q})
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(golds: list[Record], preds: list[Record], ok) -> list[tuple[Record, Record]]:
    """Greedy one-to-one matching by descending Dice among the pairs that ``ok`` accepts."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            inter = len(g["c"] & p["c"])
            if inter and ok(g, p, inter):
                pairs.append((2 * inter / (len(g["c"]) + len(p["c"])), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((golds[gi], preds[pi]))
    return out
