from faultlines.quotes.found import Found
from faultlines.quotes.indirect import _outermost
from tests.quotes.helpers import quotes_of, said, source


def test_indirect_that_clause(nlp):
    (q,) = quotes_of(nlp, "Transport Minister Ola Berg said that the tunnel would open by 2029.")
    assert (q.kind, said(q), source(q)) == (
        "indirect",
        "the tunnel would open by 2029",
        "Transport Minister Ola Berg",
    )


def test_indirect_without_that_and_organisation_source(nlp):
    (q,) = quotes_of(nlp, "The bank said it would close 40 branches next year.")
    assert said(q) == "it would close 40 branches next year" and source(q) == "The bank"


def test_indirect_according_to(nlp):
    (q,) = quotes_of(nlp, "Exports rose by 8 percent, according to the statistics office.")
    assert said(q) == "Exports rose by 8 percent" and source(q) == "the statistics office"
    assert q.cue.text == "according to"


def test_indirect_cue_closing_the_sentence(nlp):
    (q,) = quotes_of(
        nlp, "The ceasefire must hold through the winter, Foreign Minister Lia Moreau warned on Sunday."
    )
    assert said(q).startswith("The ceasefire must hold") and source(q) == "Foreign Minister Lia Moreau"


def test_indirect_belief_and_possessive_organisation(nlp):
    (q,) = quotes_of(nlp, "Chancellor Ivo Marsh's cabinet maintains that the levy is fair.")
    assert (q.cue.text, source(q)) == ("maintains", "Chancellor Ivo Marsh's cabinet")
    (q,) = quotes_of(nlp, "Ms. Okoye believes the vote can still be won.")
    assert said(q) == "the vote can still be won" and q.cue.text == "believes"


def test_indirect_verb_phrase_cue(nlp):
    (q,) = quotes_of(nlp, "The Courier has learned that the contract was signed in April.")
    assert q.cue.text == "has learned" and source(q) == "The Courier"


def test_indirect_mixed_quote_keeps_its_marks(nlp):
    (q,) = quotes_of(nlp, "The envoy said her country would “never sign” the accord.")
    assert q.kind == "mixed" and said(q) == "her country would “never sign” the accord"
    (q,) = quotes_of(nlp, "The mayor tweeted that the parade was “a huge win.”")
    assert q.kind == "mixed" and q.cue.text == "tweeted"


def test_indirect_nested_attribution_is_not_a_second_quote(nlp):
    quotes = quotes_of(nlp, "The coach hinted that his players do not expect to win the cup.")
    assert [q.cue.text for q in quotes] == ["hinted"]


def test_indirect_relative_clause_between_source_and_cue(nlp):
    quotes = quotes_of(nlp, "Vera Holm, who chairs the committee, said the hearing would resume in May.")
    assert [source(q) for q in quotes] == ["Vera Holm"]


def test_indirect_unbalanced_mark_gives_no_confident_quote(nlp):
    quotes = quotes_of(
        nlp, '"We will carry the county, the senator said to applause. Her opponent was silent.'
    )
    assert all(q.confidence < 0.5 for q in quotes)


def test_indirect_parenthetical_cue_splits_the_content(nlp):
    (q,) = quotes_of(nlp, "The new bridge, the mayor said, will open in the spring.")
    assert said(q) == "The new bridge || will open in the spring." and source(q) == "the mayor"


def test_indirect_object_keeps_what_it_is_called(nlp):
    (q,) = quotes_of(nlp, "The mayor described the budget as a fair compromise.")
    assert said(q) == "the budget as a fair compromise"


def test_indirect_position_verb_with_a_named_object(nlp):
    (q,) = quotes_of(nlp, "The farmers' union endorsed Okafor on Tuesday.")
    assert said(q) == "Okafor" and source(q) == "The farmers' union"


def test_indirect_passive_position_takes_the_agent_as_source(nlp):
    (q,) = quotes_of(nlp, "The tunnel plan was backed by the port authority.")
    assert said(q) == "The tunnel plan" and source(q) == "the port authority"


def test_indirect_prepositional_demand_and_gerund(nlp):
    (q,) = quotes_of(nlp, "The council called for cutting the bus fares.")
    assert said(q) == "cutting the bus fares" and source(q) == "The council"
    (q,) = quotes_of(nlp, "Senator Ruth Obi pointed to the rising cost of rent.")
    assert said(q) == "the rising cost of rent"


