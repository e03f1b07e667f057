import pytest

from faultlines.stances import companions
from tests.stances.helpers import analysed_stances, word


def test_companions_names_listed_in_apposition_to_a_noun(nlp):
    doc = nlp("Two states, Norland and Vetland, rejected the harbour levy.")
    assert [t.text for t in companions.apposed_list(word(doc, "states"))] == ["Norland", "Vetland"]


def test_companions_along_with_sets_someone_beside_a_holder(nlp):
    doc = nlp("Ada Roos, along with Ben Hart, opposed the harbour levy.")
    assert [t.text for t in companions.beside(word(doc, "along"))] == ["Hart"]


def test_companions_whom_a_holder_joined_in_a_stance(nlp):
    doc = nlp("Canada joined Norway in opposing the harbour levy.")
    assert [t.text for t in companions.joined_by(word(doc, "Canada"))] == ["Norway"]


def test_companions_a_name_before_a_verb_starts_a_clause(nlp):
    doc = nlp("Bo Lind won the support of the Harbour Party and Ada Roos rests.")
    assert companions.before_verb(word(doc, "Roos"))


def test_companions_each_name_hung_on_a_noun_is_listed(nlp):
    doc = nlp("The head of the board, Ada Roos, Senator Ben Kole and Senator Cy Marr condemned the levy.")
    assert [t.text for t in companions.apposed_list(word(doc, "head"))] == ["Roos", "Kole", "Marr"]


def test_companions_titled_names_listed_after_the_first(nlp):
    doc = nlp("President Ada Roos, Senator Ben Kole and Governor Cy Marr rejected the levy.")
    assert [t.text for t in companions.listed_after(word(doc, "Roos"))] == ["Kole", "Marr"]


def test_companions_one_name_after_a_comma_lists_nobody(nlp):
    doc = nlp("Ada Roos, Ben Kole's aide, rejected the levy.")
    assert companions.listed_after(word(doc, "Roos")) == ()


def test_companions_names_set_off_by_dashes_close_a_plural_phrase(nlp):
    doc = nlp("Three senators from the coast - Ada Roos, Ben Kole and Cy Marr - rejected the levy.")
    assert [t.text for t in companions.apposed_list(word(doc, "senators"))] == ["Roos", "Kole", "Marr"]


def test_companions_joined_by_sets_someone_beside_a_holder(nlp):
    doc = nlp("Ada Roos, joined by Ben Kole, voted against the levy.")
    assert [t.text for t in companions.joined_on(word(doc, "joined"))] == ["Kole"]


def test_companions_fellow_subjects_of_a_list_the_parse_split(nlp):
    doc = nlp("President Ada Roos, Senator Ben Kole and Governor Cy Marr sharply criticised the levy.")
    assert [t.text for t in companions.fellow_subjects(word(doc, "Roos"))] == ["Kole", "Marr"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Velmora, Ada Roos, voted against the levy.",
        "The senator representing Tarrow Central, Ada Roos, on Tuesday backed a ban on night dredging.",
    ],
)
def test_companions_the_name_after_the_place_a_role_is_of_or_represents(nlp, text):
    doc = nlp(text)
    role = next(t for t in doc if t.lower_ in ("mayor", "senator"))
    assert [t.text for t in companions.after_place(role)] == ["Roos"]


def test_companions_a_name_run_on_after_a_capitalised_title_of_a_body(nlp):
    doc = nlp("Chief Inspector of Mines Ada Roos took the decision to close the pier.")
    assert [t.text for t in companions.after_place(word(doc, "Inspector"))] == ["Roos"]


def test_companions_the_person_a_role_is_of_is_not_named_by_it(nlp):
    doc = nlp("The wife of Ada Roos took the decision to close the pier.")
    assert companions.after_place(word(doc, "wife")) == ()


def test_companions_a_role_of_a_place_and_someone_else_is_no_naming(nlp):
    doc = nlp("The mayor of Tarrow and Ada Roos backed a bill to ban night dredging.")
    assert companions.after_place(word(doc, "mayor")) == ()


def test_companions_a_representative_named_after_the_place_holds_the_stance():
    found = analysed_stances(
        "The senator representing Tarrow Central, Ada Roos, tabled a motion for a ban on night dredging."
    )
    assert ("Ada Roos", "night dredging", -1) in found


def test_companions_a_group_led_by_a_name_stands_for_its_leader(nlp):
    doc = nlp("States led by Vetland rejected the harbour levy.")
    assert companions.leader(word(doc, "States")).text == "Vetland"
