"""The events stage end to end on original sentences: one per PLOVER type, tense and negation."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Actor, Analysis, Span
from tests.events.helpers import happened


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


def test_coder_act_only_called_for_is_promised_by_no_one(nlp):
    events = coded(nlp, "The party dropped its call for sending more aid to the islands.").events
    assert "AGREE" not in [e.type for e in events]
    assert "AID" in [e.type for e in events if e.tense == "hypothetical"]


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


def test_coder_doer_is_never_its_own_target_through_a_possessive(nlp):
    text = "Mayor Ines Holt praised her staff on Friday."
    actors = [
        Actor("holt", "Ines Holt", "person", mentions=[Span(6, 15, "Ines Holt"), Span(24, 27, "her")]),
    ]
    (event,) = coded(nlp, text, actors).events
    assert event.type == "SUPPORT" and event.source.actor == "holt"
    assert event.target is None or event.target.actor != "holt"


@pytest.mark.parametrize("pronoun", ["they", "it"])
def test_coder_it_or_they_reported_by_a_person_is_not_that_person(nlp, pronoun):
    text = f"Mira Dunst said {pronoun} shelled the village."
    actors = [Actor("dunst", "Mira Dunst", "person", mentions=[Span(0, 10, "Mira Dunst")])]
    (event,) = coded(nlp, text, actors).events
    assert event.type == "ASSAULT"
    assert event.source is None or event.source.actor != "dunst"


def test_coder_it_reported_by_a_country_is_that_country(nlp):
    text = "Ruritania said it shelled the village."
    actors = [Actor("rur", "Ruritania", "country", country="RUR", mentions=[Span(0, 9, "Ruritania")])]
    (event,) = coded(nlp, text, actors).events
    assert event.type == "ASSAULT" and event.source.actor == "rur"


def test_coder_runs_without_actors_and_spans_match_text(nlp):
    analysis = coded(nlp, "Protesters blocked the main highway, police said.")
    event = analysis.events[0]
    assert event.source is not None and event.source.actor is None
    assert analysis.text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert "police said" not in event.evidence.text


def test_coder_intensity_follows_plover_scale(nlp):
    event = coded(nlp, "Gunmen attacked a checkpoint outside the capital overnight.").events[0]
    assert event.intensity is not None and event.intensity <= -9


def types(nlp, text: str) -> list[str]:
    return [e.type for e in coded(nlp, text).events]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master warned that heavy fog was expected along the coast tonight.",
        "Aid agencies warned this would leave half the valley without clean water.",
        "Grocers were warning of empty shelves by the end of the week.",
        "The coach warned that the squad would not survive another injury.",
    ],
)
def test_coder_warning_of_a_forecast_or_risk_is_no_threat(nlp, text):
    assert "THREATEN" not in types(nlp, text)


def test_coder_warning_of_own_hostile_act_is_a_threat(nlp):
    events = coded(nlp, "The border guards warned that they would detain anyone crossing at night.").events
    assert events[0].type == "THREATEN" and events[0].mode == "arrest"


def test_coder_warning_of_a_refusal_to_tolerate_is_a_threat(nlp):
    assert (
        types(nlp, "The mayor warned that the city would no longer tolerate camps in the park.")[0]
        == "THREATEN"
    )


def test_coder_warned_must_is_a_demand(nlp):
    assert types(nlp, "The ferry operators must not sail in this storm, the coastguard warned.") == [
        "REQUEST"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The band released a new album on Friday.",
        "Listeners downloaded the interview episode released Thursday.",
        "The auditors announced the release of their annual report.",
    ],
)
def test_coder_releasing_a_product_or_report_is_no_retreat(nlp, text):
    assert "RETREAT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers released two engineers near the oil field.",
        "The three fishermen were freed after a week.",
        "The junta released him on Sunday.",
    ],
)
def test_coder_releasing_people_is_a_retreat(nlp, text):
    assert types(nlp, text)[0] == "RETREAT"


def test_coder_natural_forces_are_not_actors(nlp):
    assert coded(nlp, "The wildfire destroyed sixty homes and burned the old mill.").events == []


def test_coder_compound_modifier_is_not_a_nominal_act(nlp):
    assert (
        coded(nlp, "The Millbrook fire service chief met the emergency coordinator.").events[0].type
        == "CONSULT"
    )
    assert types(nlp, "The Millbrook fire service chief met the emergency coordinator.") == ["CONSULT"]


def test_coder_act_inside_a_condition_is_not_coded(nlp):
    text = "We will stay on the picket line until the wage cuts are withdrawn."
    assert "RETREAT" not in types(nlp, text)


def test_coder_question_is_not_a_request(nlp):
    assert types(nlp, "Asked whether the ferry link would reopen, the minister smiled.") == []


def test_coder_nobody_asking_is_a_negated_request(nlp):
    events = coded(nlp, "Nobody has asked the tenants to leave.").events
    assert all(e.negated for e in events if e.type == "REQUEST")


def test_coder_declining_to_comment_is_no_rejection(nlp):
    assert "REJECT" not in types(nlp, "The club declined to comment on the transfer.")


def test_coder_cutting_without_an_event_object_is_no_sanction(nlp):
    assert types(nlp, "The bakery is cutting shifts this winter.") == []


def test_coder_voting_to_strike_is_a_threatened_strike(nlp):
    events = coded(nlp, "Bus drivers voted to strike over pensions next month.").events
    assert (events[0].type, events[0].mode) == ("THREATEN", "restrict")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The assembly voted against the mining bill.", "REJECT"),
        ("The court sentenced the smuggler to ten years.", "COERCE"),
        ("Regulators fined the lender two million euros.", "SANCTION"),
        ("The senators discussed the budget with the governor.", "CONSULT"),
        ("The candidate railed against the power of the lobbyists.", "ACCUSE"),
        ("Ms. Adeyemi is delighted to win the endorsement of the nurses' union.", "SUPPORT"),
        ("The province accepted 2,000 refugees from the war zone last year.", "AID"),
        ("Police dispersed the marchers with water cannon.", "COERCE"),
        ("The two sides struck a deal on the harbour fees.", "AGREE"),
        ("The junta nationalized the copper mines.", "COERCE"),
        ("The growers lobbied for lower water prices.", "REQUEST"),
    ],
)
def test_coder_finds_common_news_verbs_of_each_kind(nlp, text, expected):
    assert expected in [e.type for e in coded(nlp, text).events]


def test_coder_promised_act_is_kept_beside_the_promise_as_future(nlp):
    events = coded(nlp, "The elders said they are willing to forgive the governor.").events
    assert [e.type for e in events][:2] == ["AGREE", "SUPPORT"]
    assert events[1].tense == "future"


def test_coder_announced_resignation_is_a_promise_and_a_future_retreat(nlp):
    events = coded(nlp, "The mayor of Harlow will resign next month.").events
    assert [(e.type, e.tense) for e in events] == [("AGREE", "future"), ("RETREAT", "future")]


def test_coder_a_purpose_promises_nothing(nlp):
    events = coded(nlp, "The envoys held talks in Oslo to discuss the border.").events
    assert [e.type for e in events] == ["CONSULT"]


def test_coder_conjoined_verb_after_a_passive_is_done_by_the_one_acted_on(nlp):
    text = "The mayor of Harlow was charged with fraud by prosecutors and will resign."
    actors = [
        Actor("a1", "mayor of Harlow", "person", country="GBR", mentions=[Span(4, 19, "mayor of Harlow")]),
        Actor("a2", "prosecutors", "group", country="USA", mentions=[Span(50, 61, "prosecutors")]),
    ]
    events = coded(nlp, text, actors).events
    retreat = next(e for e in events if e.type == "RETREAT")
    assert retreat.source.country == "GBR"


def test_coder_criticism_drawn_is_done_to_the_subject_by_its_critics(nlp):
    text = "Mayor Ruiz drew sharp criticism from the teachers' union."
    actors = [
        Actor("a1", "Mayor Ruiz", "person", country="ESP", mentions=[Span(0, 10, "Mayor Ruiz")]),
        Actor(
            "a2", "teachers' union", "organisation", country="FRA", mentions=[Span(40, 55, "teachers' union")]
        ),
    ]
    event = coded(nlp, text, actors).events[0]
    assert event.type == "ACCUSE"
    assert (event.source.country, event.target.country) == ("FRA", "ESP")


def test_coder_facing_arrest_has_not_happened(nlp):
    assert coded(nlp, "The activist faces arrest on her return.").events == []


def test_coder_threat_on_a_condition_was_made(nlp):
    events = coded(nlp, "Veltria threatened to close the border if the talks failed.").events
    assert events[0].type == "THREATEN" and events[0].tense == "past"


def test_coder_warning_of_a_hostile_act_named_by_a_noun_is_a_threat(nlp):
    events = coded(nlp, "The general warned of retaliation against any incursion.").events
    assert [e.type for e in events][:1] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Every applicant must meet the language requirements.",
        "The port met its export target two years early.",
        "The new rules curb noise from the quarry.",
    ],
)
def test_coder_meeting_a_standard_or_curbing_a_thing_is_no_act(nlp, text):
    assert types(nlp, text) == []


def test_coder_calling_a_meeting_convenes_it(nlp):
    assert "CONSULT" in happened(nlp, "The league called an urgent meeting to discuss the ruling.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Valdoria closed its border with Ostrava on Friday.", "COERCE"),
        ("Nurses staged a sit-in outside the clinic.", "PROTEST"),
    ],
)
def test_coder_closing_a_border_and_a_split_event_noun(nlp, text, kind):
    assert kind in happened(nlp, text)


def test_coder_planning_to_release_a_report_promises_no_release(nlp):
    assert types(nlp, "The institute plans to release its findings next week.") == []
    assert "RETREAT" in types(nlp, "The junta plans to release the detained sailors next week.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prison guards abused the inmates for months.", "ASSAULT"),
        ("The two armies exchanged fire across the river.", "ASSAULT"),
        ("Valdoria restored diplomatic ties with Ostrava.", "SUPPORT"),
        ("Valdoria summoned the Ostravan ambassador on Monday.", "ACCUSE"),
        ("The junta ignored the council's demands.", "REJECT"),
    ],
)
def test_coder_acts_of_the_plover_families_named_by_phrases(nlp, text, kind):
    assert kind in happened(nlp, text)


def test_coder_abusing_an_office_or_power_is_no_assault(nlp):
    assert types(nlp, "The treasurer abused his office and his power.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Ada Roos defended herself against the charges.",
        "The coach blamed himself for the defeat.",
        "Fewer voters accepted the reality that the river was rising.",
        "Lost terrain like that is hard to recapture this autumn.",
    ],
)
def test_coder_oneself_a_fact_granted_or_lost_ground_is_no_act(nlp, text):
    assert types(nlp, text) == []


def test_coder_a_present_relative_clause_describes_rather_than_reports(nlp):
    assert types(nlp, "Towns that oppose the quarry sent a joint letter.") == []
    assert "CONSULT" in happened(nlp, "The envoy who met the rebels flew home on Monday.")


def test_coder_contracted_would_is_not_reported_as_done(nlp):
    assert happened(nlp, "\u201cWe'd never tolerate that from a rival,\u201d she said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Striking nurses ripped Mayor Tolland over the clinic closures.",
        "Ada Roos took a swipe at Ben Hale during the hearing.",
        "Ada Roos called out Ben Hale for his remarks.",
        "Ada Roos hammered Ben Hale over the budget.",
    ],
)
def test_coder_the_press_words_for_sharp_criticism_accuse(nlp, text):
    assert "ACCUSE" in happened(nlp, text)


def test_coder_calling_out_troops_musters_and_hammering_home_a_message_is_no_act(nlp):
    assert "MOBILIZE" in happened(nlp, "The governor called out the troops after the riots.")
    assert "RETREAT" in happened(nlp, "The army pulled back its forces from the ridge.")
    assert types(nlp, "The message was hammered home to voters.") == []


def test_coder_a_present_relative_clause_with_its_own_doer_still_reports(nlp):
    text = "The release gives hope for the talks, which Valdoria stands ready to support."
    assert "AGREE" in happened(nlp, text)
    assert types(nlp, "A new fund that intends to sue the port raised $5 million.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos began a trip through the farm states, visiting Iowa and Ohio.", []),
        ("The Peruvian president visited Chile on Monday.", ["CONSULT"]),
        ("The Peruvian president visited Santiago on Monday.", ["CONSULT"]),
    ],
)
def test_coder_a_tour_of_one_s_own_country_meets_no_one(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tribal elders demanded the resignation of the Chilean minister.",
        "Farm leaders said they are willing to back the Chilean minister for a second term.",
    ],
)
def test_coder_people_of_no_country_who_appeal_to_a_government_are_its_own(nlp, text):
    events = [e for e in coded(nlp, text, [_chile(text)]).events if e.type in ("REQUEST", "SUPPORT")]
    assert events and all(e.source.country == "CHL" for e in events)


def test_coder_an_accuser_of_no_country_is_not_given_the_accused_states(nlp):
    text = "Tribal elders accused the Chilean minister of fraud."
    (event,) = coded(nlp, text, [_chile(text)]).events
    assert event.type == "ACCUSE" and event.source.country is None


def test_coder_people_of_no_country_are_not_given_a_country_they_act_on(nlp):
    text = "Tribal elders urged retaliation against Chile."
    at = text.index("Chile")
    chile = Actor("country-chl", "Chile", "country", country="CHL", mentions=[Span(at, at + 5, "Chile")])
    (event,) = coded(nlp, text, [chile]).events
    assert event.type == "REQUEST" and event.source.country is None


def _chile(text: str) -> Actor:
    """The Chilean minister of ``text``, a government person of Chile."""
    name = "Chilean minister"
    at = text.index(name)
    span = Span(at, at + len(name), name)
    return Actor("chilean-minister-chl", name, "person", country="CHL", sector="GOV", mentions=[span])


def test_coder_a_word_of_a_name_is_no_act(nlp):
    text = "Lara Voss joined the Campaign to Arrest Tax Cheats in March."
    name = "Campaign to Arrest Tax Cheats"
    start = text.index(name)
    actors = [
        Actor("voss", "Lara Voss", "person", mentions=[Span(0, 9, "Lara Voss")]),
        Actor("campaign", name, "organisation", mentions=[Span(start, start + len(name), name)]),
    ]
    assert coded(nlp, text, actors).events == []


def test_coder_evidence_names_whom_a_judgement_is_of(nlp):
    text = "“Ivo Marsh is a disgrace,” said Ada Lark."
    actors = [
        Actor("m", "Ivo Marsh", "person", mentions=[Span(1, 10, "Ivo Marsh")]),
        Actor("l", "Ada Lark", "person", mentions=[Span(text.index("Ada"), len(text) - 1, "Ada Lark")]),
    ]
    (event,) = [e for e in coded(nlp, text, actors).events if e.type == "ACCUSE"]
    assert event.evidence.text.startswith("Ivo Marsh is a disgrace")
