"""Stance expressions read off the parse: polarity, negation, conditions and the topic's head."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find


def _stances(nlp, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [(doc[e.predicate].text, e.polarity, doc[e.topic].text) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said the toll road would be a costly mistake.", ("mistake", -1, "road")),
        ("The mayor said the new bridge is essential.", ("essential", 1, "bridge")),
        ("The union said it cannot support the merger.", ("support", -1, "merger")),
        ("The mayor said she does not oppose the curfew.", ("oppose", 1, "curfew")),
        ('"We will open the border crossing," the minister said.', ("open", 1, "open")),
        ("The general said the army must not shell the harbour.", ("shell", -1, "shell")),
        ('The envoy warned that the treaty "must not be signed."', ("signed", -1, "treaty")),
    ],
)
def test_polarity_reads_cue_negation_and_topic(nlp, text, expected):
    assert expected in _stances(nlp, text)


def test_polarity_condition_leaves_no_firm_stance(nlp):
    found = _stances(nlp, "The senator said he would vote for the levy only if farmers are exempt.")
    assert found == [("vote", 0, "levy")]


def test_polarity_tentative_support_is_not_firm(nlp):
    assert _stances(nlp, "The minister said she could support the canal.") == [("support", 0, "canal")]


def test_polarity_forecast_is_not_a_stance(nlp):
    # "will" commits a speaker's side only when its subject can commit itself.
    assert _stances(nlp, "The forecaster said the river will flood the valley.") == []


def test_polarity_condition_clause_takes_no_side(nlp):
    assert _stances(nlp, "If we must cut the budget, the schools suffer.") == []


def test_polarity_placeholder_is_marked_for_resolution(nlp):
    doc = nlp("The port plan is vital. It is something we cannot support.")
    phrases = [e.phrase for e in find(doc, load())]
    assert phrases[0] == "np" and "ref" in phrases


def test_polarity_called_it_judges_the_object(nlp):
    assert ("provocation", -1, "it") in _stances(nlp, 'She called it "a provocation."')


def test_polarity_stated_position_keeps_its_subject(nlp):
    doc = nlp("Valdoria vowed to finish the dam.")
    (expr,) = find(doc, load())
    assert expr.polarity == 1 and doc[expr.agent].text == "Valdoria"
