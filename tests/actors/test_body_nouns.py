"""The nouns a named body is recalled by later, and the words that tell which body a description means."""

from faultlines.actors import body_nouns


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_body_nouns_a_name_built_on_a_body_noun_is_recalled_by_it(nlp):
    doc = nlp("The Velmor Port Agency raised the fee.")
    name = doc[0:4]
    assert body_nouns.name_head(name).text == "Agency"
    assert body_nouns.built_on(name) == "agency"


def test_body_nouns_a_one_word_name_is_built_on_no_noun(nlp):
    doc = nlp("Velmor raised the fee.")
    assert body_nouns.name_head(doc[0:1]) is None


def test_body_nouns_a_statement_put_out_may_speak_for_its_issuer(nlp):
    doc = nlp("Harbour Records issued a statement on Monday.")
    assert [t.text for t in body_nouns.issued(_token(doc, "Records"))] == ["statement"]


def test_body_nouns_a_report_spoken_of_is_not_put_out(nlp):
    doc = nlp("Harbour Records criticised the report on Monday.")
    assert body_nouns.issued(_token(doc, "Records")) == []


def test_body_nouns_a_body_noun_beside_a_name_describes_it(nlp):
    doc = nlp("The group, Tenants United, said rents were too high.")
    assert [t.text for t in body_nouns.descriptors(_token(doc, "United"))] == ["group"]


def test_body_nouns_a_descriptions_words_say_which_body_it_means(nlp):
    doc = nlp("The appeals court upheld the ruling.")
    court = _token(doc, "court")
    assert body_nouns.modifiers(doc[0:3], court) == frozenset({"appeals"})
