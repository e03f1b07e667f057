"""Descriptions as speakers: groups, bodies and anonymous people under their words as written."""

import re

import pytest

from faultlines.actors import resolve
from faultlines.model import Analysis, Quote


def _speakers(nlp, text, *sources):
    a = Analysis(id="d", text=text)
    for n, source in enumerate(sources):
        found = re.search(re.escape(source), text)
        a.quotes.append(
            Quote(id=f"q{n}", kind="indirect", contents=[a.span(0, 1)], sources=[a.span(*found.span())])
        )
    resolve(a, nlp(text))
    return a, [q.speaker.name if q.speaker else None for q in a.quotes]


def test_descriptions_plural_group_speaks_as_written(nlp):
    a, names = _speakers(nlp, "Analysts say the harbour tax will slow trade.", "Analysts")
    assert names == ["analysts"]
    assert a.actor(a.quotes[0].speaker.actor).kind == "group"


def test_descriptions_same_words_twice_are_one_actor(nlp):
    text = "Economists say prices will rise. Rents will fall, economists say."
    a, names = _speakers(nlp, text, "Economists", "economists")
    assert names == ["economists", "economists"]
    assert a.quotes[0].speaker.actor == a.quotes[1].speaker.actor


def test_descriptions_spokesperson_is_not_the_person_they_speak_for(nlp):
    text = "Premier Ona Vilk toured the dam. A spokeswoman for Premier Ona Vilk said the dam was safe."
    _, names = _speakers(nlp, text, "A spokeswoman for Premier Ona Vilk")
    assert names == ["a spokeswoman for Premier Ona Vilk"]


def test_descriptions_coordinated_speakers_are_named_together(nlp):
    text = "Rita Olsen and Piet Vos met on Monday. Olsen and Vos said the deal was fair."
    a, names = _speakers(nlp, text, "Olsen and Vos")
    assert names == ["Rita Olsen and Piet Vos"]
    # each is an actor already; the pair is no actor of its own
    assert a.quotes[0].speaker.actor is None
    assert {"Rita Olsen", "Piet Vos"} <= {x.name for x in a.actors}


def test_descriptions_person_joined_to_a_described_group_is_no_one_actor(nlp):
    # the parse hangs the person on the group's noun; the pair is no actor of its own
    text = "Ada Roos and Green Party leaders touted the harbour plan."
    a, _ = _speakers(nlp, text, "Ada Roos and Green Party leaders")
    assert a.quotes[0].speaker.actor is None
    assert "Ada Roos and Green Party leaders" not in {x.name for x in a.actors}
    assert {"Ada Roos", "Green Party"} <= {x.name for x in a.actors}


def test_descriptions_date_heading_a_source_is_no_speaker(nlp):
    _, names = _speakers(nlp, "Last Thursday said more about the storm than any report.", "Last Thursday")
    assert names == [None]


def test_descriptions_naming_nobody_are_no_speaker_and_no_actor(nlp):
    text = "No one knew what the harbour tax would cost. No official would say when the vote was due."
    a, names = _speakers(nlp, text, "No one", "No official")
    assert names == [None, None]
    assert a.actors == []


def test_descriptions_party_named_by_ner_speaks(nlp):
    _, names = _speakers(nlp, "The Democrats argued that the levy was unfair.", "The Democrats")
    assert names == ["Democrats"]


def test_descriptions_one_word_spelt_as_a_name_elsewhere_is_a_body(nlp):
    text = "Harbourleaks welcomed the ruling. The ruling was a win for Harbourleaks, its lawyers said."
    a, names = _speakers(nlp, text, "Harbourleaks")
    assert names == ["Harbourleaks"]
    assert a.actor(a.quotes[0].speaker.actor).kind == "organisation"


def test_descriptions_capitalised_plural_at_sentence_start_stays_a_description(nlp):
    _, names = _speakers(nlp, "Protesters said the harbour plan was a disgrace.", "Protesters")
    assert names == ["protesters"]


def test_descriptions_a_website_speaks_as_a_body(nlp):
    a, _ = _speakers(nlp, "The website said the harbour tax will slow trade.", "The website")
    assert a.actor(a.quotes[0].speaker.actor).kind == "organisation"


@pytest.mark.parametrize(
    "text, source, name",
    [
        # an aside set off by dashes is no part of the name
        (
            "The audit -- which counts 40 unpaid invoices -- said the board erred.",
            "The audit -- which counts 40 unpaid invoices --",
            "the audit",
        ),
        # stray and no-break spaces are single spaces
        ("A\u00a0harbour  survey said the toll was fair.", "A\u00a0harbour  survey", "a harbour survey"),
    ],
)
def test_descriptions_name_is_the_description_as_written_without_its_aside(nlp, text, source, name):
    _, names = _speakers(nlp, text, source)
    assert names == [name]
