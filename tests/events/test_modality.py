from __future__ import annotations

import pytest

from tests.events.helpers import coded, happened


def _verb(nlp, text, lemma):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_modality_tense_from_auxiliaries(nlp):
    from faultlines.events.modality import tense

    assert tense(_verb(nlp, "The rebels will withdraw tomorrow.", "withdraw")) == "future"
    assert tense(_verb(nlp, "The rebels might withdraw tomorrow.", "withdraw")) == "hypothetical"
    assert tense(_verb(nlp, "The rebels withdrew yesterday.", "withdraw")) == "past"
    assert tense(_verb(nlp, "The rebels will withdraw if paid.", "withdraw")) == "hypothetical"


def test_modality_negation(nlp):
    from faultlines.events.modality import is_negated

    assert is_negated(_verb(nlp, "The envoy never met the rebels.", "meet"))
    assert is_negated(_verb(nlp, "The police will no longer tolerate rallies.", "tolerate"))
    assert is_negated(_verb(nlp, "At no point did the envoy meet the rebels.", "meet"))
    assert not is_negated(_verb(nlp, "At that point the envoy met the rebels.", "meet"))
    assert not is_negated(_verb(nlp, "The envoy met the rebels.", "meet"))


def test_modality_nobody_as_subject_negates(nlp):
    from faultlines.events.modality import is_negated

    assert is_negated(_verb(nlp, "No one has asked the tenants to leave.", "ask"))
    assert is_negated(_verb(nlp, "Nobody has asked the tenants to leave.", "ask"))


def test_modality_until_clause_is_a_condition(nlp):
    from faultlines.events.modality import is_condition

    assert is_condition(_verb(nlp, "The crews will stay out until the cuts are withdrawn.", "withdraw"))


def test_modality_an_infinitive_after_an_object_is_a_purpose(nlp):
    from faultlines.events.modality import tense

    doc = nlp("The ministry will host the envoys next week to share its views.")
    share = next(t for t in doc if t.lemma_ == "share")
    assert tense(share) == "hypothetical"
    doc = nlp("The prisoners managed to escape.")
    escape = next(t for t in doc if t.lemma_ == "escape")
    assert tense(escape) != "hypothetical"


def test_modality_verb_joined_to_an_aimed_infinitive_is_only_aimed_at(nlp):
    from faultlines.events.modality import tense

    text = "Vale repeated his threats to close the border and slap tariffs on Bordurian cheese."
    assert tense(_verb(nlp, text, "slap")) == "hypothetical"


def test_modality_purpose_done_in_doing_its_head_takes_its_tense(nlp):
    from faultlines.events.modality import tense

    text = "Thousands took to the streets of Portwell to protest against the dam."
    assert tense(_verb(nlp, text, "protest")) == "past"
    assert tense(_verb(nlp, "Police used water cannon to disperse the crowd.", "disperse")) == "past"
    assert tense(_verb(nlp, "The minister took steps to ban the group.", "ban")) == "hypothetical"
    assert tense(_verb(nlp, "Riot police fired tear gas to disperse the marchers.", "disperse")) == "past"


def test_modality_bare_gerund_is_only_as_real_as_its_verb(nlp):
    from faultlines.events.modality import tense

    text = "The response could include suing the firm and imposing fines on its owners."
    assert tense(_verb(nlp, text, "sue")) == "hypothetical"
    assert tense(_verb(nlp, text, "impose")) == "hypothetical"
    assert tense(_verb(nlp, "The guards started searching the visitors.", "search")) != "hypothetical"


def test_modality_a_participle_telling_the_manner_is_only_as_real_as_its_verb(nlp):
    from faultlines.events.modality import tense

    text = "The province could sue the ministry, pressing for a review of the dam."
    assert tense(_verb(nlp, text, "press")) == "hypothetical"
    text = "The province sued the ministry, pressing for a review of the dam."
    assert tense(_verb(nlp, text, "press")) != "hypothetical"


def test_modality_contracted_d_is_would_before_a_bare_verb_and_had_before_a_participle(nlp):
    from faultlines.events.modality import tense

    assert tense(_verb(nlp, "We'd never sign that accord.", "sign")) == "future"
    assert tense(_verb(nlp, "She'd signed the accord before the vote.", "sign")) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "The dock police are not able to halt the riots.",
        "The two envoys were unable to meet in Tarsa.",
    ],
)
def test_modality_an_adjective_of_ability_negated_negates_its_act(nlp, text):
    assert happened(nlp, text) == []


def test_modality_an_act_one_was_able_to_do_happened(nlp):
    assert happened(nlp, "Officers were able to detain the driver.") == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "“We hope we’ll be able to reach a fair agreement in this case,” the lawyer said.",
        "The coast guard is able to detain any trawler in these waters.",
    ],
)
def test_modality_an_act_one_will_be_or_is_able_to_do_has_not_happened(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council is wary of offering concessions to the union.",
        "The mayor's plan for ending the strike is a failure.",
        "The feud complicated the job of brokering a truce with Borduria.",
    ],
)
def test_modality_a_gerund_a_noun_or_adjective_aims_at_has_not_happened(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rebels claimed responsibility for bombing the fuel depot.", "ASSAULT"),
        (
            "The reforms are part of a series of moves, including recognising Borduria's new government.",
            "SUPPORT",
        ),
        ("Ruritania has reached its goal of admitting 5,000 refugees.", "AID"),
    ],
)
def test_modality_a_gerund_of_an_act_owned_listed_or_reached_happened(nlp, text, kind):
    assert kind in happened(nlp, text)


