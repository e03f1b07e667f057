"""Stance expressions read off the parse: polarity, negation, conditions and the topic's head."""

from __future__ import annotations

import pytest

from faultlines.stances import attitudes, feelings, naming, polarity, volition
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from tests.stances.helpers import analysed_stances, held_of, held_on, stances_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said the toll road would be a costly mistake.", ("mistake", -1, "road")),
        ("The mayor said the new bridge is essential.", ("essential", 1, "bridge")),
        ("The union said it cannot support the merger.", ("support", -1, "merger")),
        ("The minister vowed to open the border crossing.", ("open", 1, "open")),
        ("The general refused to shell the harbour.", ("shell", -1, "shell")),
        ('The envoy warned that the treaty "must not be signed."', ("signed", -1, "treaty")),
        ("The mayor said she does not oppose the curfew.", ("oppose", 1, "curfew")),
        ("The mayor said the toll is no more unfair than any other tax.", ("unfair", 1, "toll")),
        ("The senator said the new levy is a scam.", ("scam", -1, "levy")),
        ("The supreme court ruled against the harbour toll.", ("ruled", -1, "toll")),
        ("The mayor said she despises the harbour toll.", ("despises", -1, "toll")),
        ('"I hate this toll," the mayor said.', ("hate", -1, "toll")),
        ("The mayor agreed with the council's decision to close the pier.", ("agreed", 1, "close")),
        ("The mayor disagrees with the harbour toll.", ("disagrees", -1, "toll")),
        ("The harbour toll is not something the mayor supports.", ("supports", -1, "toll")),
        ("The harbour toll is something the mayor supports.", ("supports", 1, "toll")),
        # the parse hangs "the outreach" on "think" and leaves "was" with no subject
        ("Lee thinks the outreach to farmers was phony.", ("phony", -1, "outreach")),
    ],
)
def test_polarity_reads_cue_negation_and_topic(nlp, text, expected):
    assert expected in stances_of(nlp, text)


def test_polarity_condition_leaves_no_firm_stance(nlp):
    found = stances_of(nlp, "The senator said he would vote for the levy only if farmers are exempt.")
    assert found == [("vote", 0, "levy")]


def test_polarity_tentative_support_is_not_firm(nlp):
    assert stances_of(nlp, "The minister said she could support the canal.") == [("support", 0, "canal")]


def test_polarity_placeholder_is_marked_for_resolution(nlp):
    doc = nlp("The port plan is vital. It is something we cannot support.")
    phrases = [e.phrase for e in find(doc, load())]
    assert phrases[0] == "np" and "ref" in phrases


def test_polarity_called_it_judges_the_object(nlp):
    assert ("provocation", -1, "it") in stances_of(nlp, 'She called it "a provocation."')


def test_polarity_reported_whether_would_stays_open(nlp):
    assert stances_of(nlp, "The board did not say whether it would back the merger.") == [
        ("back", 0, "merger")
    ]


def test_polarity_general_noun_with_clause_is_the_clause(nlp):
    assert ("defended", 1, "widen") in stances_of(
        nlp, "The mayor defended his proposal to widen the ring road."
    )
    # Rejecting a demand to undo the tolls is a stance for the tolls.
    assert ("rejected", 1, "tolls") in stances_of(nlp, "She rejected the demand that the tolls be scrapped.")


def test_polarity_notion_or_theory_with_clause_is_the_clause_not_the_bare_noun(nlp):
    # a topic labelled "notion" tells a reader nothing; what the notion holds is at stake
    assert ("disputed", -1, "sold") in stances_of(
        nlp, "Senator Ann Roe disputed the notion that the harbour had been sold in secret."
    )
    assert ("rejected", -1, "paid") in stances_of(
        nlp, "Mayor Ivo Hale rejected the theory that the council had been paid by the ferry firm."
    )


def test_polarity_bare_general_noun_names_no_topic(nlp):
    doc = nlp("The engineer rejected that job. The council defended the plan.")
    exprs = find(doc, load())
    assert [e.phrase for e in exprs] == ["ref"]
    assert doc[exprs[0].predicate].text == "defended"


