"""An "it" or "its" that acts or owns an act outside quotes stands for the one body named before it."""

import pytest

from faultlines.actors import resolve
from faultlines.model import Analysis


def _mentions(nlp, text: str) -> dict[str, list[str]]:
    analysis = Analysis(id="r", text=text)
    resolve(analysis, nlp(text))
    return {a.name: [m.text for m in a.mentions] for a in analysis.actors}


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Harbour Records dropped Ada Roos on Friday. It sued the singer on Monday.", "It"),
        ("Harbour Records dropped Ada Roos on Friday. Ada Roos attacked its decision.", "its"),
        ("Harbour Records has sued Ada Roos because it has lost money.", "it"),
    ],
)
def test_body_pronouns_acting_or_owning_pronoun_is_the_one_body_named(nlp, text, pronoun):
    assert pronoun in _mentions(nlp, text)["Harbour Records"]


@pytest.mark.parametrize(
    "text",
    [
        # two bodies named: either may be meant
        "Harbour Records sued Vell Bank after it lost the papers.",
        # a copula or a passive tells no act
        "Harbour Records dropped Ada Roos on Friday. It is a small label.",
        "Harbour Records dropped Ada Roos on Friday. It was fined on Monday.",
        # in quotation marks "it" is the speaker's
        'Harbour Records dropped Ada Roos on Friday. "It sued us," she said.',
        # the "its" of a clause about a thing is mostly that thing's
        "Harbour Records signed Ada Roos on Friday. The album had its best week since May.",
    ],
)
def test_body_pronouns_a_pronoun_with_two_bodies_no_act_or_in_a_quote_is_nobodys(nlp, text):
    spans = _mentions(nlp, text).values()
    assert not any(m.lower() in ("it", "its") for mentions in spans for m in mentions)
