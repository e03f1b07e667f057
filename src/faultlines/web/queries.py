"""Read-only SQL over the store's tables and views, one function per thing a page or the API shows.

Every function takes a DuckDB cursor of a read-only connection and returns plain dicts and lists,
which the JSON API returns as they are and the templates read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass
class QuoteFilter:
    """The filters of the quote table (the page, its CSV download and ``/api/quotes``)."""

    speaker: str | None = None
    q: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = ["TRUE"], []
        if self.speaker:
            clauses.append("(q.speaker_id = ? OR q.speaker ILIKE ?)")
            params += [self.speaker, f"%{self.speaker}%"]
        if self.q:
            clauses.append("q.quote ILIKE ?")
            params.append(f"%{self.q}%")
        if self.kind:
            clauses.append("q.kind = ?")
            params.append(self.kind)
        if self.start:
            clauses.append("d.date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("d.date <= ?")
            params.append(self.end)
        return " AND ".join(clauses), params


def _dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict]:
    result = cur.execute(sql, params or [])
    names = [c[0] for c in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def _one(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> dict | None:
    rows = _dicts(cur, sql, params)
    return rows[0] if rows else None


def _page(total: int, offset: int, limit: int, items: list[dict]) -> dict:
    return {"total": total, "offset": offset, "limit": limit, "items": items}


def counts(cur: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = cur.execute(
        """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM quotes),
                  (SELECT count(DISTINCT id) FROM actors), (SELECT count(*) FROM events),
                  (SELECT count(*) FROM dispute_histories), (SELECT count(*) FROM errors)"""
    ).fetchone()
    return dict(zip(("documents", "quotes", "actors", "events", "disputes", "errors"), row, strict=True))


def top_speakers(cur: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict]:
    return _dicts(cur, "SELECT speaker_id, speaker, quotes, documents FROM speakers LIMIT ?", [limit])


def recent_disputes(cur: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict]:
    return _dicts(
        cur,
        """SELECT history, topic, side_a, side_b, names_a, names_b, documents, "first", "last"
           FROM dispute_histories ORDER BY "last" DESC NULLS LAST, documents DESC LIMIT ?""",
        [limit],
    )


def documents(
    cur: duckdb.DuckDBPyConnection,
    *,
    text: str | None = None,
    outlet: str | None = None,
    start: date | None = None,
    end: date | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> dict:
    clauses, params = ["TRUE"], []
    if text:
        clauses.append("(title ILIKE ? OR text ILIKE ?)")
        params += [f"%{text}%", f"%{text}%"]
    if outlet:
        clauses.append("outlet = ?")
        params.append(outlet)
    if start:
        clauses.append("date >= ?")
        params.append(start)
    if end:
        clauses.append("date <= ?")
        params.append(end)
    where = " AND ".join(clauses)
    total = cur.execute(f"SELECT count(*) FROM documents WHERE {where}", params).fetchone()[0]
    items = _dicts(
        cur,
        f"""SELECT id, title, url, outlet, published, date, words, errors,
                   (SELECT count(*) FROM quotes q WHERE q.document_id = documents.id) AS quotes
            FROM documents WHERE {where} ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return _page(total, offset, limit, items)


def document(cur: duckdb.DuckDBPyConnection, doc_id: str) -> dict | None:
    """One document with every layer, in the shape the document page and ``/api/documents/{id}`` use."""
    doc = _one(
        cur,
        "SELECT id, title, url, outlet, published, date, author, words, text FROM documents WHERE id = ?",
        [doc_id],
    )
    if doc is None:
        return None
    by_doc = [doc_id]
    doc["quotes"] = _dicts(
        cur,
        """SELECT id, kind, quote, cue, source, speaker_id, speaker, addressee_id, addressee, confidence,
                  start, "end", cue_start, cue_end, source_start, source_end
           FROM quotes WHERE document_id = ? ORDER BY start NULLS LAST, id""",
        by_doc,
    )
    doc["actors"] = _dicts(
        cur,
        """SELECT id, name, kind, country, sector, gender, role, roles, mentions
           FROM actors WHERE document_id = ? ORDER BY mentions DESC, name""",
        by_doc,
    )
    doc["events"] = _dicts(
        cur,
        """SELECT id, type, mode, source_id, target_id, negated, tense, intensity, evidence, start, "end"
           FROM events WHERE document_id = ? ORDER BY start""",
        by_doc,
    )
    doc["topics"] = _dicts(cur, "SELECT id, label, key FROM topics WHERE document_id = ?", by_doc)
    doc["stances"] = _dicts(
        cur, "SELECT actor_id, topic_id, polarity, quotes FROM stances WHERE document_id = ?", by_doc
    )
    doc["disputes"] = _dicts(
        cur, "SELECT topic_id, sides, evidence FROM disputes WHERE document_id = ?", by_doc
    )
    doc["errors"] = _dicts(cur, "SELECT code, message FROM errors WHERE document_id = ?", by_doc)
    return doc