def test_polarity_bare_remark_names_the_remark_at_stake(nlp):
    doc = nlp("The mayor defended the remark.")
    (expr,) = find(doc, load())
    assert (expr.polarity, expr.phrase, doc[expr.topic].text) == (1, "np", "remark")


def test_polarity_comparative_with_than_judges_its_subject(nlp):
    assert ("safer", 1, "tunnel") in stances_of(nlp, "A tunnel is safer than a bridge, the engineer said.")
    assert stances_of(nlp, "Fares are higher than last year.") == []


def test_polarity_it_after_and_is_the_first_verbs_object(nlp):
    assert ("rejected", -1, "toll") in stances_of(nlp, "The board studied a lower toll and rejected it.")


def test_polarity_judging_the_times_takes_no_side(nlp):
    assert stances_of(nlp, '"This is a dangerous time for the port," Lee said.') == []
    assert stances_of(nlp, '"That is a reckless plan," Lee said.') == [("plan", -1, "That")]


def test_polarity_relative_which_is_its_antecedent(nlp):
    found = stances_of(nlp, '"We want a toll which is fair," Lee said.')
    assert ("fair", 1, "toll") in found


def test_polarity_that_is_no_legitimate_purpose_judges_that(nlp):
    found = stances_of(nlp, '"That is not a legitimate purpose," Lee said.')
    assert found == [("purpose", -1, "That")]


def test_polarity_each_joined_object_takes_the_side(nlp):
    found = stances_of(nlp, "The mayor called for more ferries and an end to the harbour toll.")
    assert ("called", 1, "ferries") in found and ("called", -1, "toll") in found


def test_polarity_indefinite_subject_judges_nothing_named_before(nlp):
    # "something" brings in a thing of its own: it must not take the last topic's place.
    assert stances_of(nlp, "We know something is deeply wrong.") == []
    assert ("wrong", -1, "something") in stances_of(nlp, "It is something that is deeply wrong.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Vega won votes with her stump theme of attacking the port levy.", [(-1, "levy", "her")]),
        ("Vega's habit of attacking the levy cost her votes.", [(-1, "levy", "Vega")]),
        ("The senator's fear of backing the levy is clear.", []),  # a fear is no practice
    ],
)
def test_polarity_practice_after_of_is_its_owners_stance(nlp, text, expected):
    assert held_of(nlp, text) == expected


def test_polarity_what_someone_called_a_judging_noun_names_no_thing(nlp):
    assert held_of(nlp, "Critics denounced what Mayor Ida Roos called a disaster.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The sooner the council scraps the levy, the better," she said.', [("scraps", -1, "levy")]),
        ('"The faster we open the bridge, the better," she said.', [("open", 1, "open")]),
        ('"The more we spend on roads, the better off we are," she said.', []),
    ],
)
def test_polarity_the_sooner_the_better_wishes_the_action_done(nlp, text, expected):
    assert [s for s in stances_of(nlp, text) if s[0] in ("scraps", "open", "spend")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora has not, and never will, approve the border tolls.", ("approve", -1, "tolls")),
        ("The council never will approve the ferry levy.", ("approve", -1, "levy")),
    ],
)
def test_polarity_negation_on_the_auxiliary_negates_the_verb(nlp, text, expected):
    assert expected in stances_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora had accepted 4,210 migrants by May.", []),
        ("The assembly has passed three resolutions this year.", []),
        ("Senator Ada Roos wants to attack three clauses of the tax code.", [("attack", -1, "clauses")]),
    ],
)
def test_polarity_counted_things_accepted_report_acts_not_sides(nlp, text, expected):
    assert stances_of(nlp, text) == expected


def test_polarity_a_dated_thing_is_not_counted(nlp):
    assert ("backed", 1, "renewal") in stances_of(
        nlp, "Ada Roos backed the 1998 renewal of the Ferry Safety Act."
    )


