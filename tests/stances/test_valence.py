"""How strongly, and to which side, a single word judges."""

from __future__ import annotations

import pytest

from faultlines.stances.lexicon import load
from faultlines.stances.valence import judgement, listed, side


def _word(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The levy is a mistake.", "mistake", (-1, True)),  # stance_words.txt gives it
        ("The levy is a nasty message.", "message", (-1, False)),  # its modifier judges
        ("The levy is an act of cruelty.", "act", (-1, False)),  # what it is an act of judges
        ("The levy is a sign of courage.", "sign", (1, False)),
        ("The levy is a form of tax.", "form", (0, False)),
        ("The levy is a fight.", "fight", (0, False)),  # too mild a noun
        ("That is clear.", "clear", (0, False)),  # a fact, not a judgement
        ("The levy is a witch hunt.", "hunt", (-1, True)),  # an idiom read from its compound
        ("The levy is the great Trojan horse.", "horse", (-1, True)),  # the idiom, not "great"
        ("The levy was the least bad choice.", "choice", (0, False)),  # graded down
        ("The levy is short-sighted.", "sighted", (-1, True)),  # a word split at its hyphen, whole
        ("The levy is a half-baked plan.", "plan", (-1, True)),
        ("The levy is far - sighted.", "sighted", (0, False)),  # a dash set apart joins no word
        ("The levy is a gift to the banks.", "gift", (-1, True)),  # a giveaway
        ("This grant was such a gift to me.", "gift", (0, False)),  # thanks to the speaker
        # epithets of contempt VADER leaves unrated, as a word or as a compound of a general noun
        ("Mayor Roos is a demagogue.", "demagogue", (-1, True)),
        ("Vesta is a rogue state.", "state", (-1, True)),
        ('Borduria is an "outlaw nation" now.', "nation", (-1, True)),
        ("Vesta is a small state.", "state", (0, False)),
    ],
)
def test_valence_judgement_of_a_predicated_word(nlp, text, word, expected):
    assert judgement(_word(nlp, text, word), load()) == expected


def test_valence_a_judging_participle_read_as_a_verb_is_listed_by_its_form(nlp):
    text = "The union called the charges unsubstantiated and fabricated by former staff."
    assert listed(_word(nlp, text, "unsubstantiated"), load()) == -1


def test_valence_side_ignores_a_word_in_a_hyphenated_compound(nlp):
    assert side(_word(nlp, "He is smart.", "smart")) == 1
    assert side(_word(nlp, "He is trigger-happy.", "happy")) == 0


def test_valence_a_general_noun_judges_only_by_its_modifier(nlp):
    assert judgement(_word(nlp, "Harbour towns fear such kinds of storms.", "kinds"), load()) == (0, False)
    assert judgement(_word(nlp, "It is the craziest thing.", "thing"), load()) == (-1, True)


def test_valence_listed_reads_a_compound_idiom_and_no_lessened_word(nlp):
    lex = load()
    assert listed(_word(nlp, "Ada Roos called the levy a power grab.", "grab"), lex) == -1
    assert listed(_word(nlp, "Ada Roos called it the least bad option.", "option"), lex) is None


def test_valence_a_noun_of_trying_judges_by_what_it_tries_in_the_projects_words_alone(nlp):
    lex = load()
    mislead = _word(nlp, "The levy is a crude attempt to mislead the town.", "attempt")
    fight = _word(nlp, "The levy is an effort to fight crime.", "effort")
    assert (judgement(mislead, lex), listed(mislead, lex), judgement(fight, lex)) == (
        (-1, True),
        -1,
        (0, False),
    )


def test_valence_outlaw_judges_only_in_its_idioms(nlp):
    # the verb bans a thing: "would outlaw the levy" says what the rules do, not that they are bad
    lex = load()
    assert judgement(_word(nlp, "The new rules would outlaw the harbour levy.", "outlaw"), lex) == (0, False)
    assert judgement(_word(nlp, "Vesta is an outlaw state.", "state"), lex) == (-1, True)
