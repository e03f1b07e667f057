import pytest

from faultlines import nlp as nlp_mod
from faultlines.errors import ModelNotFound


def test_nlp_default_model_is_an_installed_english_pipeline():
    assert nlp_mod.default_model() in nlp_mod.PREFERRED_MODELS


def test_nlp_load_is_cached_per_process(nlp):
    assert nlp_mod.load() is nlp


def test_nlp_unknown_model_raises_model_not_found():
    with pytest.raises(ModelNotFound, match="not_a_pipeline"):
        nlp_mod.load("not_a_pipeline")


def test_nlp_require_names_an_installed_pipeline_without_importing_spacy():
    # A corpus run's parent checks the model before its workers load it: importing spaCy there
    # would only delay them.
    import subprocess
    import sys

    probe = "import sys; from faultlines import nlp; print(nlp.require(), 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    name, imported = out.split()
    assert (name in nlp_mod.PREFERRED_MODELS, imported) == (True, "False")


def test_nlp_require_refuses_a_pipeline_that_is_not_installed():
    with pytest.raises(ModelNotFound, match="not_a_pipeline"):
        nlp_mod.require("not_a_pipeline")


def test_nlp_sentences_never_cross_a_line_break(nlp):
    doc = nlp("The mayor noted that the budget was tight\n\nKaur said the town would pay.\nIt will.")
    starts = [sent[0].text for sent in doc.sents]
    assert starts == ["The", "Kaur", "It"]


def test_nlp_parse_keeps_order_inside_a_zone(nlp):
    texts = ["First text here.", "Second one.", "Third and last."]
    with nlp_mod.zone(nlp):
        assert [doc.text for doc in nlp_mod.parse(texts, nlp, batch_size=2)] == texts


def test_nlp_abbreviated_title_is_one_token_and_ends_no_sentence(nlp):
    doc = nlp("Police were called. Sgt. Ines Barrow said the road was closed.")
    assert "Sgt." in [t.text for t in doc]
    assert [s.text.split()[0] for s in doc.sents] == ["Police", "Sgt."]


def test_nlp_long_runs_without_spaces_tokenize_on_a_long_input(nlp):
    # spaCy alone peels 20,000 quotation marks in a row one at a time: 53 s, growing with the square.
    text = 'He said "' + '"' * 20_000 + " and left.\n" + "ab" * 600
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc[:3]] == ["He", "said", '"' * 1000]


def test_nlp_long_runs_leave_ordinary_text_tokenized_as_spacy_does(nlp):
    text = "Officials said (again) that the bridge, closed since May, would reopen."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_nlp_doc_cache_makes_a_value_once_per_doc(nlp):
    cache = nlp_mod.DocCache[list[int]]("test.lengths")
    calls = []

    def make(doc):
        calls.append(doc)
        return [len(t) for t in doc]

    first, second = nlp("Mira Tosh left early."), nlp("Rain fell.")
    assert cache.get(first, lambda: make(first)) == [4, 4, 4, 5, 1]
    assert cache.get(first, lambda: make(first)) is cache.peek(first)
    assert cache.peek(second) is None
    assert len(calls) == 1


def test_nlp_columns_are_kept_with_their_doc(nlp):
    doc = nlp("Ona Vell spoke.")
    assert nlp_mod.columns(doc) is nlp_mod.columns(doc)
    assert nlp_mod.columns(doc).lower == ["ona", "vell", "spoke", "."]


def test_nlp_contraction_with_a_curly_apostrophe_has_the_lemma_of_the_straight_one(nlp):
    doc = nlp("That’s not fair, they’re late and we’ll see, but Ana’s plan isn’t bad.")
    contracted = [t.lemma_ for t in doc if t.text in ("’s", "’re", "’ll", "n’t")]
    assert contracted == ["be", "be", "will", "’s", "not"]  # the possessive "’s" keeps its own


def test_nlp_text_is_the_docs_text_with_every_space_and_line_break(nlp):
    text = "Ona Vell  spoke.\n\n\u201cWe wait,\u201d she said.  " + "x" * 300 + " done\n"
    doc = nlp(text)
    assert nlp_mod.text(doc) == doc.text == text
    assert nlp_mod.text(doc) is nlp_mod.text(doc)


