"""The stances stage end to end on hand-built quotes and actors: topics, stances, disputes."""

from __future__ import annotations

import pytest

from faultlines.model import Actor, Analysis, Quote, Ref
from faultlines.stances import assess
from tests.stances.helpers import analysed_stances, held_on

HARBOUR = (
    "Valdorian Defence Minister Petra Kos said a ground offensive in the harbour district would be a mistake. "
    '"It is something we cannot support," Kos told reporters. '
    "Marland will go into the harbour district regardless, Interior Minister Omar Haddad said. "
    '"A harbour district offensive is essential," Haddad said.'
)


def _analysis(text: str, actors: list[tuple[str, str, str | None, str | None, list[str]]]) -> Analysis:
    analysis = Analysis(id="test", text=text)
    for n, (name, kind, country, sector, forms) in enumerate(actors, 1):
        mentions = []
        for form in forms:
            at = text.find(form)
            while at >= 0:
                mentions.append(analysis.span(at, at + len(form)))
                at = text.find(form, at + 1)
        analysis.actors.append(Actor(f"a{n}", name, kind, country, sector, mentions=mentions))
    return analysis


def _quote(
    analysis: Analysis, qid: str, content: str, cue: str, speaker: str, cue_first: bool = True
) -> None:
    """A quote of ``content`` by ``speaker``, its cue the nearest ``cue`` before (or after) it."""
    start = analysis.text.index(content)
    cue_at = analysis.text.rindex(cue, 0, start) if cue_first else analysis.text.index(cue, start)
    actor = next(a for a in analysis.actors if a.name == speaker)
    analysis.quotes.append(
        Quote(
            qid,
            "direct",
            [analysis.span(start, start + len(content))],
            cue=analysis.span(cue_at, cue_at + len(cue)),
            speaker=Ref(actor.id, actor.name),
        )
    )


def _harbour(nlp) -> Analysis:
    analysis = _analysis(
        HARBOUR,
        [
            ("Petra Kos", "person", "VLD", "GOV", ["Petra Kos", "Kos"]),
            ("Omar Haddad", "person", "MLD", "GOV", ["Omar Haddad", "Haddad"]),
            ("Valdoria", "country", "VLD", None, ["Valdorian"]),
            ("Marland", "country", "MLD", None, ["Marland"]),
        ],
    )
    _quote(
        analysis, "q1", "a ground offensive in the harbour district would be a mistake", "said", "Petra Kos"
    )
    _quote(analysis, "q2", "It is something we cannot support,", "told", "Petra Kos", False)
    _quote(
        analysis, "q3", "Marland will go into the harbour district regardless", "said", "Omar Haddad", False
    )
    _quote(analysis, "q4", "A harbour district offensive is essential,", "said", "Omar Haddad", False)
    assess(analysis, nlp(analysis.text))
    return analysis


def test_assess_one_topic_for_phrasings_of_one_operation(nlp):
    analysis = _harbour(nlp)
    assert len(analysis.topics) == 1
    (topic,) = analysis.topics
    assert {"offensive", "harbour", "district"} <= set(topic.label.split())
    assert all(analysis.text[m.start : m.end] == m.text for m in topic.mentions)
    assert len(topic.mentions) == 3


def test_assess_polarity_per_actor_with_quotes(nlp):
    analysis = _harbour(nlp)
    stances = {s.actor: (s.polarity, s.quotes) for s in analysis.stances}
    assert stances == {"a1": (-1, ["q1", "q2"]), "a2": (1, ["q3", "q4"])}


def test_assess_dispute_sides_take_their_countries(nlp):
    analysis = _harbour(nlp)
    (dispute,) = analysis.disputes
    assert dispute.topic == analysis.topics[0].id
    assert sorted(map(sorted, dispute.sides)) == [["a1", "a3"], ["a2", "a4"]]
    assert dispute.evidence == ["q1", "q2", "q3", "q4"]


def test_assess_agreeing_actors_make_no_dispute(nlp):
    text = "Both Senator Ivo Marsh and Senator Lena Dahl said they back the coastal levee."
    analysis = _analysis(
        text,
        [
            ("Ivo Marsh", "person", None, None, ["Ivo Marsh"]),
            ("Lena Dahl", "person", None, None, ["Lena Dahl"]),
        ],
    )
    _quote(analysis, "q1", "they back the coastal levee", "said", "Ivo Marsh")
    assess(analysis, nlp(text))
    assert {(s.actor, s.polarity) for s in analysis.stances} == {("a1", 1), ("a2", 1)}
    assert analysis.disputes == []