def test_modality_an_act_only_allowed_has_not_happened_however_parsed(nlp):
    assert (
        happened(nlp, "Pressure must continue for Borduria to allow the relief agencies to deliver aid.")
        == []
    )


def test_modality_a_gerund_subject_is_as_real_as_its_verb(nlp):
    assert happened(nlp, "Banning street rallies could backfire on the council.") == []
    assert happened(nlp, "Banning street rallies has emptied the market square.") == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Roos avoided condemning the harbour plan.",
        "The government of Peru refrained from criticising the mayor.",
        "The Federation of Dairy Farmers is steering clear of blaming the minister.",
    ],
)
def test_modality_an_act_held_back_did_not_happen(nlp, text):
    assert happened(nlp, text) == []


def test_modality_an_act_not_held_back_still_happened(nlp):
    assert happened(nlp, "The government of Peru criticised the mayor.") == ["ACCUSE"]


def test_modality_an_act_denied_is_no_event(nlp):
    from faultlines.events.modality import in_denial

    assert in_denial(_verb(nlp, "The envoy denied that he met the rebels.", "meet"))
    assert in_denial(_verb(nlp, "The envoy denied meeting the rebels in May.", "meet"))
    assert not in_denial(_verb(nlp, "The envoy said that he met the rebels.", "meet"))
    assert happened(nlp, "The army denied that its troops shelled the village.") == []


def test_modality_denying_an_agreement_is_no_rejection(nlp):
    # a denied act is not reported; read as a negated one it became a refusal that happened
    assert happened(nlp, "The envoy denied agreeing to the truce with the rebels.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The wiser course for the mayor might have been to quit in May.",
        "The harbour plan is to withdraw the patrol boats by June.",
        "The envoy's job was to assist the harbour council in the inquiry.",
        "To quit the talks now would be to give up.",
    ],
)
def test_modality_an_act_a_plan_or_an_option_is_to_be_has_not_happened(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos said the dock unions are to blame for the delay.", ["ACCUSE"]),
        ("Vell's reply was to expel the envoy.", ["SANCTION"]),
    ],
)
def test_modality_being_to_blame_or_a_reply_that_was_an_act_still_happened(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoys want to see Ruritania agree to the grain deal.",
        "Ada Roos wants to see the council agree to the harbour plan.",
        "The envoy worked through the night to get the prisoners released.",
    ],
)
def test_modality_a_bare_verb_under_a_wanted_one_has_not_happened(nlp, text):
    assert happened(nlp, text) == []


def test_modality_a_bare_verb_under_a_verb_done_still_happened(nlp):
    assert happened(nlp, "The court got the prisoners released.") == ["RETREAT"]


def test_modality_an_act_one_is_eager_to_do_has_not_happened(nlp):
    assert happened(nlp, "The president has been eager to withdraw the troops from Tarrow.") == []


def test_modality_an_act_that_took_its_time_happened(nlp):
    assert happened(nlp, "The tribunal took only two hours to convict the smugglers.") == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal may take weeks to convict the smugglers.",
        "The tribunal will take weeks to convict the smugglers.",
    ],
)
def test_modality_an_act_that_will_take_its_time_has_not_happened(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The riots prompted the police to arrest forty protesters.", ["COERCE"]),
        ("The court forced the agency to release the prisoners.", ["RETREAT"]),
        ("The court did not force the agency to release the prisoners.", []),
        ("The ruling could force the agency to release the prisoners.", []),
        ("It was a move to try to force the agency to release the prisoners.", []),
    ],
)
def test_modality_an_act_one_is_made_to_do_happened_as_surely_as_the_making(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_modality_an_act_one_may_be_made_to_do_is_no_promise(nlp):
    events = coded(nlp, "The ruling will force the agency to release the prisoners.")
    assert [(e.type, e.tense) for e in events] == [("RETREAT", "future")]


def test_modality_a_gerund_placed_in_time_takes_its_clauses_past(nlp):
    from faultlines.events.modality import tense

    text = "After meeting the rebels, the envoy said the talks were useful."
    assert tense(_verb(nlp, text, "meet")) == "past"
    assert tense(_verb(nlp, "After meeting the rebels, the envoy will fly home.", "meet")) == "future"


@pytest.mark.parametrize(
    "text",
    [
        "The envoy left Vell without meeting the rebels.",
        "The envoy left Vell without a meeting with the rebels.",
    ],
)
def test_modality_an_act_without_which_something_was_done_did_not_happen(nlp, text):
    events = coded(nlp, text)
    assert [e.type for e in events] == ["CONSULT"]
    assert events[0].negated


@pytest.mark.parametrize(
    "text",
    [
        "Police in Vell are considering arresting the mayor.",
        "The council mulled expelling the envoy.",
        "The mayor fears arrest.",
    ],
)
def test_modality_an_act_only_weighed_or_feared_has_not_happened(nlp, text):
    assert coded(nlp, text) and happened(nlp, text) == []
