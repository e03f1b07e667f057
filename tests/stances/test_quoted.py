"""The quote context the stance readers consult: where the speaker's own words are."""

from __future__ import annotations

from faultlines.model import Analysis
from faultlines.stances.quoted import Context


def test_quoted_narration_is_never_after_the_speakers_own_words(nlp):
    text = "Ada Roos spoke at the pier. The ferry levy passed."
    doc = nlp(text)
    context = Context(Analysis(id="t", text=text), doc)
    assert not context.after_own_words(doc[-2])
