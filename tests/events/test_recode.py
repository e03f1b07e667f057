from faultlines.events import candidate
from faultlines.events.lexicon import Code
from faultlines.events.recode import controlled, denied, refused, reversed_act, settled, unrealised


def test_recode_future_cooperation_is_a_promise():
    assert [c.type for c in unrealised(Code("AID"), promiser=True)] == ["AGREE", "AID"]
    assert [c.type for c in unrealised(Code("RETREAT", "withdraw"), promiser=True)] == ["AGREE", "RETREAT"]


def test_recode_cooperation_no_one_is_to_do_is_no_promise():
    assert unrealised(Code("AID"), promiser=False) == [Code("AID")]


def test_recode_future_force_is_a_threat():
    assert unrealised(Code("ASSAULT"), promiser=True) == [Code("THREATEN", "violence")]
    assert unrealised(Code("COERCE", "arrest"), promiser=False) == [Code("THREATEN", "arrest")]


def test_recode_denied_agreement_is_rejection():
    assert denied(Code("AGREE")).type == "REJECT"
    assert denied(Code("AID")) == Code("REJECT", "assist")
    assert denied(Code("ASSAULT")) is None


def test_recode_talks_or_a_withdrawal_said_not_to_come_are_refused():
    assert refused(Code("CONSULT")) == Code("REJECT", "meet")
    assert refused(Code("RETREAT")) == Code("REJECT", "yield")
    assert refused(Code("AGREE")).type == "REJECT"
    assert refused(Code("ASSAULT")) is None  # "will not attack" promises restraint, it refuses nothing asked


def test_recode_not_supporting_is_no_accusation():
    # "he does not defend it" states what someone does not do; it criticises no one.
    assert denied(Code("SUPPORT")) is None


def test_recode_ending_acts():
    assert reversed_act(Code("COERCE", "curfew")).type == "CONCEDE"
    assert reversed_act(Code("AID")) == Code("SANCTION", "discontinue")
    assert reversed_act(Code("ASSAULT")) == Code("RETREAT", "ceasefire")


def test_recode_control_verbs():
    assert controlled("THREATEN", Code("SANCTION")) == Code("THREATEN", "relations")
    assert controlled("AGREE", Code("COERCE", "restrict")).type == "THREATEN"
    assert controlled("REQUEST", Code("RETREAT")) == Code("REQUEST", "yield")
    assert controlled("FUTURE", None) is None


def test_recode_warning_is_a_threat_only_of_a_hostile_act_or_refusal():
    assert controlled("WARN", Code("COERCE", "arrest")) == Code("THREATEN", "arrest")
    assert controlled("WARN", Code("REJECT")).type == "THREATEN"
    assert controlled("WARN", Code("CONSULT")) is None
    assert controlled("WARN", None) is None


def test_recode_a_negated_act_to_come_is_settled_as_a_refusal(nlp):
    doc = nlp("Vesta will not negotiate with Borduria.")
    act = candidate.of_verb(next(t for t in doc if t.text == "negotiate"), Code("CONSULT", None))
    assert [c.code.type for c in settled(act)] == ["REJECT"]
