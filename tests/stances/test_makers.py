"""Who made the thing at stake: its maker stands by it where someone else takes a side on it."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.makers import find


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
