import pytest
from spacy.tokens import Span

from faultlines.actors import mentions
from tests.parsed import parsed


def _found(nlp, text):
    return {(m.span.text, m.kind, m.country) for m in mentions.find(nlp(text))}


def test_mentions_country_name_is_country_actor(nlp):
    found = _found(nlp, "Norway and Chile signed a fisheries pact on Monday.")
    assert ("Norway", "country", "NOR") in found and ("Chile", "country", "CHL") in found


def test_mentions_city_after_preposition_is_no_actor(nlp):
    found = _found(nlp, "The delegates met in Nairobi on Monday to discuss grain prices.")
    assert not any(text == "Nairobi" for text, _, _ in found)


def test_mentions_surname_tagged_as_place_becomes_person(nlp):
    doc = nlp("Foreign Minister Ilse Marten spoke in Vienna. Marten warned that talks would fail.")
    persons = {m.span.text for m in mentions.find(doc) if m.kind == "person"}
    assert "Marten" in persons


def test_mentions_a_name_set_beside_a_kind_of_body_is_that_body_and_the_kind_no_actor(nlp):
    # the tagger takes the unknown name for a place, and "PAC" for a body's name
    found = _found(nlp, "Donors gave money to Tarrow45, a super PAC that attacks Mayor Ada Lind.")
    assert ("Tarrow45", "organisation", None) in found
    assert not any(text == "PAC" for text, _, _ in found)


def test_mentions_a_dateline_is_no_actor(nlp):
    found = _found(nlp, "WASHINGTON (AP) — Senator Ada Lark said on Monday that the levy would pass.")
    assert not any(text == "WASHINGTON" for text, _, _ in found)
    assert any(text == "Ada Lark" for text, _, _ in found)


def test_mentions_known_group_from_gazetteer(nlp):
    found = {(m.name, m.kind, m.country) for m in mentions.find(nlp("Hezbollah fired rockets overnight."))}
    assert ("Hezbollah", "group", "LBN") in found


def test_mentions_plural_demonym_is_group_of_that_country(nlp):
    found = _found(nlp, "Young Latvians marched through the capital.")
    assert ("Latvians", "group", "LVA") in found


def test_mentions_people_in_a_country_coded_to_residence(nlp):
    found = _found(nlp, "Albanians in southern Serbia demanded autonomy.")
    assert any(kind == "group" and country == "SRB" for _, kind, country in found)


def test_mentions_person_name_drops_title_ner_took_in(nlp):
    names = {m.name: m.span.text for m in mentions.find(nlp('"It is late," Councillor Rafael Okonjo said.'))}
    assert names.get("Rafael Okonjo") == "Rafael Okonjo"


def test_mentions_unknown_state_owning_an_office_is_no_person(nlp):
    found = _found(nlp, "Borovia's foreign minister, Dana Kirsch, left early.")
    assert ("Borovia", "person", None) not in found


def test_mentions_a_persons_surname_owning_an_office_stays_the_person(nlp):
    found = _found(
        nlp, "Jose Mourinho agreed a deal. Talks between the club and Mourinho's representatives went on."
    )
    assert not any(kind == "country" for _, kind, _ in found)


def test_mentions_name_in_apposition_with_a_role_is_a_person(nlp):
    doc = nlp("The hospital's chief executive, Martin Holt, said that the strike was unjustified.")
    (holt,) = [m for m in mentions.find(doc) if m.span.text == "Martin Holt"]
    assert holt.kind == "person"


def test_mentions_headline_verb_is_not_part_of_a_name(nlp):
    doc = nlp(
        "Mara Ellison Hammers Bank Boss Over Fees\n\nMara Ellison said on Monday that fees were too high."
    )
    assert {m.name for m in mentions.find(doc) if m.kind == "person"} == {"Mara Ellison"}


def test_mentions_title_words_before_a_tagged_name_make_no_second_person(nlp):
    doc = nlp("Senate Majority Leader Mitch Harlan said on Tuesday that the bill would pass.")
    names = {m.name for m in mentions.find(doc) if m.kind == "person"}
    assert names == {"Mitch Harlan"}


