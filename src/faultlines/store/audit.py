"""The source-diversity audit: who gets quoted, by speaker sector, country, kind of quote and gender,
per outlet and per month (the counts Gender Gap Tracker users run on their own coverage).

Gender is ``Actor.gender``, set only where the text states it; everything else counts as ``unknown``,
as does a quote whose speaker is not resolved.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from faultlines.store.db import Store

DIMENSIONS = ("sector", "country", "kind", "gender")
GROUPINGS = ("outlet", "month")

BASE = """
    SELECT coalesce(d.outlet, 'unknown') AS outlet, coalesce(d.month, 'unknown') AS month, q.kind,
           coalesce(a.sector, 'unknown') AS sector, coalesce(a.country, 'unknown') AS country,
           coalesce(a.gender, 'unknown') AS gender
    FROM quotes q
    JOIN documents d ON d.id = q.document_id
    LEFT JOIN actors a ON a.document_id = q.document_id AND a.id = q.speaker_id"""


def audit(store: Store, grouping: str) -> dict[str, dict[str, Counter[str]]]:
    """group (an outlet or a month) -> dimension -> value -> quotes."""
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping is one of {GROUPINGS}")
    result: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: {d: Counter() for d in DIMENSIONS})
    for dimension in DIMENSIONS:
        sql = f"SELECT {grouping}, {dimension}, count(*) FROM ({BASE}) GROUP BY ALL"
        for group, value, n in store.con.execute(sql).fetchall():
            result[group][dimension][value] = n
    return dict(sorted(result.items()))
