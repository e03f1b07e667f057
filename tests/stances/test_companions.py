from faultlines.stances import companions
from tests.stances.helpers import word


def test_companions_names_listed_in_apposition_to_a_noun(nlp):
    doc = nlp("Two states, Norland and Vetland, rejected the harbour levy.")
    assert [t.text for t in companions.apposed_list(word(doc, "states"))] == ["Norland", "Vetland"]


def test_companions_along_with_sets_someone_beside_a_holder(nlp):
    doc = nlp("Ada Roos, along with Ben Hart, opposed the harbour levy.")
    assert [t.text for t in companions.beside(word(doc, "along"))] == ["Hart"]


def test_companions_whom_a_holder_joined_in_a_stance(nlp):
    doc = nlp("Canada joined Norway in opposing the harbour levy.")
    assert [t.text for t in companions.joined_by(word(doc, "Canada"))] == ["Norway"]


def test_companions_a_name_before_a_verb_starts_a_clause(nlp):
    doc = nlp("Bo Lind won the support of the Harbour Party and Ada Roos rests.")
    assert companions.before_verb(word(doc, "Roos"))


def test_companions_each_name_hung_on_a_noun_is_listed(nlp):
    doc = nlp("The head of the board, Ada Roos, Senator Ben Kole and Senator Cy Marr condemned the levy.")
    assert [t.text for t in companions.apposed_list(word(doc, "head"))] == ["Roos", "Kole", "Marr"]


def test_companions_titled_names_listed_after_the_first(nlp):
    doc = nlp("President Ada Roos, Senator Ben Kole and Governor Cy Marr rejected the levy.")
    assert [t.text for t in companions.listed_after(word(doc, "Roos"))] == ["Kole", "Marr"]


def test_companions_one_name_after_a_comma_lists_nobody(nlp):
    doc = nlp("Ada Roos, Ben Kole's aide, rejected the levy.")
    assert companions.listed_after(word(doc, "Roos")) == ()


def test_companions_names_set_off_by_dashes_close_a_plural_phrase(nlp):
    doc = nlp("Three senators from the coast - Ada Roos, Ben Kole and Cy Marr - rejected the levy.")
    assert [t.text for t in companions.apposed_list(word(doc, "senators"))] == ["Roos", "Kole", "Marr"]


def test_companions_joined_by_sets_someone_beside_a_holder(nlp):
    doc = nlp("Ada Roos, joined by Ben Kole, voted against the levy.")
    assert [t.text for t in companions.joined_on(word(doc, "joined"))] == ["Kole"]


def test_companions_fellow_subjects_of_a_list_the_parse_split(nlp):
    doc = nlp("President Ada Roos, Senator Ben Kole and Governor Cy Marr sharply criticised the levy.")
    assert [t.text for t in companions.fellow_subjects(word(doc, "Roos"))] == ["Kole", "Marr"]