def test_mentions_outlet_after_the_headline_is_no_actor(nlp):
    doc = nlp(
        "Ferry fares rise again – Harbour Gazette\n\nThe Harbour Gazette reported on Monday that fares rose."
    )
    assert all(m.kind != "person" for m in mentions.find(doc))


def test_mentions_misspelt_place_is_no_person(nlp):
    doc = nlp(
        "Thousands have fled to Tarvah. “A major ground operation Tarva would be a mistake,” Holt said."
    )
    assert "Tarva" not in {m.name for m in mentions.find(doc) if m.kind == "person"}


def test_mentions_share_buttons_after_the_story_are_no_actors(nlp):
    doc = nlp("Ines Holt said the bridge would reopen.\n\nFacebook\nTwitter\nTumblr\nEmail")
    assert {m.name for m in mentions.find(doc)} <= {"Ines Holt"}


def test_mentions_short_lines_inside_a_story_still_count(nlp):
    doc = nlp("Ines Holt said the bridge would reopen.\n\nTumblr agreed.\n\nThe mayor disagreed.")
    assert mentions._furniture(doc.text) == ()


def test_mentions_name_with_a_who_clause_is_a_person(nlp):
    found = _found(nlp, "Brightwater Ames, who represents the tenants, said the rent was unfair.")
    assert ("Brightwater Ames", "person", None) in found


def test_mentions_abbreviated_title_is_no_person_of_its_own(nlp):
    found = _found(nlp, "Det. Ana Pol said the road was closed.")
    assert not any(text == "Det" for text, _, _ in found)


def test_mentions_none_in_credit_lines_or_reader_prompts(nlp):
    doc = nlp(
        "Mayor Ines Holt said the bridge would reopen in May.\n\n"
        "Reporting by Tomas Brandt; editing by Lina Okafor\n\n"
        "Follow Petra Vance on Twitter for more."
    )
    names = {m.span.text for m in mentions.find(doc)}
    assert "Ines Holt" in names
    assert not names & {"Tomas Brandt", "Lina Okafor", "Petra Vance"}


def test_mentions_state_that_acts_is_its_own_government(nlp):
    found = {
        (m.span.text, m.kind, m.country, m.sector)
        for m in mentions.find(nlp("Nevada sued the water board on Friday."))
    }
    assert ("Nevada", "organisation", "USA", "GOV") in found


def test_mentions_state_as_a_location_stays_no_actor(nlp):
    found = _found(nlp, "Nevada sued the water board. Farmers held a rally in Nevada on Sunday.")
    assert not any(text == "Nevada" and kind == "country" for text, kind, _ in found)
    assert sum(text == "Nevada" for text, _, _ in found) == 1


def test_mentions_capital_standing_for_its_state_is_its_government_named_so(nlp):
    # named as the article names it, coded to its country (a dispute still sets countries apart)
    found = _found(nlp, "Washington warned the rebels against a new offensive.")
    assert ("Washington", "organisation", "USA") in found


def test_mentions_capital_as_a_location_stays_the_country(nlp):
    found = _found(nlp, "The envoy met the rebels in Moscow. Moscow is a large city.")
    assert not any(kind == "organisation" for text, kind, _ in found if text == "Moscow")


def test_mentions_state_that_only_is_something_stays_a_place(nlp):
    found = _found(nlp, "Nevada is a desert state with few rivers.")
    assert not any(kind == "organisation" for text, kind, _ in found if text == "Nevada")


def test_mentions_state_as_agent_of_a_passive_acts(nlp):
    found = _found(nlp, "The pipeline was opposed by Nevada and two tribes.")
    assert ("Nevada", "organisation", "USA") in found


def test_mentions_state_named_as_the_state_of_acts(nlp):
    nevada = [
        m for m in mentions.find(nlp("The state of Nevada sued the water board.")) if m.name == "Nevada"
    ]
    # the whole "state of Nevada" is the region, so what the state does is Nevada's
    assert [(m.span.text, m.kind, m.country, m.sector) for m in nevada] == [
        ("state of Nevada", "organisation", "USA", "GOV")
    ]


