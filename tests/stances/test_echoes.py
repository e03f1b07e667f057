"""Stances taken by echoing the one just stated."""

from __future__ import annotations

from faultlines.stances import echoes
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find


def _echoed(nlp, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [(doc[e.agent].text, e.polarity, doc[e.topic].text) for e in echoes.find(doc, find(doc, load()))]


def test_echoes_did_so_takes_the_side_just_stated(nlp):
    text = "The dockers' union said it opposes the harbour toll. The Vesta Parents League did so as well."
    assert _echoed(nlp, text) == [("League", -1, "toll")]


def test_echoes_demand_to_do_so_is_no_echo(nlp):
    text = "The dockers' union said it opposes the harbour toll. The mayor should do so too."
    assert _echoed(nlp, text) == []


def test_echoes_denied_echo_takes_no_side(nlp):
    text = "The dockers' union said it opposes the harbour toll. The mayor did not do so."
    assert _echoed(nlp, text) == []