def test_indirect_gerund_and_participle_sources(nlp):
    quotes = quotes_of(nlp, "The mayor drew praise for criticizing the toll increase.")
    assert [(q.cue.text, source(q)) for q in quotes] == [("criticizing", "The mayor")]
    quotes = quotes_of(nlp, "The union released a statement condemning the plan to close the plant.")
    assert [(q.cue.text, source(q)) for q in quotes] == [("condemning", "The union | a statement")]


def test_indirect_participle_on_a_message_a_speech_verb_put_out_takes_its_author(nlp):
    # "posted", "wrote" are cues themselves, yet put the message out; "described" speaks about it
    quotes = quotes_of(nlp, "The union posted a video accusing the board of hiding the audit.")
    assert [(q.cue.text, source(q)) for q in quotes] == [("accusing", "The union | a video")]
    quotes = quotes_of(nlp, "The union wrote a letter urging the board to reopen the plant.")
    assert [(q.cue.text, source(q)) for q in quotes] == [("urging", "The union | a letter")]


def test_indirect_participle_on_a_place_of_speaking_takes_the_speaker(nlp):
    text = "The minister spoke at a press conference announcing that the border would reopen."
    quotes = quotes_of(nlp, text)
    assert [(q.cue.text, source(q)) for q in quotes] == [("announcing", "The minister | a press conference")]


def test_indirect_claim_noun_with_that_clause(nlp):
    (q,) = quotes_of(nlp, "Governor Tam's claim that the schools are safe was challenged by parents.")
    assert (
        said(q) == "the schools are safe" and source(q) == "Governor Tam"
    )  # the possessor, without its "'s"
    assert quotes_of(nlp, "The claim that he made was false.") == []


def test_indirect_relative_pronoun_and_its_noun_are_both_sources(nlp):
    (q,) = quotes_of(nlp, "The fund hired a broker who said the shares were overpriced.")
    assert said(q) == "the shares were overpriced" and source(q) == "a broker | who"


def test_indirect_cue_after_an_adjective_takes_its_subject(nlp):
    (q,) = quotes_of(nlp, "Mr. Adeyemi is determined to warn that the levee will not hold.")
    assert said(q) == "the levee will not hold" and source(q) == "Mr. Adeyemi"


def test_indirect_name_compounded_with_a_claim_noun_owns_it(nlp):
    (q,) = quotes_of(nlp, "The Kessler claim that the vote was rigged spread quickly.")
    assert said(q) == "the vote was rigged" and source(q) == "Kessler"


def test_indirect_name_before_a_verb_left_without_subject(nlp):
    (q,) = quotes_of(nlp, "In an interview with the Daily Courier Okafor said that the port would reopen.")
    assert said(q) == "the port would reopen" and source(q).endswith("Okafor")


def test_indirect_passive_cue_subject_is_not_the_source(nlp):
    (q,) = quotes_of(nlp, "The fishermen were told that the harbour would close.")
    assert said(q) == "the harbour would close" and not q.sources


def test_indirect_cue_in_a_relative_clause_reports_what_follows(nlp):
    quotes = quotes_of(nlp, "Rebels downed a drone, which the army said fell near the river town of Okal.")
    assert [(said(q), source(q)) for q in quotes] == [
        ("which || fell near the river town of Okal", "the army")
    ]


def test_indirect_subject_parsed_as_the_cue_object_stays_in_the_clause(nlp):
    quotes = quotes_of(nlp, "The organisers said more than 4,000 runners registered for the race.")
    assert [said(q) for q in quotes] == ["more than 4,000 runners registered for the race"]
    text = "The agency said two crew were hurt, but added the exact cause of the fire remained unclear."
    assert "the exact cause of the fire remained unclear" in [said(q) for q in quotes_of(nlp, text)]


def test_indirect_second_cue_of_the_same_speaker_is_its_own_quote(nlp):
    text = (
        "Mayor Ada Lind said the bridge would reopen in May, adding that repairs had cost twice the estimate."
    )
    quotes = quotes_of(nlp, text)
    assert [(said(q), source(q)) for q in quotes] == [
        ("the bridge would reopen in May", "Mayor Ada Lind"),
        ("repairs had cost twice the estimate", "Mayor Ada Lind"),
    ]
    text = "The ministry said it regretted the delay and said talks with the unions would resume soon."
    assert [said(q) for q in quotes_of(nlp, text)] == [
        "it regretted the delay",
        "talks with the unions would resume soon",
    ]


