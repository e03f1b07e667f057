"""Support received: the givers' side on whoever receives it."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.nouns import find


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour levy has the backing of the Dock Workers Guild.", [("Guild", 1, "levy")]),
        ("The Tarn Accord won the endorsement of Norland.", [("Norland", 1, "Accord")]),
        ("Closing the ferry line has the support of Ada Roos.", [("Roos", 1, "Closing")]),
        ("Ada Roos won the support of the crowd.", [("crowd", 1, "Roos")]),
        ("The harbour levy, which has the backing of Ada Roos, passed.", [("Roos", 1, "levy")]),
        ("The harbour levy does not have the support of Ada Roos.", [("Roos", -1, "levy")]),
        ("The harbour levy could win the support of Ada Roos.", []),
        ("Will the harbour levy get the backing of Ada Roos?", []),
        ("Ada Roos won the Dock Workers Guild's endorsement.", [("Guild", 1, "Roos")]),
        (
            "Ada Roos said she is thrilled to receive the endorsement of the Dock Workers Guild.",
            [("Guild", 1, "she")],
        ),
        ("Ada Roos said she is eager to win the endorsement of the Dock Workers Guild.", []),
        # a pronoun owner gives it too: the speaker's own "my", someone's "his"
        ("Ada Roos has my full support.", [("my", 1, "Roos")]),
        ("The harbour levy has our backing.", [("our", 1, "levy")]),
    ],
)
def test_support_received_is_the_givers_side_on_the_receiver(nlp, text, expected):
    doc = nlp(text)
    found = [(doc[e.agent].text, e.polarity, doc[e.topic].text) for e in find(doc, load()) if not e.owned]
    assert found == expected
