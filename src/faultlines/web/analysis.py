"""Analysing a pasted article for the web: the model loaded once, one analysis at a time, each bounded
by a time limit, URLs fetched only when the server was started with ``--allow-fetch``."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout


class AnalysisTimeout(Exception):
    """The analysis took longer than the server's limit."""


class FetchRefused(Exception):
    """A URL was given but the server does not fetch URLs."""


class Analyzer:
    """One worker thread: spaCy's pipeline is loaded there once and analyses run one after another,
    so a burst of requests queues instead of multiplying memory."""

    def __init__(self, *, time_limit: float, allow_fetch: bool, model: str | None = None) -> None:
        self.time_limit = time_limit
        self.allow_fetch = allow_fetch
        self.model = model
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faultlines-analyze")

    def warm(self) -> None:
        """Load the model in the background, so the first request does not pay for it."""
        from faultlines import nlp

        self.pool.submit(nlp.load, self.model)

    def analyze(self, *, text: str | None = None, html: str | None = None, url: str | None = None,
                doc_id: str = "pasted") -> dict:  # fmt: skip
        """The interchange record of one article; AnalysisTimeout past the limit (the analysis still
        finishes in the worker, but the caller is answered)."""
        if url and not self.allow_fetch:
            raise FetchRefused("this server does not fetch URLs (start it with --allow-fetch)")
        future = self.pool.submit(self._run, text, html, url, doc_id)
        try:
            return future.result(timeout=self.time_limit)
        except FutureTimeout:
            raise AnalysisTimeout(f"the analysis took longer than {self.time_limit:g} s") from None

    def _run(self, text: str | None, html: str | None, url: str | None, doc_id: str) -> dict:
        from faultlines.pipeline import analyze

        if url:
            from faultlines.ingest.url import fetch

            article = fetch(url)
        elif html is not None:
            from faultlines.ingest.html import extract

            article = extract(html, doc_id)
        else:
            from faultlines.ingest.text import of

            article = of(text or "", doc_id)
        return analyze(article, model=self.model).to_dict()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
