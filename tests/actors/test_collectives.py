from faultlines.actors import mentions


def test_collectives_demonym_with_role_noun_is_collective(nlp):
    found = {
        (m.name, m.kind, m.country, m.sector)
        for m in mentions.find(nlp("Chilean soldiers guarded the border."))
    }
    assert ("Chilean soldiers", "group", "CHL", "MIL") in found


def test_collectives_demonym_missed_by_ner_still_makes_collective(nlp):
    found = {
        (m.name, m.kind, m.country, m.sector)
        for m in mentions.find(nlp("Ghanaian authorities closed the port."))
    }
    assert ("Ghanaian authorities", "group", "GHA", "GOV") in found
