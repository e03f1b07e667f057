import pytest

from faultlines.actors import home_state
from faultlines.actors.clusters import Cluster, Clusters
from tests.actors.helpers import cluster_of, clusters_of

TEXT = "one two three four five six seven eight nine ten"


def _clusters(nlp, coded: list[tuple[str, str, int]], bodies: list[tuple[str, str]]) -> Clusters:
    """Clusters of people or countries coded (name, country, mentions), and bodies of no country (name, sector)."""
    doc = nlp(TEXT)
    found = Clusters()
    for name, country, times in coded:
        cluster = Cluster("person", name, country=country)
        cluster.spans += [doc[i : i + 1] for i in range(times)]
        found.items.append(cluster)
    for name, sector in bodies:
        found.items.append(Cluster("organisation", name, sector=sector, spans=[doc[0:1]]))
    return found


def _country(clusters: Clusters, name: str) -> str | None:
    return next(c.country for c in clusters.items if c.name == name)


def test_home_state_public_body_takes_the_leading_country(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 5), ("Ivo Kral", "BRD", 1)], [("Congress", "LEG")])
    home_state.assign(clusters, nlp(TEXT))
    assert _country(clusters, "Congress") == "VLM"


def test_home_state_no_country_leads_a_story_shared_between_two(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 3), ("Ivo Kral", "BRD", 3)], [("Foreign Ministry", "GOV")])
    home_state.assign(clusters, nlp(TEXT))
    assert _country(clusters, "Foreign Ministry") is None


def test_home_state_a_short_story_tells_no_country(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 2), ("Ivo Kral", "BRD", 1)], [("Congress", "LEG")])
    home_state.assign(clusters, nlp(TEXT))
    assert _country(clusters, "Congress") is None


def test_home_state_bodies_above_states_and_companies_keep_no_country(nlp):
    clusters = _clusters(
        nlp, [("Ada Moss", "VLM", 6)], [("European Space Agency", "GOV"), ("Lark Mills", "BUS")]
    )
    home_state.assign(clusters, nlp(TEXT))
    assert _country(clusters, "European Space Agency") is None
    assert _country(clusters, "Lark Mills") is None


@pytest.mark.parametrize(
    ("person", "country"),
    [
        (Cluster("person", "Ivo Lind", sector="LEG", roles=["Sen."]), "VLM"),  # a public office
        (Cluster("person", "George III", sector="GOV", roles=["King"]), None),  # a crown: another age
        (Cluster("person", "Rosa Lind", sector="BUS", roles=["trader"]), None),  # no public office
    ],
)
def test_home_state_where_one_country_leads_a_public_office_holder_is_of_it(nlp, person, country):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 6), ("Ivo Kral", "BRD", 1)], [])
    clusters.items.append(person)
    home_state.assign(clusters, nlp(TEXT))
    assert person.country == country


def test_home_state_a_story_naming_one_country_gives_it_to_anyone_in_a_role(nlp):
    doc = nlp("The talks in Zambia ended on Monday.")
    president = Cluster("person", "Levo Banda", sector="GOV", roles=["President"])
    trader = Cluster("person", "Ada Moss", sector="BUS", roles=["trader"])
    clusters = Clusters(items=[president, trader])
    home_state.assign(clusters, doc)
    assert (president.country, trader.country) == ("ZMB", "ZMB")


def test_home_state_office_holder_takes_the_only_country_named(nlp):
    doc, clusters = clusters_of(nlp, "President Tomas Okello banned Ugandan opposition rallies.")
    home_state.assign(clusters, doc)
    assert cluster_of(doc, clusters, "Okello").country == "UGA"


def test_home_state_people_named_by_a_role_in_a_one_country_story_are_of_it(nlp):
    doc = nlp("The talks in Zambia ended on Monday.")
    protesters = Cluster("group", "protesters", sector="OPP")
    fighters = Cluster("group", "the rebels", sector="REB")
    envoys = Cluster("group", "European Union envoys", sector="GOV")
    clusters = Clusters(items=[protesters, fighters, envoys])
    home_state.assign(clusters, doc)
    assert (protesters.country, fighters.country, envoys.country) == ("ZMB", None, None)


def test_home_state_a_party_takes_the_leading_country(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 6), ("Ivo Kral", "BRD", 1)], [("Harbor Party", "PTY")])
    home_state.assign(clusters, nlp(TEXT))
    assert _country(clusters, "Harbor Party") == "VLM"


@pytest.mark.parametrize(
    "outsider",
    [
        Cluster("organisation", "Borduria Times", country="BRD", sector="JRN"),
        Cluster("person", "Ivo Kral", country="BRD", sector="EDU"),
    ],
    ids=["press", "scholar"],
)
def test_home_state_the_press_and_scholars_a_story_cites_tell_nothing_of_its_country(nlp, outsider):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 2)], [("Congress", "LEG")])
    outsider.spans = [nlp(TEXT)[0:1]]
    clusters.items.append(outsider)
    home_state.assign(clusters, nlp(TEXT))
    assert _country(clusters, "Congress") == "VLM"
