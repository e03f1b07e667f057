"""Quoted judgements of a thing by what it does, here by the state it leaves something in."""

from __future__ import annotations

import pytest

from tests.stances.helpers import analysed_stances, held_on

HEADLINE = "Borland council weighs a tram levy.\n\n"


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("The tram levy makes our town weaker", -1),
        ("The tram levy made the harbour safer", 1),
        ("The tram levy made him stronger", None),  # how a person fares is no side on the levy
        ("The tram levy makes it harder to shop", None),  # how hard a task is takes no side
        ("The tram levy would make the town poorer", -1),  # a measure judged by what it would do
        ("The tram levy could make the town poorer", None),  # left open
        ("The tram levy does not make the town poorer", None),  # a point granted, no side
        # the parse takes the denied "richer" for the state: no side rather than the wrong one
        ("The tram levy adds a cost and makes shops poorer, not richer", None),
    ],
)
def test_effects_a_thing_is_judged_by_the_state_it_leaves_something_in(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


def test_effects_a_general_noun_judged_by_what_it_leaves_opposes_one_praising_it(nlp):
    text = (
        "Borland weighs new tariffs on steel.\n\n"
        '"Tariffs, like any duty, make both sides poorer," said Lena Pratt. '
        '"Tariffs have strengthened our hand in the talks," said Dan Ferro.'
    )
    assert held_on(analysed_stances(text), "tariffs") == {("Lena Pratt", -1), ("Dan Ferro", 1)}


@pytest.mark.parametrize(
    ("text", "holder", "word", "polarity"),
    [
        ('"The new fees on timber will hurt families," Ada Roos said.', "Ada Roos", "fees", -1),
        ('"The Harbour Renewal Act would devastate our towns," Ada Roos said.', "Ada Roos", "harbour", -1),
        ('"Governor Hale\'s budget will help families," said Ada Roos.', "Ada Roos", "budget", 1),
        ('"Closing the depot will make things worse," Ada Roos said.', "Ada Roos", "closing", -1),
        (
            '"The merger with Kestrel would protect our rivers," Westmoor Energy said.',
            "Westmoor Energy",
            "merger",
            1,
        ),
        (
            '"The plan to close the depot is going to hurt small farms," Ada Roos said.',
            "Ada Roos",
            "clos",
            -1,
        ),
        ("Ada Roos said the new fees on timber would hurt families.", "Ada Roos", "fees", -1),
        ("Ada Roos warned that the merger with Kestrel would hurt small farms.", "Ada Roos", "merger", -1),
        ('"It will hurt families," Ada Roos said of the plan to close the depot.', "Ada Roos", "clos", -1),
        ('"The new fees on timber would cost jobs," Ada Roos said.', "Ada Roos", "fees", -1),  # a loss
        ("Ada Roos argued that the merger with Kestrel would cost jobs.", "Ada Roos", "merger", -1),
        ('"The new fees on timber will undermine our schools," Ada Roos said.', "Ada Roos", "fees", -1),
        ('"The merger with Kestrel will strengthen our towns," said Ada Roos.', "Ada Roos", "merger", 1),
        ("Ada Roos said the merger with Kestrel would create thousands of jobs.", "Ada Roos", "merger", 1),
        ("Ada Roos said the new fees on timber would cost hundreds of jobs.", "Ada Roos", "fees", -1),
    ],
)
def test_effects_a_measure_is_judged_by_what_a_speaker_says_it_will_do(nlp, text, holder, word, polarity):
    assert held_on(analysed_stances(text), word) == {(holder, polarity)}


def test_effects_it_after_a_budget_the_narration_named_is_judged_against_its_maker(nlp):
    text = 'Governor Hale unveiled his budget on Monday. "It will hurt families," said Ada Roos.'
    assert held_on(analysed_stances(text), "budget") == {("Ada Roos", -1), ("Hale", 1)}


@pytest.mark.parametrize(
    "text",
    [
        '"The storm will hurt families," Ada Roos said.',  # nobody proposed the storm
        '"Prices will rise next year," Ada Roos said.',
        "Ada Roos warned that the drought would hurt farmers.",
        '"The new fees on timber might help or hurt families," Ada Roos said.',  # left open
        '"The new fees on timber could hurt families," Ada Roos said.',
        '"Will the new fees on timber help families?" Ada Roos asked.',
        '"It is hard to say whether the new fees on timber will help," Ada Roos said.',
        '"Not paying the fees makes me smart," Ada Roos said.',  # its topic would lose its "not"
        '"Governor Hale\'s loss would hurt the party," Ada Roos said.',  # an event, not a measure
        '"If the fees pass, they will hurt families," Ada Roos said.',  # only under a condition
        '"Critics say the new fees on timber will hurt families," Ada Roos said.',  # another's words
        '"The new fees on timber would cost the port $5 million a year," Ada Roos said.',  # a price
        '"The new fees on timber would cost thousands of dollars," Ada Roos said.',  # a price counted
    ],
)
def test_effects_a_forecast_of_no_measure_or_left_open_is_no_stance(nlp, text):
    assert not analysed_stances(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a numbered ballot measure and a priced package are measures a forecast judges
        ('"Proposition 9 will hurt families," Ada Roos said.', "proposition"),
        ('"The $3 billion rescue package will hurt families," Ada Roos said.', "package"),
    ],
)
def test_effects_a_forecast_judges_a_measure_named_by_number_or_price(text, word):
    assert held_on(analysed_stances(text), word) == {("Ada Roos", -1)}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("Raising the tram levy really needs to stop", -1),  # a demand that an act stop
        ("Raising the tram levy has to end", -1),
        ("Raising the tram levy should stop", -1),
        ("Raising the tram levy will end in May", None),  # a forecast takes no side
        ("Raising the tram levy might stop", None),
        ("Raising the tram levy has yet to stop", None),  # not done so far, nothing asked
    ],
)
def test_effects_a_demand_that_an_act_stop_is_against_it(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("The tram levy is working", 1),  # a measure judged by whether it does its job
        ("The tram levy simply hasn't worked", -1),
        ("Raising the tram levy backfired", -1),
        ("Raising the tram levy makes sense", 1),
        ("Raising the tram levy makes no sense", -1),
        ("The tram levy could work", None),  # left open
        ("The tram levy works fine if you live downtown", None),  # a condition takes no side
        ("The tram levy works with any bank card", None),  # what it works with is no judgement
        ("Raising the tram levy creates jobs", 1),  # a good its object names
        ("Raising the tram levy drives innovation and reduces costs", 1),
        ("Raising the tram levy could create jobs", None),
        # a measure that fails at its aim, whatever the aim: "nothing" is no defence here
        ("The tram levy does nothing to help the shops", -1),
        ("The tram levy did little to boost the town", -1),
        ("The tram levy did nothing to stop the congestion", -1),
        ("The tram levy harmed nobody", 1),  # harming no one defends it
    ],
)
def test_effects_a_measure_is_judged_by_whether_it_works(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


def test_effects_a_person_told_to_stop_is_no_act_halted(nlp):
    text = f'{HEADLINE}"Tomas Berg needs to stop," said Councillor Mara Ruiz.'
    assert not analysed_stances(text)


@pytest.mark.parametrize(
    "quote",
    [
        "The tram crews are working around the clock",
        "Our system works well",
        "I worked on the levy for years",
    ],
)
def test_effects_people_or_a_state_of_things_working_take_no_side(nlp, quote):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        # a verb joined to another shares its subject, and its modals and negation when bare
        ("Raising the tram levy drives shoppers away and hurts families", -1),
        ("Raising the tram levy will drive shoppers away and hurt families", -1),
        ("The tram levy is unfair and hurts families", -1),
        ("Raising the tram levy could drive shoppers away and hurt families", None),
        ("If raising the tram levy drives shoppers away and hurts families, we will know", None),
    ],
)
def test_effects_a_coordinated_verb_judges_the_subject_it_shares(nlp, quote, polarity):
    text = f'{HEADLINE}"{quote}," said Councillor Mara Ruiz.'
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(text), "levy") == expected


