"""Who made the thing at stake: its maker stands by it where someone else takes a side on it."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.makers import find
from tests.stances.helpers import analysed_stances


def _made(nlp, text: str) -> list[tuple[int, str, str, bool]]:
    doc = nlp(text)
    return [(e.polarity, doc[e.topic].text, doc[e.agent].text, e.owned) for e in find(doc, load())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Velmor Agency issued the port rules in May.", [(1, "rules", "Agency", True)]),
        ("Senator Lind laid out her tax plan on Monday.", [(1, "plan", "Lind", True)]),
        ("The toll forms were devised by the Brill council.", [(1, "forms", "council", True)]),
        ("Mayor Ida Vos announced a ferry levy on Monday.", [(1, "levy", "Vos", True)]),
        # what the made plan does is what its maker stands by
        ("The Brill council issued an order to close the old pier.", [(1, "close", "council", True)]),
    ],
)
def test_makers_the_maker_stands_by_what_they_made(nlp, text, expected):
    assert _made(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Velmor Agency did not issue the port rules.",  # not made
        "If the agency issues the port rules, farmers will sue.",  # only a condition
        "The Velmor Agency could issue the port rules soon.",  # not yet, maybe never
    ],
)
def test_makers_nothing_made_is_no_stance(nlp, text):
    assert _made(nlp, text) == []


def test_makers_a_made_thing_completes_a_dispute_over_it():
    from faultlines.pipeline import analyze

    analysis = analyze("The Velmor Agency issued the port rules in May. Ada Ruiz slammed the port rules.")
    names = {a.id: a.name for a in analysis.actors}
    sides = [{names[a] for side in d.sides for a in side} for d in analysis.disputes]
    assert sides == [{"Velmor Agency", "Ada Ruiz"}]


def test_makers_a_made_thing_nobody_else_judges_is_no_stance():
    from faultlines.pipeline import analyze

    analysis = analyze("The Velmor Agency issued the port rules in May.")
    assert analysis.stances == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northwind Energy launched a payment feature on Monday.", [(1, "feature", "Energy", True)]),
        ("Northwind Energy has begun rolling out a payment feature.", [(1, "feature", "Energy", True)]),
        ("Northwind Energy began testing a payment feature on Thursday.", [(1, "feature", "Energy", True)]),
    ],
)
def test_makers_a_thing_launched_or_tried_out_is_its_makers(nlp, text, expected):
    assert _made(nlp, text) == expected


def test_makers_a_thing_made_against_an_act_is_a_side_against_it(nlp):
    found = _made(nlp, "The Velmora high court issued an injunction against night dredging in May.")
    assert found == [(-1, "dredging", "court", False)]


def test_makers_a_launch_not_begun_is_no_stance(nlp):
    assert _made(nlp, "Northwind Energy did not begin rolling out the payment feature.") == []


def test_makers_an_act_set_going_is_its_doers_own_side(nlp):
    # begun, the act is carried out: a side of its doer's own, not only where others take one
    assert _made(nlp, "Velmo Air began testing hiding the ferry fares on Thursday.") == [
        (1, "hiding", "Air", False)
    ]


def test_makers_a_proposal_rolled_out_is_its_doers_own_side(nlp):
    assert _made(nlp, "Senator Lind rolled out her tax plan on Monday.") == [(1, "plan", "Lind", False)]


def test_makers_an_act_to_be_set_going_is_only_what_comes_next(nlp):
    assert _made(nlp, "Velmo Air will begin testing hiding the ferry fares.") == [(1, "hiding", "Air", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ada Marsh launched the campaign last week.", [(1, "campaign", "Marsh", False)]),
        ('The Velmoran Health Board launched a "Quit Now" campaign.', [(1, "campaign", "Board", False)]),
        ("Mayor Ida Vos launched a recycling drive in the city.", [(1, "drive", "Vos", False)]),
    ],
)
def test_makers_a_public_campaign_launched_is_carried_out(nlp, text, expected):
    assert _made(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Marsh launched her presidential campaign last week.",
        "Ada Marsh launched her campaign for governor on Monday.",
        "Ada Marsh launched a re-election campaign last week.",
        "Ada Marsh launched a write-in campaign.",
        "Ada Marsh launched a campaign last week.",  # a bare "a campaign" is as often a run for office
        "Brill Motors launched an advertising campaign for its new van.",
    ],
)
def test_makers_a_run_for_office_or_an_advert_launched_is_no_side(nlp, text):
    # made, it is its maker's only where someone else takes a side on it
    assert all(owned for _, topic, _, owned in _made(nlp, text) if topic == "campaign")


def test_makers_a_launched_campaign_is_its_launchers_stance():
    found = analysed_stances('The Velmoran Health Board launched a "Quit Now" campaign last week.')
    assert found == {("Velmoran Health Board", "Quit Now campaign", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tarrow Port Board announced the selection of Orbix Labs to dredge the harbour.",
            [(1, "selection", "Board", False)],
        ),
        ("Velmora announced a suspension of ferry links with Tarrow.", [(1, "suspension", "Velmora", False)]),
    ],
)
def test_makers_an_act_decided_and_announced_is_carried_out(nlp, text, expected):
    assert _made(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brill Motors announced the closure of its plant in Tarrow.",  # its own affairs
        "The Tarrow Port Board will announce the selection of Orbix Labs.",  # only what comes next
    ],
)
def test_makers_an_own_or_future_decision_announced_is_no_side(nlp, text):
    assert all(owned for *_, owned in _made(nlp, text))


def test_makers_a_campaign_naming_its_aim_is_a_side_on_the_aim_alone():
    found = analysed_stances("Ada Marsh launched a campaign to unseat Ben Hale.")
    assert found == {("Ada Marsh", "unseating Ben Hale", 1)}
