"""Criticism and praise of a named actor said as a judgement, and what is no judgement."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Actor, Analysis, Span
from tests.events.helpers import happened


def events(nlp, text: str, people: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Events of ``text``, with ``people`` given as the person actors the actors layer would find."""
    actors = [
        Actor(f"a{i}", name, "person", mentions=[Span(text.index(name), text.index(name) + len(name), name)])
        for i, name in enumerate(people)
    ]
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    return [(e.type, e.tense) for e in analysis.events if not e.negated]


def test_judgements_calling_a_named_actor_corrupt_is_an_accusation(nlp):
    assert ("ACCUSE", "present") in events(nlp, "Ms. Haddad says Mayor Brandt represents a corrupt machine.")


def test_judgements_praising_a_named_actor_is_support(nlp):
    assert [t for t, _ in events(nlp, "I think Councillor Moss is the more capable candidate.")] == [
        "SUPPORT"
    ]


def test_judgements_denied_conduct_of_another_is_an_accusation(nlp):
    found = events(nlp, "Okafor said Governor Lind never paid the contractors.", ("Okafor", "Governor Lind"))
    assert found and found[0][0] == "ACCUSE"


def _every_mention(nlp, text: str, name: str) -> list[tuple[str, str]]:
    """Events of ``text`` with every mention of ``name`` given as one person actor."""
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append(Span(at, at + len(name), name))
        at = text.find(name, at + 1)
    analysis = Analysis(id="t", text=text, actors=[Actor("a0", name, "person", mentions=spans)])
    code(analysis, nlp(text))
    return [(e.type, e.tense) for e in analysis.events if not e.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Lind's lawyer told reporters Governor Lind never paid the contractors.",
        "A spokeswoman for Governor Lind said Governor Lind never paid the contractors.",
        "At no time have we claimed Governor Lind never paid the contractors, the board said.",
    ],
)
def test_judgements_conduct_denied_by_its_own_side_or_a_claim_taken_back_accuses_no_one(nlp, text):
    assert _every_mention(nlp, text, "Governor Lind") == []


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said Governor Lind never expected that the board would publish the audit.",
        "Okafor said Governor Lind never seems to tire of the story.",
    ],
)
def test_judgements_a_mind_denied_is_no_conduct_denied(nlp, text):
    assert events(nlp, text, ("Okafor", "Governor Lind")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said Governor Lind never lied to the contractors.",
        "Okafor said Governor Lind did not insult anyone.",
        "Okafor said Governor Lind never threatened the contractors.",
    ],
)
def test_judgements_a_misdeed_denied_clears_its_doer(nlp, text):
    assert events(nlp, text, ("Okafor", "Governor Lind")) == []


def test_judgements_what_was_not_done_to_someone_is_no_conduct_denied(nlp):
    text = "Okafor said the striker Lind trained on Monday, but the club's top scorer has not been cleared."
    assert events(nlp, text, ("Okafor", "Lind")) == []


def test_judgements_conduct_denied_by_another_still_accuses(nlp):
    text = "Okafor's lawyer said Governor Lind never paid the contractors."
    assert _every_mention(nlp, text, "Governor Lind") == [("ACCUSE", "past")]


def test_judgements_the_saying_happened_even_when_its_content_is_modal(nlp):
    text = "Okafor said Governor Lind may not have paid any tax."
    assert ("ACCUSE", "past") in events(nlp, text, ("Okafor", "Governor Lind"))


def test_judgements_a_denied_description_or_an_unnamed_thing_is_no_accusation(nlp):
    assert events(nlp, 'Privacy is not "an add-on", Mr. Okafor said.', ("Mr. Okafor",)) == []
    assert events(nlp, "Okafor said Governor Lind is not in the capital.", ("Okafor", "Governor Lind")) == []


def test_judgements_need_a_named_actor_and_a_judging_word(nlp):
    assert events(nlp, "The minister said the harvest was a disaster.") == []
    assert events(nlp, "Senator Ruiz senses anger and hatred among voters.") == []
    assert events(nlp, "The new bridge is excellent.") == []


def test_judgements_inside_a_condition_are_not_made(nlp):
    assert events(nlp, "If Brandt is corrupt, the council will act.") == []


def test_judgements_calling_someone_a_name_judges_them(nlp):
    assert events(
        nlp, "Senator Cole called Governor Lind a pathological liar.", ("Senator Cole", "Governor Lind")
    ) == [("ACCUSE", "past")]
    found = events(nlp, "The nurses' union called Ms. Ortega a champion for its members.", ("Ms. Ortega",))
    assert found == [("SUPPORT", "past")]
    found = events(nlp, "Senator Cole called Governor Lind a terrorist.", ("Senator Cole", "Governor Lind"))
    assert found == [("ACCUSE", "past")]


def test_judgements_a_title_won_is_no_praise(nlp):
    assert events(nlp, "Ms. Ortega is the champion of the chess tournament.", ("Ms. Ortega",)) == []


