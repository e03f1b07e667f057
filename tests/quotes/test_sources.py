from tests.quotes.helpers import quotes_of, source


def test_sources_name_and_verb_misparsed_as_one_noun_phrase(nlp):
    # The small model reads "Trump avoids" as a noun phrase; the name is still the source.
    quotes = quotes_of(nlp, "The debate ran late. Trump avoids criticizing the union for the strike.")
    (quote,) = [q for q in quotes if q.cue and q.cue.text == "criticizing"]
    assert quote.sources[0].text.startswith("Trump")


def test_sources_relative_pronoun_is_a_second_source(nlp):
    (quote,) = quotes_of(
        nlp, "The plan was drawn up by an engineer who said the bridge would last a century."
    )
    assert [s.text for s in quote.sources] == ["an engineer", "who"]


def test_sources_a_relative_clause_on_a_description_is_said_by_the_name_beside_it(nlp):
    (quote,) = quotes_of(
        nlp, "The levy was drafted with Ola Brandt, a lawyer who said the port would lose trade."
    )
    assert [s.text for s in quote.sources] == ["Ola Brandt", "a lawyer", "who"]


def test_sources_leave_out_a_time_and_a_dateline(nlp):
    (q,) = quotes_of(nlp, "Edda Holm this week said the ferry would resume its winter timetable.")
    assert source(q) == "Edda Holm"
    (q,) = quotes_of(nlp, "OSLO - Nordic leaders said on Friday that the port would reopen in May.")
    assert source(q) == "Nordic leaders"


def test_sources_a_day_or_a_programme_after_the_cue_is_no_speaker(nlp):
    text = (
        "“The harbour is safe again, and the fleet can sail,” Brandt, a former admiral, "
        "said Thursday morning on Radio Nord’s “Morning Watch.”"
    )
    (q,) = quotes_of(nlp, text)
    assert source(q) == "Brandt"


def test_sources_a_dateline_parsed_as_subject_gives_way_to_the_speaker(nlp):
    text = "TROMSO -- Mayor Ragna Vik, opening the new harbour hall on Friday, said it would bring jobs."
    (q,) = quotes_of(nlp, text)
    assert source(q) == "Mayor Ragna Vik"


def test_sources_a_dateline_with_region_and_agency_is_no_speaker(nlp):
    text = "TROMSO, Norway (AP) — Fisheries Minister Ada Holm on Monday accused the fleet of ignoring quotas."
    (q,) = quotes_of(nlp, text)
    assert source(q) == "Fisheries Minister Ada Holm"


def test_sources_a_name_whose_appositive_took_the_cue_is_the_source(nlp):
    # With no finite verb for the name, the small model hangs "called" on "race".
    text = "Attorney General Ana Lind (D), Ruiz's rival in the coming county race, called Monday for publishing the tapes."
    (quote,) = quotes_of(nlp, text)
    assert source(quote) == "Attorney General Ana Lind"


def test_sources_subject_split_in_two_by_the_parse_is_the_name(nlp):
    # the small model now and then makes both a body's acronym and the titled name after it subjects
    from spacy.tokens import Doc

    from faultlines.quotes import sources

    words = ["PUC", "Chair", "Ada", "Roos", "said", "so", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[4, 3, 3, 4, 4, 4, 4],
        deps=["nsubj", "compound", "compound", "nsubj", "ROOT", "advmod", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
    )
    assert sources.subject_of(doc[4]).text == "Roos"


def test_sources_a_description_and_the_name_set_beside_it_after_a_comma_is_the_name(nlp):
    # "Lee's niece, Del. Ada Roos, said so.": the parse made the name a second subject, not an apposition
    from spacy.tokens import Doc

    from faultlines.quotes import sources

    words = ["Lee", "'s", "niece", ",", "Del.", "Ada", "Roos", ",", "said", "so", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 0, 8, 8, 6, 6, 8, 8, 8, 8, 8],
        deps=[
            "poss",
            "case",
            "nsubj",
            "punct",
            "compound",
            "compound",
            "nsubj",
            "punct",
            "ROOT",
            "advmod",
            "punct",
        ],
        pos=["PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"],
    )
    assert sources.subject_of(doc[8]).text == "Roos"


def test_sources_a_person_named_first_speaks_though_the_parse_splits_her_apposition(nlp):
    # "adds Ada Roos, head of Velmo Care Europe": the small model makes the body's last words a
    # second subject right after the apposition; the person speaks, not the body
    from spacy.tokens import Doc

    from faultlines.quotes import sources

    words = ["adds", "Ada", "Roos", ",", "head", "of", "Velmo", "Care", "Europe", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 2, 0, 2, 2, 4, 5, 8, 0, 0],
        deps=["ROOT", "compound", "nsubj", "punct", "appos", "prep", "pobj", "compound", "nsubj", "punct"],
        pos=["VERB", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
        ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert sources.subject_of(doc[0]).text == "Roos"


def test_sources_an_it_standing_for_the_clause_is_no_speaker(nlp):
    # "it is worth noting": the writer's own remark, which no "it" speaks
    for text in (
        "It is worth noting that Ada Lee opposed the new toll.",
        "It goes without saying that Ada Lee opposes the plan.",
        "It's safe to assume that the council will approve the budget.",
        "It is harsh but fair to say that Ben Hale lost the vote.",
    ):
        (quote,) = quotes_of(nlp, text)
        assert source(quote) == "", text


def test_sources_an_it_that_acts_still_speaks(nlp):
    text = "The Harbour Board met on Monday. It was quick to point out that the toll had been approved."
    (quote,) = quotes_of(nlp, text)
    assert source(quote) == "It"
