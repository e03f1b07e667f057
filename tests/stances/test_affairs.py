"""An actor acting on its own affairs takes no side unless someone else takes one on the same thing."""

from __future__ import annotations

import pytest

from faultlines.stances import nouns
from faultlines.stances.affairs import mark
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from tests.stances.helpers import analysed_stances, held_on


def _owned(nlp, text: str) -> list[tuple[str, bool]]:
    doc = nlp(text)
    return [(doc[e.topic].text, mark(e, doc, load()).owned) for e in find(doc, load()) if e.phrase == "np"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The Velmo Courier is planning to end Monday publication of all its papers.", "publication"),
        ('"We will scrap our two depots," Ada Roos said.', "depots"),
        ("Brill Motors plans to release its first electric van next spring.", "van"),
        ("Court papers show that the suit was filed by Ada Roos, a lawyer in Brill.", "suit"),
    ],
)
def test_affairs_acting_on_ones_own_things_is_owned(nlp, text, topic):
    assert (topic, True) in _owned(nlp, text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Borduria insisted that Vesta stop its border raids.", "raids"),  # Vesta's raids, Borduria's demand
        ('"He has been insulting our nurses for years," Ada Roos said of Bo Lind.', "nurses"),
        ("Ada Roos vowed to scrap the harbour levy.", "levy"),
        ("Borduria stands ready to withdraw its garrison from Vesta.", "garrison"),  # a position, not a plan
    ],
)
def test_affairs_a_side_on_another_s_thing_stays_a_stance(nlp, text, topic):
    assert (topic, False) in _owned(nlp, text) or topic not in dict(_owned(nlp, text))


def test_affairs_an_own_closure_counts_where_another_takes_a_side():
    alone = analysed_stances("The Velmo Courier is planning to end Monday publication of all its papers.")
    assert held_on(alone, "publication") == set()
    contested = analysed_stances(
        "The Velmo Courier is planning to end Monday publication of all its papers. "
        'Ada Roos, the mayor of Brill, said ending the Monday publication "is a disgrace."'
    )
    assert ("Ada Roos", -1) in held_on(contested, "publication")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The Velmo council adopted a new port budget on Monday.", "budget"),
        ("Velmora will scrap the new port fees next month.", "fees"),
    ],
)
def test_affairs_a_new_thing_enacted_or_undone_is_a_side_taken(nlp, text, topic):
    assert (topic, False) in _owned(nlp, text)


def test_affairs_a_new_thing_launched_stays_a_business_move(nlp):
    assert ("app", True) in _owned(nlp, "Brill Motors plans to launch a new booking app.")


def test_affairs_a_suit_filed_over_a_thing_takes_a_side_on_the_thing(nlp):
    # the suit is the filer's own making; the thing it is filed over is not
    assert ("levy", False) in _owned(nlp, "The Dock Workers Guild filed suit over the harbour levy.")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Velmo has unveiled its 14-inch Tablo laptop.", "laptop"),
        ("Velmo has introduced its Tablo speakers for smart radios.", "speakers"),
        ("On that stage Velmo founder Ada Roos unveiled many products.", "products"),
    ],
)
def test_affairs_a_product_unveiled_is_a_launch_not_a_side(nlp, text, topic):
    assert (topic, True) in _owned(nlp, text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Ada Roos unveiled a tax plan for the harbour towns.", "plan"),
        ("Senator Bo Lind introduced a bill on depot closures.", "bill"),
        ("The council unveiled an early sketch of its harbour budget.", "sketch"),
        ("Ada Roos unveiled an early sketch of what later became the harbour plan.", "sketch"),
    ],
)
def test_affairs_a_proposal_unveiled_stays_its_proposers_side(nlp, text, topic):
    assert (topic, False) in _owned(nlp, text)


def test_affairs_a_bill_introduced_to_do_something_is_a_side_on_doing_it():
    stances = analysed_stances("Senator Bo Lind introduced a bill to close the depot.")
    assert held_on(stances, "depot") == {("Bo Lind", 1)}


def test_affairs_an_unveiled_product_alone_is_no_stance():
    assert held_on(analysed_stances("Velmo has unveiled its 14-inch Tablo laptop."), "laptop") == set()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ('"We are truly excited about our 40th anniversary tour," said Ada Roos of Harbour Lights.', "tour"),
        ("Harbour Lights said it is thrilled with its new album.", "album"),
    ],
)
def test_affairs_a_feeling_about_ones_own_work_is_owned(nlp, text, topic):
    doc = nlp(text)
    marked = [(doc[e.topic].text, mark(e, doc, load()).owned) for e in nouns.find(doc, load())]
    assert (topic, True) in marked


def test_affairs_a_feeling_about_ones_own_proposal_stays_a_side(nlp):
    doc = nlp('"We are proud of our harbour plan," Ada Roos said.')
    marked = [(doc[e.topic].text, mark(e, doc, load()).owned) for e in nouns.find(doc, load())]
    assert ("plan", False) in marked


def test_affairs_a_person_introduced_with_praise_is_not_a_launch(nlp):
    text = 'Ada Roos introduced Bo Lind to the crowd as "someone who has changed the whole trade".'
    assert ("Lind", True) not in _owned(nlp, text)


def test_affairs_a_complaint_about_ones_own_treatment_stays_a_side(nlp):
    doc = nlp('"We are upset by our exclusion from the harbour talks," Ada Roos said.')
    marked = [(doc[e.topic].text, mark(e, doc, load()).owned) for e in nouns.find(doc, load())]
    assert ("exclusion", True) not in marked