def test_polarity_a_counted_aim_is_still_a_side(nlp):
    found = held_of(nlp, "Ada Roos's goal of accepting 2,000 refugees is near.")
    assert (1, "refugees", "Roos") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Judge Ada Roos upheld the port levy in May.", ("upheld", 1, "levy")),
        ("Mayor Ada Roos appealed the ruling on the port levy.", ("appealed", -1, "ruling")),
        ("The appeals court overruled the ban on night ferries.", ("overruled", -1, "ban")),
    ],
)
def test_polarity_court_decisions_and_appeals_take_sides(nlp, text, expected):
    assert expected in stances_of(nlp, text)


def test_polarity_appealing_to_someone_is_no_side_on_them(nlp):
    assert not [
        s for s in stances_of(nlp, "Mayor Ada Roos appealed to voters on Monday.") if s[0] == "appealed"
    ]


def test_polarity_a_name_whose_appositive_took_the_verb_holds_the_stance(nlp):
    text = "Attorney General Ana Lind (D), Ruiz's rival in the coming county race, called Monday for publishing the tapes."
    assert held_of(nlp, text) == [(1, "tapes", "Lind")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Lind said the tender is being rigged.", ("rigged", -1, "tender")),
        ("Critics say the harbour survey was flawed.", ("flawed", -1, "survey")),
    ],
)
def test_polarity_a_judging_participle_read_as_a_passive_judges_its_subject(nlp, text, expected):
    assert expected in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text", ["The tender was rigged by the harbour board.", "Ada Roos said a new permit is needed."]
)
def test_polarity_a_passive_with_a_doer_or_of_a_will_judges_nothing(nlp, text):
    assert stances_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is disqualifying for a mayor to refuse to publish the ferry audit.", ("audit", 1)),
        ("It is demoralizing to serve on the ferry board.", ("serve", -1)),
    ],
)
def test_polarity_a_judging_ing_word_read_as_a_verb_judges_what_it_stands_for(nlp, text, expected):
    assert [(t, p) for _, p, t in stances_of(nlp, text) if p == expected[1]][:1] == [expected]


def test_polarity_an_ing_verb_with_an_object_judges_nothing(nlp):
    assert stances_of(nlp, "The board is promising lower ferry fares.") == []


def test_polarity_which_after_a_person_judges_what_was_done_not_the_person(nlp):
    assert not stances_of(nlp, "The council told the minister, which was a wise choice.")
    assert ("fair", 1, "system") in stances_of(nlp, "They want a system which is fair.")


def test_polarity_doubling_down_on_a_thing_backs_it(nlp):
    assert held_of(nlp, "Ada Roos doubled down on the harbour slogan.") == [(1, "slogan", "Roos")]


def test_polarity_protesting_against_a_thing_opposes_it(nlp):
    assert held_of(nlp, "Ada Roos protested against the harbour levy.") == [(-1, "levy", "Roos")]


def test_polarity_denying_a_claim_is_against_it():
    stances = analysed_stances("Star Records has denied Mia Lund's claims about the tour.")
    assert ("Star Records", -1) in held_on(stances, "claims")


def test_polarity_denying_a_role_rebuts_no_claim():
    stances = analysed_stances("The ministry denied any part in the harbour fire.")
    assert not held_on(stances, "fire")


@pytest.mark.parametrize(
    "text",
    [
        "But has Ada Roos called for scrapping the harbour levy?",
        "Ada Roos wondered whether the judges would be fair.",
        "Voters will wait to learn if the harbour plan is fair.",
    ],
)
def test_polarity_question_takes_no_side(nlp, text):
    assert [s for s in stances_of(nlp, text) if s[1]] == []


def test_polarity_explaining_why_one_backs_still_backs(nlp):
    assert ("backs", 1, "Roos") in stances_of(nlp, "Lee explained why he backs Roos over Kim.")


