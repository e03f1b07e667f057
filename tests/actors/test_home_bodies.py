from faultlines.actors import home_bodies
from faultlines.actors.clusters import Cluster, Clusters


def _clusters(nlp, coded: list[tuple[str, str, int]], bodies: list[tuple[str, str]]) -> Clusters:
    """Clusters of people or countries coded (name, country, mentions), and bodies of no country (name, sector)."""
    doc = nlp("one two three four five six seven eight nine ten")
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


def test_home_bodies_public_body_takes_the_leading_country(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 5), ("Ivo Kral", "BRD", 1)], [("Congress", "LEG")])
    home_bodies.assign(clusters)
    assert _country(clusters, "Congress") == "VLM"


def test_home_bodies_no_country_leads_a_story_shared_between_two(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 3), ("Ivo Kral", "BRD", 3)], [("Foreign Ministry", "GOV")])
    home_bodies.assign(clusters)
    assert _country(clusters, "Foreign Ministry") is None


def test_home_bodies_a_short_story_tells_no_country(nlp):
    clusters = _clusters(nlp, [("Ada Moss", "VLM", 2)], [("Congress", "LEG")])
    home_bodies.assign(clusters)
    assert _country(clusters, "Congress") is None


def test_home_bodies_bodies_above_states_and_companies_keep_no_country(nlp):
    clusters = _clusters(
        nlp, [("Ada Moss", "VLM", 6)], [("European Space Agency", "GOV"), ("Lark Mills", "BUS")]
    )
    home_bodies.assign(clusters)
    assert _country(clusters, "European Space Agency") is None
    assert _country(clusters, "Lark Mills") is None