def test_mentions_state_that_passes_a_law_is_a_government(nlp):
    found = {
        (m.span.text, m.sector) for m in mentions.find(nlp("Manitoba passed a law banning plastic bags."))
    }
    assert ("Manitoba", "GOV") in found


def test_mentions_name_headed_by_a_body_word_is_an_organisation(nlp):
    doc = nlp("Lindqvist Studio said it would close. Halvorsen Network denied the report.")
    kinds = {m.span.text: m.kind for m in mentions.find(doc)}
    assert kinds["Halvorsen Network"] == "organisation"


def test_mentions_given_name_and_body_word_stays_a_person(nlp):
    persons = {
        m.span.text for m in mentions.find(nlp("Margaret Court spoke on Sunday.")) if m.kind == "person"
    }
    assert persons == {"Margaret Court"}


def test_mentions_person_heading_the_administration_is_its_government(nlp):
    doc = nlp("Mayor Ines Varga won again. The Varga administration said the harbour plan would go ahead.")
    found = {(m.name, m.kind, m.sector) for m in mentions.find(doc)}
    assert ("the Varga administration", "organisation", "GOV") in found


def test_mentions_person_running_a_campaign_names_the_campaign_a_body(nlp):
    doc = nlp("Ines Varga leads the race. The Varga campaign said the harbour plan would go ahead.")
    found = [(m.name, m.kind, m.sector) for m in mentions.find(doc)]
    assert ("the Varga campaign", "organisation", None) in found


def test_mentions_administration_official_is_no_government(nlp):
    doc = nlp("A former Varga administration official said the plan was late. Mayor Ines Varga disagreed.")
    assert not any(m.name.endswith("administration") for m in mentions.find(doc))


def test_mentions_body_named_with_whom_it_is_for_is_one_body(nlp):
    doc = nlp(
        "The Velmora Court of Harbour Appeals for the Ninth Tarrow Circuit overruled the ferry company."
    )
    names = {m.name for m in mentions.find(doc) if m.kind == "organisation"}
    assert "Velmora Court of Harbour Appeals for the Ninth Tarrow Circuit" in names
    assert "Tarrow Circuit" not in names


def test_mentions_name_without_a_body_word_keeps_its_length_before_for_the(nlp):
    doc = nlp("Votes from the GOP for the Harbour Party were counted twice.")
    assert "GOP" in {m.span.text for m in mentions.find(doc)}


def test_mentions_a_known_body_cut_at_its_and_is_named_whole(nlp):
    names = {m.span.text for m in mentions.find(nlp("Customs and Border Protection rejected the offer."))}
    assert "Customs and Border Protection" in names and "Customs" not in names


def test_mentions_two_names_joined_by_and_stay_two(nlp):
    names = {m.span.text for m in mentions.find(nlp("Apple and Google criticized the ruling."))}
    assert {"Apple", "Google"} <= names


def test_mentions_a_name_ends_before_a_clause_ner_ran_it_into(nlp):
    doc = nlp("The band will play at the upcoming Harbour Music Awards after Swift scolded her label.")
    assert not any("after" in m.span.text for m in mentions.find(doc))


@pytest.mark.parametrize(
    ("text", "run_on", "body", "person"),
    [
        # the parse tags such runs as one body now and then; here the run is set by hand
        (
            "The former envoy to Norway Ada Roos testified on Friday.",
            "Norway Ada Roos",
            ("Norway", "country"),
            "Ada Roos",
        ),
        (
            "Polls give 2 percent to the Harbour Party's Ada Roos.",
            "Harbour Party's Ada Roos",
            ("Harbour Party", "organisation"),
            "Ada Roos",
        ),
    ],
)
def test_mentions_a_body_run_on_into_a_person_is_both(nlp, text, run_on, body, person):
    doc = nlp(text)
    start = doc.char_span(text.index(run_on), text.index(run_on) + len(run_on))
    doc.ents = [Span(doc, start.start, start.end, label="ORG")]
    found = {(m.span.text, m.kind) for m in mentions.find(doc)}
    assert body in found and (person, "person") in found


