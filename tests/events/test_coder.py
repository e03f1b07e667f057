"""The events stage end to end on original sentences: one per PLOVER type, tense and negation."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Actor, Analysis, Span


def coded(nlp, text: str, actors: list[Actor] | None = None) -> Analysis:
    analysis = Analysis(id="t", text=text, actors=actors or [])
    code(analysis, nlp(text))
    return analysis


def first_type(nlp, text: str) -> str | None:
    events = coded(nlp, text).events
    return events[0].type if events else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two rival clans agreed to share the river water after a long dispute.", "AGREE"),
        ("The Chilean foreign minister visited Lima on Tuesday.", "CONSULT"),
        ("The premier praised the mayor's handling of the floods.", "SUPPORT"),
        ("Egypt shared intelligence with Jordan about the smuggling routes.", "COOPERATE"),
        ("Norway donated two field hospitals to the flooded province.", "AID"),
        ("The governor lifted the curfew in the northern districts.", "CONCEDE"),
        ("The rebels released six aid workers near the border.", "RETREAT"),
        ("The farmers' union demanded lower fuel taxes from the cabinet.", "REQUEST"),
        ("The opposition accused the interior minister of rigging the count.", "ACCUSE"),
        ("The council rejected the developer's offer for the harbour land.", "REJECT"),
        ("The separatists threatened to blow up the pipeline.", "THREATEN"),
        ("Thousands of nurses demonstrated outside the health ministry.", "PROTEST"),
        ("The army deployed two armoured brigades along the frontier.", "MOBILIZE"),
        ("Canada expelled three diplomats accused of spying.", "SANCTION"),
        ("Police arrested forty students outside the campus gates.", "COERCE"),
        ("Gunmen attacked a checkpoint outside the capital overnight.", "ASSAULT"),
    ],
)
def test_coder_finds_each_plover_type(nlp, text, expected):
    assert first_type(nlp, text) == expected


def test_coder_plain_statement_is_not_an_event(nlp):
    assert coded(nlp, "The minister said the economy grew by two percent last year.").events == []


def test_coder_promised_visit_is_agree_first_then_future_visit(nlp):
    events = coded(nlp, "The chancellor will visit Warsaw next month.").events
    assert [e.type for e in events] == ["AGREE", "CONSULT"]
    assert events[1].tense == "future" and events[1].mode == "visit"


def test_coder_planned_attack_is_a_threat_not_an_assault(nlp):
    events = coded(nlp, "The militia plans to attack the airport.").events
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].mode == "violence"


def test_coder_negated_attack_is_marked_not_reported_as_happened(nlp):
    events = coded(nlp, "The army did not attack the village.").events
    assert events and events[0].type == "ASSAULT" and events[0].negated


def test_coder_refusing_to_meet_is_reject(nlp):
    events = coded(nlp, "The president refused to meet the protest leaders.").events
    assert events[0].type == "REJECT" and events[0].mode == "meet"


def test_coder_reported_must_is_a_demand_of_the_speaker(nlp):
    events = coded(nlp, "The envoy said the junta must free the detained journalists.").events
    assert events[0].type == "REQUEST"


def test_coder_tense_past_present_future(nlp):
    assert coded(nlp, "The rebels attacked the convoy.").events[0].tense == "past"
    assert coded(nlp, "Dockers are protesting at the port.").events[0].tense == "present"
    assert coded(nlp, "Striking teachers will march on parliament.").events[0].tense == "future"


def test_coder_hypothetical_act_is_not_past(nlp):
    events = coded(nlp, "The guerrillas could shell the town if talks fail.").events
    assert events[0].type == "THREATEN" and events[0].tense == "hypothetical"


def test_coder_source_and_target_from_actor_mentions(nlp):
    text = "Ruritania shelled Freedonia on Monday."
    actors = [
        Actor("a1", "Ruritania", "country", country="RUR", mentions=[Span(0, 9, "Ruritania")]),
        Actor("a2", "Freedonia", "country", country="FRE", mentions=[Span(18, 27, "Freedonia")]),
    ]
    event = coded(nlp, text, actors).events[0]
    assert (event.source.actor, event.source.country) == ("a1", "RUR")
    assert (event.target.actor, event.target.country) == ("a2", "FRE")


def test_coder_runs_without_actors_and_spans_match_text(nlp):
    analysis = coded(nlp, "Protesters blocked the main highway, police said.")
    event = analysis.events[0]
    assert event.source is not None and event.source.actor is None
    assert analysis.text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert "police said" not in event.evidence.text


def test_coder_intensity_follows_plover_scale(nlp):
    event = coded(nlp, "Gunmen attacked a checkpoint outside the capital overnight.").events[0]
    assert event.intensity is not None and event.intensity <= -9