def actors(
    cur: duckdb.DuckDBPyConnection, *, name: str | None = None, offset: int = 0, limit: int = PAGE_SIZE
) -> dict:
    where, params = ("name ILIKE ?", [f"%{name}%"]) if name else ("TRUE", [])
    total = cur.execute(f"SELECT count(DISTINCT id) FROM actors WHERE {where}", params).fetchone()[0]
    items = _dicts(
        cur,
        f"""SELECT a.id, any_value(a.name) AS name, any_value(a.kind) AS kind,
                   any_value(a.country) AS country, any_value(a.sector) AS sector,
                   count(DISTINCT a.document_id) AS documents, coalesce(any_value(s.quotes), 0) AS quotes
            FROM actors a LEFT JOIN speakers s ON s.speaker_id = a.id
            WHERE {where} GROUP BY a.id ORDER BY quotes DESC, documents DESC, a.id LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return _page(total, offset, limit, items)


def actor(cur: duckdb.DuckDBPyConnection, actor_id: str) -> dict | None:
    """An actor across the corpus: names, roles, quotes by week, stances and latest quotes."""
    found = _one(
        cur,
        """SELECT id, mode(name) AS name, mode(kind) AS kind, mode(country) AS country,
                  mode(sector) AS sector, mode(gender) AS gender, count(DISTINCT document_id) AS documents,
                  list_distinct(flatten(list(roles))) AS roles
           FROM actors WHERE id = ? GROUP BY id""",
        [actor_id],
    )
    if found is None:
        return None
    found["quotes_by_week"] = _dicts(
        cur, "SELECT week, quotes FROM actor_quotes_by_week WHERE speaker_id = ? ORDER BY week", [actor_id]
    )
    found["stances"] = _dicts(
        cur,
        """SELECT s.document_id, d.date, t.label AS topic, s.polarity
           FROM stances s JOIN topics t ON t.document_id = s.document_id AND t.id = s.topic_id
           JOIN documents d ON d.id = s.document_id
           WHERE s.actor_id = ? ORDER BY d.date DESC NULLS LAST LIMIT 100""",
        [actor_id],
    )
    found["quotes"] = quotes(cur, QuoteFilter(speaker=actor_id), limit=20)["items"]
    found["quotes_total"] = cur.execute(
        "SELECT count(*) FROM quotes WHERE speaker_id = ?", [actor_id]
    ).fetchone()[0]
    return found


def quotes(
    cur: duckdb.DuckDBPyConnection, where: QuoteFilter, *, offset: int = 0, limit: int = PAGE_SIZE
) -> dict:
    sql, params = where.where()
    total = cur.execute(
        f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.document_id WHERE {sql}", params
    ).fetchone()[0]
    items = _dicts(
        cur,
        f"""SELECT q.document_id, q.id, d.date, d.outlet, q.speaker_id, q.speaker, q.kind, q.cue, q.quote,
                   q.confidence
            FROM quotes q JOIN documents d ON d.id = q.document_id
            WHERE {sql} ORDER BY d.date DESC NULLS LAST, q.document_id, q.start LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return _page(total, offset, limit, items)


CSV_COLUMNS = (
    "d.date, d.outlet, q.document_id, q.id, q.speaker_id, q.speaker, q.kind, q.cue, q.quote, q.confidence"
)


def quote_batches(
    cur: duckdb.DuckDBPyConnection, where: QuoteFilter, size: int = 5000
) -> tuple[list[str], Iterator[list[tuple]]]:
    """Every quote the filter selects, as column names and batches of rows (for a streamed download)."""
    sql, params = where.where()
    result = cur.execute(
        f"""SELECT {CSV_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id
            WHERE {sql} ORDER BY d.date DESC NULLS LAST, q.document_id, q.start""",
        params,
    )
    names = [c[0] for c in result.description]

    def batches() -> Iterator[list[tuple]]:
        while rows := result.fetchmany(size):
            yield rows

    return names, batches()


def disputes(cur: duckdb.DuckDBPyConnection, *, topic: str | None = None, limit: int = 60) -> list[dict]:
    """Merged dispute histories (most documents first) with each episode's evidence quotes."""
    where, params = ("topic ILIKE ?", [f"%{topic}%"]) if topic else ("TRUE", [])
    histories = _dicts(
        cur,
        f"""SELECT history, topic, side_a, side_b, names_a, names_b, documents, "first", "last"
            FROM dispute_histories WHERE {where} ORDER BY documents DESC, history LIMIT ?""",
        [*params, limit],
    )
    if not histories:
        return histories
    evidence = _dicts(
        cur,
        """WITH e AS (
               SELECT history, document_id, published, unnest(evidence) AS quote_id
               FROM dispute_episodes WHERE history IN (SELECT unnest(?::INTEGER[])))
           SELECT e.history, e.document_id, e.published, q.id, q.speaker_id, q.speaker, q.quote
           FROM e JOIN quotes q ON q.document_id = e.document_id AND q.id = e.quote_id
           QUALIFY row_number() OVER (PARTITION BY e.history ORDER BY e.published DESC, q.start) <= 12
           ORDER BY e.history, e.published DESC, q.start""",
        [[h["history"] for h in histories]],
    )
    by_history: dict[int, list[dict]] = {}
    for row in evidence:
        by_history.setdefault(row.pop("history"), []).append(row)
    for h in histories:
        h["evidence"] = by_history.get(h["history"], [])
    return histories


def disputes_by_month(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    return _dicts(
        cur,
        """SELECT month, count(DISTINCT history) AS disputes, sum(documents) AS documents
           FROM disputes_by_month WHERE month IS NOT NULL GROUP BY month ORDER BY month""",
    )


def events(
    cur: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    type: str | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> dict:
    clauses, params = ["TRUE"], []
    if actor:
        clauses.append("(e.source_id = ? OR e.target_id = ?)")
        params += [actor, actor]
    if type:
        clauses.append("e.type = ?")
        params.append(type.upper())
    where = " AND ".join(clauses)
    total = cur.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
    items = _dicts(
        cur,
        f"""SELECT e.document_id, e.id, d.date, e.type, e.mode, e.source_id, e.target_id, e.negated, e.tense,
                   e.intensity, e.evidence
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE {where} ORDER BY d.date DESC NULLS LAST, e.document_id, e.start LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return _page(total, offset, limit, items)


def relations(cur: duckdb.DuckDBPyConnection, pairs: int = 12) -> list[dict]:
    """The actor pairs with most events, each with its weeks (events, mean PLOVER intensity)."""
    rows = _dicts(
        cur,
        """WITH top AS (
               SELECT source_id, target_id, sum(events) AS total FROM relations_by_week
               GROUP BY ALL ORDER BY total DESC, source_id, target_id LIMIT ?)
           SELECT r.source_id, r.target_id, top.total, r.week, r.events, r.mean_intensity
           FROM relations_by_week r JOIN top USING (source_id, target_id)
           ORDER BY top.total DESC, r.source_id, r.target_id, r.week""",
        [pairs],
    )
    names = actor_names(cur, {r["source_id"] for r in rows} | {r["target_id"] for r in rows})
    grouped: dict[tuple[str, str], dict] = {}
    for r in rows:
        key = (r["source_id"], r["target_id"])
        pair = grouped.setdefault(
            key,
            {
                "source_id": key[0],
                "target_id": key[1],
                "source": names.get(key[0], key[0]),
                "target": names.get(key[1], key[1]),
                "events": r["total"],
                "weeks": [],
            },
        )
        pair["weeks"].append(
            {"week": r["week"], "events": r["events"], "mean_intensity": r["mean_intensity"]}
        )
    return list(grouped.values())


def actor_names(cur: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(
        cur.execute(
            "SELECT id, mode(name) FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[])) GROUP BY id",
            [sorted(ids)],
        ).fetchall()
    )
