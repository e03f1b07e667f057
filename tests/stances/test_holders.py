"""Who holds a stance expression: quote speakers, coordinated speakers, stated positions."""

from __future__ import annotations

import pytest

from faultlines.model import Actor, Analysis, Quote, Ref
from faultlines.stances.holders import Holders, Holding
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from tests.stances.helpers import analysed_stances, held_on


def _setup(nlp, text: str, names: list[str]):
    analysis = Analysis(id="test", text=text)
    for n, name in enumerate(names, 1):
        at = text.index(name)
        analysis.actors.append(Actor(f"a{n}", name, "person", mentions=[analysis.span(at, at + len(name))]))
    doc = nlp(text)
    return analysis, doc, find(doc, load())


def _said(analysis: Analysis, content: str, cue: str, speaker: Actor | None) -> None:
    start, cue_at = analysis.text.index(content), analysis.text.index(cue)
    ref = Ref(speaker.id, speaker.name) if speaker else None
    contents = [analysis.span(start, start + len(content))]
    cue_span = analysis.span(cue_at, cue_at + len(cue))
    analysis.quotes.append(Quote(f"q{len(analysis.quotes) + 1}", "indirect", contents, cue_span, speaker=ref))


def test_holders_speaker_of_the_quote_holds_it(nlp):
    analysis, doc, (expr,) = _setup(nlp, "Judge Ana Frey said the new prison is a grave error.", ["Ana Frey"])
    _said(analysis, "the new prison is a grave error", "said", analysis.actors[0])
    holding = Holders(analysis, doc).of(expr)
    assert holding.actors == ("a1",) and holding.quote == "q1"


