"""A side taken on "the ruling" or "the decision": a side on what the ruling decided."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on

STRUCK = "The Velmo Supreme Court struck down the port levy on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appealing a ruling against the levy stands for the levy (it stood against it before)
        (STRUCK + "Governor Bo Lind said he will appeal the decision.", {("Bo Lind", 1)}),
        # welcoming the ruling stands against the levy (it stood for it before)
        (STRUCK + "Dave Pepp called the decision a victory for traders.", {("Dave Pepp", -1)}),
        (STRUCK + "Dave Pepp praised the ruling.", {("Dave Pepp", -1)}),
        (
            "The Velmo board rejected the merger on Monday. Ada Marsh criticised the decision.",
            {("Ada Marsh", 1)},
        ),
    ],
)
def test_rulings_a_side_on_the_ruling_is_a_side_on_what_it_decided(text, expected):
    stances = analysed_stances(text)
    thing = "levy" if "levy" in text else "merger"
    assert held_on(stances, thing) - {("Velmo Supreme Court", -1)} == expected


@pytest.mark.parametrize(
    "reaction",
    [
        "Mira Tosh called Friday's decision a victory for ferry owners.",
        "Mira Tosh praised Friday's ruling.",
    ],
)
def test_rulings_a_dated_ruling_is_the_one_told_that_day(reaction):
    # a later decision and someone's own words lie between; the day still says which ruling it is
    text = (
        STRUCK
        + "The Velmo Harbour Board rejected the merger on Monday. "
        + '"Nothing changes for the ferries," said Ada Marsh. '
        + reaction
    )
    stances = analysed_stances(text)
    assert ("Mira Tosh", -1) in held_on(stances, "levy")
    assert ("Mira Tosh", 1) not in held_on(stances, "merger")


def test_rulings_appeal_and_ruling_make_a_dispute_over_the_levy():
    stances = analysed_stances(STRUCK + "Governor Bo Lind said he will appeal the decision.")
    assert held_on(stances, "levy") == {("Velmo Supreme Court", -1), ("Bo Lind", 1)}


def test_rulings_a_decision_saying_what_it_decides_is_its_own_act():
    text = (
        "The Velmo board approved the merger on Monday. Ada Marsh criticised the decision to close the port."
    )
    stances = analysed_stances(text)
    assert held_on(stances, "merger") == set()
    assert held_on(stances, "port") == {("Ada Marsh", -1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruling that says what it ruled against is a side on that thing, as "the ruling" is
        ("Governor Bo Lind vowed to appeal the ruling against the port levy.", {("Bo Lind", 1)}),
        ("Mayor Ada Marsh praised the court's ruling against the port levy.", {("Ada Marsh", -1)}),
    ],
)
def test_rulings_a_ruling_against_a_thing_is_a_side_against_it(text, expected):
    assert held_on(analysed_stances(text), "levy") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal naming no ruling is against the decision told last: for what it struck down
        (STRUCK + '"We will appeal," Governor Bo Lind said.', {("Bo Lind", 1)}),
        (STRUCK + "Governor Bo Lind vowed to appeal.", {("Bo Lind", 1)}),
        # appealing the case, after a ruling told later in the sentence, is against that ruling
        (
            "In July, the Traders Guild appealed the case to the Velmo Supreme Court after the Velmo District Court "
            "upheld the port levy.",
            {("Traders Guild", -1), ("Velmo District Court", 1)},
        ),
    ],
)
def test_rulings_an_appeal_naming_no_ruling_is_against_the_last_decision(text, expected):
    assert held_on(analysed_stances(text), "levy") - {("Velmo Supreme Court", -1)} == expected


@pytest.mark.parametrize(
    "text",
    [
        STRUCK + "Governor Bo Lind said he may appeal.",  # hedged
        STRUCK + "Governor Bo Lind declined to appeal.",  # refused
        STRUCK + "Governor Bo Lind has not decided whether to appeal.",  # asked about
        STRUCK + '"If the fee stays in place, we will appeal," Governor Bo Lind said.',  # on a condition
        STRUCK + "Governor Bo Lind appealed to voters for calm.",  # a plea, no ruling undone
    ],
)
def test_rulings_an_appeal_not_firmly_made_takes_no_side(text):
    assert held_on(analysed_stances(text), "levy") == {("Velmo Supreme Court", -1)}


def test_rulings_appealing_the_case_is_no_side_on_the_case():
    stances = analysed_stances("The Traders Guild appealed the case to the Velmo Supreme Court.")
    assert held_on(stances, "case") == set()


def test_rulings_another_speakers_quote_between_leaves_the_ruling_open():
    # what "the decision" stands for is open once someone else has spoken since the ruling
    text = (
        STRUCK + '"We were given no warning," said Piet Lee. "The decision is a disgrace," said Ruth Amsel.'
    )
    assert ("Ruth Amsel", 1) not in held_on(analysed_stances(text), "levy")
