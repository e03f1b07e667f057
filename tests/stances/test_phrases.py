"""What a stance is about and the side its wording takes."""

from __future__ import annotations

import pytest

from faultlines.stances import phrases
from faultlines.stances.lexicon import load
from tests.stances.helpers import stances_of


def _content(nlp, text: str, word: str) -> tuple[str, int]:
    doc = nlp(text)
    topic, _, sign = phrases.content(next(t for t in doc if t.text == word), load())
    return topic.text, sign


def test_phrases_repeal_of_a_thing_is_against_it(nlp):
    assert _content(nlp, "They called for the repeal of the harbour levy.", "repeal") == ("levy", -1)


def test_phrases_doing_away_with_a_thing_is_against_it(nlp):
    # "do away with" undoes its object, though "do" alone carries one out
    doc = nlp("She wants to do away with the harbour levy.")
    topic, _, sign = phrases.action_topic(next(t for t in doc if t.text == "do"), load())
    assert (topic.text, sign) == ("levy", -1)


def test_phrases_eliminating_a_thing_is_against_it(nlp):
    assert _content(nlp, "She called for eliminating the harbour levy.", "eliminating") == ("levy", -1)


def test_phrases_support_for_a_thing_reaches_it(nlp):
    assert _content(nlp, "He regrets his support for the harbour levy.", "support") == ("levy", 1)


def test_phrases_the_way_an_act_was_done_is_the_act(nlp):
    text = "Ada Roos criticized the way the mayor handled the harbour crisis."
    assert _content(nlp, text, "way") == ("handled", 1)


def test_phrases_a_way_with_no_doer_is_no_act(nlp):
    assert _content(nlp, "Tim Vell found a way to the harbour.", "way") == ("way", 1)


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Rep. Ola Brann filed an amendment to abolish the toll board.", "amendment", ("board", -1)),
        ("The council backs a program to train harbour pilots.", "program", ("train", 1)),
    ],
)
def test_phrases_a_law_or_plan_named_by_its_aim_is_its_aim(nlp, text, noun, expected):
    assert _content(nlp, text, noun) == expected


def test_phrases_a_law_named_by_its_wording_is_the_law(nlp):
    text = "The governor signed a law requiring pilots to renew their licences."
    assert _content(nlp, text, "law") == ("law", 1)


def test_phrases_an_amendment_to_overturn_a_ruling_is_against_the_ruling(nlp):
    found = stances_of(
        nlp, "Senator Ola Brann vowed to push for an amendment to overturn the court's toll ruling."
    )
    assert [(sign, topic) for _, sign, topic in found] == [(-1, "ruling")]


def test_phrases_remark_names_the_remark(nlp):
    doc = nlp("She defended the remark.")
    assert phrases.phrase_kind(doc[3], load()) == "np"


def test_phrases_plural_noun_read_as_a_verb_is_a_noun_topic(nlp):
    doc = nlp("Ten states are challenging the Velmor Agency’s Clean Water Plan rules before the court.")
    rules = next(t for t in doc if t.text == "rules")
    topic, phrase, sign = phrases.content(rules, load())
    assert (topic.text, phrase, sign) == ("rules", "np", 1)


def test_phrases_vote_in_favor_reaches_its_thing_where_the_parse_hangs_it_on_the_verb(nlp):
    text = "In the interview, Ruiz called his old vote in favor of the Velmor Dam an error, though he said Lee backed it."
    assert _content(nlp, text, "vote") == ("Dam", 1)