def test_assess_opposite_stances_on_different_topics_make_no_dispute(nlp):
    text = "Mayor Nils Ek said the ferry terminal was a mistake. Mayor Ada Roos said the tram line is vital."
    analysis = _analysis(
        text,
        [("Nils Ek", "person", None, None, ["Nils Ek"]), ("Ada Roos", "person", None, None, ["Ada Roos"])],
    )
    _quote(analysis, "q1", "the ferry terminal was a mistake", "said", "Nils Ek")
    _quote(analysis, "q2", "the tram line is vital", "said", "Ada Roos")
    assess(analysis, nlp(text))
    assert len(analysis.topics) == 2
    assert analysis.disputes == []


def test_assess_unquoted_expressions_without_actor_are_dropped(nlp):
    analysis = Analysis(id="test", text="The new stadium would be a mistake.")
    assess(analysis, nlp(analysis.text))
    assert (analysis.topics, analysis.stances, analysis.disputes) == ([], [], [])


def test_assess_dispute_between_narrated_plan_and_reported_vote(nlp):
    text = (
        "The county executive, Mara Quist, on Monday defended her plan to close two rural clinics. "
        "Supervisor Dan Hale said he would vote against the clinic closures. "
        '"It is a reckless decision," Hale said.'
    )
    analysis = _analysis(
        text,
        [
            ("Mara Quist", "person", None, "GOV", ["Mara Quist"]),
            ("Dan Hale", "person", None, "GOV", ["Dan Hale", "Hale"]),
        ],
    )
    _quote(analysis, "q1", "he would vote against the clinic closures", "said", "Dan Hale")
    _quote(analysis, "q2", "It is a reckless decision,", "said", "Dan Hale", False)
    assess(analysis, nlp(text))
    assert {(s.actor, s.polarity) for s in analysis.stances} == {("a1", 1), ("a2", -1)}
    (dispute,) = analysis.disputes
    assert sorted(map(sorted, dispute.sides)) == [["a1"], ["a2"]]
    assert len(analysis.topics) == 1 and "clinic" in analysis.topics[0].label


def test_assess_rejecting_an_alternative_is_no_dispute(nlp):
    text = (
        'The port chief, Ada Lind, said: "The fee rise is necessary." '
        "Lind said the board had weighed a smaller rise and rejected it. "
        "Trader Ole Berg said the fee rise was vital."
    )
    analysis = _analysis(
        text,
        [
            ("Ada Lind", "person", None, None, ["Ada Lind", "Lind"]),
            ("Ole Berg", "person", None, None, ["Ole Berg"]),
        ],
    )
    _quote(analysis, "q1", "The fee rise is necessary.", "said", "Ada Lind")
    _quote(analysis, "q2", "the board had weighed a smaller rise and rejected it", "said", "Ada Lind")
    _quote(analysis, "q3", "the fee rise was vital", "said", "Ole Berg")
    assess(analysis, nlp(text))
    assert analysis.disputes == []
    rise = next(t.id for t in analysis.topics if t.label == "fee rise")
    assert {s.polarity for s in analysis.stances if s.topic == rise} == {1}


def test_assess_person_judged_is_a_topic_named_by_the_actor(nlp):
    text = 'Ivo Marsh endorsed Dana Pell on Monday. "She is unfit to lead," Tom Reyes said.'
    analysis = _analysis(
        text,
        [
            ("Ivo Marsh", "person", None, None, ["Ivo Marsh"]),
            ("Dana Pell", "person", None, None, ["Dana Pell", "She"]),
            ("Tom Reyes", "person", None, None, ["Tom Reyes"]),
        ],
    )
    _quote(analysis, "q1", "She is unfit to lead,", "said", "Tom Reyes", False)
    assess(analysis, nlp(text))
    (topic,) = analysis.topics
    assert topic.label == "Dana Pell" and topic.key
    assert {(s.actor, s.polarity) for s in analysis.stances} == {("a1", 1), ("a3", -1)}
    (dispute,) = analysis.disputes
    assert sorted(map(sorted, dispute.sides)) == [["a1"], ["a3"]]