def test_holders_coordinated_speakers_all_hold_it(nlp):
    text = "Ana Frey and Tomas Lind said they oppose the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey", "Tomas Lind"])
    _said(analysis, "they oppose the river toll", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ("a1", "a2")


def test_holders_stated_position_outside_quotes_is_its_subject(nlp):
    analysis, doc, (expr,) = _setup(nlp, "Tomas Lind rejects the river toll.", ["Tomas Lind"])
    holding = Holders(analysis, doc).of(expr)
    assert holding.actors == ("a1",) and holding.quote is None


def test_holders_narrator_judgement_has_no_holder(nlp):
    analysis, doc, (expr,) = _setup(nlp, "Tomas Lind arrived. The toll is a mistake.", ["Tomas Lind"])
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_a_readers_letter_holds_what_it_judges_in_its_own_words(nlp):
    page = (
        "LETTERS.\n\nThe harbour toll is a mistake.\n\nNora Vance.\n\n"
        'My neighbour told me: "The ferry fare is a disgrace." I am not sure.\n\nOscar Lindqvist.\n'
    )
    analysis, doc, exprs = _setup(nlp, page, ["Nora Vance", "Oscar Lindqvist"])
    holders = Holders(analysis, doc)
    toll, fare = (next(e for e in exprs if doc[e.topic].text == word) for word in ("toll", "fare"))
    assert holders.of(toll).actors == ("a1",)
    # the neighbour's words, quoted in Oscar Lindqvist's letter, are not his
    assert holders.of(fare).actors == ()


def test_holders_quote_without_known_speaker_gives_nobody(nlp):
    analysis, doc, (expr,) = _setup(nlp, "Officials said the toll is a mistake.", [])
    _said(analysis, "the toll is a mistake", "said", None)
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_promise_outside_quotes_is_its_subjects(nlp):
    analysis, doc, (expr,) = _setup(
        nlp, "Brightwater will build the desalination plant next year.", ["Brightwater"]
    )
    assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_quoted_promise_stays_with_the_speaker(nlp):
    text = "Brightwater will build the plant, Mayor Ines Kahn said."
    analysis, doc, (expr,) = _setup(nlp, text, ["Brightwater", "Ines Kahn"])
    analysis.actors[0].kind = "organisation"
    _said(analysis, "Brightwater will build the plant", "said", analysis.actors[1])
    assert Holders(analysis, doc).of(expr).actors == ("a2",)


def test_holders_another_persons_quoted_promise_is_theirs(nlp):
    text = "Ada Roos said Bo Lind will build the plant."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ada Roos", "Bo Lind"])
    _said(analysis, "Bo Lind will build the plant", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ("a2",)


def test_holders_apposition_names_the_subject(nlp):
    text = "The harbour's director, Lena Voss, defended the dredging contract."
    analysis, doc, (expr,) = _setup(nlp, text, ["Lena Voss"])
    assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_unnamed_group_holds_nothing(nlp):
    text = "Some voters oppose the river toll."
    analysis = Analysis(id="test", text=text)
    analysis.actors.append(Actor("g1", "voters", "group", mentions=[analysis.span(5, 11)]))
    doc = nlp(text)
    (expr,) = find(doc, load())
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_refusal_to_endorse_is_its_subjects(nlp):
    analysis, doc, (expr,) = _setup(nlp, "Ana Frey refused to endorse the river toll.", ["Ana Frey"])
    assert expr.polarity == -1 and Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_third_person_in_a_quote_is_not_the_speaker(nlp):
    text = "Ana Frey said the engineers oppose the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey"])
    _said(analysis, "the engineers oppose the river toll", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_group_led_by_a_named_actor_is_the_leaders(nlp):
    text = "Nine towns led by Brill are challenging the river toll."
    analysis, doc, exprs = _setup(nlp, text, ["Brill"])
    (expr,) = [e for e in exprs if e.polarity]
    assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_name_in_apposition_beats_the_description(nlp):
    text = "Another radio host, Lena Voss, denounced the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["radio host", "Lena Voss"])
    assert Holders(analysis, doc).of(expr).actors == ("a2",)


def test_holders_it_after_a_country_is_the_country(nlp):
    text = "Borduria said it opposes the river toll."
    analysis = Analysis(id="test", text=text)
    analysis.actors.append(Actor("c1", "Borduria", "country", mentions=[analysis.span(0, 8)]))
    doc = nlp(text)
    (expr,) = find(doc, load())
    _said(analysis, "it opposes the river toll", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ("c1",)


def test_holders_its_after_another_body_in_the_quote_is_not_the_speakers():
    text = "President Ivo Marsh imposed sanctions on the Zapatistas for its support of the strike, the Harbor Council said."
    assert ("Harbor Council", 1) not in held_on(analysed_stances(text), "strike")


@pytest.mark.parametrize("verb", ["balked at", "has balked at", "had blocked"])
def test_holders_it_acting_in_any_tense_is_the_body_named_before(verb):
    # the perfect is an act as the past is; only a participle with no "have" is a state
    text = f"The Alliance for Clean Harbours needs money, but it {verb} the harbour plan."
    assert held_on(analysed_stances(text), "harbour") == {("Alliance for Clean Harbours", -1)}


def test_holders_it_after_a_person_is_not_the_person(nlp):
    text = "Ana Frey said it opposes the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey"])
    _said(analysis, "it opposes the river toll", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_described_document_speaks_for_nobody(nlp):
    text = "The report said the river toll is a mistake."
    analysis = Analysis(id="test", text=text)
    analysis.actors.append(Actor("o1", "the report", "organisation", mentions=[analysis.span(0, 10)]))
    doc = nlp(text)
    (expr,) = find(doc, load())
    _said(analysis, "the river toll is a mistake", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ()


@pytest.mark.parametrize(("speaker", "holds"), [("the senator", True), ("a senior engineer", False)])
def test_holders_described_person_holds_a_quote_only_when_pointed_to(nlp, speaker, holds):
    text = f"{speaker.capitalize()} said the river toll is a mistake."
    analysis = Analysis(id="test", text=text)
    analysis.actors.append(Actor("p1", speaker, "person", mentions=[analysis.span(0, len(speaker))]))
    doc = nlp(text)
    (expr,) = find(doc, load())
    _said(analysis, "the river toll is a mistake", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == (("p1",) if holds else ())


def test_holders_cue_governing_a_mixed_quote_gives_its_speaker(nlp):
    text = 'Ana Frey said she opposes the "river toll" plan.'
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey"])
    _said(analysis, "river toll", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr) == Holding(("a1",), "q1")


def test_holders_innermost_of_many_quotes_holds_it(nlp):
    text = "Ana Frey said Tomas Lind told her the river toll is a mistake. Lind said more."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey", "Tomas Lind"])
    _said(analysis, "Tomas Lind told her the river toll is a mistake", "said", analysis.actors[0])
    _said(analysis, "the river toll is a mistake", "told", analysis.actors[1])
    assert Holders(analysis, doc).of(expr) == Holding(("a2",), "q2")


def test_holders_coordinated_subjects_both_hold_it(nlp):
    analysis, doc, (expr,) = _setup(
        nlp, "Ana Frey and Tomas Lind oppose the river toll.", ["Ana Frey", "Tomas Lind"]
    )
    assert Holders(analysis, doc).of(expr).actors == ("a1", "a2")


def test_holders_subject_compared_with_like_shares_it(nlp):
    text = "Ana Frey, like Tomas Lind, opposes the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey", "Tomas Lind"])
    assert Holders(analysis, doc).of(expr).actors == ("a1", "a2")


def test_holders_relative_clause_is_its_antecedents_alone(nlp):
    text = "Guests included Ana Frey, who opposes the river toll, and her husband, Tomas Lind."
    analysis, doc, exprs = _setup(nlp, text, ["Ana Frey", "Tomas Lind"])
    (expr,) = [e for e in exprs if e.polarity]
    assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_person_before_prefers_a_named_subject(nlp):
    text = "Ines Marr said Tomas Lind was right to say that under Pavel Hoss the port decayed. He is right."
    analysis, doc, _ = _setup(nlp, text, ["Ines Marr", "Tomas Lind", "Pavel Hoss"])
    he = next(t.i for t in doc if t.text == "He")
    assert Holders(analysis, doc).person_before(he, ("a1",)) == "a2"


def test_holders_person_before_passes_over_a_subject_of_a_relative_clause(nlp):
    text = "Ines Marr said Tomas Lind did all the things right that Pavel Hoss did wrong. He was calm."
    analysis, doc, _ = _setup(nlp, text, ["Ines Marr", "Tomas Lind", "Pavel Hoss"])
    he = next(t.i for t in doc if t.text == "He")
    assert Holders(analysis, doc).person_before(he, ("a1",)) == "a2"


def test_holders_a_name_inside_a_description_is_not_the_described_actor(nlp):
    text = "A passionate defender of Velmor Radio, Ivo Marsh spoke."
    analysis, doc, _ = _setup(nlp, text, ["Ivo Marsh"])
    described = "A passionate defender of Velmor Radio"
    analysis.actors[0].mentions.append(analysis.span(0, len(described)))
    actor_at = Holders(analysis, doc).actor_at
    radio = next(t.i for t in doc if t.text == "Radio")
    defender = next(t.i for t in doc if t.text == "defender")
    assert radio not in actor_at and actor_at[defender] == "a1"


def _body(nlp, text: str, name: str):
    """``text`` starting with the body ``name``, which the actors list lower-cased ("the agency")."""
    analysis, doc, found = _setup(nlp, text, [])
    mention = analysis.span(0, len(name))
    analysis.actors.append(Actor("a1", "t" + name[1:], "organisation", mentions=[mention]))
    return analysis, doc, found


def test_holders_body_named_by_its_place_or_owner_holds_it(nlp):
    for text, name in (
        ("The city of Velmor rejects the river toll.", "The city of Velmor"),
        ("The Lind campaign rejects the river toll.", "The Lind campaign"),
    ):
        analysis, doc, (expr,) = _body(nlp, text, name)
        assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_unnamed_body_holds_nothing(nlp):
    analysis, doc, (expr,) = _body(nlp, "The agency rejects the river toll.", "The agency")
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_he_in_a_speakers_own_words_is_someone_else(nlp):
    text = '"He backs the river toll," Ana Frey said.'
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey"])
    start = text.index("He")
    contents = [analysis.span(start, start + len("He backs the river toll"))]
    cue = analysis.span(text.index("said"), text.index("said") + 4)
    analysis.quotes.append(Quote("q1", "direct", contents, cue, speaker=Ref("a1", "Ana Frey")))
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_names_joined_apart_from_the_speaker_say_nothing(nlp):
    # a subject the parse found besides the resolved speaker (a show's title, say) is no speaker
    text = "Brent and Cole said the toll is a mistake, Ana Frey wrote."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey", "Brent", "Cole"])
    _said(analysis, "the toll is a mistake", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_a_body_named_after_an_actor_is_that_actor(nlp):
    text = "The Herald and the Lindqvist newspaper group filed papers opposing the river toll."
    analysis, doc, exprs = _setup(nlp, text, ["Herald", "Lindqvist"])
    assert {a for e in exprs for a in Holders(analysis, doc).of(e).actors} == {"a1", "a2"}


def test_holders_a_body_named_after_a_person_is_not_that_person(nlp):
    text = "The Ana Frey campaign rejects the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey"])
    assert Holders(analysis, doc).of(expr).actors == ()


