from faultlines.actors import labels


def test_labels_misspelt_place_check_needs_one_letter_difference():
    assert labels._misspelt("Velmor", "Velmora") and labels._misspelt("Gazza", "Gaza")
    assert not labels._misspelt("Lim", "Lima") and not labels._misspelt("Moreno", "Marengo")
