from tests.actors.helpers import cluster_of, clusters_of


def test_title_mentions_find_the_person_given_the_title(nlp):
    doc, clusters = clusters_of(
        nlp, "Transport Secretary Lena Ford visited the port. The secretary promised new cranes."
    )
    assert cluster_of(doc, clusters, "secretary").name == "Lena Ford"


def test_title_mentions_without_a_titled_person_stay_unresolved(nlp):
    doc, clusters = clusters_of(nlp, "The minister promised new cranes.")
    assert cluster_of(doc, clusters, "minister") is None


def test_title_mentions_none_for_an_institution_inside_a_title(nlp):
    doc, clusters = clusters_of(
        nlp, "Senate Majority Leader Ruth Calder spoke first. The Senate then voted on the bill."
    )
    assert [s.text for s in cluster_of(doc, clusters, "Calder").spans] == ["Ruth Calder"]


def test_title_mentions_find_the_person_of_an_abbreviated_title(nlp):
    doc, clusters = clusters_of(
        nlp, "Coun. Ines Barrow opposed the plan. The councillor said the ward deserved better."
    )
    assert cluster_of(doc, clusters, "councillor").name == "Ines Barrow"


def test_title_mentions_goes_to_the_person_the_text_gives_it_before_a_gazetteer_holder(nlp):
    # the gazetteer lists Donald Trump as a president, but this text calls only Lind so
    doc, clusters = clusters_of(
        nlp, "President Ana Lind spoke after a call about Donald Trump. The president promised new cranes."
    )
    assert cluster_of(doc, clusters, "president").name == "Ana Lind"


def test_title_mentions_a_title_of_another_country_is_not_the_titled_person(nlp):
    text = "U.S. President Lena Ford spoke on Monday. Later the new French president spoke."
    doc, clusters = clusters_of(nlp, text)
    assert [s.text for s in cluster_of(doc, clusters, "Ford").spans] == ["Lena Ford"]


def test_title_mentions_a_title_named_with_a_state_is_still_the_titled_person(nlp):
    text = "Governor Lena Ford spoke on Monday. Later the New Jersey governor flew home."
    doc, clusters = clusters_of(nlp, text)
    assert "the New Jersey governor" in [s.text for s in cluster_of(doc, clusters, "Ford").spans]


def test_title_mentions_go_to_the_gazetteer_holder_of_the_articles_year(nlp):
    text = "Donald Trump and Barack Obama spoke on Monday. The president said the talks went well."
    doc, clusters = clusters_of(nlp, text, 2016)
    assert cluster_of(doc, clusters, "president").name == "Barack Obama"