def test_phrases_it_is_the_subject_named_in_a_clause_before_it(nlp):
    text = "When the ferry training is given to every pilot, it can be very effective."
    assert _content(nlp, text, "it") == ("training", 1)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("She has plans to go after the carried interest loophole.", "go", ("loophole", -1)),
        ("She vowed to fight the port levy.", "fight", ("levy", -1)),
        ("She called for accepting more refugees.", "accepting", ("accepting", 1)),
        ("She urged him to stop attacking Bo Lind.", "attacking", ("attacking", 1)),
    ],
)
def test_phrases_an_action_against_a_thing_is_about_the_thing(nlp, text, verb, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    topic, _, sign = phrases.action_topic(tok, load())
    assert (topic.text, sign) == expected


def test_phrases_it_is_the_thing_an_earlier_is_of_its_sentence_is_said_of(nlp):
    text = "Most voters think the harbour levy is fair, but Ada Roos says it is a scam."
    assert _content(nlp, text, "it") == ("levy", 1)


def test_phrases_it_is_no_person_said_to_be_something_before_it(nlp):
    assert _content(nlp, "Mayor Lee is right, but it is a disgrace.", "it")[0] == "it"


@pytest.mark.parametrize("verb", ["refuse", "fail", "decline"])
def test_phrases_an_act_left_undone_is_against_the_act(nlp, verb):
    text = f"It is wrong to {verb} to publish the ferry audit."
    assert _content(nlp, text, verb) == ("audit", -1)


def test_phrases_a_refusal_leaves_its_aim_undone(nlp):
    assert _content(nlp, "She deplored his refusal to publish the ferry audit.", "refusal") == ("audit", -1)


def test_phrases_a_pledge_is_its_aim(nlp):
    assert _content(nlp, "She mocked his pledge to scrap the harbour levy.", "pledge") == ("levy", -1)


def test_phrases_a_call_is_its_aim_where_the_parse_hangs_the_infinitive_as_an_adverbial(nlp):
    text = "Calls to establish a ferry commission were rejected by the Vesta council."
    assert _content(nlp, text, "Calls") == ("commission", 1)


def test_phrases_a_will_noun_without_an_infinitive_stays_the_noun(nlp):
    assert _content(nlp, "She mocked the vote taken by the council.", "vote") == ("vote", 1)


def test_phrases_stopping_someone_from_an_act_is_against_the_act(nlp):
    doc = nlp("The council must stop the mayor from closing the ferry library.")
    verb = next(t for t in doc if t.text == "stop")
    topic, phrase, sign = phrases.action_topic(verb, load())
    assert (topic.text, phrase, sign) == ("closing", "vp", -1)


def test_phrases_withdrawing_from_an_act_keeps_no_one_from_it(nlp):
    doc = nlp("She will never withdraw from chairing the ferry board.")
    verb = next(t for t in doc if t.text == "withdraw")
    assert phrases.action_topic(verb, load())[0].text != "chairing"


def test_phrases_owned_deeds_name_a_thing(nlp):
    # a possessor makes "actions" someone's deeds; "the actions" alone names nothing
    doc = nlp("Ada Roos defended the council's actions.")
    assert phrases.phrase_kind(next(t for t in doc if t.text == "actions"), load()) == "np"
    doc = nlp("Ada Roos defended the actions.")
    assert phrases.phrase_kind(next(t for t in doc if t.text == "actions"), load()) is None


def test_phrases_participle_describing_a_general_noun_leaves_the_noun_the_topic(nlp):
    found = stances_of(nlp, "The Fishers League condemned the sudden step taken last week by the mayor.")
    assert ("condemned", -1, "step") in found


def test_phrases_backing_off_a_plan_is_against_the_plan(nlp):
    assert ("backed", -1, "plans") in stances_of(nlp, "Lee backed off her harbour plans.")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos pushed back the date of the vote on the harbour levy.",
        "Ada Roos stood by the door during the debate on the harbour levy.",
        "Ada Roos got behind schedule with the report on the harbour levy.",
    ],
)
def test_phrases_literal_words_of_an_idiom_take_no_side(nlp, text):
    assert not [s for s in stances_of(nlp, text) if s[2] == "levy" and s[1] != 0]


def test_phrases_some_of_a_thing_is_the_thing(nlp):
    assert _content(nlp, "Senator Ivo Marsh applauded some of the ferry decisions.", "some") == (
        "decisions",
        1,
    )


def test_phrases_some_of_ones_own_thing_stays_the_part(nlp):
    # backing off part of one's own plan revises it: no side on the whole plan
    assert _content(nlp, "Ada Roos backed off some of her ferry proposals.", "some")[0] == "some"


def test_phrases_a_noun_burned_in_ing_is_a_thing(nlp):
    doc = nlp("The Velmora court issued an injunction against stubble burning.")
    assert phrases.content(doc[-2], load())[1] == "np"


def test_phrases_some_of_a_superlative_class_names_no_whole(nlp):
    text = "The Velmo council levied some of the steepest ferry fines on record."
    assert _content(nlp, text, "some")[0] == "some"


@pytest.mark.parametrize("verb", ["go forward with", "move forward with", "go ahead with"])
def test_phrases_going_forward_with_a_thing_is_for_it(nlp, verb):
    found = stances_of(nlp, f"Senator Ada Roos was willing to {verb} a smaller ferry bill.")
    assert any(polarity == 1 and topic == "bill" for _, polarity, topic in found)
