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


def test_nlp_contraction_with_a_curly_apostrophe_has_the_lemma_of_the_straight_one(nlp):
    doc = nlp("That’s not fair, they’re late and we’ll see, but Ana’s plan isn’t bad.")
    contracted = [t.lemma_ for t in doc if t.text in ("’s", "’re", "’ll", "n’t")]
    assert contracted == ["be", "be", "will", "’s", "not"]  # the possessive "’s" keeps its own


@pytest.mark.parametrize(
    "text",
    [
        "Councillors welcomed the province’s plans to widen the ferry road and to add a second pier.",
        "The mayor’s plans to close the library drew protests.",
    ],
)
def test_nlp_curly_possessive_is_parsed_as_the_straight_one(nlp, text):
    # trained on straight apostrophes, the model read "province’s plans" as "province is planning"
    curly, straight = nlp(text), nlp(text.replace("’", "'"))
    assert [(t.tag_, t.dep_, t.head.i) for t in curly] == [(t.tag_, t.dep_, t.head.i) for t in straight]
