"""The exchange between reporter and source: a source's wish not to be named asks nothing."""

from __future__ import annotations

from tests.events.helpers import happened


def test_exchange_a_source_asking_not_to_be_named_asks_nothing(nlp):
    assert happened(nlp, "An aide, who asked not to be named, said the vote was close.") == []


def test_exchange_asking_someone_to_name_a_culprit_is_a_request(nlp):
    assert happened(nlp, "The mayor asked the harbour police to identify the attackers.") == ["REQUEST"]


def test_exchange_a_participle_opening_the_sentence_is_the_reporters_question(nlp):
    assert (
        happened(nlp, "Asked afterwards for a case in point, the engineer cited the lander contract.") == []
    )


def test_exchange_agreeing_to_an_interview_is_no_agreement(nlp):
    assert happened(nlp, "Ada Roos agreed to an interview with the harbour paper.") == []


def test_exchange_agreeing_to_talks_or_a_conference_is_still_agreement(nlp):
    assert "AGREE" in happened(nlp, "Ruritania agreed to talks with Borduria.")
    assert "AGREE" in happened(nlp, "Ruritania agreed to a conference on the border.")