def test_polarity_would_be_mistaken_to_act_judges_the_act(nlp):
    assert stances_of(nlp, "He said the harbour board would be mistaken to drop the ferry plan.") == [
        ("mistaken", -1, "drop")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the event the dam fails, the levy would be a disaster.",
        "In case the dam fails, the levy would be a disaster.",
        "In the event of a flood, the levy would be a disaster.",
    ],
)
def test_polarity_judgement_in_case_of_something_is_not_firm(nlp, text):
    assert stances_of(nlp, text) == [("disaster", 0, "levy")]


def test_polarity_in_the_case_of_names_what_is_judged_firmly(nlp):
    assert stances_of(nlp, "In this case, the levy is a disaster.") == [("disaster", -1, "levy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one would question her judgement.", ("question", 1, "judgement")),
        ("No council should accept the levy.", ("accept", -1, "levy")),
        ("None of them backs the levy.", ("backs", -1, "levy")),
    ],
)
def test_polarity_a_subject_that_denies_its_clause_flips_the_side(nlp, text, expected):
    assert stances_of(nlp, text) == [expected]


def test_polarity_an_equative_measures_a_state_rather_than_judging(nlp):
    assert stances_of(nlp, "The old ferries are about as bad as can be.") == []
    assert stances_of(nlp, "The old ferries are bad.") == [("bad", -1, "ferries")]


def test_polarity_an_attitude_the_speaker_does_not_think_held_is_denied(nlp):
    assert stances_of(nlp, "I don't think she backs the levy.") == [("backs", -1, "levy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It would be a mistake not to scrap the levy.", ("mistake", 1, "scrap")),
        ("The council was wrong not to close the harbour.", ("wrong", 1, "close")),
        ("The council was wrong to close the harbour.", ("wrong", -1, "close")),
    ],
)
def test_polarity_judging_an_act_not_done_takes_the_other_side(nlp, text, expected):
    assert stances_of(nlp, text) == [expected]


def test_polarity_hardly_denies_the_judgement(nlp):
    assert stances_of(nlp, "The levy is hardly a solution.") == [("solution", -1, "levy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy is less harmful than the toll.", ("harmful", 1, "levy")),
        ("The levy could not be more important.", ("important", 1, "levy")),
        ("The council no longer supports the levy.", ("supports", -1, "levy")),
        ("The levy is no longer a priority.", ("priority", -1, "levy")),
    ],
)
def test_polarity_graded_and_lapsed_judgements_take_their_real_side(nlp, text, expected):
    assert stances_of(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Had the council passed the levy, it would have been a disaster.",
        "Should the council pass the levy, we will sue.",
    ],
)
def test_polarity_inverted_condition_takes_no_firm_side(nlp, text):
    assert [s for s in stances_of(nlp, text) if s[1]] == []


def test_polarity_fighting_a_battle_takes_no_side_against_it(nlp):
    assert stances_of(nlp, "Our party fought a long battle over the ferry.") == []
    assert stances_of(nlp, "Lee fought the harbour levy.") == [("fought", -1, "levy")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ada Roos lambasted the harbour levy.", -1),
        ("The Velmor High Court overturned the harbour levy.", -1),
        ("Bo Lind repudiated the harbour levy.", -1),
        ("Ada Roos lauded the harbour levy.", 1),
    ],
)
def test_polarity_press_verbs_of_praise_and_blame_take_a_side(text, side):
    stances = analysed_stances(text)
    assert {pol for _, pol in held_on(stances, "levy")} == {side}


def test_polarity_hammering_a_rival_on_his_levy_is_against_the_levy():
    stances = analysed_stances("Ada Roos hammered Bo Lind on his harbour levy.")
    assert ("Ada Roos", -1) in held_on(stances, "levy")


def test_polarity_hammering_a_point_home_takes_no_side(nlp):
    assert [
        s for s in stances_of(nlp, "Ada Roos hammered home the message about the harbour levy.") if s[1]
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor, Ada Roos, is said to have quietly opposed the harbour plan.",
            [(-1, "plan", "mayor")],
        ),
        ("Tim Vell is believed to back the harbour levy.", [(1, "levy", "Vell")]),
    ],
)
def test_polarity_a_reported_passive_lends_its_subject_to_the_stance(nlp, text, expected):
    assert held_of(nlp, text) == expected