def test_indirect_opening_phrase_is_not_a_reported_sentence(nlp):
    quotes = quotes_of(nlp, "Later that evening, the minister testified before the budget committee.")
    assert quotes == []


def test_indirect_a_bare_topic_object_is_not_a_quote(nlp):
    assert quotes_of(nlp, "The harbour board condemned the move on Friday.") == []
    assert quotes_of(nlp, "Velsa Rovers claimed victory after the final whistle.") == []
    named = quotes_of(nlp, "The farmers' union endorsed Lena Moor for the seat.")
    assert [said(q) for q in named] == ["Lena Moor for the seat"]
    claimed = quotes_of(nlp, "Ms. Orr accused the board of hiding the report.")
    assert [said(q) for q in claimed] == ["the board of hiding the report"]


def test_indirect_declining_to_comment_says_nothing(nlp):
    assert quotes_of(nlp, "A spokesman for the port declined to comment.") == []
    assert quotes_of(nlp, "The club refused to say.") == []


def test_indirect_refusing_to_speak_says_nothing(nlp):
    assert quotes_of(nlp, "The ferry operator declined to say when the service would resume.") == []
    assert quotes_of(nlp, "A spokeswoman for the mill declined to comment on the report.") == []


def test_indirect_gerund_after_a_denial_is_what_was_said(nlp):
    quotes = quotes_of(nlp, "The coach has always denied breaking the league's rules.")
    assert [(said(q), source(q)) for q in quotes] == [("breaking the league's rules", "The coach")]


def test_indirect_that_clause_hung_on_a_noun_after_the_cue(nlp):
    text = "Fire Chief Ola Brandt told reporters at a news conference that crews began pumping water at dawn."
    quotes = quotes_of(nlp, text)
    assert [(said(q), source(q)) for q in quotes] == [
        ("crews began pumping water at dawn", "Fire Chief Ola Brandt")
    ]


def test_indirect_passive_expectation_without_anyone_expecting_is_not_a_quote(nlp):
    assert quotes_of(nlp, "The paper mill is expected to close its last line next spring.") == []
    quotes = quotes_of(nlp, "The crews were told by the harbour master to leave the docks.")
    assert [source(q) for q in quotes] == ["the harbour master"]


def test_indirect_participle_and_belief_small_clauses_are_not_reported(nlp):
    assert quotes_of(nlp, "Drone footage shows riot police firing tear gas at the crowd.") == []
    assert quotes_of(nlp, "The council considers the old bridge unsafe.") == []
    quotes = quotes_of(nlp, "The council believes the old bridge is unsafe.")
    assert [said(q) for q in quotes] == ["the old bridge is unsafe"]


def test_indirect_according_to_leaves_out_a_participle_comment(nlp):
    text = (
        "The tax office is auditing the shipyard, according to two people familiar with the matter, "
        "adding to a long run of troubles for the firm."
    )
    quotes = quotes_of(nlp, text)
    assert [(said(q), source(q)) for q in quotes] == [
        ("The tax office is auditing the shipyard", "two people familiar with the matter")
    ]


def test_indirect_passive_charge_reports_what_was_charged(nlp):
    quotes = quotes_of(
        nlp, "The Harbour Party was accused on Monday of misleading voters about the ferry fares."
    )
    assert [said(q) for q in quotes] == ["of misleading voters about the ferry fares"]


def test_indirect_cue_inside_a_what_clause_reports_what_follows(nlp):
    quotes = quotes_of(nlp, "This is what Mayor Lind says her budget would cut.")
    assert [said(q) for q in quotes] == ["what || her budget would cut"]


def test_indirect_whether_clause_is_a_question_unless_asked(nlp):
    assert quotes_of(nlp, "The study noted whether the patients had smoked before the trial.") == []
    quotes = quotes_of(nlp, "Councillor Ruth Eng asked whether the pool would reopen in June.")
    assert [said(q) for q in quotes] == ["the pool would reopen in June"]


