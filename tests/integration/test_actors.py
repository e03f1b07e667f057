"""Actors through the whole pipeline: interviewers marked from the quote that addresses them, ids
of described speakers kept apart across articles, journalists placed by their outlet."""

from __future__ import annotations

from faultlines.model import Article
from faultlines.pipeline import analyze, analyze_many


def test_actors_the_person_told_in_an_interview_is_a_journalist(nlp):
    a = analyze('"We will go ahead," Minister Ron Varga told Dan Okoro in a podcast episode on Friday.')
    sectors = {actor.name: actor.sector for actor in a.actors}
    assert sectors["Dan Okoro"] == "JRN"
    assert sectors["Ron Varga"] == "GOV"


def test_actors_the_person_told_in_a_letter_is_not_a_journalist(nlp):
    a = analyze("The mayor told Ben Ito in a letter that the plan was final.")
    assert {actor.name: actor.sector for actor in a.actors}.get("Ben Ito") is None


def test_actors_a_show_title_that_breaks_the_parse_still_marks_the_interviewer(nlp):
    a = analyze('"We stay," the minister told Dan Okoro in a Call Me Later podcast episode released Monday.')
    assert {actor.name: actor.sector for actor in a.actors}["Dan Okoro"] == "JRN"


def test_actors_an_interview_inside_the_reported_clause_is_not_the_format(nlp):
    a = analyze("The mayor told Ben Ito that the interview was over.")
    assert {actor.name: actor.sector for actor in a.actors}.get("Ben Ito") is None


def test_actors_the_interviewer_takes_a_role_from_the_media_format(nlp):
    podcast = analyze('"We will go ahead," Minister Ron Varga told Dan Okoro in a podcast episode on Friday.')
    assert next(a for a in podcast.actors if a.name == "Dan Okoro").roles == ["podcast host"]
    show = analyze('"We stay," Mayor Lise Brant told Tomas Vell on his radio show.')
    assert next(a for a in show.actors if a.name == "Tomas Vell").roles == ["show host"]
    interview = analyze('"We stay," Mayor Lise Brant told Tomas Vell in an interview on Monday.')
    assert next(a for a in interview.actors if a.name == "Tomas Vell").roles == ["interviewer"]


def test_actors_described_speakers_are_distinct_actors_in_different_articles(nlp):
    text = "The senator said the tax would fall next year."
    one, two = analyze_many([Article("day-1", text), Article("day-2", text)])
    speaker_one, speaker_two = one.quotes[0].speaker, two.quotes[0].speaker
    assert speaker_one.name == speaker_two.name == "the senator"
    assert speaker_one.actor != speaker_two.actor
    assert {a.id for a in one.actors} >= {speaker_one.actor}


def test_actors_reporter_without_country_takes_the_outlets_country(nlp):
    text = (
        "Ferry fares rise again – Toronto Star\n\n"
        '"We had no choice," operator Lise Brant told Tomas Vell in a podcast episode on Friday.'
    )
    (a,) = analyze_many([Article("fares", text)])
    host = next(x for x in a.actors if x.name == "Tomas Vell")
    assert (host.country, host.sector) == ("CAN", "JRN")
    # Only journalists are placed by the outlet: the operator's country is still unknown.
    assert next(x for x in a.actors if x.name == "Lise Brant").country is None


def test_actors_reporter_with_stated_nationality_keeps_it(nlp):
    text = "Kenyan journalist Amani Wekesa asked the operator about the fares on Friday."
    (a,) = analyze_many([Article("fares", text, outlet="Toronto Star")])
    assert next(x for x in a.actors if x.name == "Amani Wekesa").country == "KEN"
