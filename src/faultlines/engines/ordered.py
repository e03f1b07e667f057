"""``faultlines analyze`` and ``eval`` on many documents: their inputs as tasks, analysed in this process
or on a pool of workers, the records in input order either way.

The workers read the tasks themselves (and extract the pages, the dearest part of reading): done in
the driver, extraction would hold back a pool of more than a few workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from faultlines.engines.local import analyse_in_order, default_workers
from faultlines.engines.work import Settings, as_article
from faultlines.errors import InputError, Messages
from faultlines.ingest import load, url
from faultlines.ingest.corpus import Task, tasks
from faultlines.model import Analysis, Article

# Less text than this (about 10,000 words) is analysed in this process: starting workers, each loading
# the model, costs about as much as they save on it (measured on the shared gold sets, 2 cores).
POOL_CHARS = 64_000


def analyses(
    documents: Iterable[Article | Task],
    model: str | None,
    workers: int | None,
    time_limit: float | None = None,
) -> Iterator[Analysis]:
    """The documents' analyses in input order: on a pool of ``workers`` (default: one per core) when
    the input holds several documents and POOL_CHARS of text, else in this process."""
    from faultlines.pipeline import analyze_many

    it = iter(documents)
    workers = workers or default_workers()
    head = list(_head(it, time_limit)) if workers > 1 else []
    if len(head) >= 2 and sum(len(article.text) for article in head) >= POOL_CHARS:
        return analyse_in_order(chain(head, it), Settings.here(model, time_limit), workers)
    articles = chain(head, (as_article(document, time_limit) for document in it))
    return analyze_many(articles, model=model, time_limit=time_limit)


def _head(documents: Iterator[Article | Task], time_limit: float | None) -> Iterator[Article]:
    """The first documents, read, up to the one that brings their text to POOL_CHARS (at least two)."""
    chars = 0
    for n, document in enumerate(documents, 1):
        article = as_article(document, time_limit)
        yield article
        chars += len(article.text)
        if chars >= POOL_CHARS and n >= 2:
            return


def documents(inputs: list[str]) -> Iterator[Article | Task]:
    """The inputs' documents in order: a file's records and pages as tasks that whoever analyses them
    reads (extracting the pages then), the articles of stdin and URLs read here. A directory is one
    clear E100 record (a corpus run is `run`'s job)."""
    for source in inputs:
        if source != "-" and Path(source).is_dir():
            why = Messages.DIRECTORY.format(path=source, example=Path(source) / "*")
            yield Article(id=source, text="", errors=[InputError(why).entry()])
        elif source == "-" or url.is_url(source):
            # The user names these URLs on their own machine, so local and private addresses are fair game.
            yield from load(source, allow_private=True)
        else:
            yield from tasks([source])
