"""A person judged fit or unfit by the qualities a named speaker says they have or lack."""

from __future__ import annotations

import pytest

from faultlines import analyze

LEAD = "Borland votes for a mayor.\n\nAnn Lee is running for mayor. "


def _on_lee(quote: str, cue: str = "said") -> set[tuple[str, int]]:
    analysis = analyze(f'{LEAD}"{quote}" {cue} Councillor Mara Ruiz.')
    names = {a.id: a.name for a in analysis.actors}
    labels = {t.id: t.label for t in analysis.topics}
    return {(names[s.actor], s.polarity) for s in analysis.stances if labels[s.topic] == "Ann Lee"}


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ("Ann Lee has the experience to lead the city,", 1),
        ("Ann Lee lacks the temperament to be mayor,", -1),
        ("He has no experience,", -1),  # "he" is the person named last
        ("Ann Lee is the only candidate who has the judgment and the temperament to lead,", 1),
    ],
)
def test_fitness_qualities_had_or_lacked_judge_the_person(nlp, quote, polarity):
    assert _on_lee(quote) == {("Mara Ruiz", polarity)}


@pytest.mark.parametrize(
    ("quote", "cue"),
    [
        ("We have experience with floods,", "said"),  # the speaker's own side
        ("Does Ann Lee have the experience to lead?", "asked"),  # a question
        ("If Ann Lee had the temperament, she would win,", "said"),  # a condition
    ],
)
def test_fitness_no_person_judged_is_no_stance(nlp, quote, cue):
    assert not _on_lee(quote, cue)
