from faultlines.actors.nouns import nouns


def test_nouns_are_the_common_and_proper_nouns_in_text_order(nlp):
    doc = nlp("The mayor of Tarrow met union leaders in Velmora on Monday.")
    assert nouns(doc) == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN")]
    assert nouns(doc) == sorted(nouns(doc))
