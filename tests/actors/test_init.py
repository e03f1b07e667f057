from faultlines.actors import actor_id, resolve
from faultlines.model import Analysis


def _actors(nlp, text):
    a = Analysis(id="t", text=text)
    resolve(a, nlp(text))
    return a


def test_init_known_actor_has_the_same_id_in_every_article(nlp):
    one = _actors(nlp, "Antony Blinken flew to Cairo.")
    two = _actors(nlp, "Secretary of State Antony Blinken met reporters. Blinken said little.")
    ids_one = {a.id for a in one.actors if a.name == "Antony Blinken"}
    ids_two = {a.id for a in two.actors if a.name == "Antony Blinken"}
    assert ids_one == ids_two == {"antony-blinken"}


def test_init_unknown_person_id_from_the_name_a_bodys_with_its_country():
    assert actor_id("Otieno Wafula", "KEN", "person") == "otieno-wafula"
    assert actor_id("Ministry of Finance", "KEN", "organisation") == "ministry-of-finance-ken"
    assert actor_id("Kenya", "KEN", "country") == "country-ken"


def test_init_person_has_one_id_whether_or_not_the_article_says_where_they_are_from(nlp):
    one = _actors(nlp, "Norwegian minister Karin M. Holt opened the bridge.")
    two = _actors(nlp, "Karin Holt said the bridge would open on Friday.")
    assert [(a.id, a.country) for a in one.actors if a.kind == "person"] == [("karin-holt", "NOR")]
    assert [(a.id, a.country) for a in two.actors if a.kind == "person"] == [("karin-holt", None)]


def test_init_every_mention_span_matches_the_text(nlp):
    a = _actors(nlp, "Israeli officials met Hamas negotiators in Doha, and Israel's cabinet later voted.")
    for actor in a.actors:
        assert all(a.text[m.start : m.end] == m.text for m in actor.mentions)
    assert any(actor.kind == "country" and actor.country == "ISR" for actor in a.actors)


def test_init_institution_codes_its_country(nlp):
    a = _actors(nlp, "The White House rejected the plan on Tuesday.")
    assert any(actor.country == "USA" and actor.sector == "GOV" for actor in a.actors)


def test_init_same_titled_person_same_id_in_two_articles(nlp):
    one = _actors(nlp, "Latvian President Ilmars Berzins opened the bridge.")
    two = _actors(nlp, "Latvian President Ilmars Berzins met farmers on Friday.")
    assert (
        {a.id for a in one.actors if a.name == "Ilmars Berzins"}
        == {a.id for a in two.actors if a.name == "Ilmars Berzins"}
        == {"ilmars-berzins"}
    )


def test_init_gender_only_where_the_text_states_it(nlp):
    a = _actors(
        nlp,
        "Ms. Inga Rolf chairs the board. Elizabeth Norrow joined in May. "
        'Councillor Bo Kessel spoke first. "We are ready," he said.',
    )
    gender = {x.name: x.gender for x in a.actors if x.kind == "person"}
    assert gender == {"Inga Rolf": "female", "Elizabeth Norrow": None, "Bo Kessel": "male"}


def test_init_acting_state_is_no_part_of_its_country_actor(nlp):
    a = _actors(nlp, "The governor of Oregon signed the bill. Oregon said the tax was fair.")
    oregon = [actor for actor in a.actors if actor.name == "Oregon"]
    assert len(oregon) == 1 and oregon[0].id == "oregon-usa" and oregon[0].country == "USA"
    assert not any(actor.kind == "country" for actor in a.actors)


def test_init_a_platform_named_alone_is_a_company_no_pronoun_stands_for(nlp):
    text = (
        "In his Instagram post, Ivo Marsh thanked his wife. "
        '"Ada and I waited a long time, and she wanted to share this moment," he wrote.'
    )
    a = _actors(nlp, text)
    platform = next(actor for actor in a.actors if actor.name == "Instagram")
    assert (platform.kind, platform.sector) == ("organisation", "BUS")
    assert [m.text for m in platform.mentions] == ["Instagram"]


def test_init_a_former_office_holder_has_no_state_sector_in_a_later_article(nlp):
    a = Analysis(id="t", text="Barack Obama and Joe Biden spoke in Chicago.", published="2019-05-01")
    resolve(a, nlp(a.text))
    codes = {x.name: (x.country, x.sector, x.roles) for x in a.actors}
    assert codes == {"Barack Obama": ("USA", None, []), "Joe Biden": ("USA", None, [])}
