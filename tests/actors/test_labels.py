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


def test_labels_a_body_named_as_a_place_elsewhere_is_the_body(nlp):
    doc = nlp("Velmo TV said the vote was rigged. Critics of Velmo TV say it follows the state line.")
    first, second = doc[0:2], doc[10:12]
    assert labels.one_body_one_label([(first, "ORG"), (second, "LOC")]) == [(first, "ORG"), (second, "ORG")]


def test_labels_a_body_name_stays_a_place_after_in(nlp):
    doc = nlp("Tarrow Mills hired staff in Tarrow Mills.")
    body, town = doc[0:2], doc[5:7]
    assert labels.one_body_one_label([(body, "ORG"), (town, "GPE")])[1] == (town, "GPE")


def test_labels_a_persons_surname_is_no_body_name(nlp):
    doc = nlp("Ana Roos met the board. Roos said no, and Roos left.")
    person, as_body, as_place = doc[0:2], doc[6:7], doc[11:12]
    labelled = [(person, "PERSON"), (as_body, "ORG"), (as_place, "GPE")]
    assert labels.one_body_one_label(labelled)[2] == (as_place, "GPE")


def test_labels_a_given_name_and_a_persons_surname_tagged_a_body_is_the_person(nlp):
    name = nlp("Ava Lune opened the show.")[0:2]
    assert labels.label(name, "ORG", {"lune"}, set(), set()) == "PERSON"


def test_labels_a_body_sharing_a_persons_surname_stays_a_body(nlp):
    name = nlp("Velmo Lune opened the show.")[0:2]
    assert labels.label(name, "ORG", {"lune"}, set(), set()) == "ORG"


def test_labels_a_known_outlet_tagged_a_person_is_a_body(nlp):
    name = nlp("Miami Herald reported the vote.")[0:2]
    assert labels.label(name, "PERSON", set(), set(), set()) == "ORG"


def test_labels_a_countrys_name_tagged_a_body_is_the_country(nlp):
    name = nlp("Belarus rejected the plan on Monday.")[0:1]
    assert labels.label(name, "ORG", set(), set(), set()) == "GPE"


def test_labels_a_city_tagged_a_body_is_left_to_the_tagger(nlp):
    # a city's name also names its council, its club or a summit held there
    name = nlp("Copenhagen hosted the summit.")[0:1]
    assert labels.label(name, "ORG", set(), set(), set()) == "ORG"


def test_labels_a_listed_person_named_with_a_middle_initial_is_the_entry(nlp):
    doc = nlp("John F. Kerry met the envoy.")
    assert labels.entry(doc[0:3]).name == "John Kerry"
    assert labels.entry(nlp("George W. Bush spoke.")[0:3]).name == "George W. Bush"


def test_labels_a_listed_person_named_with_a_generational_suffix_is_the_entry(nlp):
    # the same actor in every article, however formally one of them writes the name
    doc = nlp("Joseph R. Biden Jr. met the envoy.")
    assert labels.entry(doc[0:4]).name == "Joe Biden"
    assert labels.entry(nlp("Elizabeth II spoke.")[0:2]).name == "Elizabeth II"


def test_labels_a_full_name_tagged_a_body_counts_among_the_persons_names(nlp):
    doc = nlp("The debate host Ava Lune asked the senator about taxes, and Lune pressed him.")
    later = [t.i for t in doc if t.text == "Lune"][1]
    name, surname_alone = doc[3:5], doc[later : later + 1]
    surnames = labels.person_names([(name, "ORG"), (surname_alone, "ORG")])
    assert surnames == {"lune"}
    assert labels.label(name, "ORG", surnames, set(), set()) == "PERSON"
    assert labels.label(surname_alone, "ORG", surnames, set(), set()) == "PERSON"


def test_labels_a_body_named_with_a_given_name_is_no_persons_name(nlp):
    for text, body in (
        ("The Ivo Institute said taxes would rise.", "Ivo Institute"),
        ("Ivo Radio said taxes would rise.", "Ivo Radio"),
        ("Ivo Democrats said taxes would rise.", "Ivo Democrats"),
        ("Doctors at the Ava Lune hospital said taxes would rise.", "Ava Lune"),
        ("Add a jar of Ava Lune® honey.", "Ava Lune"),
        ("Alma Coal said taxes would rise.", "Alma Coal"),
    ):
        assert labels.person_names([(_name_after(nlp, text, body), "ORG")]) == set(), body


def test_labels_a_clause_the_tagger_ran_together_is_no_persons_name(nlp):
    doc = nlp("Ava Lune played well. Then Ivan hit Lune hard.")
    clause = _name_after(nlp, doc.text, "Ivan hit Lune")
    assert labels.label(clause, "ORG", {"lune"}, set(), set()) == "ORG"


def test_labels_a_word_named_with_the_is_no_person_anywhere_in_the_document(nlp):
    doc = nlp("The agency will send a crew to the Moon in May. A Moon landing costs billions.")
    moons = [doc[t.i : t.i + 1] for t in doc if t.text == "Moon"]
    assert [labels.label(moon, "PERSON", set(), set(), set()) for moon in moons] == ["PRODUCT", "PRODUCT"]


def test_labels_a_team_a_paper_or_a_known_body_named_with_the_is_a_body(nlp):
    doc = nlp("Fans cheered the Hawks, the Gazette reported.")
    hawks, gazette = doc[3:4], doc[6:7]
    assert labels.label(hawks, "PERSON", set(), set(), set()) == "ORG"
    assert labels.label(gazette, "PERSON", set(), set(), set()) == "ORG"
    doc = nlp("Aid from the Africare reached the camp.")  # a charity of the tables
    assert labels.label(doc[3:4], "PERSON", set(), set(), set()) == "ORG"


def test_labels_a_name_with_the_only_as_a_modifier_a_given_name_or_a_surname_stays_a_person(nlp):
    doc = nlp("The Lune campaign spent millions. Fans of the Donald cheered.")
    assert labels.label(doc[1:2], "PERSON", set(), set(), set()) == "PERSON"
    assert labels.label(doc[9:10], "PERSON", set(), set(), set()) == "PERSON"
    doc = nlp("Ava Lune spoke first. It was the Lune of old.")
    assert labels.label(doc[8:9], "PERSON", {"lune"}, set(), set()) == "PERSON"


def test_labels_a_name_written_as_the_x_who_speaks_stays_a_person(nlp):
    doc = nlp("The Maharishi said the war must end.")  # a title the role table does not list
    assert labels.label(doc[1:2], "PERSON", set(), set(), set()) == "PERSON"


def test_labels_a_title_written_as_the_x_stays_a_person(nlp):
    doc = nlp("Protesters burned images of the Ayatollah in the square.")
    assert labels.label(doc[5:6], "PERSON", set(), set(), set()) == "PERSON"