def test_judgements_succeeding_someone_in_office_is_no_praise(nlp):
    text = "Ms. Okafor succeeded Tomas Brandt as president of the academy."
    assert events(nlp, text, ("Ms. Okafor", "Tomas Brandt")) == []
    # said by someone, success on its own still praises (in the page's own voice it is opinion)
    text = "Dr. Weiss said Ms. Okafor succeeded with flying colours."
    assert events(nlp, text, ("Dr. Weiss", "Ms. Okafor")) == [("SUPPORT", "past")]


def test_judgements_fault_laid_on_a_named_actor_by_a_noun_in_speech(nlp):
    text = "Ruiz said voters were tired of the corruption of Mayor Brandt."
    assert ("ACCUSE", "past") in events(nlp, text, ("Mayor Brandt",))
    text = '"Nobody should have to defend the corruption of Mayor Brandt," Ruiz wrote.'
    assert "ACCUSE" in [t for t, _ in events(nlp, text, ("Mayor Brandt",))]


def test_judgements_fault_named_in_narration_accuses_no_one(nlp):
    text = "The corruption of Mayor Brandt dominated the campaign."
    assert "ACCUSE" not in [t for t, _ in events(nlp, text, ("Mayor Brandt",))]


def test_judgements_words_of_blame_and_praise_said_of_a_named_actor(nlp):
    blamed = events(nlp, '"Mayor Brandt is erratic and vindictive," Okafor said.', ("Mayor Brandt", "Okafor"))
    assert ("ACCUSE", "past") in blamed
    praised = events(
        nlp, '"Ines Moss is a thoughtful and compassionate leader," Okafor said.', ("Ines Moss", "Okafor")
    )
    assert ("SUPPORT", "past") in praised


def test_judgements_what_someone_considers_a_virtue_judges_no_one(nlp):
    text = 'What Governor Lind considers "smart" might look to others like neglect.'
    assert events(nlp, text, ("Governor Lind",)) == []


def test_judgements_conduct_denied_of_he_in_first_person_words_accuses(nlp):
    text = '"I think he never read the harbour bill," Okafor said.'
    assert [t for t, _ in events(nlp, text, ("Okafor",))] == ["ACCUSE"]
    assert events(nlp, "Okafor said he never read the harbour bill.", ("Okafor",)) == []


def test_judgements_denying_a_fault_clears_rather_than_accuses(nlp):
    text = "Okafor said Governor Lind did not do anything wrong."
    assert events(nlp, text, ("Okafor", "Governor Lind")) == []


def test_judgements_lying_or_betraying_people_is_blame_and_resting_is_not(nlp):
    people = ("Okafor", "Governor Lind")
    assert [t for t, _ in events(nlp, "Okafor said Governor Lind lied to the council.", people)] == ["ACCUSE"]
    assert [t for t, _ in events(nlp, "Okafor said Governor Lind betrayed the tenants.", people)] == [
        "ACCUSE"
    ]
    assert events(nlp, "Governor Lind lay in hospital for a week.", ("Governor Lind",)) == []


def test_judgements_blame_of_a_plan_in_someones_words_is_criticism(nlp):
    people = ("Okafor",)
    assert [t for t, _ in events(nlp, '"The harbour plan is reckless," Okafor said.', people)] == ["ACCUSE"]
    assert [t for t, _ in events(nlp, "Okafor said the new curfew was a disgrace.", people)] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour levy is reckless.",
        '"It would be wise to wait for the survey," Okafor said.',
        '"I don\'t think the levy is a ridiculous idea," Okafor said.',
        '"I was wrong about the levy," Okafor said.',
    ],
)
def test_judgements_narration_praise_doubt_or_self_blame_is_no_criticism(nlp, text):
    assert events(nlp, text, ("Okafor",) if "Okafor" in text else ()) == []


@pytest.mark.parametrize(
    "text",
    [
        '"The new harbour plan is unacceptable," the ferry union said.',
        "The ferry union said the decision to close the port was provocative.",
    ],
)
def test_judgements_diplomatic_verdicts_on_a_measure_criticise(nlp, text):
    assert [t for t, _ in events(nlp, text)] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ada Roos described Tomas Berg as dishonest.", ["ACCUSE"]),
        ("The government of Peru branded the mayor as corrupt.", ["ACCUSE"]),
        ("Senator Ada Roos described Tomas Berg as brilliant.", ["SUPPORT"]),
        ("Senator Ada Roos described Tomas Berg as tired.", []),
    ],
)
def test_judgements_describing_someone_as_a_judging_adjective(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ada Roos called Monday's ruling a disaster.", "ACCUSE"),
        ("Ada Roos called the ruling a disaster.", "ACCUSE"),
        ("Ada Roos called it a disaster.", "ACCUSE"),
        ("Ada Roos described last month's vote as a betrayal.", "ACCUSE"),
        ("Ada Roos called the council's ruling a real win for growers.", "SUPPORT"),
    ],
)
def test_judgements_naming_a_thing_is_the_namers_judgement(nlp, text, verdict):
    analysis = Analysis(
        id="t", text=text, actors=[Actor("a0", "Ada Roos", "person", mentions=[Span(0, 8, "Ada Roos")])]
    )
    code(analysis, nlp(text))
    assert [(e.type, e.source and e.source.actor, e.target) for e in analysis.events] == [
        (verdict, "a0", None)
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ada Roos called Tomas Berg's ruling a disaster.", "ACCUSE"),
        ('Ada Roos called Tomas Berg\'s speech "a triumph."', "SUPPORT"),
        ('"Tomas Berg\'s levy is reckless," Ada Roos said.', "ACCUSE"),
    ],
)
def test_judgements_a_thing_judged_judges_its_named_owner(nlp, text, verdict):
    start = text.index("Ada Roos")
    actors = [
        Actor("a0", "Ada Roos", "person", mentions=[Span(start, start + 8, "Ada Roos")]),
        Actor(
            "a1",
            "Tomas Berg",
            "person",
            mentions=[Span(text.index("Tomas"), text.index("Tomas") + 10, "Tomas Berg")],
        ),
    ]
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    assert [(e.type, e.source and e.source.actor, e.target and e.target.actor) for e in analysis.events] == [
        (verdict, "a0", "a1")
    ]


