"""Who speaks and to whom, through the whole pipeline: the quotes stage finds the source phrases and
the one a cue addresses, the actors stage alone names the speaker and the addressee."""

from __future__ import annotations

from faultlines import analyze


def _said(text: str) -> list[tuple[str | None, str | None]]:
    quotes = analyze(text).quotes
    return [(q.speaker_name, q.addressee.name if q.addressee else None) for q in quotes]


def test_speakers_the_person_whose_cabinet_speaks(nlp):
    assert _said("Chancellor Ivo Marsh's cabinet maintains that the levy is fair.") == [("Ivo Marsh", None)]


def test_speakers_who_put_a_statement_out_speaks_through_it(nlp):
    text = "The union released a statement condemning the plan to close the plant."
    assert _said(text) == [("the union", None)]


def test_speakers_the_noun_a_relative_pronoun_stands_for(nlp):
    assert _said("The fund hired a broker who said the shares were overpriced.") == [("a broker", None)]
    assert _said("The crowd cheered a nurse who said: “We are tired of waiting.”") == [("a nurse", None)]


def test_speakers_a_continuation_paragraph_takes_the_previous_speaker(nlp):
    text = "“We fought to the end,” captain Lena Ortiz said after the match.\n\n“The fans deserved more.”"
    assert _said(text) == [("Lena Ortiz", None), ("Lena Ortiz", None)]


def test_speakers_the_one_told_is_the_addressee(nlp):
    text = '"We will keep the clinic open," Health Minister Rana Aziz told Radio Kesh on Friday.'
    assert _said(text) == [("Rana Aziz", "Radio Kesh")]
    text = '"The river will rise again," the engineer warned the council on Monday.'
    assert _said(text) == [("the engineer", "the council")]
