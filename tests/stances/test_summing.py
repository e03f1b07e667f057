"""Placeholders that may sum up what an article is about."""

from __future__ import annotations

import pytest

from faultlines.stances.summing import sums_up


def test_summing_subject_opening_a_quote_sums_up(nlp):
    doc = nlp('"This is a disgrace," Ada Roos said.')
    assert sums_up(doc[1])


@pytest.mark.parametrize(
    "text",
    [
        '"The port plan is late and we oppose it," Ada Roos said.',  # an object, after the plan
        # "it" is "all this", the speaker's own story, not what the article is about
        "“Once you add all this up it seems absurd,” Ben Kalt said.",
    ],
)
def test_summing_it_after_something_named_or_pointed_at_does_not(nlp, text):
    it = next(t for t in nlp(text) if t.lower_ == "it")
    assert not sums_up(it)


def test_summing_narration_placeholder_sums_up(nlp):
    doc = nlp("Ada Roos is against it.")
    assert sums_up(doc[4])


def test_summing_narration_placeholder_deep_in_the_story_does_not(nlp):
    doc = nlp(
        "The council passed the port plan. Crews began work in May. The mayor toured the site. "
        "Her deputy was said to be against the idea."
    )
    idea = next(t for t in doc if t.lower_ == "idea")
    assert not sums_up(idea)


def test_summing_it_after_a_clause_opening_that_still_sums_up(nlp):
    doc = nlp("“I think that it is a disgrace,” Ada Roos said.")
    it = next(t for t in doc if t.lower_ == "it")
    assert sums_up(it)


def test_summing_it_opening_a_quote_deep_in_the_story_does_not(nlp):
    # deep in the story a speaker's "it" is what was told just before, not what the article is about
    doc = nlp(
        "The council passed the port plan. Crews began work in May. The mayor toured the site. "
        "Her deputy later met the builders at the depot. "
        "“I think it was a mistake,” the deputy said."
    )
    it = next(t for t in doc if t.lower_ == "it")
    assert not sums_up(it)


def test_summing_this_opening_a_quote_deep_in_the_story_still_sums_up(nlp):
    doc = nlp(
        "The council passed the port plan. Crews began work in May. The mayor toured the site. "
        "“This is a disgrace,” Ada Roos said."
    )
    assert sums_up(next(t for t in doc if t.lower_ == "this"))
