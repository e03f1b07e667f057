"""The JSON API (OpenAPI docs at /docs): analyse one article; browse documents, actors, quotes,
disputes and events of the store, paged."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field, field_validator, model_validator

from faultlines.ingest.decode import without_surrogates
from faultlines.web import queries
from faultlines.web.analysis import AnalysisTimeout, FetchRefused
from faultlines.web.deps import QuoteFilterQuery, cursor

router = APIRouter(prefix="/api", tags=["api"])
Cursor = Annotated[Any, Depends(cursor)]
Offset = Annotated[int, Query(ge=0)]
Limit = Annotated[int, Query(ge=1, le=queries.MAX_PAGE_SIZE)]


class AnalyzeRequest(BaseModel):
    """One article: its ``text``, or an HTML page (``html``), or a ``url`` (only with --allow-fetch)."""

    text: str | None = Field(None, description="Plain text; offsets in the answer refer to it.")
    html: str | None = Field(None, description="An HTML page; the article body is extracted.")
    url: str | None = Field(None, description="A page to fetch (the server must run with --allow-fetch).")
    id: str = Field("pasted", description="The record's id.")

    @field_validator("text", "html", "id")
    @classmethod
    def _valid_unicode(cls, value: str | None) -> str | None:
        return None if value is None else without_surrogates(value)

    @model_validator(mode="after")
    def _one_source(self) -> AnalyzeRequest:
        if sum(x is not None for x in (self.text, self.html, self.url)) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


def analyze_or_fail(request: Request, body: AnalyzeRequest) -> dict:
    """Run the analysis with the server's limits, as HTTP errors: 403 (no fetching), 504 (too slow)."""
    try:
        return request.app.state.analyzer.analyze(
            text=body.text, html=body.html, url=body.url, doc_id=body.id
        )
    except FetchRefused as exc:
        raise HTTPException(403, str(exc)) from None
    except AnalysisTimeout as exc:
        raise HTTPException(504, str(exc)) from None


@router.post("/analyze", summary="Analyse one article and return its faultlines/1 record")
def analyze(request: Request, body: AnalyzeRequest) -> dict:
    """The interchange record (quotes, actors, events, stances, topics, disputes, errors). Bodies over
    the server's size limit get 413; analyses over its time limit get 504. Nothing is stored."""
    return analyze_or_fail(request, body)


@router.get("/documents", summary="Documents, newest first, filtered by text, outlet and date")
def documents(
    cur: Cursor,
    text: str | None = None,
    outlet: str | None = None,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
    offset: Offset = 0,
    limit: Limit = queries.PAGE_SIZE,
) -> dict:
    return queries.documents(cur, text=text, outlet=outlet, start=start, end=end, offset=offset, limit=limit)


@router.get("/documents/{doc_id:path}", summary="One document with every layer")
def document(cur: Cursor, doc_id: str) -> dict:
    return _found(queries.document(cur, doc_id), "document", doc_id)


@router.get("/actors", summary="Actors, most quoted first")
def actors(
    cur: Cursor, name: str | None = None, offset: Offset = 0, limit: Limit = queries.PAGE_SIZE
) -> dict:
    return queries.actors(cur, name=name, offset=offset, limit=limit)


@router.get("/actors/{actor_id}", summary="One actor: roles, quotes by week, stances, latest quotes")
def actor(cur: Cursor, actor_id: str) -> dict:
    return _found(queries.actor(cur, actor_id), "actor", actor_id)


@router.get("/quotes", summary="Quotes filtered by speaker (id or name), words, kind and date")
def quotes(
    cur: Cursor, where: QuoteFilterQuery, offset: Offset = 0, limit: Limit = queries.PAGE_SIZE
) -> dict:
    return queries.quotes(cur, where, offset=offset, limit=limit)


@router.get("/disputes", summary="Disputes merged across documents, with evidence quotes")
def disputes(cur: Cursor, topic: str | None = None, limit: Limit = 60) -> list[dict]:
    return queries.disputes(cur, topic=topic, limit=limit)


@router.get("/events", summary="PLOVER events, filtered by actor (source or target) and type")
def events(
    cur: Cursor,
    actor: str | None = None,
    type: str | None = None,
    offset: Offset = 0,
    limit: Limit = queries.PAGE_SIZE,
) -> dict:
    return queries.events(cur, actor=actor, type=type, offset=offset, limit=limit)


def _found(item: dict | None, what: str, key: str) -> dict:
    if item is None:
        raise HTTPException(404, f"no {what} {key!r} in the store")
    return item
