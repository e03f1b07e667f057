"""PLOVER's re-coding of acts that are promised, threatened, asked for, refused or denied.

A dictionary coder reports "will withdraw" or "did not attack" as the act itself; PLOVER codes what
was actually done: the promise (AGREE), the threat (THREATEN), the demand (REQUEST), the refusal
(REJECT). Rules from the PLOVER 2.0 manual (sections 2.3, 3.1, 3.8, 3.10, 3.11) and the
CAMEO-to-PLOVER map, whose "express intent to yield/release" codes (035x) are AGREE.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from faultlines.events import modality, sayings
from faultlines.events.lexicon import HOSTILE, Code

if TYPE_CHECKING:
    from faultlines.events.candidate import Candidate

# Manual 3.1: cooperative acts reported in the future are promises.
PROMISED = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# Acts whose announced absence is a refusal: talks, a withdrawal, help, backing (manual 3.8).
REFUSABLE = frozenset({"CONSULT", "RETREAT", "COOPERATE", "SUPPORT"})
# Material conflict that is only announced, planned or possible is a threat (manual 2.3).
THREATENED = HOSTILE - {"THREATEN"}


def threat_mode(act: Code | None) -> str | None:
    """The content of a threat (manual table 3.6) from the act threatened."""
    if act is None:
        return None
    if act.type in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if act.type == "COERCE":
        return {"arrest": "arrest", "deport": "expel", "seize": "territory"}.get(act.mode or "", "restrict")
    if act.type == "SANCTION":
        return "expel" if act.mode == "expel" else "relations"
    if act.type == "PROTEST":
        return "restrict"
    return None


def ask_mode(act: Code | None) -> str | None:
    """The mode shared by REQUEST and REJECT (manual table 3.3) from the act asked for or refused."""
    if act is None:
        return None
    if act.type in ("CONSULT", "AGREE"):
        return "meet"
    if act.type in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    if act.type in ("RETREAT", "CONCEDE"):
        return "yield"
    return "change" if act.type in ("COERCE", "SANCTION") else None


def controlled(control: str, act: Code | None) -> Code | None:
    """The event a control verb makes of its complement: "threatened to shell" is THREATEN violence."""
    if control == "THREATEN":
        return Code("THREATEN", threat_mode(act))
    if control == "WARN":
        # Warning of a forecast or a risk is a statement; of a hostile act or a refusal, a threat.
        threat = act is not None and (act.type in THREATENED or act.type == "REJECT")
        return Code("THREATEN", threat_mode(act)) if threat else None
    if control == "AGREE":
        if act is not None and act.type in THREATENED:
            return Code("THREATEN", threat_mode(act))
        return Code("AGREE")
    if control in ("REQUEST", "REJECT"):
        return Code(control, ask_mode(act))
    if control == "FAIL":
        # Failing to reach a deal or to comply refuses it; failing to find a cause is no act.
        return Code("REJECT", ask_mode(act)) if act is not None else None
    return act


def reversed_act(act: Code) -> Code:
    """Ending an act: lifting a curfew concedes, ending fighting retreats, suspending aid sanctions."""
    if act.type in ("ASSAULT", "MOBILIZE"):
        return Code("RETREAT", "ceasefire" if act.type == "ASSAULT" else "withdraw")
    if act.type in HOSTILE or act.type in ("REQUEST", "ACCUSE", "REJECT"):
        return Code("CONCEDE")
    if act.type == "CONSULT":
        return Code("SANCTION", "withdraw")
    return Code("SANCTION", "discontinue")


def unrealised(act: Code, promiser: bool) -> list[Code]:
    """What a future or hypothetical act is coded as, most salient first: a promised act is kept
    beside the promise with its tense, since a planned visit or an announced resignation is still
    that act to a reader. An act no one is told to do (``promiser`` False: "a call for sending
    aid", "a passion for defending them") is only talked of, promised by no one."""
    if act.type in PROMISED and promiser:
        return [Code("AGREE"), act]
    if act.type in THREATENED:  # a planned attack is a threat, not yet an attack
        return [Code("THREATEN", threat_mode(act))]
    return [act]


def denied(act: Code) -> Code | None:
    """What a negated act asserts, if anything: not agreeing or not taking refugees in is rejecting."""
    if act.type in ("AGREE", "CONCEDE", "AID"):
        return Code("REJECT", ask_mode(act))
    return None


def refused(act: Code) -> Code | None:
    """What a meeting or a yielding said not to come asserts: "will not negotiate with the rebels",
    "would not pull its troops out" refuse them (manual 3.8); "did not meet" only reports."""
    if act.type in REFUSABLE:
        return Code("REJECT", ask_mode(act))
    return denied(act)


def settled(cand: Candidate) -> list[Candidate]:
    """A candidate act as PLOVER codes it, by the rules above: the refusal or denial a negated act
    tells, the promise an agreement carries, what an act not yet done promises or threatens."""
    if cand.negated:
        to_come = cand.tense in ("future", "hypothetical")  # "will not negotiate" refuses
        if (asserted := (refused if to_come else denied)(cand.code)) is not None:
            cand.code, cand.negated = asserted, False
        return [cand]
    if cand.promised is not None:
        return [cand, replace(cand, code=cand.promised, tense="future", secondary=True, promised=None)]
    if cand.final and cand.code.type in THREATENED and cand.tense in ("future", "hypothetical"):
        # a hostile act named by the object of what the speaker says they will do: "he said he would
        # raise tariffs" is a threat made when said
        doing = cand.pred.head if cand.pred.dep_ == "dobj" else None
        said = sayings.threatened_when_said(doing) if doing is not None else None
        if said is not None and not modality.is_negated(doing):
            return [replace(cand, code=Code("THREATEN", threat_mode(cand.code)), tense=modality.tense(said))]
    if (
        cand.final
        or cand.tense in ("past", "present")
        or modality.wished(cand.pred)
        or modality.made_to(cand.pred)
        or modality.in_denial(cand.pred)
    ):
        return [cand]  # a purpose, a wish ("talks to discuss it") or a compulsion promises nothing
    codes = unrealised(cand.code, promiser=cand.tense == "future" or bool(cand.sources))
    recoded = [replace(cand, code=code, secondary=rank > 0) for rank, code in enumerate(codes)]
    # a force built up ("will expand the armed forces") is aimed at no one when promised
    aimed = codes[0].type == "THREATEN" and cand.code.type != "MOBILIZE"
    said = sayings.threatened_when_said(cand.pred) if aimed else None
    if said is not None:
        recoded[0].tense = modality.tense(said)  # "'I will kill you,' he told the guard": a threat made
    return recoded
