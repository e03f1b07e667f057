from faultlines.actors import mentions
from faultlines.actors.nicknames import nicknamed
from tests.actors.helpers import cluster_of, clusters_of


def test_nicknames_the_person_is_the_given_name_and_surname(nlp):
    doc = nlp('Del. Marcia "Cia" Tarrant opened the session.')
    assert [m.name for m in nicknamed(doc)] == ["Marcia Tarrant"]
    # the quoted nickname no longer splits the name into a first name and a title
    assert "Marcia Tarrant" in {m.name for m in mentions.find(doc)}


def test_nicknames_the_person_goes_by_the_nickname_the_text_uses_again(nlp):
    text = 'Rep. Robert C. "Bobby" Tarrant spoke. Later, Tarrant left. Bobby Tarrant is a senator now.'
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "Robert").name == "Bobby Tarrant"
    # the surname alone is that person too, not a body
    assert cluster_of(doc, clusters, "Tarrant", 1) is cluster_of(doc, clusters, "Robert")


def test_nicknames_a_quoted_word_between_names_is_not_always_a_nickname(nlp):
    assert nicknamed(nlp('The group "Harbour Watch" Kim founded is small.')) == []
