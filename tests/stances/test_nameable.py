"""Which actors can hold a stance."""

from __future__ import annotations

import pytest

from faultlines.model import Actor
from faultlines.stances.nameable import cut, named, speaks_for_self


@pytest.mark.parametrize(
    ("name", "kind", "holds"),
    [
        ("Ada Roos", "person", True),
        ("Velmor Port Agency", "organisation", True),
        ("the Roos campaign", "organisation", True),
        ("some voters", "group", False),
        ("Velmor senator", "person", False),
        ("Judge", "person", False),
        ("Roos’s", "person", False),
        ("Court", "organisation", False),
        ("U.S. senator", "organisation", False),
        ("Congress", "organisation", True),
        ("the Lind administration", "organisation", True),
        ("the Velmor police", "group", True),
        ("Hamas", "group", True),
        ("Velmorans", "group", False),
        ("Afghan government", "organisation", True),
        ("Tarrow police", "organisation", True),
        ("Velmor officials' government", "organisation", False),
        ("the Velmor foreign ministry", "organisation", True),
        ("Jersey company", "organisation", False),
        ("police", "group", False),
        ("the town’s police", "organisation", False),
        ("Ohio legislature", "organisation", True),
        ("Lyon city council", "organisation", True),
        ("Ohio lawmakers", "group", False),
        ("legislature", "organisation", False),
        ("the Velmor-owned company", "organisation", False),
        ("the Velmor-Tarrow company", "organisation", True),
        ("Democrats", "group", True),  # a party's members: one side in politics
    ],
)
def test_nameable_only_a_name_or_named_body_holds_a_stance(name, kind, holds):
    assert named(Actor(id="a1", name=name, kind=kind)) is holds


def test_nameable_an_owners_name_cut_from_its_noun_is_cut():
    assert cut(Actor(id="a1", name="Roos's", kind="person"))
    assert not cut(Actor(id="a1", name="Ada Roos", kind="person"))


@pytest.mark.parametrize(
    ("name", "speaks"),
    [("the senator", True), ("Lee's former aide", True), ("a career officer", False), ("an aide", False)],
)
def test_nameable_a_person_described_speaks_for_self_unless_only_introduced(name, speaks):
    assert speaks_for_self(Actor(id="a1", name=name, kind="person")) is speaks