def test_assess_maker_of_a_remark_stands_by_it_when_it_is_attacked(nlp):
    text = "Tom Reyes condemned Dana Pell's tweet about the harbour."
    analysis = _analysis(
        text,
        [
            ("Tom Reyes", "person", None, None, ["Tom Reyes"]),
            ("Dana Pell", "person", None, None, ["Dana Pell"]),
        ],
    )
    assess(analysis, nlp(text))
    assert {(s.actor, s.polarity) for s in analysis.stances} == {("a1", -1), ("a2", 1)}
    assert len(analysis.disputes) == 1


def test_assess_unchallenged_plan_gives_its_maker_no_stance(nlp):
    text = "Dana Pell's plan to widen the harbour was published on Monday."
    analysis = _analysis(text, [("Dana Pell", "person", None, None, ["Dana Pell"])])
    assess(analysis, nlp(text))
    assert analysis.stances == []


def test_assess_bare_remarks_are_the_remark_at_stake(nlp):
    text = 'Dana Pell defended the remark on Tuesday. "That was an outrageous comment," Tom Reyes said.'
    analysis = _analysis(
        text,
        [
            ("Dana Pell", "person", None, None, ["Dana Pell"]),
            ("Tom Reyes", "person", None, None, ["Tom Reyes"]),
        ],
    )
    _quote(analysis, "q1", "That was an outrageous comment,", "said", "Tom Reyes", False)
    assess(analysis, nlp(text))
    (topic,) = analysis.topics
    assert topic.label == "Dana Pell's comment" and "pell" in topic.key.split()
    (dispute,) = analysis.disputes
    assert sorted(map(sorted, dispute.sides)) == [["a1"], ["a2"]]


def test_assess_unresolved_he_is_the_person_named_last(nlp):
    text = 'Ivo Marsh spoke in Brill on Friday. "He is reckless," Tom Reyes said.'
    analysis = _analysis(
        text,
        [
            ("Ivo Marsh", "person", None, None, ["Ivo Marsh"]),
            ("Tom Reyes", "person", None, None, ["Tom Reyes"]),
        ],
    )
    _quote(analysis, "q1", "He is reckless,", "said", "Tom Reyes", False)
    assess(analysis, nlp(text))
    assert [t.label for t in analysis.topics] == ["Ivo Marsh"]
    assert [(s.actor, s.polarity) for s in analysis.stances] == [("a2", -1)]


def test_assess_action_topic_is_named_by_its_gerund(nlp):
    text = "Nils Ek vowed to audit the port authority."
    analysis = _analysis(text, [("Nils Ek", "person", None, None, ["Nils Ek"])])
    assess(analysis, nlp(text))
    assert [t.label for t in analysis.topics] == ["auditing the port authority"]


def test_assess_lawyers_state_their_clients_side(nlp):
    text = "Lawyers for Ada Roos and Nils Ek filed papers opposing the harbour toll."
    analysis = _analysis(
        text,
        [("Ada Roos", "person", None, None, ["Ada Roos"]), ("Nils Ek", "person", None, None, ["Nils Ek"])],
    )
    assess(analysis, nlp(text))
    assert {(s.actor, s.polarity) for s in analysis.stances} == {("a1", -1), ("a2", -1)}
    assert [t.label for t in analysis.topics] == ["harbour toll"]


def test_assess_participle_after_the_subject_names_its_backers(nlp):
    text = "The harbour toll remains popular in the city, backed by Mayor Ada Roos."
    analysis = _analysis(text, [("Ada Roos", "person", None, None, ["Ada Roos"])])
    assess(analysis, nlp(text))
    assert [(s.actor, s.polarity) for s in analysis.stances] == [("a1", 1)]
    assert "toll" in analysis.topics[0].label


def test_assess_call_for_someone_to_act_is_for_the_action(nlp):
    text = "President Ada Roos sounded a call for Borduria to accept more refugees on Monday."
    analysis = _analysis(text, [("Ada Roos", "person", None, None, ["Ada Roos"])])
    assess(analysis, nlp(text))
    assert [(s.actor, s.polarity) for s in analysis.stances] == [("a1", 1)]
    assert [t.label for t in analysis.topics] == ["Borduria accepting more refugees"]


