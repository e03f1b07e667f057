from faultlines.stances import actor_topics
from faultlines.stances.expression import Expression
from tests.stances.helpers import analysed_stances, held_on, word


def _on(doc, topic: str) -> Expression:
    return Expression(word(doc, "backs").i, 1, word(doc, topic).i, "np")


def test_actor_topics_label_keeps_the_noun_the_text_names_a_country_by(nlp):
    doc = nlp("Libya backs the government.")
    assert actor_topics.label("Chad", [_on(doc, "government")], doc) == "Chad's government"


def test_actor_topics_label_is_the_name_where_the_text_names_the_actor(nlp):
    doc = nlp("Libya backs Chad and the government.")
    assert actor_topics.label("Chad", [_on(doc, "Chad")], doc) == "Chad"
    assert actor_topics.label("Chad", [_on(doc, "Chad"), _on(doc, "government")], doc) == "Chad"


def test_actor_topics_label_adds_no_noun_the_name_holds(nlp):
    doc = nlp("Libya backs the government.")
    assert actor_topics.label("Chad Government", [_on(doc, "government")], doc) == "Chad Government"


def test_actor_topics_label_is_the_name_the_article_uses_for_the_actor(nlp):
    # the country table knows the country by another name than the article's
    doc = nlp("Norland backs Burma, and the envoy backs the new Burma.")
    on = [_on(doc, "Burma")]
    assert actor_topics.label("Myanmar", on, doc) == "Burma"
    assert actor_topics.label("Union of Burma", on, doc) == "Union of Burma"


def test_actor_topics_a_pronoun_in_a_readers_letter_names_no_other_letters_writer():
    # "She" is the neighbour, whom no one names; Nora Vance signs the letter before
    page = (
        "LETTERS.\n\nThe harbour toll is a mistake, and I want it gone.\n\nNora Vance.\n\n"
        'My neighbour told me: "The harbour toll is a blessing." She is wrong.\n\nOscar Lindqvist.\n'
    )
    stances = analysed_stances(page)
    assert ("Nora Vance", "harbour toll", -1) in stances
    assert not held_on(stances, "nora")


def test_actor_topics_he_in_reported_speech_may_be_the_speaker_himself():
    # not the earlier man: Mr. Holt reports his own fitness, a stance on nobody else
    stances = analysed_stances(
        "Mr. Sam Ortiz spoke first. Later Mr. Dana Holt said he was fully qualified to be governor."
    )
    assert not held_on(stances, "ortiz")


def test_actor_topics_he_in_the_speakers_own_words_is_someone_else():
    stances = analysed_stances('Mr. Sam Ortiz spoke first. "He is unfit to be governor," Mr. Dana Holt said.')
    assert ("Dana Holt", "Sam Ortiz", -1) in stances


def test_actor_topics_a_handle_is_not_the_name_an_actor_goes_by():
    text = 'Mayor Ada Roos spoke on Monday. Piet Vale wrote: "Mayor @AdaRoos has done a wonderful job!"'
    assert held_on(analysed_stances(text), "ada roos") == {("Piet Vale", 1)}


def test_actor_topics_a_surname_no_mention_covers_is_the_one_person_of_that_name():
    # "Lind" inside "pro-Lind" is no mention of the actors layer, but names the one Lind named
    text = (
        "Mayor Ada Lind faces a hard race. In August, the pro-Lind Sierra Club became the best-funded group."
    )
    assert ("Sierra Club", 1) in held_on(analysed_stances(text), "ada lind")
    # two of that name: which one is meant is not told
    text = "Ada Lind and her rival Tom Lind face a hard race. In August, the pro-Lind Sierra Club became the best-funded group."
    assert held_on(analysed_stances(text), "lind") == {("Sierra Club", 1)}
    assert not held_on(analysed_stances(text), "ada lind")


def test_actor_topics_a_city_named_before_a_bare_body_noun_is_not_the_body_it_stands_for():
    # Tulsa is in the United States, which the sentence does not name: "the campaign" is no
    # campaign of the country's
    stances = analysed_stances(
        "A columnist for the Gazette of Tulsa wrote that Governor Ada Holt had launched the campaign."
    )
    assert not held_on(stances, "united states")


def test_actor_topics_a_body_named_in_a_compound_adjective_is_that_body():
    # "anti-NATO" is tagged an adjective and is no mention of NATO, yet names it: not "NATO bases"
    stances = analysed_stances(
        "Senator Ivo Marsh’s anti-NATO stance worried voters. Minister Ada Roos praised NATO bases on Monday."
    )
    assert held_on(stances, "bases") == {("Ada Roos", 1)}
    assert ("Ivo Marsh", "NATO", -1) in stances
