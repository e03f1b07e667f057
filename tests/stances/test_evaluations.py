"""Stances a named speaker states by judging a thing in their own words, with no stance verb."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on

HEADLINE = "Borland council weighs a tram levy.\n\n"


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("The tram levy is hurting small shops", -1),  # judged by what it does
        ("The tram levy would hurt small shops", -1),  # or by what it would do: a measure proposed
        ("It harmed nobody", 1),  # "it" is the measure the headline names; harming nobody defends it
        ("The tram levy sends a devastating message to students", -1),  # by what it delivers
        ("The tram levy is devastating for students", -1),
        ("The tram levy is not devastating for anyone", 1),
        ("Neither the tram levy nor the toll has harmed small shops", 1),
        ("The tram levy is an invasion of the town's own domain", -1),
        ("The tram levy is a step in the right direction", 1),  # an idiom judges as a word does
        ("The tram levy is a slap in the face to every driver", -1),
        ("The tram levy is an act of cruelty against students", -1),  # judged by what it is of
        ("The tram levy is a sign of courage", 1),
        ("The tram levy seems nasty to me", -1),  # "nasty" parsed as a predicate with no object
        ("The case for the tram levy is not credible", -1),
    ],
)
def test_evaluations_quoted_judgement_is_the_speakers_stance(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", polarity)}


@pytest.mark.parametrize(
    "quote",
    [
        "The tram levy may be devastating for students",  # a hedge takes no side
        "The tram levy could hurt small shops",  # nor does a forecast left open
        "When students hear a rival say the tram levy is devastating, they listen",  # another's words
        "The tram levy fund went bankrupt in May",  # what happened to it, not a judgement
        "The tram levy suffered in the vote",  # what befell it
        "The tram levy is a fight between neighbours",  # a mild noun names what happened
        "The tram levy is a form of transport tax",  # a noun judging by its "of" with nothing to judge
    ],
)
def test_evaluations_hedged_forecast_or_reported_judgement_takes_no_side(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    "quote",
    [
        "The weather is devastating for the harvest",  # a state of affairs, not the thing at stake
        "We are united",  # the speaker's own side
        "Tomas Berg is ready",  # how a person is, not what they are called
        "Tomas Berg is a successful grocer",  # a description, not a name he is called
        "Monday's decision is devastating",  # which decision, nothing the speaker said tells
        "Fixing the tram levy was a hell of a job",  # "a hell of a" only grades
    ],
)
def test_evaluations_state_of_affairs_is_no_stance(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not {s for s in analysed_stances(text) if s[0] == "Mara Ruiz"}


def test_evaluations_person_called_a_name_is_judged(nlp):
    text = f'{HEADLINE}"Tomas Berg is a liar," said Councillor Mara Ruiz.'
    assert ("Mara Ruiz", "Tomas Berg", -1) in analysed_stances(text)


def test_evaluations_it_stands_for_the_subject_the_speaker_named_before(nlp):
    text = (
        f"{HEADLINE}"
        '"When the tram levy is applied to students, it can be devastating," said Councillor Mara Ruiz.'
    )
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", -1)}


def test_evaluations_it_stands_for_what_the_speaker_was_asked_about(nlp):
    text = (
        f"{HEADLINE}The mayor backed the tram levy on Monday. "
        'Asked about the stadium bond, Councillor Mara Ruiz said, "It is devastating for Borland."'
    )
    assert held_on(analysed_stances(text), "bond") == {("Mara Ruiz", -1)}


def test_evaluations_the_plan_a_quote_opens_with_is_the_one_named_in_full_before(nlp):
    text = (
        f"{HEADLINE}The council backed the tram levy on Monday. "
        '"The levy discriminates against renters," said Councillor Mara Ruiz.'
    )
    # "the council" is the Borland council of the headline, for the levy it backed
    assert held_on(analysed_stances(text), "levy") == {("Borland council", 1), ("Mara Ruiz", -1)}


def test_evaluations_what_a_hedged_thing_works_against_is_no_stance(nlp):
    text = (
        f"{HEADLINE}The council backed the tram levy on Monday. "
        '"The levy may discriminate against renters," said Councillor Mara Ruiz.'
    )
    assert ("Mara Ruiz", -1) not in held_on(analysed_stances(text), "levy")


def test_evaluations_it_after_a_measure_the_narration_named_is_that_measure(nlp):
    text = (
        f"{HEADLINE}The council backed the tram levy on Monday. "
        '"It discriminates against renters," said Councillor Mara Ruiz.'
    )
    assert held_on(analysed_stances(text), "levy") == {("Borland council", 1), ("Mara Ruiz", -1)}


def test_evaluations_it_stands_for_no_thing_that_is_not_an_act(nlp):
    text = 'Borland council weighs its tram routes.\n\n"It harmed nobody," said Councillor Mara Ruiz.'
    assert not analysed_stances(text)


@pytest.mark.parametrize(
    "told",
    [
        'Responding to the stadium bond, Councillor Mara Ruiz said, "It is devastating for Borland."',
        'In response to the stadium bond, Councillor Mara Ruiz said, "It is devastating for Borland."',
        'As for the stadium bond, Councillor Mara Ruiz said, "It is devastating for Borland."',
        'Councillor Mara Ruiz, commenting on the stadium bond, said: "It is devastating for Borland."',
    ],
)
def test_evaluations_it_stands_for_what_the_attribution_says_the_quote_answers(nlp, told):
    text = f"{HEADLINE}The mayor backed the tram levy on Monday. {told}"
    assert held_on(analysed_stances(text), "bond") == {("Mara Ruiz", -1)}


def test_evaluations_it_stands_for_what_a_colon_sets_the_quote_after(nlp):
    text = (
        f"{HEADLINE}The mayor backed the tram levy on Monday. "
        'Councillor Mara Ruiz discussed the stadium bond: "It is devastating for Borland."'
    )
    assert held_on(analysed_stances(text), "bond") == {("Mara Ruiz", -1)}


def test_evaluations_that_after_the_speakers_own_words_is_what_they_said(nlp):
    text = (
        f"{HEADLINE}The council passed the tram levy on Monday. "
        '"Riders pay twice for one trip. That is a disgrace," said Councillor Mara Ruiz.'
    )
    assert "Mara Ruiz" not in {actor for actor, _ in held_on(analysed_stances(text), "levy")}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("There is nothing more important in Borland than the tram levy", 1),
        ("There is no bigger threat to the port than this levy", -1),
        ("Nothing is more vital than the tram levy", 1),
        ("There is nothing less important than the tram levy", -1),  # "less" turns it round
    ],
)
def test_evaluations_what_nothing_surpasses_is_judged_the_most(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", polarity)}


@pytest.mark.parametrize(
    "quote",
    [
        "Is there anything more important than the tram levy?",  # a question
        "There is nothing bigger than the tram levy",  # size alone does not judge
    ],
)
def test_evaluations_a_comparison_that_denies_nothing_takes_no_side(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Mayor Ana Vidal described the tram levy as disastrous.", -1),
        ("Mayor Ana Vidal praised the tram levy as a victory for riders.", 1),
        ('Mayor Ana Vidal said the tram levy should be recognized as "intolerable."', -1),
        ('"We see the tram levy as a disaster," said Mayor Ana Vidal.', -1),
    ],
)
def test_evaluations_what_a_speaker_names_a_thing_as_judges_it(nlp, sentence, polarity):
    assert held_on(analysed_stances(HEADLINE + sentence), "levy") == {("Ana Vidal", polarity)}


@pytest.mark.parametrize(
    "sentence",
    [
        '"Voters see the tram levy as a disaster," said Mayor Ana Vidal.',  # the voters' view
        '"The council treated the tram levy as a loss," said Mayor Ana Vidal.',  # what was done
        '"Berg keeps describing the tram levy as a disaster," said Mayor Ana Vidal.',  # his naming
    ],
)
def test_evaluations_a_name_given_by_others_or_by_use_is_not_the_speakers(nlp, sentence):
    assert not held_on(analysed_stances(HEADLINE + sentence), "levy")


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("It was a mistake for the council to pass the tram levy", -1),  # the lexicon's word
        ("I think it is very smart for the council to pass the tram levy", 1),  # a VADER word
    ],
)
def test_evaluations_it_judges_the_action_of_a_named_doer(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", polarity)}


def test_evaluations_how_a_pronoun_doer_fares_is_no_stance(nlp):
    text = f'{HEADLINE}"It was a great honour for me to open the tram depot," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "depot")


def test_evaluations_a_thing_named_as_judged_by_what_follows_its_head(nlp):
    # "the rise" alone is not what the headline is about; "the rise in tram levy fines" is
    quote = "The rise in tram levy fines should be recognised as unacceptable"
    assert held_on(analysed_stances(f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'), "rise") == {
        ("Mara Ruiz", -1)
    }
    other = "The rise in parking fines should be recognised as unacceptable"
    assert not analysed_stances(f'{HEADLINE}"{other}," said Councillor Mara Ruiz.')


def test_evaluations_a_person_called_a_quoted_name_is_judged(nlp):
    # the parser reads "Berg" as a second predicate of "called", not as its object
    text = (
        f"{HEADLINE}Ida Kern, a grocer who signed the letter, called Berg a "
        '"pathological liar who cheats every customer."'
    )
    assert ("Ida Kern", "Berg", -1) in analysed_stances(text)


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("Tomas Berg embodies the worst kind of greed", -1),  # judged by what he is said to be
        ("Tomas Berg embodies the long legacy of cruelty in Borland", -1),  # by what it is of
        ("Tomas Berg epitomises courage", 1),
    ],
)
def test_evaluations_what_someone_embodies_judges_them(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert ("Mara Ruiz", "Tomas Berg", polarity) in analysed_stances(text)


@pytest.mark.parametrize(
    "quote",
    [
        "Tomas Berg embodies the spirit of the old port",  # a mild word describes him
        "Tomas Berg could embody the worst kind of greed",  # a hedge
    ],
)
def test_evaluations_what_someone_embodies_without_a_judging_word_is_no_stance(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not {s for s in analysed_stances(text) if s[:2] == ("Mara Ruiz", "Tomas Berg")}


def test_evaluations_surprise_at_a_thing_takes_no_side(nlp):
    text = f'{HEADLINE}"The tram levy amazed me, how fast it went through the council," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


def test_evaluations_a_feeling_about_nothing_the_speaker_named_is_no_stance(nlp):
    text = (
        f"{HEADLINE}The council met on Monday after a week of protests. Crowds filled the square. "
        '"It is heartbreaking," said Councillor Mara Ruiz.'
    )
    assert not held_on(analysed_stances(text), "levy")


def test_evaluations_a_feeling_about_what_the_speaker_named_judges_it(nlp):
    text = f'{HEADLINE}"When the tram levy is applied to students, it is heartbreaking," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", -1)}


@pytest.mark.parametrize(
    "quote",
    [
        "My rivals have one line: \u2018Yeah, the tram levy is nasty for every shop\u2019 and nothing else",
        "My rivals have one line: \u2018Yeah, the tram levy is nasty for every shop",  # never closed
    ],
)
def test_evaluations_words_voiced_in_a_quote_within_the_quote_are_not_the_speakers(nlp, quote):
    text = f"{HEADLINE}Councillor Mara Ruiz said: \u201c{quote}.\u201d"
    assert not held_on(analysed_stances(text), "levy")


def test_evaluations_an_apostrophe_does_not_open_a_quote_within_the_quote(nlp):
    text = (
        f"{HEADLINE}Councillor Mara Ruiz said: \u201cThe town\u2019s tram levy is nasty for every shop.\u201d"
    )
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", -1)}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("It is difficult to fund the tram levy", None),  # how hard it is, not whether to
        ("It is foolish to fund the tram levy", -1),
        ("The tram levy is not easy", None),  # a burden to bear, no side taken
    ],
)
def test_evaluations_how_hard_an_action_is_takes_no_side_on_it(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


def test_evaluations_what_a_thing_does_to_a_named_persons_fortunes_is_no_stance(nlp):
    quote = "The tram levy has badly hurt Mayor Ines Barrow with young voters"
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("Tomas Berg, who is a disgrace, must go", -1),  # the relative pronoun stands for him
        ("Tomas Berg, who is a councillor who personifies the worst kind of greed, must go", -1),  # twice
        ("Tomas Berg, a disgrace to the office, must go", -1),  # an apposition names him so
    ],
)
def test_evaluations_a_relative_clause_or_apposition_judges_its_antecedent(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert ("Mara Ruiz", "Tomas Berg", polarity) in analysed_stances(text)


def test_evaluations_a_thing_judged_by_what_a_relative_clause_says_it_does(nlp):
    text = f'{HEADLINE}"The tram levy, which hurts small shops, must end," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", -1)}


@pytest.mark.parametrize(
    "text",
    [
        # an apposition in the narration tells who he is, whatever the quote says
        f'{HEADLINE}Tomas Berg, a disgrace to some, spoke first. "We will win," said Councillor Mara Ruiz.',
        f'{HEADLINE}"Tomas Berg, a grocer, must go," said Councillor Mara Ruiz.',  # no judging word
    ],
)
def test_evaluations_an_apposition_outside_the_quote_or_without_judging_is_no_stance(nlp, text):
    assert not {s for s in analysed_stances(text) if s[:2] == ("Mara Ruiz", "Tomas Berg")}


def test_evaluations_a_quoted_question_takes_no_side():
    text = '"Is the harbour levy fair?" asked Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


ACT_TOLD = "The Brill council approved the tram levy on Monday. "


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("I find it deeply troubling", -1),  # the speaker's own finding of the act just told
        ("We consider this unacceptable", -1),
        ("I find it encouraging", 1),
        ("That was a crude attempt to mislead the town", -1),  # judged by what it tries
        ("This is a cynical stunt", -1),  # a noun of trying says what the act is, not another thing
        ("This is how crises begin", -1),  # judged by what it starts
    ],
)
def test_evaluations_a_reaction_to_an_act_told_judges_it(quote, polarity):
    stances = analysed_stances(f'{ACT_TOLD}"{quote}," said Mara Ruiz.')
    assert {h for h in held_on(stances, "levy") if h[0] == "Mara Ruiz"} == {("Mara Ruiz", polarity)}


@pytest.mark.parametrize(
    "quote",
    [
        "Many find it troubling",  # what others find, reported
        "I find it hard to believe",  # how hard it is
        "I find it odd that they waited",  # the clause is what is odd
        "This is how the season begins",  # what it starts judges nothing
    ],
)
def test_evaluations_a_finding_not_the_speakers_own_judgement_of_the_act_is_no_stance(quote):
    stances = analysed_stances(f'{ACT_TOLD}"{quote}," said Mara Ruiz.')
    assert not {s for s in stances if s[0] == "Mara Ruiz" and "levy" in s[1].lower()}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Mara Ruiz said she found the tram levy unfair and costly.", "Mara Ruiz"),
        ("The Brill Tenants Union said it still considers the tram levy illegal.", "Brill Tenants Union"),
    ],
)
def test_evaluations_a_finding_reported_of_the_speaker_is_theirs(text, holder):
    assert held_on(analysed_stances(text), "levy") == {(holder, -1)}


def test_evaluations_a_finding_of_others_reported_is_no_stance_of_the_speaker():
    text = "Mara Ruiz said many shoppers find the tram levy unfair."
    assert not held_on(analysed_stances(text), "levy")


def test_evaluations_it_for_a_pronoun_to_act_judges_no_topic_named_before():
    # "it" stands for how he behaves, not for the video named before it
    text = (
        "Mayor Ada Marsh said the harbour video should be released. "
        'Governor Bo Lind said it would be "unwise" for him to comment on whether the harbour video ought to be shown.'
    )
    assert held_on(analysed_stances(text), "video") == {("Ada Marsh", 1)}


def test_evaluations_act_judged_as_needed_for_a_purpose_is_the_act(nlp):
    # the reported "reopening the port was necessary to cut prices" is for the reopening, not the cut
    text = "Borland weighs reopening its port.\n\nMayor Ada Roos said reopening the port was necessary to cut prices."
    assert held_on(analysed_stances(text), "reopening") == {("Ada Roos", 1)}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("The tram levy is broken", -1),  # judging words news uses that VADER leaves unrated
        ("The tram levy is unrealistic", -1),
        ("The tram levy is excessive and unnecessary", -1),
        ("The tram levy is a step back", -1),
        ("The tram levy severely handicapped our schools", -1),  # a harm done
    ],
)
def test_evaluations_news_judging_words_judge_a_measure(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", polarity)}


@pytest.mark.parametrize(
    "quote",
    [
        "Our economy is totally broken",  # a state of affairs, no measure
        "The storm will impede traffic",
    ],
)
def test_evaluations_news_judging_words_of_a_state_take_no_side_on_the_measure(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("The tram levy is new and unfair", -1),  # a judging word joined to a plain one
        ("The tram levy is costly, complicated and unfair", -1),
        ("The tram levy is a new tax and a disgrace", -1),
        ("The tram levy hits renters and is unfair", -1),  # a joined verb shares the subject
        ("The tram levy is not new or fair", -1),  # the negation is the verb's
        ("The tram levy may be new and unfair", None),  # a hedge
        ("Could the tram levy be new and unfair?", None),  # a question
        ("Our trams are old and broken", None),  # a state of things
    ],
)
def test_evaluations_a_joined_judging_word_judges_the_subject(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


@pytest.mark.parametrize(
    ("judgement", "polarity"),
    [
        # judging words VADER leaves unrated, met in real news
        ("a shady deal", -1),
        ("phony", -1),
        ("a rightful move", 1),
        ("a compelling case", 1),
    ],
)
def test_evaluations_judging_words_vader_leaves_unrated_take_a_side(judgement, polarity):
    stances = analysed_stances(f"Senator Ada Roos described the harbour levy as {judgement}.")
    assert held_on(stances, "levy") == {("Ada Roos", polarity)}


def test_evaluations_a_quoted_adjective_the_parse_made_head_of_its_clause_still_judges():
    stances = analysed_stances("Senator Ada Lund says Governor Bo Kiel’s late-night tweets were “unhinged.”")
    assert held_on(stances, "tweets") == {("Ada Lund", -1), ("Bo Kiel", 1)}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("It is time to adopt the tram levy", 1),  # a call for the act
        ("It's high time for the council to adopt the tram levy", 1),  # its doer named
        ("Now is the time to adopt the tram levy", 1),
        ("It is not time to adopt the tram levy", -1),
        ("Now is not the time to adopt the tram levy", -1),
        ("This is not the time to adopt the tram levy", -1),
    ],
)
def test_evaluations_time_to_act_calls_for_the_act(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert held_on(analysed_stances(text), "levy") == {("Mara Ruiz", polarity)}


@pytest.mark.parametrize(
    "quote",
    [
        "It was a time to reflect on the tram levy",  # what a time was like
        "It may be time to adopt the tram levy",  # a hedge
        "Is it time to adopt the tram levy?",  # a question
        "The time to adopt the tram levy was last year",  # when, not whether
        "I had time to read the tram levy",  # time one had
    ],
)
def test_evaluations_time_told_or_hedged_takes_no_side(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")