def test_assess_urging_to_stop_an_action_is_against_the_action(nlp):
    text = "Ada Roos called on Nils Ek to stop attacking the harbour plan."
    analysis = _analysis(
        text,
        [("Ada Roos", "person", None, None, ["Ada Roos"]), ("Nils Ek", "person", None, None, ["Nils Ek"])],
    )
    assess(analysis, nlp(text))
    assert [(s.actor, s.polarity) for s in analysis.stances] == [("a1", -1)]
    assert [t.label for t in analysis.topics] == ["Nils Ek attacking the harbour plan"]


def test_assess_the_bare_noun_is_the_thing_named_before_in_full(nlp):
    text = (
        "Mayor Ada Roos praised the coastal ferry program. The weather was mild all week. "
        "Tourists came in large numbers. Councillor Nils Ek said the city must scrap the program."
    )
    analysis = _analysis(
        text,
        [("Ada Roos", "person", None, None, ["Ada Roos"]), ("Nils Ek", "person", None, None, ["Nils Ek"])],
    )
    _quote(analysis, "q1", "the city must scrap the program", "said", "Nils Ek")
    assess(analysis, nlp(text))
    assert len(analysis.topics) == 1 and "ferry" in analysis.topics[0].label
    assert len(analysis.disputes) == 1


def test_assess_he_in_a_quote_is_not_its_speaker(nlp):
    text = 'Ada Roos said, "Nils Ek has ignored the port workers for years, proving he is unfit to lead."'
    analysis = _analysis(
        text,
        [
            ("Ada Roos", "person", None, None, ["Ada Roos", "he"]),
            ("Nils Ek", "person", None, None, ["Nils Ek"]),
        ],
    )
    _quote(
        analysis,
        "q1",
        "Nils Ek has ignored the port workers for years, proving he is unfit to lead.",
        "said",
        "Ada Roos",
    )
    assess(analysis, nlp(text))
    names = {t.id: t.label for t in analysis.topics}
    assert [(s.actor, names[s.topic], s.polarity) for s in analysis.stances] == [("a1", "Nils Ek", -1)]


def test_assess_remark_said_just_before_is_its_own(nlp):
    text = (
        "Nils Ek complained about the ferry timetable on Monday. Mayor Ada Roos mocked the complaint. "
        "The port reopened later. Ivo Marsh stood by his remarks."
    )
    analysis = _analysis(
        text,
        [
            ("Nils Ek", "person", None, None, ["Nils Ek"]),
            ("Ada Roos", "person", None, None, ["Ada Roos"]),
            ("Ivo Marsh", "person", None, None, ["Ivo Marsh", "his"]),
        ],
    )
    assess(analysis, nlp(text))
    # The complaint is Ek's, who stands by it against Roos; Marsh's remarks are another matter.
    assert [sorted(map(sorted, d.sides)) for d in analysis.disputes] == [[["a1"], ["a2"]]]


def test_assess_topic_only_it_stands_for_is_no_topic(nlp):
    text = (
        'Ada Roos criticized the Harbour Act on Monday. "It is the silliest law we have ever had," she said.'
    )
    analysis = _analysis(
        text,
        [
            ("Ada Roos", "person", None, None, ["Ada Roos", "she"]),
            ("Harbour Act", "organisation", None, None, ["Harbour Act"]),
        ],
    )
    _quote(analysis, "q1", "It is the silliest law we have ever had,", "said", "Ada Roos", cue_first=False)
    assess(analysis, nlp(text))
    assert [t.label for t in analysis.topics] == ["Harbour Act"]


PLAN = (
    '"We will repave the coast road in June," Governor Lena Sorg said. '
    "Senator Ivo Marek said repaving the coast road would be a waste of money."
)


def _plan(nlp, text: str) -> Analysis:
    analysis = _analysis(
        text,
        [
            ("Lena Sorg", "person", None, "GOV", ["Lena Sorg"]),
            ("Ivo Marek", "person", None, "GOV", ["Ivo Marek"]),
        ],
    )
    _quote(analysis, "q1", "We will repave the coast road in June,", "said", "Lena Sorg", False)
    if "Marek" in text:
        _quote(analysis, "q2", "repaving the coast road would be a waste of money", "said", "Ivo Marek")
    assess(analysis, nlp(analysis.text))
    return analysis


def test_assess_the_doer_of_a_plan_stands_for_it_where_another_takes_a_side(nlp):
    analysis = _plan(nlp, PLAN)
    sides = {(s.actor, s.polarity, tuple(s.quotes)) for s in analysis.stances}
    assert ("a1", 1, ("q1",)) in sides and ("a2", -1, ("q2",)) in sides
    assert [d.sides for d in analysis.disputes] in ([[["a2"], ["a1"]]], [[["a1"], ["a2"]]])


