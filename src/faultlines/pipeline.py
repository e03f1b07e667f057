"""The stage order: Article -> spaCy Doc -> quotes -> actors -> events -> stances -> Analysis.

Each stage is ``stage(analysis, doc) -> None``: it reads the layers filled before it and adds its
own. A stage that fails on one document leaves an ``E300`` error on that record and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from time import perf_counter
from typing import TYPE_CHECKING

from faultlines import language
from faultlines import nlp as nlp_mod
from faultlines.actors import resolve as resolve_actors
from faultlines.errors import (
    AnalysisFailed,
    BinaryInput,
    EmptyText,
    FaultlinesError,
    Messages,
    TextTooLong,
    UnsupportedLanguage,
)
from faultlines.events import code as code_events
from faultlines.ingest.decode import LONE_SURROGATE
from faultlines.model import Analysis, Article
from faultlines.quotes import attribute as attribute_quotes
from faultlines.stances import assess as assess_stances

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Stage = Callable[[Analysis, "Doc"], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("quotes", attribute_quotes),
    ("actors", resolve_actors),
    ("events", code_events),
    ("stances", assess_stances),
)

# Documents per memory zone: bounds the vocab growth of a long run without re-entering zones per doc.
ZONE_SIZE = 256


def analyze(article: Article | str, *, model: str | None = None) -> Analysis:
    """Analyse one article (or a plain string, given the id ``text``)."""
    if isinstance(article, str):
        article = Article(id="text", text=article)
    return next(analyze_many([article], model=model))


def analyze_many(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    batch_size: int = nlp_mod.BATCH_SIZE,
    timings: dict[str, float] | None = None,
) -> Iterator[Analysis]:
    """Analyse articles in order, one Analysis per Article, bad ones carrying their errors.

    ``timings``, when given, accumulates the seconds spent in parsing and in each stage.
    """
    nlp = nlp_mod.load(model)
    it = iter(articles)
    while chunk := list(islice(it, ZONE_SIZE)):
        yield from _analyze_chunk(chunk, nlp, batch_size, timings)


def _analyze_chunk(
    chunk: list[Article], nlp: Language, batch_size: int, timings: dict[str, float] | None
) -> Iterator[Analysis]:
    analyses = [Analysis.of(a) for a in chunk]
    for analysis in analyses:
        check_text(analysis)
    todo = [a for a in analyses if not a.errors]
    with nlp_mod.zone(nlp):
        docs = _parsed(todo, nlp, batch_size)
        for analysis in todo:
            started = perf_counter()
            doc = next(docs)
            if timings is not None:
                timings["parse"] = timings.get("parse", 0.0) + perf_counter() - started
            if doc is not None:
                run_stages(analysis, doc, timings)
    yield from analyses


def _parsed(todo: list[Analysis], nlp: Language, batch_size: int) -> Iterator[Doc | None]:
    """The Doc of each analysis in turn. spaCy's batches stop at the first document it fails on, so from
    the batch that failed on, documents are parsed one by one, and the one that fails gets an E300
    record (and None) instead of losing every document after it."""
    docs = nlp_mod.parse((a.text for a in todo), nlp, batch_size)
    done = 0
    for _ in todo:
        try:
            doc = next(docs)
        except Exception:
            break
        done += 1
        yield doc
    else:
        return
    for analysis in todo[done:]:
        try:
            yield nlp(analysis.text)
        except Exception as exc:
            message = Messages.PARSE_FAILED.format(doc_id=analysis.id, kind=type(exc).__name__, error=exc)
            analysis.errors.append(AnalysisFailed(message).entry())
            yield None


def check_text(analysis: Analysis) -> None:
    """Record E103/E105 on a document with no text or too much of it, E104 on one that is not valid
    Unicode, E108 on one not in English (``analyze`` and corpus runs)."""
    if analysis.errors:
        return
    if not analysis.text.strip():
        analysis.errors.append(EmptyText(Messages.NO_TEXT.format(doc_id=analysis.id)).entry())
    elif len(analysis.text) > nlp_mod.MAX_CHARS:
        analysis.errors.append(
            TextTooLong(
                Messages.TOO_LONG.format(
                    doc_id=analysis.id, length=len(analysis.text), limit=nlp_mod.MAX_CHARS
                )
            ).entry()
        )
    elif surrogate := LONE_SURROGATE.search(analysis.text):  # spaCy would fail on it, and the batch with it
        message = Messages.LONE_SURROGATE.format(doc_id=analysis.id, offset=surrogate.start())
        analysis.errors.append(BinaryInput(message).entry())
    elif found := language.foreign(analysis.text):
        message = Messages.NOT_ENGLISH.format(doc_id=analysis.id, language=found)
        analysis.errors.append(UnsupportedLanguage(message).entry())


def run_stages(analysis: Analysis, doc: Doc, timings: dict[str, float] | None = None) -> None:
    """Run every stage over one parsed document, recording (not raising) a stage's failure."""
    for name, stage in STAGES:
        started = perf_counter()
        try:
            stage(analysis, doc)
        except FaultlinesError as exc:
            analysis.errors.append(exc.entry())
        except Exception as exc:  # a bug in one stage must not lose the document or the run
            message = Messages.STAGE_FAILED.format(
                doc_id=analysis.id, stage=name, kind=type(exc).__name__, error=exc
            )
            analysis.errors.append(AnalysisFailed(message).entry())
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + perf_counter() - started
