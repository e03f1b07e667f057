from tests.quotes.helpers import quotes_of


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
