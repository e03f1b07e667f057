"""One pass over a sentence: what a verbal act is about is not an act of its own."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Analysis
from tests.events.helpers import coded, happened


def test_patterns_what_a_passive_accusation_is_about_is_no_act_of_its_own(nlp):
    text = "Ruiz stands accused by rivals of raising rents and of failing to crack down on smuggling at the wharf."
    assert happened(nlp, text) == ["ACCUSE"]


def test_patterns_a_prefixed_verb_the_model_does_not_know_is_coded(nlp):
    # the small model lemmatises "rearrested" as "rearreste", which the lexicon does not list
    assert happened(nlp, "Police rearrested the courier on Monday.") == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos told Tomas Berg to resign.", ["REQUEST"]),
        ("The government of Peru told the harbour board to stop the works.", ["REQUEST"]),
        ("Ada Roos told reporters that she would run again.", []),
        ("The leaflets tell voters how to register.", []),
    ],
)
def test_patterns_telling_someone_to_act_asks_and_telling_a_fact_does_not(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Berg said he was ready to move on.", []),
        ("The harbour board is willing to walk away.", []),
        ("The mayor said she was willing to lift the ban on fishing.", ["AGREE"]),
        ("Canada is prepared to withdraw its troops.", ["AGREE"]),
    ],
)
def test_patterns_readiness_offers_only_an_act_done_to_something(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_patterns_a_verb_coordinated_with_a_modifier_describes(nlp):
    assert happened(nlp, "Nearly 300 oil- and gas-fired boilers heat the town.") == []
    assert happened(nlp, "Rebels fired on the convoy.") == ["ASSAULT"]


def test_patterns_a_promise_or_threat_made_by_no_one_is_a_likelihood(nlp):
    assert happened(nlp, "Skipping the checks will virtually guarantee that the dam fails.") == []
    assert happened(nlp, "It is all but guaranteed that someone will leak the harbour plan.") == []
    assert happened(nlp, "That promises to make the winter harder for the islanders.") == []
    assert happened(nlp, "This threatens to derail the harbour plan.") == []


def test_patterns_a_promise_by_an_actor_or_its_pronoun_stands(nlp):
    assert happened(nlp, "Ada Roos promised to rebuild the harbour.") == ["AGREE"]
    assert happened(nlp, "It pledged to cut emissions by half.") == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During his visit to Borduria, Tomas Berg praised the reforms.", ["SUPPORT", "CONSULT"]),
        ("The minister praised the deal after meeting with Tomas Berg.", ["SUPPORT", "CONSULT"]),
        ("Ada Roos won praise from the union, after accusing the board of fraud.", ["SUPPORT", "ACCUSE"]),
        (
            "Velmoran prosecutors decided to reopen the inquiry after Tomas Berg was dragged out of the embassy by police.",
            ["COERCE"],
        ),
    ],
)
def test_patterns_when_words_were_said_is_no_part_of_what_was_said(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_patterns_what_a_verbal_act_says_is_still_its_content(nlp):
    assert happened(nlp, "Ada Roos called for talks with Tomas Berg.") == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Veltrian government said it would not negotiate with the strikers.", ["REJECT"]),
        ("Borduria said it will not pull its troops out of the valley this year.", ["REJECT"]),
        ("The two leaders did not meet on Monday.", ["CONSULT"]),  # a meeting that did not happen
    ],
)
def test_patterns_talks_or_a_withdrawal_said_not_to_come_are_refused(nlp, text, expected):
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    assert [e.type for e in analysis.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Any such move by Borduria will be met with force.", False),  # how it is received
        ("The plan was met with skepticism in Portwell.", False),
        ("The envoy was met by the Veltrian foreign minister at the airport.", True),
    ],
)
def test_patterns_a_thing_met_with_a_reaction_is_no_meeting(nlp, text, expected):
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    assert any(e.type == "CONSULT" for e in analysis.events) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"I will kill you," the man told the guard.',
        '"We will destroy your army," the general told the envoy.',
        'The caller said, "I will put a bullet in his head."',
    ],
)
def test_patterns_force_a_speaker_says_they_will_use_is_a_threat_made(nlp, text):
    assert happened(nlp, text) == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Norland's president said he would raise tariffs on Vellish imports if no deal is reached.",
        "The Norland foreign ministry said it would cut diplomatic ties with Vellia.",
    ],
)
def test_patterns_a_sanction_a_speaker_says_they_will_impose_is_a_threat_made(nlp, text):
    assert happened(nlp, text) == ["THREATEN"]


def test_patterns_a_sanction_a_speaker_says_they_will_not_impose_is_no_threat(nlp):
    assert "THREATEN" not in happened(
        nlp, "Norland's president said he would not raise tariffs on Vellish imports."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the army would strike the town next week.",
        "Senator Lee says he will expand the nation's armed forces.",
    ],
)
def test_patterns_force_another_will_use_or_forces_to_be_built_are_no_threat_made(nlp, text):
    assert happened(nlp, text) == []


def test_patterns_a_relative_that_is_its_noun_not_a_demonstrative(nlp):
    # "that" opening a relative clause stands for the body named before it, who can threaten
    text = "The Velmo dockers' union, a group that threatened to strike in May, met Mayor Ada Roos."
    assert "THREATEN" in [e.type for e in coded(nlp, text)]


def test_patterns_a_thing_that_supports_a_claim_is_evidence_not_support(nlp):
    assert coded(nlp, "The new report supports the governor's claim about Spain.") == []
    assert coded(nlp, "The study backs Senator Ann Lee's view.") == []
    # whoever receives support is no doer: the support is the giver's
    assert "SUPPORT" in happened(nlp, "The port plan received critical support from Senator Ann Lee.")