def test_assess_a_plan_nobody_takes_a_side_on_is_no_stance(nlp):
    analysis = _plan(nlp, PLAN.split(". ")[0] + ".")
    assert analysis.stances == [] and analysis.topics == []


def test_assess_topic_is_labelled_by_its_full_naming_not_a_later_reference(nlp):
    text = (
        "The Herald called for the court to unseal the Ruiz divorce file. "
        "Ines Ruiz said the court must not unseal the records."
    )
    analysis = _analysis(
        text,
        [
            ("The Herald", "organisation", None, None, ["The Herald"]),
            ("Ines Ruiz", "person", None, None, ["Ines Ruiz"]),
        ],
    )
    _quote(analysis, "q1", "the court must not unseal the records", "said", "Ines Ruiz")
    assess(analysis, nlp(text))
    assert [t.label for t in analysis.topics] == ["unsealing the Ruiz divorce file"]


def test_assess_person_named_by_role_alone_is_no_topic(nlp):
    text = '"The senator is a disgrace," Tom Reyes said.'
    analysis = _analysis(text, [("Tom Reyes", "person", None, None, ["Tom Reyes"])])
    _quote(analysis, "q1", "The senator is a disgrace,", "said", "Tom Reyes", False)
    assess(analysis, nlp(text))
    assert analysis.topics == [] and analysis.stances == []


def test_assess_own_words_settle_a_tie_with_what_others_say_of_them(nlp):
    text = 'Tom Reyes said Dana Pell\'s support for the ferry tax was no secret. "I oppose the ferry tax," Dana Pell said.'
    analysis = _analysis(
        text,
        [
            ("Tom Reyes", "person", None, None, ["Tom Reyes"]),
            ("Dana Pell", "person", None, None, ["Dana Pell"]),
        ],
    )
    _quote(analysis, "q1", "Dana Pell's support for the ferry tax was no secret", "said", "Tom Reyes")
    _quote(analysis, "q2", "I oppose the ferry tax,", "said", "Dana Pell", False)
    assess(analysis, nlp(text))
    assert [(s.actor, s.polarity, s.quotes) for s in analysis.stances] == [("a2", -1, ["q2"])]


def test_assess_who_made_a_remark_just_before_stands_by_it_when_it_is_mocked(nlp):
    text = "Ivo Marsh complained about the ferry timetable on Monday. Dana Pell mocked the complaint."
    analysis = _analysis(
        text,
        [
            ("Ivo Marsh", "person", None, None, ["Ivo Marsh"]),
            ("Dana Pell", "person", None, None, ["Dana Pell"]),
        ],
    )
    assess(analysis, nlp(text))
    assert sorted((s.actor, s.polarity) for s in analysis.stances) == [("a1", 1), ("a2", -1)]
    assert [t.label for t in analysis.topics] == ["Ivo Marsh's complaint"]
    (dispute,) = analysis.disputes
    assert sorted(map(sorted, dispute.sides)) == [["a1"], ["a2"]]


def test_assess_a_place_named_alone_is_no_topic(nlp):
    text = '"Denver is wonderful," Ivo Marsh said.'
    analysis = _analysis(text, [("Ivo Marsh", "person", None, None, ["Ivo Marsh"])])
    _quote(analysis, "q1", "Denver is wonderful,", "said", "Ivo Marsh", False)
    assess(analysis, nlp(text))
    assert analysis.topics == [] and analysis.stances == []


def test_assess_the_bill_is_the_act_it_was_named_as(nlp):
    text = (
        "After an outcry, the bill, known as the Harbor Safety Act, was passed by the Senate. "
        "Governor Ada Roos said the bill was a grave mistake."
    )
    analysis = _analysis(
        text,
        [
            ("Senate", "organisation", None, None, ["Senate"]),
            ("Ada Roos", "person", None, None, ["Ada Roos"]),
        ],
    )
    _quote(analysis, "q1", "the bill was a grave mistake", "said", "Ada Roos")
    assess(analysis, nlp(text))
    labels = {t.id: t.label for t in analysis.topics}
    assert [labels[s.topic] for s in analysis.stances if s.actor == "a2"] == ["Harbor Safety Act"]


