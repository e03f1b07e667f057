"""Stances named by a noun or adjective, with the holder the noun describes."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.nouns import find
from tests.parsed import parsed
from tests.stances.helpers import analysed_stances, held_on


def _read(nlp, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [(doc[e.agent].text, e.polarity, doc[e.topic].text) for e in find(doc, load()) if not e.owned]


def test_nouns_apposition_names_the_critic(nlp):
    assert _read(nlp, "Senator Ivo Marsh, a longtime critic of the ferry tax, spoke first.") == [
        ("Marsh", -1, "tax")
    ]


def test_nouns_apposition_hung_on_the_last_word_of_a_name_describes_the_whole_name(nlp):
    found = _read(nlp, "The Federation of Dairy Farmers, a critic of Governor Hale's budget, met on Monday.")
    assert found == [("Federation", -1, "budget")]


def test_nouns_feelings_joined_by_and_share_their_subject(nlp):
    found = _read(nlp, "Ivo Marsh was pleased and relieved by the release of the crew.")
    assert found == [("Marsh", 1, "release")]


def test_nouns_a_verb_joined_to_a_clause_is_no_shared_feeling():
    text = "Mayor Ivo Marsh has the last word on the harbor levy, and has not committed to any figures yet, aides say."
    assert held_on(analysed_stances(text), "specifics") == set()


def test_nouns_listed_critics_each_hold_it(nlp):
    found = _read(nlp, "Critics of the ferry tax, like Ivo Marsh and Dana Pell, want a vote.")
    assert found == [("Critics", -1, "tax")]  # the holders read the list off "Critics"


def test_nouns_compound_before_a_name_is_the_topic(nlp):
    assert ("Pell", -1, "Marsh") in _read(nlp, "The mayor invited Marsh critic Dana Pell to the debate.")


def test_nouns_subject_of_a_position_adjective(nlp):
    assert _read(nlp, "The union is firmly opposed to the ferry tax.") == [("union", -1, "tax")]
    assert _read(nlp, "Norland remains committed to the ferry tax.") == [("Norland", 1, "tax")]


def test_nouns_negated_verb_flips_the_position(nlp):
    found = _read(nlp, "Dana Pell said she would not come to the defense of the ferry tax.")
    assert found == [("she", -1, "tax")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ivo Marsh is no fan of the ferry tax.", [("Marsh", -1, "tax")]),
        ("Senator Ivo Marsh is no supporter of the ferry tax.", [("Marsh", -1, "tax")]),
        ("Senator Ivo Marsh has no objection to the ferry tax.", [("Marsh", 1, "tax")]),
    ],
)
def test_nouns_a_position_noun_denied_by_no_flips_the_position(nlp, text, expected):
    assert _read(nlp, text) == expected


def test_nouns_unnamed_critics_have_no_holder(nlp):
    assert _read(nlp, "Criticism of the ferry tax grew all week.") == []


def test_nouns_maker_of_a_plan_is_marked_owned(nlp):
    doc = nlp("Marsh's plan to close the ferry route drew protests.")
    (expr,) = find(doc, load())
    assert expr.owned and doc[expr.agent].text == "Marsh" and doc[expr.topic].text == "close"


@pytest.mark.parametrize(
    ("text", "maker", "thing"),
    [
        ("Ada Roos voted against Governor Hale's ferry law.", "Hale", "law"),
        ("The senator attacked Velmor's new drilling program on Monday.", "Velmor", "program"),
        ("Ada Roos fought Senator Hale's crime bill for a year.", "Hale", "bill"),
    ],
)
def test_nouns_the_possessor_of_a_law_or_plan_made_it(nlp, text, maker, thing):
    doc = nlp(text)
    made = [e for e in find(doc, load()) if e.owned]
    assert [(doc[e.agent].text, e.polarity, doc[e.topic].text) for e in made] == [(maker, 1, thing)]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos criticized Velmor's $2 million tax bill.",
        "Critics mocked Senator Hale's tax bill from the county.",
        "Velmor fell behind on its bills last year.",
    ],
)
def test_nouns_a_bill_someone_owes_is_not_theirs_to_stand_by(nlp, text):
    assert not [e for e in find(nlp(text), load()) if e.owned]


def test_nouns_name_before_a_bare_position_noun_is_the_topic(nlp):
    assert _read(nlp, "Dana Pell, a Marsh supporter, spoke first.") == [("Pell", 1, "Marsh")]


def test_nouns_a_campaign_surrogate_is_for_the_candidate(nlp):
    assert _read(nlp, "Dana Pell, a top Marsh surrogate, spoke first.") == [("Pell", 1, "Marsh")]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Pell, a former Marsh supporter, spoke first.",
        "Ivo Marsh, a onetime critic of the ferry tax, spoke.",
    ],
)
def test_nouns_a_former_holder_holds_the_side_no_more(nlp, text):
    assert _read(nlp, text) == []


def test_nouns_former_hung_on_the_first_word_of_a_name_still_holds_no_side(nlp):
    # "a former Ivo Marsh supporter": the parse may make "former" a modifier of "Ivo"
    doc = parsed(
        nlp,
        """
        Dana       1  compound  PROPN  NNP  Dana       B-PERSON
        Pell       9  nsubj     PROPN  NNP  Pell       I-PERSON
        ,          1  punct     PUNCT  ,    ,          O
        a          7  det       DET    DT   a          O
        former     5  amod      ADJ    JJ   former     O
        Ivo        7  compound  PROPN  NNP  Ivo        B-PERSON
        Marsh      7  compound  PROPN  NNP  Marsh      I-PERSON
        supporter  1  appos     NOUN   NN   supporter  O
        ,          1  punct     PUNCT  ,    ,          O
        spoke      9  ROOT      VERB   VBD  speak      O
        .          9  punct     PUNCT  .    .          O
        """,
    )
    assert [(doc[e.agent].text, e.polarity) for e in find(doc, load()) if not e.owned] == []


def test_nouns_feeling_about_a_thing_is_a_side(nlp):
    assert _read(nlp, "The union was not happy with the ferry tax.") == [("union", -1, "tax")]
    assert _read(nlp, "The mayor is pleased with the court's ruling.") == [("mayor", 1, "ruling")]


def test_nouns_not_worried_is_no_side(nlp):
    assert _read(nlp, "Dana Pell was not worried about the ferry tax.") == []


def test_nouns_criticism_drawn_from_named_critics(nlp):
    found = _read(nlp, "The ferry tax drew sharp criticism from Ivo Marsh and Dana Pell.")
    assert found == [("Marsh", -1, "tax"), ("Pell", -1, "tax")]


def test_nouns_feeling_parsed_as_a_passive_is_a_position(nlp):
    assert _read(nlp, "Ana Frey said she was appalled by the harbour toll.") == [("she", -1, "toll")]


def test_nouns_plain_passive_is_no_position(nlp):
    assert _read(nlp, "The harbour toll was approved by the council.") == []


def test_nouns_a_position_judged_a_mistake_is_not_held_now(nlp):
    text = "In the interview, Ruiz called his old vote in favor of the Velmor Dam an error, though he said Lee backed it."
    assert _read(nlp, text) == []


def test_nouns_fronted_description_names_the_subject_after_it(nlp):
    assert _read(
        nlp, "A longtime critic of the Velmor dam, Senator Ivo Marsh voted against the bill on Monday."
    ) == [("Marsh", -1, "dam")]
    assert _read(nlp, "A passionate defender of the ferry tax, Ivo Marsh likened it to a toll.") == [
        ("Marsh", 1, "tax")
    ]


def test_nouns_a_participle_adjunct_shows_its_clauses_subjects_position(nlp):
    doc = nlp("Ada Roos made the remarks while showing support for the port levy.")
    found = [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())]
    assert (1, "levy", "Roos") in found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ada Roos joined the fight against the port levy.", -1),
        ("Ada Roos led the campaign for the port levy.", 1),
        ("Ada Roos filed a lawsuit against the port levy.", -1),
    ],
)
def test_nouns_joining_a_fight_or_suit_takes_its_side(nlp, text, side):
    doc = nlp(text)
    assert [(e.polarity, doc[e.topic].text, doc[e.agent].text) for e in find(doc, load())] == [
        (side, "levy", "Roos")
    ]


def test_nouns_support_thrown_behind_a_thing_with_its_preposition_on_the_verb(nlp):
    found = _read(nlp, "Ada Roos threw her support behind the harbour plan on Monday.")
    assert found == [("her", 1, "plan")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor dismissed the criticism of the harbour levy.",
        "Ada Roos pushed back on criticism of the harbour levy.",
    ],
)
def test_nouns_a_position_answered_by_a_verb_is_not_its_subjects(nlp, text):
    assert _read(nlp, text) == []


def test_nouns_a_named_position_rejected_by_a_verb_stays_its_owners(nlp):
    assert _read(nlp, "Ada Roos rejected Bo Lind’s criticism of the harbour levy.") == [("Lind", -1, "levy")]


def test_nouns_the_support_of_a_named_party_is_the_party_giving_it(nlp):
    assert _read(nlp, "Ada Roos has gained the support of the Harbour Party, a poll shows.") == [
        ("Party", 1, "Roos")
    ]
    assert _read(nlp, "Ada Roos repeated her support of the harbour levy.") == [("her", 1, "levy")]


def test_nouns_feeling_in_a_reported_clause_is_its_subjects(nlp):
    found = _read(nlp, 'Tim Vell said he was "deeply moved" by the release of the sailors.')
    assert found == [("he", 1, "release")]


def test_nouns_feeling_about_a_state_of_things_takes_no_side(nlp):
    assert _read(nlp, "Tim Vell said he was deeply troubled by the situation at the harbour.") == []


def test_nouns_a_judging_name_holds_the_namers_side_on_what_it_is_of(nlp):
    found = _read(nlp, 'Senator Ada Roos called the fire "a damning indictment of the port authority."')
    assert found == [("Roos", -1, "authority")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ivo Marsh, who is a staunch critic of the ferry tax, spoke first.",
        "Ivo Marsh is a former senator who is a staunch critic of the ferry tax.",
    ],
)
def test_nouns_a_critic_told_in_a_relative_clause_is_its_antecedent(nlp, text):
    assert _read(nlp, text) == [("Marsh", -1, "tax")]


def test_nouns_a_person_named_a_critic_is_the_critic(nlp):
    assert _read(nlp, "Senator Ada Roos called Tim Vell a critic of the harbour plan.") == [
        ("Vell", -1, "plan")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmora's passage of the harbour act drew wide attention.", [("Velmora", 1, "act")]),
        ("After the signing of the harbour act by Governor Ada Roos, shares rose.", [("Roos", 1, "act")]),
        ("The Velmo council's veto of the port budget angered farmers.", [("council", -1, "budget")]),
    ],
)
def test_nouns_a_deeds_noun_is_its_doers_side(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos expressed concerns about the harbour levy.",
        "Norland voiced concern over the harbour levy.",
        "Ada Roos aired serious reservations about the harbour levy.",
    ],
)
def test_nouns_a_worry_shown_is_against_its_topic(nlp, text):
    assert [(polarity, topic) for _, polarity, topic in _read(nlp, text)] == [(-1, "levy")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos allayed concerns about the harbour levy.",
        "The mayor addressed the concerns about the harbour levy.",
        "If she had concerns about the harbour levy, Ada Roos kept them quiet.",
        "Ada Roos did not voice concern about the harbour levy.",
        "Her steady concern about running the harbour well won praise.",
    ],
)
def test_nouns_a_worry_eased_is_not_the_easers(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    ["Ada Roos is opposed to the harbour levy.", "Norland is opposed to Governor Hale's harbour levy."],
)
def test_nouns_opposed_after_the_copula_is_its_subjects(nlp, text):
    assert [(polarity, topic) for _, polarity, topic in _read(nlp, text)] == [(-1, "levy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos is among the critics of the harbour levy.", [("Roos", -1, "levy")]),
        ("Ada Roos is one of the critics of the harbour levy.", [("Roos", -1, "levy")]),
        ("Ada Roos, one of the fiercest critics of the harbour levy, spoke first.", [("Roos", -1, "levy")]),
        ("Norland is one of the region's fiercest critics of the harbour levy.", [("Norland", -1, "levy")]),
    ],
)
def test_nouns_one_counted_among_the_holders_holds_it(nlp, text, expected):
    assert _read(nlp, text) == expected


def test_nouns_one_standing_among_critics_is_not_counted(nlp):
    assert _read(nlp, "Ada Roos spoke among the critics of the harbour levy.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos took a stand against the harbour levy.", [("Roos", -1, "levy")]),
        ("Norland threw its weight behind the harbour levy.", [("Norland", 1, "levy")]),
        ("The Dock Workers Guild restated its opposition to the harbour levy.", [("Guild", -1, "levy")]),
    ],
)
def test_nouns_a_stand_taken_and_weight_thrown_are_the_subjects_side(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos may voice support for the harbour levy.",
        "Norland could express concerns about the harbour levy.",
        "Will Ada Roos voice support for the harbour levy?",
    ],
)
def test_nouns_a_position_left_open_is_no_side(nlp, text):
    assert _read(nlp, text) == []


def test_nouns_a_position_denied_with_a_modal_is_a_side(nlp):
    assert _read(nlp, "Ada Roos could not voice support for the harbour levy.") == [("Roos", -1, "levy")]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos avoided criticism of the harbour plan.",
        "The dairy board has refrained from support for the river treaty.",
    ],
)
def test_nouns_avoiding_the_stance_a_noun_names_takes_no_side(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos delayed the passage of the harbour act.",  # not her deed
        "Ada Roos watched the signing of the harbour act.",
        "The passage of the harbour act took two years.",  # nobody named did it
    ],
)
def test_nouns_a_deed_nobody_named_did_is_no_side(nlp, text):
    assert _read(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour levy came under fire from Senator Ada Roos.", {("Ada Roos", -1)}),
        (
            "The harbour levy has come under sharp criticism from the Dock Workers Guild.",
            {("Dock Workers Guild", -1)},
        ),
        ("The harbour levy came under fire on Monday.", set()),
    ],
)
def test_nouns_what_comes_under_fire_from_someone_is_what_they_oppose(nlp, text, expected):
    assert held_on(analysed_stances(text), "levy") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos declined to throw her support behind the harbour levy.", {("Ada Roos", -1)}),
        ("Senator Ada Roos stopped short of throwing her support behind the harbour levy.", set()),
    ],
)
def test_nouns_a_position_noun_inside_an_idiom_is_read_with_the_idiom(nlp, text, expected):
    # the idiom, refused or held back, decides; the noun alone would read as support given
    assert held_on(analysed_stances(text), "levy") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Trust sought an injunction against the ferry plan.",
        "The Harbour Trust won an injunction against the ferry plan.",
    ],
)
def test_nouns_injunction_sought_is_against_its_object(nlp, text):
    assert _read(nlp, text) == [("Trust", -1, "plan")]


@pytest.mark.parametrize(
    "text",
    [
        "Velmo Port faces a lawsuit against its ferry plan.",
        "Velmo Port settled a lawsuit over its ferry plan.",
        "Judge Ada Roos threw out the lawsuit against the ferry plan.",
        "Judge Ada Roos lifted the injunction against the ferry plan.",
    ],
)
def test_nouns_suit_borne_or_ended_is_not_the_subjects_side(nlp, text):
    assert [f for f in _read(nlp, text) if f[1] < 0] == []


def test_nouns_complaint_filed_against_a_thing_is_against_it(nlp):
    assert _read(nlp, "The Harbour Trust filed a complaint against the ferry plan.") == [
        ("Trust", -1, "plan")
    ]


def test_nouns_a_motion_moved_for_a_thing_is_for_it():
    stances = analysed_stances("Senator Bo Kess moved a motion for a recount.")
    assert held_on(stances, "recount") == {("Bo Kess", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a course a named actor takes is theirs, a side where someone else takes one on it
        ("Senator Ada Roos slammed Velmo's handling of the storm.", {("Ada Roos", -1), ("Velmo", 1)}),
        ("Senator Ada Roos criticised Mayor Tom Kim's approach.", {("Ada Roos", -1), ("Tom Kim", 1)}),
        # a deed blamed on its doer, or a course with no one named, is no side of the doer's
        ("Senator Ada Roos condemned Velmo's reckless actions.", {("Ada Roos", -1)}),
        ("Velmo's approach has drawn no comment.", set()),
    ],
)
def test_nouns_the_named_owner_of_a_course_stands_by_it(text, expected):
    assert {(actor, polarity) for actor, _, polarity in analysed_stances(text)} == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ada Roos is firmly against the port levy.", [("Roos", -1, "levy")]),
        ("Velmor will be back in action on Friday against the champion Norland.", []),
        ("The debate will be her first against a single rival.", []),
    ],
)
def test_nouns_being_against_a_thing_opposes_it_but_not_an_opponent_met(nlp, text, found):
    assert _read(nlp, text) == found
