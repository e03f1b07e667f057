from __future__ import annotations

import pytest

from faultlines.stances import senders


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "verb", "sender"),
    [
        ("Ada Roos filed papers opposing the harbour levy.", "opposing", "Roos"),
        ("Ada Roos sent a letter urging the council to scrap the harbour levy.", "urging", "Roos"),
        ("Ada Roos's posts attacking the harbour levy went viral.", "attacking", "Roos"),
    ],
)
def test_senders_who_sent_the_thing_a_participle_describes(nlp, text, verb, sender):
    assert senders.sender(word(nlp(text), verb)).text == sender


def test_senders_people_a_participle_describes_sent_nothing(nlp):
    doc = nlp("Ada Roos met farmers opposing the harbour levy.")
    verb = word(doc, "opposing")
    assert senders.sent(verb) and senders.sender(verb) is None
