"""Acts named by nouns: a doer named in the phrase makes one; a topic, a weapon or half of a
two-word name does not."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Analysis


def happened(nlp, text: str) -> list[str]:
    analysis = Analysis(id="t", text=text)
    code(analysis, nlp(text))
    return [e.type for e in analysis.events if not e.negated and e.tense not in ("future", "hypothetical")]


def test_nominal_act_with_a_named_doer(nlp):
    assert "ASSAULT" in happened(nlp, "Residents fled the army's shelling of the town.")
    assert "ASSAULT" in happened(nlp, "The killings by the security forces shocked the region.")


@pytest.mark.parametrize(
    "text",
    [
        "The trade talks dragged on into the night.",
        "Her phone calls were brief.",
        "He is serving a jail term in Portwell.",
        "The road trip took six days.",
    ],
)
def test_nominal_topic_or_compound_is_no_doer(nlp, text):
    assert happened(nlp, text) == []
