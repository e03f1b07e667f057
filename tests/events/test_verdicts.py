"""Verdicts passed by naming: on a named actor, on a thing and its named owner, and by whom."""

import pytest

from faultlines.events import lexicon, verdicts


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


def _names(doc, *names: str) -> frozenset[int]:
    return frozenset(t.i for t in doc if t.text in names)


def test_verdicts_calling_a_named_actor_a_liar_accuses_them(nlp):
    doc = nlp("Senator Cruz called Vale a liar.")
    code, target = verdicts.named_as(_verb(doc, "call"), _names(doc, "Cruz", "Vale"), lexicon.load())
    assert (code.type, target.text) == ("ACCUSE", "Vale")


@pytest.mark.parametrize(
    ("text", "thing", "owner"),
    [
        ("Senator Cruz called Vale's ruling a disaster.", "ruling", "Vale"),
        # a quoted adjective the parser hung on the thing as its modifier
        ("Senator Cruz called the Vale Bank’s conduct “outrageous” on Monday.", "conduct", "Bank"),
    ],
)
def test_verdicts_calling_a_thing_a_disaster_judges_the_thing_and_its_named_owner(nlp, text, thing, owner):
    doc = nlp(text)
    named = _names(doc, "Cruz", owner)
    code, judged = verdicts.thing_named(_verb(doc, "call"), named, lexicon.load())
    assert (code.type, judged.text) == ("ACCUSE", thing)
    assert verdicts.owner(judged, named).text == owner


def test_verdicts_the_passive_namer_is_the_by_agent(nlp):
    doc = nlp("Vale was called a liar by Ruiz.")
    assert verdicts.namer(_verb(doc, "call")).text == "Ruiz"


def test_verdicts_a_pronoun_stands_for_a_named_actor_only_where_allowed(nlp):
    she = nlp("She called Vale a liar.")[0]
    assert verdicts.is_named(she, frozenset(), pronoun_ok=True)
    assert not verdicts.is_named(she, frozenset(), pronoun_ok=False)
