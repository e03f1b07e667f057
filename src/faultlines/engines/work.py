"""The worker side of a corpus run: one spaCy model per process, documents analysed as ``analyze``
does (in spaCy batches, each under its own time limit), rows for the store out. The same function
serves every engine (a process pool, Ray actors); ``analyze``'s own workers get the analyses back.

A document that fails in any way (unreadable, extraction, a stage, over its time limit) still comes
back, as a document row with its errors, so nothing is ever lost from a run.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.actors import gazetteer
from faultlines.actors.gazetteer import Entry
from faultlines.errors import AnalysisFailed, DocumentTimeout, Messages, WorkerDied
from faultlines.ingest.corpus import Task, article
from faultlines.limits import MEMORY_LIMIT, TIME_LIMIT, deadline, limit_memory
from faultlines.model import Analysis, Article
from faultlines.store.rows import Rows, rows


@dataclass(frozen=True, slots=True)
class Settings:
    model: str | None = None
    time_limit: float | None = TIME_LIMIT  # None: no limit
    # Bytes each worker process may hold (None: no cap); see limits.limit_memory.
    max_memory: int | None = MEMORY_LIMIT
    # The user's own gazetteer entries (``--actors``, ``use_gazetteer``), added in each worker.
    actors: tuple[Entry, ...] = ()

    @classmethod
    def here(cls, model: str | None, time_limit: float | None) -> Settings:
        """Workers set up as this process is: the model, the time limit and the user's own actors."""
        return cls(model=model, time_limit=time_limit, actors=gazetteer.user_entries())


@dataclass(frozen=True, slots=True)
class Result:
    """One document's rows, its word count and how many errors it carries."""

    id: str
    rows: Rows
    words: int
    errors: int


_settings = Settings()


def setup(settings: Settings) -> None:
    """Per-process start: cap the process's memory, remember the settings and load the model once,
    before the first document."""
    global _settings
    from faultlines import nlp

    limit_memory(settings.max_memory)
    _settings = settings
    gazetteer.add(settings.actors)
    nlp.load(settings.model)


def process(tasks: list[Task]) -> list[Result]:
    """Analyse a small batch of documents (their rows for the store)."""
    return [_result(analysis) for analysis in analyses(tasks, _settings.model, _settings.time_limit)]


def process_documents(documents: list[Article | Task]) -> list[Analysis]:
    """Analyse a small batch of documents for ``faultlines analyze`` (the analyses, not rows)."""
    return analyses(documents, _settings.model, _settings.time_limit)


def analyses(documents: list[Article | Task], model: str | None, time_limit: float | None) -> list[Analysis]:
    """The documents' analyses as ``faultlines analyze`` gives them, or their error records: the
    Articles as they are, the Tasks read here (and their pages extracted); parsed in spaCy batches
    (a fifth cheaper than one at a time), each document under its own time limit, in one memory zone
    per batch."""
    from faultlines.pipeline import analyze_many

    articles = [as_article(document, time_limit) for document in documents]
    return list(analyze_many(articles, model=model, time_limit=time_limit))


def as_article(document: Article | Task, time_limit: float | None) -> Article:
    """The document as an Article: one already read, or the task read now."""
    return document if isinstance(document, Article) else read(document, time_limit)


def read(task: Task, time_limit: float | None) -> Article:
    """The task's Article, or one carrying the error that reading or extracting it ran into."""
    try:
        with deadline(time_limit):
            return article(task)
    except DocumentTimeout:
        error: Exception = DocumentTimeout(Messages.TIMED_OUT.format(doc_id=task.id, seconds=time_limit))
    except Exception as exc:  # a bug on one document must not stop the worker
        error = AnalysisFailed(
            Messages.DOCUMENT_FAILED.format(doc_id=task.id, kind=type(exc).__name__, error=exc)
        )
    return Article(id=task.id, text="", url=task.url, errors=[error.entry()])


def died(task: Task) -> Result:
    """The rows of a document whose worker process died on it: its id and url, the error, no layers."""
    return _result(lost(task))


def lost(document: Article | Task) -> Analysis:
    """The record of a document whose worker process died on it: its metadata (an unread task's id
    and url), the error, no layers."""
    if isinstance(document, Task):
        document = Article(id=document.id, text="", url=document.url)
    return _failed(document, WorkerDied(Messages.WORKER_DIED.format(doc_id=document.id)))


def _failed(source: Article, error: Exception) -> Analysis:
    """The document with its metadata and the error, no layers."""
    failed = Analysis.of(source)
    failed.errors.append(error.entry())
    return failed


def _result(analysis: Analysis) -> Result:
    return Result(analysis.id, rows(analysis), len(analysis.text.split()), len(analysis.errors))
