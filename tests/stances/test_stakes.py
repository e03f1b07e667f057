"""Whether a stance's topic names something at stake: time spans, bare amounts, kinds left unsaid,
being acted on and bare responses name nothing a reader would report a side on."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from faultlines.stances.stakes import unfit
from tests.stances.helpers import analysed_stances, held_on


def _unfit_topics(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[e.topic].text for e in find(doc, load()) if unfit(e, doc, load())]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Borduria has argued for years that the treaty wronged it.", "years"),
        ("The bid came in under the $40 demanded by Ada Roos.", "40"),
        ("Public broadcasters such as Velmo TV have resisted such gloom.", "gloom"),
        ("Ada Roos said they are going to eliminate certain duties next year.", "duties"),
        ("Ada Roos has proposed little on the harbour levy.", "little"),
    ],
)
def test_stakes_a_time_an_amount_or_an_unsaid_kind_is_not_at_stake(nlp, text, topic):
    assert topic in _unfit_topics(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos opposes the harbour plan.",
        "Borduria rejected the 12 percent levy Vesta wants.",
        "Ada Roos backs measures such as the harbour levy.",
        "Borduria supports the treaty signed in 1990.",
        "Ada Roos backs an extra week of early voting.",  # a span of a thing done is that thing
    ],
)
def test_stakes_a_named_thing_stays_at_stake(nlp, text):
    assert _unfit_topics(nlp, text) == []


def test_stakes_a_pledge_to_take_action_is_no_stance_on_taking_action():
    stances = analysed_stances(
        'Velmo TV pledged to take "firm action" against such tricks in future, Ada Roos said.'
    )
    assert held_on(stances, "action") == set()


def test_stakes_a_deal_backed_by_a_fund_is_no_stance_on_backing():
    stances = analysed_stances("Brill Holdings took over the studio with money backed by the Orvan Group.")
    assert held_on(stances, "backed") == set()


def test_stakes_a_stance_on_a_named_plan_is_kept():
    stances = analysed_stances("Ada Roos, the mayor of Brill, said she opposes the harbour levy.")
    assert ("Ada Roos", -1) in held_on(stances, "levy")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"The harbour levy is unfair," said Ada Roos, the mayor of Brill.', "levy"),
        ('"These arrests are important," said Ada Roos, the mayor of Brill.', "arrests"),
        ('"Impeachment is a sham," said Ada Roos, the mayor of Brill.', "impeachment"),
        ('"I think consensus would be absolutely critical," said Ada Roos, the mayor of Brill.', "consensus"),
        ("Ada Roos said that stiffing builders is fair game.", "builders"),
        ('"Toll roads are a failure," said Ada Roos, the mayor of Brill.', "roads"),
    ],
)
def test_stakes_a_judged_act_thing_or_call_stays_a_stance(text, word):
    assert held_on(analysed_stances(text), word)


def test_stakes_one_weapon_in_the_hand_is_not_at_stake_the_kind_a_law_bans_is(nlp):
    assert _unfit_topics(nlp, "Ada Roos refused to drop the gun.") == ["gun"]
    assert _unfit_topics(nlp, "Ada Roos wants to ban guns.") == []