def test_indirect_subordinate_cue_does_not_report_the_sentence_before_it(nlp):
    text = "The clip had been cut to show the minister silent, when, in fact, she responded."
    assert all(q.cue.text != "responded" for q in quotes_of(nlp, text))


def test_indirect_agreeing_to_act_is_not_a_quote(nlp):
    assert quotes_of(nlp, "The landlord agreed to return the deposit within a week.") == []
    quotes = quotes_of(nlp, "The landlord agreed that the deposit was owed to the tenants.")
    assert [said(q) for q in quotes] == ["the deposit was owed to the tenants"]


def test_indirect_a_bare_topic_after_a_preposition_is_not_a_quote(nlp):
    assert quotes_of(nlp, "Church leaders in Velsa called for a recount.") == []
    quotes = quotes_of(nlp, "The dockers' union called for an end to the night-shift cuts.")
    assert [said(q) for q in quotes] == ["an end to the night-shift cuts"]


def test_indirect_that_clause_after_a_time_phrase(nlp):
    (q,) = quotes_of(nlp, "Ms. Varga claimed at the time that the mill had been sold to a rival.")
    assert (said(q), source(q)) == ("the mill had been sold to a rival", "Ms. Varga")


def test_indirect_adding_that_after_a_direct_quote(nlp):
    text = (
        'In a statement, Norvik Mining said: "The mine was highly profitable when it was sold a decade '
        'ago," adding that its share price doubled within six months.'
    )
    quotes = quotes_of(nlp, text)
    assert [(said(q), source(q)) for q in quotes][-1] == (
        "its share price doubled within six months",
        "Norvik Mining",
    )


def test_indirect_belief_adjective_with_that_clause(nlp):
    (q,) = quotes_of(nlp, "Many growers are afraid that the new tariff will ruin the harvest.")
    assert (q.cue.text, said(q), source(q)) == (
        "afraid",
        "the new tariff will ruin the harvest",
        "Many growers",
    )
    (q,) = quotes_of(nlp, "Residents were frustrated that the council released only part of the report.")
    assert (said(q), source(q)) == ("the council released only part of the report", "Residents")
    assert quotes_of(nlp, "The fund is meant to make sure that small farms get their share.") == []


def test_indirect_declaration_noun_with_its_maker(nlp):
    text = "The ban came despite an earlier declaration by the port authority that the dock was safe."
    (q,) = quotes_of(nlp, text)
    assert (q.cue.text, said(q), source(q)) == ("declaration", "the dock was safe", "the port authority")


def test_indirect_verb_and_claim_noun_give_one_quote_from_the_subject(nlp):
    (q,) = quotes_of(nlp, "Ms. Lind stressed her view that the harbour must stay public.")
    assert (q.cue.text, said(q), source(q)) == ("stressed", "the harbour must stay public", "Ms. Lind")
    (q,) = quotes_of(nlp, "Senator Oduya shared his fear that the mine would close within a year.")
    assert (q.cue.text, source(q)) == ("fear", "Senator Oduya")


def test_indirect_told_whom_that_read_as_a_relative_clause(nlp):
    (q,) = quotes_of(nlp, "Clerk Ivo Brandt tells the radio that he quit over the audit.")
    assert (said(q), source(q)) == ("he quit over the audit", "Clerk Ivo Brandt")


def test_indirect_object_leaves_out_the_writers_description(nlp):
    (q,) = quotes_of(
        nlp, "Critics questioned the wisdom of building the bridge, which has cost twice the estimate."
    )
    assert said(q) == "the wisdom of building the bridge"
    (q,) = quotes_of(nlp, "The minister accused Lars Olsen, a former adviser, of leaking the budget.")
    assert said(q) == "Lars Olsen, a former adviser, of leaking the budget"


def test_indirect_clause_whose_verb_the_tagger_read_as_a_participle(nlp):
    text = "Speaking in Tromso, Lind says the local striker nicknamed “The Rock” is a tireless advocate for children."
    quotes = quotes_of(nlp, text)
    assert [(q.cue.text, source(q)) for q in quotes] == [("says", "Lind")]
    assert said(quotes[0]).endswith("is a tireless advocate for children")


