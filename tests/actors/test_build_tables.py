"""Regenerating the Phoenix-derived tables: which aliases a block of the country dictionary gives."""

from __future__ import annotations

from faultlines.actors.build_tables import countries

BLOCKS = """\
KORVANIA_
+KORVANIAN_
+PORT_ARDEN_
\t[EST <911221]
\t[EST >911221]

ARDEN_STRIP_ [PSEGZA]
+ARDEN_CITY

VELLA_HANSOR_  # CountryInfo.txt
\t[ESTGOV 920101-990101]
\t[ESTELI >990101]
"""


def test_build_tables_cities_of_a_country_whose_code_changed_are_its_places(tmp_path):
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(BLOCKS, encoding="utf-8")
    aliases, _ = countries(tmp_path)
    assert ("port arden", "EST", "place") in aliases and ("korvanian", "EST", "place") in aliases


def test_build_tables_a_territory_within_a_country_is_the_countrys_place(tmp_path):
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(BLOCKS, encoding="utf-8")
    aliases, _ = countries(tmp_path)
    assert ("arden city", "PSE", "place") in aliases


def test_build_tables_a_person_with_dated_offices_is_no_place(tmp_path):
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(BLOCKS, encoding="utf-8")
    aliases, _ = countries(tmp_path)
    assert not any(alias == "vella hansor" for alias, _, _ in aliases)


def test_build_tables_a_state_cameo_codes_otherwise_takes_its_iso_code(tmp_path):
    # CAMEO's TMP is ISO's TLS: the block's names and its capital are that state's places
    text = "KORVAN_TIMOR_\n+EAST_KORVAN_\n+KORVA_CITY_\n\t[TMPOCC <990830]\n\t[TMP >990830]\n"
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(text, encoding="utf-8")
    aliases, _ = countries(tmp_path)
    assert ("east korvan", "TLS", "place") in aliases and ("korva city", "TLS", "place") in aliases
