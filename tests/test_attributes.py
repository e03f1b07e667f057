from contextlib import contextmanager

from faultlines.attributes import LEMMATIZER, RULER, Lemmas, Ruler, remember

TEXT = (
    "Mayor Ines Barrow didn't back the ferry levy -- she called it 'a tax on the islands' -- and the "
    "council's two members from Port Ellis voted against it. Nobody was surprised; y'all knew that."
)


def _annotations(doc):
    return [(tok.pos_, str(tok.morph), tok.tag_, tok.dep_, tok.lemma_) for tok in doc]


@contextmanager
def _originals(nlp):
    """spaCy's own ruler and lemmatizer in place of the twins, for a while."""
    _swap(nlp, (RULER, LEMMATIZER), ("attribute_ruler", "lemmatizer"))
    try:
        yield
    finally:
        _swap(nlp, ("attribute_ruler", "lemmatizer"), (RULER, LEMMATIZER))


def _swap(nlp, off, on):
    for name in off:
        nlp.disable_pipe(name)
    for name in on:
        nlp.enable_pipe(name)


def test_attributes_load_puts_the_twins_in_place_of_the_originals(nlp):
    names = nlp.pipe_names
    assert names.index(RULER) < names.index(LEMMATIZER) < names.index("faultlines_lemmas")
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)


def test_attributes_twins_annotate_as_the_originals_do(nlp):
    with _originals(nlp):
        expected = _annotations(nlp(TEXT))
    assert _annotations(nlp(TEXT)) == expected
    assert _annotations(nlp(TEXT)) == expected  # and again, from the memos


def _blank_with_ruler(patterns):
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("attribute_ruler").add_patterns(patterns)
    return blank


def test_attributes_ruler_sets_a_multi_token_pattern_at_its_index():
    blank = _blank_with_ruler(
        [
            {"patterns": [[{"LOWER": "port"}, {"LOWER": "ellis"}]], "attrs": {"TAG": "NNP"}, "index": -1},
            {"patterns": [[{"ORTH": "Port"}]], "attrs": {"TAG": "NNP", "POS": "PROPN"}},
            {"patterns": [[{"LOWER": {"IN": ["ferry", "levy"]}}]], "attrs": {"POS": "NOUN"}},
        ]
    )
    ruler = blank.get_pipe("attribute_ruler")
    assert Ruler.fits(ruler)
    doc = Ruler(ruler)(blank.make_doc("The Port Ellis ferry levy rose in port ellis"))
    assert [tok.tag_ for tok in doc] == ["", "NNP", "NNP", "", "", "", "", "", "NNP"]
    assert [tok.pos_ for tok in doc][1:5] == ["PROPN", "", "NOUN", "NOUN"]


def test_attributes_ruler_with_an_operator_pattern_is_kept():
    blank = _blank_with_ruler([{"patterns": [[{"LOWER": "port", "OP": "+"}]], "attrs": {"POS": "PROPN"}}])
    assert not Ruler.fits(blank.get_pipe("attribute_ruler"))
    remember(blank)
    assert blank.pipe_names == ["attribute_ruler"]


def test_attributes_lemmas_keep_a_lemma_the_ruler_set(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp.make_doc("ferries sailed")
    doc[0].lemma_ = "boat"
    doc[1].pos_ = "VERB"
    Lemmas(lemmatizer)(doc)
    assert [tok.lemma_ for tok in doc] == ["boat", "sail"]
