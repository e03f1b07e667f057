from faultlines.actors import mentions


def _bodies(nlp, text: str) -> set[str]:
    return {m.name for m in mentions.find(nlp(text)) if m.kind == "organisation"}


def test_member_owners_body_before_its_spokesperson_is_an_organisation(nlp):
    assert "Brightwater" in _bodies(nlp, "A Brightwater spokesperson said the tax was unfair.")


def test_member_owners_body_before_its_leaders_is_an_organisation(nlp):
    text = "The report says Brightwater hid its losses. Brightwater leaders have denied the claims."
    assert "Brightwater" in _bodies(nlp, text)


def test_member_owners_sentence_capital_alone_names_no_body(nlp):
    assert not {"Police", "Business"} & _bodies(nlp, "Police officials said the road was closed.")


def test_member_owners_place_officials_are_no_body(nlp):
    assert "Delhi" not in _bodies(nlp, "The smog is worse. Delhi officials said the ban was right.")
