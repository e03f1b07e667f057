from faultlines.actors import labels


def test_labels_misspelt_place_check_needs_one_letter_difference():
    assert labels._misspelt("Velmor", "Velmora") and labels._misspelt("Gazza", "Gaza")
    assert not labels._misspelt("Lim", "Lima") and not labels._misspelt("Moreno", "Marengo")


def _name_after(nlp, text, name):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    return doc[start : start + len(name.split())]


def test_labels_name_after_a_lower_case_role_opening_with_a_given_name_is_a_person(nlp):
    name = _name_after(
        nlp, "Cuts will follow, said executive chair Marcelo Quell in a memo.", "Marcelo Quell"
    )
    assert labels.label(name, "ORG", set(), set(), set()) == "PERSON"


def test_labels_body_after_a_lower_case_role_stays_a_body(nlp):
    name = _name_after(nlp, "Cuts will follow, said executive chair Tarrow Mills in a memo.", "Tarrow Mills")
    assert labels.label(name, "ORG", set(), set(), set()) == "ORG"
