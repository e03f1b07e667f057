import pytest
from spacy.tokens import Span

from faultlines.actors import party_tags


@pytest.mark.parametrize(
    "text",
    [
        "Ada Vale (D-Ohio) spoke first.",
        "Ada Vale (R-TX) spoke first.",
        "Ada Vale, I-Vt., spoke first.",
        "Ada Vale (D-Newport News) spoke first.",
    ],
)
def test_party_tags_a_tag_follows_the_name(nlp, text):
    doc = nlp(text)
    assert party_tags.follows(doc[0:2])


@pytest.mark.parametrize(
    "text",
    [
        "Ada Vale (the mayor) spoke first.",
        "Ada Vale, Ohio's mayor, spoke first.",
        "Ada Vale, of I-95 fame, spoke.",
    ],
)
def test_party_tags_brackets_or_commas_without_a_tag_are_none(nlp, text):
    doc = nlp(text)
    assert not party_tags.follows(doc[0:2])


@pytest.mark.parametrize(
    ("text", "place"),
    [("Ada Vale (D-Newport News) spoke.", "Newport News"), ("Ada Vale, R-Utah, spoke.", "Utah")],
)
def test_party_tags_a_place_in_a_tag_is_within_it(nlp, text, place):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == place.split()[0])
    assert party_tags.within(Span(doc, start, start + len(place.split()), label="GPE"))


def test_party_tags_a_place_after_a_comma_is_no_tag(nlp):
    doc = nlp("Ada Vale, Utah's governor, spoke.")
    assert not party_tags.within(Span(doc, 3, 4, label="GPE"))
