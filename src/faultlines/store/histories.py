"""Disputes merged across the stored documents, exactly as ``faultlines disputes`` merges them.

The stored disputes, with their topics, actor names and evidence quotes, are read back as minimal
Analyses and folded by ``stances.history.merge``; the histories replace ``dispute_histories`` and
``dispute_episodes``, which the ``disputes_by_month`` view reads.
"""

from __future__ import annotations

from collections import defaultdict

from faultlines.model import Actor, Analysis, Dispute, Quote, Ref, Span, Topic
from faultlines.stances.history import History, merge
from faultlines.store.db import Store


def rebuild(store: Store) -> int:
    """Recompute the merged dispute histories from the ``disputes`` table; returns how many."""
    histories = merge(_analyses(store))
    store.con.execute("BEGIN TRANSACTION")
    try:
        store.replace("dispute_histories", [_history_row(n, h) for n, h in enumerate(histories, 1)])
        store.replace(
            "dispute_episodes",
            [
                (n, e.article, e.published, e.topic, [x["quote"] for x in e.evidence])
                for n, h in enumerate(histories, 1)
                for e in h.episodes
            ],
        )
        store.con.execute("COMMIT")
    except BaseException:
        store.con.execute("ROLLBACK")
        raise
    return len(histories)


def _analyses(store: Store) -> list[Analysis]:
    """One Analysis per document with a dispute, holding only what ``merge`` reads."""
    con = store.con
    docs = {
        doc: Analysis(id=doc, text="", published=published)
        for doc, published in con.execute(
            "SELECT id, published FROM documents WHERE id IN (SELECT document_id FROM disputes)"
        ).fetchall()
    }
    for doc, topic, sides, evidence in con.execute(
        "SELECT document_id, topic_id, sides, evidence FROM disputes ORDER BY document_id"
    ).fetchall():
        docs[doc].disputes.append(Dispute(topic, sides, evidence))
    # With its stored key: the one `faultlines disputes` merges on (not recomputed from the label).
    for doc, topic, label, key in con.execute(
        "SELECT document_id, id, label, key FROM topics WHERE document_id IN (SELECT document_id FROM disputes)"
    ).fetchall():
        docs[doc].topics.append(Topic(topic, label, key=key or ""))
    _add_actors_and_quotes(store, docs)
    return list(docs.values())


def _add_actors_and_quotes(store: Store, docs: dict[str, Analysis]) -> None:
    in_disputes = "WHERE document_id IN (SELECT document_id FROM disputes)"
    for doc, actor, name, kind in store.con.execute(
        f"SELECT document_id, id, name, kind FROM actors {in_disputes}"
    ).fetchall():
        docs[doc].actors.append(Actor(actor, name, kind))
    cited: dict[str, set[str]] = defaultdict(set)
    for doc, analysis in docs.items():
        for dispute in analysis.disputes:
            cited[doc].update(dispute.evidence)
    for doc, qid, kind, text, speaker_id, speaker in store.con.execute(
        f"SELECT document_id, id, kind, quote, speaker_id, speaker FROM quotes {in_disputes}"
    ).fetchall():
        if qid in cited[doc]:
            ref = Ref(speaker_id, speaker or "") if speaker_id or speaker else None
            docs[doc].quotes.append(Quote(qid, kind, [Span(0, len(text), text)], speaker=ref))


def _history_row(number: int, history: History) -> tuple:
    side_a, side_b = (sorted(side) for side in history.sides)
    dates = [e.published for e in history.episodes if e.published]
    return (
        number,
        history.label,
        side_a,
        side_b,
        [history.names.get(a, a) for a in side_a],
        [history.names.get(a, a) for a in side_b],
        history.articles,
        dates[0] if dates else None,
        dates[-1] if dates else None,
    )
