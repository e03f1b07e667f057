"""Stances told through how their holder feels about what someone did or said."""

from __future__ import annotations

import pytest

from faultlines.stances.feelings import find
from faultlines.stances.lexicon import load
from tests.stances.helpers import analysed_stances, held_on, stances_of


def _felt(nlp, text: str) -> list[tuple[str, int, str, str]]:
    doc = nlp(text)
    return [
        (doc[e.predicate].text, e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Roos said she was pleased to see the regulators investigate the harbour bank.",
            [("pleased", 1, "investigate", "she")],
        ),
        (
            "Tim Vell was dismayed that the council closed the harbour library.",
            [("dismayed", -1, "closed", "Vell")],
        ),
        ("The union was shocked to see her statements.", [("shocked", -1, "statements", "union")]),
        # not pleased is against it
        (
            "Ada Roos was not pleased to see the council scrap the ferry levy.",
            [("pleased", 1, "levy", "Roos")],
        ),
    ],
)
def test_feelings_read_a_feeling_about_an_act_or_a_thing_said(nlp, text, expected):
    assert _felt(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos was sad to see the storm hit the harbour.",  # no actor's act
        "Tim Vell was worried that the mayor may close the library.",  # a mere possibility
        "Ada Roos said she was glad that the mayor seems better.",  # a state, not an act
        "Tim Vell said he was glad he did.",  # his own act
        "Ada Roos was pleased to announce the harbour plan.",  # her own act, announced
        "Tim Vell was happy to see the harbour.",  # a place, not a thing said or done
    ],
)
def test_feelings_take_no_side_on_states_possibilities_or_own_acts(nlp, text):
    assert _felt(nlp, text) == []


def test_feelings_give_the_feeling_one_a_stance_on_the_act(nlp):
    stances = analysed_stances(
        "Senator Ada Roos said she was pleased to see regulators investigate the collapse."
    )
    assert held_on(stances, "investigat") == {("Ada Roos", 1)}


@pytest.mark.parametrize(
    ("text", "word", "side"),
    [
        ("Senator Ada Roos has been disapproving of the harbour plan.", "plan", -1),
        ("Senator Ada Roos said she was deeply moved by the release of the sailors.", "release", 1),
        ("Senator Ada Roos sounded the alarm over the harbour levy.", "levy", -1),
        ("Senator Ada Roos said she regrets the decision to close the harbour.", "clos", -1),
    ],
)
def test_feelings_words_of_feeling_and_regret_take_a_side(nlp, text, word, side):
    assert held_on(analysed_stances(text), word) == {("Ada Roos", side)}


@pytest.mark.parametrize(
    ("text", "word", "side"),
    [
        ("The talks have made Velmor wary of offering concessions, officials said.", "concessions", -1),
        ("Senator Ada Roos said she was happy about the ruling on the harbour levy.", "ruling", 1),
    ],
)
def test_feelings_liking_and_wariness_take_a_side(nlp, text, word, side):
    assert {s for _, s in held_on(analysed_stances(text), word)} == {side}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ada Roos said she was worried that the harbour plan will raise rents.",
            [("worried", -1, "plan", "she")],
        ),
        ("Tim Vell was disappointed that the harbour deal failed.", [("disappointed", 1, "deal", "Vell")]),
        ("Tim Vell is concerned that the plan could hurt farmers.", [("concerned", -1, "plan", "Vell")]),
        (
            "The senators were incensed that the harbour deals did not oblige the firms to pay.",
            [("incensed", -1, "deals", "senators")],
        ),
        ("Ada Roos was pleased to see the bill pass.", [("pleased", 1, "bill", "Roos")]),
    ],
)
def test_feelings_about_what_a_deed_brings_about_take_a_side_on_the_deed(nlp, text, expected):
    assert _felt(nlp, text) == expected


def test_feelings_what_scares_the_speaker_is_judged(nlp):
    assert stances_of(nlp, '"The new toll scares me," Ana Frey said.') == [("scares", -1, "toll")]


def test_feelings_what_others_feel_about_no_deed_is_no_stance(nlp):
    assert stances_of(nlp, "The storm scared residents.") == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The ruling delighted the Velmor Farmers Union.", {("Velmor Farmers Union", 1)}),
        ("The council's decision angered Ada Roos.", {("Ada Roos", -1)}),
        ("The storm angered Ada Roos.", set()),
    ],
)
def test_feelings_a_deed_that_makes_someone_named_feel_so_is_judged_by_them(text, held):
    stances = analysed_stances(text)
    assert {(actor, polarity) for actor, _, polarity in stances} == held
