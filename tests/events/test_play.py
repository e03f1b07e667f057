"""Pages about play: moves in a game are no events; what the state does there still is."""

from __future__ import annotations

from faultlines.events import code
from faultlines.model import Analysis
from tests.events.helpers import happened

MATCH = (
    "The Harbour Gulls beat the Millbrook Foxes 3-1 on Saturday. Ada Roos scored twice in the second "
    "half, and the goalie saved a penalty. Late in the game, the Foxes striker hit a defender in the "
    "face with an elbow. The coach said his players will attack the league leaders next week."
)


def _types(nlp, text: str) -> list[str]:
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    return [e.type for e in analysis.events]


def test_play_moves_in_a_game_are_not_events(nlp):
    assert _types(nlp, MATCH) == []


def test_play_an_arrest_by_police_on_a_sport_page_is_still_an_event(nlp):
    text = MATCH + " Police arrested two fans outside the stadium after the match."
    assert _types(nlp, text) == ["COERCE"]


def test_play_one_sentence_about_a_match_is_judged_by_its_verb(nlp):
    text = "Veltrian troops shelled the stadium where the league final was played."
    assert _types(nlp, text) == ["ASSAULT"]


def test_play_a_long_game_review_is_play_however_thin(nlp):
    scenery = "The forest level looks lovely at dusk, with soft light over the old stone bridge. " * 80
    moves = "In the game, players met an opponent at every turn. Troopers shot the hero in the village. " * 5
    assert _types(nlp, scenery + moves) == []


def test_play_a_side_that_rallied_to_beat_a_rival_held_no_rally(nlp):
    assert "PROTEST" not in happened(nlp, "Velmor United rallied to beat Harlow Town 3-1 on Saturday.")


def test_play_people_who_rallied_to_demand_something_held_a_rally(nlp):
    assert happened(nlp, "Hundreds of nurses rallied to demand a raise outside the Portwell hospital.") == [
        "PROTEST"
    ]
