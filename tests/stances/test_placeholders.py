"""What "it", "which" or "something" in a topic phrase stands for."""

from __future__ import annotations

from faultlines.stances import placeholders
from faultlines.stances.lexicon import load


def test_placeholders_it_is_what_the_copula_says_it_is(nlp):
    doc = nlp("The harbour levy? It's something we can't support.")
    something = next(t for t in doc if t.text == "something")
    assert placeholders.through_placeholder(something, load()).text == "It"


def test_placeholders_it_is_the_subject_of_a_clause_before_it(nlp):
    doc = nlp("When the ferry training is given to every pilot, it can be very effective.")
    it = next(t for t in doc if t.text == "it")
    assert placeholders.named_before_in_clause(it, load()).text == "training"


def test_placeholders_relative_which_is_the_thing_it_hangs_on_all_of_it(nlp):
    lex = load()
    for text, thing in (
        ("The Velmor Accord, which most towns signed, protects the river.", "Accord"),
        ("They spoke of a reform of the harbour courts, which Mayor Roos has championed.", "reform"),
        ("The new tariffs on steel, which Ada Roos supports, face a vote.", "tariffs"),
        ("The council debated the merger with Apex, which Canada opposes.", "merger"),
        ("The council debated the plan for a new pier, which Ada Roos opposes.", "plan"),
    ):
        doc = nlp(text)
        which = next(t for t in doc if t.text == "which")
        assert placeholders.through_placeholder(which, lex).text == thing
