"""Multiword stance phrases spelt by a verb and its particles, in every tree the parse builds."""

from __future__ import annotations

import pytest

from faultlines.stances import phrasal
from faultlines.stances.lexicon import load


@pytest.mark.parametrize(
    ("text", "verb", "phrase"),
    [
        ("Ada Roos took aim at the harbour levy.", "took", ("take", "aim", "at")),
        ("Norland hit out at the harbour levy.", "hit", ("hit", "out", "at")),
        ("The Dock Workers Guild lobbied against the harbour levy.", "lobbied", ("lobby", "against")),
        ("Ada Roos said she will hold firm to the harbour levy.", "hold", ("hold", "firm", "to")),
        ("Ada Roos said we must step away from the harbour levy.", "step", ("step", "away", "from")),
    ],
)
def test_phrasal_a_phrase_spelled_through_its_object_reaches_the_thing(nlp, text, verb, phrase):
    doc = nlp(text)
    found = phrasal.match_phrase(next(t for t in doc if t.text == verb), load().attitude)
    assert found is not None and found[0] == phrase and found[1].text == "levy"


@pytest.mark.parametrize(
    ("text", "verb", "phrase"),
    [
        ("Ada Roos poured cold water on the harbour levy.", "poured", ("pour", "cold", "water", "on")),
        (
            "The Dock Workers Guild gave the green light to the harbour levy.",
            "gave",
            ("give", "green", "light", "to"),
        ),
        ("Norland has long sung the praises of the harbour levy.", "sung", ("sing", "praises", "of")),
        ("Ada Roos has long stood by the harbour levy.", "stood", ("stand", "by")),
        (
            "Ada Roos again pushed back against the harbour levy on Monday.",
            "pushed",
            ("push", "back", "against"),
        ),
        ("Ada Roos vowed to sign off on the harbour levy.", "sign", ("sign", "off", "on")),
        ("Ada Roos took the harbour levy to court.", "took", ("take", "to", "court")),
        ("Ada Roos, who has pushed back hard on the harbour levy, met us.", "pushed", ("push", "back", "on")),
    ],
)
def test_phrasal_an_idiom_reaches_its_thing_whatever_the_order_of_its_words(nlp, text, verb, phrase):
    # a word may hang on a later word of the idiom ("cold" on "water") or on the verb's adverb, the
    # last preposition may be a dative or an agent, a tie goes to the phrase ending first, and no
    # word comes before the verb
    doc = nlp(text)
    found = phrasal.match_phrase(next(t for t in doc if t.text == verb), load().attitude)
    assert found is not None and found[0] == phrase and found[1].text == "levy"


def test_phrasal_verb_index_is_made_once_per_lexicon_section(nlp):
    # a regression: a view made afresh per call ("lex.attitude.keys()") was indexed, and kept, each time
    from faultlines.stances.polarity import find

    texts = ("Mayor Ada Roos plans to go after the port levy.", "Bo Lind wants to assure the town of it.")
    for text in texts:
        find(nlp(text), load())
    kept = len(phrasal._BY_VERB)
    for text in texts * 3:
        find(nlp(text), load())
    assert len(phrasal._BY_VERB) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The council took the bus, and Ada Roos took aim at the harbour levy.",
        "The council took note. Ada Roos took aim at the harbour levy.",
    ],
)
def test_phrasal_the_words_of_another_clause_spell_no_phrase_for_the_first_verb(nlp, text):
    # the idiom's words come after the first "took" but hang on another verb: that one spells it
    doc = nlp(text)
    first, second = (t for t in doc if t.text == "took")
    assert phrasal.match_phrase(first, load().attitude) is None
    found = phrasal.match_phrase(second, load().attitude)
    assert found is not None and found[0] == ("take", "aim", "at")


@pytest.mark.parametrize(
    ("text", "verb", "shared"),
    [
        ("Ada Roos vowed to build and run the pier.", "build", "pier"),
        ("Ada Roos drafted, and then signed, the pier deal.", "drafted", "deal"),
        ("Ada Roos fought through two bouts of flu and called it a mild illness.", "fought", None),
        ("Ada Roos spoke at the rally and praised the pier deal.", "spoke", None),
    ],
)
def test_phrasal_a_verb_shares_the_object_of_its_conjunct_only_when_it_waits_for_one(nlp, text, verb, shared):
    found = phrasal.shared_object(next(t for t in nlp(text) if t.text == verb))
    assert (found.text if found is not None else None) == shared


def test_phrasal_verbs_spelling_yields_each_verb_of_a_section_with_its_match(nlp):
    doc = nlp("The council scrapped the levy, then the mayor built a pier and praised it.")
    found = [(verb.text, words) for verb, (words, _) in phrasal.verbs_spelling(doc, load().carrier)]
    assert found == [("built", ("build",))]
