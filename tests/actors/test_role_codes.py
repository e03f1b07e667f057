import pytest

from tests.actors.helpers import cluster_of, clusters_of


def test_role_codes_roles_give_country_and_sector(nlp):
    doc, clusters = clusters_of(nlp, "Kenyan Defence Minister Otieno Wafula inspected the troops.")
    person = cluster_of(doc, clusters, "Wafula")
    assert (person.country, person.sector) == ("KEN", "GOV")
    assert "Kenyan Defence Minister" in person.roles


def test_role_codes_host_country_of_former_role_is_not_the_actors(nlp):
    doc, clusters = clusters_of(nlp, "Otieno Wafula, a former ambassador to France, spoke first.")
    assert cluster_of(doc, clusters, "Wafula").country is None


def test_role_codes_demonym_title_at_sentence_start_gives_country(nlp):
    doc, clusters = clusters_of(nlp, "Latvian President Ilmars Berzins promised reforms.")
    assert cluster_of(doc, clusters, "Berzins").country == "LVA"


def test_role_codes_an_owners_title_in_a_role_gives_no_gender(nlp):
    text = "Tomas Vale, Queen Ilse's press officer, met Ada Roos. Later he said the talks went well."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "Vale").gender != "f"
    assert cluster_of(doc, clusters, "he").name == "Tomas Vale"


def test_role_codes_the_role_noun_itself_gives_gender(nlp):
    doc, clusters = clusters_of(nlp, "Ada Roos, the mayor's wife, opened the bridge.")
    assert cluster_of(doc, clusters, "Roos").gender == "f"


def test_role_codes_president_of_a_body_is_no_head_of_state(nlp):
    doc, clusters = clusters_of(
        nlp, "Rosa Lind, president of the Harbor Tenants Union, said the rents would rise."
    )
    assert cluster_of(doc, clusters, "Lind").sector != "GOV"


@pytest.mark.parametrize(
    ("role", "sector"),
    [
        ("president of the dockers' union", "LAB"),
        ("a vice president at the bank", "BUS"),
        ("chief executive of the company", "BUS"),
        ("the campaign's president", None),
    ],
)
def test_role_codes_officer_of_a_kind_of_body_takes_its_sector(nlp, role, sector):
    doc, clusters = clusters_of(nlp, f"Rosa Lind, {role}, said the rents would rise.")
    assert cluster_of(doc, clusters, "Lind").sector == sector


def test_role_codes_president_of_a_country_governs_it(nlp):
    doc, clusters = clusters_of(nlp, "Ivo Kral, the president of Chile, said the talks would resume.")
    assert cluster_of(doc, clusters, "Kral").sector == "GOV"


def test_role_codes_president_of_a_public_body_keeps_its_sector(nlp):
    doc, clusters = clusters_of(nlp, "Senate President Ada Moss said the bill would pass.")
    assert cluster_of(doc, clusters, "Moss").sector in ("GOV", "LEG")


@pytest.mark.parametrize(
    "text", ["Ada Vale (D-Ohio) opposed the bill.", "Rep. Ada Vale, R-Utah, opposed the bill."]
)
def test_role_codes_party_tag_places_a_legislator_in_the_us(nlp, text):
    doc, clusters = clusters_of(nlp, text)
    assert (cluster_of(doc, clusters, "Vale").country, cluster_of(doc, clusters, "Vale").sector) == (
        "USA",
        "LEG",
    )


def test_role_codes_party_tag_leaves_a_governors_title_its_sector(nlp):
    doc, clusters = clusters_of(nlp, "Gov. Ada Vale (R-Ky.) opposed the bill.")
    assert (cluster_of(doc, clusters, "Vale").country, cluster_of(doc, clusters, "Vale").sector) == (
        "USA",
        "GOV",
    )


def test_role_codes_party_tag_of_a_former_legislator_codes_nothing(nlp):
    doc, clusters = clusters_of(nlp, "Former Rep. Ada Vale (R-Ky.) opposed the bill.")
    assert cluster_of(doc, clusters, "Vale").sector is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("White House spokeswoman Ada Vale declined to comment.", "USA"),
        ("Kremlin spokesman Ivo Kral declined to comment.", "RUS"),
        ("Senate President Ada Vale declined to comment.", None),
        ("Secretary of State Ada Vale declined to comment.", None),
    ],
)
def test_role_codes_a_known_body_in_a_role_places_its_holder(nlp, text, country):
    _, clusters = clusters_of(nlp, text)
    person = next(c for c in clusters.items if c.kind == "person")
    assert person.country == country


def test_role_codes_a_company_in_a_role_does_not_place_its_staff(nlp):
    _, clusters = clusters_of(nlp, "Toyota spokesman Ada Vale declined to comment.")
    assert next(c for c in clusters.items if c.kind == "person").country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ada Vale, a professor of economics at the University of Utah, said so.", "USA"),
        ("Ada Vale, an analyst at Toyota, said so.", None),
    ],
)
def test_role_codes_the_body_a_role_says_someone_works_at_places_them(nlp, text, country):
    _, clusters = clusters_of(nlp, text)
    assert next(c for c in clusters.items if c.kind == "person").country == country


def test_role_codes_a_person_the_apposition_calls_a_body_is_that_body(nlp):
    doc, clusters = clusters_of(nlp, "Harbor Check, a fact-checking website, said the claim was false.")
    assert (cluster_of(doc, clusters, "Check").kind, cluster_of(doc, clusters, "Check").sector) == (
        "organisation",
        "JRN",
    )
    doc, clusters = clusters_of(nlp, "Walter Brennan, a mining company, said it would close the pit.")
    assert cluster_of(doc, clusters, "Brennan").kind == "organisation"


def test_role_codes_a_person_with_a_role_beside_a_body_apposition_stays_a_person(nlp):
    doc, clusters = clusters_of(nlp, "Ada Lund, a founder of Velmo, a company outside Tarrow, planted trees.")
    assert cluster_of(doc, clusters, "Lund").kind == "person"
    doc, clusters = clusters_of(nlp, "Ann Lee, a company spokesman, said profits rose.")
    assert cluster_of(doc, clusters, "Lee").kind == "person"


@pytest.mark.parametrize(
    "role", ["the son of former Velmoran President Ivo Kral", "Queen Margit Holm's third child"]
)
def test_role_codes_a_relative_holds_no_office_of_the_kin_named(nlp, role):
    doc, clusters = clusters_of(nlp, f"Rosa Lind, {role}, said the rents would rise.")
    assert cluster_of(doc, clusters, "Lind").sector != "GOV"


def test_role_codes_one_who_works_for_an_office_holder_shares_the_office(nlp):
    doc, clusters = clusters_of(
        nlp, "Rosa Lind, a spokesman for President Ivo Kral, said the rents would rise."
    )
    assert cluster_of(doc, clusters, "Lind").sector == "GOV"
