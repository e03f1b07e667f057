import pytest

from tests.actors.helpers import cluster_of, clusters_of


def test_coref_surname_joins_full_name(nlp):
    doc, clusters = clusters_of(nlp, "Senator Grace Holm voted no. Holm said the bill was rushed.")
    assert cluster_of(doc, clusters, "Holm", 1) is cluster_of(doc, clusters, "Grace")


def test_coref_surname_joins_full_name_with_a_generational_suffix(nlp):
    text = "Police detained Orrin Halvey Jr. on Friday. Halvey told them he backed the dam."
    doc, clusters = clusters_of(nlp, text)
    person = cluster_of(doc, clusters, "Orrin")
    assert cluster_of(doc, clusters, "Halvey", 1) is person and person.name == "Orrin Halvey Jr."


def test_coref_surname_joins_a_known_persons_namesake_with_a_suffix(nlp):
    doc, clusters = clusters_of(
        nlp, "Police arrested Ned Vance Jr. on Monday. Vance told police he backed the plan."
    )
    assert cluster_of(doc, clusters, "Vance", 1) is cluster_of(doc, clusters, "Ned")


def test_coref_surname_joins_full_name_whatever_its_apostrophe(nlp):
    doc, clusters = clusters_of(
        nlp, "Commissioner Dara O’Keane spoke on Sunday. O'Keane said the blast was deliberate."
    )
    assert cluster_of(doc, clusters, "O'Keane") is cluster_of(doc, clusters, "Dara")


def test_coref_title_stops_at_another_name(nlp):
    doc, clusters = clusters_of(nlp, "Both Senator Lio Tarn and Senator Mara Quell backed the ferry levy.")
    assert cluster_of(doc, clusters, "Quell").roles == ["Senator"]


def test_coref_alias_surname_joins_the_named_person_not_the_alias_entry(nlp):
    doc, clusters = clusters_of(nlp, "Hillary Clinton landed in Cairo. Clinton said the talks would resume.")
    assert cluster_of(doc, clusters, "Clinton", 1) is cluster_of(doc, clusters, "Hillary")


def test_coref_alias_surname_alone_is_the_gazetteer_entry(nlp):
    doc, clusters = clusters_of(nlp, "Clinton vetoed the harbour bill on Friday.")
    assert cluster_of(doc, clusters, "Clinton").entry.country == "USA"


def test_coref_given_name_alone_gives_gender(nlp):
    doc, clusters = clusters_of(nlp, "Kevin slept beside Melanie. Later she said the debate was over.")
    assert cluster_of(doc, clusters, "she").name == "Melanie"
    assert cluster_of(doc, clusters, "Kevin").gender == "m"


def test_coref_honorific_picks_between_two_people_of_one_surname(nlp):
    doc, clusters = clusters_of(
        nlp, "Tomas Vale and Anna Vale opened the bakery in 1990. Mrs. Vale said the ovens came later."
    )
    assert cluster_of(doc, clusters, "Vale", 2).name == "Anna Vale"


def test_coref_honorific_overrules_the_gazetteer_alias(nlp):
    doc, clusters = clusters_of(
        nlp, "Bill Clinton and Hillary Clinton arrived together. Mrs. Clinton said the trip was long."
    )
    assert cluster_of(doc, clusters, "Clinton", 2).name == "Hillary Clinton"


def test_coref_honorific_takes_the_namesake_of_unknown_gender_over_the_other(nlp):
    doc, clusters = clusters_of(
        nlp, "Ada Roos and her husband, Piet Roos, run the quay café. Mr. Roos said trade was slow."
    )
    assert cluster_of(doc, clusters, "Roos", 2) is cluster_of(doc, clusters, "Piet")


def test_coref_bare_surname_is_the_namesake_named_last(nlp):
    doc, clusters = clusters_of(
        nlp, "Lena Berg founded the bakery. Her son, Tomas Berg, now runs it. Berg said trade was slow."
    )
    assert cluster_of(doc, clusters, "Berg", 2) is cluster_of(doc, clusters, "Tomas")


def test_coref_bare_surname_before_both_namesakes_is_the_one_named_first(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Vale (D-Ohio) opened the fair on Sunday. Supporters cheered Ted Vale at the gate. Later his"
        " cousin, Ana Vale, spoke. Vale thanked the crowd.",
    )
    ted = cluster_of(doc, clusters, "Ted")
    assert cluster_of(doc, clusters, "Vale", 0) is ted and cluster_of(doc, clusters, "Vale", 3) is ted


def test_coref_bare_surname_stays_with_the_namesake_it_went_to(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Officers stopped Omar Lind near the quay. Lind had no papers. His sister, Ria Lind, filmed"
        " the stop. Police said Lind ran.",
    )
    assert cluster_of(doc, clusters, "Lind", 3) is cluster_of(doc, clusters, "Omar")


def test_coref_namesake_met_in_passing_takes_no_later_bare_surname(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Sen. Ted Vale backed the harbour plan. Vale said he had doubts. Critics mocked a photo of his"
        " wife, Ana Vale. Vale said the attacks hurt.",
    )
    assert cluster_of(doc, clusters, "Vale", 3) is cluster_of(doc, clusters, "Ted")


