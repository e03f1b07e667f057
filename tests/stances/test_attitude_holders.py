import pytest

from faultlines.stances import attitude_holders
from faultlines.stances.lexicon import load
from tests.stances.helpers import word


@pytest.mark.parametrize(
    ("text", "verb", "holder", "side"),
    [
        ("Ada Roos backs the harbour levy.", "backs", "Roos", 1),
        ("Ada Roos refused to endorse the harbour levy.", "endorse", "Roos", -1),
        ("Ada Roos is said to have opposed the harbour levy.", "opposed", "Roos", 1),
        ("The harbour levy, promoted by Ada Roos, passed.", "promoted", "Roos", 1),
        ("Ada Roos filed papers opposing the harbour levy.", "opposing", "Roos", 1),
        ("Ada Roos posted a string of messages opposing the harbour levy.", "opposing", "Roos", 1),
        ("Ada Roos's posts opposing the harbour levy drew replies.", "opposing", "Roos", 1),
    ],
)
def test_attitude_holders_who_takes_the_side_a_verb_states(nlp, text, verb, holder, side):
    doc = nlp(text)
    found = attitude_holders.holder(word(doc, verb), load())
    assert found is not None and found[0].text == holder and found[1] == side


def test_attitude_holders_a_participle_on_people_met_is_theirs_not_the_meeters(nlp):
    doc = nlp("Ada Roos met farmers opposing the harbour levy.")
    assert attitude_holders.holder(word(doc, "opposing"), load()) is None


def test_attitude_holders_the_council_that_must_back_a_thing_holds_no_stance(nlp):
    doc = nlp("The council must back the harbour levy.")
    assert attitude_holders.holder(word(doc, "back"), load())[0] is None


def test_attitude_holders_a_deed_begun_is_told_by_its_aspect_verb(nlp):
    doc = nlp("Governor Ada Roos began enacting the port tariffs.")
    assert attitude_holders.begun(word(doc, "enacting"), load()).text == "began"
    assert attitude_holders.deed(word(doc, "enacting"), load())


def test_attitude_holders_an_attitude_kept_up_is_no_deed(nlp):
    doc = nlp("Ada Roos kept attacking the port tariffs.")
    assert attitude_holders.begun(word(doc, "attacking"), load()).text == "attacking"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ada Roos took the decision to approve the harbour levy.", "approve"),
        ("Ada Roos put forward a plan to block the harbour levy.", "block"),
    ],
)
def test_attitude_holders_who_took_a_decision_holds_the_side_of_its_infinitive(nlp, text, verb):
    found = attitude_holders.holder(word(nlp(text), verb), load())
    assert found is not None and found[0].text == "Roos"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ada Roos came to the port on Monday to back the harbour levy.", "back"),
        ("Ada Roos continued to attack the harbour levy.", "attack"),
    ],
)
def test_attitude_holders_who_acts_to_an_end_holds_the_side_of_its_infinitive(nlp, text, verb):
    found = attitude_holders.holder(word(nlp(text), verb), load())
    assert found is not None and found[0].text == "Roos"


@pytest.mark.parametrize(
    "text",
    [
        "The flood prompted Ada Roos to back the harbour levy.",
        "Ada Roos did not come to the port to back the harbour levy.",
        "Ada Roos faced pressure from local farmers to back the harbour levy.",
        "Ada Roos appears to back the harbour levy.",
    ],
)
def test_attitude_holders_one_made_to_act_or_acting_in_denial_or_seeming_holds_nothing(nlp, text):
    assert attitude_holders.holder(word(nlp(text), "back"), load()) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ada Roos sent a letter attacking the harbour levy.", "attacking"),
        ("In an open memo backing the harbour levy, Ada Roos said the port needs money.", "backing"),
    ],
)
def test_attitude_holders_who_sends_or_writes_a_thing_holds_the_side_it_states(nlp, text, verb):
    found = attitude_holders.holder(word(nlp(text), verb), load())
    assert found is not None and found[0].text == "Roos"


def test_attitude_holders_an_act_only_expected_is_no_end_acted_for(nlp):
    doc = nlp("The ferry Ada Roos expected to welcome at the quay sank.")
    assert attitude_holders.holder(word(doc, "welcome"), load()) is None
