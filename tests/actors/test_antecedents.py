"""Sources that name nobody, pointed at what they refer to as a reader would."""

import re

import pytest

from faultlines.actors import resolve
from faultlines.actors.antecedents import pair_before
from faultlines.model import Analysis, Quote


def _speakers(nlp, text, *sources):
    """One quote per source; a source is the n-th match of a pattern written as "pattern#n"."""
    a = Analysis(id="r", text=text)
    for n, source in enumerate(sources):
        pattern, _, nth = source.partition("#")
        found = list(re.finditer(rf"\b{re.escape(pattern)}\b", text))[int(nth or 0)]
        a.quotes.append(
            Quote(id=f"q{n}", kind="indirect", contents=[a.span(0, 1)], sources=[a.span(*found.span())])
        )
    resolve(a, nlp(text))
    return [q.speaker.name if q.speaker else None for q in a.quotes]


def test_antecedents_it_said_is_the_company(nlp):
    text = "Norlake Mining closed its pit in May. It said the ore had run out."
    assert _speakers(nlp, text, "It") == ["Norlake Mining"]


def test_antecedents_the_company_is_the_named_company(nlp):
    text = "Norlake Mining closed its pit in May. The company said the ore had run out."
    assert _speakers(nlp, text, "The company") == ["Norlake Mining"]


def test_antecedents_the_group_is_the_body_it_named(nlp):
    text = (
        "The group, Fair Rent Alliance, was formed last year. Mayor Ida Brun met Kestrel Homes on Monday. "
        "The group said rents were too high."
    )
    assert _speakers(nlp, text, "The group#1") == ["Fair Rent Alliance"]


def test_antecedents_epithet_is_the_person_just_named(nlp):
    text = "Arvid Nyquist sold the farm in June. The 61-year-old said he would miss the horses."
    assert _speakers(nlp, text, "The 61-year-old") == ["Arvid Nyquist"]


@pytest.mark.parametrize(
    ("text", "source", "person"),
    [
        (
            "Rio Tamsin played two new songs. The singer said the tour would go on.",
            "The singer",
            "Rio Tamsin",
        ),
        (
            "Police arrested Dale Ormond on Friday. The suspect said he was at home.",
            "The suspect",
            "Dale Ormond",
        ),
    ],
)
def test_antecedents_epithet_of_a_trade_or_a_part_in_the_story(nlp, text, source, person):
    assert _speakers(nlp, text, source) == [person]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ada Lund trails in the race. The poll said she had lost ground.", "The poll"),
        ("Dale Ormond was tried in May. The jury said it could not agree.", "The jury"),
        ("Ada Lund denied the story. The source said she had known for weeks.", "The source"),
    ],
)
def test_antecedents_a_thing_a_body_or_another_person_is_no_epithet(nlp, text, source):
    assert _speakers(nlp, text, source) == [source.lower()]


def test_antecedents_a_public_figures_trade_is_said_of_one_with_an_office(nlp):
    text = "Senator Ada Lund toured the shipyard on Monday. The Vell businesswoman said she would cut taxes."
    assert _speakers(nlp, text, "The Vell businesswoman") == ["Ada Lund"]


def test_antecedents_another_role_is_not_said_of_one_with_an_office(nlp):
    text = "Senator Ada Lund toured the clinic on Monday. The doctor said the ward was full."
    assert _speakers(nlp, text, "The doctor") != ["Ada Lund"]


def test_antecedents_definite_description_takes_the_earlier_one(nlp):
    text = "A nurse at the clinic said the ward was full. Later the nurse said two beds were free."
    names = _speakers(nlp, text, "A nurse at the clinic", "the nurse")
    assert names == ["a nurse at the clinic", "a nurse at the clinic"]


def test_antecedents_statement_speaks_for_its_author(nlp):
    text = (
        "Two divers were rescued, the coast guard said in a statement on Sunday. "
        '"Both are well," the statement said.'
    )
    first, second = _speakers(nlp, text, "the coast guard", "the statement")
    assert first == second and "coast guard" in first


def test_antecedents_a_statement_issued_speaks_for_its_issuer(nlp):
    text = (
        'Harbour Records issued a statement on Monday. "We were surprised by her claims," the statement read.'
    )
    assert _speakers(nlp, text, "the statement") == ["Harbour Records"]


def test_antecedents_a_report_spoken_of_or_a_thing_said_is_nobodys_epithet(nlp):
    # the report Lee criticised is another's; "the statement" is no epithet for the person just named
    text = 'Ada Lee criticized the report on Monday. "Growth will slow," the report said.'
    assert _speakers(nlp, text, "the report") == ["the report"]
    text = 'Ada Lee spoke on Monday. "Growth will slow," the statement said.'
    assert _speakers(nlp, text, "the statement") == ["the statement"]


def test_antecedents_role_named_later_is_that_person(nlp):
    text = (
        "Norway's ambassador to Peru criticised the vote. "
        "Norway's ambassador to Peru, Tessa Varn, said on Monday that the count was flawed."
    )
    assert _speakers(nlp, text, "Norway's ambassador to Peru") == ["Tessa Varn"]


def test_antecedents_they_said_is_the_group_before(nlp):
    text = "Local fishermen protested outside the port. They said the quotas were unfair."
    assert _speakers(nlp, text, "Local fishermen", "They") == ["local fishermen", "local fishermen"]


