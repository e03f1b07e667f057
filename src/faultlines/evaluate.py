"""The scoring rules of ``../shared/eval/score_*.py`` as project code, so ``faultlines eval`` needs no
checkout of the gold data's scripts and the quality gate can call them in-process.

Four scorers, chosen by what a gold record holds: ``quotes`` (quote attribution), ``event`` (one
PLOVER event per sentence), ``events`` (every event of a real news sentence, or none) and
``stances``/``disputes``. Each takes gold and predicted records (dicts
as read from JSONL) and returns a flat dict of metrics with the shared scorers' names. A fourth,
``actors``, has no shared script: it checks the actors a gold record lists (the seed's) by kind,
country and sector.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from faultlines.model import Analysis, Article

WORD = re.compile(r"\w+")
Record = dict[str, Any]


# ---- quotes ---------------------------------------------------------------------------------------


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


def word_offsets(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def spans_in(x: Any) -> list[tuple[int, int]]:
    """Spans in any of the accepted shapes: [s, e], {"start", "end"}, or a list of either."""
    if isinstance(x, dict):
        return [(int(x["start"]), int(x["end"]))] if "start" in x else []
    if isinstance(x, list | tuple):
        if len(x) == 2 and all(isinstance(v, int) for v in x):
            return [(x[0], x[1])]
        return [s for item in x for s in spans_in(item)]
    return []


def word_ids(spans: list[tuple[int, int]], words: Sequence[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i, (ws, we) in enumerate(words) if ws < e and we > s)


def _prepare(quotes: list[Record] | None, words: Sequence[tuple[int, int]]) -> list[Record]:
    out = []
    for q in quotes or []:
        content = word_ids(spans_in(q.get("contents")), words)
        if content:
            sources = word_ids(spans_in(q.get("sources")), words)
            out.append({"c": content, "s": sources, "speaker": q.get("speaker"), "quote": q})
    return out


def name_of(x: Any) -> str:
    """A speaker's name, from a speaker record or a plain string."""
    if isinstance(x, dict):
        x = x.get("name") or x.get("text")
    return (x or "").strip()


def last_name(x: Any) -> str:
    tokens = [t for t in WORD.findall(name_of(x).lower()) if t not in ("jr", "sr", "ii", "iii")]
    return tokens[-1] if tokens else ""


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


# ---- events ---------------------------------------------------------------------------------------


