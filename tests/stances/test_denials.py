"""Judgements made by a speaker denying the thing an article is about its own name."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on


def test_denials_a_thing_denied_its_own_name_is_judged():
    text = (
        "Borland council unveils pension reform.\n\n"
        "The council set out its pension reform on Monday. "
        '"This is not reform," said Ida Kern, an economist at the Borland Institute.'
    )
    assert ("Ida Kern", -1) in held_on(analysed_stances(text), "reform")


@pytest.mark.parametrize(
    "quote",
    [
        "This is not a reform, it is a tax",  # another claim about what it is
        "This is not real reform",  # a kind of reform, not its name
        "This is not politics",  # a name the lead does not use
        "It is not just reform",  # "just" on the verb: more than reform, not none of it
        "It is not only reform",
    ],
)
def test_denials_a_name_the_article_is_not_about_is_no_stance(quote):
    text = (
        "Borland council unveils pension reform.\n\n"
        f'The council set out its pension reform on Monday. "{quote}," said Ida Kern, an economist.'
    )
    assert not any(actor == "Ida Kern" for actor, _, _ in analysed_stances(text))