def test_judgements_naming_withheld_is_no_judgement(nlp):
    assert events(nlp, "Ada Roos did not call the ruling a disaster.", ("Ada Roos",)) == []


def test_judgements_a_denial_of_a_fault_is_no_accusation(nlp):
    # the one accused answers the charge; neither the denial nor its clause is an event
    assert events(nlp, "Mayor Brandt denied that he had misled the harbour board.", ("Mayor Brandt",)) == []
    assert events(nlp, "Okafor denied that Governor Lind was corrupt.", ("Okafor", "Governor Lind")) == []


def test_judgements_doing_nothing_wrong_clears_the_doer(nlp):
    assert events(nlp, "Mayor Brandt insisted he did nothing wrong.", ("Mayor Brandt",)) == []


def test_judgements_a_poll_share_saying_someone_did_wrong_is_no_accusation(nlp):
    assert (
        happened(nlp, "Some 40 percent of those asked say Governor Ada Roos was wrong to close the pier.")
        == []
    )
    assert happened(nlp, "Ben Hale says that Governor Ada Roos was wrong to close the pier.") == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said Governor Lind will not back down on the harbour plan.",
        "Okafor said Governor Lind may not change course on the harbour plan.",
    ],
)
def test_judgements_a_forecast_that_a_named_actor_will_not_act_accuses_no_one(nlp, text):
    assert "ACCUSE" not in [t for t, _ in _every_mention(nlp, text, "Governor Lind")]


def test_judgements_a_verdict_the_page_passes_in_its_own_voice_is_no_event(nlp):
    text = "Plainly put, Governor Lind is a liar and a fraud."
    assert _every_mention(nlp, text, "Governor Lind") == []


def test_judgements_a_verdict_in_an_unattributed_quote_is_still_reported(nlp):
    text = '"Governor Lind lies about the harbour plan."'
    assert [t for t, _ in _every_mention(nlp, text, "Governor Lind")] == ["ACCUSE"]


def test_judgements_how_a_situation_sounds_to_a_speaker_is_an_opinion_not_blame(nlp):
    assert events(nlp, '"Put like that, it sounds crazy," Okafor said.', ("Okafor",)) == []
    assert [t for t, _ in events(nlp, '"That is outrageous," Okafor said.', ("Okafor",))] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor tweeted at dawn that Governor Lind was “disgusting” and a fraud.",
        "One of the engineers who wrote the report called Governor Lind a liar and a crook.",
    ],
)
def test_judgements_a_verdict_under_someone_elses_verb_is_still_theirs(nlp, text):
    assert "ACCUSE" in [t for t, _ in _every_mention(nlp, text, "Governor Lind")]


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Okafor said the governor's letter was odd and inappropriate.",
        "Two senators from Ruritania said the new district map was partisan gerrymandering.",
        "Councillor Moss called the inquiry a transparent political ploy.",
    ],
)
def test_judgements_news_words_of_blame_on_a_deed_are_criticism(nlp, text):
    assert "ACCUSE" in happened(nlp, text)


def test_judgements_a_word_of_blame_in_narration_judges_no_one(nlp):
    assert happened(nlp, "The rules of the old tournament were unfair to smaller clubs.") == []


def test_judgements_a_passive_name_is_given_by_its_agent(nlp):
    text = "Mayor Brandt has been called a fraud by Senator Lind."
    actors = [
        Actor(f"a{i}", name, "person", mentions=[Span(text.index(name), text.index(name) + len(name), name)])
        for i, name in enumerate(("Brandt", "Lind"))
    ]
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    accused = [(e.source, e.target) for e in analysis.events if e.type == "ACCUSE"]
    assert accused and accused[0][0].actor == "a1" and accused[0][1].actor == "a0"


def test_judgements_a_reputation_with_no_one_giving_it_is_no_verdict(nlp):
    assert happened(nlp, "Councillor Moss is widely considered the most capable negotiator.") == []


def test_judgements_a_statement_naming_an_act_is_its_senders_verdict(nlp):
    found = happened(
        nlp,
        "The Veltrian council released a statement calling the rocket launch a plain violation of the treaty.",
    )
    assert found == ["ACCUSE"]