def _every_shape_asked(doc, lex):
    """``find`` without its tests on the columns: every shape asked of every candidate word."""
    found = []
    for i in polarity._candidates(doc):
        tok = doc[i]
        if (expr := polarity._evaluation(tok, lex)) is not None:
            found.append(expr)
        elif read := attitudes.read(tok, lex):
            found.extend(read)
        elif (
            expr := volition.action(tok, lex)
            or feelings.caused(tok, lex)
            or polarity._sooner_the_better(tok, lex)
            or naming.misread(tok, lex)
        ) is not None:
            found.append(expr)
    return found


def test_polarity_find_skips_no_word_a_shape_would_read(nlp):
    text = (
        "Ada Roos said the harbour plan is a disgrace. The union does not support the toll. "
        'The council vowed to scrap the levy and must not sign the lease. "The new tower scares me," '
        "said Bo Lind. The sooner they drop the fare rise, the better. She branded the levy a scam. "
        "The vote is being rigged, and the ferry would be cheaper than a bridge."
    )
    doc = nlp(text)
    lex = load()
    expected = _every_shape_asked(doc, lex)
    assert len(expected) >= 6
    assert find(doc, lex) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shutting the old pier was backed by Ada Roos.", [(1, "Shutting", "Roos")]),
        ("Shutting the old pier was opposed by the ferry union.", [(-1, "Shutting", "union")]),
    ],
)
def test_polarity_passive_with_a_gerund_subject_is_the_agents(nlp, text, expected):
    assert held_of(nlp, text) == expected


def test_polarity_each_object_joined_to_a_phrase_with_a_preposition_takes_the_side(nlp):
    found = stances_of(nlp, "Ada Roos opposes the new tariffs on steel and the harbour levy.")
    assert ("opposes", -1, "tariffs") in found and ("opposes", -1, "levy") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support not given so far leaves it open
        ("Ada Roos has not backed the harbour plan.", [("backed", 0, "plan")]),
        ("The dairy board never backed the harbour plan.", [("backed", 0, "plan")]),
        ("Canada has not endorsed the river treaty.", [("endorsed", 0, "treaty")]),
        ("Canada will never back the river treaty.", [("back", -1, "treaty")]),
        ("Ada Roos did not back the harbour plan.", [("back", -1, "plan")]),
    ],
)
def test_polarity_negated_attitude_verb_refuses_or_leaves_open(nlp, text, expected):
    assert stances_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Canada should approve the harbour plan.",
        "The dairy board must reject the harbour plan, critics say.",
        "Canada was asked to back the harbour plan.",
        "The dairy board was pressed to drop the river treaty.",
        "Ada Roos has yet to endorse the harbour plan.",
    ],
)
def test_polarity_a_demand_or_request_on_the_subject_is_not_its_stance(nlp, text):
    assert held_of(nlp, text) == []


def test_polarity_a_request_by_a_named_asker_is_the_askers(nlp):
    assert (1, "plan", "Lee") in held_of(nlp, "Canada was urged by Ada Lee to back the harbour plan.")


def test_polarity_who_calls_a_thing_a_mistake_holds_the_judgement(nlp):
    assert held_of(nlp, "The river treaty, which critics call a mistake, was signed in May.") == [
        (-1, "treaty", "critics")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ada Roos did not sign the harbour bill.", [(0, "bill", "Roos")]),  # not done yet
        ("Velmora did not enact the port tariffs.", [(0, "tariffs", "Velmora")]),
        ("Governor Ada Roos did not back the harbour bill.", [(-1, "bill", "Roos")]),  # a side denied
    ],
)
def test_polarity_a_deed_not_done_takes_no_side(nlp, text, expected):
    assert held_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora has begun enacting the new port tariffs.", [(1, "tariffs", "Velmora")]),
        ("Velmora did not begin enacting the port tariffs.", [(0, "tariffs", "Velmora")]),
        ("Velmora may start enacting the port tariffs.", [(0, "tariffs", "Velmora")]),  # hedged
    ],
)
def test_polarity_a_deed_begun_is_its_doers_side(nlp, text, expected):
    assert held_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Governor Ada Roos wants to push through the harbour bill.", "Roos"),
        ("Senator Ben Otter is trying to push the harbour bill through the Senate.", "Otter"),  # the way
    ],
)
def test_polarity_a_bill_to_be_pushed_through_is_backed(nlp, text, holder):
    assert held_of(nlp, text) == [(1, "bill", holder)]


