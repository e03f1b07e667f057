"""Acts a speaker judges by the adverb of manner they tell them with (stances/manner.py)."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('"The council foolishly scrapped the harbour levy," Ada Lind said.', -1),
        ('"The council wisely scrapped the harbour levy," Ada Lind said.', 1),
    ],
)
def test_manner_the_adverb_a_speaker_tells_an_act_with_is_their_side_on_it(text, side):
    assert ("Ada Lind", "scrapping the harbour levy", side) in analysed_stances(text)


@pytest.mark.parametrize(
    "text",
    [
        '"The council did not wisely spend the money," Ada Lind said.',  # denied
        '"If the council foolishly scraps the levy, we lose the ferry," Ada Lind said.',  # a condition
        "The council foolishly scrapped the harbour levy, and Ada Lind left the chamber.",  # narration
        '"The council badly wants to scrap the harbour levy," Ada Lind said.',  # degree, no judgement
    ],
)
def test_manner_no_judged_act_is_no_stance(text):
    assert not {s for s in analysed_stances(text) if s[0] == "Ada Lind"}
