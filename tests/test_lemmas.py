from faultlines.lemmas import mended, stems

SHORT = stems({"hop", "hope", "sing", "singe", "rat", "rate", "plan"})


def test_lemmas_stems_pair_a_verb_with_its_verb_in_e():
    assert SHORT == {"hop": "hope", "sing": "singe", "rat": "rate"}


def test_lemmas_mended_takes_the_verb_in_e_before_a_single_consonant():
    assert mended("hop", "hoped", SHORT) == "hope"
    assert mended("hop", "hopes", SHORT) == "hope"
    assert mended("hop", "hoping", SHORT) == "hope"
    assert mended("rat", "rated", SHORT) == "rate"


def test_lemmas_mended_keeps_a_stem_in_ng_before_ing():
    assert mended("sing", "singing", SHORT) == "sing"
    assert mended("sing", "singed", SHORT) == "singe"


def test_lemmas_mended_leaves_other_words_alone():
    assert mended("hop", "hopped", SHORT) == "hop"
    assert mended("plan", "planned", SHORT) == "plan"


def test_lemmas_parse_gives_every_stage_the_mended_lemma(nlp):
    doc = nlp("Ada Roos hoped the harbour plan would pass, and she hates the delay. Critics are hoping too.")
    verbs = {tok.lower_: tok.lemma_ for tok in doc if tok.pos_ == "VERB"}
    assert (verbs["hoped"], verbs["hates"], verbs["hoping"]) == ("hope", "hate", "hope")


def test_lemmas_views_read_the_mended_lemma(nlp):
    from faultlines.views import lemmas

    doc = nlp("The council fined the shop and staged a vote.")
    assert [lemmas(doc)[tok.i] for tok in doc if tok.lower_ in ("fined", "staged")] == ["fine", "stage"]