def test_coref_bare_surname_after_both_namesakes_together_stays_apart(nlp):
    doc, clusters = clusters_of(
        nlp, "Lena Berg and Tomas Berg run the bakery. Berg said the harbour plan would hurt trade."
    )
    bare = cluster_of(doc, clusters, "Berg", 2)
    assert bare is not cluster_of(doc, clusters, "Lena") and bare is not cluster_of(doc, clusters, "Tomas")


def test_coref_alias_surname_stays_with_the_namesake_it_went_to(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Hillary Clinton spoke first. Clinton said the trip was long. Bill Clinton nodded."
        " Clinton said the hotel was cold.",
    )
    assert cluster_of(doc, clusters, "Clinton", 3).name == "Hillary Clinton"


def test_coref_alias_surname_keeps_its_entry_over_a_namesake_last_a_subject(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Officials urged Kyiv to look into Joe Biden. The firm where Hunter Biden sat on the board"
        " denied it. Vice President Biden was not a topic, the envoy said.",
    )
    assert cluster_of(doc, clusters, "Biden", 2).name == "Joe Biden"


def test_coref_alias_surname_of_an_unnamed_entry_goes_to_the_namesake_last_a_subject(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Hillary Clinton left the memorial early. Her aides drove her to Chelsea Clinton's flat."
        " Clinton had told police she wanted no escort.",
    )
    assert cluster_of(doc, clusters, "Clinton", 2).name == "Hillary Clinton"


def test_coref_alias_surname_beside_a_namesake_of_other_gender_is_the_namesake_when_entry_unnamed(nlp):
    doc, clusters = clusters_of(
        nlp,
        "Officers stopped a van, said Lt. Omar Harris, the police spokesman. Harris said the driver fled.",
    )
    assert cluster_of(doc, clusters, "Harris", 1) is cluster_of(doc, clusters, "Omar")


def test_coref_alias_surname_beside_a_namesake_of_other_gender_stays_the_titled_entry(nlp):
    doc, clusters = clusters_of(
        nlp,
        "At the harbour rally President Obama spoke before Michelle Obama did. Obama said the ferry matters.",
    )
    assert cluster_of(doc, clusters, "Obama", 2) is cluster_of(doc, clusters, "Obama", 0)


def test_coref_gerund_run_into_a_surname_joins_the_named_person(nlp):
    doc, clusters = clusters_of(
        nlp, 'Anika Strome chairs the board.\nHosting Strome at the gala "was an honour," Lund said.'
    )
    assert cluster_of(doc, clusters, "Strome", 1) is cluster_of(doc, clusters, "Anika")


def test_coref_family_name_first_joins_full_name(nlp):
    doc, clusters = clusters_of(nlp, "Ambassador Liu Wenhai met the press. Liu said trade would grow.")
    assert cluster_of(doc, clusters, "Liu", 1) is cluster_of(doc, clusters, "Wenhai")


def test_coref_unknown_namesake_keeps_surname_from_gazetteer_alias(nlp):
    doc, clusters = clusters_of(
        nlp, "Tomas Rubio, who runs a bakery in Quito, said flour costs more. Mr. Rubio said he would close."
    )
    person = cluster_of(doc, clusters, "Rubio", 1)
    assert person is cluster_of(doc, clusters, "Tomas")
    assert person.name == "Tomas Rubio" and person.entry is None


def test_coref_country_goes_by_the_short_name_the_article_uses(nlp):
    doc, clusters = clusters_of(nlp, "Britain blocked the harbour plan. Britain wants more talks first.")
    assert cluster_of(doc, clusters, "Britain").name == "Britain"


def test_coref_country_named_most_often_by_an_abbreviation_goes_by_it(nlp):
    doc, clusters = clusters_of(nlp, "Britain spoke first. The UK said the port would close. UK envoys left.")
    assert cluster_of(doc, clusters, "Britain").name == "UK"


@pytest.mark.parametrize(
    "text, named",
    [
        ("Turkey closed the border on Monday. Ankara said it would reopen soon.", "Turkey"),
        ("Macedonia signed the accord. Its prime minister welcomed the vote.", "Macedonia"),
    ],
)
def test_coref_country_goes_by_the_name_the_news_kept_after_a_renaming(nlp, text, named):
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, named).name == named


def test_coref_country_goes_by_the_name_the_article_uses_most_over_the_table_name(nlp):
    text = "The US said the sailors were freed. The United States thanked Qatar. US envoys flew home."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "US").name == "US"


def test_coref_country_keeps_the_table_name_on_a_tie(nlp):
    doc, clusters = clusters_of(nlp, "The US said the sailors were freed. The United States thanked Qatar.")
    assert cluster_of(doc, clusters, "US").name == "United States"


def test_coref_city_or_demonym_never_names_the_country(nlp):
    doc, clusters = clusters_of(nlp, "Glasgow warned the rebels. British diplomats agreed.")
    assert cluster_of(doc, clusters, "Glasgow").name == "United Kingdom"
