"""Who an act's doer or object is, as their words tell."""

from __future__ import annotations

import pytest

from faultlines.events.doers import admits_monitors, doer_sector, official
from tests.events.helpers import happened


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_doers_sector_of_the_people_counted(nlp):
    assert doer_sector(_verb(nlp, "Thousands of farmers blocked the road.", "block")) == "AGR"
    assert doer_sector(_verb(nlp, "The police blocked the road.", "block")) == "COP"


def test_doers_office_holders_and_inspectors(nlp):
    doc = nlp("The premier received the foreign minister.")
    assert official(next(t for t in doc if t.lower_ == "minister"))
    assert admits_monitors(_verb(nlp, "The regime admitted a team of inspectors.", "admit"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harsh reality that ambushed Ada Roos in the clinic changed her plans.", []),
        ("The parking policy that hit the harbour traders was dropped.", []),
        ("The raid killed four guards at the depot.", ["ASSAULT"]),
        ("The rebels who shelled the village fled north.", ["ASSAULT"]),
        # an armed group named by a word in "-ance" is people, no quality
        ("The Velmoran resistance attacked an army convoy.", ["ASSAULT"]),
    ],
)
def test_doers_a_quality_or_a_plan_uses_no_force(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_doers_a_law_by_its_name_restricts_no_one_the_council_does(nlp):
    assert happened(nlp, "The harbour act banned night fishing in the bay.") == []
    assert happened(nlp, "The harbour council banned night fishing in the bay.") == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tariffs on harbour goods hit customers directly.", []),
        ("The sanctions hit the poorest families in the valley hard.", []),
        ("The airstrike hit a school in the harbour town.", ["ASSAULT"]),
        ("The missile hit a school in the harbour town.", ["ASSAULT"]),
    ],
)
def test_doers_a_measure_hitting_people_is_its_cost_not_force(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_doers_a_country_the_tagger_took_for_a_person_blocks_as_a_state(nlp):
    doc = nlp("Jordan blocked the main border crossing.")
    assert doc[0].ent_type_ != "GPE"  # the tagger's slip this guards against
    assert doer_sector(doc[1]) == "GOV"
