from faultlines.actors import mentions
from faultlines.actors.collectives import collectives


def test_collectives_demonym_with_role_noun_is_collective(nlp):
    found = {
        (m.name, m.kind, m.country, m.sector)
        for m in mentions.find(nlp("Chilean soldiers guarded the border."))
    }
    assert ("Chilean soldiers", "group", "CHL", "MIL") in found


def test_collectives_demonym_missed_by_ner_still_makes_collective(nlp):
    found = {
        (m.name, m.kind, m.country, m.sector)
        for m in mentions.find(nlp("Ghanaian authorities closed the port."))
    }
    assert ("Ghanaian authorities", "group", "GHA", "GOV") in found


def test_collectives_a_place_s_office_is_named_whole(nlp):
    found = {
        (m.name, m.sector)
        for m in collectives(nlp("An appeal could go to the office of Chile's attorney general."))
    }
    assert found == {("Chile attorney general", "GOV")}


def test_collectives_government_and_opposition_forces_stay_apart(nlp):
    doc = nlp("Syrian government forces and Syrian opposition forces clashed near the camp.")
    assert {m.name for m in collectives(doc)} == {"Syrian government forces", "Syrian opposition forces"}


def test_collectives_a_role_in_apposition_to_a_name_is_that_person_s(nlp):
    doc = nlp("Jo Lind, a retired Belgian general who works in Brussels, said the borders were gone.")
    assert collectives(doc) == []


def test_collectives_a_place_of_several_words_names_the_group_whole(nlp):
    found = {
        (m.name, m.country, m.sector) for m in collectives(nlp("Two New Jersey police officers were hurt."))
    }
    assert found == {("New Jersey police officers", "USA", "COP")}


def test_collectives_a_people_within_a_nation_keeps_its_name(nlp):
    found = {(m.name, m.country) for m in collectives(nlp("The campaign courted African-American voters."))}
    assert found == {("African-American voters", "USA")}


def test_collectives_joined_peoples_name_each_group_by_its_own_people(nlp):
    doc = nlp("Hungarian and Romanian officials signed the accord.")
    assert "Hungarian officials" in {m.name for m in collectives(doc)}


def test_collectives_a_people_by_descent_is_no_states_own(nlp):
    # "ethnic" names a people wherever it lives: no group or country of the state its word names
    found = {(m.name, m.country) for m in mentions.find(nlp("Ethnic Chilean guards left the camp at dawn."))}
    assert "CHL" not in {country for _, country in found}
    doc = nlp("Up to 100 ethnic Chileans protested in Peru on Tuesday.")
    assert ("Chileans", None) in {(m.name, m.country) for m in mentions.find(doc)}