def test_assess_the_deal_is_the_deal_named_in_full_before(nlp):
    text = "Senator Kim Lor backed a new fishing deal with Velmora last year. Lor has since turned to rejecting the deal."
    analysis = _analysis(text, [("Kim Lor", "person", None, None, ["Kim Lor", "Lor"])])
    assess(analysis, nlp(text))
    assert {t.label for t in analysis.topics} == {"new fishing deal with Velmora"}


def test_assess_a_name_also_referred_back_to_still_labels_its_topic():
    from faultlines.pipeline import analyze

    analysis = analyze(
        "Senator Ann Lee backed the bill, known as the Kestrel Bay Act. "
        '"The bill is a costly blunder," Mayor Tom Kim said. Kim said the KBA limits were a disaster.'
    )
    assert [t.label for t in analysis.topics] == ["Kestrel Bay Act"]


def test_assess_bare_government_is_the_country_named_before_it_and_labelled_as_written():
    from faultlines.pipeline import analyze

    analysis = analyze("Fighting goes on in Chad as Libya backs the government.")
    names = {a.id: a.name for a in analysis.actors}
    labels = {t.id: t.label for t in analysis.topics}
    assert [(names[s.actor], labels[s.topic], s.polarity) for s in analysis.stances] == [
        ("Libya", "Chad's government", 1)
    ]


def test_assess_a_country_named_as_a_topic_keeps_its_name():
    from tests.stances.helpers import analysed_stances

    assert analysed_stances("Libya backs Chad.") == {("Libya", "Chad", 1)}


def test_assess_a_law_by_its_nickname_is_the_law_not_an_organisation(nlp):
    text = "Senator Ivo Marsh praised the Affordable Care Act. Senator Lena Dahl wants to repeal Obamacare."
    analysis = _analysis(
        text,
        [
            ("Ivo Marsh", "person", None, None, ["Ivo Marsh"]),
            ("Lena Dahl", "person", None, None, ["Lena Dahl"]),
            ("Obamacare", "organisation", None, None, ["Obamacare"]),
        ],
    )
    assess(analysis, nlp(text))
    (topic,) = analysis.topics
    assert topic.label == "Affordable Care Act"
    assert {(s.actor, s.polarity) for s in analysis.stances} == {("a1", 1), ("a2", -1)}
    assert len(analysis.disputes) == 1


def test_assess_his_in_a_speakers_own_quote_is_not_the_speaker_s(nlp):
    text = 'Radio host Ann Lee said: "His speech was excellent."'
    # the article's coreference read "His" as Lee, the speaker, who would have said "my"
    analysis = _analysis(text, [("Ann Lee", "person", None, None, ["Ann Lee", "His"])])
    _quote(analysis, "q1", "His speech was excellent.", "said", "Ann Lee")
    assess(analysis, nlp(text))
    assert [t.label for t in analysis.topics] == ["speech"]


def test_assess_a_role_named_by_its_apposition_is_that_actor(nlp):
    text = "Senator Tom Kim will vote for the party's nominee, Ada Roos, in May."
    analysis = _analysis(
        text,
        [("Tom Kim", "person", None, None, ["Tom Kim"]), ("Ada Roos", "person", None, None, ["Ada Roos"])],
    )
    assess(analysis, nlp(text))
    assert [(s.actor, s.topic, s.polarity) for s in analysis.stances] == [("a1", analysis.topics[0].id, 1)]
    assert analysis.topics[0].label == "Ada Roos"


def test_assess_a_body_speaking_of_itself_as_the_network_takes_no_side_on_a_thing(nlp):
    text = "Velmo TV says the network is fair."
    analysis = _analysis(text, [("Velmo TV", "organisation", None, "JRN", ["Velmo TV"])])
    _quote(analysis, "q1", "the network is fair", "says", "Velmo TV")
    assess(analysis, nlp(text))
    assert analysis.stances == [] and analysis.topics == []


def test_assess_one_owners_plan_named_two_ways_is_one_topic(nlp):
    text = "Mr. Kell opposes Ms. Roos's harbour tax plan. Mr. Berg backs Ms. Roos's revised plan."
    analysis = _analysis(
        text,
        [
            ("Ivo Kell", "person", None, None, ["Kell"]),
            ("Ada Roos", "person", None, None, ["Roos"]),
            ("Ole Berg", "person", None, None, ["Berg"]),
        ],
    )
    assess(analysis, nlp(text))
    on = {s.actor: s.topic for s in analysis.stances if s.actor in ("a1", "a3")}
    assert on["a1"] == on["a3"]
    assert [d.topic for d in analysis.disputes] == [on["a1"]]


