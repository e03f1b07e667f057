"""Person names NER ran a title-cased headline's words into (actors/headline_names.py)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from faultlines.actors import headline_names
from faultlines.ingest import furniture

STORY = "Mayor Ada Okafor opened the harbour museum on Monday ."


def _cut(headline: str, story: str, names: list[str]) -> str:
    """The headline's first PERSON entity as ``cut`` leaves it, every occurrence of ``names`` tagged
    PERSON in a Doc of the headline line and the story line."""
    words = [*headline.split(), "\n", *story.split()]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w != "\n" for w in words])
    spans = []
    for name in names:
        size = len(name.split())
        spans += [
            Span(doc, i, i + size, "PERSON") for i in range(len(words)) if words[i : i + size] == name.split()
        ]
    doc.ents = sorted(spans, key=lambda s: s.start)
    told = headline_names.story(doc, furniture.headline_end(doc.text))
    return headline_names.cut(doc.ents[0], told).text


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Okafor Says Harbour Museum Will Open", "Okafor Says"),  # a verb after the surname
        ("Okafor Plan For Ferries Is Costly", "Okafor Plan"),  # a noun after it
        ("Reckless Okafor Scraps Ferry Levy", "Reckless Okafor"),  # an epithet before it
    ],
)
def test_headline_names_a_headline_word_run_into_a_surname_the_story_gives_is_cut_off(headline, name):
    assert _cut(headline, STORY, [name, "Ada Okafor"]) == "Okafor"


@pytest.mark.parametrize(
    ("headline", "story", "names"),
    [
        # the story gives the whole name
        (
            "Okafor Scott Wins Prize",
            "Okafor Scott , a farmer , thanked Ada Okafor .",
            ["Okafor Scott", "Ada Okafor"],
        ),
        # a given name, or a title, before the surname
        ("Grace Okafor Wins Prize", STORY, ["Grace Okafor", "Ada Okafor"]),
        ("Mayor Okafor Wins Prize", STORY, ["Mayor Okafor", "Ada Okafor"]),
        # no surname the story gives
        ("Tove Rask Wins Prize", STORY, ["Tove Rask", "Ada Okafor"]),
        # a name in the story itself
        ("Harbour Museum Opens", "Ada Okafor Says she is proud .", ["Ada Okafor Says"]),
    ],
)
def test_headline_names_a_name_the_story_does_not_contradict_stays_whole(headline, story, names):
    assert _cut(headline, story, names) == names[0]
