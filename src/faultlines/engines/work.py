"""The worker side of a corpus run: one spaCy model per process, documents one at a time under a time
limit, rows for the store out. The same function serves every engine (a process pool, Ray actors).

A document that fails in any way (unreadable, extraction, a stage, over its time limit) still comes
back, as a document row with its errors, so nothing is ever lost from a run.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from faultlines.errors import AnalysisFailed, DocumentTimeout, MemoryExceeded, Messages, WorkerDied
from faultlines.ingest.corpus import Task, article
from faultlines.limits import MEMORY_LIMIT, TIME_LIMIT, deadline, limit_memory
from faultlines.model import Analysis, Article
from faultlines.store.rows import Rows, rows


@dataclass(frozen=True, slots=True)
class Settings:
    model: str | None = None
    time_limit: float = TIME_LIMIT
    # Bytes each worker process may hold (None: no cap); see limits.limit_memory.
    max_memory: int | None = MEMORY_LIMIT


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
    nlp.load(settings.model)


def process(tasks: list[Task]) -> list[Result]:
    """Analyse a small batch of documents inside one memory zone (bounded memory on long runs)."""
    from faultlines import nlp

    model = nlp.load(_settings.model)
    with nlp.zone(model):
        return [_result(analyse(task, model, _settings.time_limit)) for task in tasks]


def analyse(task: Task, model, time_limit: float) -> Analysis:
    """The document's analysis, as ``faultlines analyze`` gives it, or its error record."""
    from faultlines.pipeline import check_text, run_stages

    source = Article(id=task.id, text="")
    try:
        with deadline(time_limit):
            source = article(task)
            analysis = Analysis.of(source)
            check_text(analysis)
            if not analysis.errors:
                run_stages(analysis, model(analysis.text))
            return analysis
    except DocumentTimeout:
        message = Messages.TIMED_OUT.format(doc_id=task.id, seconds=time_limit)
        return _failed(source, DocumentTimeout(message))
    except MemoryError:  # over the worker's cap: recorded below, once the error's frames are gone
        pass
    except Exception as exc:  # a bug on one document must not stop the worker
        return _failed(
            source,
            AnalysisFailed(
                Messages.DOCUMENT_FAILED.format(doc_id=task.id, kind=type(exc).__name__, error=exc)
            ),
        )
    gc.collect()  # the document's Doc holds cycles: free them for the next document
    available = f"the {(_settings.max_memory or 0) >> 20:,} MiB a worker may hold (--max-memory)"
    return _failed(source, MemoryExceeded(Messages.OUT_OF_MEMORY.format(doc_id=task.id, available=available)))


def died(task: Task) -> Result:
    """The record of a document whose worker process died on it: its id and url, the error, no layers."""
    source = Article(id=task.id, text="", url=task.url)
    return _result(_failed(source, WorkerDied(Messages.WORKER_DIED.format(doc_id=task.id))))


def _failed(source: Article, error: Exception) -> Analysis:
    """The document with its metadata and the error, none of its half-finished layers."""
    failed = Analysis.of(source)
    failed.errors.append(error.entry())
    return failed


def _result(analysis: Analysis) -> Result:
    return Result(analysis.id, rows(analysis), len(analysis.text.split()), len(analysis.errors))
