"""Charges that accuse someone, and those that power, bill or rush (events/charges.py)."""

from __future__ import annotations

import pytest

from tests.events.helpers import happened


def test_charges_charging_a_device_or_a_fee_accuses_no_one(nlp):
    assert happened(nlp, "The dock is handy for charging Harbour laptops with spare batteries.") == []
    assert happened(nlp, "The mat has a spot for charging any Orbit Watch or Orbit Pods.") == []
    assert happened(nlp, "The lender charged savers fees they never agreed to.") == []


def test_charges_charging_someone_with_an_offence_is_still_an_accusation(nlp):
    assert happened(nlp, "Prosecutors charged Ada Roos with fraud on Monday.") == ["ACCUSE"]
    assert happened(nlp, "Police charged the driver with assault and battery.") == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Orbit van runs 400 km on one battery charge.",
        "The Orbit van runs 400 km on a charge.",
        "The Orbit van has fast charging support.",
        "In the play a knight charges through the hall.",
        "The crowd charged at the line of shields.",
    ],
)
def test_charges_a_charge_that_powers_or_a_rush_accuses_no_one(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos faces a charge of fraud in Vell.",
        "Ada Roos was arrested on a murder charge.",
        "Ada Roos was detained on a charge.",
        "Ada Roos faces three charges.",
    ],
)
def test_charges_a_charge_of_an_offence_is_still_an_accusation(nlp, text):
    assert happened(nlp, text) in (["ACCUSE"], ["COERCE"])
