"""The thing a naming verb names and the name it gives, in every tree the parser builds for them."""

from __future__ import annotations

import pytest

from faultlines.namings import parts

NAMING_VERBS = frozenset({"call", "brand", "label", "dub"})


def _parts(nlp, text: str) -> tuple[str, str] | None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in NAMING_VERBS and t.pos_ == "VERB")
    found = parts(verb)
    return (found[0].text, found[1].text) if found is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roos called the ferry levy a disaster.", ("levy", "disaster")),
        # a time owner in front: the parser may swap the two, or hang the name on the thing
        ("Ada Roos called Monday's ruling a disaster.", ("ruling", "disaster")),
        ("Ada Roos called last month's vote a disaster.", ("vote", "disaster")),
        ("Ada Roos branded the panel's 6-3 verdict a disgrace.", ("verdict", "disgrace")),
        ("Ada Roos labelled the 2021 harbour accord a mistake.", ("accord", "mistake")),
        ("Ada Roos called the 'Fair Fares' campaign a sham.", ("campaign", "sham")),
        # the name hung as a second object of the thing's preposition
        ("Ada Roos called the merger with Apex a mistake.", ("merger", "mistake")),
        # a post-modified thing: the name hung on the verb inside it
        (
            "Ada Roos called the decision by the council to shut the depot a disaster.",
            ("decision", "disaster"),
        ),
        # a bare name in quotation marks, with no article
        ('Ada Roos called the ferry levy "utter nonsense."', ("levy", "nonsense")),
        # a quoted adjective the parser hung after the thing as its modifier
        ("Ada Roos called the harbour board’s conduct “outrageous” on Monday.", ("conduct", "outrageous")),
        ('Ada Roos called the harbour board’s decision "reckless" in a statement.', ("decision", "reckless")),
    ],
)
def test_namings_the_thing_and_its_name_in_every_tree(nlp, text, expected):
    assert _parts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos called Tomas Berg, a critic of the levy, to testify.",
        "Ada Roos called a meeting on Monday.",
        'Ada Roos quit after what she called an "outburst," a string of posts.',
        "Ada Roos called the plan, which she said was a disaster, unfinished.",
    ],
)
def test_namings_no_name_given(nlp, text):
    assert _parts(nlp, text) is None
