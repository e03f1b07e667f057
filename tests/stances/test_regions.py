"""A state named as a stance's doer is not its country, even where its name was coded to the country."""

from __future__ import annotations

from faultlines.model import Actor, Analysis, Span
from faultlines.stances.expression import Expression
from faultlines.stances.holders import Holding
from faultlines.stances.regions import unplaced


def _held(nlp, text: str, doer: str, mention: str) -> tuple[str, ...]:
    doc = nlp(text)
    start = text.index(mention)
    country = Actor(
        "country-usa",
        "United States",
        "country",
        "USA",
        mentions=[Span(start, start + len(mention), mention)],
    )
    analysis = Analysis(id="t", text=text, actors=[country])
    at = next(t.i for t in doc if t.text == doer)
    expr = Expression(at + 2, 1, at + 3, "np", committer=at)
    return unplaced([expr], [Holding(("country-usa",), None)], analysis, doc)[0].actors


def test_regions_a_state_promising_is_no_stance_of_its_country(nlp):
    assert _held(nlp, "Texas will fund the harbour plan.", "Texas", "Texas") == ()


def test_regions_a_country_named_as_itself_keeps_its_stance(nlp):
    assert _held(nlp, "America will fund the harbour plan.", "America", "America") == ("country-usa",)
