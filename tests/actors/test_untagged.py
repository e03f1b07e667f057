from faultlines.actors import mentions, untagged
from faultlines.actors.mention import Mention


def _found(nlp, text):
    return {(m.span.text, m.kind, m.country) for m in mentions.find(nlp(text))}


def test_untagged_untagged_known_name_found(nlp):
    found = {
        (m.span.text, m.country)
        for m in mentions.find(nlp("The pro-Syrian Hizbollah faction announced a truce on Friday."))
    }
    assert ("Hizbollah", "LBN") in found


def test_untagged_surname_tagged_as_plural_noun_still_found(nlp):
    doc = nlp('Its spokesman, Piet Lammers, spoke first.\n\n"We object," Lammers said.')
    surnames = [m for m in mentions.find(doc) if m.span.text == "Lammers"]
    assert [m.kind for m in surnames] == ["person"]


def test_untagged_body_named_again_untagged_is_found(nlp):
    doc = nlp(
        "The label, Big Harbour Records, denied it. Big Harbour Records have denied doing anything wrong."
    )
    first = doc[3:6]
    doc.ents = [doc.char_span(first.start_char, first.end_char, label="ORG")]
    found = [Mention(first, "organisation", first.text)]
    again = untagged.repeated_bodies(doc, found)
    assert [(m.span.start, m.name) for m in again] == [(10, "Big Harbour Records")]


def test_untagged_untagged_given_name_and_surname_is_a_person(nlp):
    doc = nlp("A TV doctor with critics.\n\nAhmet Yel — surgeon and radio host — has critics. Yel denies it.")
    persons = [m.span.text for m in mentions.find(doc) if m.kind == "person"]
    assert persons == ["Ahmet Yel", "Yel"]


def test_untagged_given_name_does_not_make_a_team_or_a_league_a_person(nlp):
    doc = nlp("Carolina Panthers fans cheered as Ivy League teams played.")
    assert not any(m.kind == "person" for m in mentions.find(doc))


def test_untagged_untagged_body_name_after_the_is_an_organisation(nlp):
    doc = nlp("Funds went to the Harbor and Dock Tenants Coalition last year.")
    found = {(m.span.text, m.kind) for m in mentions.find(doc)}
    assert ("Harbor and Dock Tenants Coalition", "organisation") in found


def test_untagged_body_named_by_whom_it_is_for_is_found_whole(nlp):
    found = _found(nlp, "The Alliance for Clean Harbours voted against the dredging plan.")
    assert ("Alliance for Clean Harbours", "organisation", None) in found
    assert not any(text == "Alliance" for text, *_ in found)


def test_untagged_trade_named_for_a_cause_inside_a_sentence_is_a_body(nlp):
    found = _found(nlp, "The group Nurses for Open Wards voted against the dredging plan.")
    assert ("Nurses for Open Wards", "organisation", None) in found


def test_untagged_lawyers_for_a_person_are_no_body(nlp):
    found = _found(nlp, "Lawyers for Ann Lee argued against the dredging plan.")
    assert not any(text.startswith("Lawyers") for text, *_ in found)


def test_untagged_kind_after_an_article_in_a_headline_is_no_body(nlp):
    found = _found(nlp, "Harbour Pilot Stuck in a Hospital for Lost Causes")
    assert not any("Hospital" in text for text, *_ in found)


def test_untagged_body_for_a_word_the_tagger_took_for_a_person_is_named_whole(nlp):
    found = _found(nlp, "The Coalition for the Homeless rejected the dredging plan.")
    assert ("Coalition for the Homeless", "organisation", None) in found


def test_untagged_title_cased_headline_names_no_body_for_anyone(nlp):
    found = _found(nlp, "Voters Leave Harbour Party for Ada Roos\nThe poll was taken in May.")
    assert not any(text.endswith("Ada Roos") and kind == "organisation" for text, kind, _ in found)


def test_untagged_trade_for_a_cause_opening_a_sentence_is_a_body(nlp):
    found = _found(nlp, "Nurses for Open Wards opposes the dredging plan.")
    assert ("Nurses for Open Wards", "organisation", None) in found


def test_untagged_trade_for_a_named_client_opening_a_sentence_is_no_body(nlp):
    found = _found(nlp, "Lawyers for Velmor Bank argued against the dredging plan.")
    assert not any(text.startswith("Lawyers") for text, *_ in found)


def test_untagged_trade_for_someones_people_is_no_body(nlp):
    found = _found(nlp, "Lawyers for Roos’s former tenants argued against the dredging plan.")
    assert not any(text.startswith("Lawyers") and kind == "organisation" for text, kind, _ in found)
