import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from faultlines.errors import InvalidRecord
from faultlines.model import (
    SCHEMA,
    Actor,
    Analysis,
    Article,
    Dispute,
    ErrorEntry,
    Event,
    Party,
    Quote,
    Ref,
    Span,
    Stance,
    Topic,
)

TEXT = "“We will stay,” the mayor of Eastport, Ana Vale, said. Westport disagreed."


def schema() -> dict:
    return json.loads(resources.files("faultlines").joinpath("analysis.schema.json").read_text())


def full_analysis() -> Analysis:
    a = Analysis.of(Article(id="doc-1", text=TEXT, title="Stay", published="2026-01-02"))
    a.actors = [
        Actor("a1", "Ana Vale", "person", "XEP", "GOV", ["mayor of Eastport"], [a.span(39, 47)]),
        Actor("a2", "Westport", "organisation", None, "GOV", [], [a.span(55, 63)]),
    ]
    a.quotes = [
        Quote(
            "q1",
            "direct",
            [a.span(1, 13)],
            a.span(49, 53),
            [a.span(16, 47)],
            Ref("a1", "Ana Vale"),
            None,
            0.9,
        )
    ]
    a.events = [Event("e1", "REJECT", a.span(55, 73), source=Party("a2", None, "GOV"), tense="past")]
    a.topics = [Topic("t1", "staying", [a.span(1, 13)], "stay")]
    a.stances = [Stance("a1", "t1", 1, ["q1"])]
    a.disputes = [Dispute("t1", [["a1"], ["a2"]], ["q1"])]
    a.errors = [ErrorEntry("E300", "doc-1: something")]
    return a


def test_model_span_of_takes_text_from_offsets():
    span = Span.of(TEXT, 1, 13)
    assert span.text == "We will stay"
    assert TEXT[span.start : span.end] == span.text


def test_model_round_trips_through_json():
    a = full_analysis()
    d = json.loads(json.dumps(a.to_dict()))
    assert d["schema"] == SCHEMA
    assert Analysis.from_dict(d).to_dict() == d


def test_model_output_validates_against_schema():
    jsonschema.validate(full_analysis().to_dict(), schema())


def test_model_schema_rejects_a_bad_kind():
    d = full_analysis().to_dict()
    d["quotes"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(d, schema())


def test_model_from_dict_refuses_other_schemas():
    d = full_analysis().to_dict()
    d["schema"] = "other/2"
    with pytest.raises(InvalidRecord, match="faultlines/1"):
        Analysis.from_dict(d)


def test_model_from_dict_a_record_missing_a_field_is_an_invalid_record():
    d = full_analysis().to_dict()
    del d["text"]
    with pytest.raises(InvalidRecord, match="KeyError") as caught:
        Analysis.from_dict(d)
    assert caught.value.code == "E101"


def test_model_inherits_is_not_part_of_the_interchange_format():
    a = full_analysis()
    a.quotes[0].inherits = "q0"
    assert "inherits" not in a.to_dict()["quotes"][0]


def test_model_quote_speaker_name_and_text_never_raise():
    quote = Quote("q1", "mixed", [Span(0, 3, "one"), Span(9, 12, "two")])
    assert quote.speaker_name is None and quote.text == "one … two"
    quote.speaker = Ref("ana-ruiz", "Ana Ruiz")
    assert quote.speaker_name == "Ana Ruiz"


def test_model_topic_key_survives_json():
    topic = full_analysis().topics[0]
    assert Topic.from_dict(json.loads(json.dumps(topic.to_dict()))).key == "stay"


@st.composite
def analyses(draw) -> Analysis:
    """An Analysis of any text whose layers hold spans of it, ids, kinds and codes of every allowed value."""
    text = draw(st.text(max_size=60))
    a = Analysis.of(Article(id=draw(st.text()), text=text, title=draw(st.none() | st.text())))

    def span():
        start = draw(st.integers(0, len(text)))
        return a.span(start, draw(st.integers(start, len(text))))

    n = draw(st.integers(0, 3))
    codes = st.sampled_from(["USA", "ISR", None])
    a.actors = [
        Actor(
            f"a{i}",
            draw(st.text()),
            draw(st.sampled_from(["person", "organisation", "country", "group"])),
            draw(codes),
            draw(st.sampled_from(["GOV", "MIL", None])),
            draw(st.lists(st.text(), max_size=2)),
            [span() for _ in range(draw(st.integers(0, 2)))],
            draw(st.sampled_from(["female", "male", None])),
        )
        for i in range(n)
    ]
    a.quotes = [
        Quote(
            f"q{i}",
            draw(st.sampled_from(["direct", "indirect", "mixed"])),
            [span() for _ in range(draw(st.integers(1, 2)))],
            draw(st.none() | st.just(span())),
            [span()],
            draw(st.none() | st.just(Ref(None, draw(st.text())))),
            None,
            draw(st.floats(0, 1)),
        )
        for i in range(n)
    ]
    a.events = [
        Event(
            f"e{i}",
            draw(st.sampled_from(["AGREE", "ASSAULT", "REJECT"])),
            span(),
            source=Party(None, draw(codes), None),
        )
        for i in range(n)
    ]
    a.topics = [Topic(f"t{i}", draw(st.text()), [span()], draw(st.text())) for i in range(n)]
    a.errors = [ErrorEntry(draw(st.sampled_from(["E102", "E108", "E300"])), draw(st.text()))]
    return a


@given(analyses())
def test_model_any_analysis_validates_and_round_trips(analysis):
    record = analysis.to_dict()
    jsonschema.validate(record, schema())
    assert Analysis.from_dict(json.loads(json.dumps(record))).to_dict() == record
