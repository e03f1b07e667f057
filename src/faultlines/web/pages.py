"""The server-rendered pages: overview, documents, a document, actors, an actor, disputes, timeline,
quotes (with CSV download), and the paste box's result. Templates autoescape all article text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates

from faultlines.web import charts, queries, views
from faultlines.web.analysis import AnalysisTimeout, FetchRefused
from faultlines.web.deps import QuoteFilterQuery, cursor
from faultlines.web.render import colour

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals["colour"] = colour
Cursor = Annotated[Any, Depends(cursor)]
Page = Annotated[int, Query(ge=1)]


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/")
def overview(request: Request, cur: Cursor) -> HTMLResponse:
    return _render(
        request,
        "index.html",
        counts=queries.counts(cur),
        speakers=queries.top_speakers(cur, 10),
        disputes=queries.recent_disputes(cur, 8),
        documents=queries.documents(cur, limit=8)["items"],
    )


@router.get("/documents")
def documents(
    request: Request,
    cur: Cursor,
    text: str | None = None,
    outlet: str | None = None,
    page: Page = 1,
) -> HTMLResponse:
    found = queries.documents(cur, text=text or None, outlet=outlet or None, offset=_offset(page))
    args = {"text": text or "", "outlet": outlet or ""}
    return _render(request, "documents.html", found=found, args=args, **_pager(found, page, args))


@router.get("/documents/{doc_id:path}")
def document(request: Request, cur: Cursor, doc_id: str) -> HTMLResponse:
    doc = queries.document(cur, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return _render(request, "document.html", stored=True, **views.stored_document(doc))


@router.post("/analyze")
async def analyze(request: Request) -> HTMLResponse:
    """The paste box: analyse the text in the analyzer's worker and show it like a stored document."""
    from starlette.concurrency import run_in_threadpool

    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    text = (form.get("text") or [""])[0]
    if not text.strip():
        return _render(request, "error.html", 400, message="Paste the text of an article first.")
    try:
        record = await run_in_threadpool(request.app.state.analyzer.analyze, text=text)
    except (AnalysisTimeout, FetchRefused) as exc:
        return _render(request, "error.html", 504, message=str(exc))
    return _render(request, "document.html", stored=False, **views.record_document(record))


@router.get("/actors")
def actors(request: Request, cur: Cursor, name: str | None = None, page: Page = 1) -> HTMLResponse:
    found = queries.actors(cur, name=name or None, offset=_offset(page))
    args = {"name": name or ""}
    return _render(request, "actors.html", found=found, args=args, **_pager(found, page, args))


@router.get("/actors/{actor_id}")
def actor(request: Request, cur: Cursor, actor_id: str) -> HTMLResponse:
    found = queries.actor(cur, actor_id)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    weekly = charts.weeks(
        [(w["week"], w["quotes"]) for w in found["quotes_by_week"] if w["week"] is not None]
    )
    chart = charts.bars(weekly, label=f"Quotes of {found['name']} by week", colour=colour(actor_id))
    return _render(request, "actor.html", actor=found, chart=chart)


@router.get("/disputes")
def disputes(request: Request, cur: Cursor, topic: str | None = None) -> HTMLResponse:
    histories = queries.disputes(cur, topic=topic or None)
    graph = views.dispute_graph(histories)
    return _render(request, "disputes.html", histories=histories, graph=graph, topic=topic or "")


@router.get("/timeline")
def timeline(request: Request, cur: Cursor) -> HTMLResponse:
    pairs = queries.relations(cur)
    dated = [w["week"] for pair in pairs for w in pair["weeks"] if w["week"] is not None]
    for pair in pairs:  # one time axis for every pair, so they read side by side
        points = [(w["week"], round(w["mean_intensity"], 2)) for w in pair["weeks"] if w["week"] is not None]
        points = charts.weeks(points, min(dated), max(dated))
        pair["chart"] = charts.signed(points, label=f"{pair['source']} towards {pair['target']}")
    months = charts.months([(m["month"], m["disputes"]) for m in queries.disputes_by_month(cur)])
    disputes_chart = charts.bars(months, label="Disputes by month", colour="#c8453b")
    return _render(request, "timeline.html", pairs=pairs, disputes_chart=disputes_chart)


@router.get("/quotes")
def quotes(request: Request, cur: Cursor, where: QuoteFilterQuery, page: Page = 1) -> HTMLResponse:
    found = queries.quotes(cur, where, offset=_offset(page))
    args = {
        "speaker": where.speaker or "",
        "q": where.q or "",
        "kind": where.kind or "",
        "from": where.start or "",
        "to": where.end or "",
    }
    return _render(
        request,
        "quotes.html",
        found=found,
        args=args,
        csv_link="/quotes.csv?" + urlencode({k: v for k, v in args.items() if v}),
        **_pager(found, page, args),
    )


@router.get("/docs")
def api_docs(request: Request) -> HTMLResponse:
    """The API's OpenAPI description as a page (the JSON is at /openapi.json)."""
    spec = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **op}
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
    ]
    return _render(request, "api.html", spec=spec, operations=operations)


@router.get("/quotes.csv", response_class=Response)
def quotes_csv(request: Request, where: QuoteFilterQuery) -> Response:
    """Every matching quote as CSV, streamed in batches (a whole corpus does not sit in memory)."""
    cur = request.app.state.con.cursor()  # closed when the stream ends, not when the route returns
    names, batches = queries.quote_batches(cur, where)

    def lines() -> Iterator[str]:
        try:
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(names)
            for rows in batches:
                writer.writerows(rows)
                yield out.getvalue()
                out.seek(0)
                out.truncate()
            yield out.getvalue()
        finally:
            cur.close()

    return StreamingResponse(
        lines(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="quotes.csv"'},
    )


def _offset(page: int) -> int:
    """The first row of a 1-based page of the store's default page size."""
    return (page - 1) * queries.PAGE_SIZE


def _pager(found: dict, page: int, args: dict) -> dict:
    """Links to the previous and next page, keeping the filters."""
    kept = {k: v for k, v in args.items() if v}

    def link(n: int) -> str:
        return "?" + urlencode({**kept, "page": n})

    pages = max(1, -(-found["total"] // found["limit"]))
    return {
        "page": page,
        "pages": pages,
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
    }