def test_indirect_statement_before_a_semicolon_or_colon_is_not_what_the_cue_reports(nlp):
    text = "It is an unlikely outcome; the mayor's team says she will run again next spring."
    assert [said(q) for q in quotes_of(nlp, text)] == ["she will run again next spring"]
    text = "The vote set off a new row on Friday: critics said the count had been rushed."
    assert [said(q) for q in quotes_of(nlp, text)] == ["the count had been rushed"]


def test_indirect_clause_after_the_cue_before_a_fronted_one(nlp):
    text = "Should the mill close, residents worry that the town will lose its only school."
    assert [said(q) for q in quotes_of(nlp, text)] == ["the town will lose its only school"]
    text = "Cuts will be announced this week, said chair Rita Moen in an email that was seen by reporters."
    assert [said(q) for q in quotes_of(nlp, text)] == ["Cuts will be announced this week"]


def test_indirect_likened_or_attributed_to_keeps_the_to_phrase(nlp):
    (q,) = quotes_of(nlp, "Mr. Holm likened the channel to the state broadcaster.")
    assert said(q) == "the channel to the state broadcaster"
    (q,) = quotes_of(nlp, "Ms. Oza attributed the slump in ferry bookings to the storm warnings.")
    assert said(q) == "the slump in ferry bookings to the storm warnings"


def test_indirect_gerund_joined_to_the_cue_goes_on_with_the_charge(nlp):
    text = "Officials accused the board of waste and using fees as a shield."
    (q,) = quotes_of(nlp, text)
    assert said(q) == "the board of waste and using fees as a shield"


def test_indirect_naming_with_both_parts_read_as_complements(nlp):
    text = "The rivals traded insults for months. Ola Berg called Holm a quack, fake and charlatan."
    quotes = quotes_of(nlp, text)
    assert [(q.cue.text, said(q)) for q in quotes] == [("called", "Holm a quack, fake and charlatan")]


def test_indirect_demand_for_something_to_be_done(nlp):
    text = "Senator Moen called for the bonuses to be paid back by the bank's executives."
    (q,) = quotes_of(nlp, text)
    assert (q.cue.text, said(q), source(q)) == (
        "called",
        "the bonuses to be paid back by the bank's executives",
        "Senator Moen",
    )


def reported(cue: int, start: int, end: int) -> Found:
    return Found([(start, end)], "indirect", "speech-clause", cue=(cue, cue + 4))


def test_indirect_a_cue_inside_what_another_quote_reports_is_dropped():
    outer = reported(0, 10, 60)  # "hinted that [they do not plan to say …]"
    nested = reported(20, 30, 50)
    apart = reported(70, 80, 90)
    assert _outermost([outer, nested, apart]) == [outer, apart]


def test_indirect_nesting_is_found_on_a_long_input():
    # Every quote compared with every other: an article of thousands of quotes took minutes.
    found = [reported(100 * n, 100 * n + 10, 100 * n + 90) for n in range(20_000)]
    found.append(reported(150, 160, 170))  # inside the content of the second quote
    assert len(_outermost(found)) == 20_000


def test_indirect_hoped_is_a_cue_of_belief(nlp):
    # the small model lemmatises "hoped" as "hop", which no cue lexicon lists
    (q,) = quotes_of(nlp, "Ada Roos hoped the harbour board would approve the new ferry route.")
    assert (q.cue.text, said(q), source(q)) == (
        "hoped",
        "the harbour board would approve the new ferry route",
        "Ada Roos",
    )


def test_indirect_that_tagged_a_complementizer_opens_no_content_whatever_the_parse_hung_it_on(nlp):
    # the small model now and then makes the "that" of "told X that ..." the object of the clause's verb
    from faultlines.quotes.indirect import _content_bounds
    from tests.parsed import parsed

    doc = parsed(
        nlp,
        """
        Roos      1  nsubj  PROPN  NNP
        told      1  ROOT   VERB   VBD
        teachers  1  dobj   NOUN   NNS
        that      6  dobj   SCONJ  IN
        they      6  nsubj  PRON   PRP
        were      6  aux    AUX    VBD
        asking    1  ccomp  VERB   VBG
        for       6  prep   ADP    IN
        more      7  pobj   ADJ    JJR
        .         1  punct  PUNCT  .
        """,
    )
    lo, hi = _content_bounds(doc.text, doc[1], 3, 9)
    assert doc.text[lo:hi] == "they were asking for more"
