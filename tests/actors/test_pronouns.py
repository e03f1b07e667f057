import pytest

from faultlines.actors.clusters import WINDOW
from tests.actors.helpers import cluster_of, clusters_of


def test_pronouns_picks_gender_match_over_recency(nlp):
    doc, clusters = clusters_of(
        nlp, "Mrs. Ada Quist met Mr. Tom Reyes on Monday. Later she said the meeting went well."
    )
    assert cluster_of(doc, clusters, "she").name == "Ada Quist"


def test_pronouns_she_never_resolves_to_an_organisation(nlp):
    doc, clusters = clusters_of(nlp, 'The Harbour Gazette reported the fire. "It spread fast," she said.')
    assert cluster_of(doc, clusters, "she") is None


def test_pronouns_given_name_keeps_pronoun_off_the_other_gender(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Senator Marta Quiroga questioned Walter Brandt, the bank's chief. He said the fees were legal. "
        "She said they were not.",
    )
    assert cluster_of(doc, clusters, "He").name == "Walter Brandt"
    assert cluster_of(doc, clusters, "She").name == "Marta Quiroga"
    assert cluster_of(doc, clusters, "Marta").gender == "f"


def test_pronouns_skips_names_inside_quotation(nlp):
    doc, clusters = clusters_of(
        nlp, 'Mayor Piet Haverkamp spoke first. "I trust Oskar Lindqvist completely," he said.'
    )
    assert cluster_of(doc, clusters, "he").name == "Piet Haverkamp"


def test_pronouns_prefers_main_clause_subject(nlp):
    doc, clusters = clusters_of(
        nlp, "Piet Haverkamp said he expects Oskar Lindqvist to resign. But he said the vote can wait."
    )
    assert cluster_of(doc, clusters, "he", 1).name == "Piet Haverkamp"


def test_pronouns_prefers_known_gender_over_unknown(nlp):
    doc, clusters = clusters_of(nlp, "Mayor Zoltar Quenby praised Anna Berg after she won the race.")
    assert cluster_of(doc, clusters, "she").name == "Anna Berg"
    assert cluster_of(doc, clusters, "Zoltar").gender is None


def test_pronouns_carries_on_the_previous_main_subject_over_a_known_gender(nlp):
    doc, clusters = clusters_of(
        nlp,
        "In a letter to Mr. Tom Reyes in May, Zenobi Artwell, the head of the growers union, said prices "
        "had fallen. He urged a quick deal.",
    )
    assert cluster_of(doc, clusters, "He").name == "Zenobi Artwell"


def test_pronouns_in_a_quote_takes_a_person_named_in_that_quote(nlp):
    text = (
        '"Build the bridge now," said Mr. Tomas Brek.\n\n'
        '"Mr. Ivo Senn talks well, but he never answers a question," said Mrs. Lia Dorn.'
    )
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "he").name == "Ivo Senn"


def test_pronouns_name_in_a_quote_is_no_antecedent_outside_it(nlp):
    doc, clusters = clusters_of(nlp, 'Mr. Tomas Brek spoke first. "I admire Mr. Ivo Senn," he said.')
    assert cluster_of(doc, clusters, "he").name == "Tomas Brek"


def test_pronouns_linked_pronoun_carries_the_person_past_the_window(nlp):
    filler = "The rain kept falling. " * (WINDOW - 1)
    doc, clusters = clusters_of(nlp, f"Ada Quist reached the harbour. {filler}She spoke. {filler}She left.")
    assert cluster_of(doc, clusters, "She", 0).name == "Ada Quist"
    assert cluster_of(doc, clusters, "She", 1) is cluster_of(doc, clusters, "She", 0)


def test_pronouns_possessive_in_the_matter_of_an_attack_is_the_attacked(nlp):
    doc, clusters = clusters_of(
        nlp, "On Monday, Senator Tom Reyes attacked Carl Lindqvist over his plan for the harbour."
    )
    assert cluster_of(doc, clusters, "his").name == "Carl Lindqvist"


def test_pronouns_an_object_is_not_the_subject_it_shares_a_clause_with(nlp):
    text = "Tom Reyes met Ivan Holt on Monday. Reyes tried to convince him that the pier was safe."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "him").name == "Ivan Holt"


def test_pronouns_an_object_of_an_infinitive_someone_else_does_may_be_the_subject(nlp):
    doc, clusters = clusters_of(nlp, "Tom Reyes said he would ask the mayor to fire him.")
    assert cluster_of(doc, clusters, "him").name == "Tom Reyes"


def test_pronouns_in_a_quote_takes_the_known_gender_over_the_previous_subject(nlp):
    # a speaker's "she" is someone they talk about, so the previous subject whose gender nobody has
    # told is not preferred the way a "he said" outside the quotation would prefer it
    text = 'Gov. Kit Arlow scolded Mrs. Ada Quist on Monday.\n\n"She has no plan at all," he said.'
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "She").name == "Ada Quist"
    assert cluster_of(doc, clusters, "he").name == "Kit Arlow"


def test_pronouns_a_name_modifying_another_noun_is_the_last_choice(nlp):
    text = "Reporters asked Mrs. Ada Quist about the Carla Lindqvist campaign. She said the plan was a joke."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "She").name == "Ada Quist"


def test_pronouns_an_object_is_not_a_subject_named_in_full_nor_one_joined_to_it(nlp):
    for text in (
        "Tom Reyes met Ivan Holt on Monday. Tom Reyes tried to convince him that the pier was safe.",
        "Tom Reyes met Ivan Holt on Monday. The union and Tom Reyes tried to convince him to wait.",
        # the object of the verb's own preposition too
        "Mayor Ivan Holt faces a vote in the spring. Tom Reyes campaigned against him.",
        "Mayor Ivan Holt faces a vote in the spring. The union and Tom Reyes lined up behind him.",
    ):
        doc, clusters = clusters_of(nlp, text)
        assert cluster_of(doc, clusters, "him").name == "Ivan Holt", text


def test_pronouns_a_prepositional_object_beside_a_direct_object_may_be_the_subject(nlp):
    doc, clusters = clusters_of(nlp, "Tom Reyes put the files beside him.")
    assert cluster_of(doc, clusters, "him").name == "Tom Reyes"


def test_pronouns_an_emphatic_reflexive_is_the_name_it_is_set_off_after(nlp):
    text = (
        "Days after Ms. Ana Reyes named Mr. Ivan Holt to the board, the push for Mr. Sam Ortiz began: "
        "the union, L. D. Lind - himself a former mayor - and the guild lined up behind him."
    )
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "himself").name == "L. D. Lind"
    # a name of unknown gender, not the known man before it; nor is that man then barred as the subject
    assert cluster_of(doc, clusters, "him").name == "Sam Ortiz"


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # both given names tell "he": the subject whose clause the pronoun's hangs from is meant
        (
            "Tom Haverkamp said David Lindqvist was right when he said the port should close.",
            "he",
            "David Lindqvist",
        ),
        # a possessive is its own clause's subject's
        ("Tom Haverkamp said David Lindqvist released his tax returns.", "his", "David Lindqvist"),
        # a possessive after a pronoun object is the object's
        ("Tom Haverkamp left after David Lindqvist hit him in the side of his face.", "his", "Tom Haverkamp"),
    ],
)
def test_pronouns_the_subject_of_the_clause_governing_the_pronoun_comes_first(nlp, text, word, name):
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, word).name == name
