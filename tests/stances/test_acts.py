"""What "the move", "Velmor's decision" or "the policy shift" stand for: the act named in full before."""

from __future__ import annotations

from faultlines.stances.acts import stood_for, told_by_verb
from tests.stances.helpers import analysed_stances, held_on, word


def _stands_for(nlp, text: str, noun: str, full: str) -> bool:
    doc = nlp(text)
    found = stood_for(word(doc, noun))
    return found is not None and found.i == word(doc, full, 0).i


def test_acts_bare_move_is_the_decision_named_before(nlp):
    text = "Velmor announced its decision to close the northern harbour. Farmers condemned the move."
    assert _stands_for(nlp, text, "move", "decision")


def test_acts_possessed_move_of_the_same_doer_is_that_act(nlp):
    text = (
        "Velmor took a decision to sell the old port to a shipping firm. "
        "Unions in the city said Velmor's move would cost hundreds of jobs."
    )
    assert _stands_for(nlp, text, "move", "decision")


def test_acts_described_policy_shift_is_that_act(nlp):
    text = (
        "Ardland made a decision to stop funding the dam. Two neighbours criticised the sudden policy shift."
    )
    assert _stands_for(nlp, text, "shift", "decision")


def test_acts_move_saying_what_it_is_stands_for_nothing(nlp):
    doc = nlp("Velmor made a decision to close the harbour. Farmers welcomed the move to open new roads.")
    assert stood_for(word(doc, "move")) is None


def test_acts_two_acts_named_leave_the_move_open(nlp):
    doc = nlp(
        "Velmor announced a decision to close the harbour and a plan to raise the bridge tolls. "
        "Farmers condemned the move."
    )
    assert stood_for(word(doc, "move")) is None


def test_acts_act_told_by_a_verb_since_leaves_the_move_open(nlp):
    doc = nlp(
        "Velmor made a decision to close the harbour last year. "
        "On Monday the council announced that it would lift the fishing ban. "
        "Farmers welcomed the move."
    )
    assert stood_for(word(doc, "move")) is None


def test_acts_another_doers_move_is_not_that_act(nlp):
    doc = nlp("Velmor made a decision to close the harbour. Ardland's move surprised the traders.")
    assert stood_for(word(doc, "move")) is None


def test_acts_many_moves_are_no_one_act(nlp):
    doc = nlp("Velmor made a decision to close the harbour. Farmers condemned such moves.")
    assert stood_for(word(doc, "moves")) is None


def test_acts_reactions_to_the_move_share_the_acts_topic():
    stances = analysed_stances(
        "Velmor announced on Monday its decision to close the northern harbour to fishing boats. "
        "Ada Roos, the mayor of Halden, condemned the move. "
        "Piet Vos, a fisheries minister, strongly criticised the decision to close the northern harbour."
    )
    holders = {actor for actor, _ in held_on(stances, "harbour")}
    assert {"Ada Roos", "Piet Vos"} <= holders


def test_acts_an_act_named_far_from_the_lead_is_out_of_reach(nlp):
    doc = nlp(
        "Parents worry about fees. Banks offer loans. Schools raise prices. "
        "The best answer is a plan to save early. Many families never do. Costs keep rising. "
        "Grants are rare. Loans pile up. Then comes the next part. The step is harder."
    )
    assert stood_for(word(doc, "step")) is None


def test_acts_a_decision_is_not_the_request_it_decides(nlp):
    doc = nlp(
        "Farmers filed a request to reopen the harbour. A judge heard the case. His decision surprised them."
    )
    assert stood_for(word(doc, "decision")) is None


def _told_by(nlp, text: str, noun: str) -> str | None:
    found = told_by_verb(word(nlp(text), noun))
    return found.text if found is not None else None


def test_acts_bare_move_is_the_act_told_just_before(nlp):
    text = "Norway resumed commercial whaling in July. Australia condemned the move."
    assert _told_by(nlp, text, "move") == "resumed"


def test_acts_decision_after_an_act_told_done_names_it(nlp):
    text = "The Ostrava Transit Board closed two night depots on Monday. Councillor Ivo Maren criticised the decision."
    assert _told_by(nlp, text, "decision") == "closed"


def test_acts_two_acts_told_leave_the_move_open(nlp):
    text = "Norway resumed commercial whaling and closed its embassy in Oslo. Australia condemned the move."
    assert _told_by(nlp, text, "move") is None


def test_acts_another_doers_move_is_not_the_act_told(nlp):
    text = "Norway resumed commercial whaling in July. Australia's move surprised many diplomats."
    assert _told_by(nlp, text, "move") is None


def test_acts_a_move_told_by_its_verb_is_labelled_as_the_act():
    stances = analysed_stances("Norway resumed commercial whaling in July. Australia condemned the move.")
    assert held_on(stances, "whaling") == {("Australia", -1), ("Norway", 1)}
    assert any(label == "resuming commercial whaling" for _, label, _ in stances)


def test_acts_a_plan_a_levy_or_a_merger_is_an_act_one_takes_a_side_on(nlp):
    from faultlines.stances.acts import act
    from faultlines.stances.lexicon import load

    doc = nlp("The plan, the levy and the merger were on the table beside the harbour.")
    assert [act(word(doc, w), load()) for w in ("plan", "levy", "merger", "harbour")] == [
        True,
        True,
        True,
        False,
    ]


def test_acts_it_or_a_bare_move_stands_for_the_act_just_told(nlp):
    from faultlines.stances.acts import standing_for_an_act
    from faultlines.stances.lexicon import load

    def stands(text: str, noun: str) -> bool:
        return standing_for_an_act(word(nlp(text), noun), load())

    assert stands("It angered the mayor.", "It")
    assert stands("The move angered the mayor.", "move")
    assert not stands("The moves angered the mayor.", "moves")
    assert not stands("The harbour angered the mayor.", "harbour")
