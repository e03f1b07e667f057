import json

from faultlines.model import Analysis
from faultlines.quotes import CONFIDENCE, attribute, find
from tests.quotes.helpers import quotes_of, said


def test_attribute_numbers_quotes_and_sets_confidence(nlp):
    text = "“Prices will fall,” the governor said. The firm said it disagreed with the forecast."
    quotes = quotes_of(nlp, text)
    assert [q.id for q in quotes] == ["q1", "q2"]
    assert [q.kind for q in quotes] == ["direct", "indirect"]
    # each quote carries the calibrated confidence of the rule that found it
    rules = [f.rule for f in find(text, nlp(text))]
    assert rules == ["after", "speech-clause"]
    assert [q.confidence for q in quotes] == [CONFIDENCE[rule] for rule in rules]


def test_attribute_empty_and_markless_texts(nlp):
    assert quotes_of(nlp, "Rain is expected.") == []
    assert quotes_of(nlp, "“") == []


def test_attribute_phenomena_gold(nlp, shared):
    """Every phenomenon of the quote layer's specification comes out right (content, source)."""
    for line in (shared / "eval" / "phenomena.jsonl").read_text().splitlines():
        gold = json.loads(line)
        analysis = Analysis(gold["id"], gold["text"])
        attribute(analysis, nlp(gold["text"]))
        got = [(tuple((c.start, c.end) for c in q.contents), bool(q.sources)) for q in analysis.quotes]
        want = [(tuple(map(tuple, q["contents"])), bool(q["sources"])) for q in gold["quotes"]]
        assert len(got) == len(want), gold["id"]
        for (contents, has_source), (gold_contents, gold_source) in zip(got, want, strict=True):
            assert _words(gold["text"], contents) == _words(gold["text"], gold_contents), gold["id"]
            assert has_source == gold_source, gold["id"]


def _words(text, spans):
    import re

    return [w for s, e in spans for w in re.findall(r"\w+", text[s:e])]


def test_attribute_confidence_is_the_calibrated_value_of_the_rule(nlp):
    text = "Turnout fell to 38 percent, according to the county clerk."
    (found,) = find(text, nlp(text))
    (quote,) = quotes_of(nlp, text)
    assert found.rule == "according"
    assert quote.confidence == CONFIDENCE["according"]


def test_attribute_reports_nothing_from_page_furniture(nlp):
    text = (
        "Ferry fares rise again\n\n"
        "The council said that the rise would hurt families on the island.\n\n"
        "READ MORE: 'We cannot cope,' says ferry captain\n\n"
        "We'd like to hear what you think. Tell us whether you support the new fares."
    )
    quotes = quotes_of(nlp, text)
    assert [said(q) for q in quotes] == ["the rise would hurt families on the island"]
