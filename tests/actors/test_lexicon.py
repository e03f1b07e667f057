from faultlines.actors import lexicon


def test_lexicon_demonym_codes_to_country():
    assert lexicon.place("Israeli").country == "ISR"
    assert not lexicon.place("Israeli").is_name


def test_lexicon_country_name_is_a_name():
    place = lexicon.place("the United States")
    assert place.country == "USA" and place.is_name


def test_lexicon_lower_case_word_is_no_place():
    assert lexicon.place("us") is None


def test_lexicon_institution_codes_country_and_sector():
    body = lexicon.body("the White House")
    assert (body.country, body.sector) == ("USA", "GOV")


def test_lexicon_institution_found_under_any_spelling_of_its_country_prefix():
    # the tables list this body as "us ..." and "united states ...", news writes "U.S. ..."
    assert lexicon.body("U.S. Customs and Border Protection") == lexicon.body(
        "US Customs and Border Protection"
    )
    assert lexicon.body("U.S. Customs and Border Protection").sector == "GOV"
    assert lexicon.body("Usher Customs Group") is None


def test_lexicon_role_sector_from_longest_phrase():
    assert lexicon.find_role(["Strategic", "Affairs", "Minister"]).sector == "GOV"
    assert lexicon.find_role(["sports", "reporter"]).sector == "JRN"
    assert lexicon.find_role(["army", "general"]).sector == "MIL"


def test_lexicon_former_role_gives_no_sector():
    assert lexicon.find_role(["former", "general"]) is None


def test_lexicon_grade_beside_another_role_codes_that_role():
    assert lexicon.find_role(["Lt.", "Gov."]).sector == "GOV"
    assert lexicon.find_role(["Deputy", "Attorney", "General"]).sector == "GOV"
    assert lexicon.find_role(["principal", "deputy", "press", "secretary"]).sector == "GOV"
    assert lexicon.find_role(["general", "manager"]).sector == "BUS"
    assert lexicon.find_role(["deputy", "leader"]) is None  # a leader of any body


def test_lexicon_grade_alone_is_an_office():
    assert lexicon.find_role(["Lt."]).sector == "MIL"
    assert lexicon.find_role(["Gen."]).sector == "MIL"
    assert lexicon.find_role(["Deputy"]).sector == "COP"


def test_lexicon_captain_and_critic_code_no_sector_alone():
    assert lexicon.find_role(["club", "captain"]) is None
    assert lexicon.find_role(["Navy", "captain"]).sector == "MIL"
    assert lexicon.find_role(["a", "critic"]) is None


def test_lexicon_short_country_name():
    assert lexicon.country_name("PSE") == "Palestine"


def test_lexicon_demonym_table_fills_phoenix_gaps():
    assert lexicon.place("Serbian").country == "SRB"
    assert lexicon.place("Latvians").country == "LVA"
    assert lexicon.place("Philippines").is_name


def test_lexicon_given_name_gives_gender():
    assert lexicon.given_gender("Elizabeth") == "f"
    assert lexicon.given_gender("john") == "m"


def test_lexicon_given_name_lookup_ignores_accents():
    assert lexicon.given_gender("Jose") == lexicon.given_gender("José") == "m"
    assert lexicon.given_gender("Pawel") == "m"


def test_lexicon_ambiguous_given_name_has_no_gender():
    assert lexicon.given_gender("Jean") is None
    assert lexicon.given_gender("Andrea") is None
    assert lexicon.given_gender("Zorblat") is None


def test_lexicon_unlisted_compound_given_name_goes_by_its_parts():
    assert lexicon.given_gender("Lou-Ellen") == "f"
    assert lexicon.given_gender("Marie-Pierre") is None


def test_lexicon_state_of_a_federation_is_a_region():
    state = lexicon.place("Manitoba")
    assert state is not None and state.is_region and state.country == "CAN" and not state.is_name


def test_lexicon_state_named_like_a_country_stays_the_country():
    georgia = lexicon.place("Georgia")
    assert georgia is not None and georgia.is_name and not georgia.is_region


def test_lexicon_english_name_of_a_land_is_a_region():
    land = lexicon.place("Lower Saxony")
    assert land is not None and land.is_region and land.country == "DEU"


def test_lexicon_everyday_short_name_is_a_variant_not_an_official_name():
    short = lexicon.place("Britain")
    assert short is not None and short.is_variant and not short.is_name and short.country == "GBR"
    assert not lexicon.place("British").is_variant


def test_lexicon_role_openers_hold_the_first_word_of_every_role_phrase():
    openers = lexicon.role_openers()
    assert "prime" in openers and "minister" in openers
    assert all(role.split(" ", 1)[0] in openers for role in lexicon.roles())


def test_lexicon_find_role_finds_a_phrase_after_other_words():
    assert lexicon.find_role(["Velmora", "Prime", "Minister"]) == lexicon.roles()["prime minister"]


def test_lexicon_rep_abbreviation_titles_a_legislator_unlike_representative():
    assert lexicon.find_role(["Rep."]).sector == "LEG"
    assert lexicon.find_role(["sales", "representative"]) is None


def test_lexicon_named_body_leaves_a_body_word_alone_to_the_article():
    assert lexicon.named_body("White House").country == "USA"
    assert lexicon.named_body("the Senate") is None


def test_lexicon_a_us_federal_body_named_without_its_country_codes_to_it():
    assert (lexicon.body("the Internal Revenue Service").country, lexicon.body("IRS").sector) == (
        "USA",
        "GOV",
    )
    assert lexicon.body("Secret Service").sector == "COP"
    assert lexicon.body("CDC") is None  # China's and Africa's go by it too


def test_lexicon_a_company_the_news_names_often_codes_to_its_home():
    assert (lexicon.body("Toyota").country, lexicon.body("Wells Fargo").sector) == ("JPN", "BUS")


def test_lexicon_another_states_body_named_bare_codes_to_it_unless_two_share_the_name():
    assert (lexicon.body("Downing Street").country, lexicon.body("the Bundeswehr").sector) == ("GBR", "MIL")
    assert lexicon.body("House of Commons") is None  # Britain's and Canada's


def test_lexicon_us_state_abbreviation_after_a_city_is_a_us_place():
    assert lexicon.place("N.C.").country == "USA"
    assert lexicon.place("Calif.").country == "USA"
    assert lexicon.place("Del.") is None  # a delegate's title, "Del. Ada Roos"


def test_lexicon_large_us_city_the_phoenix_tables_lack_is_a_us_place():
    assert lexicon.place("Tulsa").country == "USA"
    assert lexicon.place("the Bronx").country == "USA"


def test_lexicon_a_name_as_an_owner_is_the_name():
    # "East Timor's" is East Timor, whatever the last word alone names
    assert lexicon.place("East Timor's").country == lexicon.place("East Timor").country == "TLS"
    assert lexicon.place("Israel’s").country == "ISR"
