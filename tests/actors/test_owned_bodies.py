import pytest

from faultlines.actors import mentions


def _found(nlp, text: str) -> set[tuple]:
    return {(m.name, m.kind, m.country, m.sector) for m in mentions.find(nlp(text))}


def test_owned_bodies_possessive_court_is_that_countrys_court(nlp):
    found = _found(nlp, "Norway’s Supreme Court struck down the harbour plan on Friday.")
    assert ("Norway's Supreme Court", "organisation", "NOR", "JUD") in found
    assert ("Norway", "country", "NOR", None) in found


def test_owned_bodies_possessive_chamber_is_not_another_countrys(nlp):
    found = _found(nlp, "Chile's Senate passed the harbour bill.")
    assert ("Chile's Senate", "organisation", "CHL", "LEG") in found
    assert not any(name == "Senate" for name, *_ in found)


def test_owned_bodies_place_the_tables_miss_still_owns_its_government(nlp):
    found = _found(nlp, "The Punjab government said the canal levy would stay.")
    assert ("Punjab government", "organisation", None, "GOV") in found


def test_owned_bodies_body_word_modifying_a_title_is_no_body(nlp):
    found = _found(nlp, "The harbour plan was welcomed by Oslo police chief Ada Roos.")
    assert not any(name.endswith("police") for name, *_ in found)


def test_owned_bodies_body_named_on_after_of_is_left_to_its_name(nlp):
    found = _found(nlp, "Norway's Department of Fisheries backed the harbour plan.")
    assert not any(name == "Norway's Department" for name, *_ in found)


def test_owned_bodies_place_of_several_words_is_named_whole(nlp):
    found = _found(nlp, "Harbour talks stalled after the South Korean government walked out.")
    assert ("South Korean government", "organisation", "KOR", "GOV") in found


def test_owned_bodies_sentence_capital_the_is_no_part_of_the_name(nlp):
    found = _found(nlp, "The US Justice Department charged the harbour master on Friday.")
    assert [(name, country) for name, _, country, _ in found] == [("US Justice Department", "USA")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The government of Peru rejected the harbour plan.",
            ("Peru government", "organisation", "PER", "GOV"),
        ),
        (
            "The city council of Lyon rejected the harbour plan.",
            ("Lyon city council", "organisation", "FRA", "GOV"),
        ),
        (
            "Lyon's city council rejected the harbour plan.",
            ("Lyon city council", "organisation", "FRA", "GOV"),
        ),
        (
            "The Supreme Court of Peru rejected the harbour plan.",
            ("Supreme Court of Peru", "organisation", "PER", "JUD"),
        ),
    ],
)
def test_owned_bodies_body_of_a_place_after_of_is_that_places(nlp, text, body):
    assert body in _found(nlp, text)


def test_owned_bodies_description_between_place_and_body_names_no_body(nlp):
    found = _found(nlp, "Peru's new government rejected the harbour plan.")
    assert not any(name == "Peru new government" for name, *_ in found)


def test_owned_bodies_one_of_a_places_bodies_is_not_its_own(nlp):
    found = _found(nlp, "A Lyon ad agency made the harbour campaign.")
    assert not any(sector == "GOV" for *_, sector in found)


def test_owned_bodies_the_citys_police_are_the_police_of_the_city_named_before(nlp):
    doc = nlp("Protests went on in Brussels. The city's police deny that they used force.")
    assert ("Brussels police", "BEL", "COP") in {(m.name, m.country, m.sector) for m in mentions.find(doc)}


def test_owned_bodies_the_state_recalls_a_state_not_a_city(nlp):
    doc = nlp("Voters in Columbus, Ohio, were angry. The state's legislature adjourned.")
    names = {m.name for m in mentions.find(doc)}
    assert "Ohio legislature" in names and "Columbus legislature" not in names
