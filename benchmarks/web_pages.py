"""Server time of every page and API call of `faultlines serve` on a 10,000-document store, and of
POST /api/analyze on a 1,000-word article.

The store is made by analysing the demo articles (original texts) once with the real pipeline and
copying their rows under new document ids, each copy dated one day later and its topics given a word
of their own, until there are --docs documents (actor ids are kept, so the same speakers recur across
the corpus as they do in news, and each copy's disputes are a history of their own); the merged dispute
histories are then rebuilt over the whole store. Each URL is requested in-process
(FastAPI's TestClient) --rounds times after one warm-up request; the median and the worst are printed.
The analysed article is demo texts joined until they reach 1,000 words, the model loaded beforehand.

usage: python benchmarks/web_pages.py [--docs 10000] [--rounds 5] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from faultlines import demo

PAGES = [
    "/",
    "/documents",
    "/documents?text=harbour",
    "/documents/{doc}",
    "/actors",
    "/actors/{actor}",
    "/disputes",
    "/timeline",
    "/quotes",
    "/quotes?q=the&kind=direct",
    "/quotes.csv?speaker={actor}",
    "/api/documents?from=2025-06-01&to=2025-06-30",
    "/api/documents/{doc}",
    "/api/actors",
    "/api/actors/{actor}",
    "/api/quotes?speaker={actor}",
    "/api/disputes",
    "/api/events",
]
LAYERS = ("quotes", "actors", "mentions", "events", "stances", "topics", "disputes", "errors")


def build(path: Path, docs: int) -> None:
    """The demo articles analysed once, their rows copied to ``docs`` documents, histories rebuilt."""
    from faultlines.pipeline import analyze_many
    from faultlines.store import Store, rows
    from faultlines.store.histories import rebuild

    articles = demo.articles()
    copies = -(-docs // len(articles))
    with Store(path) as store:
        store.write(rows(a) for a in analyze_many(articles))
        con = store.con
        con.execute(
            "CREATE TEMP TABLE copies AS SELECT CAST(range AS INTEGER) AS i FROM range(1, ?)", [copies]
        )
        con.execute("BEGIN TRANSACTION")
        con.execute(
            """INSERT INTO documents
               SELECT d.id || '~' || c.i, d.title, d.url, d.outlet, strftime(d.date + c.i, '%Y-%m-%d'),
                      d.date + c.i, strftime(d.date + c.i, '%Y-%m'), d.author, d.words, d.errors, d.text
               FROM documents d, copies c"""
        )
        for table in LAYERS:
            # Each copy's topics get words of their own ("ferryab harbourab"), so its disputes start
            # histories of their own (as different questions would), and the graph has many edges.
            suffix = "chr(97 + c.i % 26) || chr(97 + c.i // 26 % 26)"
            topic = f"'ferry' || {suffix} || ' harbour' || {suffix}"
            renamed = f", {topic} AS label" if table == "topics" else ""
            con.execute(
                f"INSERT INTO {table} SELECT t.* REPLACE (t.document_id || '~' || c.i AS document_id{renamed}) "
                f"FROM {table} t, copies c WHERE t.document_id NOT LIKE '%~%'"
            )
        con.execute("COMMIT")
        started = time.perf_counter()
        histories = rebuild(store)
        print(
            f"store: {store.count('documents'):,} documents, {store.count('quotes'):,} quotes, "
            f"{histories:,} merged disputes (rebuilt in {time.perf_counter() - started:.1f} s)",
            file=sys.stderr,
        )


def article(words: int = 1000) -> str:
    """Demo texts joined, paragraph by paragraph, until ``words`` words."""
    paragraphs = [p for a in demo.articles() for p in a.text.split("\n\n") if p.strip()]
    out: list[str] = []
    while sum(len(p.split()) for p in out) < words:
        out.append(paragraphs[len(out) % len(paragraphs)])
    return "\n\n".join(out)


def timed(client, method: str, url: str, rounds: int, **kwargs) -> tuple[float, float]:
    call = getattr(client, method)
    answer = call(url, **kwargs)
    assert answer.status_code == 200, (url, answer.status_code, answer.text[:200])
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call(url, **kwargs)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse (or create) this store instead of a temporary one")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from faultlines import nlp
    from faultlines.web.app import Settings, create_app

    db = args.db or Path(tempfile.mkdtemp(prefix="faultlines-web-")) / "bench.duckdb"
    if not db.exists():
        build(db, args.docs)
    nlp.load()
    with TestClient(create_app(Settings(db, warm=False))) as client:
        top = client.get("/api/actors", params={"limit": 1}).json()["items"][0]["id"]
        doc = client.get("/api/documents", params={"limit": 1}).json()["items"][0]["id"]
        print(f"{'request':48} {'median ms':>10} {'max ms':>8}")
        worst = 0.0
        for page in PAGES:
            url = page.format(doc=doc, actor=top)
            median, most = timed(client, "get", url, args.rounds)
            worst = max(worst, median)
            print(f"GET {url[:44]:44} {median:10.1f} {most:8.1f}")
        text = article()
        median, most = timed(client, "post", "/api/analyze", max(3, args.rounds // 2), json={"text": text})
        print(f"POST /api/analyze ({len(text.split()):,} words){'':18} {median:10.1f} {most:8.1f}")
        print(
            f"slowest page median: {worst:.1f} ms (target < 300 ms); analyze: {median:.0f} ms (target < 1000 ms)"
        )


if __name__ == "__main__":
    main()
