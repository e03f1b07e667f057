def test_reported_subject_parsed_as_a_clause_before_the_cue_is_not_reported(nlp):
    from spacy.tokens import Doc

    from faultlines.quotes.reported import _fronted

    # the small model's parse of such a sentence, set by hand: "towns" taken as a clause's subject
    words = ["Two", "towns", "to", "have", "signed", "-", "Arlen", "-", "criticised", "the", "toll", "."]
    heads = [1, 4, 4, 4, 8, 6, 4, 8, 8, 10, 8, 8]
    deps = [
        "nummod",
        "nsubj",
        "aux",
        "aux",
        "ccomp",
        "punct",
        "appos",
        "punct",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert not _fronted(doc[8], doc[4])
    reported = Doc(nlp.vocab, words=["Turnout", "fell", ",", "officials", "said", "."], heads=[1, 4, 4, 4, 4, 4],
                   deps=["nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"])  # fmt: skip
    assert _fronted(reported[4], reported[1])
    # "Rust is caused by fungi, usually found in wheat.": the parse roots a bare participle
    words = ["Rust", "is", "caused", "by", "fungi", ",", "usually", "found", "in", "wheat", "."]
    heads = [2, 2, 7, 2, 3, 7, 7, 7, 7, 8, 7]
    deps = [
        "nsubjpass",
        "auxpass",
        "ccomp",
        "agent",
        "pobj",
        "punct",
        "advmod",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ]
    tags = ["NN", "VBZ", "VBN", "IN", "NNS", ",", "RB", "VBN", "IN", "NN", "."]
    participle = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not _fronted(participle[7], participle[2])


def test_reported_an_as_aside_gives_whose_words_the_sentence_is(nlp):
    from tests.quotes.helpers import quotes_of, said, source

    for text, words in [
        ("As Mr. Okafor observed, the new tariffs would hit farmers in the north first.", "the new tariffs"),
        ("The levy is a burden for shops, as the mayor said on Monday.", "The levy is a burden"),
        ("After all, as one adviser pointed out, the island rarely gets two storms in a row.", "the island"),
    ]:
        (quote,) = quotes_of(nlp, text)
        assert said(quote).startswith(words) and source(quote) in ("Mr. Okafor", "the mayor", "one adviser")


def test_reported_an_as_clause_of_time_or_cause_reports_nothing(nlp):
    from tests.quotes.helpers import quotes_of

    text = "Shares rose, as most of the firms reported better results than expected."
    assert quotes_of(nlp, text) == []


def test_reported_a_passive_as_clause_tells_when_not_whose_words(nlp):
    from tests.quotes.helpers import quotes_of

    assert quotes_of(nlp, "As the report was published, the bridge was closed to traffic.") == []


def test_reported_a_cue_aside_leaves_the_phrase_before_its_comma_in_what_is_reported(nlp):
    from spacy.tokens import Doc

    from faultlines.quotes.reported import aside_start, content

    # the small model's parse, set by hand: the opening purpose clause hung on the cue, not on "visit"
    text = "To see the whole picture, Ms. Vale said, one should visit the museum."
    words = ["To", "see", "the", "whole", "picture", ",", "Ms.", "Vale", "said", ",", "one", "should"]
    words += ["visit", "the", "museum", "."]
    heads = [1, 8, 4, 4, 1, 8, 7, 8, 12, 8, 12, 12, 12, 14, 12, 12]
    deps = ["aux", "advcl", "det", "amod", "dobj", "punct", "compound", "nsubj", "parataxis", "punct"]
    deps += ["nsubj", "aux", "ROOT", "det", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert aside_start(doc[8]) == 5
    assert content(text, doc[8], "speech") == (0, 16, "parenthetical")


def test_reported_a_cue_aside_after_a_closing_mark_reports_both_sides(nlp):
    from tests.quotes.helpers import quotes_of, said, source

    text = 'While some riders pay twice, and "we thank them for it," Ms. Vale said, most buy one pass a year.'
    (quote,) = quotes_of(nlp, text)
    assert source(quote) == "Ms. Vale"
    first, second = said(quote).split(" || ")
    assert first.startswith("While some riders pay twice") and second == "most buy one pass a year."
