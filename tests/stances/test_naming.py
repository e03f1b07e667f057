"""Naming verbs: the thing named, what it is called, and who names it so, in the parses news gets."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_of


def test_naming_what_someone_called_a_judged_thing_is_their_judgement(nlp):
    # the critics denounce the plan the mayor named, and the mayor's own word judges it too
    assert held_of(nlp, "Critics denounced what Mayor Ida Roos called the port's reckless plan.") == [
        (-1, "plan", "Critics"),
        (-1, "plan", "Roos"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ada Roos condemned what she called a "reckless breach" of the harbour accord.',
            (-1, "breach", "Roos"),
        ),
        ("Vesta rejected what Borduria called a generous offer.", (-1, "offer", "Vesta")),
    ],
)
def test_naming_an_attitude_on_what_someone_named_so(nlp, text, expected):
    assert expected in held_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos branded the ferry levy a disgrace.", (-1, "levy", "Roos")),
        # a quoted adjective the parser hung after the thing, left out of the topic
        ("Ada Roos called the harbour board’s conduct “outrageous” on Monday.", (-1, "conduct", "Roos")),
        ("Vesta calls the harbour plan 'crazy scheme' in a new poster.", (-1, "plan", "Vesta")),
        # the name hung on the act named, a gerund parsed as the naming verb's complement
        ("Norland called closing the ferry line a mistake.", (-1, "closing", "Norland")),
        ("Ada Roos branded scrapping the levy a betrayal.", (-1, "scrapping", "Roos")),
    ],
)
def test_naming_a_judging_name_the_parse_split_from_its_naming_verb(nlp, text, expected):
    assert expected in held_of(nlp, text)


def test_naming_an_owner_before_an_apostrophe_is_not_a_quoted_name(nlp):
    assert held_of(nlp, "Ada Roos called the unions' leader yesterday.") == []


def test_naming_an_act_named_is_not_willed(nlp):
    assert (1, "closing", "Norland") not in held_of(nlp, "Norland called closing the ferry line a mistake.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos called Monday's ruling a disaster.", (-1, "ruling", "Roos")),
        ("Ada Roos branded last month's vote a disgrace.", (-1, "vote", "Roos")),
        ("Ada Roos labelled the panel's 6-3 verdict a mistake.", (-1, "verdict", "Roos")),
        ("Ada Roos called the 'Fair Fares' campaign a sham.", (-1, "campaign", "Roos")),
        ("Ada Roos called the U.S. tariff shift a disaster.", (-1, "shift", "Roos")),
        ("Ada Roos called the ferry levy a huge win for farmers.", (1, "levy", "Roos")),
        # the relative word took the object's place, and the name became a second object
        ("The ferry levy, which Ada Roos called a disaster, passed on Monday.", (-1, "levy", "Roos")),
    ],
)
def test_naming_a_thing_named_in_the_shapes_news_gives_it(nlp, text, expected):
    assert expected in held_of(nlp, text)


def test_naming_withheld_takes_no_side(nlp):
    assert [e for e in held_of(nlp, "Ada Roos did not call the ferry levy a disaster.") if e[0]] == []


def test_naming_by_others_is_not_the_speakers(nlp):
    held = held_of(nlp, "Ada Roos said critics called last month's vote a disaster.")
    assert all(holder != "Roos" for _, _, holder in held)


def test_naming_the_act_inside_the_thing_named_is_not_demanded(nlp):
    held = held_of(nlp, "Ada Roos called the move to shut the depot a disaster.")
    assert (1, "shut", "Roos") not in held


def test_naming_a_grim_name_unlisted_tells_what_befell(nlp):
    assert held_of(nlp, "Ada Roos called the flood a tragedy for the valley.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act a general noun names, hung on the naming verb by the parse
        ("Ada Roos called the Danish move to shut the depot a disaster.", (-1, "shut", "Roos")),
        # the name read as the object of the act, the act's own object as its recipient
        ("Ada Roos called the plan to scrap the ferry levy a mistake.", (1, "levy", "Roos")),
        ("Ada Roos called the plan to build the dam a mistake.", (-1, "dam", "Roos")),
    ],
)
def test_naming_the_act_a_general_noun_names_is_judged(nlp, text, expected):
    assert expected in held_of(nlp, text)


def test_naming_weak_praise_of_a_thing_named_elsewhere_is_unsure(nlp):
    # "a huge win" is praise only the general lexicon rates; "the decision" stands for a thing
    # named elsewhere, which such praise is too little to find
    assert held_of(nlp, "Ada Roos called Monday's decision a real win for growers.") == []
    assert (-1, "ruling", "Roos") in held_of(nlp, "Ada Roos called Monday's ruling a disaster.")


def test_naming_a_bare_quoted_name_judges_the_thing_and_is_no_part_of_it(nlp):
    found = analysed_stances('Ada Roos called the ferry tax bill "political nonsense."')
    assert found == {("Ada Roos", "ferry tax bill", -1)}
