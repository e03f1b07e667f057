"""Volition read off the parse: actions wished done, demanded, promised or refused, and whose will
they are."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from tests.parsed import parsed
from tests.stances.helpers import analysed_stances, held_of, held_on, stances_of


def test_volition_forecast_is_not_a_stance(nlp):
    # "will" commits a speaker's side only when its subject can commit itself.
    assert stances_of(nlp, "The forecaster said the river will flood the valley.") == []


def test_volition_condition_clause_takes_no_side(nlp):
    assert stances_of(nlp, "If we must cut the budget, the schools suffer.") == []


def test_volition_stated_position_keeps_its_subject(nlp):
    doc = nlp("Valdoria vowed to finish the dam.")
    (expr,) = find(doc, load())
    assert expr.polarity == 1 and doc[expr.agent].text == "Valdoria"


@pytest.mark.parametrize(
    "text",
    [
        "Valdoria sent a letter urging the council to scrap the harbour levy.",
        "Valdoria issued a statement vowing to scrap the harbour levy.",
    ],
)
def test_volition_a_will_a_sent_thing_states_is_its_senders(nlp, text):
    doc = nlp(text)
    (expr,) = [e for e in find(doc, load()) if doc[e.topic].text == "levy"]
    assert expr.polarity == -1 and doc[expr.agent].text == "Valdoria"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union said the council should scrap the parking levy.", ("scrap", -1, "levy")),
        ("Residents say the quarry expansion must be stopped.", ("stopped", -1, "expansion")),
        ("The growers said the harvest festival should go ahead.", ("go", 1, "festival")),
        (
            "We will keep picketing until the pay freeze is lifted and the bonus cuts are withdrawn.",
            ("withdrawn", -1, "cuts"),
        ),
        ("The harbour master said the dredging will not start until spring.", None),
        ("The union said the council should get rid of the parking levy.", ("rid", -1, "levy")),
        ("The union said the council must get rid of the levy.", ("get", -1, "levy")),
    ],
)
def test_volition_undoing_an_action_is_a_stance_against_it(nlp, text, expected):
    found = stances_of(nlp, text)
    assert expected in found if expected else not any(p for _, p, _ in found)


def test_volition_reported_would_is_firm(nlp):
    assert ("vote", -1, "merger") in stances_of(nlp, "Alderman Pike said he would vote against the merger.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmo Bank said it will scrap the parking levy.", {("Velmo Bank", -1), ("Ada Roos", -1)}),
        (
            "Velmo Bank opened a branch. The bank announced that it would scrap the parking levy.",
            {("Velmo Bank", -1), ("Ada Roos", -1)},
        ),
        ("Governor Kim Lee said it will scrap the parking levy.", {("Ada Roos", -1)}),
    ],
)
def test_volition_it_in_what_a_body_says_it_will_do_is_that_body(nlp, text, expected):
    stances = analysed_stances(f"Ada Roos has called the parking levy a scam. {text}")
    assert held_on(stances, "levy") == expected


def test_volition_promise_records_its_committer(nlp):
    doc = nlp("Brightwater, which will build and operate the desalination plant, has hired engineers.")
    (expr,) = [e for e in find(doc, load()) if not e.owned]  # "operate" is only the maker's plan
    assert (
        expr.polarity == 1 and doc[expr.topic].text == "plant" and doc[expr.committer].text == "Brightwater"
    )


def test_volition_aspect_verb_is_about_its_complement(nlp):
    doc = nlp("Ostland will begin draining the marsh in May.")
    (expr,) = find(doc, load())
    assert expr.phrase == "vp" and doc[expr.topic].text == "draining"


def test_volition_next_step_in_a_quote_is_no_stance(nlp):
    assert stances_of(nlp, '"We should hold a meeting in the spring," the minister said.') == []
    # a plan is its maker's side only where someone else takes one (an owned expression)
    doc = nlp("Ms. Ferrand plans to visit the harbour on Sunday.")
    assert all(e.owned for e in find(doc, load()))
    assert analysed_stances("Ms. Ferrand plans to visit the harbour on Sunday.") == set()


def test_volition_vote_parsed_as_purpose_is_a_will(nlp):
    found = stances_of(nlp, "The council voted 9-4, to scrap the parking levy.")
    assert ("scrap", -1, "levy") in found
    assert stances_of(nlp, "The council called a meeting to discuss the levy.") == []


def test_volition_joined_verb_shares_the_modal_of_the_first(nlp):
    found = stances_of(nlp, "The mayor should apologise to the riders and scrap the fare rise.")
    assert ("scrap", -1, "rise") in found


def test_volition_joined_verb_with_its_own_subject_is_its_own(nlp):
    found = stances_of(nlp, "The mayor should resign, and the council scrapped the fare rise.")
    assert not any(word == "scrapped" for word, _, _ in found)


def test_volition_demand_that_clause_is_the_demanders_will(nlp):
    doc = nlp("Velmora demanded that the company stop dumping waste in the river.")
    (expr,) = [e for e in find(doc, load()) if doc[e.predicate].text == "stop"]
    assert (expr.polarity, doc[expr.topic].text, doc[expr.agent].text) == (-1, "dumping", "Velmora")


def test_volition_insisted_fact_is_no_demand(nlp):
    assert stances_of(nlp, "Velmora insisted that the company was dumping waste in the river.") == []


def test_volition_refusal_covers_each_joined_attitude(nlp):
    found = stances_of(nlp, "The senator refused to endorse the levy or back the new toll.")
    assert ("back", -1, "toll") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The auditor suggested that the mayor close the ferry depot.", [("close", 1, "close")]),
        ("Ada Roos suggested raising the ferry fares.", [("raising", 1, "raising")]),
        ("The auditor suggested that the depot was too costly.", []),
    ],
)
def test_volition_suggesting_an_action_is_for_it(nlp, text, expected):
    # a suggestion that something be done asks for it; one that something is so states a fact
    assert stances_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vega must stay out of the race unless she wants to release her files.",
        "Ann Vega will stay out of the race if she wants to back the levy.",
    ],
)
def test_volition_a_will_inside_a_condition_takes_no_side(nlp, text):
    assert stances_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ann Vega is set to veto the ferry bill.", [(-1, "bill", "Vega")]),
        ("Governor Ann Vega appears set to veto the ferry bill.", [(-1, "bill", "Vega")]),
        ("Vesta stands ready to support the peace talks.", [(1, "talks", "Vesta")]),
        ("Vesta is not prepared to back the peace deal.", [(-1, "deal", "Vesta")]),
        ("Governor Ann Vega is set to visit the harbour.", []),  # what she will do next is no side
    ],
)
def test_volition_readiness_is_its_bearers_stance(nlp, text, expected):
    assert held_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We have to do everything possible to reopen the clinic," she said.',
        '"They have got to do everything they can to reopen the clinic," she said.',
        '"We need to do all we can to reopen the clinic," she said.',
    ],
)
def test_volition_doing_everything_possible_for_an_aim_backs_the_aim(nlp, text):
    assert ("do", 1, "reopen") in stances_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chief Ada Roos wants to assure the town that the inquiry will start soon.",
        "Mayor Ada Roos declined to discuss the harbour contract.",
        "The ministry plans to announce the new ferry timetable.",
        "Ada Roos said she did not want to judge the harbour campaign.",  # no comment on it
    ],
)
def test_volition_saying_something_is_no_side(nlp, text):
    assert stances_of(nlp, text) == []


def test_volition_saying_verbs_that_are_attitudes_keep_their_side(nlp):
    assert ("defend", 1, "levy") in stances_of(nlp, "Mayor Ada Roos vowed to defend the port levy.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos toured the harbour and vowed to scrap the port levy.", (-1, "levy", "Roos")),
        ("Ada Roos praised the pilots but refused to back the port levy.", (-1, "levy", "Roos")),
        ("Ada Roos met the pilots and urged the council to scrap the port levy.", (-1, "levy", "Roos")),
    ],
)
def test_volition_a_joined_verb_shares_its_subject(nlp, text, expected):
    assert expected in held_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos refused to pledge to scrap the port levy.", (1, "levy", "Roos")),
        ("Ada Roos again refused to promise to release her tax returns.", (-1, "returns", "Roos")),
        ("Ada Roos wants to try to scrap the port levy.", (-1, "levy", "Roos")),
    ],
)
def test_volition_a_will_stated_of_a_will_multiplies_their_sides(nlp, text, expected):
    assert expected in held_of(nlp, text)


def test_volition_a_verb_joined_to_a_copula_takes_none_of_its_subject(nlp):
    text = "Ada Roos wrote that Bo Lind was a fraud and urged the council to scrap the port levy."
    assert all(holder != "Lind" for _, _, holder in held_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos spoke to farmers on Monday, promising to scrap the port levy.", [(-1, "levy", "Roos")]),
        ("Senator Ada Roos walked out, refusing to back the port levy.", [(-1, "levy", "Roos")]),
        ("Ada Roos issued a statement on Monday, criticizing the port levy.", [(-1, "levy", "Roos")]),
    ],
)
def test_volition_a_participle_adjunct_is_its_clauses_subjects(nlp, text, expected):
    assert held_of(nlp, text) == expected


def test_volition_a_negation_far_after_the_verb_is_not_its_own(nlp):
    text = "Ada Roos met miners, promising to lift the mining rules ― probably not what Bo Lind had in mind."
    assert (-1, "rules", "Roos") in held_of(nlp, text)


def test_volition_going_on_to_do_something_is_no_future(nlp):
    assert held_of(nlp, "Ada Roos spoke first, going on to contrast the two harbour plans.") == []


def test_volition_readiness_completing_another_verb_is_its_subjects(nlp):
    # the parse may make "set" the verb's complement (xcomp) rather than its predicate (oprd)
    doc = parsed(
        nlp,
        """
        Roos     1  nsubj  PROPN  NNP  Roos
        appears  1  ROOT   VERB   VBZ  appear
        set      1  xcomp  VERB   VBN  set
        to       4  aux    PART   TO   to
        veto     2  xcomp  VERB   VB   veto
        the      6  det    DET    DT   the
        bill     4  dobj   NOUN   NN   bill
        .        1  punct  PUNCT  .    .
        """,
    )
    found = [
        (e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load()) if e.agent is not None
    ]
    assert (-1, "bill", "Roos") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Vesta ministry demanded that the port levy be scrapped.", ("scrapped", -1, "levy")),
        ("The Vesta ministry recommended that the new dam be built.", ("built", 1, "dam")),
    ],
)
def test_volition_a_mandated_passive_is_demanded(nlp, text, expected):
    assert expected in stances_of(nlp, text)


def test_volition_a_bare_form_after_a_singular_subject_is_demanded(nlp):
    # the tagger may read "the council end" as a present; a singular subject shows the bare form
    held = held_of(nlp, "Ada Roos demanded that the council end the harbour levy.")
    assert (-1, "levy", "Roos") in held


def test_volition_a_present_fact_after_a_singular_subject_is_no_demand(nlp):
    assert stances_of(nlp, "Ada Roos insisted that the council ends the harbour levy in May.") == []


def test_volition_an_insisted_passive_fact_is_no_demand(nlp):
    assert stances_of(nlp, "The Vesta ministry insisted that the levy was scrapped in May.") == []


def test_volition_a_duty_laid_on_someone_is_not_their_stance(nlp):
    # "needs to" is the speaker's demand: the subject is no holder
    found = stances_of(nlp, "Bo Lind needs to challenge the port levy.")
    assert ("challenge", -1, "levy") in found
    assert held_of(nlp, "Bo Lind needs to challenge the port levy.") == []
    assert (-1, "levy", "Lind") in held_of(nlp, "Bo Lind wants to challenge the port levy.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ada Roos sued to block the merger of the two ferry lines.", (-1, "merger", "Roos")),
        ("Senator Bo Lind moved to block the merger of the two ferry lines.", (-1, "merger", "Lind")),
    ],
)
def test_volition_suing_or_moving_to_act_is_a_stated_will(nlp, text, expected):
    assert expected in held_of(nlp, text)


def test_volition_moving_somewhere_is_no_will(nlp):
    assert held_of(nlp, "Mayor Bo Lind moved to Kellmark in 2010.") == []


def test_volition_a_gerund_after_a_verb_of_telling_is_no_will(nlp):
    # the parse may hang "cheering" on "told" as its complement, with the listeners as its object
    doc = parsed(
        nlp,
        """
        Lind      1  nsubj  PROPN  NNP  Lind
        told      1  ROOT   VERB   VBD  tell
        cheering  1  xcomp  VERB   VBG  cheer
        dockers   2  dobj   NOUN   NNS  docker
        that      7  mark   SCONJ  IN   that
        the       6  det    DET    DT   the
        levy      7  nsubj  NOUN   NN   levy
        was       1  ccomp  AUX    VBD  be
        unfair    7  acomp  ADJ    JJ   unfair
        .         1  punct  PUNCT  .    .
        """,
    )
    assert not [e for e in find(doc, load()) if doc[e.predicate].text == "cheering"]


def test_volition_establishing_a_thing_carries_it_out(nlp):
    # like building it: the stance is on the thing set up, not on the act
    assert (1, "patrol", "Roos") in held_of(nlp, "Ada Roos vowed to establish a permanent harbour patrol.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ada Roos threatened to veto the ferry bill.", [(-1, "bill", "Roos")]),
        ("Mayor Ada Roos tried to block the ferry levy.", [(-1, "levy", "Roos")]),
        ("The Velmor League attempted to repeal the ferry levy.", [(-1, "levy", "League")]),
    ],
)
def test_volition_threatening_or_trying_to_act_is_a_will(nlp, text, expected):
    assert held_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ada Roos threatened to leave the meeting.",
        "Mayor Ada Roos tried to reach the ferry captain.",
    ],
)
def test_volition_trying_or_threatening_what_carries_out_nothing_is_no_side(nlp, text):
    assert held_of(nlp, text) == []


def test_volition_a_refusal_is_read_on_its_infinitive_only(nlp):
    # the refusal itself, under "will", carries no second reading held by someone else
    assert [
        s
        for s in stances_of(nlp, "Her lawyer said she will refuse to answer the ferry questions.")
        if s[0] == "refuse"
    ] == []


def test_volition_wanting_another_to_act_is_the_wanters_will():
    # the parse makes the one wanted to act the infinitive's own subject
    stances = analysed_stances("Vetland wants Norland to scrap the harbour levy.")
    assert held_on(stances, "levy") == {("Vetland", -1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos wants the harbour levy to be scrapped.", {("Ada Roos", -1)}),
        ("Ada Roos does not want the harbour levy to be scrapped.", {("Ada Roos", 1)}),
    ],
)
def test_volition_wanting_a_thing_done_to_is_a_will_on_it(text, expected):
    # the passive infinitive's subject is what the act is done to, and may be any thing
    assert held_on(analysed_stances(text), "levy") == expected


def test_volition_pressing_another_to_act_is_a_will():
    stances = analysed_stances("Ada Roos has been pressuring the council to scrap the harbour levy.")
    assert held_on(stances, "levy") == {("Ada Roos", -1)}


def test_volition_agreeing_to_act_is_a_will():
    assert held_on(analysed_stances("Ada Roos agreed to scrap the harbour levy."), "levy") == {
        ("Ada Roos", -1)
    }


def test_volition_wanting_people_in_general_to_act_takes_no_side():
    stances = analysed_stances('"We do not want traders to scrap the harbour levy," Ada Roos said.')
    assert not held_on(stances, "levy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bo Lind has promised to gut the harbour agency.", ("gut", -1, "agency")),
        ("The council must not weaken the noise rules.", ("weaken", 1, "rules")),
        ("The mayor vowed to roll back the parking rules.", ("roll", -1, "rules")),
    ],
)
def test_volition_wearing_down_a_thing_is_a_side_against_it(nlp, text, expected):
    assert expected in stances_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I don't think the council should scrap the levy.", ("scrap", 1, "levy")),
        ("I don't think the council wants to scrap the levy.", ("scrap", 1, "levy")),
        ("I think the council should scrap the levy.", ("scrap", -1, "levy")),
    ],
)
def test_volition_a_demand_the_speaker_does_not_think_right_is_denied(nlp, text, expected):
    assert stances_of(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos pledged that her country would double its solar output.", ("double", 1, "Roos")),
        ("Velmora vowed that its government would close the border.", ("close", 1, "Velmora")),
    ],
)
def test_volition_a_promised_that_clause_is_the_action_promised(nlp, text, expected):
    doc = nlp(text)
    found = [
        (doc[e.predicate].text, e.polarity, doc[e.agent].text)
        for e in find(doc, load())
        if e.agent is not None
    ]
    assert found == [expected]


def test_volition_a_promise_of_what_a_thing_will_do_takes_no_side(nlp):
    doc = nlp("Ada Roos promised that the plan would cut energy bills.")
    assert [e for e in find(doc, load()) if e.agent is not None] == []


def test_volition_eagerness_to_undo_a_thing_is_a_stance(nlp):
    doc = nlp("President Ada Marsh has been eager to scrap the port levy.")
    assert [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())] == [
        (-1, "levy", "Marsh")
    ]


def test_volition_preventing_a_thing_is_against_it(nlp):
    doc = nlp("Ada Roos wants to prevent the closure of the harbour.")
    assert [(e.polarity, doc[e.topic].text) for e in find(doc, load())] == [(-1, "closure")]


def test_volition_a_decision_to_undo_a_thing_is_a_stance(nlp):
    doc = nlp("Ada Roos decided to scrap the port levy.")
    assert [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())] == [
        (-1, "levy", "Roos")
    ]


def test_volition_a_decision_on_a_schedule_takes_no_side(nlp):
    doc = nlp("The Velmo League decided to move the rematch to Sunday.")
    assert [e for e in find(doc, load()) if e.agent is not None and e.polarity] == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("President Ada Marsh is keen to withdraw the troops.", "Ada Marsh"),
        ("Ada Roos vowed to withdraw the soldiers from Velmora.", "Ada Roos"),
    ],
)
def test_volition_withdrawing_people_is_an_act_backed_not_a_stance_against_them(text, holder):
    assert held_on(analysed_stances(text), "withdrawing") == {(holder, 1)}


def test_volition_a_gerund_after_a_naming_verb_is_not_willed(nlp):
    assert held_of(nlp, "Ada Roos called closing the ferry line a mistake.") != [(1, "closing", "Roos")]


def test_volition_refusing_to_deal_with_a_party_is_against_dealing_with_it(nlp):
    assert analysed_stances("Ada Roos refused to negotiate with the Velmo rebels.") == {
        ("Ada Roos", "negotiating with the Velmo rebels", -1)
    }


def test_volition_a_capitalised_pronoun_is_no_party_dealt_with(nlp):
    assert stances_of(nlp, "Ada Roos vowed to stay with HIM.") == []


def test_volition_urged_to_reconsider_a_plan_is_against_it(nlp):
    assert held_of(nlp, "Ada Roos urged the council to reconsider the ferry plan.") == [(-1, "plan", "Roos")]


def test_volition_an_offer_to_act_on_a_thing_is_for_the_act(nlp):
    assert held_of(nlp, "Ada Roos offered to buy the ferry company.") == [(1, "buy", "Roos")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos pleaded with the board to rethink its plan to shut the ferry clinic.",
        "Ada Roos begged the board to rethink its plan to shut the ferry clinic.",
    ],
)
def test_volition_a_plea_to_reconsider_a_decision_is_against_the_act_decided(nlp, text):
    assert held_of(nlp, text) == [(-1, "shut", "Roos")]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Bo Lind wondered whether the harbour video should be released.",
        "Governor Bo Lind spoke on whether he wants to release the harbour video.",
        "Aides would not say whether Ann Vega will build the harbour dam.",
    ],
)
def test_volition_a_will_asked_about_takes_no_side(nlp, text):
    assert stances_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos wants the council to scrap the harbour levy.", {("Ada Roos", -1)}),
        ("Ada Roos said she wants the council to scrap the harbour levy.", {("Ada Roos", -1)}),
        ("Ada Roos wants them to scrap the harbour levy.", {("Ada Roos", -1)}),
        ("Ada Roos does not want the council to scrap the harbour levy.", {("Ada Roos", 1)}),
        # an attitude willed of another is the wanter's, not its doer's
        ("Ada Roos wants the president to veto the harbour levy.", {("Ada Roos", -1)}),
    ],
)
def test_volition_wanting_a_described_doer_to_act_is_the_wanters_will(text, expected):
    assert held_on(analysed_stances(text), "levy") == expected


@pytest.mark.parametrize(
    "text",
    [
        '"I want you to remember the harbour levy," Ada Roos said.',
        "Ada Roos wants people to buy the harbour levy bonds.",
        # a goal set for a body, not a side on a thing
        "Ada Roos wants the firm to make money by 2030.",
    ],
)
def test_volition_wanting_advice_or_a_goal_takes_no_side(text):
    assert analysed_stances(text) == set()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ada Roos urged Bo Lind to reach an agreement with Velmor.", "agreement"),
        ("Ada Roos urged Bo Lind to make a deal with Velmor.", "deal"),
    ],
)
def test_volition_a_deal_willed_is_for_the_deal(text, word):
    assert held_on(analysed_stances(text), word) == {("Ada Roos", 1)}


def test_volition_a_big_deal_made_is_no_deal():
    assert analysed_stances("Bo Lind made a big deal about the harbour.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos did not urge Bo Lind to scrap the harbour levy.",
        "Ada Roos never asked Bo Lind to back the harbour levy.",
        "Ada Roos did not call on Bo Lind to scrap the harbour levy.",
    ],
)
def test_volition_an_asking_denied_takes_no_side(text):
    assert not held_on(analysed_stances(text), "levy")


def test_volition_not_wanting_an_act_is_a_will_against_it():
    assert held_on(analysed_stances("Ada Roos did not want to scrap the harbour levy."), "levy") == {
        ("Ada Roos", 1)
    }


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Ada Roos pushed the council to scrap the harbour levy.", "levy", {("Ada Roos", -1)}),
        ("Ada Roos pushed the council to back the harbour plan.", "plan", {("Ada Roos", 1)}),
        ("Ada Roos demanded that the mayor endorse the harbour plan.", "plan", {("Ada Roos", 1)}),
    ],
)
def test_volition_an_act_pressed_or_demanded_of_another_is_the_askers(text, word, expected):
    assert held_on(analysed_stances(text), word) == expected


def test_volition_the_one_asked_in_a_passive_is_no_topic():
    stances = analysed_stances("Bo Lind was urged by Ada Roos to scrap the harbour levy.")
    assert stances == {("Ada Roos", "harbour levy", -1)}


def test_volition_a_bare_deal_willed_is_the_deal_named_before():
    stances = analysed_stances(
        "Norland and Velmor are close to a trade deal. Ada Roos urged Bo Lind to make a deal quickly."
    )
    assert held_on(stances, "trade deal") == {("Ada Roos", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos said the council should fund the harbour clinic.", ("Ada Roos", 1)),
        ("Senator Ada Roos said the council should not fund the harbour clinic.", ("Ada Roos", -1)),
        ("Senator Ada Roos said Velmor must fund the harbour clinic.", ("Ada Roos", 1)),
        # a verb of duty lays it as a modal does
        ("Senator Ada Roos said the council needs to fund the harbour clinic.", ("Ada Roos", 1)),
        ("Senator Ada Roos said Velmor has to fund the harbour clinic.", ("Ada Roos", 1)),
    ],
)
def test_volition_a_duty_laid_on_a_named_body_calls_for_the_act(nlp, text, expected):
    assert expected in held_on(analysed_stances(text), "clinic")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Roos said we should fund the harbour clinic.",  # her own side, musing
        "Senator Ada Roos said investors should fund the harbour clinic.",  # advice to anyone
        "Senator Ada Roos said the council could fund the harbour clinic.",  # a possibility
        "Senator Ada Roos said we need to fund the harbour clinic.",
        "Senator Ada Roos said Velmor will have the final say on the harbour clinic.",  # no duty
    ],
)
def test_volition_a_duty_on_no_named_body_calls_for_nothing(nlp, text):
    assert held_on(analysed_stances(text), "clinic") == set()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ('"We have to bring back the night ferry," said Ada Roos.', "night ferry"),
        ("Ada Roos vowed to restore the harbour levy.", "harbour levy"),
        ("The Velmor Guild wants to preserve its hiring rules.", "hiring rules"),
    ],
)
def test_volition_bringing_back_or_keeping_a_thing_is_for_the_thing(text, topic):
    # the thing itself is the topic, as for "build the dam", so it meets others' stances on it
    found = analysed_stances(text)
    assert any(polarity == 1 and label.endswith(topic) for _, label, polarity in found)


def test_volition_a_refusal_in_a_relative_clause_is_the_name_before_it_a_misparse_passed_over(nlp):
    doc = nlp("Lee hoped for talks between the town and the Vesta Front, who refused to negotiate peace.")
    held = [doc[e.agent].text for e in find(doc, load()) if doc[e.predicate].text == "negotiate"]
    assert held == ["Front"]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Tom Brill hopes to scrap the harbour levy.",
        "Councillor Tom Brill hopes the board will scrap the harbour levy.",
    ],
)
def test_volition_a_hope_to_undo_a_thing_is_a_stance_against_it(nlp, text):
    assert ("Tom Brill", "harbour levy", -1) in analysed_stances(text)


def test_volition_a_hope_for_a_plan_of_ones_own_is_no_stance(nlp):
    assert analysed_stances("The Velmor Rovers hope to announce the signing later today.") == set()


@pytest.mark.parametrize("will", ["decided", "opted", "agreed", "plans"])
def test_volition_a_decided_act_is_its_deciders_side_where_another_takes_one(will):
    # "decided to close X" takes no side alone (it tells what comes next), but where someone else
    # opposes closing X the decider is its proposer: the other side of the dispute.
    text = f"The Ostrava Transit Board {will} to close two night depots. Councillor Ivo Maren opposes closing the depots."
    assert held_on(analysed_stances(text), "depots") == {("Ostrava Transit Board", 1), ("Ivo Maren", -1)}


def test_volition_a_decision_not_to_act_is_against_the_act():
    text = "The Ostrava Transit Board chose not to renew the cleaning contract. Councillor Ivo Maren criticised the decision not to renew the cleaning contract."
    assert held_on(analysed_stances(text), "contract") == {("Ostrava Transit Board", -1), ("Ivo Maren", 1)}


def test_volition_a_decided_act_nobody_contests_is_no_stance():
    assert analysed_stances("The Ostrava Transit Board decided to close two night depots.") == set()


def test_volition_a_class_of_bodies_proposes_nothing_an_actor_holds():
    # "groups that seek to X" names no one; their plan must not lend its words to another's "it"
    text = "Groups that seek to curb fare evasion met on Monday. “It was an attempt to scare riders,” said Ivo Maren."
    assert held_on(analysed_stances(text), "evasion") == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Velmor wants to help farmers cut water costs.", "helping farmers cut water costs"),
        ("The Ostran council vowed to let tenants buy their flats.", "letting tenants buy their flats"),
    ],
)
def test_volition_an_act_an_enabling_verb_gets_done_is_willed_whole(nlp, text, label):
    assert any(found == label and polarity == 1 for _, found, polarity in analysed_stances(text))
