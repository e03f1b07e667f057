"""Who did an act told done, and which acts the narration tells done by whom."""

from __future__ import annotations

import pytest

from faultlines.stances.done import told_act
from faultlines.stances.lexicon import load


def _told(nlp, text: str, verb: str) -> str | None:
    doc = nlp(text)
    doer = told_act(next(t for t in doc if t.text == verb), load())
    return doer.text if doer is not None else None


@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("The Lindqvist Party renamed its campaign account.", "renamed", "Party"),
        ("Mayor Piet Lee has closed the night ferry.", "closed", "Lee"),
        ("The ferry inquiry was dropped by Mayor Piet Lee.", "dropped", "Lee"),
        ("Velmor Rail announced it would sell the tram depot.", "sell", "Rail"),
        ("Mayor Piet Lee cut the bus fares and closed the night ferry.", "closed", "Lee"),
        ("The Brill council decided to scrap the tram levy.", "scrap", "council"),
        ("Velmor pulled out of the river treaty.", "pulled", "Velmor"),
        ("Velmor withdrew from the river treaty.", "withdrew", "Velmor"),
        ("Ada Roos spoke after Velmor withdrew from the river treaty.", "withdrew", "Velmor"),
    ],
)
def test_done_told_act_is_an_act_on_something_told_done(nlp, text, verb, doer):
    assert _told(nlp, text, verb) == doer


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Mayor Piet Lee weighs the ferry cuts.", "weighs"),  # under way
        ("Mayor Piet Lee will close the night ferry.", "close"),  # promised
        ("Mayor Piet Lee did not close the night ferry.", "close"),  # denied
        ("Mayor Piet Lee criticised the ferry cuts.", "criticised"),  # a saying, a quote of its own
        ("Mayor Piet Lee lives near the harbour.", "lives"),  # a state, on nothing
        ("Mayor Piet Lee said he would close the night ferry.", "close"),  # said, not done
        ("Mayor Piet Lee resigned on Monday.", "resigned"),  # on nothing: when, not what
        (
            "Ada Roos spoke while Velmor withdrew from the river treaty.",
            "withdrew",
        ),  # a time, not an act told
    ],
)
def test_done_told_act_is_none_for_what_is_not_an_act_done(nlp, text, verb):
    assert _told(nlp, text, verb) is None
