from tests.quotes.helpers import quotes_of, said, source


def test_inherit_continuation_paragraph_takes_the_previous_speaker(nlp):
    text = "“We fought to the end,” captain Lena Ortiz said after the match.\n\n“The fans deserved more. We will be back.”\n\nThe club plays next week."
    first, second = quotes_of(nlp, text)
    assert source(first) == "captain Lena Ortiz"
    assert second.sources == [] and second.inherits == first.id


def test_inherit_second_quote_after_the_attribution_sentence(nlp):
    first, second = quotes_of(
        nlp, "“The bridge is safe,” Engineer Tom Reyes told reporters. “We checked every cable.”"
    )
    assert second.inherits == first.id and said(second) == "We checked every cable."


def test_inherit_quote_paragraph_with_no_quote_before_is_not_a_continuation(nlp):
    quotes = quotes_of(nlp, "The storm passed overnight.\n\n“Everything is under water,” a farmer said.")
    assert [q.inherits for q in quotes] == [None]


def test_inherit_headline_quote_matches_the_body(nlp):
    text = "Mayor: ‘We will clean the river’\n\nMayor Jun Park toured the bank on Monday. “We will clean the river by summer,” he said."
    headline, body = quotes_of(nlp, text)
    assert headline.sources == [] and headline.inherits == body.id
    assert source(body) == "he"


def test_inherit_two_speakers_keep_their_own_quotes(nlp):
    text = "Union head Rui Costa said the strike would go on. Spokeswoman Mei Lin said the offer stood. “There is no more money,” she said."
    quotes = quotes_of(nlp, text)
    assert [source(q) for q in quotes] == ["Union head Rui Costa", "Spokeswoman Mei Lin", "she"]


def test_inherit_a_slogan_inside_a_sentence_is_not_a_continuation(nlp):
    text = (
        '"We are not going anywhere," said nurse Eda Tamm. Others carried signs such as "Staff the wards '
        'now, not next year" and played "Hold the Line Tonight" from the steps.'
    )
    quotes = quotes_of(nlp, text)
    assert [said(q) for q in quotes] == ["We are not going anywhere"]


def test_inherit_continuation_paragraph_opened_by_two_single_marks(nlp):
    text = (
        "The home side lost on Sunday.\n\n''We fought to the end,'' captain Lena Ortiz said after the match.\n\n"
        "''The fans deserved more. We will be back next season.''"
    )
    first, second = quotes_of(nlp, text)
    assert source(first) == "captain Lena Ortiz"
    assert (
        second.inherits == first.id and said(second) == "The fans deserved more. We will be back next season."
    )


def test_inherit_titles_and_initials_do_not_end_the_attribution_sentence(nlp):
    text = "“The bridge is safe,” said Sen. Ada B. Roos of the transport board.\n\n“We checked every cable.”"
    first, second = quotes_of(nlp, text)
    assert source(first) == "Sen. Ada B. Roos of the transport board"
    assert second.inherits == first.id and said(second) == "We checked every cable."


def test_inherit_quoted_section_heading_is_not_a_continuation(nlp):
    text = (
        "The mill closed in spring.\n\n“We kept the looms running for forty years,” owner Ines Varga said.\n\n"
        "‘Back to the River Towns.’\n\nThe family first came to the valley in 1950."
    )
    quotes = quotes_of(nlp, text)
    assert [said(q) for q in quotes] == ["We kept the looms running for forty years"]


def test_inherit_same_paragraph_continuation_after_a_titled_speaker(nlp):
    text = "The vote is near.\n\n''The bridge is safe,'' said Dr. Ada Roos. ''We checked every cable.''"
    first, second = quotes_of(nlp, text)
    assert second.inherits == first.id and said(second) == "We checked every cable."