def test_mentions_a_place_name_ending_in_a_body_word_stays_whole(nlp):
    doc = nlp("He sang at Lindholm's Grand Ole Opry last week.")
    doc.ents = [Span(doc, 3, 8, label="ORG")]
    assert [m.span.text for m in mentions.find(doc)] == ["Lindholm's Grand Ole Opry"]


def test_mentions_a_party_label_after_a_name_is_no_actor(nlp):
    found = _found(nlp, "Del. Ada Roos (D-Newport News) spoke to the crowd.")
    assert not any("Newport" in text for text, _, _ in found)


def test_mentions_an_epithet_before_a_name_the_text_gives_whole_is_no_part_of_it(nlp):
    found = [
        m.name
        for m in mentions.find(nlp("Mayor Tom Reyes attacked Crooked Ann Lee again. Ann Lee did not reply."))
    ]
    assert found.count("Ann Lee") == 2 and not any("Crooked" in name for name in found)


def test_mentions_a_hyphenated_leaning_before_a_name_is_not_part_of_it(nlp):
    doc = nlp("In May, the pro-Vesta Civic League became the richest lobby.")
    doc.ents = [Span(doc, 4, 9, "ORG")]  # NER runs the name back over the leaning before it
    assert {m.name for m in mentions.find(doc)} == {"Civic League"}


def test_mentions_an_amount_the_tagger_ran_into_a_name_is_no_part_of_it(nlp):
    doc = nlp("The fund sold Brenner 13 percent of the port last year.")
    doc.ents = [Span(doc, 3, 6, "ORG")]  # NER runs the name on over the amount
    assert {m.name for m in mentions.find(doc)} == {"Brenner"}


def test_mentions_a_name_ending_in_a_trade_word_is_a_business_whatever_the_tagger_says(nlp):
    doc = nlp("Brenner Coal filed for bankruptcy, and the Department of Energy said nothing.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 8, 11, "ORG")]
    found = {m.name: (m.kind, m.sector) for m in mentions.find(doc)}
    assert found["Brenner Coal"] == ("organisation", "BUS")
    assert found["Department of Energy"][1] != "BUS"


def test_mentions_a_name_drops_a_typographic_possessive_the_tagger_took_for_a_quote_mark(nlp):
    # "Lee says Hale’s “latest outburst ...”": the small model tags "’s" before "“" as a closing mark
    doc = parsed(
        nlp,
        """
        Lee       1  nsubj  PROPN  NNP  _  B-PERSON
        says      1  ROOT   VERB   VBZ  _  O
        Hale      6  poss   PROPN  NNP  _  B-PERSON
        ’s        2  case   PUNCT  ''   _  I-PERSON
        “         6  punct  PUNCT  ``   _  O
        latest    6  amod   ADJ    JJS  _  O
        outburst  1  dobj   NOUN   NN   _  O
        ”         1  punct  PUNCT  ''   _  O
        """,
        spaces=[True, True, False, True, False, True, False, False],
    )
    assert {m.span.text for m in mentions.find(doc)} == {"Lee", "Hale"}


def test_mentions_a_score_or_a_tally_run_into_a_name_is_left_out(nlp):
    results = "Norway got past Chile 3-0, with Lio Tarn defeating Ada Moss 7-5.\n\nHarbor: Mia Lind 2 saves."
    names = {m.name for m in mentions.find(nlp(results))}
    assert {"Ada Moss", "Mia Lind"} <= names
    assert not any(ch.isdigit() for name in names for ch in name)


def test_mentions_a_number_a_name_holds_stays(nlp):
    names = {m.name for m in mentions.find(nlp("Pupils at Harbor Middle School 285 marched on Friday."))}
    assert any(name.endswith("285") for name in names)


def test_mentions_a_bracket_the_tagger_ran_into_a_name_is_left_out(nlp):
    doc = nlp("The Velmor Ministry of Ports and Shipping (VMPS) cut harbour fees, and Ostra (Group C) won.")
    doc.ents = [Span(doc, 1, 9, "ORG"), Span(doc, 15, 19, "GPE")]
    names = {m.name for m in mentions.find(doc)}
    assert "Velmor Ministry of Ports and Shipping" in names
    assert not any("(" in name for name in names)
