"""The doer of an act others take a side on stands for it."""

from __future__ import annotations

import pytest

from faultlines.stances import deeds
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from tests.stances.helpers import analysed_stances, held_on


def _deeds(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    lex = load()
    return [
        (doc[e.agent].text, doc[e.predicate].text, doc[e.topic].text)
        for e in deeds.find(doc, find(doc, lex), lex)
    ]


def test_deeds_the_doer_of_an_act_opposed_by_its_verb_stands_for_it():
    text = "The Ostrava Transit Board closed two night depots. Councillor Ivo Maren opposed closing the night depots."
    assert held_on(analysed_stances(text), "depots") == {("Ostrava Transit Board", 1), ("Ivo Maren", -1)}


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Norway annexed the Varn islands in May. The Nordic Council condemned the annexation.",
            "annexation",
        ),
        (
            "The Ostrava Transit Board closed two night depots. Councillor Ivo Maren opposed the closures.",
            "closures",
        ),
        (
            "Norway annexed the Varn islands in May. The Nordic Council condemned the annexation of the Varn islands.",
            "annexation",
        ),
    ],
)
def test_deeds_the_acts_own_noun_points_back_to_its_doer(text, noun):
    doers = {actor for actor, polarity in held_on(analysed_stances(text), noun) if polarity == 1}
    assert doers and all(name.startswith(("Norway", "Ostrava")) for name in doers)


def test_deeds_an_act_done_to_another_thing_is_another_act(nlp):
    text = "The Ostrava Transit Board closed two night depots. Councillor Ivo Maren opposed closing the city libraries."
    assert _deeds(nlp, text) == []


def test_deeds_an_act_not_done_has_no_doer(nlp):
    for told in ("did not close", "may close", "is closing"):
        text = f"The Ostrava Transit Board {told} two night depots. Councillor Ivo Maren opposed closing the night depots."
        assert _deeds(nlp, text) == [], told


def test_deeds_a_noun_for_two_acts_of_one_kind_points_to_neither(nlp):
    text = (
        "The Ostrava Transit Board invited the drivers' union. Later the mayor invited the cleaners."
        " Councillor Ivo Maren criticised the invitation."
    )
    assert _deeds(nlp, text) == []


def test_deeds_an_act_nobody_takes_a_side_on_is_no_stance():
    assert analysed_stances("The Ostrava Transit Board closed two night depots on Monday.") == set()


def test_deeds_an_act_noun_naming_another_thing_is_another_act(nlp):
    text = "Norway annexed the Varn islands in May. The Nordic Council condemned the annexation of Oster Bay."
    assert _deeds(nlp, text) == []


def test_deeds_the_doer_of_a_wording_named_by_another_word_for_it_stands_for_it():
    text = (
        "Councillor Ivo Maren criticised using the words “harbour tax” on the campaign trail. "
        "Governor Cy Marr has used the phrase “harbour tax” in every speech."
    )
    assert ("Cy Marr", 1) in held_on(analysed_stances(text), "words")
