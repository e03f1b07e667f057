"""The stage order: Article -> spaCy Doc -> quotes -> actors -> events -> stances -> Analysis.

Each stage is ``stage(analysis, doc) -> None``: it reads the layers filled before it and adds its
own. A stage that fails on one document leaves an ``E300`` error on that record and the run goes on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from time import perf_counter
from typing import TYPE_CHECKING

from faultlines import language, views
from faultlines import nlp as nlp_mod
from faultlines.actors import resolve as resolve_actors
from faultlines.errors import (
    AnalysisFailed,
    BinaryInput,
    DocumentTimeout,
    EmptyText,
    FaultlinesError,
    MemoryExceeded,
    Messages,
    TextTooLong,
    UnsupportedLanguage,
)
from faultlines.events import code as code_events
from faultlines.ingest.decode import LONE_SURROGATE
from faultlines.limits import deadline, memory_available
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


def analyze(article: Article | str, *, model: str | None = None, time_limit: float | None = None) -> Analysis:
    """Analyse one article (or a plain string, given the id ``text``)."""
    if isinstance(article, str):
        article = Article(id="text", text=article)
    return next(analyze_many([article], model=model, time_limit=time_limit))


def analyze_many(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    batch_size: int = nlp_mod.BATCH_SIZE,
    timings: dict[str, float] | None = None,
    time_limit: float | None = None,
    workers: int = 1,
) -> Iterator[Analysis]:
    """Analyse articles in order, one Analysis per Article, bad ones carrying their errors.

    ``timings``, when given, accumulates the seconds spent in parsing and in each stage (in this
    process only: not with ``workers``).
    ``time_limit``, when given, is the seconds one document's parse and stages may take before it
    becomes an E301 record (``faultlines analyze --time-limit``).
    ``workers`` above 1 analyses on that many worker processes, each loading the model, the results
    still in input order and the same as in one process (a script must start them under ``if
    __name__ == "__main__":``, as for any process pool). Worth it from about 10,000 words.
    """
    if workers > 1:
        if timings is not None:
            raise ValueError("timings are kept in this process only: leave workers at 1")
        return _on_workers(articles, model, time_limit, workers)
    return _in_this_process(articles, nlp_mod.load(model), batch_size, timings, time_limit)


def _in_this_process(
    articles: Iterable[Article],
    nlp: Language,
    batch_size: int,
    timings: dict[str, float] | None,
    time_limit: float | None,
) -> Iterator[Analysis]:
    it = iter(articles)
    while chunk := list(islice(it, ZONE_SIZE)):
        yield from _analyze_chunk(chunk, nlp, batch_size, timings, time_limit)


def _on_workers(
    articles: Iterable[Article], model: str | None, time_limit: float | None, workers: int
) -> Iterator[Analysis]:
    from faultlines.engines import local, work

    nlp_mod.require(model)  # a missing model is one clear error here, not one per document
    return local.analyse_in_order(articles, work.Settings.here(model, time_limit), workers)


def _analyze_chunk(
    chunk: list[Article],
    nlp: Language,
    batch_size: int,
    timings: dict[str, float] | None,
    time_limit: float | None = None,
) -> Iterator[Analysis]:
    analyses = [Analysis.of(a) for a in chunk]
    for analysis in analyses:
        check_text(analysis)
    todo = [n for n, analysis in enumerate(analyses) if not analysis.errors]
    with nlp_mod.zone(nlp):
        docs = _Docs((analyses[n].text for n in todo), nlp, batch_size)
        for n in todo:
            analyses[n] = _analyze_one(chunk[n], analyses[n], docs, time_limit, timings)
    yield from analyses


class _Docs:
    """The Doc of each text in turn: from spaCy's batches while they last, then one text at a time.
    A batch ends at the first text spaCy fails on or the first time limit that runs out inside it (a
    generator an exception went through is spent), so the rest of it is parsed alone and one bad
    document costs only itself."""

    def __init__(self, texts: Iterable[str], nlp: Language, batch_size: int) -> None:
        self._nlp = nlp
        self._batch: Iterator[Doc] | None = nlp_mod.parse(texts, nlp, batch_size)

    @property
    def batched(self) -> bool:
        return self._batch is not None

    def next(self, text: str) -> Doc:
        if self._batch is None:
            return self._nlp(text)
        try:
            return next(self._batch)
        except Exception:
            self._batch = None
            raise


def _analyze_one(
    article: Article,
    analysis: Analysis,
    docs: _Docs,
    time_limit: float | None,
    timings: dict[str, float] | None,
) -> Analysis:
    """The document parsed and through every stage, or its error record (its metadata and the error,
    no half-made layer). When the batch it was parsed in breaks (spaCy failed, or the time ran out, on
    any text of the batch), it gets a second try alone, with a time limit of its own."""
    batched = docs.batched
    error = _attempt(analysis, docs, time_limit, timings)
    if error is not None and batched and not docs.batched:
        error = _attempt(analysis, docs, time_limit, timings)
    if error is None:
        return analysis
    if isinstance(error, MemoryExceeded):
        gc.collect()  # the document's Doc holds cycles: free them (the error's frames are gone) for the next
    failed = Analysis.of(article)
    failed.errors.append(error.entry())
    return failed


def _attempt(
    analysis: Analysis, docs: _Docs, time_limit: float | None, timings: dict[str, float] | None
) -> FaultlinesError | None:
    """Parse the document and run the stages on it; the error that stopped it, if one did."""
    try:
        with deadline(time_limit):
            started = perf_counter()
            doc = docs.next(analysis.text)
            views.TEXT.put(doc, analysis.text)  # the tokenizer keeps every character: no need to join it
            if timings is not None:
                timings["parse"] = timings.get("parse", 0.0) + perf_counter() - started
            run_stages(analysis, doc, timings)
            # The stages' caches hold Tokens and Spans that point back at the Doc: dropped, the Doc
            # is freed now rather than by a garbage collection that has to walk a batch of them.
            doc.user_data.clear()
        return None
    except DocumentTimeout:
        return DocumentTimeout(Messages.TIMED_OUT.format(doc_id=analysis.id, seconds=time_limit))
    except MemoryError:
        return MemoryExceeded(Messages.OUT_OF_MEMORY.format(doc_id=analysis.id, available=memory_available()))
    except Exception as exc:  # spaCy failed on this text
        message = Messages.PARSE_FAILED.format(doc_id=analysis.id, kind=type(exc).__name__, error=exc)
        return AnalysisFailed(message)


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
    """Run every stage over one parsed document, recording (not raising) a stage's failure; a time limit
    or the memory running out stops the document, and is raised for its caller to record."""
    for name, stage in STAGES:
        started = perf_counter()
        try:
            stage(analysis, doc)
        except (DocumentTimeout, MemoryError):  # the whole document's failure, not this stage's
            raise
        except FaultlinesError as exc:
            analysis.errors.append(exc.entry())
        except Exception as exc:  # a bug in one stage must not lose the document or the run
            message = Messages.STAGE_FAILED.format(
                doc_id=analysis.id, stage=name, kind=type(exc).__name__, error=exc
            )
            analysis.errors.append(AnalysisFailed(message).entry())
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + perf_counter() - started