def test_antecedents_they_said_is_the_people_named_together_before(nlp):
    text = "Senators Ada Roos and Ben Kole met the harbour master on Monday. They said the toll was unfair."
    assert _speakers(nlp, text, "They") == ["Ada Roos and Ben Kole"]


def test_antecedents_pair_before_is_the_pair_joined_as_a_subject(nlp):
    doc = nlp("Ben Kole and Cy Marr met on Friday. They criticised the river toll.")
    they = next(t for t in doc if t.text == "They")
    named = {t.i: t.text for t in doc if t.text in ("Kole", "Marr")}
    assert pair_before(they, named, 0) == ("Kole", "Marr")


def test_antecedents_they_said_after_one_person_is_no_one(nlp):
    text = "Senator Ada Roos met the harbour master on Monday. They said the toll was unfair."
    assert _speakers(nlp, text, "They") == [None]


def test_antecedents_indefinite_body_is_the_one_named_next(nlp):
    text = (
        "Rents will rise by a third, according to a group of tenants. "
        "The group, Fair Rent Alliance, was formed last year."
    )
    assert _speakers(nlp, text, "a group of tenants") == ["Fair Rent Alliance"]


def test_antecedents_a_differently_described_one_is_another_actor(nlp):
    text = "A new poll showed the mayor ahead. The Harbour Gazette poll said she trailed."
    first, second = _speakers(nlp, text, "A new poll", "The Harbour Gazette poll")
    assert first == "a new poll" and second != first


def test_antecedents_someones_aide_is_not_the_person_just_named(nlp):
    text = "Ida Brun toured the flooded road. Her spokesman said it would reopen."
    assert _speakers(nlp, text, "Her spokesman") == ["her spokesman"]


def test_antecedents_the_appeals_court_is_the_court_of_appeals_named(nlp):
    text = (
        "The Velmor Court of Appeals for the Ninth District heard the case on Monday. "
        "The appeals court said the toll was unlawful."
    )
    assert _speakers(nlp, text, "The appeals court") == ["Velmor Court of Appeals for the Ninth District"]


def test_antecedents_the_court_of_appeals_is_the_one_named(nlp):
    text = "The Velmor Court of Appeals heard the case on Monday. The court of appeals said the toll was unlawful."
    assert _speakers(nlp, text, "The court of appeals") == ["Velmor Court of Appeals"]


def test_antecedents_the_utilities_commission_is_the_named_commission(nlp):
    text = "The Vesta Public Utilities Commission met on Monday. The utilities commission said the rates were unfair."
    assert _speakers(nlp, text, "The utilities commission") == ["Vesta Public Utilities Commission"]


def test_antecedents_the_appeals_court_with_two_named_is_neither(nlp):
    text = (
        "The Arden Court of Appeals and the Tolva Court of Appeals heard cases on Monday. "
        "The appeals court said the toll was unlawful."
    )
    speaker = _speakers(nlp, text, "The appeals court")[0]
    assert speaker not in ("Arden Court of Appeals", "Tolva Court of Appeals")


def test_antecedents_words_the_name_lacks_are_another_body(nlp):
    text = (
        "The Velmor Court of Appeals heard the case on Monday. The district court said the toll was unlawful."
    )
    assert _speakers(nlp, text, "The district court") != ["Velmor Court of Appeals"]


def test_antecedents_the_owners_office_is_the_office_named_so(nlp):
    text = (
        "Ada Roos admitted the fraud, the Velmor Attorney's Office for the Arden Region said. "
        "She may serve ten years, the Velmor attorney's office said."
    )
    first, second = _speakers(nlp, text, "the Velmor Attorney's Office", "the Velmor attorney's office")
    assert first is not None and "Office" in first and second == first


def test_antecedents_body_first_named_as_a_speaker_is_recalled_later(nlp):
    text = (
        "Ada Roos was charged, the Velmor Port Agency of Arden said on Monday. "
        "The port agency said she had lied."
    )
    assert _speakers(nlp, text, "the Velmor Port Agency of Arden", "The port agency") == [
        "Velmor Port Agency of Arden",
        "Velmor Port Agency of Arden",
    ]


def test_antecedents_the_agency_is_no_body_of_unknown_kind(nlp):
    text = "Tarvo Dynamics tested its engine on Monday. The agency said the test went well."
    assert _speakers(nlp, text, "The agency") != ["Tarvo Dynamics"]


def test_antecedents_the_agency_is_a_known_agency(nlp):
    text = "NASA tested its engine on Monday. The agency said the test went well."
    assert _speakers(nlp, text, "The agency") == ["NASA"]


def test_antecedents_the_military_is_no_company(nlp):
    text = "Tarvo Dynamics sold its drones on Monday. The military said the drones were late."
    assert _speakers(nlp, text, "The military") != ["Tarvo Dynamics"]


def test_antecedents_the_government_is_the_country_named(nlp):
    text = "Chile tightened its border rules on Monday. The government said the rules were needed."
    assert _speakers(nlp, text, "The government") == ["Chile"]


def test_antecedents_the_company_is_not_a_country(nlp):
    text = "Chile tightened its border rules on Monday. The company said the rules were needed."
    assert _speakers(nlp, text, "The company") != ["Chile"]


def test_antecedents_the_agency_is_no_office(nlp):
    text = (
        "The Office of Management and Budget cut its costs on Monday. The agency said the cuts were needed."
    )
    assert _speakers(nlp, text, "The agency") != ["Office of Management and Budget"]
