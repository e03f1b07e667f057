"""The stance and dispute scorer (``score_stances.py``): actors by the last word of their name,
topics by a shared content word, disputes by their two sides."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faultlines.evaluate.words import WORD, Record, last_word, share

STOP = frozenset({"the", "a", "an", "of", "on", "in", "to", "for", "new", "and", "its", "their", "with"})


def score_stances(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """Stance accuracy (actor by last word, topic by a shared content word) and the share of firm
    predicted stances that are real; disputes found, reported disputes that are real, quiet records."""
    by_id = {str(p["id"]): p for p in preds}
    t = dict.fromkeys(("st_n", "st_ok", "ps_n", "ps_ok", "dp_n", "dp_ok", "pd_n", "pd_ok", "q_n", "q_ok"), 0)
    for gold in golds:
        pred = by_id.get(str(gold["id"]), {})
        names, topics, predicted = stances_of(pred)
        gold_stances = gold.get("stances") or []
        for s in gold_stances:
            t["st_n"] += 1
            t["st_ok"] += stance_found(s, stance_hits(s, predicted))
        for actor, topic, pol in predicted:
            if pol in (1, -1):
                t["ps_n"] += 1
                t["ps_ok"] += stance_real(actor, topic, pol, gold_stances)
        gold_disputes = gold.get("disputes") or []
        pred_disputes = pred.get("disputes") or []
        if not gold_disputes:
            t["q_n"] += 1
            t["q_ok"] += not pred_disputes
        for d in gold_disputes:
            t["dp_n"] += 1
            t["dp_ok"] += any(dispute_found(d, pd, names, topics) for pd in pred_disputes)
        for pd in pred_disputes:
            t["pd_n"] += 1
            t["pd_ok"] += any(dispute_found(d, pd, names, topics) for d in gold_disputes)
    return {
        "stances": t["st_n"],
        "stance_acc": share(t["st_ok"], t["st_n"]),
        "stances_predicted": t["ps_n"],
        "stance_p": share(t["ps_ok"], t["ps_n"]),
        "disputes": t["dp_n"],
        "dispute_recall": share(t["dp_ok"], t["dp_n"]),
        "no_dispute_records": t["q_n"],
        "no_dispute_acc": share(t["q_ok"], t["q_n"]),
        "disputes_predicted": t["pd_n"],
        "dispute_p": share(t["pd_ok"], t["pd_n"]),
    }


def stances_of(pred: Record) -> tuple[dict, dict, list[tuple[str, str, Any]]]:
    """A prediction's actor names and topic labels by id, and its stances as (actor name, topic
    label, polarity)."""
    names = {a.get("id"): a.get("name") or "" for a in pred.get("actors") or []}
    topics = {t.get("id"): t.get("label") or "" for t in pred.get("topics") or []}
    predicted = [
        (names.get(s.get("actor"), ""), topics.get(s.get("topic"), ""), s.get("polarity"))
        for s in pred.get("stances") or []
    ]
    return names, topics, predicted


def stance_hits(gold: Record, predicted: list[tuple[str, str, Any]]) -> list[Any]:
    """The polarities of the predicted stances that match a gold stance's actor and topic."""
    return [pol for actor, topic, pol in predicted if stance_matches(gold, actor, topic)]


def stance_found(gold: Record, hits: list[Any]) -> bool:
    """Whether a gold stance is found: its polarity among the hits (a 0 is found when no firm one is)."""
    return (gold["polarity"] in hits) if gold["polarity"] else all(h == 0 for h in hits)


def stance_real(actor: str, topic: str, polarity: Any, gold_stances: list[Record]) -> bool:
    """Whether a predicted stance is one the gold lists, polarity included."""
    return any(stance_matches(s, actor, topic) and polarity == s["polarity"] for s in gold_stances)


def stance_matches(gold: Record, actor: str, topic: str) -> bool:
    """Whether a predicted stance's actor and topic label are a gold stance's: the actor's last word,
    and a content word shared by the topics."""
    return last_word(actor) == last_word(gold["actor"]) and bool(
        _content_words(topic) & _content_words(gold["topic"])
    )


def dispute_found(gold: Record, pred: Record, names: dict, topics: dict) -> bool:
    """Whether a predicted dispute, on a topic sharing a content word with the gold's, puts the two
    gold sides on different sides (``names`` and ``topics``: the prediction's ids to labels)."""
    if not _content_words(topics.get(pred.get("topic"), "")) & _content_words(gold["topic"]):
        return False
    sides = [{last_word(names.get(a, "")) for a in side} for side in pred.get("sides") or []]
    a = [i for i, s in enumerate(sides) if {last_word(x) for x in gold["sides"][0]} & s]
    b = [i for i, s in enumerate(sides) if {last_word(x) for x in gold["sides"][1]} & s]
    return bool(a and b and set(a).isdisjoint(b))


def _content_words(s: str | None) -> set[str]:
    return {w for w in WORD.findall((s or "").lower()) if w not in STOP}