def test_holders_its_in_a_bodys_words_is_the_body(nlp):
    text = "Vesta Energy says it met its aim of backing the dam early."
    analysis, doc, exprs = _setup(nlp, text, ["Vesta Energy"])
    analysis.actors[0].kind = "organisation"
    _said(analysis, "it met its aim of backing the dam early", "says", analysis.actors[0])
    assert ("a1",) in [Holders(analysis, doc).of(e).actors for e in exprs]


def test_holders_a_stance_inside_a_claim_has_no_holder(nlp):
    text = "The video contradicts the earlier claim that Ana Frey had refused to back the river toll."
    analysis, doc, exprs = _setup(nlp, text, ["Ana Frey"])
    assert [Holders(analysis, doc).of(e).actors for e in exprs] == [()] * len(exprs)
    analysis, doc, exprs = _setup(nlp, "Ana Frey had refused to back the river toll.", ["Ana Frey"])
    assert ("a1",) in [Holders(analysis, doc).of(e).actors for e in exprs]


def test_holders_a_report_relayed_in_a_quote_is_not_its_subjects_stance(nlp):
    text = "Ana Frey said the advert wrongly suggests that Vesta supports the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey", "Vesta"])
    _said(
        analysis, "the advert wrongly suggests that Vesta supports the river toll", "said", analysis.actors[0]
    )
    assert Holders(analysis, doc).of(expr).actors == ()
    text = "Ana Frey said that Vesta supports the river toll."
    analysis, doc, (expr,) = _setup(nlp, text, ["Ana Frey", "Vesta"])
    _said(analysis, "Vesta supports the river toll", "said", analysis.actors[0])
    assert Holders(analysis, doc).of(expr).actors == ("a2",)


