"""One story told in many phrasings, each read whole: the side a named actor takes on a plan named
before, and the event a sentence reports. News says the same thing many ways; each row is one way a
reader would read without doubt."""

from __future__ import annotations

import pytest

from faultlines import analyze
from tests.stances.helpers import analysed_stances, held_on

PLAN = "Mayor Ada Roos unveiled a harbour plan on Monday. "


@pytest.mark.parametrize(
    ("said", "side"),
    [
        ('"The plan is dangerous," said Senator Ivo Marsh.', -1),
        ('"It will hurt renters," said Senator Ivo Marsh.', -1),
        ('"The plan is a step in the right direction," said Senator Ivo Marsh.', 1),
        ('"This is the right thing to do," said Senator Ivo Marsh.', 1),
        ('"We cannot support this plan," said Senator Ivo Marsh.', -1),
        ("According to Senator Ivo Marsh, the plan is a disaster.", -1),
        ("Senator Ivo Marsh wrote on Twitter that the plan was a disaster.", -1),
        ("Senator Ivo Marsh, speaking on Velmo News, said the plan was a disaster.", -1),
        ("Senator Ivo Marsh called the plan a waste of money.", -1),
        ("Senator Ivo Marsh described the plan as reckless.", -1),
        ("Senator Ivo Marsh said the plan would cost jobs.", -1),
        ("Senator Ivo Marsh said the plan would cost thousands of jobs.", -1),
        ("Senator Ivo Marsh said the plan would create thousands of jobs.", 1),
        ("Senator Ivo Marsh is furious about the plan.", -1),
        ("Senator Ivo Marsh was enraged by the plan.", -1),
        ("Senator Ivo Marsh took issue with the plan.", -1),
        ("Senator Ivo Marsh came out against the plan.", -1),
        ("Senator Ivo Marsh threw his support behind the plan.", 1),
        ("Senator Ivo Marsh signed on to the plan.", 1),
        ("Senator Ivo Marsh voted against the plan.", -1),
        ("Senator Ivo Marsh urged the council to pass the plan.", 1),
        ("Senator Ivo Marsh vowed to block the plan.", -1),
        ("Senator Ivo Marsh filed a lawsuit challenging the plan.", -1),
        ("Senator Ivo Marsh, a vocal critic of the plan, spoke on Tuesday.", -1),
        ("Senator Ivo Marsh is no fan of the plan.", -1),
        ("Senator Ivo Marsh has no objection to the plan.", 1),
        ("The plan drew criticism from Senator Ivo Marsh.", -1),
        ("The plan won praise from Senator Ivo Marsh.", 1),
        ("The plan was endorsed by Senator Ivo Marsh.", 1),
        ("The Velmo Port Council scrapped the plan on Friday.", -1),
        ("The Velmo Port Council axed the plan on Friday.", -1),
        ("The Velmo Port Council implemented the plan on Friday.", 1),
    ],
)
def test_phrasings_a_side_on_a_plan_named_before(said, side):
    stances = held_on(analysed_stances(PLAN + said), "harbour plan")
    holder = "Velmo Port Council" if "Council" in said else "Ivo Marsh"
    assert (holder, side) in stances


@pytest.mark.parametrize(
    ("done", "opposed"),
    [
        ("decided to close the ferry pier", "opposes closing the pier"),
        ("opted to close the ferry pier", "opposes closing the pier"),
        ("agreed to close the ferry pier", "opposes closing the pier"),
        ("plans to close the ferry pier", "opposes closing the pier"),
        ("will close the ferry pier", "opposes closing the pier"),
        ("closed the ferry pier on Friday", "opposed closing the pier"),
        ("closed the ferry pier on Friday", "condemned the closure"),
        ("has closed the ferry pier", "criticised the closure"),
        ("closed the ferry pier on Friday", "condemned the move"),
        ("closed the ferry pier on Friday", "called the decision reckless"),
    ],
)
def test_phrasings_the_doer_of_an_act_another_opposes(done, opposed):
    text = f"The Velmo Port Council {done}. Senator Ivo Marsh {opposed}."
    word = "closure" if "closure" in opposed else "pier"
    assert held_on(analysed_stances(text), word) == {("Velmo Port Council", 1), ("Ivo Marsh", -1)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Senator Ivo Marsh accused Mayor Ada Roos of lying.", "ACCUSE"),
        ("Prosecutors charged Mayor Ada Roos with fraud.", "ACCUSE"),
        ("Senator Ivo Marsh praised Mayor Ada Roos.", "SUPPORT"),
        ("Senator Ivo Marsh urged Mayor Ada Roos to resign.", "REQUEST"),
        ("The mayor pleaded with the governor to release the funds.", "REQUEST"),
        ("Senator Ivo Marsh met Mayor Ada Roos on Monday.", "CONSULT"),
        ("Police arrested Senator Ivo Marsh on Monday.", "COERCE"),
        ("The club fined the striker for misconduct.", "SANCTION"),
        ("Mayor Ada Roos resigned on Monday.", "RETREAT"),
        ("Mayor Ada Roos vetoed the bill.", "REJECT"),
        ("Thousands of protesters rallied against the law in Velmo.", "PROTEST"),
    ],
)
def test_phrasings_an_event_that_happened(text, kind):
    happened = [e.type for e in analyze(text).events if not e.negated and e.tense in ("past", "present")]
    assert kind in happened


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police in Velmo are considering arresting the mayor.", "COERCE"),
        ("Police refused to arrest the mayor.", "COERCE"),
        ("Police have no plans to arrest the mayor.", "COERCE"),
        ("The envoy left Velmo without meeting the rebels.", "CONSULT"),
        ("Mayor Ada Roos declined to comment.", "REJECT"),
        ("Mayor Ada Roos denied the allegations.", "ACCUSE"),
        ("The Velmo Tigers beat the Harbor Lions 3-1.", "ASSAULT"),
        ("Lara Voss joined the Campaign to Arrest Tax Cheats in March.", "COERCE"),
    ],
)
def test_phrasings_an_act_that_did_not_happen(text, kind):
    happened = [e.type for e in analyze(text).events if not e.negated and e.tense in ("past", "present")]
    assert kind not in happened
