"""What a gold set's scorer counts against an analysis, listed one by one for error analysis.

``faultlines eval GOLD --misses`` prints, under the metrics, each gold quote the analysis missed and
each it found with another source or speaker, and each quote it reported that the gold does not
list; each gold stance missed (with the evidence the gold cites and what was said of that actor
instead), each firm stance and dispute reported that the gold does not list, each gold dispute
missed and which side it lacks; each real news sentence whose events differ; and each PLOVER
record whose type was not found or whose source or target country is another; then the counts by
kind. The matching rules are the scorers' own (``evaluate``), so every line here is a point the
metrics lost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from faultlines.evaluate import (
    SIDES,
    Record,
    country_right,
    dispute_found,
    happened,
    happened_types,
    hit_countries,
    last_word,
    name_of,
    quote_matching,
    source_right,
    spans_in,
    speaker_right,
    stance_found,
    stance_hits,
    stance_matches,
    stance_real,
    stances_of,
    type_hit,
)

# How a missed gold stance was missed, from the worst case to the nearest.
NO_ACTOR = "no such actor"
NO_STANCE = "no stance by the actor"
OTHER_TOPICS = "stances on other topics"
WRONG_POLARITY = "wrong polarity"


def report(kind: str, golds: Sequence[Record], preds: Iterable[Record]) -> list[str]:
    """The lines listing what the ``kind`` scorer counts against ``preds``; none for a kind with
    no listing (actors)."""
    if kind == "quotes":
        return quotes(golds, preds)
    if kind == "events":
        return plover_events(golds, preds)
    if kind == "stances":
        return stances(golds, preds)
    if kind == "sentence_events":
        return sentence_events(golds, preds)
    return []


def quotes(golds: Sequence[Record], preds: Iterable[Record]) -> list[str]:
    """Quotes missed, found with another source or speaker, or not in the gold, record by record."""
    by_id = {str(p["id"]): p.get("quotes") or [] for p in preds}
    counts: Counter[str] = Counter()
    lines = []
    for gold in golds:
        text = gold["text"]
        wanted, found, pairs = quote_matching(gold, by_id.get(str(gold["id"]), []))
        listed = []
        matched = {id(g) for g, _ in pairs} | {id(p) for _, p in pairs}
        for g in wanted:
            if id(g) not in matched:
                counts["quote missed"] += 1
                listed.append(f"  quote missed: {_words(text, g['quote'])}{_said_by(text, g['quote'])}")
        for g, p in pairs:
            # as the scorer counts them: the source and the speaker each on its own
            wrong = [
                what
                for what, differs in (
                    ("source", not source_right(g, p)),
                    ("speaker", name_of(g["speaker"]) and not speaker_right(g, p)),
                )
                if differs
            ]
            for what in wrong:
                counts[f"quote found, other {what}"] += 1
            if wrong:
                listed.append(
                    f"  other {' and '.join(wrong)}: {_words(text, g['quote'])}{_said_by(text, g['quote'])}"
                )
                listed.append(f"    found:{_said_by(text, p['quote'])}")
        for p in found:
            if id(p) not in matched:
                counts["quote not in gold"] += 1
                listed.append(f"  quote not in gold: {_words(text, p['quote'])}{_said_by(text, p['quote'])}")
        if listed:
            lines += [str(gold["id"]), *listed]
    return [*lines, *_summary(counts)]


def _words(text: str, quote: Record, most: int = 120) -> str:
    """A quote's words, shortened to ``most`` characters."""
    words = " … ".join(text[start:end] for start, end in spans_in(quote.get("contents")))
    words = " ".join(words.split())
    return repr(words if len(words) <= most else words[: most - 1] + "…")


def _said_by(text: str, quote: Record) -> str:
    """Who a quote is given to: its source as written, and its speaker where it names one."""
    source = " ".join(text[start:end] for start, end in spans_in(quote.get("sources")))
    speaker = name_of(quote.get("speaker"))
    told = f" source {source!r}" if source else " no source"
    return told + (f", speaker {speaker!r}" if speaker and speaker != source else "")


def stances(golds: Sequence[Record], preds: Iterable[Record]) -> list[str]:
    """Missed and unlisted stances and disputes, record by record, then their counts."""
    by_id = {str(p["id"]): p for p in preds}
    counts: Counter[str] = Counter()
    lines = []
    for gold in golds:
        pred = by_id.get(str(gold["id"]), {})
        found = _record_misses(gold, pred, counts)
        if found:
            lines += [str(gold["id"]), *found]
    return [*lines, *_summary(counts)]