def test_holders_a_relative_clause_in_a_report_is_the_speakers_description_not_relayed(nlp):
    text = "Ana Frey said she hoped the vote would open talks with Vesta, which has refused to back the toll."
    analysis, doc, exprs = _setup(nlp, text, ["Ana Frey", "Vesta"])
    content = "she hoped the vote would open talks with Vesta, which has refused to back the toll"
    _said(analysis, content, "said", analysis.actors[0])
    assert ("a2",) in [Holders(analysis, doc).of(e).actors for e in exprs]


def test_holders_a_bare_body_noun_is_the_body_named_before_with_that_head():
    text = "The Velmor Port Agency met on Monday. Later the agency rejected the river toll."
    assert held_on(analysed_stances(text), "toll") == {("Velmor Port Agency", -1)}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos and Ben Kole spoke on Friday. They criticised the harbour levy.",
        "The post caught the eye of two senators: Ada Roos and Ben Kole. They criticised the harbour levy.",
    ],
)
def test_holders_they_is_the_pair_named_before(text):
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", -1), ("Ben Kole", -1)}


def test_holders_they_who_said_it_is_the_pair_named_before():
    text = "Ada Roos and Ben Kole met the harbour master on Friday. They said the harbour levy is a disgrace."
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", -1), ("Ben Kole", -1)}


def test_holders_they_after_an_unnamed_plural_is_nobody():
    text = "Ada Roos and Ben Kole met the union leaders. They criticised the harbour levy."
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "When Ada Roos ran against Senator Ben Kole, both men criticised the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1)},
        ),
        (
            "The levy was drafted under Mayor Ada Roos and extended by Ben Kole. The two mayors "
            "criticised the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1)},
        ),
        (
            "France and Germany met on Monday. Both countries criticised the harbour levy.",
            {("France", -1), ("Germany", -1)},
        ),
        ("Ada Roos met Ben Kole and Cy Marr. The two men criticised the harbour levy.", set()),
        ("Ada Roos said the two leaders criticised the harbour levy.", set()),
        (
            "Cy Marr and Dee Holt spoke first. Then the two witnesses, Ada Roos and Ben Kole, "
            "criticised the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1)},
        ),
    ],
)
def test_holders_a_counted_description_is_as_many_named_before(text, held):
    assert held_on(analysed_stances(text), "levy") == held


@pytest.mark.parametrize(
    "text",
    [
        "Two northern states, Peru and Chile, criticised the harbour levy.",
        "The only two states to have signed the pact - Peru and Chile - also criticised the harbour levy.",
    ],
)
def test_holders_each_name_listed_in_apposition_holds_it(text):
    assert held_on(analysed_stances(text), "levy") == {("Peru", -1), ("Chile", -1)}


def test_holders_they_in_a_bodys_words_is_the_body():
    stances = analysed_stances("The Velmor Port Agency said they have no plans to release the harbour audit.")
    assert held_on(stances, "audit") == {("Velmor Port Agency", -1)}


