"""Properties of the whole pipeline over generated text: analysis never fails, every span is a piece of
the text, a quote's content is apart from its own cue and source, and the record is valid faultlines/1."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import given

from faultlines.model import Analysis, Span
from faultlines.pipeline import analyze_many
from tests.hardening.texts import article_text

SCHEMA = json.loads(resources.files("faultlines").joinpath("analysis.schema.json").read_text())


def spans(analysis: Analysis) -> list[Span]:
    found = [s for q in analysis.quotes for s in (*q.contents, *q.sources, *([q.cue] if q.cue else []))]
    found += [m for a in analysis.actors for m in a.mentions]
    found += [e.evidence for e in analysis.events]
    found += [m for t in analysis.topics for m in t.mentions]
    return found


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@given(article_text)
def test_pipeline_any_text_gives_a_valid_record_of_spans_inside_it(nlp, text):
    (analysis,) = analyze_many([_article(text)])
    assert [e for e in analysis.errors if e.code not in ("E103",)] == []
    jsonschema.validate(analysis.to_dict(), SCHEMA)
    for span in spans(analysis):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for quote in analysis.quotes:
        for content in quote.contents:
            assert not any(overlaps(content, s) for s in quote.sources), quote
            assert not (quote.cue and overlaps(content, quote.cue)), quote


@given(article_text)
def test_pipeline_references_point_at_actors_quotes_and_topics_of_the_same_record(nlp, text):
    (analysis,) = analyze_many([_article(text)])
    actors = {a.id for a in analysis.actors}
    quotes = {q.id for q in analysis.quotes}
    topics = {t.id for t in analysis.topics}
    for quote in analysis.quotes:
        for ref in (quote.speaker, quote.addressee):
            assert ref is None or ref.actor is None or ref.actor in actors
    for stance in analysis.stances:
        assert stance.actor in actors and stance.topic in topics and set(stance.quotes) <= quotes
    for dispute in analysis.disputes:
        assert dispute.topic in topics and {a for side in dispute.sides for a in side} <= actors


def _article(text: str):
    from faultlines.model import Article

    return Article(id="generated", text=text)
