"""The phrase each topic word names, or none for a word that names nothing at stake."""

from __future__ import annotations

from faultlines.stances.lexicon import load
from faultlines.stances.mentions import mention
from faultlines.stances.polarity import find
from tests.stances.helpers import analysed_stances, held_on


def test_mentions_verb_phrase_with_only_a_general_noun_names_no_topic(nlp):
    doc = nlp("The coach vowed to finish the job.")
    assert [mention(e, doc) for e in find(doc, load())] == [None]


def test_mentions_noun_phrase_keeps_the_name_it_is_known_by(nlp):
    from faultlines.stances.lexicon import load
    from faultlines.stances.polarity import find

    doc = nlp("The mayor opposes the automatic budget cuts known as the squeeze.")
    (expr,) = [e for e in find(doc, load()) if e.polarity]
    start, end = mention(expr, doc)
    assert doc[start:end].text.endswith("known as the squeeze")


def test_mentions_general_rules_are_named_by_what_they_are_for(nlp):
    doc = nlp("The Fair Levy League backs a raft of rules to curb port fees.")
    (expr,) = [e for e in find(doc, load()) if doc[e.topic].lower_ == "raft"]
    start, end = mention(expr, doc)
    assert doc[start:end].text == "raft of rules to curb port fees"


def test_mentions_bare_general_noun_is_named_by_its_purpose(nlp):
    doc = nlp("Senator Ann Ruiz said she will introduce legislation to cap harbor fees.")
    exprs = [e for e in find(doc, load()) if doc[e.topic].lower_ == "legislation"]
    assert exprs
    start, end = mention(exprs[0], doc)
    assert doc[start:end].text == "legislation to cap harbor fees"


def test_mentions_a_bare_gerund_object_names_the_action(nlp):
    doc = nlp("The city has to do everything it can to improve policing.")
    (expr,) = find(doc, load())
    start, end = mention(expr, doc)
    assert doc[start:end].text == "improve policing"


def test_mentions_bare_noun_names_the_thing_named_in_full_before(nlp):
    doc = nlp("Tom Kim said the annexation of Velmora was a crime. Ann Lee said the annexation is vital.")
    exprs = find(doc, load())
    start, end = mention(exprs[-1], doc)
    assert doc[start:end].text == "annexation of Velmora"


def test_mentions_bare_role_noun_is_no_earlier_person(nlp):
    doc = nlp("Tom Kim met a senator from Velmora. Ann Lee said the senator is a disgrace.")
    exprs = find(doc, load())
    start, end = mention(exprs[-1], doc)
    assert doc[start:end].text == "senator"


def test_mentions_a_phrase_of_stop_words_names_no_topic_unless_a_name(nlp):
    doc = nlp("Lee thinks the whole thing is outrageous. Kim thinks the US is wonderful.")
    spans = [mention(e, doc) for e in find(doc, load())]
    assert [doc[s[0] : s[1]].text if s else None for s in spans] == [None, "US"]


def test_mentions_framing_noun_names_what_it_is_about(nlp):
    doc = nlp("Kim blocked any discussion of pooling the harbour fleets.")
    (expr,) = [e for e in find(doc, load()) if e.polarity]
    start, end = mention(expr, doc)
    assert doc[start:end].text == "pooling the harbour fleets"


def test_mentions_framed_gerund_keeps_its_doer(nlp):
    for text, thing in (
        ("Lee backed the idea of Kim chairing the water board.", "Kim chairing the water board"),
        ("Lee backed the idea of the farmers running the water board.", "farmers running the water board"),
    ):
        doc = nlp(text)
        (expr,) = [e for e in find(doc, load()) if e.polarity]
        start, end = mention(expr, doc)
        assert doc[start:end].text == thing


def test_mentions_talks_are_a_thing_of_their_own(nlp):
    doc = nlp("Kim rejected the talks on the harbour fleets.")
    (expr,) = [e for e in find(doc, load()) if e.polarity]
    start, end = mention(expr, doc)
    assert doc[start:end].text == "talks on the harbour fleets"


def test_mentions_action_on_a_people_named_by_origin_names_a_topic(nlp):
    doc = nlp("The governor vowed to fence off the Danish people.")
    (expr,) = [e for e in find(doc, load()) if e.polarity]
    start, end = mention(expr, doc)
    assert doc[start:end].text == "fence off the Danish people"


def test_mentions_bare_charges_stand_for_the_charges_named_before():
    text = "Prosecutors brought charges of bribery in the port against Ada Roos. Roos will fight the charges."
    assert held_on(analysed_stances(text), "bribery") == {("Ada Roos", -1)}


def test_mentions_a_topic_leaves_out_the_as_phrase_that_judges_it():
    stances = analysed_stances(
        "Mayor Ada Roos has often cited improving ferry services for islanders as a top priority."
    )
    assert held_on(stances, "ferry") == {("Ada Roos", 1)}
    assert not held_on(stances, "priority")


def test_mentions_a_topic_leaves_out_a_quoted_name_hung_after_it():
    stances = analysed_stances("Ada Roos called the harbour board’s conduct “outrageous” on Monday.")
    assert held_on(stances, "conduct") == {("Ada Roos", -1)}
    assert not held_on(stances, "outrageous")
