"""Event words that report no act: questions, commands, generic "you", figures of speech, contests,
claims, and verbs of asking or refusing with nothing asked or refused."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


@pytest.mark.parametrize(
    "text",
    [
        "Do you agree?",
        "Who is to blame for the flooding in Portwell?",
        "Did the Veltrian army attack the border post?",
    ],
)
def test_readings_questions_are_not_events(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The councillor insisted that the tender had been fair.",
        "Most residents agreed that the new park is an improvement.",
    ],
)
def test_readings_insisting_or_agreeing_a_fact_is_a_claim(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harbour board staff insisted in May that Mayor Ines Roth would not be sidelined by the audit.",
        "The union leader Tomas Brenner insisted that the ferry crews will keep their shifts.",
    ],
)
def test_readings_insisting_on_what_will_be_is_a_claim_not_a_demand(nlp, text):
    assert "REQUEST" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The union insisted that the director resign.",
        "The union insisted that the director should resign.",
    ],
)
def test_readings_insisting_on_an_act_is_still_a_request(nlp, text):
    assert happened(nlp, text) == ["REQUEST"]


def test_readings_agreeing_on_what_will_be_done_is_still_a_pledge(nlp):
    assert "AGREE" in happened(nlp, "Velmor agreed that it will withdraw its troops from the pass.")


@pytest.mark.parametrize(
    "text",
    [
        "The share price declined slightly from 40 dollars to 38 dollars.",
        "Thank goodness the ferry is running again.",
        "You cross the bridge after dark, you get robbed and shot.",
        "The charity fights poverty in the valley towns.",
        "Her photographs captured the mood of the harbour.",
        "The firm shot itself in the foot with that advert.",
        "A museum alone will not end gun violence in Calder.",
    ],
)
def test_readings_figures_falls_and_habits_are_not_events(nlp, text):
    assert happened(nlp, text) == []


def test_readings_attack_with_a_reason_is_criticism(nlp):
    assert happened(nlp, "Senator Obi attacked her rivals for taking donations from banks.") == ["ACCUSE"]
    assert happened(nlp, "Gunmen attacked a police patrol near Tarsa.") == ["ASSAULT"]


def test_readings_refusing_to_disclose_something_is_a_refusal(nlp):
    assert happened(nlp, "The candidate refused to disclose his tax returns.") == ["REJECT"]
    assert happened(nlp, "The candidate declined to comment.") == []


def test_readings_purposes_and_needs_have_not_happened(nlp):
    assert happened(nlp, "We have to stop the fighting.") == []
    assert happened(nlp, "They announced measures to support the growers.") == []


@pytest.mark.parametrize(
    "text",
    ["Mayor Ruiz held a campaign rally in Tampa.", "Senator Obi held a rally in Dunmore on Monday."],
)
def test_readings_campaign_rallies_are_not_protests(nlp, text):
    assert happened(nlp, text) == []


def test_readings_rallies_against_something_are_protests(nlp):
    assert happened(nlp, "Thousands rallied against the new fuel tax in Marsa.") == ["PROTEST"]
    assert happened(nlp, "Opposition leader Kamau held a rally against the president.") == ["PROTEST"]


def test_readings_victims_counted_by_a_number_are_still_victims(nlp):
    assert happened(nlp, "The blast killed at least 20 in the market.")[:1] == ["ASSAULT"]


def test_readings_failing_at_something_is_no_refusal(nlp):
    assert happened(nlp, "Three scans failed to find the cause of the pain.") == []
    assert happened(nlp, "The two delegations failed to reach agreement on the border.")[:1] == ["REJECT"]


def test_readings_we_should_is_a_suggestion_not_a_demand(nlp):
    assert happened(nlp, 'The singer told the crowd, "Maybe we should play one more song."') == []


def test_readings_asking_about_something_is_a_question(nlp):
    assert happened(nlp, "Doctors should ask patients about mould at home, she said.") == []
    assert happened(nlp, "Nurses asked about the new rota on Monday.") == []


def test_readings_recognising_a_fact_is_no_support(nlp):
    assert happened(nlp, "Coach Baird recognizes that the season is over.") == []


def test_readings_handing_over_to_forces_is_no_mobilisation(nlp):
    assert "MOBILIZE" not in happened(nlp, "The suspect was handed over to the border forces on Friday.")


def test_readings_releasing_videos_of_people_is_no_release(nlp):
    assert happened(nlp, "The kidnappers released two videos of them in May.") == []


def test_readings_phrasal_verbs_the_lexicon_does_not_name_are_not_its_verb(nlp):
    assert happened(nlp, "She signed off work for a week.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The firm offers a free version of its app.",
        "The new model promises 300 horsepower.",
        "I just was not ready for it.",
        "It is all but guaranteed that someone will find the flaw.",
        "The winger blocked a shot in the last minute.",
        "The banks started charging fees for transfers.",
        "She shared some photos of the trip.",
        "The coach gave his players a pep talk on Tuesday.",
        "The script called for a soaring anthem.",
        "The plan holds appeal to voters in the north.",
        "The singer signed to a small label in 2015.",
        "The two guards signed false logbooks after each shift.",  # no accord, law or message
        "Checking accounts are often free at these banks.",
        "The writer seized on an old folk tune.",
    ],
)
def test_readings_products_sports_and_figures_of_commerce_are_not_events(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry offered talks to the strikers.", "AGREE"),
        ("The committee issued an appeal for calm.", "REQUEST"),
        ("Protesters blocked the main highway into Tarsa.", "PROTEST"),
        ("Prosecutors charged the mayor with fraud.", "ACCUSE"),
        ("The agency shared intelligence with Jordan.", "COOPERATE"),
        ("The two ministers signed the water accord.", "SUPPORT"),
        ("Forty senators signed a letter backing the mayor.", "SUPPORT"),
    ],
)
def test_readings_the_same_verbs_done_to_someone_are_events(nlp, text, expected):
    assert expected in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "My old laptop barely kept its charge while charging in the car.",
        "That call struck me as different from the others.",
        "He said the new lander should be available by 2023.",
        "The agency investigated how long sleep would affect the crew.",
        "The plague killed millions of people in the fourteenth century.",
        "The holiday deals promise to be better than last year.",
        "The device gives extra protection in its own right.",
        "Children learn to recognize when they are full.",
    ],
)
def test_readings_gadgets_forecasts_research_and_diseases_are_not_events(nlp, text):
    assert happened(nlp, text) == []


def test_readings_charged_with_a_crime_is_an_accusation(nlp):
    assert happened(nlp, "Two guards were charged with falsifying records.") == ["ACCUSE"]


def test_readings_must_be_ready_to_act_is_still_a_demand(nlp):
    assert "REQUEST" in happened(nlp, "The president said the envoy must be ready to mediate.")


def test_readings_accepting_a_fact_is_no_agreement(nlp):
    assert happened(nlp, "Most scientists accept that the glaciers are shrinking.") == []


def test_readings_a_phone_call_on_a_day_is_no_call_on_anyone(nlp):
    assert "REQUEST" not in happened(nlp, "The senator called the singer on Friday to thank her.")


def test_readings_acts_only_required_or_allowed_have_not_happened(nlp):
    assert happened(nlp, "The grants required the towns to cooperate with the inspectors.") == []


def test_readings_trying_is_no_request_but_seeking_a_thing_is(nlp):
    assert happened(nlp, "The campaign is seeking to compare her plan with his.") == []
    assert happened(nlp, "The reporter sought asylum in the embassy.") == ["REQUEST"]


def test_readings_a_whether_clause_asks_and_does_not_report(nlp):
    text = "The office is examining whether the charity violated any laws."
    assert "REJECT" not in happened(nlp, text)


def test_readings_a_poll_share_is_no_support(nlp):
    assert happened(nlp, "Only 4 percent support the Harbour Party's candidate.") == []


def test_readings_rejecting_an_allegation_is_a_denial_not_a_refusal(nlp):
    assert happened(nlp, "The minister rejected the allegations as politics.") == []
    assert happened(nlp, "The minister rejected the offer of talks.") == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The safety had 1 sack and 2 passes defended.",
        "The old mill is burning.",
        "The index has been rallying since March.",
        "Traders said investors should stay cautious this week.",
        "His abrupt exit demonstrated his impatience.",
        "The firm made a big deal about the new keyboard.",
        "The crew has finished a good deal of the cleanup.",
    ],
)
def test_readings_stats_markets_advice_and_shows_are_not_events(nlp, text):
    assert happened(nlp, text) == []


def test_readings_protesters_demonstrating_somewhere_still_protest(nlp):
    assert happened(nlp, "Hundreds of nurses demonstrated outside the ministry.") == ["PROTEST"]


def test_readings_refusing_to_discuss_is_declining_to_comment(nlp):
    assert happened(nlp, "The governor refuses to discuss possible appointees.") == []


def test_readings_recalling_a_remark_and_sheltering_profits_are_no_acts(nlp):
    assert happened(nlp, '"He was at the top of his game," Mr. Vale recalled.') == []
    assert happened(nlp, "The firms sheltered billions of dollars offshore.") == []
    assert happened(nlp, "It is time for a tax system which asks the rich to pay more.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The minibus skidded off the road, killing three passengers.",
        "The collision injured eleven people near Portwell.",
    ],
)
def test_readings_deaths_in_an_accident_are_no_assault(nlp, text):
    assert happened(nlp, text) == []


def test_readings_blocking_a_measure_is_a_refusal_and_a_road_an_obstruction(nlp):
    assert happened(nlp, "Borduria blocked the trade package in the council.") == ["REJECT"]
    assert happened(nlp, "Farmers blocked the highway with tractors.") == ["PROTEST"]


def test_readings_participle_describing_a_noun_is_no_act(nlp):
    assert happened(nlp, "A man convicted of fraud was freed on Monday.") == ["RETREAT"]
    assert "ACCUSE" in happened(nlp, "The council passed a resolution condemning the coup.")


def test_readings_denied_meeting_and_discharge_from_hospital_are_no_acts(nlp):
    assert happened(nlp, "She denied that she had ever met him.") == []
    assert happened(nlp, "He was released from hospital on Monday.") == []


def test_readings_nothing_inside_a_describing_participle_is_an_act(nlp):
    assert happened(nlp, "A man convicted of threatening the judge was freed.") == ["RETREAT"]


def test_readings_pledging_a_sum_is_a_promise(nlp):
    assert happened(nlp, "Borduria pledged $5 billion, saying the money would rebuild the port.") == ["AGREE"]


def test_readings_a_share_of_support_received_is_a_poll(nlp):
    assert happened(nlp, "Ada Roos received 38 percent support, and Ben Hale 3 percent.") == []
    assert happened(nlp, "The plan drew criticism from the unions.") == ["ACCUSE"]


def test_readings_a_reporters_question_to_the_speaker_is_no_request(nlp):
    text = 'Asked to explain the delay, Mayor Ada Roos said, "I will leave that aside."'
    assert happened(nlp, text) == []
    assert happened(nlp, "Asked by the union to intervene, the minister said she would.") == ["REQUEST"]


def test_readings_a_polled_should_is_no_demand(nlp):
    text = "A survey found that 61 percent of the people polled said Vell should publish his records."
    assert "REQUEST" not in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour analysts agreed that the levy proposal would raise rents in Portwell.",
        "Harbour analysts agreed that Mayor Ada Roos's levy proposal would raise rents in Portwell.",
    ],
)
def test_readings_agreeing_on_what_a_thing_even_someones_would_do_is_a_claim(nlp, text):
    assert happened(nlp, text) == []


def test_readings_agreeing_on_what_a_thing_would_do_is_a_claim(nlp):
    assert happened(nlp, "The parties agreed that talks will resume in May.") == ["AGREE"]
    assert happened(nlp, "Veltria and Ruritania agreed that they would open a joint border post.") == [
        "AGREE"
    ]


def test_readings_pushing_a_tally_for_a_year_asks_nothing(nlp):
    assert happened(nlp, "A small group of donors pushes the tally beyond the total for 2012.") == []
    assert happened(nlp, "The union pushed for talks in May.") == ["REQUEST"]


def test_readings_a_demand_dated_before_its_object_still_asks(nlp):
    text = "Veltria on Friday insisted on urgent talks with the harbour board."
    assert "REQUEST" in happened(nlp, text)


def test_readings_asking_someone_a_question_is_no_request(nlp):
    assert happened(nlp, "Reporters asked the mayor several questions about the levy.") == []
    assert "REQUEST" in happened(nlp, "The mayor asked the council for more money.")


@pytest.mark.parametrize(
    "text",
    [
        "Rising tensions are threatening to stall the harbour plan.",
        "The new rules threaten the survival of the ferry service.",
    ],
)
def test_readings_a_thing_that_threatens_is_a_risk_not_a_threat(nlp, text):
    assert happened(nlp, text) == []


def test_readings_people_no_role_names_still_threaten(nlp):
    assert happened(nlp, "The villagers threatened to block the coast road.") == ["THREATEN"]


def test_readings_deaths_in_a_crash_are_no_attack(nlp):
    assert happened(nlp, "Three guards were killed in a bus crash near Tarsa.") == []


def test_readings_what_burned_in_a_wildfire_was_burned_by_no_one(nlp):
    assert happened(nlp, "The hills above Tarsa were burned in a brush fire in May.") == []


def test_readings_a_verb_of_protest_in_the_passive_shows(nlp):
    text = "The board's disarray, as demonstrated by the chair's sudden exit, worried investors."
    assert happened(nlp, text) == []


def test_readings_opposing_a_wrong_criticises_its_doer(nlp):
    text = '"Ruritania firmly opposes intimidation by Borduria in the strait," the minister said.'
    assert happened(nlp, text) == ["ACCUSE"]
    assert happened(nlp, "The senators opposed the harbour deal.") == ["REJECT"]


def test_readings_rejecting_a_theory_denies_it(nlp):
    assert happened(nlp, "Ada Roos rejected the theory that the count was rigged.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition threatened to boycott the harbour vote.",
        "The delegation threatened to walk out of the talks.",
    ],
)
def test_readings_groups_named_like_abstract_nouns_still_threaten(nlp, text):
    assert happened(nlp, text) == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruiz visited the southern border on Friday.",
        "Tom Hale: theft, visiting a gambling den, held on bond.",
        "Senator Ruiz's visit to the southern border drew a crowd.",
    ],
)
def test_readings_visiting_a_place_is_no_meeting(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The premier visited Ruritania last week.",
        "The minister visited the troops in the north.",
        "The premier's visit to Ruritania ended on Friday.",
    ],
)
def test_readings_visiting_a_country_or_people_is_a_meeting(nlp, text):
    assert happened(nlp, text) == ["CONSULT"]


def test_readings_a_things_offer_promises_nothing(nlp):
    assert happened(nlp, "The mayor's involvement offers a reminder of the port's history.") == []


def test_readings_what_the_public_should_do_is_advice(nlp):
    assert happened(nlp, "The spokeswoman said the public should be spared this farce.") == []


def test_readings_a_plea_in_court_is_no_request(nlp):
    assert "REQUEST" not in happened(nlp, "Tom Hale pleaded guilty on Monday to stealing a ferry.")
    assert "REQUEST" not in happened(nlp, "The two guards pleaded not guilty in the district court.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos discussed her record at a rally.", []),
        ("The harbour board discussed the budget on Monday.", []),
        ("Senator Ada Roos discussed the harbour plan with Tomas Berg.", ["CONSULT"]),
        ("The envoys discussed trade on Friday.", ["CONSULT"]),
        ("Canada and Peru discussed the border.", ["CONSULT"]),
    ],
)
def test_readings_discussing_is_a_meeting_only_with_someone_or_among_several(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos hosted a campaign event in Lima.", []),
        ("The network hosted a debate party downtown.", []),
        ("The government of Peru hosted the Chilean foreign minister.", ["CONSULT"]),
        ("Canada hosted the talks on fishing rights.", ["CONSULT"]),
        ("Norvia also hosts several steel makers, including Brask Group.", []),
        ("The Lima Hawks host the Quito Condors for a game on Sunday.", []),
    ],
)
def test_readings_hosting_an_event_receives_no_one_and_hosting_a_visitor_or_talks_does(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The campaign of Ada Roos is trying to mobilize young voters.", []),
        ("The Federation of Dairy Farmers mobilized its supporters for the count.", []),
        ("The government of Peru mobilized its reserves on Monday.", ["MOBILIZE"]),
        ("Canada deployed troops to the border.", ["MOBILIZE"]),
    ],
)
def test_readings_bringing_out_voters_or_supporters_is_no_show_of_force(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Air ordered 50 new jets from the plane maker last year.",
        "Her doctor ordered a chest scan, which came back normal.",
        "Tomas Berg ordered another set of lab mice from a supplier.",
    ],
)
def test_readings_ordering_goods_or_a_test_is_a_purchase_not_a_command(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The general ordered an evacuation of the town.",
        "The minister ordered a review of the harbour contract.",
        "The court ordered the company to pay damages.",
        "The court ordered a set of new elections.",
    ],
)
def test_readings_ordering_an_act_is_still_a_command(nlp, text):
    assert happened(nlp, text) == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawyers for the Ruritanian senator filed legal papers opposing the release of the tapes.",
            "REJECT",
        ),
        ("The Borduria Institute published a policy paper welcoming the new trade rules.", "SUPPORT"),
        ("Councillor Moss filed a complaint accusing Mayor Brandt of fraud.", "ACCUSE"),
    ],
)
def test_readings_a_filing_or_paper_doing_an_act_is_its_authors_act(nlp, text, expected):
    assert expected in happened(nlp, text)


def test_readings_examining_a_part_of_the_body_is_no_inquiry(nlp):
    assert happened(nlp, "Dr. Ada Roos examined the senator's knee on Monday.") == []
    assert happened(nlp, "The committee examined the senator's dealings with Vestia.") == ["ACCUSE"]


def test_readings_an_opening_participle_is_no_main_verb_that_makes_the_act_a_description(nlp):
    # the parse makes "Following" the sentence's verb and hangs "asked" on the lawyer
    text = (
        "Following Tomas Berg’s arrest in Velmora, a lawyer for the woman involved in the case asked "
        "for the inquiry to be resumed."
    )
    assert "REQUEST" in happened(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials must now deliver the purchases Ruritania requested from Vell.", ["REQUEST"]),
        ("The aid the governor asked for arrived on Monday.", ["REQUEST"]),
        ("The night curfew the city put in place on Thursday was lifted.", ["COERCE", "CONCEDE"]),
    ],
)
def test_readings_an_act_on_the_noun_of_a_bare_relative_clause_happened(nlp, text, expected):
    assert sorted(happened(nlp, text)) == expected


def test_readings_a_product_promised_in_a_relative_clause_is_no_promise(nlp):
    assert happened(nlp, "The picture quality the studio promised never arrived.") == []


def test_readings_the_news_that_an_act_took_place_reports_it(nlp):
    text = "Despite the announcement that Vell and Ruritania had reached a trade agreement, talks stalled."
    assert "AGREE" in happened(nlp, text)


def test_readings_a_notion_that_an_act_took_place_does_not_report_it(nlp):
    assert happened(nlp, "Lee mocked the notion that Vell had reached a deal with Ruritania.") == ["ACCUSE"]