def test_nlp_ents_are_the_docs_entities_made_once(nlp):
    doc = nlp("Ona Vell of Norway met Tariq Bello in Lagos.")
    assert [(e.text, e.label_) for e in nlp_mod.ents(doc)] == [(e.text, e.label_) for e in doc.ents]
    assert nlp_mod.ents(doc) is nlp_mod.ents(doc)


def test_nlp_sents_are_the_docs_sentences_made_once(nlp):
    doc = nlp("Ona Vell spoke first. Tariq Bello answered her.\nThe hall emptied.")
    assert [(s.start, s.end) for s in nlp_mod.sents(doc)] == [(s.start, s.end) for s in doc.sents]
    assert nlp_mod.sents(doc) is nlp_mod.sents(doc)


def test_nlp_char_span_is_spacys_made_once_per_range_and_mode(nlp):
    doc = nlp("Ona Vell of Norway met Tariq Bello.")
    for start, end, mode in ((0, 8, "strict"), (1, 6, "expand"), (1, 6, "contract"), (0, 2, "strict")):
        span = nlp_mod.char_span(doc, start, end, mode)
        assert span == doc.char_span(start, end, alignment_mode=mode)
        assert nlp_mod.char_span(doc, start, end, mode) is span


def test_nlp_char_span_is_spacys_for_every_range_and_mode(nlp):
    # double spaces, a line break and a trailing space: ranges that start or end on whitespace
    doc = nlp("Ona  Vell of\nNorway met Bello's team. ")
    for start in range(-1, len(doc.text) + 2):
        for end in range(start + 1, len(doc.text) + 2):
            for mode in nlp_mod.ALIGNMENTS:
                ours = nlp_mod.char_span(doc, start, end, mode)
                theirs = doc.char_span(start, end, alignment_mode=mode)
                assert (ours and (ours.start, ours.end)) == (theirs and (theirs.start, theirs.end))


def test_nlp_columns_read_the_same_strings_in_a_second_doc(nlp):
    first, second = nlp("Ona Vell spoke."), nlp("Vell spoke again.")
    assert nlp_mod.columns(first).text == ["Ona", "Vell", "spoke", "."]
    assert nlp_mod.columns(second).lemma == ["Vell", "speak", "again", "."]


def test_nlp_char_span_on_token_edges_is_one_span_for_every_mode(nlp):
    doc = nlp("Ona Vell of Norway met Tariq Bello.")
    span = nlp_mod.char_span(doc, 0, 8, "contract")
    assert nlp_mod.char_span(doc, 0, 8, "expand") is span
    assert nlp_mod.char_span(doc, 0, 8, "strict") is span
    # inside a word the modes differ, as spaCy's do
    assert nlp_mod.char_span(doc, 1, 8, "strict") is None
    assert nlp_mod.char_span(doc, 1, 8, "expand").text == "Ona Vell"
    assert nlp_mod.char_span(doc, 1, 8, "contract").text == "Vell"


def test_nlp_span_text_is_spacys_span_text(nlp):
    doc = nlp("Ona  Vell of\nNorway met Tariq Bello. ")
    for span in (doc[0:2], doc[1:4], doc[4:], doc[7:8]):
        assert nlp_mod.span_text(span) == span.text


def test_nlp_columns_of_a_doc_with_words_never_read_before(nlp):
    doc = nlp("Quorvantis zelmbrooked the yarrowquell.")
    assert nlp_mod.columns(doc).text == ["Quorvantis", "zelmbrooked", "the", "yarrowquell", "."]
    assert nlp_mod.columns(doc).dep == [t.dep_ for t in doc]


def test_nlp_sentence_numbers_and_starts_are_each_tokens_sentence(nlp):
    doc = nlp("Ona Vell spoke first. Tariq Bello answered her.\nThe hall emptied.")
    sents = list(doc.sents)
    assert nlp_mod.sentence_numbers(doc) == [sents.index(t.sent) for t in doc]
    assert [nlp_mod.sentence_start(doc, t.i) for t in doc] == [t.sent.start for t in doc]