def test_holders_what_others_will_do_in_a_quote_is_not_the_speakers_promise(nlp):
    text = "Ana Frey said that they will scrap the river toll."
    analysis, doc, exprs = _setup(nlp, text, ["Ana Frey"])
    _said(analysis, "they will scrap the river toll", "said", analysis.actors[0])
    promised = [e for e in exprs if e.committer is not None]
    assert promised and [Holders(analysis, doc).of(e).actors for e in promised] == [()] * len(promised)
    text = "Ana Frey said that we will scrap the river toll."
    analysis, doc, exprs = _setup(nlp, text, ["Ana Frey"])
    _said(analysis, "we will scrap the river toll", "said", analysis.actors[0])
    assert ("a1",) in [Holders(analysis, doc).of(e).actors for e in exprs if e.committer is not None]


def test_holders_what_unnamed_critics_claim_is_not_the_named_speakers():
    stances = analysed_stances(
        "Senator Kim Lind called on members to reject the harbour levy after some critics claimed"
        " that the harbour judge was a disgrace."
    )
    assert stances == {("Kim Lind", "harbour levy", -1)}


def test_holders_police_of_a_named_town_hold_their_denial():
    stances = analysed_stances("The Kestra police have denied the claims of misconduct.")
    assert held_on(stances, "claims") == {("the Kestra police", -1)}


def test_holders_an_envoy_named_only_later_holds_the_charge_he_makes():
    text = (
        "Velmor’s ambassador in London accused British officials of interfering in Velmor’s trade talks. "
        "Velmor’s ambassador in London Liu Tan has said that the talks will go on."
    )
    assert ("Liu Tan", -1) in held_on(analysed_stances(text), "interfering")


def test_holders_a_described_source_holds_no_charge():
    text = "The businessman accused British officials of interfering in Velmor’s trade talks."
    assert held_on(analysed_stances(text), "interfering") == set()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Ohio legislature voted against the harbour plan.", "Ohio legislature"),
        ("The government of Peru voted against the harbour plan.", "Peru government"),
        ("The city council of Lyon voted against the harbour plan.", "Lyon city council"),
        ("Lyon's city council rejected the harbour plan.", "Lyon city council"),
        ("The Supreme Court of Peru rejected the harbour plan.", "Supreme Court of Peru"),
        ("The state of Texas sued over the harbour plan.", "Texas"),
        ("House Democrats voted against the harbour plan.", "House Democrats"),
        ("The Alliance for Clean Harbours voted against the harbour plan.", "Alliance for Clean Harbours"),
        (
            "The Alliance for Clean Harbours, a critic of the harbour plan, met on Monday.",
            "Alliance for Clean Harbours",
        ),
        (
            "The Alliance for Clean Harbours, which has long opposed the harbour plan, met.",
            "Alliance for Clean Harbours",
        ),
        ("The mayor of Lyon, Ada Roos, voted against the harbour plan.", "Ada Roos"),
        ("The government of Peru, a critic of the harbour plan, met on Monday.", "Peru government"),
        (
            "The legislature of Ohio, which has long opposed the harbour plan, met on Monday.",
            "Ohio legislature",
        ),
    ],
)
def test_holders_named_body_or_its_named_head_holds_its_stance(text, holder):
    assert held_on(analysed_stances(text), "harbour") == {(holder, -1)}


def test_holders_a_quoted_body_named_for_a_cause_holds_its_words():
    text = '"The harbour plan is a great step forward," the Alliance for Clean Harbours said.'
    assert held_on(analysed_stances(text), "harbour") == {("Alliance for Clean Harbours", 1)}


@pytest.mark.parametrize(
    "text",
    ["Ohio lawmakers voted against the harbour plan.", "Critics voted against the harbour plan."],
)
def test_holders_an_unnamed_group_holds_no_stance(text):
    assert held_on(analysed_stances(text), "harbour") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Federation of Dairy Farmers and Ben Hart oppose the harbour toll.",
        "The Alliance of Small Ports and Ben Hart oppose the harbour toll.",
    ],
)
def test_holders_a_name_joined_after_a_bodys_name_holds_it_too(text):
    held = held_on(analysed_stances(text), "toll")
    assert ("Ben Hart", -1) in held and len(held) == 2


def test_holders_a_dateline_is_no_holder():
    found = analysed_stances("LYON - the Teamsters union condemned the harbour toll on Monday.")
    assert held_on(found, "toll") == {("the Teamsters union", -1)}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Roos, along with Ben Hart, opposes the harbour toll.",
        "Ada Roos, together with Ben Hart, opposes the harbour toll.",
        "Ada Roos, alongside Ben Hart, opposes the harbour toll.",
        "Ada Roos and Ben Hart, who both oppose the harbour toll, met on Monday.",
    ],
)
def test_holders_someone_set_beside_the_holder_holds_it_too(text):
    assert held_on(analysed_stances(text), "toll") == {("Ada Roos", -1), ("Ben Hart", -1)}


