import pytest

from faultlines.actors import titles


def _person(doc, name):
    start = next(t.i for t in doc if t.text == name.split()[0])
    return doc[start : start + len(name.split())]


def test_titles_premodifier_keeps_country_and_office(nlp):
    doc = nlp("Dutch Water Management Minister Pieter Vos opened the dam on Friday.")
    assert titles.premodifier(_person(doc, "Pieter Vos")).text == "Dutch Water Management Minister"


def test_titles_no_premodifier_without_role_noun(nlp):
    doc = nlp("Yesterday Pieter Vos opened the dam.")
    assert titles.premodifier(_person(doc, "Pieter Vos")) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("An attorney for Pieter Vos said the dam was safe.", None),  # the attorney is someone else
        ("The wife of Senator Pieter Vos opened the dam.", "Senator"),
        ("The head of Velmo Television and Pieter Vos opened the dam.", None),
        ("Secretary of State Pieter Vos opened the dam.", "Secretary of State"),
    ],
)
def test_titles_premodifier_is_the_names_own_title(nlp, text, title):
    pre = titles.premodifier(_person(nlp(text), "Pieter Vos"))
    assert (pre.text if pre is not None else None) == title


def test_titles_appositive_former_role_kept_as_written(nlp):
    doc = nlp("Pieter Vos, a former ambassador to Japan, opened the dam on Friday.")
    roles = [s.text for s in titles.appositives(_person(doc, "Pieter Vos"))]
    assert roles == ["former ambassador to Japan"]


def test_titles_honorific_gives_gender(nlp):
    doc = nlp("Mrs. Okoye said the school would close.")
    assert titles.honorific_gender(_person(doc, "Okoye")) == "f"


def test_titles_role_before_the_name_in_apposition(nlp):
    doc = nlp("The clinic's medical director, Saskia Brandt, said the wards were full.")
    name = next(e for e in doc.ents if e.text == "Saskia Brandt")
    assert [r.text for r in titles.appositives(name)] == ["clinic's medical director"]


def test_titles_possessive_pronoun_is_not_part_of_the_role(nlp):
    doc = nlp("The port will reopen, its finance minister, Ivo Lasek, said on Friday.")
    name = next(e for e in doc.ents if e.text == "Ivo Lasek")
    assert [r.text for r in titles.appositives(name)] == ["finance minister"]


def test_titles_premodifier_takes_an_abbreviated_title(nlp):
    doc = nlp("The road closed at noon.\n\nCoun. Ines Barrow said the ward deserved better.")
    assert titles.premodifier(_person(doc, "Ines Barrow")).text == "Coun."


def test_titles_honorific_before_the_name_at_the_start_of_the_text(nlp):
    doc = nlp("Mr. Harlan Voss opened the ferry terminal.")
    name = _person(doc, "Harlan Voss")
    assert titles.honorific_gender(name) == "m"
    assert titles.honorific_gender(doc[0 : name.end]) == "m"  # the honorific opening the name


def test_titles_no_honorific_gives_no_gender(nlp):
    doc = nlp("Harlan Voss opened the ferry terminal.")
    assert titles.honorific_gender(_person(doc, "Harlan Voss")) is None