def test_effects_a_coordinated_forecast_of_no_measure_is_no_stance(nlp):
    text = f'{HEADLINE}"The storm will flood the port and hurt the tram levy takings," said Mara Ruiz.'
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Mara Ruiz said the Borland council made the mistake of raising the tram levy.", -1),
        ('"The council made a terrible mistake by raising the tram levy," said Mara Ruiz.', -1),
        ("Mara Ruiz said the council made the right call in raising the tram levy.", 1),
        ('"The council did not make the mistake of raising the tram levy," said Mara Ruiz.', None),
        ('"The council could make the mistake of raising the tram levy," said Mara Ruiz.', None),
        ('"I made the mistake of backing the tram levy," said Mara Ruiz.', None),  # a regret
        ('"The council made a fortune by raising the tram levy," said Mara Ruiz.', None),
    ],
)
def test_effects_a_mistake_made_judges_the_act_it_names(nlp, text, polarity):
    expected = {("Mara Ruiz", polarity)} if polarity else set()
    assert held_on(analysed_stances(HEADLINE + text), "rais") == expected


@pytest.mark.parametrize("measure", ["Sequestration", "The austerity", "The curfew", "The crackdown"])
def test_effects_a_measure_imposed_is_judged_by_the_harm_it_did(nlp, measure):
    text = f'Borland weighs its options.\n\n"{measure} severely handicapped our schools," said Mara Ruiz.'
    assert {(holder, side) for holder, _, side in analysed_stances(text)} == {("Mara Ruiz", -1)}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ('"Mayor Ada Roos has done a wonderful job for the harbour," said Piet Vale, a council member.', 1),
        ('"Mayor Ada Roos did a terrible job on the harbour," said Piet Vale, a council member.', -1),
    ],
)
def test_effects_whoever_did_a_job_is_judged_by_how_it_was_done(quote, polarity):
    assert held_on(analysed_stances(quote), "roos") == {("Piet Vale", polarity)}


def test_effects_the_speakers_own_job_judges_no_one():
    quote = '"We did a great job on the harbour," said Piet Vale, a council member.'
    assert analysed_stances(quote) == set()
