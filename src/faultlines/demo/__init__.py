"""Twelve short news articles written for the project (fictional places, people and outlets).

They exercise what faultlines looks for: several speakers per article, said/told/warned/added cues,
inverted cues, pronoun and title-only speakers, split quotes, continuation paragraphs, indirect
quotes, "according to", and disputes where two named parties take opposite sides of one question.
"""

from __future__ import annotations

from importlib.resources import files

from faultlines.model import Article

SOURCE = "demo/articles.jsonl"


def articles() -> list[Article]:
    """The demo articles, in file order."""
    from faultlines.ingest import jsonl

    lines = files(__package__).joinpath("articles.jsonl").read_text(encoding="utf-8").split("\n")
    return list(jsonl.parse(lines, SOURCE))