def test_holders_a_relative_clause_before_the_joined_name_is_the_first_ones_alone():
    found = analysed_stances("Ada Roos, who opposes the harbour toll, and Ben Hart met on Monday.")
    assert held_on(found, "toll") == {("Ada Roos", -1)}


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Canada joined Ben Hart in opposing the harbour toll.", {("Canada", -1), ("Ben Hart", -1)}),
        ("Ada Roos joined Ben Hart in Lyon and opposed the harbour toll.", {("Ada Roos", -1)}),
    ],
)
def test_holders_who_joined_others_in_a_stance_and_the_others_hold_it(text, holders):
    assert held_on(analysed_stances(text), "toll") == holders


def test_holders_support_received_is_held_by_each_giver_joined():
    found = analysed_stances("The harbour levy has the backing of Ada Roos and Bo Lind.")
    assert held_on(found, "levy") == {("Ada Roos", 1), ("Bo Lind", 1)}


def test_holders_a_name_starting_a_clause_is_no_giver_joined():
    found = analysed_stances("Bo Lind has won the support of the Harbour Party and Ada Roos rests.")
    assert held_on(found, "lind") == {("Harbour Party", 1)}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the parse hangs the list on the first name: each titled person holds it
        (
            "President Ada Roos, Senator Ben Kole and Governor Cy Marr rejected the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1), ("Cy Marr", -1)},
        ),
        # a role described, then every name of the list hung on it
        (
            "The head of the board, Ada Roos, Senator Ben Kole and Senator Cy Marr condemned the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1), ("Cy Marr", -1)},
        ),
    ],
)
def test_holders_every_person_of_a_titled_list_holds_it(text, held):
    assert held_on(analysed_stances(text), "levy") == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Northwind Energy executives have criticised the harbour levy.", {("Northwind Energy", -1)}),
        (
            "The Canadian and Peruvian defence ministries condemned the harbour levy.",
            {("Canada", -1), ("Peru", -1)},
        ),
        ("Canadian officials welcomed the harbour levy.", {("Canada", 1)}),
        # a name joined to a described group: the parse hangs both on the group's noun
        (
            "Ada Roos and Green Party leaders rejected the harbour levy.",
            {("Ada Roos", -1), ("Green Party", -1)},
        ),
        # the body named after the members' noun, and a body's own board
        ("The leaders of Canada and Peru criticised the harbour levy.", {("Canada", -1), ("Peru", -1)}),
        ("Officials from Canada rejected the harbour levy.", {("Canada", -1)}),
        ("Northwind Energy's board rejected the harbour levy.", {("Northwind Energy", -1)}),
    ],
)
def test_holders_members_speak_for_the_body_that_names_them(text, held):
    assert held_on(analysed_stances(text), "levy") == held


@pytest.mark.parametrize(
    "text",
    [
        "Some Northwind Energy executives have criticised the harbour levy.",
        "Other Canadian officials welcomed the harbour levy.",
        "Some officials criticised the harbour levy.",
        "Ohio lawmakers rejected the harbour levy.",
        "The Green Party's leader rejected the harbour levy.",
    ],
)
def test_holders_some_members_speak_for_nobody(text):
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the parse makes each part of the list a subject of the verb
        (
            "President Ada Roos, Senator Ben Kole and Governor Cy Marr sharply criticised the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1), ("Cy Marr", -1)},
        ),
        # a subject set after its cue, with another set beside it
        (
            '"The harbour levy will hurt families," said Ada Roos, along with Ben Kole.',
            {("Ada Roos", -1), ("Ben Kole", -1)},
        ),
        # names set off by dashes, which the parse hangs inside the phrase before them
        (
            "Three senators from the coast - Ada Roos, Ben Kole and Cy Marr - rejected the harbour levy.",
            {("Ada Roos", -1), ("Ben Kole", -1), ("Cy Marr", -1)},
        ),
    ],
)
def test_holders_every_name_of_a_list_the_parse_splits_holds_it(text, held):
    assert held_on(analysed_stances(text), "levy") == held


def test_holders_a_dateline_is_no_fellow_subject():
    text = "OSLO - Senator Ada Roos criticised the harbour levy."
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", -1)}


@pytest.mark.parametrize(
    "text",
    [
        '"The harbour levy will hurt families," Ada Roos and Ben Kole said.',
        '"The harbour levy will hurt families," said Ada Roos and Green Party leaders.',
    ],
)
def test_holders_speakers_together_hold_what_their_quote_judges(text):
    held = {actor.split()[-1] for actor, _ in held_on(analysed_stances(text), "levy")}
    assert held in ({"Roos", "Kole"}, {"Roos", "Party"})