def _record_misses(gold: Record, pred: Record, counts: Counter[str]) -> list[str]:
    """The lines of one record's misses, each counted in ``counts`` by its kind."""
    names, topics, predicted = stances_of(pred)
    lines = []
    gold_stances = gold.get("stances") or []
    for s in gold_stances:
        hits = stance_hits(s, predicted)
        if stance_found(s, hits):
            continue
        how = _how_missed(s, hits, predicted, names.values())
        counts[f"stance missed: {how}"] += 1
        lines.append(f"  stance missed ({how}): {_stance(s['actor'], s['topic'], s['polarity'])}")
        if s.get("evidence"):
            lines.append(f"    evidence: {s['evidence']}")
        if how == OTHER_TOPICS:
            said = [(t, p) for a, t, p in predicted if last_word(a) == last_word(s["actor"])]
            lines.append("    instead: " + "; ".join(_stance("", t, p).strip() for t, p in said))
    for actor, topic, pol in predicted:
        if pol in (1, -1) and not stance_real(actor, topic, pol, gold_stances):
            counts["stance not in gold"] += 1
            lines.append(f"  stance not in gold: {_stance(actor, topic, pol)}")
    pred_disputes = pred.get("disputes") or []
    for d in gold.get("disputes") or []:
        if any(dispute_found(d, pd, names, topics) for pd in pred_disputes):
            continue
        lacking = _sides_lacking(d, gold_stances, predicted)
        counts[f"dispute missed: {lacking}"] += 1
        sides = " vs ".join(", ".join(side) for side in d["sides"])
        lines.append(f"  dispute missed ({lacking}): {d['topic']!r}: {sides}")
    for pd in pred_disputes:
        if not any(dispute_found(d, pd, names, topics) for d in gold.get("disputes") or []):
            counts["dispute not in gold"] += 1
            sides = " vs ".join(", ".join(names.get(a, a) for a in side) for side in pd.get("sides") or [])
            lines.append(f"  dispute not in gold: {topics.get(pd.get('topic'), '')!r}: {sides}")
    return lines


def _how_missed(
    gold: Record, hits: list[Any], predicted: list[tuple[str, str, Any]], actors: Iterable[str]
) -> str:
    """How a gold stance was missed: by the polarities found on it (``hits``), the stances and the
    actor names of the prediction."""
    if hits:
        return WRONG_POLARITY
    if any(last_word(a) == last_word(gold["actor"]) for a, _, _ in predicted):
        return OTHER_TOPICS
    if any(last_word(a) == last_word(gold["actor"]) for a in actors):
        return NO_STANCE
    return NO_ACTOR


def _sides_lacking(dispute: Record, gold_stances: list[Record], predicted: list[tuple[str, str, Any]]) -> str:
    """Which sides of a missed gold dispute have no member whose gold stance on it was found."""
    held = []
    for side in dispute["sides"]:
        members = {last_word(name) for name in side}
        on_topic = [
            s
            for s in gold_stances
            if last_word(s["actor"]) in members and stance_matches(s, s["actor"], dispute["topic"])
        ]
        held.append(any(s["polarity"] in stance_hits(s, predicted) for s in on_topic))
    if all(held):
        return "both sides found, not opposed on one topic"
    return "one side lacking" if any(held) else "both sides lacking"


def _stance(actor: str, topic: str, polarity: Any) -> str:
    sign = {1: "+1", -1: "-1", 0: "0"}.get(polarity, str(polarity))
    return f"{actor} {sign} on {topic!r}"


def sentence_events(golds: Sequence[Record], preds: Iterable[Record]) -> list[str]:
    """Each scored sentence whose happened event types differ from the gold's, then the counts."""
    by_id = {str(p["id"]): p.get("events") or [] for p in preds}
    counts: Counter[str] = Counter()
    lines = []
    for gold in golds:
        if gold.get("borderline"):
            continue
        wanted = happened_types(gold)
        events = by_id.get(str(gold["id"]), [])
        got = {e.get("type") for e in events if happened(e)}
        if wanted == got:
            continue
        for kind in sorted(wanted - got):
            counts[f"event missed: {kind}"] += 1
        for kind in sorted(got - wanted):
            counts[f"event not in gold: {kind}"] += 1
        lines.append(f"{gold['id']}: {gold['text']}")
        lines.append(f"  gold: {', '.join(sorted(wanted)) or 'none'}; found: {_events(events)}")
    return [*lines, *_summary(counts)]


def plover_events(golds: Sequence[Record], preds: Iterable[Record]) -> list[str]:
    """Each PLOVER record whose type was not found, or found with another source or target
    country than the gold's, then the counts."""
    by_id = {str(p["id"]): p.get("events") or [] for p in preds}
    counts: Counter[str] = Counter()
    lines = []
    for gold in golds:
        events = by_id.get(str(gold["id"]), [])
        hit = type_hit(gold, events)
        if hit is None:
            counts[f"type missed: {gold['event']}"] += 1
            lines.append(f"{gold['id']}: {gold['text']}")
            lines.append(f"  gold: {gold['event']}; found: {_events(events)}")
            continue
        wrong = []
        for side in SIDES:
            wanted, right = country_right(gold, hit, side)
            if wanted and not right:
                counts[f"{side[1]} country wrong"] += 1
                found = "/".join(sorted(hit_countries(hit, side))) or "none"
                wrong.append(f"{side[1]} {'/'.join(sorted(wanted))}, found {found}")
        if wrong:
            lines.append(f"{gold['id']}: {gold['text']}")
            lines.append(f"  {gold['event']} found with {'; '.join(wrong)}")
    return [*lines, *_summary(counts)]


def _events(events: list[Record]) -> str:
    """Each event with how it was reported, where it is not reported as having happened."""
    told = []
    for e in events:
        state = "negated" if e.get("negated") else e.get("tense") if not happened(e) else ""
        told.append(f"{e.get('type')} ({state})" if state else str(e.get("type")))
    return ", ".join(told) or "none"


def _summary(counts: Counter[str]) -> list[str]:
    if not counts:
        return ["nothing missed"]
    return ["counts:", *(f"  {n:4d}  {what}" for what, n in sorted(counts.items()))]
