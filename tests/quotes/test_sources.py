from tests.parsed import parsed
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
    from faultlines.quotes import sources

    doc = parsed(
        nlp,
        """
        PUC    4  nsubj     PROPN
        Chair  3  compound  PROPN
        Ada    3  compound  PROPN
        Roos   4  nsubj     PROPN
        said   4  ROOT      VERB
        so     4  advmod    ADV
        .      4  punct     PUNCT
        """,
    )
    assert sources.subject_of(doc[4]).text == "Roos"


def test_sources_a_description_and_the_name_set_beside_it_after_a_comma_is_the_name(nlp):
    # "Lee's niece, Del. Ada Roos, said so.": the parse made the name a second subject, not an apposition
    from faultlines.quotes import sources

    doc = parsed(
        nlp,
        """
        Lee    2  poss      PROPN
        's     0  case      PART
        niece  8  nsubj     NOUN
        ,      8  punct     PUNCT
        Del.   6  compound  PROPN
        Ada    6  compound  PROPN
        Roos   8  nsubj     PROPN
        ,      8  punct     PUNCT
        said   8  ROOT      VERB
        so     8  advmod    ADV
        .      8  punct     PUNCT
        """,
    )
    assert sources.subject_of(doc[8]).text == "Roos"


def test_sources_a_person_named_first_speaks_though_the_parse_splits_her_apposition(nlp):
    # "adds Ada Roos, head of Velmo Care Europe": the small model makes the body's last words a
    # second subject right after the apposition; the person speaks, not the body
    from faultlines.quotes import sources

    doc = parsed(
        nlp,
        """
        adds    0  ROOT      VERB   _  _  O
        Ada     2  compound  PROPN  _  _  B-PERSON
        Roos    0  nsubj     PROPN  _  _  I-PERSON
        ,       2  punct     PUNCT  _  _  O
        head    2  appos     NOUN   _  _  O
        of      4  prep      ADP    _  _  O
        Velmo   5  pobj      PROPN  _  _  B-ORG
        Care    8  compound  PROPN  _  _  I-ORG
        Europe  0  nsubj     PROPN  _  _  I-ORG
        .       0  punct     PUNCT  _  _  O
        """,
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


def test_sources_a_message_speaks_for_its_author_named_before_it(nlp):
    (q,) = quotes_of(nlp, "The Harbour League's ad says the ferry levy is a disgrace.")
    assert [s.text for s in q.sources] == ["The Harbour League", "The Harbour League's ad"]
    (q,) = quotes_of(nlp, "A Velmor Bank report says the ferry levy is a costly mistake.")
    assert [s.text for s in q.sources] == ["Velmor Bank", "A Velmor Bank report"]


def test_sources_a_poll_speaks_for_no_one_named_before_it(nlp):
    (q,) = quotes_of(nlp, "A Velmor Bank poll says most islanders back the ferry levy.")
    assert [s.text for s in q.sources] == ["A Velmor Bank poll"]


def test_sources_a_time_owns_no_message(nlp):
    (q,) = quotes_of(nlp, "Tuesday's report says the ferry levy is a costly mistake.")
    assert [s.text for s in q.sources] == ["Tuesday's report"]
