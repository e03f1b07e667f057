from faultlines.stances import members
from tests.stances.helpers import word


def test_members_speak_for_the_body_named_before_them(nlp):
    doc = nlp("Northwind Energy executives criticised the levy.")
    at = {i: "northwind" for i in (0, 1)}
    assert members.bodies(word(doc, "executives"), at, set()) == ("northwind",)


def test_members_speak_for_each_body_named_after_them(nlp):
    doc = nlp("The leaders of Canada and Peru criticised the levy.")
    at = {3: "canada", 5: "peru"}
    assert members.bodies(word(doc, "leaders"), at, set()) == ("canada", "peru")


def test_members_some_of_them_speak_for_no_body(nlp):
    doc = nlp("Some Northwind Energy executives criticised the levy.")
    at = {i: "northwind" for i in (1, 2)}
    assert members.bodies(word(doc, "executives"), at, set()) == ()


def test_members_a_person_alone_names_no_body(nlp):
    doc = nlp("Roos officials criticised the levy.")
    assert members.bodies(word(doc, "officials"), {0: "roos"}, {"roos"}) == ()


def test_members_a_region_speaks_for_no_country(nlp):
    doc = nlp("Ohio lawmakers rejected the levy.")
    assert members.bodies(word(doc, "lawmakers"), {0: "usa"}, set()) == ()


def test_members_officials_at_a_body_speak_for_it(nlp):
    doc = nlp("Officials at Northwind Energy criticised the levy.")
    at = {i: "northwind" for i in (2, 3)}
    assert members.bodies(word(doc, "Officials"), at, set()) == ("northwind",)


def test_members_an_official_speaks_for_their_country_a_journalist_does_not():
    from faultlines.model import Actor

    minister = Actor("m", "Ivo Marsh", "person", country="NOR", sector="GOV")
    reporter = Actor("r", "Ada Lark", "person", country="NOR", sector="MED")
    assert members.official(minister) and members.official(minister, "NOR")
    assert not members.official(minister, "SWE") and not members.official(reporter, "NOR")


def test_members_a_state_of_the_union_does_not_speak_for_its_country():
    from faultlines.model import Actor

    state = Actor("oregon-usa", "Oregon", "organisation", country="USA", sector="GOV")
    assert not members.official(state)


def test_members_a_body_is_named_by_whom_it_belongs_to_not_a_person_named_in_full(nlp):
    doc = nlp("The Northwind newspaper chain and the Roos campaign criticised the levy.")
    at = {1: "northwind", 6: "ada-roos"}
    assert members.body_named(word(doc, "chain"), at, {"ada-roos"}) == "northwind"
    assert members.body_named(word(doc, "campaign"), at, {"ada-roos"}) is None


def test_members_lawyers_speak_for_their_clients_not_for_a_place(nlp):
    doc = nlp("Lawyers for Ann Lee and a Tarrow lawyer criticised the levy.")
    at = {2: "ann-lee", 3: "ann-lee", 7: "tarrow"}
    assert members.represented(word(doc, "Lawyers"), at, set()) == ("ann-lee",)
    assert members.represented(word(doc, "lawyer"), at, {"tarrow"}) == ()
