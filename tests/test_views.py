"""The cached views of a parsed Doc: the same answers as spaCy's, made once per Doc."""

from faultlines import views


def test_views_doc_cache_makes_a_value_once_per_doc(nlp):
    cache = views.DocCache[list[int]]("test.lengths")
    calls = []

    def make(doc):
        calls.append(doc)
        return [len(t) for t in doc]

    first, second = nlp("Mira Tosh left early."), nlp("Rain fell.")
    assert cache.get(first, lambda: make(first)) == [4, 4, 4, 5, 1]
    assert cache.get(first, lambda: make(first)) is cache.peek(first)
    assert cache.peek(second) is None
    assert len(calls) == 1


def test_views_columns_are_kept_with_their_doc(nlp):
    doc = nlp("Ona Vell spoke.")
    assert views.columns(doc) is views.columns(doc)
    assert views.columns(doc).lower == ["ona", "vell", "spoke", "."]


def test_views_text_is_the_docs_text_with_every_space_and_line_break(nlp):
    text = "Ona Vell  spoke.\n\n\u201cWe wait,\u201d she said.  " + "x" * 300 + " done\n"
    doc = nlp(text)
    assert views.text(doc) == doc.text == text
    assert views.text(doc) is views.text(doc)


def test_views_ents_are_the_docs_entities_made_once(nlp):
    doc = nlp("Ona Vell of Norway met Tariq Bello in Lagos.")
    assert [(e.text, e.label_) for e in views.ents(doc)] == [(e.text, e.label_) for e in doc.ents]
    assert views.ents(doc) is views.ents(doc)


def test_views_sents_are_the_docs_sentences_made_once(nlp):
    doc = nlp("Ona Vell spoke first. Tariq Bello answered her.\nThe hall emptied.")
    assert [(s.start, s.end) for s in views.sents(doc)] == [(s.start, s.end) for s in doc.sents]
    assert views.sents(doc) is views.sents(doc)


def test_views_char_span_is_spacys_made_once_per_range_and_mode(nlp):
    doc = nlp("Ona Vell of Norway met Tariq Bello.")
    for start, end, mode in ((0, 8, "strict"), (1, 6, "expand"), (1, 6, "contract"), (0, 2, "strict")):
        span = views.char_span(doc, start, end, mode)
        assert span == doc.char_span(start, end, alignment_mode=mode)
        assert views.char_span(doc, start, end, mode) is span


def test_views_char_span_is_spacys_for_every_range_and_mode(nlp):
    # double spaces, a line break and a trailing space: ranges that start or end on whitespace
    doc = nlp("Ona  Vell of\nNorway met Bello's team. ")
    for start in range(-1, len(doc.text) + 2):
        for end in range(start + 1, len(doc.text) + 2):
            for mode in views.ALIGNMENTS:
                ours = views.char_span(doc, start, end, mode)
                theirs = doc.char_span(start, end, alignment_mode=mode)
                assert (ours and (ours.start, ours.end)) == (theirs and (theirs.start, theirs.end))


def test_views_columns_read_the_same_strings_in_a_second_doc(nlp):
    first, second = nlp("Ona Vell spoke."), nlp("Vell spoke again.")
    assert views.columns(first).text == ["Ona", "Vell", "spoke", "."]
    assert views.columns(second).lemma == ["Vell", "speak", "again", "."]


def test_views_char_span_on_token_edges_is_one_span_for_every_mode(nlp):
    doc = nlp("Ona Vell of Norway met Tariq Bello.")
    span = views.char_span(doc, 0, 8, "contract")
    assert views.char_span(doc, 0, 8, "expand") is span
    assert views.char_span(doc, 0, 8, "strict") is span
    # inside a word the modes differ, as spaCy's do
    assert views.char_span(doc, 1, 8, "strict") is None
    assert views.char_span(doc, 1, 8, "expand").text == "Ona Vell"
    assert views.char_span(doc, 1, 8, "contract").text == "Vell"


def test_views_span_text_is_spacys_span_text(nlp):
    doc = nlp("Ona  Vell of\nNorway met Tariq Bello. ")
    for span in (doc[0:2], doc[1:4], doc[4:], doc[7:8]):
        assert views.span_text(span) == span.text


def test_views_columns_of_a_doc_with_words_never_read_before(nlp):
    doc = nlp("Quorvantis zelmbrooked the yarrowquell.")
    assert views.columns(doc).text == ["Quorvantis", "zelmbrooked", "the", "yarrowquell", "."]
    assert views.columns(doc).dep == [t.dep_ for t in doc]


def test_views_sentence_numbers_and_starts_are_each_tokens_sentence(nlp):
    doc = nlp("Ona Vell spoke first. Tariq Bello answered her.\nThe hall emptied.")
    sents = list(doc.sents)
    assert views.sentence_numbers(doc) == [sents.index(t.sent) for t in doc]
    assert [views.sentence_start(doc, t.i) for t in doc] == [t.sent.start for t in doc]


def test_views_positions_list_each_part_of_speech_in_text_order(nlp):
    doc = nlp("Ona Vell said the harbour plan failed.")
    found = views.positions(doc)
    for pos in ("NOUN", "VERB", "PROPN"):
        assert found[pos] == [t.i for t in doc if t.pos_ == pos]
    assert sorted(i for group in found.values() for i in group) == list(range(len(doc)))
    assert views.positions(doc) is found
    assert views.positions(nlp("")) == {}


def test_views_lemmas_are_each_tokens_lemma_in_lower_case(nlp):
    doc = nlp("Ona Vell Said the plans FAILED.")
    assert views.lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert views.lemmas(doc) is views.lemmas(doc)


def test_views_token_bounds_are_the_bounds_of_spacys_char_span(nlp):
    doc = nlp("Ada Roos said the harbour levy was unfair.")
    text = doc.text
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            for mode in views.ALIGNMENTS:
                span = doc.char_span(start, end, alignment_mode=mode)
                bounds = views.token_bounds(doc, start, end, mode)
                assert bounds == ((span.start, span.end) if span is not None else None), (start, end, mode)
