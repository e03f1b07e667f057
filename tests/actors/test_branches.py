from faultlines.actors import mentions


def _branches(nlp, text):
    return {(m.name, m.country, m.sector) for m in mentions.find(nlp(text)) if m.sector == "PTY"}


def test_branches_members_in_a_state_are_its_branch(nlp):
    found = _branches(nlp, "A judge turned down a plea from Democrats in Nevada to count late ballots.")
    assert found == {("Nevada Democrats", "USA", "PTY")}


def test_branches_state_before_the_members_is_its_branch(nlp):
    assert _branches(nlp, "Nevada Republicans chose a new chair on Monday.") == {
        ("Nevada Republicans", "USA", "PTY")
    }


def test_branches_members_in_a_body_are_no_branch(nlp):
    assert _branches(nlp, "Republicans in Congress objected to the harbour plan.") == set()


def test_branches_members_living_in_a_states_cities_are_no_branch(nlp):
    assert _branches(nlp, "Republicans in Nevada's largest cities gained seats.") == set()


def test_branches_chamber_before_the_members_is_the_partys_caucus_not_a_places(nlp):
    assert _branches(nlp, "House Democrats objected to the harbour plan.") == {
        ("House Democrats", None, "PTY")
    }


def test_branches_chamber_after_a_state_is_that_states(nlp):
    assert _branches(nlp, "Nevada Senate Republicans objected to the harbour plan.") == {
        ("Nevada Senate Republicans", "USA", "PTY")
    }


def test_branches_chamber_the_tables_know_gives_its_country(nlp):
    assert _branches(nlp, "Senate Republicans objected to the harbour plan.") == {
        ("Senate Republicans", "USA", "PTY")
    }
