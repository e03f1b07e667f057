from spacy.tokens import Span

from faultlines.actors import mentions
from faultlines.actors.mention import organisation, surname


def _found(nlp, text):
    return {(m.span.text, m.kind, m.country) for m in mentions.find(nlp(text))}


def test_mention_law_or_treaty_tagged_as_organisation_is_no_actor(nlp):
    found = _found(nlp, "The Velmora Free Trade Agreement cut tariffs, the Harbor Union said.")
    assert not any("Agreement" in text for text, _, _ in found)
    assert any(text == "Harbor Union" and kind == "organisation" for text, kind, _ in found)
    found = _found(nlp, "The council voted against the Protection of Coastal Towns Act on Monday.")
    assert not any(text.endswith("Act") for text, _, _ in found)


def test_mention_company_goes_by_its_name_without_the_legal_form(nlp):
    names = {m.span.text: m.name for m in mentions.find(nlp("Tallis Mining Corp. said profits rose."))}
    assert names["Tallis Mining Corp."] == "Tallis Mining"


def test_mention_full_word_company_stays_in_the_name(nlp):
    names = {m.name for m in mentions.find(nlp("The Lark Company said it would sell the mill."))}
    assert "Lark Company" in names


def test_mention_public_body_gets_its_sector_from_its_last_word(nlp):
    found = {
        m.name: m.sector
        for m in mentions.find(nlp("The Harbor Department said the Tarrow Police would help."))
    }
    assert found.get("Harbor Department") == "GOV"


def test_mention_a_name_ending_in_party_is_a_political_party(nlp):
    found = {m.name: m.sector for m in mentions.find(nlp("The Velmo Party said it would win the vote."))}
    assert found.get("Velmo Party") == "PTY"


def test_mention_a_known_outlet_is_the_press_of_its_country(nlp):
    found = {
        m.name: (m.kind, m.country, m.sector)
        for m in mentions.find(nlp("The Miami Herald reported the vote."))
    }
    assert found.get("Miami Herald") == ("organisation", "USA", "JRN")


def test_mention_body_word_alone_names_no_country_by_the_tables(nlp):
    # the Phoenix tables code a bare "Senate" to the United States; whose it is, the article tells
    found = [
        m for m in mentions.find(nlp("The Senate passed the harbour bill on Monday.")) if m.name == "Senate"
    ]
    assert found and all(m.country is None and m.sector == "LEG" for m in found)


def test_mention_surname_is_the_last_word_before_a_generational_suffix():
    assert [surname(n) for n in ("Ray Odell Jr.", "Ames Pike, III", "Lu Sr", "Jr.", "Mara Quell")] == [
        "odell",
        "pike",
        "lu",
        "jr.",
        "quell",
    ]


def test_mention_a_companys_unit_is_a_business_of_its_country(nlp):
    doc = nlp("Toyota Research Institute opened a lab.")
    found = organisation(Span(doc, 0, 3, label="ORG"))
    assert (found.country, found.sector) == ("JPN", "BUS")