def test_polarity_a_participle_calling_a_thing_names_the_callers_judgement(nlp):
    found = held_of(nlp, "Ada Roos hit back on Monday, calling the new tolls a mistake.")
    assert (-1, "tolls", "Roos") in found


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board will take this case to the high court.",
        "Ada Roos said the guild fought the battle for years.",
    ],
)
def test_polarity_a_contest_fought_or_taken_to_court_takes_no_side_on_it(nlp, text):
    assert not [s for s in stances_of(nlp, text) if s[2] in ("case", "battle") and s[1] != 0]


def test_polarity_taking_a_thing_to_court_is_against_it(nlp):
    assert ("took", -1, "levy") in stances_of(nlp, "The Dock Workers Guild took the harbour levy to court.")


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Ada Roos said the claims about the harbour fund were baseless.", "baseless"),
        ("Ada Roos said the claims about the harbour fund were unfounded.", "unfounded"),
        ("Ada Roos said the claims about the harbour fund were groundless.", "groundless"),
        ("Ada Roos called the claims about the harbour fund unsubstantiated.", "unsubstantiated"),
    ],
)
def test_polarity_claims_called_without_ground_are_opposed(nlp, text, judged):
    assert (judged, -1, "claims") in stances_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ada Roos boycotted the ferry summit.", -1),
        ("Ada Roos belittled the ferry plan.", -1),
        ("Ada Roos extolled the ferry plan.", 1),
    ],
)
def test_polarity_verbs_of_shunning_belittling_and_extolling_take_a_side(nlp, text, side):
    assert [p for _, p, _ in stances_of(nlp, text)] == [side]


def test_polarity_derailing_talks_is_against_them(nlp):
    assert analysed_stances("Ada Roos derailed the ferry talks.") == {("Ada Roos", "ferry talks", -1)}


def test_polarity_taking_credit_for_a_thing_is_for_it(nlp):
    assert [p for _, p, _ in stances_of(nlp, "Ada Roos took credit for the ferry deal.")] == [1]


def test_polarity_blocking_someone_from_an_act_is_against_the_act(nlp):
    # the side is on the act kept from happening (closing the pier), not on the one kept from it
    assert held_of(nlp, "The Velmo court blocked the harbour board from closing the pier.") == [
        (-1, "closing", "court")
    ]
    assert held_of(nlp, "The Velmo court blocked the harbour board.") == [(-1, "board", "court")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ida Vos is reluctant to endorse Governor Ada Lind.", [(-1, "Lind", "Vos")]),
        ("Velmor was unwilling to sign the harbour bill.", [(-1, "bill", "Velmor")]),
        # loath to undo a thing is for keeping it
        ("Mayor Ida Vos is loath to scrap the ferry levy.", [(1, "levy", "Vos")]),
    ],
)
def test_polarity_reluctance_to_act_refuses_the_act(nlp, text, expected):
    assert held_of(nlp, text) == expected


def test_polarity_insisting_on_a_thing_demands_it(nlp):
    assert held_of(nlp, "Senator Bo Kess insisted on a recount.") == [(1, "recount", "Kess")]


