"""One owner's thing named several ways: same noun, same owner, no words at odds."""

from __future__ import annotations

from faultlines.stances.owned import SOMEONE, Owned, joined, naming


def _owned(group: int, owner: str, *words: str, noun: str = "plan") -> Owned:
    return Owned(group, noun, owner, frozenset(words))


def test_owned_shorter_naming_joins_the_fuller_one_of_the_same_owner():
    things = [_owned(0, "roos", "tax"), _owned(1, "roos")]
    assert joined(things) == [(1, 0)]


def test_owned_two_things_of_one_owner_stay_apart():
    # "her tax plan" and "her health plan" are two plans; "her plan" could be either, so neither
    things = [_owned(0, "roos", "tax"), _owned(1, "roos", "health"), _owned(2, "roos")]
    assert joined(things) == []


def test_owned_things_of_two_owners_stay_apart():
    assert joined([_owned(0, "roos", "tax"), _owned(1, "kell")]) == []


def test_owned_things_of_two_kinds_stay_apart():
    assert joined([_owned(0, "roos", "tax"), _owned(1, "roos", noun="remark")]) == []


def test_owned_unknown_his_joins_one_named_owner_but_not_another_unknown():
    assert joined([_owned(0, "roos", "tax"), _owned(1, SOMEONE)]) == [(1, 0)]
    assert joined([_owned(0, SOMEONE, "tax"), _owned(1, SOMEONE)]) == []


def test_owned_naming_reads_the_owner_and_the_words_that_say_which(nlp):
    doc = nlp("Ms. Roos defended her revised harbour plan.")
    her = next(t.i for t in doc if t.lower_ == "her")
    roos = next(t.i for t in doc if t.text == "Roos")
    actor_at = {roos: "roos", her: "roos"}
    span = (her + 1, her + 4)
    found = naming(doc, span, 3, (actor_at, actor_at.get), {"roos": "Ada Roos"})
    # "revised" tells a version of the plan, not another plan
    assert found == Owned(3, "plan", "roos", frozenset({"harbour"}))


def test_owned_naming_of_a_thing_nobody_owns_is_none(nlp):
    doc = nlp("Ms. Roos defended the harbour plan.")
    assert naming(doc, (3, 6), 0, ({}, {}.get), {}) is None


def test_owned_naming_by_its_maker(nlp):
    doc = nlp("Ms. Roos drafted a harbour plan.")
    found = naming(doc, (4, 6), 0, ({}, {}.get), {"roos": "Ada Roos"}, maker="roos")
    assert found is not None and found.owner == "roos"