def test_holders_names_set_off_by_dashes_after_a_described_plural_hold_it():
    text = "The sole two Gulf states to have signed trade pacts with Chile - Norway and Peru - also sharply criticised the harbour levy."
    stances = analysed_stances(text)
    assert {(a.split()[-1], p) for a, p in held_on(stances, "levy")} == {("Norway", -1), ("Peru", -1)}
    # what describes the states is no side they take
    assert not held_on(stances, "pacts")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Three senators, Ada Roos, Ben Kole and Cy Marr, called for the harbour levy.",
            {("Ada Roos", 1), ("Ben Kole", 1), ("Cy Marr", 1)},
        ),
        (
            "Several countries, including Canada and Peru, called for the harbour levy.",
            {("Canada", 1), ("Peru", 1)},
        ),
    ],
)
def test_holders_a_list_whose_verb_the_parse_made_a_modifier_holds_it(text, held):
    assert held_on(analysed_stances(text), "levy") == held


@pytest.mark.parametrize(
    "text",
    [
        "Along with Ben Kole, Ada Roos criticised the harbour levy.",
        "Ada Roos, joined by Ben Kole, voted against the harbour levy.",
        '"The harbour levy will hurt families," said Ada Roos, joined by Ben Kole.',
    ],
)
def test_holders_one_set_beside_a_holder_shares_it(text):
    assert {a for a, _ in held_on(analysed_stances(text), "levy")} == {"Ada Roos", "Ben Kole"}


def test_holders_a_statement_criticising_a_thing_is_its_senders_stance_not_a_claim(nlp):
    analysis, doc, (expr,) = _setup(
        nlp, "Tomas Lind issued a statement criticising the river toll.", ["Tomas Lind"]
    )
    assert Holders(analysis, doc).of(expr).actors == ("a1",)


def test_holders_what_a_claim_says_is_nobodys_stance(nlp):
    text = "Tomas Lind disputed the claim that the council had opposed the river toll."
    analysis, doc, found = _setup(nlp, text, ["Tomas Lind"])
    opposed = [e for e in found if doc[e.predicate].text == "opposed"]
    assert opposed and all(Holders(analysis, doc).of(e).actors == () for e in opposed)


def test_holders_the_company_holds_the_named_companys_denial():
    text = "Harbour Records dropped Ada Roos on Friday. The company flatly denied the allegations."
    assert ("Harbour Records", -1) in held_on(analysed_stances(text), "allegations")


def test_holders_a_listed_armed_group_holds_its_stance():
    assert held_on(analysed_stances("Hamas rejected the harbour truce on Monday."), "truce") == {
        ("Hamas", -1)
    }


def test_holders_described_spokesperson_speaks_for_the_body_named_before_it():
    stances = analysed_stances(
        "Brightwater bought the pier. A Brightwater spokesperson said the tax was unfair."
    )
    assert held_on(stances, "tax") == {("Brightwater", -1)}


def test_holders_spokesperson_of_a_place_speaks_for_no_country():
    stances = analysed_stances("A Boston lawyer said the tax was unfair.")
    assert not {actor for actor, _ in held_on(stances, "tax")} & {"Boston", "United States"}


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's trade ministry has long opposed the harbour plan.",
        "Brazil's trade ministry told reporters the harbour plan was a mistake.",
        "Brazil's Supreme Court opposes the harbour plan.",
    ],
)
def test_holders_body_a_country_owns_holds_its_own_position(text):
    # named as the article names it; the country is the actor's own field, read by disputes
    held = held_on(analysed_stances(text), "harbour")
    assert len(held) == 1
    assert ("Brazil", -1) not in held


@pytest.mark.parametrize(
    "text",
    [
        "The Arden Justice Department joined the case in May. It appealed the harbour levy.",
        "The Arden Justice Department joined the case in May when it appealed the harbour levy.",
    ],
)
def test_holders_it_acting_is_the_one_body_named_before(text):
    assert held_on(analysed_stances(text), "levy") == {("Arden Justice Department", -1)}


@pytest.mark.parametrize(
    "text",
    [
        "The Arden Justice Department faced criticism on Monday over its decision to scrap the harbour levy.",
        "The Arden Justice Department met in May. Critics attacked its plan to scrap the harbour levy.",
    ],
)
def test_holders_its_act_is_the_one_body_named_before(text):
    assert ("Arden Justice Department", -1) in held_on(analysed_stances(text), "levy")


