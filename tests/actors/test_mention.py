from faultlines.actors import mentions


def _found(nlp, text):
    return {(m.span.text, m.kind, m.country) for m in mentions.find(nlp(text))}


def test_mention_law_or_treaty_tagged_as_organisation_is_no_actor(nlp):
    found = _found(nlp, "The Velmora Free Trade Agreement cut tariffs, the Harbor Union said.")
    assert not any("Agreement" in text for text, _, _ in found)
    assert any(text == "Harbor Union" and kind == "organisation" for text, kind, _ in found)
    found = _found(nlp, "The council voted against the Protection of Coastal Towns Act on Monday.")
    assert not any(text.endswith("Act") for text, _, _ in found)
