"""Acts named by nouns: a doer named in the phrase makes one; a topic, a weapon or half of a
two-word name does not."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Analysis
from tests.events.helpers import happened


def test_nominal_act_with_a_named_doer(nlp):
    assert "ASSAULT" in happened(nlp, "Residents fled the army's shelling of the town.")
    assert "ASSAULT" in happened(nlp, "The killings by the security forces shocked the region.")


@pytest.mark.parametrize(
    "text",
    [
        "The trade talks dragged on into the night.",
        "Her phone calls were brief.",
        "His jail term in Portwell was short.",
        "The road trip took six days.",
    ],
)
def test_nominal_topic_or_compound_is_no_doer(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests erupted in Portwell after the vote.", "PROTEST"),
        ("Talks between Veltria and Borduria were held in Geneva.", "CONSULT"),
        ("The arrest of the opposition leader sparked anger in Portwell.", "COERCE"),
        ("Fighting broke out near the border on Sunday.", "ASSAULT"),
    ],
)
def test_nominal_act_named_with_its_parties_or_said_to_take_place(nlp, text, expected):
    assert expected in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He hopes for talks with the rebels.",
        "No talks took place.",
        "Talks will be held in Portwell next week.",
        "The rally broke above its long-term trend line.",
        "A discussion of the budget appears on page four.",
    ],
)
def test_nominal_act_not_said_to_have_happened(nlp, text):
    assert happened(nlp, text) == []


def test_nominal_attacks_on_a_person_with_no_weapon_are_criticism(nlp):
    assert happened(nlp, "Senator Alice Moreno's attacks on Governor Peter Vale continued.") == ["ACCUSE"]


def test_nominal_visit_or_talks_attended_by_the_subject(nlp):
    text = "The Ruritanian president is on a state visit to Veltria."
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    event = analysis.events[0]
    assert event.type == "CONSULT" and event.source is not None and event.source.country is None
    assert event.evidence.text.startswith("The Ruritanian president")


def test_nominal_sanctions_in_force_and_ones_only_considered(nlp):
    assert happened(nlp, "Veltrian sanctions on Borduria have crippled its economy.") == ["SANCTION"]
    assert happened(nlp, "The government is considering new sanctions on Borduria.") == []
    assert happened(nlp, "The car has an adaptive air suspension.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The envoy will face questions about the premier's visit to Portwell.",
        "The mayor will write a book about the premier's visit to Portwell.",
    ],
)
def test_nominal_an_act_something_is_about_took_place_whatever_the_clauses_tense(nlp, text):
    assert happened(nlp, text) == ["CONSULT"]


def test_nominal_an_alleged_act_something_is_about_is_not_vouched_for(nlp):
    text = "The envoy will be questioned over alleged attacks on the embassy guards."
    assert "ASSAULT" not in happened(nlp, text)


def test_nominal_visit_kept_secret_until_arrival_still_happened(nlp):
    assert happened(nlp, "The premier's visit to Portwell was kept secret until she arrived.") == ["CONSULT"]


def test_nominal_a_name_is_no_act(nlp):
    assert happened(nlp, "Mr. Ban's term ends this year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seeking refuge is not a crime, Ada Roos said.", []),
        ("Removing the harbour tariffs is a condition of any deal, the ministry said.", []),
        ("Banning the harbour rallies has closed a door, Ada Roos said.", ["COERCE"]),
        ("Actually signing a trade deal with Vell has proved elusive.", []),
        ("Signing a trade deal with Vell remains unlikely, Ada Roos said.", []),
    ],
)
def test_nominal_a_gerund_saying_what_an_act_is_names_a_kind_of_act(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the mill prompted angry protests in Portwell.",
        "The ruling on the port, which sparked the protests, was dropped.",
        "With protests spreading across Portwell, the minister sent troops.",
        "The mayor closed the square after the demonstrations turned ugly.",
    ],
)
def test_nominal_protests_caused_or_spreading_took_place(nlp, text):
    assert "PROTEST" in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The verdict could spark riots.",
        "The ruling sparked a rally in bank shares.",
    ],
)
def test_nominal_protests_that_may_come_or_a_market_rally_did_not_take_place(nlp, text):
    assert "PROTEST" not in happened(nlp, text)


def test_nominal_a_protest_is_held_by_its_own_doer_not_the_clauses_subject(nlp):
    assert "PROTEST" in happened(
        nlp, "With student protests swelling in Portwell, Mayor Ada Roos sent troops."
    )
    assert "PROTEST" in happened(nlp, "Angry Farmers Rally Across Borduria To Save Their Mills.")


@pytest.mark.parametrize(
    "text",
    [
        "The leaflet repeats police criticism of Ada Roos's handling of the files.",
        "Tomas Berg made the remark in criticism of Vestia's Harbour Plan (HP) tender, which asked for bids.",
        "That criticism is coming mostly from the dockworkers' union.",
        "Ruritania's condemnation of the Borduria raid was swift.",
    ],
)
def test_nominal_criticism_with_its_critic_named_accuses(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Amid mounting criticism of the app makers, Vestia dropped the feature.",
        "Given the criticism of Ada Roos in the papers, her aides stayed quiet.",
        "The outrage of the families was clear.",
        "The criticism comes a week before the ferry vote.",
    ],
)
def test_nominal_criticism_with_no_critic_is_no_ones_act(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz listened in on the president's call with the Veltrian leader.", ["CONSULT"]),
        ("The minister's call with Borduria's premier lasted an hour.", ["CONSULT"]),
        ("Ruiz said in a conference call with analysts that sales rose.", []),
    ],
)
def test_nominal_a_call_with_someone_is_a_conversation(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The assembly opened impeachment proceedings against Governor Peter Vale.",
        "Prosecutors in Portwell began proceedings against the port's former director.",
    ],
)
def test_nominal_proceedings_against_someone_are_a_charge(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


def test_nominal_proceedings_of_a_meeting_charge_no_one(nlp):
    assert happened(nlp, "The proceedings of the Portwell conference were published on Monday.") == []