def test_assess_a_judgement_the_speaker_reports_as_an_unnamed_sayers_is_not_the_speakers():
    reported = '"When voters hear a rival say the ferry levy is a sham, they stay home," said Ada Roos.'
    assert ("Ada Roos", -1) not in held_on(analysed_stances(reported), "levy")
    own = '"The ferry levy is a sham," said Ada Roos.'
    assert ("Ada Roos", -1) in held_on(analysed_stances(own), "levy")


def test_assess_dispute_meets_across_a_framing_noun():
    found = analysed_stances(
        "Ann Lee backed a plan to merge the two harbour boards. Tom Kim blocked any discussion of merging the harbour boards."
    )
    assert held_on(found, "merging the harbour boards") == {("Ann Lee", 1), ("Tom Kim", -1)}


NEGATIVES = [
    "{H} never backed the harbour plan.",
    "Analysts said {H} should approve the harbour plan.",
    "{H} was asked to back the harbour plan.",
    "{H} has yet to endorse the harbour plan.",
    "{H} avoided criticism of the harbour plan.",
    "The harbour plan, which critics call a mistake, was discussed by {H}.",
    "{H} said a neighbour told {P} that the harbour plan was a disaster.",
]


@pytest.mark.parametrize("frame", NEGATIVES)
@pytest.mark.parametrize(
    ("holder", "pronoun"), [("Ada Roos", "her"), ("The Federation of Dairy Farmers", "it"), ("Canada", "it")]
)
def test_assess_what_a_holder_withholds_or_only_reports_is_no_stance_of_theirs(frame, holder, pronoun):
    text = frame.format(H=holder, P=pronoun)
    text = text[0].upper() + text[1:]
    name = holder.removeprefix("The ")
    assert not [s for s in analysed_stances(text) if s[0] == name and s[2]]


@pytest.mark.parametrize("holder", ["Ada Roos", "The Federation of Dairy Farmers", "Canada"])
def test_assess_a_holder_who_opposes_holds_the_stance(holder):
    assert (holder.removeprefix("The "), "harbour plan", -1) in analysed_stances(
        f"{holder} opposed the harbour plan."
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Velmora banned single-use plastic bags in May.", "bags", {("Velmora", -1)}),
        ("Governor Ada Roos has begun enacting the new port tariffs.", "tariffs", {("Ada Roos", 1)}),
        ("Governor Ada Roos did not sign the harbour bill.", "bill", set()),
        ("Governor Ada Roos scrapped the new port fees on Monday.", "fees", {("Ada Roos", -1)}),
        (
            "Northwind Energy began testing a payment feature. Senator Ben Otter condemned the payment feature.",
            "feature",
            {("Northwind Energy", 1), ("Ben Otter", -1)},
        ),
    ],
)
def test_assess_an_actors_own_acts_are_its_side(text, word, expected):
    assert held_on(analysed_stances(text), word) == expected


def test_assess_a_bare_call_is_the_call_named_before():
    text = (
        "The inquiry turned to the mayor's call with the contractor on Monday. "
        "Kim Varga, a council aide, said the call was improper."
    )
    assert ("Kim Varga", -1) in held_on(analysed_stances(text), "contractor")


def test_assess_two_peoples_returns_are_two_topics():
    # a regression: Kell's returns, named only by "his", were grouped with Ruiz's by their words
    found = analysed_stances(
        "Governor Tom Ruiz has refused to release his tax returns. "
        "Senator Ray Vorn often mocked Dana Kell for not releasing his full tax returns in 2012."
    )
    assert ("Dana Kell", "Dana Kell's full tax returns", -1) in found
    assert not any(holder != "Tom Ruiz" and "Ruiz" in topic for holder, topic, _ in found)


def test_assess_an_actor_judged_only_by_a_pronoun_is_a_topic_named_where_the_pronoun_stands():
    from faultlines import analyze

    text = 'Tom Reed is running for governor. "He is an honest and capable leader," said Ann Vole, a senator.'
    analysis = analyze(text)
    (topic,) = analysis.topics
    assert topic.label == "Tom Reed"
    assert [m.text for m in topic.mentions] == ["He"]