def test_polarity_insisting_on_being_oneself_names_nothing_at_stake(nlp):
    assert held_of(nlp, "Bo Kess will insist on being Bo Kess.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmor extended the waiver for Orex Oil until March.", [(1, "waiver", "Velmor")]),
        ("Governor Ada Lind renewed the drilling licence of Orex Oil.", [(1, "licence", "Lind")]),
        # extending a ban is against what it bans
        ("Velmor extended the ban on imports of beef.", [(-1, "imports", "Velmor")]),
    ],
)
def test_polarity_extending_a_leave_or_term_stands_for_it(nlp, text, expected):
    assert held_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ada Lind extended her lead in the polls.",
        "Governor Ada Lind granted an interview to the Velmor Times.",
    ],
)
def test_polarity_extending_or_granting_anything_else_takes_no_side(nlp, text):
    assert held_of(nlp, text) == []


def test_polarity_a_leave_not_extended_is_no_refusal(nlp):
    assert [p for p, _, _ in held_of(nlp, "Velmor did not extend the waiver for Orex Oil.")] == [0]


def test_polarity_shying_away_from_a_thing_is_against_it(nlp):
    assert held_of(nlp, "Mayor Ida Vos shied away from the harbour levy.") == [(-1, "levy", "Vos")]


def test_polarity_never_shying_away_from_a_fight_takes_no_side(nlp):
    assert held_of(nlp, "Mayor Ida Vos has never shied away from a fight.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour toll was ruled illegal by the Halton High Court on Monday.",
        "The harbour toll was deemed unlawful by the Halton High Court.",
        "The harbour toll raised little and was deemed unlawful by the Halton High Court.",
    ],
)
def test_polarity_passive_naming_is_its_by_agents_verdict(nlp, text):
    assert (-1, "toll", "Court") in held_of(nlp, text)


def test_polarity_passive_naming_with_no_by_agent_names_no_holder(nlp):
    assert held_of(nlp, "The harbour toll was widely considered a mistake.") == []


@pytest.mark.parametrize(
    ("told", "polarity"),
    [
        ("has spoken out about the harm of the tram levy", -1),  # a harm named, of the thing
        ("warned about the dangers of the tram levy", -1),
        ("threatened legal action over the tram levy", -1),
        ("touted the benefits of the tram levy", 1),
        ("may threaten legal action over the tram levy", None),  # left open
    ],
)
def test_polarity_an_attitude_told_of_a_named_actor_by_what_it_names_of_the_thing(nlp, told, polarity):
    text = f"Borland council weighs a tram levy.\n\nMara Ruiz {told}."
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


def test_polarity_hating_to_do_a_thing_is_no_side_on_it(nlp):
    found = stances_of(nlp, '"I hate to say it, but the toll is fair," the mayor said.')
    assert not any(word == "hate" for word, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos said the harbour vote was a farce.", ("farce", -1, "vote")),
        ("Ada Roos called the harbour inquiry a charade.", ("charade", -1, "inquiry")),
        ("Ada Roos said the harbour report was very thoughtful.", ("thoughtful", 1, "report")),
    ],
)
def test_polarity_news_verdict_nouns_judge_their_subject(nlp, text, expected):
    assert expected in stances_of(nlp, text)


def test_polarity_questioning_a_person_asks_them_questions(nlp):
    assert stances_of(nlp, "The senator questioned the wisdom of the levy.") == [("questioned", -1, "wisdom")]
    assert stances_of(nlp, "The senator questioned the witness about the levy.") == []


def test_polarity_a_posture_told_with_ones_own_body_takes_no_side(nlp):
    assert stances_of(nlp, "Senator Ada Roos stood with her arms crossed.") == []
    assert stances_of(nlp, "Senator Ada Roos stood with the dock workers.") == [("stood", 1, "workers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ada Roos signed the harbour bill.", [(1, "bill", "Roos")]),
        ("Governor Ada Roos signed a petition against the levy.", [(1, "petition", "Roos")]),
        ("Governor Ada Roos signed the Velmor Accord.", [(1, "Accord", "Roos")]),
        ("The two guards signed false certifications of their rounds.", []),
        ("Governor Ada Roos signed the contract with the club.", []),
    ],
)
def test_polarity_signing_backs_a_text_that_binds_not_any_paper(nlp, text, expected):
    assert held_of(nlp, text) == expected