def score_events(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """PLOVER metrics: type recall, first type right, events per record, source/target country."""
    by_id = {str(p["id"]): p.get("events") or [] for p in preds}
    n = recalled = first = n_events = src_n = src_ok = tgt_n = tgt_ok = 0
    for gold in golds:
        events = by_id.get(str(gold["id"]), [])
        n += 1
        n_events += len(events)
        types = [(e.get("type") or e.get("event") or "").upper() for e in events]
        first += bool(types) and types[0] == gold["event"]
        hit = next((e for e, t in zip(events, types, strict=True) if t == gold["event"]), None)
        if hit is None:
            continue
        recalled += 1
        gold_src, gold_tgt = _countries(gold.get("sources")), _countries(gold.get("targets"))
        if gold_src:
            src_n += 1
            src_ok += bool(gold_src & _countries(hit.get("source") or hit.get("sources")))
        if gold_tgt:
            tgt_n += 1
            tgt_ok += bool(gold_tgt & _countries(hit.get("target") or hit.get("targets")))
    return {
        "records": n,
        "type_recall": recalled / n if n else 0.0,
        "first_type_acc": first / n if n else 0.0,
        "events_per_doc": n_events / n if n else 0.0,
        "source_country": src_ok / src_n if src_n else None,
        "target_country": tgt_ok / tgt_n if tgt_n else None,
    }


def _countries(x: Any) -> set[str]:
    if isinstance(x, dict):
        x = [x]
    if not isinstance(x, list):
        return set()
    return {(a.get("country") or "").upper() for a in x if isinstance(a, dict) and a.get("country")}


def score_sentence_events(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """Events on real news sentences, precision included: only events reported as having happened
    count on either side; sentences marked ``borderline`` are left out."""
    by_id = {str(p["id"]): p.get("events") or [] for p in preds}
    n = tp = fp = gold_n = found = none_n = none_ok = 0
    for gold in golds:
        if gold.get("borderline"):
            continue
        n += 1
        gold_types = happened_types(gold)
        types = [e.get("type") for e in by_id.get(str(gold["id"]), []) if happened(e)]
        tp += sum(1 for t in types if t in gold_types)
        fp += sum(1 for t in types if t not in gold_types)
        gold_n += len(gold_types)
        found += sum(1 for t in gold_types if t in types)
        if not gold_types:
            none_n += 1
            none_ok += not types
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / gold_n if gold_n else 0.0
    return {
        "sentences": n,
        "event_p": p,
        "event_r": r,
        "event_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "no_event_acc": _share(none_ok, none_n),
        "predicted": tp + fp,
        "gold": gold_n,
    }


def happened_types(gold: Record) -> set[str]:
    """The types of a gold sentence's events that happened: neither negated nor hypothetical."""
    return {e["type"] for e in gold["events"] if not e.get("negated") and not e.get("hypothetical")}


def happened(event: Record) -> bool:
    """Whether a predicted event is reported as having happened: not negated, not to come."""
    return not event.get("negated") and event.get("tense") not in ("future", "hypothetical")


# ---- stances and disputes -------------------------------------------------------------------------

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
        "stance_acc": _share(t["st_ok"], t["st_n"]),
        "stances_predicted": t["ps_n"],
        "stance_p": _share(t["ps_ok"], t["ps_n"]),
        "disputes": t["dp_n"],
        "dispute_recall": _share(t["dp_ok"], t["dp_n"]),
        "no_dispute_records": t["q_n"],
        "no_dispute_acc": _share(t["q_ok"], t["q_n"]),
        "disputes_predicted": t["pd_n"],
        "dispute_p": _share(t["pd_ok"], t["pd_n"]),
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


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


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


def last_word(s: str | None) -> str:
    """The last word of a name, lowercased: actors are matched by it."""
    ws = WORD.findall((s or "").lower())
    return ws[-1] if ws else ""


# ---- actors ---------------------------------------------------------------------------------------


def score_actors(golds: Iterable[Record], preds: Iterable[Record]) -> dict[str, Any]:
    """Gold actors found (a predicted actor with the same last word of the name) and right (kind,
    country and sector as the gold gives them); predicted quotes whose speaker is a listed actor."""
    by_id = {str(p["id"]): p for p in preds}
    n = found = right = quotes = listed = 0
    for gold in golds:
        pred = by_id.get(str(gold["id"]), {})
        actors = pred.get("actors") or []
        for want in gold.get("actors") or []:
            n += 1
            same = [a for a in actors if last_word(a.get("name") or "") == last_word(want["name"])]
            found += bool(same)
            fields = [f for f in ("kind", "country", "sector") if want.get(f)]
            right += any(all(a.get(f) == want[f] for f in fields) for a in same)
        ids = {a.get("id") for a in actors}
        for q in pred.get("quotes") or []:
            if q.get("speaker"):
                quotes += 1
                listed += q["speaker"].get("actor") in ids
    return {
        "actors": n,
        "actor_found": found / n if n else None,
        "actor_right": right / n if n else None,
        "speakers_listed": listed / quotes if quotes else None,
    }


# ---- predictions and which scorer fits a gold file ------------------------------------------------


def articles(golds: Iterable[Record]) -> Iterator[Article]:
    """Each gold record's text as an article with the record's id, in order, for analysing."""
    return (Article(id=str(g["id"]), text=g["text"]) for g in golds)


def predict(golds: Iterable[Record], model: str | None = None) -> Iterator[Analysis]:
    """Analyse the gold records' texts in this process, in order."""
    from faultlines.pipeline import analyze_many

    return analyze_many(articles(golds), model=model)


# ---- which scorer fits a gold file ----------------------------------------------------------------

SCORERS = {
    "quotes": score_quotes,
    "events": score_events,
    "sentence_events": score_sentence_events,
    "stances": score_stances,
    "actors": score_actors,
}


def scorers_for(golds: Sequence[Record]) -> list[str]:
    """The scorers a gold set supports, judged from its first record."""
    first = golds[0] if golds else {}
    kinds = []
    if "quotes" in first:
        kinds.append("quotes")
    if "event" in first:
        kinds.append("events")
    if "events" in first and "quotes" not in first:  # the seed's article-level events are not sentences
        kinds.append("sentence_events")
    if "stances" in first or "disputes" in first:
        kinds.append("stances")
    if "actors" in first:
        kinds.append("actors")
    return kinds
