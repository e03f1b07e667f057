"""What nothing surpasses, read off the parse."""

from __future__ import annotations

from spacy.tokens import Doc

from faultlines.stances.unsurpassed import unsurpassed


def test_unsurpassed_than_hung_on_a_place_inside_the_phrase_climbs_back(nlp):
    # "There is nothing more vital in Velmora than trade", with "than" parsed under "Velmora"
    words = ["There", "is", "nothing", "more", "vital", "in", "Velmora", "than", "trade"]
    heads = [1, 1, 1, 4, 2, 2, 5, 6, 7]
    deps = ["expl", "ROOT", "attr", "advmod", "amod", "prep", "pobj", "prep", "pobj"]
    pos = ["PRON", "AUX", "PRON", "ADV", "ADJ", "ADP", "PROPN", "ADP", "NOUN"]
    lemmas = ["there", "be", "nothing", "more", "vital", "in", "Velmora", "than", "trade"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    found = unsurpassed(doc[7])
    assert found is not None
    assert (found.compared.text, found.grading[0].text, found.sign) == ("trade", "vital", 1)
