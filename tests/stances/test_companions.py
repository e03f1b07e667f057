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
