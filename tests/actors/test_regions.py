from faultlines.actors import regions


def _acting(nlp, text):
    doc = nlp(text)
    return regions.acting([(e, e.label_) for e in doc.ents])


def test_regions_states_joined_as_subjects_both_act(nlp):
    assert _acting(nlp, "Oregon and Idaho said the dam must stay.") == {"oregon", "idaho"}


def test_regions_state_after_a_place_preposition_does_not_act(nlp):
    assert _acting(nlp, "The senator spoke to farmers in Oregon on Tuesday.") == set()


def test_regions_capital_that_acts_is_a_seat_of_government(nlp):
    assert _acting(nlp, "Washington said the sanctions would stay.") == {"washington"}


def test_regions_capital_as_a_location_does_not_act(nlp):
    assert _acting(nlp, "The envoy flew to Beijing on Tuesday.") == set()


def test_regions_state_that_has_or_undergoes_does_not_act(nlp):
    assert _acting(nlp, "Idaho has many rivers. Oregon was hit by storms.") == set()


def test_regions_state_taken_to_court_acts(nlp):
    assert _acting(nlp, "The department is suing Oregon over the dam.") == {"oregon"}
