from tests.quotes.helpers import quotes_of, said, source


def test_direct_cue_after_the_quote(nlp):
    (q,) = quotes_of(nlp, "“The ferry will run again in June,” Harbour Master Ines Kohl said on Monday.")
    assert (q.kind, said(q), q.cue.text, source(q)) == (
        "direct",
        "The ferry will run again in June",
        "said",
        "Harbour Master Ines Kohl",
    )


def test_direct_inverted_cue_drops_the_appositive(nlp):
    (q,) = quotes_of(nlp, '"Nobody is leaving," said Pavel Nemec, the club\'s coach.')
    assert source(q) == "Pavel Nemec"


def test_direct_colon_lead_in_without_a_verb(nlp):
    (q,) = quotes_of(nlp, "The auditor was clear: “The accounts do not add up.”")
    assert source(q) == "The auditor" and q.cue is None


def test_direct_split_quote_is_one_quote_with_two_parts(nlp):
    (q,) = quotes_of(nlp, "“When the lights went out,” Omar Diallo said, “we kept on playing.”")
    assert [c.text for c in q.contents] == ["When the lights went out", "we kept on playing."]


def test_direct_told_names_the_addressee(nlp):
    (q,) = quotes_of(
        nlp, '"We will keep the clinic open," Health Minister Rana Aziz told Radio Kesh on Friday.'
    )
    assert source(q) == "Health Minister Rana Aziz" and q.addressed.text == "Radio Kesh"


def test_direct_anonymous_descriptor_is_the_source(nlp):
    (q,) = quotes_of(nlp, "“The deal is dead,” a senior diplomat said, speaking on condition of anonymity.")
    assert source(q) == "a senior diplomat"


def test_direct_guillemets_and_dash_attribution(nlp):
    (q,) = quotes_of(nlp, "«Nous partons demain», said the Belgian envoy, Marc Dufour.")
    assert said(q) == "Nous partons demain" and source(q) == "the Belgian envoy"
    (q,) = quotes_of(nlp, "“A fair result for everyone.” — Chief Justice Ada Mensah")
    assert source(q) == "Chief Justice Ada Mensah"


def test_direct_nested_marks_stay_inside_the_content(nlp):
    (q,) = quotes_of(
        nlp, "“He turned and said, ‘Go home,’ then shut the gate,” the driver, Ivo Petrov, testified."
    )
    assert "‘Go home,’" in said(q) and source(q) == "the driver"


def test_direct_scare_quotes_and_nicknames_are_not_quotes(nlp):
    assert quotes_of(nlp, "Police detained a man known as “Tiny” on Monday.") == []
    assert quotes_of(nlp, "The band's “farewell tour” began in Lyon.") == []


def test_direct_relative_pronoun_source_follows_its_noun(nlp):
    (q,) = quotes_of(nlp, "The crowd cheered a nurse who said: “We are tired of waiting.”")
    assert source(q) == "a nurse | who"  # the noun first: the speaker is resolved from it


def test_direct_dash_source_after_a_no_break_space(nlp):
    (q,) = quotes_of(nlp, "“The trains never run on time.” ―\xa0Dora Lindqvist")
    assert said(q) == "The trains never run on time." and source(q) == "Dora Lindqvist"


def test_direct_warned_names_the_addressee(nlp):
    (quote,) = quotes_of(nlp, '"The river will rise again," the engineer warned the council on Monday.')
    assert quote.addressed is not None
    assert quote.addressed.text == "the council"
    assert quote.speaker is None and quote.addressee is None  # the actors stage alone sets them


def test_direct_sentence_with_its_own_clause_before_the_quote_is_one_mixed_quote(nlp):
    text = 'Fares have risen "sharply" this year, but for now, "we cannot cut them," chief executive Ivo Lark said.'
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "mixed"
    assert said(quote) == 'Fares have risen "sharply" this year, but for now, "we cannot cut them'
    assert source(quote) == "chief executive Ivo Lark"


def test_direct_doubled_single_marks_quote_with_their_cue(nlp):
    (quote,) = quotes_of(nlp, "''The dam will hold,'' engineer Rui Sato said on Monday.")
    assert (said(quote), source(quote)) == ("The dam will hold", "engineer Rui Sato")


def test_direct_participle_before_a_quoted_word_is_no_cue(nlp):
    (q,) = quotes_of(
        nlp,
        "Aide Tomas Brandt told reporters on Monday that the mayor expects Pell to answer "
        "for his supposed “lies” during the hearing.",
    )
    assert (q.kind, q.cue.text, source(q)) == ("mixed", "told", "Aide Tomas Brandt")


def test_direct_particle_of_another_verb_is_no_cue(nlp):
    text = (
        '"Waivers should not be a condition of the inquiry," Senator Ada Lunde said in a statement, '
        'adding that the waivers were handed out "like sweets."'
    )
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.cue.text) for q in quotes] == [("direct", "said"), ("mixed", "adding")]


def test_direct_what_someone_calls_a_thing_after_the_quote_is_not_its_cue(nlp):
    text = 'Spokeswoman Ada Roos said by email that, "Of course the mayor will defend himself" against what the council sees as an attack.'
    (quote,) = quotes_of(nlp, text)
    assert source(quote) == "Spokeswoman Ada Roos"


def test_direct_owner_of_the_show_after_the_cue_is_no_source(nlp):
    # the parse leaves "said" without a subject: the nearest name is the channel owning the show
    (q,) = quotes_of(
        nlp,
        "“He is absolutely right. There is a real gap between this cabinet and frankly the premier and"
        " our navy,” Ostrova, a senior Kell adviser, said Monday night on Channel Nine's “Late Desk.”",
    )
    assert source(q) == "Ostrova"


def test_direct_cue_after_a_bracketed_party_label(nlp):
    # the brackets push the cue past the words a cue may open the frame with
    (q,) = quotes_of(
        nlp,
        "“She would make a fine mayor. Not good, fine. One of the ablest people on the council,”"
        " Councillor Rosa M. Delgado (L-Harbourside) said in an interview.",
    )
    assert (q.cue.text, source(q)) == ("said", "Councillor Rosa M. Delgado")


def test_direct_cue_whose_clause_after_a_comma_opens_with_a_subordinate_one(nlp):
    # the parse hangs the clause after "after he admitted" on "told": what she told him is the quote
    text = (
        "“You should step down. You should repay the bonus you took while the fraud went on,”"
        " Ada Lunde told Piet Haverkamp, after he admitted under Lunde’s questioning he hadn’t yet"
        " been held personally responsible for the failures of his staff."
    )
    direct = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert [(q.cue.text, source(q)) for q in direct] == [("told", "Ada Lunde")]


def test_direct_cue_after_a_long_subject_that_is_all_the_frame_says_before_it(nlp):
    (q,) = quotes_of(
        nlp, '"This will be a big year," Ruiz\'s niece, state Del. Ada Lunde, shouted to the crowd.'
    )
    assert (q.kind, said(q), q.cue.text) == ("direct", "This will be a big year", "shouted")
