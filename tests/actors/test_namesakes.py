from faultlines.actors import coref
from faultlines.actors.mention import Mention


def _namesakes(nlp, text, *kinds, country=None):
    """Clusters of the mentions of a two-word name, one per occurrence, of the kinds given (the
    tagger's slips); the first body gets ``country`` as a table would give it."""
    doc = nlp(text)
    starts = [t.i for t in doc if t.text == "Tarn"]
    found = [
        Mention(doc[i : i + 2], kind, "Tarn Weekly", country if kind == "organisation" else None)
        for i, kind in zip(starts, kinds, strict=True)
    ]
    return coref.build(found, doc)


def test_namesakes_a_body_a_table_places_takes_in_its_namesake_tagged_a_person(nlp):
    clusters = _namesakes(
        nlp, "Tarn Weekly said so. Tarn Weekly denied it.", "person", "organisation", country="NOR"
    )
    assert [(c.kind, c.country) for c in clusters.items] == [("organisation", "NOR")]


def test_namesakes_join_the_kind_named_more_often(nlp):
    text = "Tarn Weekly said so. Tarn Weekly denied it. Tarn Weekly left."
    clusters = _namesakes(nlp, text, "person", "organisation", "person")
    assert [c.kind for c in clusters.items] == ["person"] and len(clusters.items[0].spans) == 3


def test_namesakes_a_lone_name_tagged_both_ways_stays_two_actors(nlp):
    doc = nlp("Scott said so. Scott denied it. Scott left.")
    kinds = ["person", "organisation", "organisation"]
    found = [
        Mention(doc[t.i : t.i + 1], kind, "Scott")
        for t, kind in zip([t for t in doc if t.text == "Scott"], kinds, strict=True)
    ]
    assert sorted(c.kind for c in coref.build(found, doc).items) == ["organisation", "person"]