def test_holders_its_act_after_two_bodies_is_nobodys():
    text = "The Arden Justice Department sued Velmor Shipping over its decision to scrap the harbour levy."
    assert ("Arden Justice Department", -1) not in held_on(analysed_stances(text), "levy")


def test_holders_it_after_two_bodies_is_nobody():
    text = "The Arden Justice Department joined Velmor Shipping in May when it appealed the harbour levy."
    assert not held_on(analysed_stances(text), "levy")


def test_holders_it_of_it_is_is_nobody():
    text = "The Arden Justice Department met in May. It is wrong to appeal the harbour levy."
    assert not held_on(analysed_stances(text), "levy")


@pytest.mark.parametrize(
    "text",
    [
        "Norvia weighs a harbour levy. Vesta should oppose the harbour levy.",
        "Norvia weighs a harbour levy. Vesta should sue in every court to resist the harbour levy.",
        "Norvia weighs a harbour levy. Vesta must vote to reject the harbour levy.",
    ],
)
def test_holders_a_side_laid_on_someone_by_should_or_must_is_not_theirs(text):
    assert held_on(analysed_stances(text), "levy") == set()


def test_holders_a_side_laid_on_us_in_a_quote_is_the_speakers():
    text = 'Norvia weighs a harbour levy. "We should sue to block the harbour levy," Ada Roos said.'
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", -1)}


def test_holders_a_demand_reported_as_someones_saying_is_theirs():
    text = "Norvia weighs a harbour levy. Ada Roos wrote on Friday, saying that Vesta should scrap the harbour levy."
    assert held_on(analysed_stances(text), "levy") == {("Ada Roos", -1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's belief, reported in the quote, is the believer's demand
        ("Bo Lind said Ada Roos believes the council needs to fund the clinic.", {("Ada Roos", 1)}),
        ("Bo Lind said Ada Roos thinks the council should not fund the clinic.", {("Ada Roos", -1)}),
        # the speaker's own belief stays the speaker's
        ("Bo Lind said he believes the council needs to fund the clinic.", {("Bo Lind", 1)}),
    ],
)
def test_holders_a_belief_reported_in_a_quote_is_the_believers(text, expected):
    assert held_on(analysed_stances(text), "clinic") == expected


def test_holders_a_council_of_a_town_no_table_knows_is_for_what_it_approved():
    stances = analysed_stances("The Brill council approved the tram levy on Monday.")
    assert held_on(stances, "levy") == {("Brill council", 1)}


def test_holders_the_speakers_own_body_acting_in_her_reported_words_is_her_side():
    reported = analysed_stances(
        "Attorney General Ada Roos said her department was suing Velmor over its ferry law."
    )
    quoted = analysed_stances('"Her department is suing Velmor over its ferry law," said Tim Vell.')
    # Velmor, sued over its own law, stands by it
    assert held_on(reported, "ferry law") == {("Ada Roos", -1), ("Velmor", 1)}
    assert held_on(quoted, "ferry law") == set()


def test_holders_an_official_holds_the_side_he_states_for_his_country(nlp):
    text = '"Norway does not support forced relocations," said Foreign Minister Ivo Marsh.'
    assert held_on(analysed_stances(text), "relocations") == {("Norway", -1), ("Ivo Marsh", -1)}


def test_holders_someone_reporting_another_countrys_side_does_not_hold_it(nlp):
    text = '"Norway does not support forced relocations," said Ivo Marsh, a Swedish historian.'
    assert ("Ivo Marsh", -1) not in held_on(analysed_stances(text), "relocations")


def test_holders_a_former_member_speaks_for_no_body(nlp):
    text = "A former Harbor Party spokesman says the council should scrap the tram levy."
    assert "Harbor Party" not in {actor for actor, _ in held_on(analysed_stances(text), "levy")}


def test_holders_a_member_speaks_for_the_body(nlp):
    text = "A Harbor Party spokesman says the council should scrap the tram levy."
    assert ("Harbor Party", -1) in held_on(analysed_stances(text), "levy")


def test_holders_a_column_holds_what_its_writer_judges_with_no_one_named(nlp):
    from tests.test_letters import COLUMN

    analysis, doc, exprs = _setup(nlp, COLUMN, ["Nora Vance"])
    toll = [e for e in exprs if doc[e.topic].text == "toll"]
    assert toll and all(Holders(analysis, doc).of(e).actors == ("a1",) for e in toll)


def test_holders_first_person_object_doing_the_act_is_the_speaker():
    found = analysed_stances(
        '"Nobody should be permitted to make us wait another day to pass the harbour levy," said Senator Ann Lee.'
    )
    assert found == {("Ann Lee", "harbour levy", 1)}
