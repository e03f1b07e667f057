from faultlines.actors.clusters import Cluster, Clusters


def test_clusters_named_finds_the_actor_of_a_name_whatever_its_kind_but_a_country():
    clusters = Clusters()
    country, body = Cluster("country", "Harbor Watch"), Cluster("organisation", "Harbor Watch", country="NOR")
    clusters.items += [country, body]
    assert clusters.named("harbor watch") is body and clusters.named("Harbor") is None
