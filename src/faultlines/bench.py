"""Throughput of the full pipeline against a bare spaCy parse of the same texts, alternated in one run.

The bare parse is the named pipeline as spaCy loads it, without the components faultlines adds or
puts in place of its own: the parse a user would otherwise run.

The machine is shared and noisy, so the two are interleaved (bare, full, full, bare, ...) and the
ratio of medians is the figure to read, not either absolute speed. Wall time and this process's CPU
time are both kept: on a loaded machine the wall clock also counts the time other processes held the
cores, so the CPU ratio is the steadier figure.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from time import perf_counter, process_time

from faultlines import nlp as nlp_mod
from faultlines.evaluate import WORD
from faultlines.model import Article
from faultlines.pipeline import analyze_many


@dataclass
class BenchResult:
    docs: int
    words: int
    bare_seconds: list[float] = field(default_factory=list)
    full_seconds: list[float] = field(default_factory=list)
    bare_cpu: list[float] = field(default_factory=list)
    full_cpu: list[float] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def bare_wps(self) -> float:
        return self.words / statistics.median(self.bare_seconds)

    @property
    def full_wps(self) -> float:
        return self.words / statistics.median(self.full_seconds)

    @property
    def ratio(self) -> float:
        """Full-pipeline throughput as a multiple of the bare parse's (>= 1.0 means faster)."""
        return self.full_wps / self.bare_wps

    @property
    def cpu_ratio(self) -> float:
        """The same ratio from CPU seconds of this process (>= 1.0 means faster)."""
        return statistics.median(self.bare_cpu) / statistics.median(self.full_cpu)

    def stage_shares(self) -> dict[str, float]:
        """Each stage's share of the full pipeline's time, over all rounds."""
        total = sum(self.stage_seconds.values()) or 1.0
        return {name: secs / total for name, secs in self.stage_seconds.items()}


def run(articles: Sequence[Article], *, rounds: int = 3, model: str | None = None) -> BenchResult:
    """Time ``rounds`` bare parses and ``rounds`` full analyses of ``articles``, interleaved."""
    nlp = nlp_mod.load_plain(model)
    texts = [a.text for a in articles]
    result = BenchResult(docs=len(texts), words=sum(len(WORD.findall(t)) for t in texts))

    def bare() -> None:
        with nlp_mod.zone(nlp):
            for _ in nlp_mod.parse(texts, nlp):
                pass

    def full() -> None:
        for _ in analyze_many(articles, model=model, timings=result.stage_seconds):
            pass

    # Warm-up on two articles, outside the figures: first calls pay for lazy initialisation.
    with nlp_mod.zone(nlp):
        list(nlp_mod.parse(texts[:2], nlp))
    list(analyze_many(articles[:2], model=model))
    for i in range(rounds):
        for step in (bare, full) if i % 2 == 0 else (full, bare):
            started, cpu = perf_counter(), process_time()
            step()
            (result.bare_seconds if step is bare else result.full_seconds).append(perf_counter() - started)
            (result.bare_cpu if step is bare else result.full_cpu).append(process_time() - cpu)
    return result
