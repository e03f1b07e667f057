"""A bare "the <body noun>" that acts stands for the body named before it."""

from faultlines.actors import resolve
from faultlines.model import Analysis


def _mentions(nlp, text: str) -> dict[str, list[str]]:
    analysis = Analysis(id="r", text=text)
    resolve(analysis, nlp(text))
    return {a.name: [m.text for m in a.mentions] for a in analysis.actors}


def test_recalled_bodies_subject_is_the_named_company(nlp):
    text = "Harbour Records dropped Ada Roos on Friday. The company denied the claim on Monday."
    assert "The company" in _mentions(nlp, text)["Harbour Records"]


def test_recalled_bodies_doer_of_a_passive_is_the_named_league(nlp):
    text = "The Northern Rowing League met on Monday. Ben Hale was banned by the league for a year."
    assert "the league" in _mentions(nlp, text)["Northern Rowing League"]


def test_recalled_bodies_body_only_spoken_to_is_not_recalled(nlp):
    text = "Ada Roos told Harbour Records about the plan. The company denied the claim on Monday."
    assert "The company" not in _mentions(nlp, text)["Harbour Records"]


def test_recalled_bodies_nothing_named_stays_nobodys(nlp):
    text = "Ada Roos spoke in the square. The company denied the claim on Monday."
    assert all("The company" not in spans for spans in _mentions(nlp, text).values())


def test_recalled_bodies_described_company_is_not_recalled(nlp):
    text = "Harbour Records dropped Ada Roos. The new company denied the claim on Monday."
    assert "company" not in " ".join(_mentions(nlp, text)["Harbour Records"])


def test_recalled_bodies_the_agency_is_the_body_whose_name_ends_so(nlp):
    text = (
        "The Velmor Port Agency fined Apex on Monday. Apex said the Velmor Port Agency was wrong, "
        "and Harbour Records agreed. The agency denied the claim."
    )
    assert "The agency" in _mentions(nlp, text)["Velmor Port Agency"]


def test_recalled_bodies_two_bodies_before_leave_it_nobodys(nlp):
    text = "The Velmor Bank and Apex Mining met on Monday. The company rejected the deal."
    mentions = _mentions(nlp, text)
    assert all("The company" not in spans for spans in mentions.values())


def test_recalled_bodies_the_alliance_is_the_body_named_on_that_noun(nlp):
    text = (
        "The Alliance for Clean Harbours met on Monday. Ada Roos and Harbour Records spoke there. "
        "The alliance denied the claim."
    )
    assert "The alliance" in _mentions(nlp, text)["Alliance for Clean Harbours"]


def test_recalled_bodies_a_cited_outlet_is_no_acting_government(nlp):
    text = "Floods hit Velmor again, reports Reuters. The government has since built new dams."
    assert all("The government" not in spans for spans in _mentions(nlp, text).values())


def test_recalled_bodies_a_body_owning_the_subject_does_not_act(nlp):
    text = "A Velmor Audit Office memo says the agency lost track of the harbour fund."
    assert all("the agency" not in spans for spans in _mentions(nlp, text).values())


def test_recalled_bodies_the_appeals_court_acting_is_the_named_court(nlp):
    text = (
        "The Velmor Court of Appeals for the Ninth District heard the case on Monday. "
        "Later the appeals court struck down the toll law."
    )
    assert "the appeals court" in _mentions(nlp, text)["Velmor Court of Appeals for the Ninth District"]


def test_recalled_bodies_the_appeals_court_with_two_courts_named_is_neither(nlp):
    text = (
        "The Arden Court of Appeals and the Tolva Court of Appeals met. The appeals court rejected the tax."
    )
    mentions = _mentions(nlp, text)
    assert "The appeals court" not in mentions["Arden Court of Appeals"] + mentions["Tolva Court of Appeals"]


def test_recalled_bodies_the_government_that_acts_is_the_country(nlp):
    text = "Chile tightened its border rules on Monday. The government denied the claim on Tuesday."
    assert "The government" in _mentions(nlp, text)["Chile"]


def test_recalled_bodies_the_agency_is_no_company_named_before(nlp):
    text = "Tarvo Dynamics tested its engine on Monday. The agency denied the claim on Tuesday."
    assert "The agency" not in _mentions(nlp, text)["Tarvo Dynamics"]
