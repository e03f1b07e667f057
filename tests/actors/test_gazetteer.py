from faultlines.actors import gazetteer
from faultlines.actors.gazetteer import DatedRole


def test_gazetteer_alias_finds_entry():
    entry = gazetteer.lookup("Blinken")
    assert entry.name == "Antony Blinken" and entry.country == "USA" and entry.sector == "GOV"


def test_gazetteer_armed_group_is_group_with_country():
    entry = gazetteer.lookup("Hamas")
    assert (entry.kind, entry.country, entry.sector) == ("group", "PSE", "REB")


def test_gazetteer_monarch_named_by_title_and_given_name_is_the_head_of_state():
    entry = gazetteer.lookup("Queen Elizabeth")
    assert (entry.name, entry.country, entry.sector) == ("Elizabeth II", "GBR", "GOV")
    assert entry.roles_in(1990) == ["Queen of the United Kingdom"] and entry.roles_in(2023) == []


def test_gazetteer_dated_role_held_in_year():
    role = DatedRole("Prime Minister", 2015, 2019)
    assert role.holds(2017) and not role.holds(2020) and not role.holds(None)
    assert DatedRole("Mayor", 2022, None).holds(None)


def test_gazetteer_user_file_adds_entries(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "# my actors\n"
        "id,name,kind,country,sector,gender,aliases,roles\n"
        "ivo-brandt,Ivo Brandt,person,NOR,GOV,m,Brandt,Harbour Minister@2023-\n",
        encoding="utf-8",
    )
    assert gazetteer.use_gazetteer(path) == 1
    entry = gazetteer.lookup("Brandt")
    assert entry.id == "ivo-brandt" and entry.roles_in(None) == ["Harbour Minister"]


def test_gazetteer_bad_file_is_an_input_error(tmp_path):
    import pytest

    from faultlines.errors import InputError

    path = tmp_path / "bad.csv"
    path.write_text("name\nSomeone\n", encoding="utf-8")
    with pytest.raises(InputError):
        gazetteer.use_gazetteer(path)


def test_gazetteer_past_heads_of_state_have_dated_roles():
    entry = gazetteer.lookup("Bouteflika")
    assert entry.country == "DZA" and entry.roles_in(2005) == ["President of Algeria"]
    assert entry.roles_in(2020) == []


def test_gazetteer_aliases_name_one_entry_each():
    from collections import Counter

    from faultlines.actors.lexicon import key

    names = Counter(
        key(n) for e in gazetteer.read(gazetteer.SHIPPED) for n in {key(x) for x in (e.name, *e.aliases)}
    )
    assert [n for n, count in names.items() if count > 1] == []


def test_gazetteer_ids_depend_only_on_their_own_row(tmp_path):
    header = "id,name,kind,country,sector,gender,aliases,roles\n"
    rows = [
        ",Ivo Brandt,person,NOR,GOV,m,,\n",
        "ada-roos,Ada Roos,person,,,f,,\n",
        ",Harbour Guild,organisation,,,,,\n",
    ]
    before = tmp_path / "before.csv"
    before.write_text(header + "".join(rows), encoding="utf-8")
    after = tmp_path / "after.csv"
    after.write_text(header + ",Ben Ito,person,JPN,,m,,\n" + "".join(rows), encoding="utf-8")
    ids = [e.id for e in gazetteer.read(before)]
    assert ids == ["ivo-brandt", "ada-roos", "harbour-guild"]
    assert [e.id for e in gazetteer.read(after)][1:] == ids


def test_gazetteer_id_column_is_optional(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,kind,country\nIvo Brandt,person,NOR\nHarbour Guild,organisation,NOR\n", encoding="utf-8"
    )
    assert [e.id for e in gazetteer.read(path)] == ["ivo-brandt", "harbour-guild-nor"]


def test_gazetteer_two_actors_with_one_id_are_refused(tmp_path):
    import pytest

    from faultlines.errors import InputError

    path = tmp_path / "mine.csv"
    path.write_text("id,name,kind\nx,Ivo Brandt,person\nx,Ada Roos,person\n", encoding="utf-8")
    with pytest.raises(InputError, match="Ivo Brandt, Ada Roos"):
        gazetteer.read(path)


def test_gazetteer_a_surname_two_people_share_names_neither_but_keeps_what_they_share(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,name,kind,country,sector,gender,aliases,roles\n"
        "ivo-brandt,Ivo Brandt,person,NOR,GOV,m,Brandt,\n"
        "lena-brandt,Lena Brandt,person,NOR,GOV,f,,\n",
        encoding="utf-8",
    )
    gazetteer.use_gazetteer(path)
    shared = gazetteer.lookup("Brandt")
    assert (shared.name, shared.country, shared.sector, shared.gender) == ("Brandt", "NOR", "GOV", None)
    assert gazetteer.lookup("Lena Brandt").id == "lena-brandt"


def test_gazetteer_a_party_by_its_nickname():
    entry = gazetteer.lookup("GOP")
    assert (entry.name, entry.country, entry.sector) == ("Republican Party", "USA", "PTY")


def test_gazetteer_a_leader_of_congress_holds_the_office_of_the_year():
    entry = gazetteer.lookup("McConnell")
    assert (entry.country, entry.sector) == ("USA", "LEG")
    assert entry.roles_in(2016) == ["Senate Majority Leader"] and entry.roles_in(2022) == [
        "Senate Minority Leader"
    ]


def test_gazetteer_a_state_office_is_a_sector_only_in_the_years_it_was_held():
    obama = gazetteer.lookup("Obama")
    assert obama.sector_in(2012) == "GOV" and obama.sector_in(2019) is None and obama.sector_in(None) == "GOV"
    assert gazetteer.lookup("Hamas").sector_in(1950) == "REB"
