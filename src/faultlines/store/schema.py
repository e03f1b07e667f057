"""The store's tables and views: one definition per column, from which the DDL and the inserts are made.

Every table but ``documents`` is keyed by ``document_id``; ids inside a document (``q1``, ``e2``) are
the analysis's own, actor ids are the stable ones of ``actors/`` (the same person in every document).
"""

from __future__ import annotations

# table -> ((column, DuckDB type), ...), in the order rows.py builds them.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("id", "VARCHAR PRIMARY KEY"),
        ("title", "VARCHAR"),
        ("url", "VARCHAR"),
        ("outlet", "VARCHAR"),
        ("published", "VARCHAR"),
        ("date", "DATE"),
        ("month", "VARCHAR"),
        ("author", "VARCHAR"),
        ("words", "INTEGER"),
        ("errors", "INTEGER"),
        ("text", "VARCHAR"),
    ),
    "quotes": (
        ("document_id", "VARCHAR"),
        ("id", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("quote", "VARCHAR"),
        ("cue", "VARCHAR"),
        ("source", "VARCHAR"),
        ("speaker_id", "VARCHAR"),
        ("speaker", "VARCHAR"),
        ("addressee_id", "VARCHAR"),
        ("addressee", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("cue_start", "INTEGER"),
        ("cue_end", "INTEGER"),
        ("source_start", "INTEGER"),
        ("source_end", "INTEGER"),
    ),
    "actors": (
        ("document_id", "VARCHAR"),
        ("id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("country", "VARCHAR"),
        ("sector", "VARCHAR"),
        ("gender", "VARCHAR"),
        ("role", "VARCHAR"),
        ("roles", "VARCHAR[]"),
        ("mentions", "INTEGER"),
    ),
    "mentions": (
        ("document_id", "VARCHAR"),
        ("actor_id", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
    ),
    "events": (
        ("document_id", "VARCHAR"),
        ("id", "VARCHAR"),
        ("type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("source_sector", "VARCHAR"),
        ("target_id", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_sector", "VARCHAR"),
        ("negated", "BOOLEAN"),
        ("tense", "VARCHAR"),
        ("intensity", "DOUBLE"),
        ("evidence", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
    ),
    "stances": (
        ("document_id", "VARCHAR"),
        ("actor_id", "VARCHAR"),
        ("topic_id", "VARCHAR"),
        ("polarity", "INTEGER"),
        ("quotes", "VARCHAR[]"),
    ),
    "topics": (
        ("document_id", "VARCHAR"),
        ("id", "VARCHAR"),
        ("label", "VARCHAR"),
        ("key", "VARCHAR"),
    ),
    "disputes": (
        ("document_id", "VARCHAR"),
        ("topic_id", "VARCHAR"),
        ("sides", "VARCHAR[][]"),
        ("evidence", "VARCHAR[]"),
    ),
    "errors": (
        ("document_id", "VARCHAR"),
        ("code", "VARCHAR"),
        ("message", "VARCHAR"),
    ),
}

# Disputes merged across documents (stances/history.py), rebuilt from ``disputes`` after each run.
DERIVED: dict[str, tuple[tuple[str, str], ...]] = {
    "dispute_histories": (
        ("history", "INTEGER"),
        ("topic", "VARCHAR"),
        ("side_a", "VARCHAR[]"),
        ("side_b", "VARCHAR[]"),
        ("names_a", "VARCHAR[]"),
        ("names_b", "VARCHAR[]"),
        ("documents", "INTEGER"),
        ("first", "VARCHAR"),
        ("last", "VARCHAR"),
    ),
    "dispute_episodes": (
        ("history", "INTEGER"),
        ("document_id", "VARCHAR"),
        ("published", "VARCHAR"),
        ("topic", "VARCHAR"),
        ("evidence", "VARCHAR[]"),
    ),
}

VIEWS = {
    # Who is quoted most, over the whole corpus.
    "speakers": """
        SELECT speaker_id, any_value(speaker) AS speaker, count(*) AS quotes,
               count(DISTINCT document_id) AS documents
        FROM quotes WHERE speaker_id IS NOT NULL
        GROUP BY speaker_id ORDER BY quotes DESC, speaker_id""",
    # An actor's quotes over time: filter on speaker_id, order by week.
    "actor_quotes_by_week": """
        SELECT q.speaker_id, any_value(q.speaker) AS speaker, CAST(date_trunc('week', d.date) AS DATE) AS week,
               count(*) AS quotes, count(DISTINCT q.document_id) AS documents
        FROM quotes q JOIN documents d ON d.id = q.document_id
        WHERE q.speaker_id IS NOT NULL
        GROUP BY q.speaker_id, week ORDER BY q.speaker_id, week""",
    # Merged dispute histories (the same topic and sides across documents), per month.
    "disputes_by_month": """
        SELECT h.history, h.topic, h.names_a, h.names_b, substr(e.published, 1, 7) AS month,
               count(*) AS documents
        FROM dispute_histories h JOIN dispute_episodes e USING (history)
        GROUP BY ALL ORDER BY h.history, month""",
    # How each pair of actors treats the other, week by week: PLOVER intensity of the events that
    # happened (not negated, not future or hypothetical), from -10 (hostile) to +10 (cooperative).
    "relations_by_week": """
        SELECT e.source_id, e.target_id, CAST(date_trunc('week', d.date) AS DATE) AS week, count(*) AS events,
               sum(e.intensity) AS intensity, avg(e.intensity) AS mean_intensity
        FROM events e JOIN documents d ON d.id = e.document_id
        WHERE e.source_id IS NOT NULL AND e.target_id IS NOT NULL AND e.source_id <> e.target_id
          AND NOT e.negated AND e.tense IN ('past', 'present') AND e.intensity IS NOT NULL
        GROUP BY ALL ORDER BY week, e.source_id, e.target_id""",
}


def ddl() -> list[str]:
    """The statements that create every table and view, idempotently."""
    tables = [
        f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(_column(c, t) for c, t in cols)})"
        for name, cols in (TABLES | DERIVED).items()
    ]
    views = [f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items()]
    return tables + views


def _column(name: str, kind: str) -> str:
    return f'"{name}" {kind}'  # quoted: "start", "end", "key" are SQL keywords


def insert(table: str) -> str:
    """A column-wise insert: one list parameter per column, unnested into rows in one statement
    (far faster than a prepared statement per row)."""
    cols = (TABLES | DERIVED)[table]
    unnested = ", ".join(f"unnest(${c}::{t.split()[0]}[])" for c, t in cols)
    return f"INSERT INTO {table} SELECT {unnested}"
