"""Stance expressions read off the parse: polarity, negation, conditions and the topic's head."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find


def _stances(nlp, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [(doc[e.predicate].text, e.polarity, doc[e.topic].text) for e in find(doc, load())]


def _held(nlp, text: str) -> list[tuple[int, str, str]]:
    """The stances whose holder is named in the sentence: polarity, topic word, holder word."""
    doc = nlp(text)
    return [
        (e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load()) if e.agent is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said the toll road would be a costly mistake.", ("mistake", -1, "road")),
        ("The mayor said the new bridge is essential.", ("essential", 1, "bridge")),
        ("The union said it cannot support the merger.", ("support", -1, "merger")),
        ("The mayor said she does not oppose the curfew.", ("oppose", 1, "curfew")),
        ("The minister vowed to open the border crossing.", ("open", 1, "open")),
        ("The general refused to shell the harbour.", ("shell", -1, "shell")),
        ('The envoy warned that the treaty "must not be signed."', ("signed", -1, "treaty")),
        ("The mayor said the toll is no more unfair than any other tax.", ("unfair", 1, "toll")),
        ("The senator said the new levy is a scam.", ("scam", -1, "levy")),
        ("The supreme court ruled against the harbour toll.", ("ruled", -1, "toll")),
    ],
)
def test_polarity_reads_cue_negation_and_topic(nlp, text, expected):
    assert expected in _stances(nlp, text)


def test_polarity_condition_leaves_no_firm_stance(nlp):
    found = _stances(nlp, "The senator said he would vote for the levy only if farmers are exempt.")
    assert found == [("vote", 0, "levy")]


def test_polarity_tentative_support_is_not_firm(nlp):
    assert _stances(nlp, "The minister said she could support the canal.") == [("support", 0, "canal")]


def test_polarity_forecast_is_not_a_stance(nlp):
    # "will" commits a speaker's side only when its subject can commit itself.
    assert _stances(nlp, "The forecaster said the river will flood the valley.") == []


def test_polarity_condition_clause_takes_no_side(nlp):
    assert _stances(nlp, "If we must cut the budget, the schools suffer.") == []


def test_polarity_placeholder_is_marked_for_resolution(nlp):
    doc = nlp("The port plan is vital. It is something we cannot support.")
    phrases = [e.phrase for e in find(doc, load())]
    assert phrases[0] == "np" and "ref" in phrases


def test_polarity_called_it_judges_the_object(nlp):
    assert ("provocation", -1, "it") in _stances(nlp, 'She called it "a provocation."')


def test_polarity_stated_position_keeps_its_subject(nlp):
    doc = nlp("Valdoria vowed to finish the dam.")
    (expr,) = find(doc, load())
    assert expr.polarity == 1 and doc[expr.agent].text == "Valdoria"


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
    ],
)
def test_polarity_undoing_an_action_is_a_stance_against_it(nlp, text, expected):
    found = _stances(nlp, text)
    assert expected in found if expected else not any(p for _, p, _ in found)


def test_polarity_reported_would_is_firm(nlp):
    assert ("vote", -1, "merger") in _stances(nlp, "Alderman Pike said he would vote against the merger.")


def test_polarity_reported_whether_would_stays_open(nlp):
    assert _stances(nlp, "The board did not say whether it would back the merger.") == [("back", 0, "merger")]


def test_polarity_general_noun_with_clause_is_the_clause(nlp):
    assert ("defended", 1, "widen") in _stances(
        nlp, "The mayor defended his proposal to widen the ring road."
    )
    # Rejecting a demand to undo the tolls is a stance for the tolls.
    assert ("rejected", 1, "tolls") in _stances(nlp, "She rejected the demand that the tolls be scrapped.")


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
    assert ("safer", 1, "tunnel") in _stances(nlp, "A tunnel is safer than a bridge, the engineer said.")
    assert _stances(nlp, "Fares are higher than last year.") == []


def test_polarity_it_after_and_is_the_first_verbs_object(nlp):
    assert ("rejected", -1, "toll") in _stances(nlp, "The board studied a lower toll and rejected it.")


def test_polarity_promise_records_its_committer(nlp):
    doc = nlp("Brightwater, which will build and operate the desalination plant, has hired engineers.")
    (expr,) = [e for e in find(doc, load()) if not e.owned]  # "operate" is only the maker's plan
    assert (
        expr.polarity == 1 and doc[expr.topic].text == "plant" and doc[expr.committer].text == "Brightwater"
    )


def test_polarity_aspect_verb_is_about_its_complement(nlp):
    doc = nlp("Ostland will begin draining the marsh in May.")
    (expr,) = find(doc, load())
    assert expr.phrase == "vp" and doc[expr.topic].text == "draining"


def test_polarity_next_step_in_a_quote_is_no_stance(nlp):
    assert _stances(nlp, '"We should hold a meeting in the spring," the minister said.') == []
    assert _stances(nlp, "Ms. Ferrand plans to visit the harbour on Sunday.") == []


def test_polarity_judging_the_times_takes_no_side(nlp):
    assert _stances(nlp, '"This is a dangerous time for the port," Lee said.') == []
    assert _stances(nlp, '"That is a reckless plan," Lee said.') == [("plan", -1, "That")]


def test_polarity_relative_which_is_its_antecedent(nlp):
    found = _stances(nlp, '"We want a toll which is fair," Lee said.')
    assert ("fair", 1, "toll") in found


def test_polarity_vote_parsed_as_purpose_is_a_will(nlp):
    found = _stances(nlp, "The council voted 9-4, to scrap the parking levy.")
    assert ("scrap", -1, "levy") in found
    assert _stances(nlp, "The council called a meeting to discuss the levy.") == []


def test_polarity_that_is_no_legitimate_purpose_judges_that(nlp):
    found = _stances(nlp, '"That is not a legitimate purpose," Lee said.')
    assert found == [("purpose", -1, "That")]


def test_polarity_each_joined_object_takes_the_side(nlp):
    found = _stances(nlp, "The mayor called for more ferries and an end to the harbour toll.")
    assert ("called", 1, "ferries") in found and ("called", -1, "toll") in found


def test_polarity_what_scares_the_speaker_is_judged(nlp):
    assert _stances(nlp, '"The new toll scares me," Ana Frey said.') == [("scares", -1, "toll")]


def test_polarity_feeling_of_others_is_no_stance(nlp):
    assert _stances(nlp, "The storm scared residents.") == []


def test_polarity_joined_verb_shares_the_modal_of_the_first(nlp):
    found = _stances(nlp, "The mayor should apologise to the riders and scrap the fare rise.")
    assert ("scrap", -1, "rise") in found


def test_polarity_joined_verb_with_its_own_subject_is_its_own(nlp):
    found = _stances(nlp, "The mayor should resign, and the council scrapped the fare rise.")
    assert not any(word == "scrapped" for word, _, _ in found)


def test_polarity_demand_that_clause_is_the_demanders_will(nlp):
    doc = nlp("Velmora demanded that the company stop dumping waste in the river.")
    (expr,) = [e for e in find(doc, load()) if doc[e.predicate].text == "stop"]
    assert (expr.polarity, doc[expr.topic].text, doc[expr.agent].text) == (-1, "dumping", "Velmora")


def test_polarity_insisted_fact_is_no_demand(nlp):
    assert _stances(nlp, "Velmora insisted that the company was dumping waste in the river.") == []


def test_polarity_refusal_covers_each_joined_attitude(nlp):
    found = _stances(nlp, "The senator refused to endorse the levy or back the new toll.")
    assert ("back", -1, "toll") in found


def test_polarity_indefinite_subject_judges_nothing_named_before(nlp):
    # "something" brings in a thing of its own: it must not take the last topic's place.
    assert _stances(nlp, "We know something is deeply wrong.") == []
    assert ("wrong", -1, "something") in _stances(nlp, "It is something that is deeply wrong.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The auditor suggested that the mayor close the ferry depot.", [("close", 1, "close")]),
        ("Ada Roos suggested raising the ferry fares.", [("raising", 1, "raising")]),
        ("The auditor suggested that the depot was too costly.", []),
    ],
)
def test_polarity_suggesting_an_action_is_for_it(nlp, text, expected):
    # a suggestion that something be done asks for it; one that something is so states a fact
    assert _stances(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Vega won votes with her stump theme of attacking the port levy.", [(-1, "levy", "her")]),
        ("Vega's habit of attacking the levy cost her votes.", [(-1, "levy", "Vega")]),
        ("The senator's fear of backing the levy is clear.", []),  # a fear is no practice
    ],
)
def test_polarity_practice_after_of_is_its_owners_stance(nlp, text, expected):
    assert _held(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vega must stay out of the race unless she wants to release her files.",
        "Ann Vega will stay out of the race if she wants to back the levy.",
    ],
)
def test_polarity_a_will_inside_a_condition_takes_no_side(nlp, text):
    assert _stances(nlp, text) == []


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
def test_polarity_readiness_is_its_bearers_stance(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_polarity_what_someone_called_a_judged_thing_is_their_judgement(nlp):
    assert _held(nlp, "Critics denounced what Mayor Ida Roos called the port's reckless plan.") == [
        (-1, "plan", "Roos")
    ]


def test_polarity_what_someone_called_a_judging_noun_names_no_thing(nlp):
    assert _held(nlp, "Critics denounced what Mayor Ida Roos called a disaster.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The sooner the council scraps the levy, the better," she said.', [("scraps", -1, "levy")]),
        ('"The faster we open the bridge, the better," she said.', [("open", 1, "open")]),
        ('"The more we spend on roads, the better off we are," she said.', []),
    ],
)
def test_polarity_the_sooner_the_better_wishes_the_action_done(nlp, text, expected):
    assert [s for s in _stances(nlp, text) if s[0] in ("scraps", "open", "spend")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora has not, and never will, approve the border tolls.", ("approve", -1, "tolls")),
        ("The council never will approve the ferry levy.", ("approve", -1, "levy")),
    ],
)
def test_polarity_negation_on_the_auxiliary_negates_the_verb(nlp, text, expected):
    assert expected in _stances(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora had accepted 4,210 migrants by May.", []),
        ("The assembly has passed three resolutions this year.", []),
        ("Senator Ada Roos wants to attack three clauses of the tax code.", [("attack", -1, "clauses")]),
    ],
)
def test_polarity_counted_things_accepted_report_acts_not_sides(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We have to do everything possible to reopen the clinic," she said.',
        '"They have got to do everything they can to reopen the clinic," she said.',
        '"We need to do all we can to reopen the clinic," she said.',
    ],
)
def test_polarity_doing_everything_possible_for_an_aim_backs_the_aim(nlp, text):
    assert ("do", 1, "reopen") in _stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chief Ada Roos wants to assure the town that the inquiry will start soon.",
        "Mayor Ada Roos declined to discuss the harbour contract.",
        "The ministry plans to announce the new ferry timetable.",
    ],
)
def test_polarity_saying_something_is_no_side(nlp, text):
    assert _stances(nlp, text) == []


def test_polarity_saying_verbs_that_are_attitudes_keep_their_side(nlp):
    assert ("defend", 1, "levy") in _stances(nlp, "Mayor Ada Roos vowed to defend the port levy.")


def test_polarity_a_dated_thing_is_not_counted(nlp):
    assert ("backed", 1, "renewal") in _stances(
        nlp, "Ada Roos backed the 1998 renewal of the Ferry Safety Act."
    )


def test_polarity_a_counted_aim_is_still_a_side(nlp):
    found = _held(nlp, "Ada Roos's goal of accepting 2,000 refugees is near.")
    assert (1, "refugees", "Roos") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos spoke to farmers on Monday, promising to scrap the port levy.", [(-1, "levy", "Roos")]),
        ("Senator Ada Roos walked out, refusing to back the port levy.", [(-1, "levy", "Roos")]),
        ("Ada Roos issued a statement on Monday, criticizing the port levy.", [(-1, "levy", "Roos")]),
    ],
)
def test_polarity_a_participle_adjunct_is_its_clauses_subjects(nlp, text, expected):
    assert _held(nlp, text) == expected


def test_polarity_a_negation_far_after_the_verb_is_not_its_own(nlp):
    text = "Ada Roos met miners, promising to lift the mining rules ― probably not what Bo Lind had in mind."
    assert (-1, "rules", "Roos") in _held(nlp, text)


def test_polarity_going_on_to_do_something_is_no_future(nlp):
    assert _held(nlp, "Ada Roos spoke first, going on to contrast the two harbour plans.") == []


def test_polarity_readiness_completing_another_verb_is_its_subjects(nlp):
    from spacy.tokens import Doc

    # the parse may make "set" the verb's complement (xcomp) rather than its predicate (oprd)
    words = ["Roos", "appears", "set", "to", "veto", "the", "bill", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 4, 2, 6, 4, 1],
        deps=["nsubj", "ROOT", "xcomp", "aux", "xcomp", "det", "dobj", "punct"],
        tags=["NNP", "VBZ", "VBN", "TO", "VB", "DT", "NN", "."],
        pos=["PROPN", "VERB", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Roos", "appear", "set", "to", "veto", "the", "bill", "."],
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
def test_polarity_a_mandated_passive_is_demanded(nlp, text, expected):
    assert expected in _stances(nlp, text)


def test_polarity_an_insisted_passive_fact_is_no_demand(nlp):
    assert _stances(nlp, "The Vesta ministry insisted that the levy was scrapped in May.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Judge Ada Roos upheld the port levy in May.", ("upheld", 1, "levy")),
        ("Mayor Ada Roos appealed the ruling on the port levy.", ("appealed", -1, "ruling")),
        ("The appeals court overruled the ban on night ferries.", ("overruled", -1, "ban")),
    ],
)
def test_polarity_court_decisions_and_appeals_take_sides(nlp, text, expected):
    assert expected in _stances(nlp, text)


def test_polarity_appealing_to_someone_is_no_side_on_them(nlp):
    assert not [
        s for s in _stances(nlp, "Mayor Ada Roos appealed to voters on Monday.") if s[0] == "appealed"
    ]


def test_polarity_a_duty_laid_on_someone_is_not_their_stance(nlp):
    # "needs to" is the speaker's demand: the subject is no holder
    found = _stances(nlp, "Bo Lind needs to challenge the port levy.")
    assert ("challenge", -1, "levy") in found
    assert _held(nlp, "Bo Lind needs to challenge the port levy.") == []
    assert (-1, "levy", "Lind") in _held(nlp, "Bo Lind wants to challenge the port levy.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor Ada Roos sued to block the merger of the two ferry lines.", (-1, "merger", "Roos")),
        ("Senator Bo Lind moved to block the merger of the two ferry lines.", (-1, "merger", "Lind")),
    ],
)
def test_polarity_suing_or_moving_to_act_is_a_stated_will(nlp, text, expected):
    assert expected in _held(nlp, text)


def test_polarity_moving_somewhere_is_no_will(nlp):
    assert _held(nlp, "Mayor Bo Lind moved to Kellmark in 2010.") == []


def test_polarity_a_name_whose_appositive_took_the_verb_holds_the_stance(nlp):
    text = "Attorney General Ana Lind (D), Ruiz's rival in the coming county race, called Monday for publishing the tapes."
    assert _held(nlp, text) == [(1, "tapes", "Lind")]
