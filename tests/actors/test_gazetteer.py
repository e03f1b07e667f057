from faultlines.actors import gazetteer
from faultlines.actors.gazetteer import DatedRole


def test_gazetteer_alias_finds_entry():
    entry = gazetteer.lookup("Blinken")
    assert entry.name == "Antony Blinken" and entry.country == "USA" and entry.sector == "GOV"


def test_gazetteer_armed_group_is_group_with_country():
    entry = gazetteer.lookup("Hamas")
    assert (entry.kind, entry.country, entry.sector) == ("group", "PSE", "REB")


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
