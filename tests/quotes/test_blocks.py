from tests.quotes.helpers import quotes_of, said, source


def test_blocks_paragraph_after_a_cue_and_colon_is_the_quote(nlp):
    text = (
        "The harbour plan was rejected on Monday.\n\nMayor Ina Falk added:\n\n"
        "It is a sad day for the town. We worked on this for years, and now we start again.\n\n"
        "The council meets again in May."
    )
    quotes = quotes_of(nlp, text)
    assert [(q.cue.text, source(q)) for q in quotes] == [("added", "Mayor Ina Falk")]
    assert said(quotes[0]).startswith("It is a sad day") and said(quotes[0]).endswith("start again.")


def test_blocks_a_colon_without_a_cue_gives_no_quote(nlp):
    text = "The plan has three parts:\n\nA new quay, a ferry terminal and a wider road to the port."
    assert quotes_of(nlp, text) == []


def test_blocks_quoted_paragraph_after_a_cue_and_colon_is_the_quote(nlp):
    text = (
        "The harbour plan was rejected on Monday.\n\nMayor Ina Falk wrote:\n\n"
        "“It is a sad day for the town. We worked on this for years.\n\n"
        "“Now we start again, and we will do better.”\n\nThe council meets again in May."
    )
    quotes = quotes_of(nlp, text)
    assert [(q.cue.text, source(q)) for q in quotes] == [("wrote", "Mayor Ina Falk")]
    assert said(quotes[0]).startswith("It is a sad day") and said(quotes[0]).endswith("do better.")


def test_blocks_a_quote_attributed_in_its_own_paragraph_keeps_its_own_cue(nlp):
    text = "The vote was close.\n\nThe mood in the hall was tense:\n\n“We lost by two votes,” Ada Roos said."
    quotes = quotes_of(nlp, text)
    assert [(q.cue.text, source(q)) for q in quotes] == [("said", "Ada Roos")]
