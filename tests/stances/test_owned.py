"""One owner's thing named several ways: same noun, same owner, no words at odds."""

from __future__ import annotations

from faultlines import analyze
from faultlines.stances.owned import NOBODY, SOMEONE, Owned, joined, naming, regroup


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
    found = naming(doc, span, 3, (actor_at, actor_at.get, {}), {"roos": "Ada Roos"})
    # "revised" tells a version of the plan, not another plan
    assert found == Owned(3, "plan", "roos", frozenset({"harbour"}))


def test_owned_naming_of_a_thing_nobody_owns_is_nobodys(nlp):
    doc = nlp("Ms. Roos defended the harbour plan.")
    assert naming(doc, (3, 6), 0, ({}, {}.get, {}), {}) == Owned(0, "plan", NOBODY, frozenset({"harbour"}))


def test_owned_naming_of_a_plan_by_what_it_does_is_a_plan(nlp):
    doc = nlp("Ms. Roos defended her plan to close the ferry pier.")
    her = next(t.i for t in doc if t.lower_ == "her")
    actor_at = {her: "roos"}
    close = next(t.i for t in doc if t.text == "close")
    found = naming(doc, (close, close + 4), 0, (actor_at, actor_at.get, {}), {"roos": "Ada Roos"})
    assert found == Owned(0, "plan", "roos", frozenset({"clos", "ferry", "pier"}), by_deed=True)


def test_owned_unowned_naming_joins_the_one_owner_of_its_kind():
    # "the new budget" and "Hale's budget", with no other budget named
    assert joined([_owned(0, NOBODY, noun="budget"), _owned(1, "hale", noun="budget")]) == [(0, 1), (1, 0)]


def test_owned_unowned_naming_fitting_two_owners_joins_neither():
    things = [_owned(0, NOBODY), _owned(1, "hale"), _owned(2, "vos")]
    assert not any(0 in pair for pair in joined(things))


def test_owned_two_unowned_namings_are_grouped_by_their_words_alone():
    assert joined([_owned(0, NOBODY, "tax"), _owned(1, NOBODY)]) == []


def test_owned_owners_naming_is_sought_among_its_owners_before_unowned_ones():
    # "Hale's plan" with "Hale's tax plan" and "the port plan": Hale's tax plan
    things = [_owned(0, "hale", "tax"), _owned(1, NOBODY, "port"), _owned(2, "hale")]
    assert (2, 0) in joined(things)


def test_owned_a_plan_told_by_its_deeds_leaves_the_bare_naming_to_the_named_plan():
    # "his plans to cut rates", "his tax plan", "Kim's plan": the tax plan, told by what it is
    deed = Owned(0, "plan", "kim", frozenset({"cut", "rat"}), by_deed=True)
    assert (2, 1) in joined([deed, _owned(1, "kim", "tax"), _owned(2, "kim")])


def test_owned_naming_by_its_maker(nlp):
    doc = nlp("Ms. Roos drafted a harbour plan.")
    found = naming(doc, (4, 6), 0, ({}, {}.get, {}), {"roos": "Ada Roos"}, maker="roos")
    assert found is not None and found.owner == "roos"


def test_owned_a_naming_fitting_one_thing_named_more_or_less_fully_joins_the_fullest():
    # "Kim's plan" fits "his revised plan" and "his harbour tax plan": one plan, named twice
    things = [_owned(0, "roos", "harbour", "tax"), _owned(1, "roos"), _owned(2, "roos")]
    assert joined(things) == [(1, 0), (2, 0)]


def test_owned_unknown_his_fitting_the_things_of_two_people_joins_neither():
    pairs = joined([_owned(0, "roos", "tax"), _owned(1, "kell"), _owned(2, SOMEONE)])
    assert not any(one == 2 or 0 in (one, other) for one, other in pairs)


def test_owned_two_bills_of_one_sponsor_stay_apart_however_often_named_bare():
    # "his tax bill", "his housing bill", "Kim's bill", "his new bill": the bare ones could be either
    things = [_owned(0, "roos", "tax"), _owned(1, "roos", "housing"), _owned(2, "roos"), _owned(3, "roos")]
    assert joined(things) == []


def test_owned_a_maker_and_a_critic_of_one_revised_plan_dispute_it():
    text = (
        "Mayor Tom Kim released his harbour tax plan in May. After complaints over its costs, Kim dropped "
        "a few of his initial proposals and presented his revised plan in June.\n\n"
        "Council member Ann Lee has lambasted Kim's plan. \"It would hand the big shipping lines a "
        'windfall," she said.'
    )
    analysis = analyze(text)
    assert len({s.topic for s in analysis.stances}) == 1
    assert len(analysis.disputes) == 1


def test_owned_a_named_law_is_a_law_nobody_owns(nlp):
    doc = nlp("Ms. Roos defended the Harbour Tolls Act.")
    found = naming(doc, (4, 7), 0, ({}, {}.get, {}), {})
    assert found == Owned(0, "law", NOBODY, frozenset({"harbour", "toll"}))


def test_owned_a_bare_naming_grouped_with_one_owners_thing_joins_no_other_owners():
    # a regression: "the budget", grouped with "Vos's budget" by its words, bridged it to "Hale's budget"
    things = [
        _owned(0, "hale", noun="budget"),
        _owned(1, "vos", noun="budget"),
        _owned(1, NOBODY, noun="budget"),
    ]
    assert joined(things) == []


def test_owned_the_owners_title_says_nothing_of_which_thing(nlp):
    doc = nlp("Tom Brill mocked Mayor Ada Roos's decision.")
    roos = next(t.i for t in doc if t.text == "Roos")
    actor_at = {roos: "roos"}
    found = naming(doc, (3, 8), 0, (actor_at, actor_at.get, {}), {"roos": "Ada Roos"})
    assert found is not None and found.words == frozenset()


def test_owned_a_bare_naming_joins_a_thing_named_as_a_body_and_its_countrys():
    # a regression: "these allegations" stayed apart from "the ministry's allegations", also named Velmora's
    things = [
        _owned(0, NOBODY, noun="accusation"),
        _owned(1, "ministry", noun="accusation"),
        _owned(1, "velmora", noun="claim"),
    ]
    assert (0, 1) in joined(things)


def test_owned_regroup_splits_one_group_holding_two_peoples_things(nlp):
    doc = nlp("Ruiz hid his tax returns. Vorn mocked Kell for hiding his tax returns. The returns matter.")
    first, second, bare = [(t.i - 2, t.i + 1) for t in doc if t.lower_ == "returns" and t.i > 0][:3]
    his = [t.i for t in doc if t.lower_ == "his"]
    owner_of = {his[0]: "ruiz", his[1]: "kell"}
    whose = ({}, owner_of.get, {"ruiz": "m", "kell": None})
    spans = [first, second, (bare[1] - 1, bare[1])]
    assert regroup([0, 0, 0], spans, doc, whose, {}, [None, None, None]) == [0, 1, 1]


def test_owned_regroup_leaves_a_bodys_and_another_owners_thing_together(nlp):
    # "the ministry's claim" may well be its country's: only two people's things are two things
    doc = nlp("The ministry repeated its claim. Velmora stood by its claim.")
    spans = [(t.i - 1, t.i + 1) for t in doc if t.lower_ == "claim"]
    its = [t.i for t in doc if t.lower_ == "its"]
    owner_of = {its[0]: "ministry", its[1]: "velmora"}
    assert regroup([0, 0], spans, doc, ({}, owner_of.get, {}), {}, [None, None]) == [0, 0]
